//! What a trail page needs: `museum.json` and `trails.json`, loaded together, with one Retry.

use std::sync::Arc;

use catalog::{Lang, MuseumFile, Trail, TrailsFile};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::app::use_museum;
use crate::components::error_view::ErrorView;
use crate::components::head::{kept_head, Head, PageHead};
use crate::components::loading::Loading;
use crate::data;
use crate::error::LoadError;
use crate::lang::{use_lang, Drawn};
use crate::loaded::Loaded;
use crate::pages::not_found::NotFound;

/// The two files a trail page shows, or what went wrong.
#[derive(Clone)]
pub enum TrailData {
    /// Still on the way.
    Loading,
    /// Both files are here.
    Ready(Arc<MuseumFile>, Arc<TrailsFile>),
    /// One of them failed.
    Failed(LoadError),
}

/// Loads the trails (the museum is shared by the app); the callback retries whatever failed.
pub fn use_trails() -> (Signal<TrailData>, Callback<()>) {
    let museum = use_museum();
    let trails = Loaded::new(data::trails);
    let state = Signal::derive(move || match (museum.get(), trails.get()) {
        (Some(Err(e)), _) | (_, Some(Err(e))) => TrailData::Failed(e),
        (Some(Ok(m)), Some(Ok(t))) => TrailData::Ready(m, t),
        _ => TrailData::Loading,
    });
    Effect::new(move |_| {
        if !matches!(state.get(), TrailData::Loading) {
            crate::prerender::remove();
        }
    });
    let retry = Callback::new(move |_| {
        if matches!(museum.get_untracked(), Some(Err(_))) {
            museum.refetch();
        }
        trails.refetch();
    });
    (state, retry)
}

/// The page for the trail named in the address (`:trail`), drawn by `render` once both files are
/// here; loading, the error view with Retry, and "not found" otherwise. It redraws when the
/// language changes; the document's title and description (`head`) are drawn once beside it.
pub fn trail_page(
    head: fn(&MuseumFile, &Trail, Lang) -> Head,
    render: fn(&MuseumFile, &Trail, Lang) -> AnyView,
) -> impl IntoView {
    let params = use_params_map();
    let (state, retry) = use_trails();
    let lang = use_lang();
    let trail_id = move || params.read().get("trail").unwrap_or_default();
    let page_head = kept_head(move || match state.get() {
        TrailData::Ready(m, trails) => trails.trail(&trail_id()).map(|t| head(&m, t, lang.get())),
        _ => None,
    });
    let page = move || {
        let l = lang.get();
        let id = trail_id();
        match state.get() {
            TrailData::Loading => view! { <Loading /> }.into_any(),
            TrailData::Failed(error) => view! { <ErrorView error retry /> }.into_any(),
            TrailData::Ready(m, trails) => match trails.trail(&id) {
                Some(trail) => {
                    // Drawn again when the language changes: nothing inside needs to watch it.
                    provide_context(Drawn(l));
                    render(&m, trail, l)
                }
                None => view! { <NotFound /> }.into_any(),
            },
        }
    };
    view! {
        <PageHead head=page_head />
        {page}
    }
}
