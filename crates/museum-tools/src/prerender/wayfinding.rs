//! Pre-rendered text of the world map and search pages.

use catalog::{Continent, Lang, MuseumFile, RoomKind};

use super::esc;
use super::pages::{frame, Page};

const EN: Lang = Lang::En;

/// `/world`: the sister cities as a table (the map itself needs the app).
pub fn world(m: &MuseumFile) -> Page {
    let rows: String = m
        .rooms_in_tour_order()
        .filter(|r| r.kind == RoomKind::SisterCity)
        .map(|r| {
            format!(
                "<tr><th scope=\"row\"><a href=\"/rooms/{id}\">{name}</a></th><td>{country}</td><td>{date}</td><td>{continent}</td></tr>",
                id = r.id,
                name = esc(r.title.in_lang(EN)),
                country = esc(r.city.country.in_lang(EN)),
                date = esc(&r.city.signed.as_ref().map(|d| d.display(EN)).unwrap_or_default()),
                continent = Continent::of(&r.city).map_or("", |c| c.name(EN)),
            )
        })
        .collect();
    Page {
        route: "/world".into(),
        title: "World map".into(),
        description: "Harbin's 27 sister cities in 23 countries on a world map, with the year each tie was signed.".into(),
        image: None,
        body: frame(&format!(
            "<section class=\"world-page\"><h1>Harbin&#39;s sister cities around the world</h1>\
             <table class=\"world-table\"><thead><tr><th scope=\"col\">City</th><th scope=\"col\">Country</th>\
             <th scope=\"col\">Ties signed</th><th scope=\"col\">Continent</th></tr></thead><tbody>{rows}</tbody></table></section>"
        )),
    }
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
