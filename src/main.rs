//! The Harbin International Sister Cities Museum virtual tour: mounts the app.

#[cfg(feature = "alloc-stats")]
mod alloc_stats;
mod allocator;
mod app;
mod back_to_link;
mod collection;
mod components;
mod data;
mod defer;
mod error;
mod i18n;
mod keys;
mod lang;
mod loaded;
mod offline;
mod pages;
mod panic;
mod pictures;
mod prerender;
mod presenter;
mod progress;
mod room_state;
mod search_query;
mod shortcuts;
mod speech;
mod styles;
mod swipe;
mod timing;
mod trail_data;
mod visited;
mod warm;

use wasm_bindgen::JsCast;

/// Starts the app in the task after the one that instantiated the wasm module, so that neither
/// task is long on a slow machine; the service worker is registered in a third.
fn main() {
    panic::install();
    defer::next_task(|| {
        let timer = timing::start("app-mount");
        let document = web_sys::window().and_then(|w| w.document()).expect("a document");
        let root = document.get_element_by_id("app").expect("index.html has #app");
        back_to_link::install();
        leptos::mount::mount_to(root.unchecked_into(), app::App).forget();
        timer.stop();
        defer::next_task(offline::register);
    });
}
