//! `/trails`: the trails for classes, each with its progress on this device.

use catalog::Trail;
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::components::error_view::ErrorView;
use crate::components::head::{use_head, Head};
use crate::components::loading::Loading;
use crate::components::text::T;
use crate::i18n::{fill, locale};
use crate::lang::{href, use_lang, Drawn};
use crate::progress;
use crate::trail_data::{use_trails, TrailData};

/// The list of trails.
#[component]
pub fn TrailsPage() -> impl IntoView {
    let lang = use_lang();
    let t = move || locale(lang.get());
    let (state, retry) = use_trails();
    // Bumped by "Forget", so the progress shown is read again.
    let forgot = RwSignal::new(0_u32);
    let page = move || {
        // Drawn again when the language changes: the cards need not watch it.
        provide_context(Drawn(lang.get()));
        match state.get() {
            TrailData::Loading => view! { <Loading /> }.into_any(),
            TrailData::Failed(error) => view! { <ErrorView error retry /> }.into_any(),
            TrailData::Ready(_, trails) => {
                let cards = trails.trails.clone();
                view! {
                    <ul class="trail-list">
                        {move || { forgot.track(); cards.iter().map(trail_card).collect_view() }}
                    </ul>
                }
                .into_any()
            }
        }
    };
    use_head(move || {
        Some(Head {
            title: td_string!(t(), class.trails_title).to_string(),
            description: td_string!(t(), class.trails_intro).to_string(),
        })
    });
    view! {
        <section class="trails-page">
            <h1>{move || td_string!(t(), class.trails_title)}</h1>
            <p class="lead">{move || td_string!(t(), class.trails_intro)}</p>
            {page}
            <ForgetProgress on_forget=Callback::new(move |_| forgot.update(|n| *n += 1)) />
        </section>
    }
}

fn trail_card(trail: &Trail) -> impl IntoView + use<> {
    let lang = use_lang();
    let t = move || locale(lang.get());
    let id = trail.id.clone();
    let total = trail.stops.len();
    let step = progress::trail_step(&id);
    let score = progress::quiz_score(&format!("trail:{id}"));
    let status = move || match (step, score) {
        (_, Some((n, m))) => format!(
            "{} · {}",
            td_string!(t(), class.finished),
            fill(td_string!(t(), class.last_score), n, m)
        ),
        (Some(s), None) => fill(td_string!(t(), class.stop_of), s, total),
        (None, None) => td_string!(t(), class.not_started).to_string(),
    };
    let path = format!("/trails/{id}");
    let notes = format!("/trails/{id}/notes");
    let minutes = trail.notes.minutes;
    let ages = (trail.notes.age_min, trail.notes.age_max);
    let title = trail.title.clone();
    view! {
        <li class="trail-card">
            <h2><a href=move || href(&path, lang.get())><T text=title /></a></h2>
            <p><T text=trail.summary.clone() /></p>
            <p class="trail-meta">
                {move || fill(td_string!(t(), class.minutes), minutes as usize, 0)} " · "
                {move || td_string!(t(), class.ages)} " " {move || td_string!(t(), class.ages_range).replace("{a}", &ages.0.to_string()).replace("{b}", &ages.1.to_string())} " · "
                {move || format!("{}: {total}", td_string!(t(), class.stops))}
            </p>
            <p class="trail-status">{status}</p>
            <p class="trail-links">
                <a href=move || href(&notes, lang.get())>{move || td_string!(t(), class.lesson_notes)}</a>
            </p>
        </li>
    }
}

/// "Forget this device's progress", for shared classroom devices.
#[component]
pub fn ForgetProgress(#[prop(optional)] on_forget: Option<Callback<()>>) -> impl IntoView {
    let lang = use_lang();
    let t = move || locale(lang.get());
    let done = RwSignal::new(false);
    view! {
        <section class="forget" aria-labelledby="forget-title">
            <h2 id="forget-title">{move || td_string!(t(), class.forget_progress)}</h2>
            <p>{move || td_string!(t(), class.forget_note)}</p>
            <button type="button" class="button" on:click=move |_| {
                progress::forget_all();
                done.set(true);
                if let Some(f) = on_forget { f.run(()) }
            }>{move || td_string!(t(), class.forget_progress)}</button>
            <p role="status">{move || done.get().then(|| td_string!(t(), class.forgotten))}</p>
        </section>
    }
}
