//! Hand-over from the pre-rendered page (written at build time) to the live app.
//!
//! Each route's `index.html` carries the view's text in `<div id="prerender">`, so the page shows
//! content at once and works without scripts. While the app loads its data, `#app` stays hidden
//! (`body.booting`); when the first view is ready, the static copy is removed and the app shown,
//! and the pages a visitor most likely opens next start loading in idle time.

/// Removes the pre-rendered copy and shows the app. Safe to call more than once.
pub fn remove() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(node) = document.get_element_by_id("prerender") {
        node.remove();
        leptos::prelude::request_idle_callback(crate::pages::lazy::prefetch);
    }
    if let Some(body) = document.body() {
        let _ = body.class_list().remove_1("booting");
    }
}
