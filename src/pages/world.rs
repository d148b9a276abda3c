//! `/world`: Harbin's sister cities on a world map and in a table, filtered by decade or continent.

use catalog::world::{by_signing, continent_class, continents, decade_id, decades, filter};
use catalog::{Continent, Lang, RoomKind, RoomSummary};
use leptos::prelude::*;
use leptos_i18n::td_string;
use leptos_router::hooks::use_query_map;

use crate::app::use_museum;
use crate::components::error_view::ErrorView;
use crate::components::head::{Head, PageHead};
use crate::components::loading::Loading;
use crate::components::text::T;
use crate::components::world_map::WorldMap;
use crate::defer::FirstViewTask;
use crate::i18n::locale;
use crate::lang::{href, use_lang, Drawn};

/// The world map page. `?decade=1990` (or `unknown`) and `?continent=europe` filter the cities.
#[component]
pub fn WorldPage() -> impl IntoView {
    let museum = use_museum();
    let lang = use_lang();
    let query = use_query_map();
    Effect::new(move |_| {
        if museum.get().is_some() {
            crate::prerender::remove();
        }
    });
    let head = Memo::new(move |_| {
        let t = locale(lang.get());
        Some(Head {
            title: td_string!(t, world_map).to_string(),
            description: td_string!(t, world_title).to_string(),
        })
    });
    let page = move || {
        let (decade_q, continent_q) = {
            let q = query.read();
            (q.get("decade"), q.get("continent"))
        };
        let lang = lang.get();
        // Drawn again when the language changes: nothing inside needs to watch it.
        provide_context(Drawn(lang));
        let t = locale(lang);
        let m = match museum.get() {
            None => return view! { <Loading /> }.into_any(),
            Some(Err(error)) => {
                return view! { <ErrorView error retry=move |_| museum.refetch() /> }.into_any()
            }
            Some(Ok(m)) => m,
        };
        let Some(harbin) = m.rooms.iter().find(|r| r.kind == RoomKind::Harbin).cloned() else {
            return view! { <Loading /> }.into_any();
        };
        let harbin_href = href(&format!("/rooms/{}", harbin.id), lang);
        let all: Vec<RoomSummary> = m
            .rooms_in_tour_order()
            .filter(|r| r.kind == RoomKind::SisterCity)
            .cloned()
            .collect();
        let decades = decades(&all);
        let continents = continents(&all);
        let shown = filter(&all, decade_q.as_deref(), continent_q.as_deref());
        let link = |decade: Option<&str>, continent: Option<&str>| {
            let mut parts = Vec::new();
            parts.extend(decade.map(|d| format!("decade={d}")));
            parts.extend(continent.map(|c| format!("continent={c}")));
            let query = if parts.is_empty() {
                String::new()
            } else {
                format!("?{}", parts.join("&"))
            };
            href(&format!("/world{query}"), lang)
        };
        let chip = move |label: String, target: String, on: bool, class: &'static str| {
            view! {
                <a href=target class=format!("chip {class}") aria-current=on.then_some("true")>
                    {label}
                </a>
            }
        };
        let decade_label = |d: Option<i32>| match d {
            None => td_string!(t, not_recorded).to_string(),
            Some(d) => td_string!(t, decade_label).replace("{d}", &d.to_string()),
        };
        let decade_chips = std::iter::once(chip(
            td_string!(t, all).into(),
            link(None, continent_q.as_deref()),
            decade_q.is_none(),
            "",
        ))
        .chain(decades.iter().map(|d| {
            let id = decade_id(*d);
            let on = decade_q.as_deref() == Some(id.as_str());
            chip(decade_label(*d), link(Some(&id), continent_q.as_deref()), on, "")
        }))
        .collect_view();
        let continent_chips = std::iter::once(chip(
            td_string!(t, all).into(),
            link(decade_q.as_deref(), None),
            continent_q.is_none(),
            "",
        ))
        .chain(continents.iter().map(|c| {
            let on = continent_q.as_deref() == Some(c.id());
            chip(
                c.name(lang).into(),
                link(decade_q.as_deref(), Some(c.id())),
                on,
                c.id(),
            )
        }))
        .collect_view();
        let count = td_string!(t, showing_cities)
            .replace("{n}", &shown.len().to_string())
            .replace("{m}", &all.len().to_string());
        let listed = by_signing(&shown);
        view! {
            <section class="world-page">
                <h1>{td_string!(t, world_title)}</h1>
                <p class="plan-note">{td_string!(t, world_note)}</p>
                <div class="chips" role="group" aria-label=td_string!(t, decade)>
                    <span class="chips-label">{td_string!(t, decade)}</span>
                    {decade_chips}
                </div>
                <div class="chips" role="group" aria-label=td_string!(t, continent)>
                    <span class="chips-label">{td_string!(t, continent)}</span>
                    {continent_chips}
                </div>
                <p class="world-count" aria-live="polite">{count}</p>
                // On the first view the map and the table are each drawn in a task after the
                // heading and filters (behind the pre-rendered copy): no long task on a slow machine.
                <FirstViewTask>
                    <WorldMap harbin=harbin.clone() cities=shown.clone() lang label=td_string!(t, map_label) />
                </FirstViewTask>
                <p><a class="go" href=harbin_href>{td_string!(t, world_start)} " →"</a></p>
                <div class="world-table-wrap">
                <table class="world-table">
                    <thead>
                        <tr><th scope="col">{td_string!(t, city)}</th><th scope="col">{td_string!(t, country)}</th><th scope="col">{td_string!(t, signed)}</th><th scope="col">{td_string!(t, continent)}</th></tr>
                    </thead>
                    <tbody>
                        <FirstViewTask>{table_rows(&listed, lang)}</FirstViewTask>
                    </tbody>
                </table>
                </div>
            </section>
        }
        .into_any()
    };
    view! {
        <PageHead head />
        {page}
    }
}

/// The table's rows: each city, its country, the date ties were signed and its continent.
fn table_rows(listed: &[RoomSummary], lang: Lang) -> impl IntoView + use<> {
    listed
        .iter()
        .map(|r| {
            let date = r
                .city
                .signed
                .as_ref()
                .map(|d| d.display(lang))
                .unwrap_or_default();
            let continent = Continent::of(&r.city).map(|c| c.name(lang)).unwrap_or_default();
            let swatch = format!("world-swatch {}", continent_class(r));
            view! {
                <tr>
                    <th scope="row">
                        // A plain link (the router still handles the click): a router `<A>` watches
                        // the router's state, and the table is drawn again on every filter.
                        <a href=href(&format!("/rooms/{}", r.id), lang)>
                            <span class=swatch aria-hidden="true"></span>
                            <T text=r.title.clone() />
                        </a>
                    </th>
                    <td><T text=r.city.country.clone() /></td>
                    <td>{date}</td>
                    <td>{continent}</td>
                </tr>
            }
        })
        .collect_view()
}
