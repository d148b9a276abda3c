//! Single-key shortcuts (`/` for search) can be switched off (WCAG 2.1.4), for speech-input users
//! and anyone who triggers them by accident. The choice is kept in localStorage on this device.

use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::i18n::locale;
use crate::lang::use_lang;
use crate::visited::storage;

const KEY: &str = "shortcuts";

/// Whether single-key shortcuts are on (shared through context).
#[derive(Clone, Copy)]
pub struct Shortcuts(pub RwSignal<bool>);

/// Puts the setting in context, read from this device.
pub fn provide_shortcuts() {
    let on = storage().and_then(|s| s.get_item(KEY).ok().flatten()).as_deref() != Some("off");
    provide_context(Shortcuts(RwSignal::new(on)));
}

/// A check of whether single-key shortcuts are on, for key handlers (call where the context is).
pub fn use_shortcuts_on() -> impl Fn() -> bool + Copy {
    let setting = use_context::<Shortcuts>();
    move || setting.is_none_or(|s| s.0.get_untracked())
}

/// The switch, shown in every page's footer.
#[component]
pub fn ShortcutsToggle() -> impl IntoView {
    let lang = use_lang();
    let Shortcuts(on) = expect_context::<Shortcuts>();
    let change = move |ev: leptos::ev::Event| {
        let checked = event_target_checked(&ev);
        on.set(checked);
        if let Some(s) = storage() {
            let _ = s.set_item(KEY, if checked { "on" } else { "off" });
        }
    };
    view! {
        <label class="shortcuts-toggle">
            <input type="checkbox" prop:checked=move || on.get() on:change=change />
            {move || td_string!(locale(lang.get()), shortcuts)}
        </label>
    }
}
