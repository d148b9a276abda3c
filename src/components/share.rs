//! "Share with class": the page's link and a QR code big enough to scan from a projector.

use leptos::prelude::*;

use crate::components::qr::{absolute, QrCode};
use crate::i18n::ui;
use crate::lang::{href, use_lang};

/// A fold-out panel with the link to `path` (in the current language), a Copy button and a large
/// QR code.
#[component]
pub fn SharePanel(#[prop(into)] path: String) -> impl IntoView {
    let lang = use_lang();
    let t = move || &ui(lang.get()).class;
    let url = Memo::new(move |_| absolute(&href(&path, lang.get())));
    let copied = RwSignal::new(false);
    let copy = move |_| {
        if let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) {
            let _ = clipboard.write_text(&url.get_untracked());
            copied.set(true);
        }
    };
    view! {
        <details class="share">
            <summary>{move || t().share}</summary>
            <div class="share-body">
                {move || view! { <QrCode url=url.get() label=t().share.to_string() size=320 /> }}
                <div class="share-link">
                    <input type="text" readonly aria-label=move || t().share prop:value=url />
                    <button type="button" on:click=copy>{move || t().copy_link}</button>
                    <p class="share-copied" role="status">{move || copied.get().then(|| t().copied)}</p>
                </div>
            </div>
        </details>
    }
}
