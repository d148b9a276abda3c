//! The "Read aloud" control for room, exhibit and trail pages.

use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::i18n::locale;
use crate::lang::use_lang;
use crate::speech::{language_name, Reader, Reading};

/// Read aloud / Pause / Resume / Stop, with a polite note when a language has no voice here.
#[component]
pub fn ReadAloud() -> impl IntoView {
    let lang = use_lang();
    let t = move || locale(lang.get());
    let reader = Reader::new();
    let state = reader.state;
    let skipped = move || {
        reader
            .skipped
            .get()
            .iter()
            .map(|code| view! { <p>{td_string!(t(), class.no_voice).replace("{lang}", &language_name(code))}</p> })
            .collect_view()
    };
    view! {
        <div class="read-aloud">
            // One button that keeps its place (and the keyboard focus) as its job changes.
            <button type="button" class="read-main" on:click=move |_| match state.get_untracked() {
                Reading::Idle => reader.start(),
                Reading::Speaking => reader.pause(),
                Reading::Paused => reader.resume(),
            }>
                {move || match state.get() {
                    Reading::Idle => td_string!(t(), class.read_aloud),
                    Reading::Speaking => td_string!(t(), class.pause),
                    Reading::Paused => td_string!(t(), class.resume),
                }}
            </button>
            <Show when=move || state.get() != Reading::Idle>
                <button type="button" on:click=move |_| reader.stop()>{move || td_string!(t(), class.stop_reading)}</button>
            </Show>
            <div class="read-aloud-notes" role="status">
                {move || reader.no_voices.get().then(|| view! { <p>{td_string!(t(), class.no_voices)}</p> })}
                {skipped}
            </div>
        </div>
    }
}
