//! Pre-rendered text of the classroom pages: trails, their stops, notes, quizzes and worksheets,
//! and each room's quiz and worksheet, each laid out as the app draws it for a device with no
//! progress kept (quizzes and worksheets: `quiz.rs`).

use catalog::{Catalog, Image, Lang, MuseumFile, Trail, TrailStop};

use super::esc;
use super::pages::{frame, Page};
use super::quiz::{quiz_page, room_sheet, trail_sheet, worksheet};
use super::strings::{en, en_fill};

const EN: Lang = Lang::En;

/// A page's description from the app's string `key` ("A short quiz about {title}."), as the
/// app's head gives it once it takes over.
fn described(key: &str, title: &str) -> String {
    en(key).replace("{title}", title)
}

fn page(route: String, title: String, description: String, main: String) -> Page {
    Page {
        route,
        title,
        description,
        image: None,
        body: frame(&main),
    }
}

/// A stop's name (its exhibit's title, or its room's), its room's title when it shows an exhibit,
/// and its picture (the exhibit's, or the room's first exhibit's), as the app draws them
/// (`src/pages/trail_stop.rs`).
fn stop_parts<'a>(
    m: &'a MuseumFile,
    catalog: &'a Catalog,
    stop: &TrailStop,
) -> (String, Option<String>, Option<&'a Image>) {
    let room = catalog.room(&stop.room);
    let exhibit = stop
        .exhibit
        .as_ref()
        .and_then(|e| room?.exhibits.iter().find(|x| x.id == *e));
    let room_title = m.room(&stop.room).map(|r| r.title.in_lang(EN).to_string());
    let picture = exhibit
        .or(room.and_then(|r| r.exhibits.first()))
        .map(|e| &e.image);
    match exhibit {
        Some(e) => (e.title.in_lang(EN).to_string(), room_title, picture),
        None => (room_title.unwrap_or_default(), None, picture),
    }
}

/// A trail's lesson notes, laid out as the app's (`src/pages/trail_notes.rs`) down to the worksheet
/// link; the share panel and "forget progress" under it need the app.
fn notes(m: &MuseumFile, trail: &Trail) -> String {
    let n = &trail.notes;
    let title = esc(trail.title.in_lang(EN));
    let list = |items: &[catalog::Text]| -> String {
        items
            .iter()
            .map(|x| format!("<li>{}</li>", esc(x.in_lang(EN))))
            .collect()
    };
    let stops: String = trail
        .stops
        .iter()
        .map(|s| {
            let room = m.room(&s.room).map(|r| r.title.in_lang(EN)).unwrap_or_default();
            format!(
                "<li><strong>{}</strong>: {}</li>",
                esc(room),
                esc(s.prompt.in_lang(EN))
            )
        })
        .collect();
    let answers: String = trail
        .quiz
        .iter()
        .map(|q| {
            let right = q.choices.get(q.answer).map(|c| c.in_lang(EN)).unwrap_or_default();
            format!(
                "<li>{} <strong>{}</strong>. {}</li>",
                esc(q.question.in_lang(EN)),
                esc(right),
                esc(q.explanation.in_lang(EN))
            )
        })
        .collect();
    format!(
        "<article class=\"trail-notes prose\"><p class=\"eyebrow\"><a href=\"/trails/{id}\">← {title}</a></p>\
         <h1>{notes}: {title}</h1><dl class=\"notes-facts\"><dt>{ages}</dt><dd>{range}</dd><dt>{time}</dt><dd>{minutes}</dd>\
         <dt>{stops_label}</dt><dd>{count}</dd></dl><h2>{aims}</h2><ul>{aim_list}</ul><h2>{stops_label}</h2><ol>{stops}</ol>\
         <h2>{discussion}</h2><ul>{discussion_list}</ul><h2>{key}</h2><ol class=\"answer-key\">{answers}</ol>\
         <p><a href=\"/trails/{id}/worksheet\" class=\"go\">{worksheet} →</a></p></article>",
        id = trail.id,
        notes = en("class.lesson_notes"),
        ages = en("class.ages"),
        range = en("class.ages_range")
            .replace("{a}", &n.age_min.to_string())
            .replace("{b}", &n.age_max.to_string()),
        time = en("class.time_needed"),
        minutes = en_fill("class.minutes", n.minutes as usize, 0),
        stops_label = en("class.stops"),
        count = trail.stops.len(),
        aims = en("class.aims"),
        aim_list = list(&n.aims),
        discussion = en("class.discussion"),
        discussion_list = list(&n.discussion),
        key = en("class.answer_key"),
        worksheet = en("class.worksheet"),
    )
}

