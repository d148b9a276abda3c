//! A multiple-choice quiz with immediate, kind feedback and a score kept on this device.

use catalog::Question;
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::components::text::T;
use crate::i18n::{fill, locale};
use crate::lang::use_lang;
use crate::progress;

/// The quiz `questions`; `id` (`room:{id}` or `trail:{id}`) names its stored score.
#[component]
pub fn Quiz(questions: Vec<Question>, #[prop(into)] id: String) -> impl IntoView {
    let questions_langs: Vec<catalog::Text> = questions.iter().map(|q| q.question.clone()).collect();
    let lang = use_lang();
    let t = move || locale(lang.get());
    let total = questions.len();
    // Questions are written in English and Chinese; other languages see English, and are told so.
    let in_english = move || {
        let l = lang.get();
        questions_fallback(&questions_langs, l)
            .then(|| view! { <p class="fallback-note">"(" {td_string!(locale(l), in_english)} ")"</p> })
    };
    let chosen = RwSignal::new(vec![None::<usize>; total]);
    let last = RwSignal::new(progress::quiz_score(&id));
    let right = Memo::new({
        let questions = questions.clone();
        move |_| {
            chosen.with(|c| {
                c.iter()
                    .zip(&questions)
                    .filter(|(c, q)| **c == Some(q.answer))
                    .count()
            })
        }
    });
    let done = Memo::new(move |_| chosen.with(|c| c.iter().all(Option::is_some)));
    let key = id.clone();
    Effect::new(move |_| {
        if done.get() && total > 0 {
            progress::set_quiz_score(&key, right.get(), total);
        }
    });
    let items = questions
        .into_iter()
        .enumerate()
        .map(|(i, q)| {
            let answer = q.answer;
            let right_choice = q.choices.get(answer).cloned().unwrap_or_default();
            let picked = move || chosen.with(|c| c[i]);
            let feedback = move || {
                picked().map(|p| {
                    let ok = p == answer;
                    view! {
                        <p class="quiz-feedback" class:ok=ok>
                            {if ok { td_string!(t(), class.correct) } else { td_string!(t(), class.not_quite) }}
                            {(!ok).then(|| view! { " " <strong><T text=right_choice.clone() /></strong> })}
                            " " <span class="quiz-why"><T text=q.explanation.clone() /></span>
                        </p>
                    }
                })
            };
            let qid = format!("{}-q{i}", id.replace(':', "-"));
            view! {
                <li>
                    <div class="quiz-question" role="group" aria-labelledby=qid.clone()>
                        <p class="quiz-ask" id=qid.clone()><T text=q.question.clone() /></p>
                        <div class="quiz-choices">
                            {q.choices.into_iter().enumerate().map(|(j, choice)| view! {
                                <button
                                    type="button"
                                    class="quiz-choice"
                                    class:right=move || picked().is_some() && j == answer
                                    class:wrong=move || picked() == Some(j) && j != answer
                                    aria-pressed=move || (picked() == Some(j)).to_string()
                                    aria-disabled=move || picked().is_some().to_string()
                                    on:click=move |_| chosen.update(|c| { c[i].get_or_insert(j); })
                                >
                                    <T text=choice />
                                </button>
                            }).collect_view()}
                        </div>
                    </div>
                    <div aria-live="polite">{feedback}</div>
                </li>
            }
        })
        .collect_view();
    let again = move |_| {
        last.set(Some((right.get_untracked(), total)));
        chosen.set(vec![None; total]);
    };
    view! {
        <div class="quiz">
            {move || last.get().map(|(n, m)| view! { <p class="quiz-last">{fill(td_string!(t(), class.last_score), n, m)}</p> })}
            {in_english}
            <ol class="quiz-list">{items}</ol>
            <div class="quiz-score" role="status">
                {move || done.get().then(|| view! {
                    <p><strong>{fill(td_string!(t(), class.score), right.get(), total)}</strong></p>
                    <button type="button" on:click=again>{td_string!(t(), class.try_again)}</button>
                })}
            </div>
        </div>
    }
}

/// Whether any question shows in English because `lang` is missing.
fn questions_fallback(questions: &[catalog::Text], lang: catalog::Lang) -> bool {
    questions.iter().any(|q| q.get(lang).fallback)
}
