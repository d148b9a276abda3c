//! An exhibit's pre-rendered page, laid out as the app's exhibit page (`src/pages/exhibit.rs`), so
//! the app takes its place without moving what the visitor reads.

use catalog::{Exhibit, Lang, MuseumFile, Record, RoomFile, RoomSummary};

use super::pages::{first_sentence, frame, paragraphs, Page};
use super::room::{read_aloud, walk_nav};
use super::strings::{category, en};
use super::{esc, srcset};

const EN: Lang = Lang::En;

/// `/rooms/{room}/{exhibit}`.
pub fn exhibit(m: &MuseumFile, s: &RoomSummary, r: &RoomFile, e: &Exhibit) -> Page {
    let img = &e.image;
    let srcset = srcset(img, "(min-width: 960px) 60vw, 100vw");
    let record = match e.record {
        Record::Illustrative => format!(
            "<p class=\"record illustrative\"><strong>{}</strong>. {}</p>",
            en("illustrative"),
            esc(en("illustrative_note"))
        ),
        Record::Documented => format!(
            "<p class=\"record documented\"><strong>{}</strong></p>",
            en("documented")
        ),
    };
    let donor = e.donor.as_ref().map_or(String::new(), |d| {
        format!("<dt>{}</dt><dd>{}</dd>", en("donor"), esc(d.in_lang(EN)))
    });
    let i = r.exhibits.iter().position(|x| x.id == e.id).unwrap_or(0);
    let stop = |x: &Exhibit| {
        (
            format!("/rooms/{}/{}", r.id, x.id),
            x.title.in_lang(EN).to_string(),
        )
    };
    let prev = i.checked_sub(1).and_then(|j| r.exhibits.get(j)).map(stop);
    let next = r.exhibits.get(i + 1).map(stop);
    let body = format!(
        "<article class=\"exhibit\"><p class=\"breadcrumb\"><a href=\"/rooms/{room}\">← {back}:\u{a0}{rt}</a></p>\
         <div class=\"exhibit-body\"><figure class=\"exhibit-figure\"><div class=\"zoom\"><div class=\"zoom-inner\">\
         <img src=\"/{src}\"{srcset} width=\"{w}\" height=\"{h}\" alt=\"{alt}\" fetchpriority=\"high\" decoding=\"async\" draggable=\"false\">\
         </div></div>{zoom}<figcaption>{credit}: {cr}</figcaption></figure><div class=\"exhibit-text\"><p class=\"eyebrow\">{kind}</p>\
         <h1>{t}</h1>{record}<div class=\"description\">{d}</div>{read}<dl class=\"meta\"><dt>{cat}</dt><dd>{kind}</dd>\
         <dt>{origin}</dt><dd>{o}</dd>{donor}<dt>{date}</dt><dd>{dt}</dd></dl></div></div>{walk}</article>",
        room = r.id,
        back = en("back_to_room"),
        rt = esc(s.title.in_lang(EN)),
        src = esc(&img.src),
        w = img.width,
        h = img.height,
        alt = esc(img.alt.in_lang(EN)),
        zoom = zoom_controls(),
        credit = en("credit"),
        cr = esc(img.credit.in_lang(EN)),
        kind = category(e.category),
        t = esc(e.title.in_lang(EN)),
        d = paragraphs(&e.description),
        read = read_aloud(),
        cat = en("category"),
        origin = en("origin"),
        o = esc(e.origin.in_lang(EN)),
        date = en("date"),
        dt = esc(&e.date.display(EN)),
        walk = walk_nav(en("exhibits"), ("previous_exhibit", prev), ("next_exhibit", next)),
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

/// Inert stand-ins for the app's zoom buttons (hidden without scripts, where they could not work).
fn zoom_controls() -> String {
    format!(
        "<div class=\"zoom-controls js-only\" inert><button class=\"button\">+</button><button class=\"button\">−</button>\
         <button class=\"button\" disabled>{}</button><span class=\"zoom-level\">100%</span></div>",
        en("zoom_reset")
    )
}
