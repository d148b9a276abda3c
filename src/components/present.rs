//! Presenter mode's controls: the switch (in the footer and the classroom tools) and the bar that
//! says how to drive it and how to leave.

use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::i18n::locale;
use crate::lang::use_lang;
use crate::presenter::use_presenting;

/// The "Present" switch. Presenter mode itself keeps its `aria-pressed` up to date
/// (`presenter.rs`): a room's copy of the switch, drawn again on every walk, would otherwise leave a
/// dead watcher on the app-wide signal each time (a reactive attribute's effect stays on its
/// signal's list of watchers until that signal next changes, and this one seldom does).
#[component]
pub fn PresentButton() -> impl IntoView {
    let lang = use_lang();
    let presenting = use_presenting();
    view! {
        <button
            type="button"
            class="present-toggle"
            aria-pressed=presenting.get_untracked().to_string()
            on:click=move |_| presenting.update(|p| *p = !*p)
        >
            {move || td_string!(locale(lang.get()), class.present)}
        </button>
    }
}

/// The bar shown while presenting: the keys, and Exit.
#[component]
pub fn PresentBar() -> impl IntoView {
    let lang = use_lang();
    let presenting = use_presenting();
    let t = move || locale(lang.get());
    view! {
        <Show when=move || presenting.get()>
            <div class="present-bar">
                <p>{move || td_string!(t(), class.present_hint)}</p>
                <button type="button" on:click=move |_| presenting.set(false)>{move || td_string!(t(), class.exit)}</button>
            </div>
        </Show>
    }
}
