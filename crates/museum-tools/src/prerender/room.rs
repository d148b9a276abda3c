//! A room's pre-rendered page: the same sections, in the same places, as the app's room page
//! (`src/pages/room.rs`), so the app takes its place without moving what the visitor reads.

use catalog::{Lang, MuseumFile, RoomFile, RoomKind, RoomSummary};

use super::pages::{frame, paragraphs, Page};
use super::strings::{category, en, en_fill};
use super::{esc, srcset};

const EN: Lang = Lang::En;

/// `/rooms/{room}`.
pub fn room(m: &MuseumFile, s: &RoomSummary, r: &RoomFile) -> Page {
    let title = s.title.in_lang(EN);
    let position = m.tour.iter().position(|id| *id == r.id).unwrap_or(0) + 1;
    let kind = if s.kind == RoomKind::Harbin {
        en("showroom")
    } else {
        en("sister_city")
    };
    let body = format!(
        "<article class=\"room\"><div class=\"room-top\"><div><header class=\"room-header\"><p class=\"eyebrow\">{of} · {kind}</p>\
         <h1>{t}</h1></header><div class=\"intro\">{intro}</div>\
         <section class=\"class-tools\" aria-label=\"{ct}\">{read}<a href=\"/rooms/{id}/quiz\" class=\"button\">{quiz}</a>\
         <a href=\"/rooms/{id}/worksheet\" class=\"button\">{sheet}</a><button type=\"button\" class=\"present-toggle js-only\" \
         inert>{present}</button><details class=\"share js-only\" inert><summary>{share}</summary></details></section></div>{facts}</div>\
         <section aria-labelledby=\"exhibits-title\"><h2 id=\"exhibits-title\">{ex}</h2><ul class=\"cards\">{cards}</ul></section>\
         {doors}{walk}{sources}</article>",
        of = esc(&en_fill("room_of", position, m.tour.len())),
        t = esc(title),
        intro = paragraphs(&r.introduction),
        ct = en("class.classroom"),
        id = r.id,
        quiz = en("class.quiz"),
        sheet = en("class.worksheet"),
        read = read_aloud(),
        present = en("class.present"),
        share = en("class.share"),
        facts = facts(m, s),
        ex = en("exhibits"),
        cards = cards(r),
        doors = doors(m, s),
        walk = walk(m, &r.id),
        sources = sources(r),
    );
    Page {
        route: format!("/rooms/{}", r.id),
        title: format!("{title} · {}", m.museum.name.in_lang(EN)),
        description: s.summary.in_lang(EN).to_string(),
        image: r.exhibits.first().map(|e| e.image.src.clone()),
        body: frame(&body),
    }
}

/// An inert stand-in for the app's Read aloud button (hidden without scripts).
pub fn read_aloud() -> String {
    format!(
        "<div class=\"read-aloud js-only\" inert><button type=\"button\" class=\"read-main\">{}</button></div>",
        en("class.read_aloud")
    )
}

/// The aside: flag, country, local name, when ties were signed, position, and the minimap.
fn facts(m: &MuseumFile, s: &RoomSummary) -> String {
    let c = &s.city;
    let local = if c.local_name.is_empty() {
        String::new()
    } else {
        format!(
            "<dt>{}</dt><dd class=\"local-name\">{}</dd>",
            en("local_name"),
            esc(&c.local_name)
        )
    };
    let signed = c.signed.as_ref().map_or(String::new(), |d| {
        let note = d.note.as_ref().map_or(String::new(), |n| {
            format!("<span class=\"signed-note\">{}</span>", esc(n.in_lang(EN)))
        });
        format!(
            "<dt>{}</dt><dd><strong>{}</strong>{note}</dd>",
            en("ties_signed"),
            esc(&d.display(EN))
        )
    });
    format!(
        "<aside class=\"room-facts\" aria-label=\"{about}\"><img class=\"flag flag-large\" src=\"{flag}\" \
         width=\"120\" height=\"90\" alt=\"\" decoding=\"async\"><dl><dt>{country}</dt><dd>{cn}</dd>{local}{signed}<dt>{loc}</dt><dd>{at}</dd></dl>\
         <div class=\"minimap\">{plan}<a href=\"/map?room={id}\">{open} →</a></div></aside>",
        about = en("about_city"),
        flag = c.flag_large_src(),
        country = en("country"),
        cn = esc(c.country.in_lang(EN)),
        loc = en("location"),
        at = c.coords(),
        plan = super::plan::floor_plan(m, s.plan.floor, Some(&s.id), true),
        id = s.id,
        open = en("open_plan"),
    )
}

