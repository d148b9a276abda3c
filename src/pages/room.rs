//! `/rooms/{room}`: a room's introduction, its exhibits, its doors and the walk on.

use std::sync::Arc;

use catalog::{Lang, MuseumFile, RoomFile, RoomKind};
use leptos::prelude::*;
use leptos_i18n::td_string;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_navigate, use_params_map};

use crate::components::error_view::ErrorView;
use crate::components::exhibit_card::ExhibitCard;
use crate::components::floor_plan::FloorPlan;
use crate::components::loading::Loading;
use crate::components::loading::PendingBar;
use crate::components::present::PresentButton;
use crate::components::read_aloud::ReadAloud;
use crate::components::share::SharePanel;
use crate::components::text::{Paragraphs, T};
use crate::components::walk_nav::{Stop, WalkNav};
use crate::i18n::{locale, room_of};
use crate::keys::{on_walk_keys, Step};
use crate::lang::{href, use_lang, Drawn};
use crate::pages::not_found::NotFound;
use crate::room_state::{use_room, RoomState, UseRoom};

/// A room of the museum.
#[component]
pub fn RoomPage() -> impl IntoView {
    let params = use_params_map();
    let room_id = Signal::derive(move || params.read().get("room").unwrap_or_default());
    let UseRoom {
        state,
        pending,
        retry,
    } = use_room(room_id);
    let lang = use_lang();
    let navigate = use_navigate();
    on_walk_keys(move |step| {
        if let RoomState::Ready(m, _) = state.get_untracked() {
            let (prev, next) = m.tour_neighbours(&room_id.get_untracked());
            let target = if step == Step::Next { next } else { prev };
            if let Some(r) = target {
                navigate(
                    &href(&format!("/rooms/{}", r.id), lang.get_untracked()),
                    Default::default(),
                );
            }
        }
    });
    let page = move || {
        lang.track();
        match state.get() {
            RoomState::Loading => view! { <Loading /> }.into_any(),
            RoomState::NotFound => view! { <NotFound /> }.into_any(),
            RoomState::Failed(error) => view! { <ErrorView error retry /> }.into_any(),
            RoomState::Ready(m, r) => room_view(&m, &r, lang.get()).into_any(),
        }
    };
    view! {
        <PendingBar pending />
        {page}
    }
}

/// Coordinates as a visitor reads them, e.g. "37.92° N, 139.04° E".
fn coords(lat: f64, lon: f64) -> String {
    let ns = if lat >= 0.0 { "N" } else { "S" };
    let ew = if lon >= 0.0 { "E" } else { "W" };
    format!("{:.2}° {ns}, {:.2}° {ew}", lat.abs(), lon.abs())
}

fn room_view(museum: &Arc<MuseumFile>, room: &RoomFile, l: Lang) -> impl IntoView + use<> {
    // The page draws again when the language changes, so nothing inside needs to watch it.
    provide_context(Drawn(l));
    let t = locale(l);
    let m = museum.as_ref();
    let Some(summary) = m.room(&room.id).cloned() else {
        return view! { <NotFound /> }.into_any();
    };
    let position = m.tour.iter().position(|id| *id == room.id).unwrap_or(0) + 1;
    let total = m.tour.len();
    let (prev, next) = m.tour_neighbours(&room.id);
    let stop = |r: &catalog::RoomSummary| Stop {
        href: href(&format!("/rooms/{}", r.id), l),
        name: r.title.in_lang(l).to_string(),
    };
    let (prev, next) = (prev.map(stop), next.map(stop));
    let doors: Vec<_> = summary.doors.iter().filter_map(|d| m.room(d)).cloned().collect();
    let title = summary.title.clone();
    let head_title = summary.title.clone();
    let head_name = m.museum.name.clone();
    let description = summary.summary.clone();
    let city = summary.city.clone();
    let flag = format!("/images/flags/{}.svg", city.country_code.to_lowercase());
    let kind = summary.kind;
    let signed = city.signed.clone();
    let room_id = room.id.clone();
    view! {
        <Title text=format!("{} · {}", head_title.in_lang(l), head_name.in_lang(l)) />
        <Meta name="description" content=description.in_lang(l).to_string() />
        <article class="room">
            <div class="room-top">
                <div>
                    <header class="room-header">
                        <p class="eyebrow">
                            {room_of(l, position, total)} " · "
                            {if kind == RoomKind::Harbin { td_string!(t, showroom) } else { td_string!(t, sister_city) }}
                        </p>
                        <h1 tabindex="-1"><T text=title /></h1>
                    </header>
                    <Paragraphs text=room.introduction.clone() class="intro" />
                    <ClassTools room=room_id.clone() l />
                </div>
                <aside class="room-facts" aria-label=td_string!(t, about_city)>
                    <img class="flag flag-large" src=flag width="120" height="90" alt="" />
                    <dl>
                        <dt>{td_string!(t, country)}</dt>
                        <dd><T text=city.country.clone() /></dd>
                        {(!city.local_name.is_empty()).then(|| view! {
                            <dt>{td_string!(t, local_name)}</dt>
                            <dd class="local-name">{city.local_name.clone()}</dd>
                        })}
                        {signed.map(|d| {
                            let note = d.note.clone();
                            view! {
                                <dt>{td_string!(t, ties_signed)}</dt>
                                <dd>
                                    <strong>{d.display(l)}</strong>
                                    {note.map(|n| view! { <span class="signed-note"><T text=n /></span> })}
                                </dd>
                            }
                        })}
                        <dt>{td_string!(t, location)}</dt>
                        <dd>{coords(city.lat, city.lon)}</dd>
                    </dl>
                    <div class="minimap">
                        <FloorPlan
                            museum=museum.clone()
                            floor=summary.plan.floor
                            current=room_id.clone()
                            visited=crate::visited::visited()
                            compact=true
                            lang=l
                            here_label=td_string!(locale(l), you_are_here)
                            visited_label=td_string!(locale(l), visited)
                        />
                        <a href=href(&format!("/map?room={}", room_id), l).replacen("?lang=", "&lang=", 1)>
                            {td_string!(t, open_plan)} " →"
                        </a>
                    </div>
                </aside>
            </div>
            <section aria-labelledby="exhibits-title">
                <h2 id="exhibits-title">{td_string!(t, exhibits)}</h2>
                <ul class="cards">
                    {room
                        .exhibits
                        .iter()
                        .enumerate()
                        .map(|(i, e)| view! { <ExhibitCard exhibit=e.clone() room=room_id.clone() eager=i < 3 lang=l /> })
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
        </article>
    }
    .into_any()
}

/// Read aloud, the room's quiz and worksheet, and "Share with class".
#[component]
fn ClassTools(room: String, l: Lang) -> impl IntoView {
    let t = locale(l);
    let quiz = format!("/rooms/{room}/quiz");
    let sheet = format!("/rooms/{room}/worksheet");
    view! {
        <section class="class-tools" aria-label=td_string!(t, class.classroom)>
            <ReadAloud />
            <a href=href(&quiz, l) class="button">{td_string!(t, class.quiz)}</a>
            <a href=href(&sheet, l) class="button">{td_string!(t, class.worksheet)}</a>
            <PresentButton />
            <SharePanel path=format!("/rooms/{room}") />
        </section>
    }
}
