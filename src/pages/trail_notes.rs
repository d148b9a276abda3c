//! `/trails/{trail}/notes`: for the teacher: aims, ages, time, discussion questions, the stops and
//! the quiz's answer key, and "Forget this device's progress" for shared devices.

use catalog::{Lang, MuseumFile, Trail};
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::components::head::Head;
use crate::components::share::SharePanel;
use crate::components::text::T;
use crate::defer::FirstViewTask;
use crate::i18n::{fill, locale};
use crate::lang::href;
use crate::pages::trail::stop_room_title;
use crate::pages::trails::ForgetProgress;
use crate::trail_data::trail_page;
/// A trail's lesson notes and answer key.
#[component]
pub fn TrailNotesPage() -> impl IntoView {
    trail_page(notes_head, |m, trail, l| notes(m, trail, l).into_any())
}

/// "Lesson notes · {trail}", and the page's description.
fn notes_head(_: &MuseumFile, trail: &Trail, l: Lang) -> Head {
    let t = locale(l);
    let title = trail.title.in_lang(l);
    Head {
        title: format!("{} · {title}", td_string!(t, class.lesson_notes)),
        description: td_string!(t, class.notes_description).replace("{title}", title),
    }
}

fn notes(m: &MuseumFile, trail: &Trail, l: Lang) -> impl IntoView + use<> {
    let t = locale(l);
    let n = &trail.notes;
    let title = trail.title.clone();
    let back_title = trail.title.clone();
    let back = href(&format!("/trails/{}", trail.id), l);
    let share = format!("/trails/{}", trail.id);
    let ages = td_string!(t, class.ages_range)
        .replace("{a}", &n.age_min.to_string())
        .replace("{b}", &n.age_max.to_string());
    let list = |items: &[catalog::Text]| {
        items
            .iter()
            .map(|x| view! { <li><T text=x.clone() /></li> })
            .collect_view()
    };
    view! {
        <article class="trail-notes prose">
            <p class="eyebrow"><a href=back>"← " <T text=back_title /></a></p>
            <h1>{td_string!(t, class.lesson_notes)} ": " <T text=title /></h1>
            <dl class="notes-facts">
                <dt>{td_string!(t, class.ages)}</dt><dd>{ages}</dd>
                <dt>{td_string!(t, class.time_needed)}</dt><dd>{fill(td_string!(t, class.minutes), n.minutes as usize, 0)}</dd>
                <dt>{td_string!(t, class.stops)}</dt><dd>{trail.stops.len()}</dd>
            </dl>
            <h2>{td_string!(t, class.aims)}</h2>
            <ul>{list(&n.aims)}</ul>
            <h2>{td_string!(t, class.stops)}</h2>
            <ol>
                {trail.stops.iter().map(|s| view! {
                    <li><strong><T text=stop_room_title(m, &s.room) /></strong> ": " <T text=s.prompt.clone() /></li>
                }).collect_view()}
            </ol>
            <h2>{td_string!(t, class.discussion)}</h2>
            <ul>{list(&n.discussion)}</ul>
            <h2>{td_string!(t, class.answer_key)}</h2>
            <ol class="answer-key">
                {trail.quiz.iter().map(|q| view! {
                    <li>
                        <T text=q.question.clone() /> " "
                        <strong><T text=q.choices.get(q.answer).cloned().unwrap_or_default() /></strong>
                        ". " <T text=q.explanation.clone() />
                    </li>
                }).collect_view()}
            </ol>
            <p><a href=href(&format!("/trails/{}/worksheet", trail.id), l) class="go">{td_string!(t, class.worksheet).to_string() + " →"}</a></p>
            // On the first view the share panel (its QR code) is drawn in a task of its own, behind
            // the pre-rendered copy: no long task on a slow machine.
            <FirstViewTask>
                <SharePanel path=share.clone() />
                <ForgetProgress />
            </FirstViewTask>
        </article>
    }
}
