//! A room's pre-rendered page: the same sections, in the same places, as the app's room page
//! (`src/pages/room.rs`), so the app takes its place without moving what the visitor reads.

use catalog::{Lang, MuseumFile, RoomFile, RoomKind, RoomSummary, PLAN_HEIGHT, PLAN_WIDTH};

use super::esc;
use super::pages::{frame, paragraphs, Page};
use super::strings::{category, en, en_fill};

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
         <section class=\"class-tools\" aria-label=\"{ct}\"><div class=\"read-aloud js-only\" inert><button type=\"button\" \
         class=\"read-main\">{read}</button></div><a href=\"/rooms/{id}/quiz\" class=\"button\">{quiz}</a>\
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
        read = en("class.read_aloud"),
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
        "<aside class=\"room-facts\" aria-label=\"{about}\"><img class=\"flag flag-large\" src=\"/images/flags/{cc}.svg\" \
         width=\"120\" height=\"90\" alt=\"\"><dl><dt>{country}</dt><dd>{cn}</dd>{local}{signed}<dt>{loc}</dt><dd>{at}</dd></dl>\
         <div class=\"minimap\">{plan}<a href=\"/map?room={id}\">{open} →</a></div></aside>",
        about = en("about_city"),
        cc = c.country_code.to_lowercase(),
        country = en("country"),
        cn = esc(c.country.in_lang(EN)),
        loc = en("location"),
        at = c.coords(),
        plan = minimap(m, s),
        id = s.id,
        open = en("open_plan"),
    )
}

/// The compact floor plan of the room's floor, as the app's `FloorPlan` draws it (without the
/// visitor's visited rooms, which only the app knows).
fn minimap(m: &MuseumFile, here: &RoomSummary) -> String {
    let floor: Vec<&RoomSummary> = m
        .rooms
        .iter()
        .filter(|r| r.plan.floor == here.plan.floor)
        .collect();
    let mut doors = String::new();
    for (i, a) in floor.iter().enumerate() {
        for b in &floor[i + 1..] {
            if let Some(d) = a.doors.contains(&b.id).then(|| a.plan.door_to(&b.plan)).flatten() {
                let (w, h) = if d.horizontal { (3.0, 1.2) } else { (1.2, 3.0) };
                doors += &format!(
                    "<rect class=\"plan-door\" x=\"{}\" y=\"{}\" width=\"{w}\" height=\"{h}\" rx=\"0.4\"></rect>",
                    d.x - w / 2.0,
                    d.y - h / 2.0
                );
            }
        }
    }
    let rooms: String = floor
        .iter()
        .map(|r| {
            let is_here = r.id == here.id;
            format!(
                "<a href=\"/rooms/{id}\" class=\"plan-room{cls}\" style=\"{style}\" tabindex=\"-1\" aria-label=\"{name}\"{cur} data-room=\"{id}\"></a>",
                id = r.id,
                cls = if is_here { " here" } else { "" },
                style = r.plan.css_box(),
                name = esc(r.title.in_lang(EN)),
                cur = if is_here { " aria-current=\"location\"" } else { "" },
            )
        })
        .collect();
    format!(
        "<div class=\"plan compact\"><svg class=\"plan-walls\" viewBox=\"0 0 {PLAN_WIDTH} {PLAN_HEIGHT}\" preserveAspectRatio=\"none\" \
         aria-hidden=\"true\" focusable=\"false\"><rect class=\"plan-floor\" x=\"0.5\" y=\"0.5\" width=\"{fw}\" height=\"{fh}\" rx=\"1.5\"></rect>\
         <rect class=\"plan-hall\" x=\"21.4\" y=\"19\" width=\"57.2\" height=\"22\" rx=\"1\"></rect>{doors}</svg>{rooms}</div>",
        fw = PLAN_WIDTH - 1.0,
        fh = PLAN_HEIGHT - 1.0,
    )
}

/// The exhibit grid: picture, title and kind of each exhibit; the first three load at once.
fn cards(r: &RoomFile) -> String {
    r.exhibits
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let img = &e.image;
            let srcset = img.srcset_attr("/");
            let srcset = if srcset.is_empty() {
                String::new()
            } else {
                format!(" srcset=\"{}\" sizes=\"(min-width: 1200px) 280px, (min-width: 760px) 30vw, 50vw\"", esc(&srcset))
            };
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
    let link = |r: Option<&RoomSummary>, rel: &str, dir: String| {
        r.map_or("<span class=\"walk-link empty\"></span>".to_string(), |r| {
            format!(
                "<a href=\"/rooms/{}\" class=\"walk-link {rel}\" rel=\"{rel}\"><span class=\"walk-dir\">{dir}</span>\
                 <span class=\"walk-name\">{}</span></a>",
                r.id,
                esc(r.title.in_lang(EN))
            )
        })
    };
    format!(
        "<nav class=\"walk\" aria-label=\"{}\">{}{}</nav>",
        en("rooms"),
        link(prev, "prev", format!("← {}", en("previous_room"))),
        link(next, "next", format!("{} →", en("next_room"))),
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
