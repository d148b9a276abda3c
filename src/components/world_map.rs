//! The world map: country shapes (a pre-drawn SVG image), great-circle routes from Harbin, and
//! each city as a link laid over the map at its projected position.

use catalog::geo::{HEIGHT, WIDTH};
use catalog::world::{continent_class, label as city_label, place, route};
use catalog::{Lang, RoomSummary};
use leptos::prelude::*;

use crate::lang::href;

/// The map. `harbin` is drawn as the hub; `cities` get a route, a dot coloured by continent and
/// a label shown on hover or keyboard focus. `label` describes the picture for screen readers
/// (the page lists the same cities as text next to it). The pre-rendered page draws the same
/// (`museum-tools`, `prerender/wayfinding.rs`), from the same `catalog::world`.
#[component]
pub fn WorldMap(
    harbin: RoomSummary,
    cities: Vec<RoomSummary>,
    lang: Lang,
    label: &'static str,
) -> impl IntoView {
    let routes = cities
        .iter()
        .flat_map(|r| {
            let class = format!("world-route {}", continent_class(r));
            route(&harbin, r)
                .into_iter()
                .map(move |d| view! { <path class=class.clone() d=d /> })
        })
        .collect_view();
    let dots = cities
        .into_iter()
        .map(|r| {
            let text = city_label(&r, lang);
            let aria = format!("{text}, {}", r.city.country.in_lang(lang));
            // Plain links (the router still handles the click): a router `<A>` watches the
            // router's state, and the map is drawn again on every filter.
            view! {
                <a
                    href=href(&format!("/rooms/{}", r.id), lang)
                    class=format!("world-city {}", continent_class(&r))
                    style=place(&r)
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
                style=place(&harbin)
                data-room=harbin.id.clone()
            >
                <span class="world-dot" aria-hidden="true"></span>
                <span class="world-label">{harbin.title.in_lang(lang).to_string()}</span>
            </a>
        </div>
    }
}
