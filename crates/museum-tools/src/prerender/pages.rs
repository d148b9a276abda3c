//! The static text of each route: enough to read, share and follow links without the app.

use catalog::{Catalog, Lang, MuseumFile, RoomFile, RoomSummary};

use super::esc;

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

fn first_sentence(text: &str) -> String {
    let cut = text.find(". ").map_or(text.len(), |i| i + 1);
    text[..cut].chars().take(180).collect()
}

fn entrance(m: &MuseumFile) -> Page {
    let v = &m.museum.visit;
    let rooms: String = m
        .rooms_in_tour_order()
        .map(|r| {
            format!(
                "<li><a href=\"/rooms/{id}\"><img class=\"flag\" src=\"/images/flags/{cc}.svg\" width=\"40\" height=\"30\" alt=\"\">\
                 <span class=\"room-name\">{t}</span><span class=\"room-country\">{c}</span><span class=\"room-summary\">{s}</span></a></li>",
                id = r.id,
                cc = r.city.country_code.to_lowercase(),
                t = esc(r.title.in_lang(EN)),
                c = esc(r.city.country.in_lang(EN)),
                s = esc(r.summary.in_lang(EN)),
            )
        })
        .collect();
    let name = m.museum.name.in_lang(EN);
    let body = format!(
        "<section class=\"hero\"><p class=\"eyebrow\">A virtual tour</p><h1>{n}</h1><div class=\"lead\">{w}</div>\
         <a class=\"button primary\" href=\"/rooms/{first}\">Start the tour →</a></section>\
         <section class=\"visit\"><h2>Visit the museum</h2><dl><dt>Address</dt><dd>{a}</dd><dt>Opening hours</dt>\
         <dd>{o}–{c} ({tz})</dd><dt>Admission</dt><dd>{adm}</dd></dl></section>\
         <section class=\"room-list\"><h2>Rooms</h2><ol class=\"rooms\">{rooms}</ol></section>",
        n = esc(name),
        w = paragraphs(&m.museum.welcome),
        first = m.tour.first().map_or("", String::as_str),
        a = esc(v.address.in_lang(EN)),
        o = esc(&v.opens),
        c = esc(&v.closes),
        tz = esc(&v.time_zone),
        adm = esc(v.admission.in_lang(EN)),
    );
    Page {
        route: "/".into(),
        title: format!("{name} · A virtual tour"),
        description: first_sentence(m.museum.welcome.in_lang(EN)),
        image: None,
        body: frame(&body),
    }
}

fn about(m: &MuseumFile) -> Page {
    let body = format!(
        "<article class=\"about prose\"><h1>About this tour</h1><h2>The museum</h2>{}\
         <h2>Privacy</h2><p>No accounts, no cookies, no trackers, no analytics.</p></article>",
        paragraphs(&m.museum.about)
    );
    Page {
        route: "/about".into(),
        title: "About this tour".into(),
        description: first_sentence(m.museum.about.in_lang(EN)),
        image: None,
        body: frame(&body),
    }
}

fn exhibit(m: &MuseumFile, s: &RoomSummary, r: &RoomFile, e: &catalog::Exhibit) -> Page {
    let img = &e.image;
    let record = match e.record {
        catalog::Record::Illustrative => "Illustrative record: it shows the kind of gift this room holds.",
        catalog::Record::Documented => "Documented gift.",
    };
    let body = format!(
        "<article class=\"exhibit\"><p class=\"breadcrumb\"><a href=\"/rooms/{room}\">← Back to the room: {rt}</a></p>\
         <div class=\"exhibit-body\"><figure class=\"exhibit-figure\"><img src=\"/{src}\" width=\"{w}\" height=\"{h}\" alt=\"{alt}\" fetchpriority=\"high\">\
         </figure><div class=\"exhibit-text\"><h1>{t}</h1><p class=\"record\">{record}</p><div class=\"description\">{d}</div></div></div></article>",
        room = r.id,
        rt = esc(s.title.in_lang(EN)),
        src = esc(&img.src),
        w = img.width,
        h = img.height,
        alt = esc(img.alt.in_lang(EN)),
        t = esc(e.title.in_lang(EN)),
        d = paragraphs(&e.description),
    );
    Page {
        route: format!("/rooms/{}/{}", r.id, e.id),
        title: format!(
            "{} · {} · {}",
            e.title.in_lang(EN),
            s.title.in_lang(EN),
            m.museum.name.in_lang(EN)
        ),
        description: first_sentence(e.description.in_lang(EN)),
        image: Some(img.src.clone()),
        body: frame(&body),
    }
}

fn plan(m: &MuseumFile) -> Page {
    let mut floors: Vec<u8> = m.rooms.iter().map(|r| r.plan.floor).collect();
    floors.sort_unstable();
    floors.dedup();
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
            format!("<h2>Floor {f}</h2><ul class=\"chips\">{rooms}</ul>")
        })
        .collect();
    Page {
        route: "/map".into(),
        title: "Floor plan".into(),
        description: "A schematic floor plan of the museum's 28 rooms on two floors.".into(),
        image: None,
        body: frame(&format!(
            "<section class=\"plan-page\"><h1>Floor plan</h1><p class=\"plan-note\">A schematic plan: the museum has \
             not published its real floor plan.</p>{lists}</section>"
        )),
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
            pages.extend(r.exhibits.iter().map(|e| exhibit(m, s, r, e)));
        }
    }
    pages
}
