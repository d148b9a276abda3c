//! "Save the whole museum for offline use": a button that fills the service worker's cache with
//! every data file and image, with progress, so a classroom can walk the tour without a network.

use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::i18n::locale;
use crate::lang::use_lang;
use crate::offline;

/// Where saving stands.
#[derive(Clone, Debug, PartialEq)]
enum Saving {
    Idle,
    Busy(usize, usize),
    Done(usize),
    Failed(String),
}

/// The save button and its progress. Says plainly when this browser or build cannot work offline.
#[component]
pub fn OfflineSave() -> impl IntoView {
    let lang = use_lang();
    let state = RwSignal::new(Saving::Idle);
    let available = offline::available();
    let start = move |_| {
        state.set(Saving::Busy(0, 0));
        leptos::task::spawn_local(async move {
            let result = match offline::list().await {
                Ok(list) => {
                    let total = list.files.len();
                    let done = offline::save(&list, |n| state.set(Saving::Busy(n, total))).await;
                    done.map(|()| total)
                }
                Err(e) => Err(e),
            };
            state.set(match result {
                Ok(total) => Saving::Done(total),
                Err(e) => Saving::Failed(e),
            });
        });
    };
    let already = offline::saved_version().is_some();
    move || {
        let t = locale(lang.get());
        if !available {
            return view! { <p class="offline-note">{td_string!(t, offline_unavailable)}</p> }.into_any();
        }
        let status = match state.get() {
            Saving::Idle if already => td_string!(t, offline_saved_before).to_string(),
            Saving::Idle => String::new(),
            Saving::Busy(n, m) => td_string!(t, offline_progress)
                .replace("{n}", &n.to_string())
                .replace("{m}", &m.to_string()),
            Saving::Done(m) => td_string!(t, offline_done).replace("{m}", &m.to_string()),
            Saving::Failed(e) => format!("{} ({e})", td_string!(t, offline_failed)),
        };
        let busy = matches!(state.get(), Saving::Busy(..));
        let (n, m) = match state.get() {
            Saving::Busy(n, m) => (n, m.max(1)),
            Saving::Done(_) => (1, 1),
            _ => (0, 1),
        };
        view! {
            <div class="offline-save">
                <button class="button primary" disabled=busy on:click=start>{td_string!(t, offline_save)}</button>
                <progress max=m value=n hidden=!busy aria-label=td_string!(t, offline_save)></progress>
                <p class="offline-status" role="status">{status}</p>
            </div>
        }
        .into_any()
    }
}
