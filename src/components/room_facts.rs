//! The facts beside a room's introduction: the city's flag, country, local name, the date its ties
//! with Harbin were signed and where it lies, and the floor plan's part around the room.

use std::sync::Arc;

use catalog::{Lang, MuseumFile, RoomSummary};
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::components::floor_plan::FloorPlan;
use crate::components::text::T;
use crate::i18n::locale;
use crate::lang::href;

/// A room's facts and minimap, in `l` (the room page draws again when the language changes).
#[component]
pub fn RoomFacts(museum: Arc<MuseumFile>, summary: RoomSummary, l: Lang) -> impl IntoView {
    let t = locale(l);
    let city = summary.city.clone();
    let flag = city.flag_large_src();
    let signed = city.signed.clone();
    let room_id = summary.id.clone();
    view! {
        <aside class="room-facts" aria-label=td_string!(t, about_city)>
            <img class="flag flag-large" decoding="async" width="120" height="90" alt=""
                src=(!crate::warm::rehearsing()).then_some(flag) />
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
                <dd>{city.coords()}</dd>
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
    }
}
