//! `/trails/{trail}`: a trail's overview, with Start or Continue where this device left off.

use catalog::{Lang, MuseumFile, Trail};
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::components::head::Head;
use crate::components::share::SharePanel;
use crate::components::text::T;
use crate::i18n::{fill, locale};
use crate::lang::{href, use_lang};
use crate::progress;
use crate::trail_data::trail_page;

/// A trail's own page.
#[component]
pub fn TrailPage() -> impl IntoView {
    trail_page(trail_head, |m, trail, _| overview(m, trail).into_any())
}

/// "{trail} · Trails", and the trail's summary.
fn trail_head(_: &MuseumFile, trail: &Trail, l: Lang) -> Head {
    Head {
        title: format!(
            "{} · {}",
            trail.title.in_lang(l),
            td_string!(locale(l), class.trails)
        ),
        description: trail.summary.in_lang(l).to_string(),
    }
}

/// A stop's name on the overview and the worksheet: its room's title, which `museum.json` has
/// (the stop page itself names the exhibit, from the room's file).
pub fn stop_room_title(m: &MuseumFile, room: &str) -> catalog::Text {
    m.room(room).map(|r| r.title.clone()).unwrap_or_default()
}

fn overview(m: &MuseumFile, trail: &Trail) -> impl IntoView + use<> {
    let lang = use_lang();
    let t = move || locale(lang.get());
    let id = trail.id.clone();
    let total = trail.stops.len();
    let at = progress::trail_step(&id).filter(|s| (1..=total).contains(s));
    let go = format!("/trails/{id}/{}", at.unwrap_or(1));
    let title = trail.title.clone();
    let links = [
        (format!("/trails/{id}/notes"), td_string!(t(), class.lesson_notes)),
        (
            format!("/trails/{id}/worksheet"),
            td_string!(t(), class.worksheet),
        ),
        (format!("/trails/{id}/quiz"), td_string!(t(), class.quiz)),
    ];
    view! {
        <article class="trail-overview">
            <p class="eyebrow"><a href=move || href("/trails", lang.get())>{move || td_string!(t(), class.trails)}</a></p>
            <h1><T text=title /></h1>
            <p class="lead"><T text=trail.summary.clone() /></p>
            <p>
                <a href=move || href(&go, lang.get()) class="button primary">
                    {move || match at {
                        Some(s) => format!("{} · {}", td_string!(t(), class.continue_trail), fill(td_string!(t(), class.stop_of), s, total)),
                        None => td_string!(t(), class.start_trail).to_string(),
                    }}
                </a>
            </p>
            <h2>{move || td_string!(t(), class.stops)}</h2>
            <ol class="trail-stops">
                {trail.stops.iter().enumerate().map(|(i, s)| {
                    let path = format!("/trails/{id}/{}", i + 1);
                    let name = stop_room_title(m, &s.room);
                    view! {
                        <li>
                            <a href=move || href(&path, lang.get())><T text=name /></a>
                            ": " <T text=s.prompt.clone() />
                        </li>
                    }
                }).collect_view()}
            </ol>
            <ul class="trail-links">
                {links.into_iter().map(|(path, label)| view! {
                    <li><a href=move || href(&path, lang.get())>{label}</a></li>
                }).collect_view()}
            </ul>
            <SharePanel path=format!("/trails/{}", trail.id) />
        </article>
    }
}
