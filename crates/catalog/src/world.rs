//! The world page's content, shared by the app and its pre-rendered copy: which sister cities a
//! filter shows and in what order, the decades and continents to filter by, and where each city
//! and its route from Harbin are drawn on the map.

use crate::geo::{great_circle, project, route_paths, HEIGHT, WIDTH};
use crate::{Continent, Lang, RoomSummary};

/// Points per route: enough for a smooth curve at any screen size.
const ROUTE_STEPS: usize = 48;

/// The decade a city's ties were signed in (`1990` for 1990–1999), `None` when not recorded.
pub fn decade(room: &RoomSummary) -> Option<i32> {
    room.city.signed.as_ref()?.year().map(|y| y - y.rem_euclid(10))
}

/// A decade as the page's `?decade=` query writes it: `1990`, or `unknown`.
pub fn decade_id(decade: Option<i32>) -> String {
    decade.map_or("unknown".to_string(), |d| d.to_string())
}

/// The decades `rooms` were signed in, oldest first, "not recorded" last.
pub fn decades(rooms: &[RoomSummary]) -> Vec<Option<i32>> {
    let mut all: Vec<Option<i32>> = rooms.iter().map(decade).collect();
    all.sort_by_key(|d| d.unwrap_or(i32::MAX));
    all.dedup();
    all
}

/// The continents `rooms` lie on, in [`Continent::ALL`]'s order.
pub fn continents(rooms: &[RoomSummary]) -> Vec<Continent> {
    Continent::ALL
        .into_iter()
        .filter(|c| rooms.iter().any(|r| Continent::of(&r.city) == Some(*c)))
        .collect()
}

/// The rooms a filter keeps: `decade` as [`decade_id`] writes it, `continent` a [`Continent::id`];
/// `None` keeps all.
pub fn filter(rooms: &[RoomSummary], decade: Option<&str>, continent: Option<&str>) -> Vec<RoomSummary> {
    rooms
        .iter()
        .filter(|r| decade.is_none_or(|q| q == decade_id(self::decade(r))))
        .filter(|r| continent.is_none_or(|q| Continent::of(&r.city).map(Continent::id) == Some(q)))
        .cloned()
        .collect()
}

/// The rooms in the order the page's table lists them: by the date ties were signed, unrecorded
/// last.
pub fn by_signing(rooms: &[RoomSummary]) -> Vec<RoomSummary> {
    let mut listed = rooms.to_vec();
    listed.sort_by_key(|r| {
        r.city
            .signed
            .as_ref()
            .and_then(|d| d.value.clone())
            .unwrap_or_else(|| "9999".into())
    });
    listed
}

/// The CSS class that colours a city by its continent (`unknown` when it has none).
pub fn continent_class(room: &RoomSummary) -> &'static str {
    Continent::of(&room.city).map_or("unknown", Continent::id)
}

/// Where a city's dot sits over the map, as a CSS `style`: percentages of the map's size.
pub fn place(room: &RoomSummary) -> String {
    let (x, y) = project(room.city.lat, room.city.lon);
    format!("left:{:.2}%;top:{:.2}%", x / WIDTH * 100.0, y / HEIGHT * 100.0)
}

/// The SVG paths of the great circle from `harbin` to `room` (more than one where it crosses the
/// map's edge).
pub fn route(harbin: &RoomSummary, room: &RoomSummary) -> Vec<String> {
    let from = (harbin.city.lat, harbin.city.lon);
    route_paths(&great_circle(from, (room.city.lat, room.city.lon), ROUTE_STEPS))
}

/// A city's label on the map: its name and the year ties were signed ("Niigata · 1979").
pub fn label(room: &RoomSummary, lang: Lang) -> String {
    let name = room.title.in_lang(lang);
    match room.city.signed.as_ref().map(|d| d.year_display(lang)) {
        Some(year) => format!("{name} · {year}"),
        None => name.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cities() -> Vec<RoomSummary> {
        let museum = crate::parse_museum(include_str!("../../../public/data/museum.json"))
            .expect("museum.json parses");
        museum
            .rooms_in_tour_order()
            .filter(|r| r.kind == crate::RoomKind::SisterCity)
            .cloned()
            .collect()
    }

    #[test]
    fn filters_partition_the_cities() {
        let all = cities();
        assert_eq!(all.len(), 27);
        let by_decade: usize = decades(&all)
            .iter()
            .map(|d| filter(&all, Some(&decade_id(*d)), None).len())
            .sum();
        let by_continent: usize = continents(&all)
            .iter()
            .map(|c| filter(&all, None, Some(c.id())).len())
            .sum();
        assert_eq!(by_decade, 27);
        assert_eq!(by_continent, 27);
        assert_eq!(filter(&all, None, None).len(), 27);
        assert!(decades(&all)
            .windows(2)
            .all(|w| w[0].unwrap_or(i32::MAX) < w[1].unwrap_or(i32::MAX)));
    }

    #[test]
    fn lists_by_signing_and_places_every_city_on_the_map() {
        let all = cities();
        let listed = by_signing(&all);
        let years: Vec<i32> = listed.iter().map(|r| decade(r).unwrap_or(i32::MAX)).collect();
        assert!(years.windows(2).all(|w| w[0] <= w[1]));
        for r in &all {
            let style = place(r);
            let pct: Vec<f64> = style
                .split(';')
                .map(|p| {
                    p.split(':')
                        .nth(1)
                        .unwrap()
                        .trim_end_matches('%')
                        .parse()
                        .unwrap()
                })
                .collect();
            assert!(
                pct.iter().all(|p| (0.0..=100.0).contains(p)),
                "{} at {style}",
                r.id
            );
            assert!(label(r, Lang::En).starts_with(r.title.in_lang(Lang::En)));
        }
    }
}
