//! `/about`: the museum's history, how the tour was made, privacy, credits, browsers.

use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::app::use_museum;
use crate::components::head::{use_head, Head};
use crate::components::offline_save::OfflineSave;
use crate::components::text::Paragraphs;
use crate::i18n::locale;
use crate::lang::use_lang;

/// About the museum and this tour.
#[component]
pub fn About() -> impl IntoView {
    let museum = use_museum();
    let lang = use_lang();
    let t = move || locale(lang.get());
    Effect::new(move |_| {
        if museum.get().is_some() {
            crate::prerender::remove();
        }
    });
    use_head(move || {
        Some(Head {
            title: td_string!(t(), about_title).to_string(),
            description: td_string!(t(), how_made_text).to_string(),
        })
    });
    view! {
        <article class="about prose">
            <h1>{move || td_string!(t(), about_title)}</h1>
            <section aria-labelledby="history">
                <h2 id="history">{move || td_string!(t(), history)}</h2>
                {move || match museum.get() {
                    Some(Ok(m)) => view! { <Paragraphs text=m.museum.about.clone() /> }.into_any(),
                    Some(Err(e)) => view! { <p class="error-reason">{e.to_string()}</p> }.into_any(),
                    None => view! { <p>{td_string!(t(), loading)}</p> }.into_any(),
                }}
            </section>
            <section aria-labelledby="how">
                <h2 id="how">{move || td_string!(t(), how_made)}</h2>
                <p>{move || td_string!(t(), how_made_text)}</p>
            </section>
            <section aria-labelledby="offline">
                <h2 id="offline">{move || td_string!(t(), offline)}</h2>
                <p>{move || td_string!(t(), offline_text)}</p>
                <OfflineSave />
            </section>
            <section aria-labelledby="privacy">
                <h2 id="privacy">{move || td_string!(t(), privacy)}</h2>
                <p>{move || td_string!(t(), privacy_text)}</p>
            </section>
            <section aria-labelledby="credits">
                <h2 id="credits">{move || td_string!(t(), credits)}</h2>
                <p>{move || td_string!(t(), credits_text)}</p>
            </section>
            <section aria-labelledby="browsers">
                <h2 id="browsers">{move || td_string!(t(), browsers)}</h2>
                <p>{move || td_string!(t(), browsers_text)}</p>
            </section>
        </article>
    }
}
