//! What a room holds below its introduction: the exhibits, the doors, the walk on and the sources.

use std::sync::Arc;

use catalog::{Lang, MuseumFile, RoomFile};
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::components::exhibit_card::ExhibitCard;
use crate::components::text::T;
use crate::components::walk_nav::{Stop, WalkNav};
use crate::i18n::locale;
use crate::lang::href;
use crate::pictures::EAGER_CARDS;

/// A room's exhibit grid, doors, previous / next links and sources, in `l` (the room page draws
/// again when the language changes). Links are plain `<a>`: this is drawn again on every walk.
#[component]
pub fn RoomContents(museum: Arc<MuseumFile>, room: Arc<RoomFile>, l: Lang) -> impl IntoView {
    let t = locale(l);
    let m = museum.as_ref();
    let (prev, next) = m.tour_neighbours(&room.id);
    let stop = |r: &catalog::RoomSummary| Stop {
        href: href(&format!("/rooms/{}", r.id), l),
        name: r.title.in_lang(l).to_string(),
    };
    let (prev, next) = (prev.map(stop), next.map(stop));
    let doors: Vec<_> = m
        .room(&room.id)
        .map(|s| s.doors.iter().filter_map(|d| m.room(d)).cloned().collect())
        .unwrap_or_default();
    view! {
        <section aria-labelledby="exhibits-title">
            <h2 id="exhibits-title">{td_string!(t, exhibits)}</h2>
            <ul class="cards">
                {room
                    .exhibits
                    .iter()
                    .enumerate()
                    .map(|(i, e)| view! { <ExhibitCard exhibit=e.clone() room=room.id.clone() eager=i < EAGER_CARDS lang=l /> })
                    .collect_view()}
            </ul>
        </section>
        <section class="doors" aria-labelledby="doors-title">
            <h2 id="doors-title">{td_string!(t, doors)}</h2>
            <ul>
                {doors
                    .into_iter()
                    .map(|d| {
                        let path = format!("/rooms/{}", d.id);
                        view! {
                            <li>
                                <a href=href(&path, l) class="door">
                                    <span class="door-icon" aria-hidden="true">"⇢"</span>
                                    <T text=d.title.clone() />
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
        <WalkNav
            label=td_string!(t, rooms)
            prev_label=td_string!(locale(l), previous_room)
            next_label=td_string!(locale(l), next_room)
            prev
            next
        />
        <p class="hint">{td_string!(t, walk_hint)}</p>
        {(!room.sources.is_empty()).then(|| view! {
            <details class="sources">
                <summary>{td_string!(t, sources)}</summary>
                <ul>
                    {room.sources.iter().map(|s| view! {
                        <li><a href=s.url.clone() rel="noopener noreferrer external">{s.title.clone()}</a></li>
                    }).collect_view()}
                </ul>
            </details>
        })}
    }
}