/// A stop's name on a trail's overview and worksheet: its room's title, as the app names it from
/// `museum.json` alone (`stop_room_title` in `src/pages/trail.rs`).
fn room_title<'a>(m: &'a MuseumFile, room: &str) -> &'a str {
    m.room(room).map_or("", |r| r.title.in_lang(EN))
}

/// A trail's overview, laid out as the app's (`src/pages/trail.rs`) for a device with no progress
/// kept; `stops` are the stops' names and prompts.
fn overview(trail: &Trail, stops: &[(&str, &str)]) -> String {
    let id = &trail.id;
    let stops: String = stops
        .iter()
        .enumerate()
        .map(|(i, (name, prompt))| {
            format!(
                "<li><a href=\"/trails/{id}/{}\">{}</a>: {}</li>",
                i + 1,
                esc(name),
                esc(prompt)
            )
        })
        .collect();
    let links: String = [
        ("notes", "class.lesson_notes"),
        ("worksheet", "class.worksheet"),
        ("quiz", "class.quiz"),
    ]
    .iter()
    .map(|(path, key)| format!("<li><a href=\"/trails/{id}/{path}\">{}</a></li>", en(key)))
    .collect();
    format!(
        "<article class=\"trail-overview\"><p class=\"eyebrow\"><a href=\"/trails\">{trails}</a></p>\
         <h1>{title}</h1><p class=\"lead\">{summary}</p>\
         <p><a href=\"/trails/{id}/1\" class=\"button primary\">{start}</a></p>\
         <h2>{heading}</h2><ol class=\"trail-stops\">{stops}</ol><ul class=\"trail-links\">{links}</ul></article>",
        trails = en("class.trails"),
        title = esc(trail.title.in_lang(EN)),
        summary = esc(trail.summary.in_lang(EN)),
        start = en("class.start_trail"),
        heading = en("class.stops"),
    )
}

fn trail_pages(m: &MuseumFile, catalog: &Catalog, trail: &Trail) -> Vec<Page> {
    let id = &trail.id;
    let title = trail.title.in_lang(EN);
    let summary = trail.summary.in_lang(EN).to_string();
    let total = trail.stops.len();
    let stops: Vec<(&str, &str)> = trail
        .stops
        .iter()
        .map(|s| (room_title(m, &s.room), s.prompt.in_lang(EN)))
        .collect();
    let mut pages = vec![
        page(
            format!("/trails/{id}"),
            format!("{title} · {}", en("class.trails")),
            summary.clone(),
            overview(trail, &stops),
        ),
        page(
            format!("/trails/{id}/notes"),
            format!("Lesson notes · {title}"),
            described("class.notes_description", title),
            notes(m, trail),
        ),
        page(
            format!("/trails/{id}/quiz"),
            format!("Quiz · {title}"),
            described("class.quiz_description", title),
            quiz_page(
                &format!("/trails/{id}"),
                title,
                None,
                &trail.quiz,
                &format!("trail:{id}"),
            ),
        ),
        page(
            format!("/trails/{id}/worksheet"),
            format!("Worksheet · {title}"),
            described("class.worksheet_description", title),
            worksheet(
                title,
                &format!("/trails/{id}"),
                en("class.scan_trail"),
                &trail_sheet(&stops),
                &trail.quiz,
            ),
        ),
    ];
    for (i, s) in trail.stops.iter().enumerate() {
        let (name, room, picture) = stop_parts(m, catalog, s);
        // The picture is in the pre-rendered page, at the size the app draws it: it is the page's
        // largest content, and loads from the start instead of after the app has drawn it.
        let figure = picture.map_or(String::new(), |img| {
            format!(
                "<figure class=\"trail-figure\"><img fetchpriority=\"high\" decoding=\"async\" width=\"{}\" height=\"{}\" alt=\"{}\" src=\"/{}\"></figure>",
                img.width,
                img.height,
                esc(img.alt.in_lang(EN)),
                esc(&img.src)
            )
        });
        let room = room.map_or(String::new(), |r| {
            format!("<p class=\"trail-room\">{}</p>", esc(&r))
        });
        let mut stop = page(
            format!("/trails/{id}/{}", i + 1),
            format!("{name} · Stop {} of {total} · {title}", i + 1),
            s.prompt.in_lang(EN).to_string(),
            format!(
                "<article class=\"trail-stop\"><header class=\"trail-stop-head\"><p class=\"eyebrow\"><a href=\"/trails/{id}\">{}</a>\
                 <span aria-hidden=\"true\">·</span>Stop {n} of {total}</p>\
                 <progress max=\"{total}\" value=\"{n}\" aria-label=\"Stop {n} of {total}\"></progress></header><div class=\"trail-stop-body\">{figure}\
                 <div class=\"trail-text\"><h1>{}</h1>{room}<div class=\"prompt\"><p>{}</p></div></div></div></article>",
                esc(title),
                esc(&name),
                esc(s.prompt.in_lang(EN)),
                n = i + 1,
            ),
        );
        stop.image = picture.map(|img| img.src.clone());
        pages.push(stop);
    }
    pages
}

