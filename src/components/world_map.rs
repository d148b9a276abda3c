//! The world map: country shapes (a pre-drawn SVG image), great-circle routes from Harbin, and
//! each city as a link laid over the map at its projected position.

use catalog::geo::{great_circle, project, route_paths, HEIGHT, WIDTH};
use catalog::{Continent, Lang, RoomSummary};
use leptos::prelude::*;

use crate::lang::href;

/// Points per route: enough for a smooth curve at any screen size.
const ROUTE_STEPS: usize = 48;

/// The map. `harbin` is drawn as the hub; `cities` get a route, a dot coloured by continent and
/// a label shown on hover or keyboard focus. `label` describes the picture for screen readers
/// (the page lists the same cities as text next to it).
#[component]
pub fn WorldMap(
    harbin: RoomSummary,
    cities: Vec<RoomSummary>,
    lang: Lang,
    label: &'static str,
) -> impl IntoView {
    let from = (harbin.city.lat, harbin.city.lon);
    let place = |lat: f64, lon: f64| {
        let (x, y) = project(lat, lon);
        format!("left:{:.2}%;top:{:.2}%", x / WIDTH * 100.0, y / HEIGHT * 100.0)
    };
    let routes = cities
        .iter()
        .flat_map(|r| {
            let points = great_circle(from, (r.city.lat, r.city.lon), ROUTE_STEPS);
            let class = format!("world-route {}", continent_class(r));
            route_paths(&points)
                .into_iter()
                .map(move |d| view! { <path class=class.clone() d=d /> })
        })
        .collect_view();
    let dots = cities
        .into_iter()
        .map(|r| {
            let year = r.city.signed.as_ref().map(|d| d.year_display(lang));
            let name = r.title.in_lang(lang);
            let country = r.city.country.in_lang(lang);
            let text = match &year {
                Some(y) => format!("{name} · {y}"),
                None => name.to_string(),
            };
            let aria = format!("{text}, {country}");
            // Plain links (the router still handles the click): a router `<A>` watches the
            // router's state, and the map is drawn again on every filter.
            view! {
                <a
                    href=href(&format!("/rooms/{}", r.id), lang)
                    class=format!("world-city {}", continent_class(&r))
                    style=place(r.city.lat, r.city.lon)
                    aria-label=aria
                    data-room=r.id.clone()
                >
                    <span class="world-dot" aria-hidden="true"></span>
                    <span class="world-label" aria-hidden="true">{text}</span>
                </a>
            }
        })
        .collect_view();
    view! {
        <div class="world-map" role="group" aria-label=label>
            <img alt="" width="1000" height="487" src="/images/world-map.svg" />
            <svg class="world-routes" viewBox=format!("0 0 {WIDTH} {HEIGHT}") aria-hidden="true" focusable="false">
                {routes}
            </svg>
            {dots}
            <a
                href=href("/rooms/harbin", lang)
                class="world-city world-hub"
                style=place(harbin.city.lat, harbin.city.lon)
                data-room=harbin.id.clone()
            >
                <span class="world-dot" aria-hidden="true"></span>
                <span class="world-label">{harbin.title.in_lang(lang).to_string()}</span>
            </a>
        </div>
    }
}

/// The CSS class that colours a city by its continent.
pub fn continent_class(room: &RoomSummary) -> &'static str {
    Continent::of(&room.city).map_or("unknown", Continent::id)
}
