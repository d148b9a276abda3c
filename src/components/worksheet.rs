//! The frame of a printable worksheet: title, name lines, the QR code back to the page, and the
//! quiz questions with boxes to tick. The print stylesheet makes it A4- and Letter-friendly.

use catalog::{Question, Text};
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::components::qr::{absolute, QrCode};
use crate::components::text::T;
use crate::defer::FirstViewTask;
use crate::i18n::locale;
use crate::lang::{href, use_lang};

/// A worksheet: `title`, a QR code to `path` captioned `scan`, then `children` and `quiz`.
#[component]
pub fn Worksheet(
    title: Text,
    #[prop(into)] path: String,
    scan: &'static str,
    quiz: Vec<Question>,
    children: Children,
) -> impl IntoView {
    let lang = use_lang();
    let l = lang.get_untracked();
    let t = locale(l);
    let url = absolute(&href(&path, l));
    let qr_url = url.clone();
    let print = |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <article class="worksheet">
            <p class="worksheet-actions no-print">
                <button type="button" class="button primary" on:click=print>{td_string!(t, class.print)}</button>
            </p>
            <header class="worksheet-head">
                <div>
                    <p class="eyebrow">{td_string!(locale(l), brand)} " · " {td_string!(t, class.worksheet)}</p>
                    <h1><T text=title /></h1>
                    <p class="worksheet-lines">
                        <span>{td_string!(t, class.name_line)} ":"</span>
                        <span>{td_string!(t, class.class_line)} ":"</span>
                        <span>{td_string!(locale(l), date)} ":"</span>
                    </p>
                </div>
                <figure class="worksheet-qr">
                    // On the first view the QR code and the quiz are drawn in tasks of their own
                    // (behind the pre-rendered copy): no long task on a slow machine.
                    <FirstViewTask><QrCode url=qr_url.clone() label=scan.to_string() size=112 /></FirstViewTask>
                    <figcaption>{scan} <br /> <span class="worksheet-url">{url}</span></figcaption>
                </figure>
            </header>
            {children()}
            <FirstViewTask>
            <section class="worksheet-quiz">
                <h2>{td_string!(t, class.quiz)}</h2>
                <ol>
                    {quiz.clone().into_iter().map(|q| view! {
                        <li>
                            <p><T text=q.question /></p>
                            <ul class="tick-list">
                                {q.choices.into_iter().map(|c| view! { <li><span class="tick" aria-hidden="true"></span><T text=c /></li> }).collect_view()}
                            </ul>
                        </li>
                    }).collect_view()}
                </ol>
            </section>
            </FirstViewTask>
        </article>
    }
}