/// `/trails`, laid out as the app's list (`src/pages/trails.rs`) for a device with no progress kept.
fn trail_list(trails: &catalog::TrailsFile) -> Page {
    let cards: String = trails
        .trails
        .iter()
        .map(|t| {
            let n = &t.notes;
            format!(
                "<li class=\"trail-card\"><h2><a href=\"/trails/{id}\">{title}</a></h2><p>{summary}</p>\
                 <p class=\"trail-meta\">{minutes} · {ages} {range} · {stops}: {count}</p>\
                 <p class=\"trail-status\">{status}</p><p class=\"trail-links\"><a href=\"/trails/{id}/notes\">{notes}</a></p></li>",
                id = t.id,
                title = esc(t.title.in_lang(EN)),
                summary = esc(t.summary.in_lang(EN)),
                minutes = en_fill("class.minutes", n.minutes as usize, 0),
                ages = en("class.ages"),
                range = en("class.ages_range")
                    .replace("{a}", &n.age_min.to_string())
                    .replace("{b}", &n.age_max.to_string()),
                stops = en("class.stops"),
                count = t.stops.len(),
                status = en("class.not_started"),
                notes = en("class.lesson_notes"),
            )
        })
        .collect();
    let forget = format!(
        "<section class=\"forget js-only\" aria-labelledby=\"forget-title\" inert><h2 id=\"forget-title\">{f}</h2>\
         <p>{}</p><button type=\"button\" class=\"button\">{f}</button><p role=\"status\"></p></section>",
        en("class.forget_note"),
        f = esc(en("class.forget_progress")),
    );
    page(
        "/trails".into(),
        en("class.trails_title").into(),
        en("class.trails_intro").into(),
        format!(
            "<section class=\"trails-page\"><h1>{}</h1><p class=\"lead\">{}</p><ul class=\"trail-list\">{cards}</ul>{forget}</section>",
            en("class.trails_title"),
            en("class.trails_intro")
        ),
    )
}

/// Every classroom route's page.
pub fn all(m: &MuseumFile, catalog: &Catalog) -> Vec<Page> {
    let mut pages = Vec::new();
    if let Some(trails) = &catalog.trails {
        pages.push(trail_list(trails));
        for t in &trails.trails {
            pages.extend(trail_pages(m, catalog, t));
        }
    }
    for r in m.rooms_in_tour_order() {
        let title = r.title.in_lang(EN);
        let quiz = catalog::room_quiz(m, &r.id);
        pages.push(page(
            format!("/rooms/{}/quiz", r.id),
            format!("Quiz · {title}"),
            described("class.quiz_description", title),
            quiz_page(
                &format!("/rooms/{}", r.id),
                title,
                Some(en("class.quiz_note")),
                &quiz,
                &format!("room:{}", r.id),
            ),
        ));
        let exhibits: Vec<_> = catalog
            .room(&r.id)
            .map(|room| room.exhibits.iter().map(|e| (&e.image, &e.title)).collect())
            .unwrap_or_default();
        pages.push(page(
            format!("/rooms/{}/worksheet", r.id),
            format!("Worksheet · {title}"),
            described("class.worksheet_description", title),
            worksheet(
                title,
                &format!("/rooms/{}", r.id),
                en("class.scan_room"),
                &room_sheet(&exhibits),
                &quiz,
            ),
        ));
    }
    pages
}
