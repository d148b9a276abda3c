//! Pre-rendered text of the world map and search pages.

use catalog::geo::{HEIGHT, WIDTH};
use catalog::world::{by_signing, continent_class, continents, decade_id, decades, label, place, route};
use catalog::{Continent, Lang, MuseumFile, RoomKind, RoomSummary};

use super::esc;
use super::pages::{frame, Page};
use super::strings::{en, en_fill};

const EN: Lang = Lang::En;

/// `/world`, laid out as the app's world page (`src/pages/world.rs`, `src/components/world_map.rs`):
/// the map with every sister city and its route, drawn from the same `catalog::world`, and the table.
/// The filters need the app: they are there with JavaScript (inert until the app takes over, so
/// nothing moves then) and left out without it.
pub fn world(m: &MuseumFile) -> Page {
    let all: Vec<RoomSummary> = m
        .rooms_in_tour_order()
        .filter(|r| r.kind == RoomKind::SisterCity)
        .cloned()
        .collect();
    let harbin = m.rooms.iter().find(|r| r.kind == RoomKind::Harbin);
    let chip = |label: &str, href: String, on: bool, class: &str| {
        let current = if on { " aria-current=\"true\"" } else { "" };
        format!(
            "<a href=\"{href}\" class=\"chip {class}\"{current}>{}</a>",
            esc(label)
        )
    };
    let decade_chips: String = std::iter::once(chip(en("all"), "/world".into(), true, ""))
        .chain(decades(&all).into_iter().map(|d| {
            let label = d.map_or(en("not_recorded").to_string(), |d| {
                en("decade_label").replace("{d}", &d.to_string())
            });
            chip(&label, format!("/world?decade={}", decade_id(d)), false, "")
        }))
        .collect();
    let continent_chips: String = std::iter::once(chip(en("all"), "/world".into(), true, ""))
        .chain(
            continents(&all)
                .into_iter()
                .map(|c| chip(c.name(EN), format!("/world?continent={}", c.id()), false, c.id())),
        )
        .collect();
    let filters = |name: &str, chips: &str| {
        format!("<div class=\"chips js-only\" role=\"group\" aria-label=\"{name}\" inert><span class=\"chips-label\">{name}</span>{chips}</div>")
    };
    let rows: String = by_signing(&all)
        .iter()
        .map(|r| {
            format!(
                "<tr><th scope=\"row\"><a href=\"/rooms/{id}\"><span class=\"world-swatch {class}\" aria-hidden=\"true\"></span><span>{name}</span></a></th>\
                 <td><span>{country}</span></td><td>{date}</td><td>{continent}</td></tr>",
                id = r.id,
                class = continent_class(r),
                name = esc(r.title.in_lang(EN)),
                country = esc(r.city.country.in_lang(EN)),
                date = esc(&r.city.signed.as_ref().map(|d| d.display(EN)).unwrap_or_default()),
                continent = Continent::of(&r.city).map_or("", |c| c.name(EN)),
            )
        })
        .collect();
    let (map, start) = harbin.map_or_else(Default::default, |h| {
        (
            map(h, &all),
            format!(
                "<p><a class=\"go\" href=\"/rooms/{}\">{} →</a></p>",
                h.id,
                esc(en("world_start"))
            ),
        )
    });
    let body = format!(
        "<section class=\"world-page\"><h1>{title}</h1><p class=\"plan-note\">{note}</p>{decades}{continents}\
         <p class=\"world-count js-only\" aria-live=\"polite\">{count}</p>{map}{start}\
         <div class=\"world-table-wrap\"><table class=\"world-table\"><thead><tr><th scope=\"col\">{city}</th><th scope=\"col\">{country}</th>\
         <th scope=\"col\">{signed}</th><th scope=\"col\">{continent}</th></tr></thead><tbody>{rows}</tbody></table></div></section>",
        title = esc(en("world_title")),
        note = esc(en("world_note")),
        decades = filters(en("decade"), &decade_chips),
        continents = filters(en("continent"), &continent_chips),
        count = en_fill("showing_cities", all.len(), all.len()),
        city = en("city"),
        country = en("country"),
        signed = en("signed"),
        continent = en("continent"),
    );
    Page {
        route: "/world".into(),
        title: en("world_map").into(),
        description:
            "Harbin's 27 sister cities in 23 countries on a world map, with the year each tie was signed."
                .into(),
        image: None,
        body: frame(&body),
    }
}

