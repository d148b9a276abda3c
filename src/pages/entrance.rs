//! `/`: the museum's name, a welcome, visit information, "Start the tour" and the rooms.

use catalog::{Lang, MuseumFile, RoomSummary, Visit};
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::app::use_museum;
use crate::components::error_view::ErrorView;
use crate::components::head::{Head, PageHead};
use crate::components::loading::Loading;
use crate::components::text::{Paragraphs, T};
use crate::defer::{after_first_paint, FirstViewTask};
use crate::i18n::locale;
use crate::lang::{href, use_lang, Drawn};

/// The entrance hall.
#[component]
pub fn Entrance() -> impl IntoView {
    let museum = use_museum();
    let lang = use_lang();
    Effect::new(move |_| {
        if museum.get().is_some() {
            crate::prerender::remove();
        }
    });
    let head = Memo::new(move |_| {
        let m = museum.get()?.ok()?;
        let l = lang.get();
        Some(Head {
            title: m.museum.name.in_lang(l).to_string(),
            description: m.museum.welcome.in_lang(l).to_string(),
        })
    });
    // The room list waits for the entrance's first frame only the first time it is drawn; drawn
    // again in another language, it stays where the visitor may have scrolled to.
    let drawn_once = StoredValue::new(false);
    let page = move || {
        // Drawn again when the language changes: nothing inside needs to watch it.
        provide_context(Drawn(lang.get()));
        match museum.get() {
            None => view! { <Loading /> }.into_any(),
            Some(Err(error)) => view! { <ErrorView error retry=move |_| museum.refetch() /> }.into_any(),
            Some(Ok(m)) => {
                let below = if drawn_once.get_value() {
                    Signal::from(true)
                } else {
                    drawn_once.set_value(true);
                    after_first_paint()
                };
                entrance_view(&m, use_lang(), below).into_any()
            }
        }
    };
    view! {
        <FirstViewTask><PageHead head /></FirstViewTask>
        {page}
    }
}

fn entrance_view(m: &MuseumFile, lang: Signal<Lang>, below: Signal<bool>) -> impl IntoView + use<> {
    let t = move || locale(lang.get());
    let first = m.tour.first().cloned().unwrap_or_default();
    let shown: u32 = m.rooms.iter().map(|r| r.exhibits).sum();
    let visit = m.museum.visit.clone();
    let facts = m.museum.facts.clone();
    let name = m.museum.name.clone();
    let rooms: Vec<_> = m.rooms_in_tour_order().cloned().collect();
    view! {
        <section class="hero">
            <p class="eyebrow">{move || td_string!(locale(lang.get()), virtual_tour)}</p>
            <h1><T text=name /></h1>
            <Paragraphs text=m.museum.welcome.clone() class="lead" />
            <a href=move || href(&format!("/rooms/{first}"), lang.get()) class="button primary">
                {move || td_string!(t(), start_tour)} " →"
            </a>
            <p class="facts">
                {move || facts.line(lang.get(), shown)}
            </p>
        </section>
        // On the first view, drawn in a task after the welcome: no long task on a slow machine.
        <FirstViewTask>{visit_section(visit.clone(), lang)}</FirstViewTask>
        // Below the fold on every screen: drawn in the task after the entrance's first frame.
        {move || below.get().then(|| room_list(rooms.clone(), lang))}
    }
}

/// How to visit the real museum: address, opening hours, admission and when that was checked.
fn visit_section(visit: Visit, lang: Signal<Lang>) -> impl IntoView {
    let t = move || locale(lang.get());
    let hours = format!("{}–{} ({})", visit.opens, visit.closes, visit.time_zone);
    view! {
        <section class="visit" aria-labelledby="visit-title">
            <h2 id="visit-title">{move || td_string!(t(), visit)}</h2>
            <dl>
                <dt>{move || td_string!(t(), address)}</dt>
                <dd><T text=visit.address.clone() /></dd>
                <dt>{move || td_string!(t(), hours)}</dt>
                <dd>{hours}</dd>
                <dt>{move || td_string!(t(), admission)}</dt>
                <dd><T text=visit.admission.clone() /></dd>
                <dt>{move || td_string!(t(), checked)}</dt>
                <dd><time datetime=visit.checked.clone()>{visit.checked.clone()}</time></dd>
            </dl>
            {visit.note.clone().map(|n| view! { <p class="visit-note"><T text=n /></p> })}
        </section>
    }
}

/// Every room in tour order, each with its flag, country and one line about it.
fn room_list(rooms: Vec<RoomSummary>, lang: Signal<Lang>) -> impl IntoView {
    let t = move || locale(lang.get());
    view! {
        <section class="room-list" aria-labelledby="rooms-title">
            <h2 id="rooms-title">{move || td_string!(t(), rooms)}</h2>
            <ol class="rooms">
                {rooms
                    .into_iter()
                    .map(|r| {
                        let path = format!("/rooms/{}", r.id);
                        let flag = r.city.flag_src();
                        view! {
                            <li>
                                <a href=move || href(&path, lang.get())>
                                    <img class="flag" loading="lazy" decoding="async" width="40" height="30" alt="" src=flag />
                                    <span class="room-name"><T text=r.title.clone() /></span>
                                    <span class="room-country"><T text=r.city.country.clone() /></span>
                                    <span class="room-summary"><T text=r.summary.clone() /></span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
