//! `/rooms/{room}/quiz` and `/trails/{trail}/quiz`: a room's quiz (made from its facts) and a
//! trail's closing quiz (written by teachers in `trails.json`).

use catalog::{Lang, Question, Text};
use leptos::prelude::*;
use leptos_i18n::td_string;
use leptos_router::hooks::use_params_map;

use crate::app::use_museum;
use crate::components::error_view::ErrorView;
use crate::components::head::{kept_head, Head, PageHead};
use crate::components::loading::Loading;
use crate::components::quiz::Quiz;
use crate::components::text::T;
use crate::defer::FirstViewTask;
use crate::i18n::locale;
use crate::lang::{href, use_lang};
use crate::pages::not_found::NotFound;
use crate::trail_data::trail_page;

/// "Quiz · {title}", the document's title of a quiz page, and its description.
fn quiz_head(title: &Text, l: Lang) -> Head {
    let t = locale(l);
    Head {
        title: format!("{} · {}", td_string!(t, class.quiz), title.in_lang(l)),
        description: td_string!(t, class.quiz_description).replace("{title}", title.in_lang(l)),
    }
}

/// A quiz page: a way back to `back`, the heading "Quiz: {title}", an optional note, the quiz.
fn quiz_view(
    back: String,
    title: Text,
    note: Option<&'static str>,
    questions: Vec<Question>,
    id: String,
    l: Lang,
) -> AnyView {
    let t = locale(l);
    let back_title = title.clone();
    view! {
        <article class="quiz-page">
            <p class="eyebrow"><a href=href(&back, l)>"← " <T text=back_title /></a></p>
            <h1>{td_string!(t, class.quiz)} ": " <T text=title /></h1>
            {note.map(|n| view! { <p class="lead">{n}</p> })}
            // On the first view the questions are drawn in a task after the heading (behind the
            // pre-rendered copy): no long task on a slow machine.
            <FirstViewTask><Quiz questions=questions.clone() id=id.clone() /></FirstViewTask>
        </article>
    }
    .into_any()
}

/// A room's quiz.
#[component]
pub fn RoomQuizPage() -> impl IntoView {
    let params = use_params_map();
    let museum = use_museum();
    let lang = use_lang();
    Effect::new(move |_| {
        if museum.get().is_some() {
            crate::prerender::remove();
        }
    });
    let room_id = move || params.read().get("room").unwrap_or_default();
    let head = kept_head(move || {
        let m = museum.get()?.ok()?;
        m.room(&room_id()).map(|room| quiz_head(&room.title, lang.get()))
    });
    let page = move || {
        let l = lang.get();
        let id = room_id();
        match museum.get() {
            None => view! { <Loading /> }.into_any(),
            Some(Err(error)) => view! { <ErrorView error retry=move |_| museum.refetch() /> }.into_any(),
            Some(Ok(m)) => match m.room(&id) {
                None => view! { <NotFound /> }.into_any(),
                Some(room) => quiz_view(
                    format!("/rooms/{id}"),
                    room.title.clone(),
                    Some(td_string!(locale(l), class.quiz_note)),
                    catalog::room_quiz(&m, &id),
                    format!("room:{id}"),
                    l,
                ),
            },
        }
    };
    view! {
        <PageHead head />
        {page}
    }
}

/// A trail's closing quiz.
#[component]
pub fn TrailQuizPage() -> impl IntoView {
    trail_page(
        |_, trail, l| quiz_head(&trail.title, l),
        |_, trail, l| {
            quiz_view(
                format!("/trails/{}", trail.id),
                trail.title.clone(),
                None,
                trail.quiz.clone(),
                format!("trail:{}", trail.id),
                l,
            )
        },
    )
}
