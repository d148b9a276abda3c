//! "Share with class": the page's link and a QR code big enough to scan from a projector.

use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::components::qr::{absolute, QrCode};
use crate::i18n::locale;
use crate::lang::{href, use_lang};

/// A fold-out panel with the link to `path` (in the current language), a Copy button and a large
/// QR code (encoded when the panel opens).
#[component]
pub fn SharePanel(#[prop(into)] path: String) -> impl IntoView {
    let lang = use_lang();
    let t = move || locale(lang.get());
    let url = Memo::new(move |_| absolute(&href(&path, lang.get())));
    let copied = RwSignal::new(false);
    // The QR code is encoded only once the panel is opened: not on every walk into a room.
    let open = RwSignal::new(false);
    let copy = move |_| {
        if let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) {
            let _ = clipboard.write_text(&url.get_untracked());
            copied.set(true);
        }
    };
    view! {
        <details class="share" on:toggle=move |e| open.set(event_target::<web_sys::HtmlDetailsElement>(&e).open())>
            <summary>{move || td_string!(t(), class.share)}</summary>
            <div class="share-body">
                {move || open.get().then(|| view! { <QrCode url=url.get() label=td_string!(t(), class.share).to_string() size=320 /> })}
                <div class="share-link">
                    <input type="text" readonly aria-label=move || td_string!(t(), class.share) prop:value=url />
                    <button type="button" on:click=copy>{move || td_string!(t(), class.copy_link)}</button>
                    <p class="share-copied" role="status">{move || copied.get().then(|| td_string!(t(), class.copied))}</p>
                </div>
            </div>
        </details>
    }
}