/// The map of `cities` around `harbin`, as the app's `WorldMap` draws it. Its picture is the page's
/// largest element (Lighthouse's LCP), so it is asked for first.
fn map(harbin: &RoomSummary, cities: &[RoomSummary]) -> String {
    let routes: String = cities
        .iter()
        .flat_map(|r| {
            route(harbin, r).into_iter().map(move |d| {
                format!(
                    "<path class=\"world-route {}\" d=\"{d}\"></path>",
                    continent_class(r)
                )
            })
        })
        .collect();
    let dots: String = cities
        .iter()
        .map(|r| {
            let text = esc(&label(r, EN));
            format!(
                "<a href=\"/rooms/{id}\" class=\"world-city {class}\" style=\"{style}\" aria-label=\"{text}, {country}\" data-room=\"{id}\">\
                 <span class=\"world-dot\" aria-hidden=\"true\"></span><span class=\"world-label\" aria-hidden=\"true\">{text}</span></a>",
                id = r.id,
                class = continent_class(r),
                style = place(r),
                country = esc(r.city.country.in_lang(EN)),
            )
        })
        .collect();
    format!(
        "<div class=\"world-map\" role=\"group\" aria-label=\"{label}\"><img alt=\"\" width=\"1000\" height=\"487\" fetchpriority=\"high\" src=\"/images/world-map.svg\">\
         <svg class=\"world-routes\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" aria-hidden=\"true\" focusable=\"false\">{routes}</svg>{dots}\
         <a href=\"/rooms/{id}\" class=\"world-city world-hub\" style=\"{style}\" data-room=\"{id}\"><span class=\"world-dot\" aria-hidden=\"true\"></span>\
         <span class=\"world-label\">{name}</span></a></div>",
        label = esc(en("map_label")),
        id = harbin.id,
        style = place(harbin),
        name = esc(harbin.title.in_lang(EN)),
    )
}

/// `/search`: searching needs the app; without it, the rooms are one click away.
pub fn search() -> Page {
    Page {
        route: "/search".into(),
        title: "Search".into(),
        description: "Search every room and exhibit of the museum in English or Chinese.".into(),
        image: None,
        body: frame(
            "<section class=\"search-page\"><h1>Search the collection</h1><p>Searching needs JavaScript and \
             WebAssembly. Without them you can still walk through every room from the <a href=\"/\">entrance</a> \
             or the <a href=\"/map\">floor plan</a>.</p></section>",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::prerender::test_museum as museum;

    #[test]
    fn the_world_page_has_every_city_on_its_map_and_in_its_table_and_its_filters_wait_for_the_app() {
        let m = museum();
        let cities = m.rooms.iter().filter(|r| r.kind == RoomKind::SisterCity).count();
        let body = world(&m).body;
        assert_eq!(
            body.matches("class=\"world-city ").count(),
            cities + 1,
            "every city and the hub"
        );
        assert_eq!(body.matches("<tr><th scope=\"row\">").count(), cities);
        assert!(body.matches("class=\"world-route ").count() >= cities);
        assert!(body.contains("fetchpriority=\"high\" src=\"/images/world-map.svg\""));
        // The filters: hidden without JavaScript, inert until the app takes over.
        assert_eq!(body.matches("class=\"chips js-only\" role=\"group\"").count(), 2);
        assert_eq!(body.matches("\" inert>").count(), 2);
        assert!(body.contains(&format!("{cities} of {cities} sister cities")));
    }
}
