//! The one error view: names the file and what was wrong, offers Retry and the way on.

use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::error::LoadError;
use crate::i18n::locale;
use crate::lang::{href, use_lang};

/// Shows a data file that could not be loaded, with a Retry button and links to the rest.
#[component]
pub fn ErrorView(error: LoadError, #[prop(into)] retry: Callback<()>) -> impl IntoView {
    let lang = use_lang();
    let t = move || locale(lang.get());
    view! {
        <section class="error-view" role="alert" aria-labelledby="error-title">
            <h1 id="error-title">{move || td_string!(t(), could_not_load)}</h1>
            <p class="error-file">
                <code>{error.file.clone()}</code>
            </p>
            <p class="error-reason">{error.problem.to_string()}</p>
            <button class="button primary" on:click=move |_| retry.run(())>
                {move || td_string!(t(), retry)}
            </button>
            <p>{move || td_string!(t(), still_open)}</p>
            <ul class="onward">
                <li><a href=move || href("/", lang.get())>{move || td_string!(t(), entrance)}</a></li>
                <li><a href=move || href("/about", lang.get())>{move || td_string!(t(), about)}</a></li>
            </ul>
        </section>
    }
}
