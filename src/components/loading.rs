//! The loading state: a quiet placeholder the size of a page heading and text, so nothing jumps.

use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::i18n::locale;
use crate::lang::use_lang;

/// Placeholder shown while a page's data loads.
#[component]
pub fn Loading() -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="loading" role="status" aria-live="polite">
            <span class="visually-hidden">{move || td_string!(locale(lang.get()), loading)}</span>
            <div class="skeleton skeleton-title" aria-hidden="true"></div>
            <div class="skeleton skeleton-line" aria-hidden="true"></div>
            <div class="skeleton skeleton-line short" aria-hidden="true"></div>
        </div>
    }
}

/// A thin bar at the top of the page while the next room loads (the current one stays on screen).
#[component]
pub fn PendingBar(pending: Signal<bool>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="pending-bar" class:active=pending role="status" aria-live="polite">
            <span class="visually-hidden">{move || pending.get().then(|| td_string!(locale(lang.get()), loading))}</span>
        </div>
    }
}
