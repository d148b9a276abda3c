//! Pre-rendered text of the classroom pages: trails, their stops, notes, quizzes and worksheets,
//! and each room's quiz and worksheet. Quizzes and worksheets need the app to be answered or
//! printed with their QR codes; their questions are here so the page reads without it.

use catalog::{Catalog, Lang, MuseumFile, Question, Trail, TrailStop};

use super::esc;
use super::pages::{frame, Page};
use super::strings::{en, en_fill};

const EN: Lang = Lang::En;

fn page(route: String, title: String, description: String, main: String) -> Page {
    Page {
        route,
        title,
        description,
        image: None,
        body: frame(&main),
    }
}

fn questions(quiz: &[Question]) -> String {
    let items: String = quiz
        .iter()
        .map(|q| {
            let choices: String = q
                .choices
                .iter()
                .map(|c| format!("<li>{}</li>", esc(c.in_lang(EN))))
                .collect();
            format!(
                "<li><p>{}</p><ul>{choices}</ul></li>",
                esc(q.question.in_lang(EN))
            )
        })
        .collect();
    format!("<ol class=\"quiz-list\">{items}</ol>")
}

fn stop_name(m: &MuseumFile, catalog: &Catalog, stop: &TrailStop) -> String {
    let exhibit = stop
        .exhibit
        .as_ref()
        .and_then(|e| catalog.room(&stop.room)?.exhibits.iter().find(|x| x.id == *e));
    match exhibit {
        Some(e) => e.title.in_lang(EN).to_string(),
        None => m
            .room(&stop.room)
            .map(|r| r.title.in_lang(EN).to_string())
            .unwrap_or_default(),
    }
}

fn trail_pages(m: &MuseumFile, catalog: &Catalog, trail: &Trail) -> Vec<Page> {
    let id = &trail.id;
    let title = trail.title.in_lang(EN);
    let summary = trail.summary.in_lang(EN).to_string();
    let total = trail.stops.len();
    let stops: String = trail
        .stops
        .iter()
        .enumerate()
        .map(|(i, s)| {
            format!(
                "<li><a href=\"/trails/{id}/{}\">{}</a>: {}</li>",
                i + 1,
                esc(&stop_name(m, catalog, s)),
                esc(s.prompt.in_lang(EN))
            )
        })
        .collect();
    let mut pages = vec![
        page(
            format!("/trails/{id}"),
            format!("{title} · Trails"),
            summary.clone(),
            format!(
                "<article class=\"trail-overview\"><h1>{}</h1><p class=\"lead\">{}</p><ol class=\"trail-stops\">{stops}</ol>\
                 <p><a href=\"/trails/{id}/notes\">Lesson notes</a> · <a href=\"/trails/{id}/worksheet\">Worksheet</a> · \
                 <a href=\"/trails/{id}/quiz\">Quiz</a></p></article>",
                esc(title),
                esc(&summary)
            ),
        ),
        page(
            format!("/trails/{id}/notes"),
            format!("Lesson notes · {title}"),
            format!("Lesson notes and answer key for the trail {title}."),
            format!("<article class=\"trail-notes\"><h1>Lesson notes: {}</h1><ol>{stops}</ol></article>", esc(title)),
        ),
        page(
            format!("/trails/{id}/quiz"),
            format!("Quiz · {title}"),
            format!("The quiz at the end of the trail {title}."),
            format!("<article class=\"quiz-page\"><h1>Quiz: {}</h1>{}</article>", esc(title), questions(&trail.quiz)),
        ),
        page(
            format!("/trails/{id}/worksheet"),
            format!("Worksheet · {title}"),
            format!("A printable worksheet for the trail {title}."),
            format!(
                "<article class=\"worksheet\"><h1>Worksheet: {}</h1><ol>{stops}</ol>{}</article>",
                esc(title),
                questions(&trail.quiz)
            ),
        ),
    ];
    for (i, s) in trail.stops.iter().enumerate() {
        let name = stop_name(m, catalog, s);
        pages.push(page(
            format!("/trails/{id}/{}", i + 1),
            format!("{name} · Stop {} of {total} · {title}", i + 1),
            s.prompt.in_lang(EN).to_string(),
            format!(
                "<article class=\"trail-stop\"><p class=\"eyebrow\"><a href=\"/trails/{id}\">{}</a><span aria-hidden=\"true\">·</span>Stop {} of {total}</p>\
                 <h1>{}</h1><div class=\"prompt\"><p>{}</p></div></article>",
                esc(title),
                i + 1,
                esc(&name),
                esc(s.prompt.in_lang(EN))
            ),
        ));
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
        let quiz = questions(&catalog::room_quiz(m, &r.id));
        pages.push(page(
            format!("/rooms/{}/quiz", r.id),
            format!("Quiz · {title}"),
            format!("A short quiz about the {title} room."),
            format!(
                "<article class=\"quiz-page\"><h1>Quiz: {}</h1>{quiz}</article>",
                esc(title)
            ),
        ));
        pages.push(page(
            format!("/rooms/{}/worksheet", r.id),
            format!("Worksheet · {title}"),
            format!("A printable worksheet for the {title} room."),
            format!(
                "<article class=\"worksheet\"><h1>Worksheet: {}</h1>{quiz}</article>",
                esc(title)
            ),
        ));
    }
    pages
}