/// The exhibit grid: picture, title and kind of each exhibit; the first three load at once.
fn cards(r: &RoomFile) -> String {
    r.exhibits
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let img = &e.image;
            let srcset = srcset(img, "(min-width: 1200px) 280px, (min-width: 760px) 30vw, 50vw");
            let badge = if e.record == catalog::Record::Documented {
                format!(" · <span class=\"badge\">{}</span>", en("documented"))
            } else {
                String::new()
            };
            format!(
                "<li class=\"card\"><a href=\"/rooms/{room}/{id}\"><img src=\"/{src}\"{srcset} width=\"{w}\" height=\"{h}\" alt=\"{alt}\" \
                 loading=\"{ld}\" decoding=\"async\"><span class=\"card-title\">{t}</span><span class=\"card-kind\">{kind}{badge}</span></a></li>",
                room = r.id,
                id = e.id,
                src = esc(&img.src),
                w = img.width,
                h = img.height,
                alt = esc(img.alt.in_lang(EN)),
                ld = if i < 3 { "eager" } else { "lazy" },
                t = esc(e.title.in_lang(EN)),
                kind = category(e.category),
            )
        })
        .collect()
}

/// Links to the rooms this one opens onto.
fn doors(m: &MuseumFile, s: &RoomSummary) -> String {
    let links: String = s
        .doors
        .iter()
        .filter_map(|d| m.room(d))
        .map(|d| {
            format!(
                "<li><a class=\"door\" href=\"/rooms/{}\"><span class=\"door-icon\" aria-hidden=\"true\">⇢</span>{}</a></li>",
                d.id,
                esc(d.title.in_lang(EN))
            )
        })
        .collect();
    format!("<section class=\"doors\" aria-labelledby=\"doors-title\"><h2 id=\"doors-title\">{}</h2><ul>{links}</ul></section>", en("doors"))
}

/// The previous and next rooms of the tour.
fn walk(m: &MuseumFile, id: &str) -> String {
    let (prev, next) = m.tour_neighbours(id);
    let stop = |r: &RoomSummary| (format!("/rooms/{}", r.id), r.title.in_lang(EN).to_string());
    walk_nav(
        en("rooms"),
        ("previous_room", prev.map(stop)),
        ("next_room", next.map(stop)),
    )
}

/// A previous / next pair of links (a `(href, name)` stop each, under the label at an `en` key), as
/// the app's `WalkNav` draws it.
pub fn walk_nav(
    label: &str,
    prev: (&str, Option<(String, String)>),
    next: (&str, Option<(String, String)>),
) -> String {
    let link = |stop: Option<(String, String)>, rel: &str, dir: String| {
        stop.map_or("<span class=\"walk-link empty\"></span>".to_string(), |(href, name)| {
            format!(
                "<a href=\"{href}\" class=\"walk-link {rel}\" rel=\"{rel}\"><span class=\"walk-dir\">{dir}</span>\
                 <span class=\"walk-name\">{}</span></a>",
                esc(&name)
            )
        })
    };
    format!(
        "<nav class=\"walk\" aria-label=\"{label}\">{}{}</nav>",
        link(prev.1, "prev", format!("← {}", en(prev.0))),
        link(next.1, "next", format!("{} →", en(next.0))),
    )
}

/// The room's published sources, folded.
fn sources(r: &RoomFile) -> String {
    if r.sources.is_empty() {
        return String::new();
    }
    let items: String = r
        .sources
        .iter()
        .map(|s| {
            format!(
                "<li><a href=\"{}\" rel=\"noopener noreferrer external\">{}</a></li>",
                esc(&s.url),
                esc(&s.title)
            )
        })
        .collect();
    format!(
        "<details class=\"sources\"><summary>{}</summary><ul>{items}</ul></details>",
        en("sources")
    )
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    /// Niigata's page, from the shipped content.
    fn niigata() -> String {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data");
        let catalog = crate::load_valid(&data).unwrap_or_else(|e| panic!("{e}"));
        let m = catalog.museum.as_ref().expect("museum.json");
        let s = m.room("niigata").expect("a Niigata room");
        room(m, s, catalog.room("niigata").expect("niigata.json")).body
    }

    #[test]
    fn has_the_app_rooms_sections_in_its_order() {
        let html = niigata();
        let order = [
            "<p class=\"eyebrow\">Room 2 of 28 · Sister city</p>",
            "<h1>Niigata</h1>",
            "class=\"class-tools\"",
            "<aside class=\"room-facts\"",
            "<dd class=\"local-name\">",
            "<div class=\"plan compact\">",
            "<h2 id=\"exhibits-title\">Exhibits</h2>",
            "<span class=\"card-kind\">Painting",
            "<h2 id=\"doors-title\">Doors from this room</h2>",
            "<nav class=\"walk\" aria-label=\"Rooms\">",
        ];
        let mut from = 0;
        for part in order {
            let at = html[from..]
                .find(part)
                .unwrap_or_else(|| panic!("{part} after byte {from}"));
            from += at + part.len();
        }
    }

    #[test]
    fn marks_the_room_on_its_floor_and_links_the_tour_neighbours() {
        let html = niigata();
        assert_eq!(html.matches("aria-current=\"location\"").count(), 1);
        assert!(html.contains("class=\"plan-room here\""));
        assert!(html.contains("rel=\"prev\""));
        assert!(html.contains("rel=\"next\""));
        assert!(html.contains("<rect class=\"plan-door\""));
    }
}
