//! Hand-over from the pre-rendered page (written at build time) to the live app.
//!
//! Each route's `index.html` carries the view's text in `<div id="prerender">`, so the page shows
//! content at once and works without scripts. While the app loads its data, `#app` stays hidden
//! (`body.booting`); when the first view is ready, the static copy is removed and the app shown,
//! and the pages a visitor most likely opens next start loading in idle time.
//!
//! A first view may be drawn in several tasks (a room draws its exhibits in the task after its
//! heading, `defer.rs`), so no task is long on a slow machine. It takes a [`hold`] meanwhile: the
//! static copy stays until every hold is released, so a visitor never sees a half-drawn page.

use std::cell::Cell;
use std::time::Duration;

thread_local! {
    static HOLDS: Cell<u32> = const { Cell::new(0) };
    static ASKED: Cell<bool> = const { Cell::new(false) };
}

/// Asks for the pre-rendered copy to go once the first view is drawn: in a later task, after
/// every [`hold`] taken by then is released. Safe to call more than once.
pub fn remove() {
    ASKED.set(true);
    leptos::prelude::set_timeout(
        || {
            if HOLDS.get() == 0 {
                remove_now();
            }
        },
        Duration::ZERO,
    );
}

/// Keeps the pre-rendered copy on screen until the returned function is called.
pub fn hold() -> impl FnOnce() {
    HOLDS.set(HOLDS.get() + 1);
    || {
        HOLDS.set(HOLDS.get().saturating_sub(1));
        if HOLDS.get() == 0 && ASKED.get() {
            remove_now();
        }
    }
}

/// Whether the pre-rendered copy is still in the page (the app is drawing its first view).
pub fn present() -> bool {
    leptos::prelude::document()
        .get_element_by_id("prerender")
        .is_some()
}

/// Removes the pre-rendered copy and shows the app at once, holds or not (the panic screen).
pub fn remove_now() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(node) = document.get_element_by_id("prerender") {
        node.remove();
        leptos::prelude::request_idle_callback(crate::pages::lazy::prefetch);
    }
    // A page without a description of its own (not found) must not keep the copy's.
    if let Ok(Some(meta)) = document.query_selector("meta[name=description][data-prerendered]") {
        meta.remove();
    }
    if let Some(body) = document.body() {
        let _ = body.class_list().remove_1("booting");
    }
}
