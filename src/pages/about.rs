//! `/about`: the museum's history, how the tour was made, privacy, credits, browsers.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::app::use_museum;
use crate::components::offline_save::OfflineSave;
use crate::components::text::Paragraphs;
use crate::i18n::ui;
use crate::lang::use_lang;

/// About the museum and this tour.
#[component]
pub fn About() -> impl IntoView {
    let museum = use_museum();
    let lang = use_lang();
    let t = move || ui(lang.get());
    Effect::new(move |_| {
        if museum.get().is_some() {
            crate::prerender::remove();
        }
    });
    view! {
        <Title text=move || t().about_title.to_string() />
        <Meta name="description" content=move || t().how_made_text.to_string() />
        <article class="about prose">
            <h1 tabindex="-1">{move || t().about_title}</h1>
            <section aria-labelledby="history">
                <h2 id="history">{move || t().history}</h2>
                {move || match museum.get() {
                    Some(Ok(m)) => view! { <Paragraphs text=m.museum.about.clone() /> }.into_any(),
                    Some(Err(e)) => view! { <p class="error-reason">{e.to_string()}</p> }.into_any(),
                    None => view! { <p>{t().loading}</p> }.into_any(),
                }}
            </section>
            <section aria-labelledby="how">
                <h2 id="how">{move || t().how_made}</h2>
                <p>{move || t().how_made_text}</p>
            </section>
            <section aria-labelledby="offline">
                <h2 id="offline">{move || t().offline}</h2>
                <p>{move || t().offline_text}</p>
                <OfflineSave />
            </section>
            <section aria-labelledby="privacy">
                <h2 id="privacy">{move || t().privacy}</h2>
                <p>{move || t().privacy_text}</p>
            </section>
            <section aria-labelledby="credits">
                <h2 id="credits">{move || t().credits}</h2>
                <p>{move || t().credits_text}</p>
            </section>
            <section aria-labelledby="browsers">
                <h2 id="browsers">{move || t().browsers}</h2>
                <p>{move || t().browsers_text}</p>
            </section>
        </article>
    }
}
