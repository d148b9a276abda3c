//! The static text of each route: enough to read, share and follow links without the app.

use catalog::{Catalog, Lang, MuseumFile};

use super::esc;
use super::strings::en;

/// One pre-rendered route.
pub struct Page {
    /// The route, e.g. `/rooms/niigata`; `/404` for the not-found page.
    pub route: String,
    /// `<title>` and `og:title`.
    pub title: String,
    /// Meta and `og:description`.
    pub description: String,
    /// `og:image` path under the site root.
    pub image: Option<String>,
    /// The page's main text as HTML (all content escaped).
    pub body: String,
}

const EN: Lang = Lang::En;

/// The page frame around `main`: skip link, header, footer.
pub fn frame(main: &str) -> String {
    format!(
        "<a class=\"skip-link\" href=\"#main\">Skip to content</a>\
         <header class=\"site-header\"><a class=\"brand\" href=\"/\"><span class=\"brand-mark\" aria-hidden=\"true\">友</span>\
         <span class=\"brand-name\">Harbin Sister Cities Museum</span></a>\
         <nav class=\"site-nav\" aria-label=\"Main\"><a href=\"/\">Entrance</a><a href=\"/map\">Floor plan</a><a href=\"/world\">World map</a><a href=\"/search\">Search</a><a href=\"/trails\">Trails</a><a href=\"/about\">About</a></nav></header>\
         <main id=\"main\">{main}</main>\
         <footer class=\"site-footer\"><p>A virtual tour of the Harbin International Sister Cities Museum. No cookies, no trackers.</p></footer>"
    )
}

/// A text's English paragraphs, each a `<p>`.
pub fn paragraphs(text: &catalog::Text) -> String {
    text.paragraphs(EN)
        .map(|p| format!("<p>{}</p>", esc(p)))
        .collect()
}

/// A text's first sentence, at most 180 characters (for meta descriptions).
pub fn first_sentence(text: &str) -> String {
    let cut = text.find(". ").map_or(text.len(), |i| i + 1);
    text[..cut].chars().take(180).collect()
}

/// `/`, laid out as the app's entrance (`src/pages/entrance.rs`).
fn entrance(m: &MuseumFile) -> Page {
    let v = &m.museum.visit;
    let rooms: String = m
        .rooms_in_tour_order()
        .map(|r| {
            format!(
                "<li><a href=\"/rooms/{id}\"><img class=\"flag\" src=\"{flag}\" width=\"40\" height=\"30\" alt=\"\" loading=\"lazy\" decoding=\"async\">\
                 <span class=\"room-name\">{t}</span><span class=\"room-country\">{c}</span><span class=\"room-summary\">{s}</span></a></li>",
                id = r.id,
                flag = r.city.flag_src(),
                t = esc(r.title.in_lang(EN)),
                c = esc(r.city.country.in_lang(EN)),
                s = esc(r.summary.in_lang(EN)),
            )
        })
        .collect();
    let name = m.museum.name.in_lang(EN);
    let shown: u32 = m.rooms.iter().map(|r| r.exhibits).sum();
    let note = v.note.as_ref().map_or(String::new(), |n| {
        format!("<p class=\"visit-note\">{}</p>", esc(n.in_lang(EN)))
    });
    let body = format!(
        "<section class=\"hero\"><p class=\"eyebrow\">{tour}</p><h1>{n}</h1><div class=\"lead\">{w}</div>\
         <a class=\"button primary\" href=\"/rooms/{first}\">{start} →</a><p class=\"facts\">{facts}</p></section>\
         <section class=\"visit\" aria-labelledby=\"visit-title\"><h2 id=\"visit-title\">{visit}</h2><dl><dt>{addr}</dt><dd>{a}</dd>\
         <dt>{hours}</dt><dd>{o}–{c} ({tz})</dd><dt>{adm}</dt><dd>{ad}</dd><dt>{checked}</dt><dd><time datetime=\"{ch}\">{ch}</time></dd></dl>{note}</section>\
         <section class=\"room-list\" aria-labelledby=\"rooms-title\"><h2 id=\"rooms-title\">{rl}</h2><ol class=\"rooms\">{rooms}</ol></section>",
        tour = en("virtual_tour"),
        n = esc(name),
        w = paragraphs(&m.museum.welcome),
        first = m.tour.first().map_or("", String::as_str),
        start = en("start_tour"),
        facts = esc(&m.museum.facts.line(EN, shown)),
        visit = en("visit"),
        addr = en("address"),
        a = esc(v.address.in_lang(EN)),
        hours = en("hours"),
        o = esc(&v.opens),
        c = esc(&v.closes),
        tz = esc(&v.time_zone),
        adm = en("admission"),
        ad = esc(v.admission.in_lang(EN)),
        checked = en("checked"),
        ch = esc(&v.checked),
        rl = en("rooms"),
    );
    Page {
        route: "/".into(),
        title: format!("{name} · A virtual tour"),
        description: first_sentence(m.museum.welcome.in_lang(EN)),
        image: None,
        body: frame(&body),
    }
}

