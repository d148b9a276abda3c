//! Showing language-map text: in the visitor's language, or in English marked as such.

use catalog::{Lang, Text};
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::i18n::locale;
use crate::lang::{html_lang, use_lang};

/// A short text in the current language. When it falls back to English, the fragment carries
/// `lang="en"` so screen readers pronounce it right.
#[component]
pub fn T(#[prop(into)] text: Text) -> impl IntoView {
    let draw = move |l: Lang| {
        let shown = text.get(l);
        let fallback = shown.fallback.then(|| html_lang(shown.lang));
        view! { <span lang=fallback>{shown.text.to_string()}</span> }
    };
    // Inside a view drawn for one language (`Drawn`), `use_lang` is fixed: nothing is watched.
    let lang = use_lang();
    move || draw(lang.get())
}

/// A paragraph's sentences, each in its own span so "Read aloud" can highlight the one it reads.
fn sentences(paragraph: &str) -> impl IntoView + use<> {
    catalog::sentences(paragraph)
        .into_iter()
        .map(|s| view! { <span class="sentence">{s.to_string()}</span> })
        .collect_view()
}

/// A longer text as paragraphs, with a subtle note when it is shown in English instead.
#[component]
pub fn Paragraphs(#[prop(into)] text: Text, #[prop(optional)] class: &'static str) -> impl IntoView {
    let draw = move |want: Lang| {
        let shown = text.get(want);
        let paragraphs: Vec<String> = text.paragraphs(want).map(str::to_string).collect();
        let note = shown.fallback.then(|| {
            view! { <p class="fallback-note">"(" {td_string!(locale(want), in_english)} ")"</p> }
        });
        view! {
            <div class=class lang=shown.fallback.then(|| html_lang(Lang::En))>
                {paragraphs.into_iter().map(|p| view! { <p>{sentences(&p)}</p> }).collect_view()}
            </div>
            {note}
        }
    };
    // Inside a view drawn for one language (`Drawn`), `use_lang` is fixed: nothing is watched.
    let lang = use_lang();
    move || draw(lang.get())
}
