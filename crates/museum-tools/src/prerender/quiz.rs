//! Pre-rendered quizzes and worksheets, laid out as the app draws them (`src/pages/quiz.rs`,
//! `src/components/quiz.rs`, `src/components/worksheet.rs`), so the app takes them over without
//! moving them. Answering a quiz needs the app: its choices are marked unavailable until then. A
//! worksheet prints as it is, but its QR code (which points at the page's own host) is the app's.

use catalog::{Image, Lang, Question, Text};

use super::esc;
use super::strings::en;

const EN: Lang = Lang::En;

/// A quiz page: a way back to `back` (titled `title`), "Quiz: {title}", an optional `note`, and
/// the questions with their choices.
pub fn quiz_page(back: &str, title: &str, note: Option<&str>, questions: &[Question], id: &str) -> String {
    let qid = id.replace(':', "-");
    let items: String = questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let choices: String = q
                .choices
                .iter()
                .map(|c| {
                    format!(
                        "<button type=\"button\" class=\"quiz-choice\" aria-pressed=\"false\" aria-disabled=\"true\">{}</button>",
                        esc(c.in_lang(EN))
                    )
                })
                .collect();
            format!(
                "<li><div class=\"quiz-question\" role=\"group\" aria-labelledby=\"{qid}-q{i}\">\
                 <p class=\"quiz-ask\" id=\"{qid}-q{i}\">{}</p><div class=\"quiz-choices\">{choices}</div></div>\
                 <div aria-live=\"polite\"></div></li>",
                esc(q.question.in_lang(EN))
            )
        })
        .collect();
    let title = esc(title);
    let note = note.map_or(String::new(), |n| format!("<p class=\"lead\">{}</p>", esc(n)));
    format!(
        "<article class=\"quiz-page\"><p class=\"eyebrow\"><a href=\"{back}\">← {title}</a></p>\
         <h1>{quiz}: {title}</h1>{note}<div class=\"quiz\"><ol class=\"quiz-list\">{items}</ol>\
         <div class=\"quiz-score\" role=\"status\"></div></div></article>",
        quiz = en("class.quiz"),
    )
}

/// A worksheet: `title`, the name lines, room for the QR code to `path` captioned `scan`, then
/// `body` and the quiz with boxes to tick.
pub fn worksheet(title: &str, path: &str, scan: &str, body: &str, quiz: &[Question]) -> String {
    let questions: String = quiz
        .iter()
        .map(|q| {
            let choices: String = q
                .choices
                .iter()
                .map(|c| {
                    format!(
                        "<li><span class=\"tick\" aria-hidden=\"true\"></span>{}</li>",
                        esc(c.in_lang(EN))
                    )
                })
                .collect();
            format!(
                "<li><p>{}</p><ul class=\"tick-list\">{choices}</ul></li>",
                esc(q.question.in_lang(EN))
            )
        })
        .collect();
    // The QR code's square is kept free: the app draws the code for the address it is served from
    // (the caption shows the page's path until then); without the app there is no code to scan.
    format!(
        "<article class=\"worksheet\"><p class=\"worksheet-actions no-print js-only\" inert>\
         <button type=\"button\" class=\"button primary\">{print}</button></p>\
         <header class=\"worksheet-head\"><div><p class=\"eyebrow\">{brand} · {sheet}</p><h1>{title}</h1>\
         <p class=\"worksheet-lines\"><span>{name}:</span><span>{class}:</span><span>{date}:</span></p></div>\
         <figure class=\"worksheet-qr js-only\"><svg class=\"qr\" width=\"112\" height=\"112\" aria-hidden=\"true\"></svg>\
         <figcaption>{scan} <br> <span class=\"worksheet-url\">{path}</span></figcaption></figure></header>\
         {body}<section class=\"worksheet-quiz\"><h2>{quiz}</h2><ol>{questions}</ol></section></article>",
        print = en("class.print"),
        brand = en("brand"),
        sheet = en("class.worksheet"),
        title = esc(title),
        name = en("class.name_line"),
        class = en("class.class_line"),
        date = en("date"),
        scan = esc(scan),
        path = esc(path),
        quiz = en("class.quiz"),
    )
}

/// A room worksheet's body: its exhibits' pictures and titles, and lines to write what pupils notice.
pub fn room_sheet(exhibits: &[(&Image, &Text)]) -> String {
    let items: String = exhibits
        .iter()
        .map(|(img, title)| {
            format!(
                "<li><img loading=\"lazy\" decoding=\"async\" width=\"{}\" height=\"{}\" alt=\"\" src=\"/{}\">\
                 <span class=\"ws-title\">{}</span></li>",
                img.width,
                img.height,
                esc(&img.src),
                esc(title.in_lang(EN))
            )
        })
        .collect();
    format!(
        "<section><h2>{}</h2><ul class=\"worksheet-exhibits\">{items}</ul><p class=\"ws-write\">{}</p>\
         <div class=\"ws-lines\" aria-hidden=\"true\"></div></section>",
        en("exhibits"),
        en("class.notice")
    )
}

/// A trail worksheet's body: each stop's name and prompt, with lines for an answer.
pub fn trail_sheet(stops: &[(&str, &str)]) -> String {
    let items: String = stops
        .iter()
        .map(|(name, prompt)| {
            format!(
                "<li><p><strong>{}</strong> · {}</p><div class=\"ws-lines short\" aria-hidden=\"true\"></div></li>",
                esc(name),
                esc(prompt)
            )
        })
        .collect();
    format!(
        "<section><h2>{}</h2><ol class=\"worksheet-stops\">{items}</ol></section>",
        en("class.stops")
    )
}