/// `/about`, laid out as the app's about page (`src/pages/about.rs`).
fn about(m: &MuseumFile) -> Page {
    let section = |id: &str, body: String| {
        format!(
            "<section aria-labelledby=\"{id}\"><h2 id=\"{id}\">{}</h2>{body}</section>",
            en(id)
        )
    };
    let text = |key: &str| format!("<p>{}</p>", esc(en(key)));
    let save = format!(
        "<div class=\"offline-save js-only\" inert><button class=\"button primary\">{}</button>\
         <p class=\"offline-status\"></p></div>",
        en("offline_save")
    );
    let body = format!(
        "<article class=\"about prose\"><h1>{}</h1>{}{}{}{}{}{}</article>",
        en("about_title"),
        section("history", paragraphs(&m.museum.about)),
        section("how_made", text("how_made_text")),
        section("offline", text("offline_text") + &save),
        section("privacy", text("privacy_text")),
        section("credits", text("credits_text")),
        section("browsers", text("browsers_text")),
    );
    Page {
        route: "/about".into(),
        title: en("about_title").into(),
        description: en("how_made_text").into(),
        image: None,
        body: frame(&body),
    }
}

/// `/map`, laid out as the app's plan page (`src/pages/plan.rs`) for a first visit: floor 1, nothing
/// visited. Without scripts the floor buttons are hidden and every room of each floor is listed.
fn plan(m: &MuseumFile) -> Page {
    let mut floors: Vec<u8> = m.rooms.iter().map(|r| r.plan.floor).collect();
    floors.sort_unstable();
    floors.dedup();
    let buttons: String = floors
        .iter()
        .map(|f| {
            let (class, pressed) = if *f == 1 {
                (" primary", "true")
            } else {
                ("", "false")
            };
            format!(
                "<button class=\"button{class}\" aria-pressed=\"{pressed}\">{}</button>",
                en("floor").replace("{n}", &f.to_string())
            )
        })
        .collect();
    let lists: String = floors
        .iter()
        .map(|f| {
            let rooms: String = m
                .rooms
                .iter()
                .filter(|r| r.plan.floor == *f)
                .map(|r| {
                    format!(
                        "<li><a href=\"/rooms/{}\">{}</a></li>",
                        r.id,
                        esc(r.title.in_lang(EN))
                    )
                })
                .collect();
            format!(
                "<h2>{}</h2><ul class=\"chips\">{rooms}</ul>",
                en("floor").replace("{n}", &f.to_string())
            )
        })
        .collect();
    let body = format!(
        "<section class=\"plan-page\"><h1>{title}</h1><p class=\"plan-note\">{note}</p>\
         <div class=\"floor-switch js-only\" role=\"group\" aria-label=\"{floors}\" inert>{buttons}</div>\
         <div class=\"plan-scroll js-only\">{plan}</div><p class=\"plan-legend js-only\"><span class=\"legend here\">{here}</span>\
         <span class=\"legend visited\">{visited}</span><span class=\"legend door\">{door}</span></p>\
         <div class=\"no-js-only\">{lists}</div></section>",
        title = en("floor_plan"),
        note = esc(en("plan_note")),
        floors = en("floors"),
        plan = super::plan::floor_plan(m, 1, None, false),
        here = en("you_are_here"),
        visited = en("visited"),
        door = en("door"),
    );
    Page {
        route: "/map".into(),
        title: en("floor_plan").into(),
        description: en("plan_note").into(),
        image: None,
        body: frame(&body),
    }
}

fn not_found() -> Page {
    Page {
        route: "/404".into(),
        title: "Page not found".into(),
        description: "There is no room or exhibit at this address.".into(),
        image: None,
        body: frame(
            "<section class=\"not-found\"><h1>Page not found</h1><p>There is no room or exhibit at this address. \
             It may have moved, or the link may be mistyped.</p><p><a class=\"button primary\" href=\"/\">Entrance</a></p></section>",
        ),
    }
}

/// Every route's page.
pub fn all(m: &MuseumFile, catalog: &Catalog) -> Vec<Page> {
    let mut pages = vec![
        entrance(m),
        about(m),
        plan(m),
        super::wayfinding::world(m),
        super::wayfinding::search(),
        not_found(),
    ];
    for s in m.rooms_in_tour_order() {
        if let Some(r) = catalog.room(&s.id) {
            pages.push(super::room::room(m, s, r));
            pages.extend(r.exhibits.iter().map(|e| super::exhibit::exhibit(m, s, r, e)));
        }
    }
    pages
}
