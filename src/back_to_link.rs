//! Back and Forward return the visitor to the link they followed out of a page.
//!
//! The browser restores a page's scroll position at `popstate`, before the app has drawn the page
//! it returns to (the entrance draws its room list a frame later, and rows not yet near the screen
//! have guessed heights), so a visitor coming back from the 20th room landed near the top of the
//! list, with focus on the page's heading. Instead the link followed out of each page is kept (its
//! `href`), and when the visitor comes back to that page by the history, focus goes to that link
//! once it is drawn, which scrolls it into view: where they were, for keyboard and screen-reader
//! users too, as when a browser restores a page from its cache. A page left any other way (the
//! header, the arrow keys) opens at its heading, as every page reached by a link does.

use std::cell::{Cell, RefCell};

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    /// For each page (path) last left by a link in its main region, that link's `href`.
    static FOLLOWED: RefCell<Vec<(String, String)>> = RefCell::default();
    /// The last link clicked in a page's main region: the page's path and the link's `href` (one
    /// opened in a new tab counts as followed if the page is then left without another click).
    static CLICKED: RefCell<Option<(String, String)>> = RefCell::default();
    /// Whether the move under way came from the history (Back or Forward).
    static BY_HISTORY: Cell<bool> = const { Cell::new(false) };
}

/// Starts watching the links followed. Called before the router exists, so that these listeners
/// run before the router's (they stay for the page's life: dropping a handle leaves its listener).
pub fn install() {
    let _ = window_event_listener(ev::click, |e| {
        // A history step that keeps the path (the language, in the query) moves nothing, and
        // leaves the flag set: the next click ends that.
        BY_HISTORY.set(false);
        let link = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("main a[href]").ok().flatten());
        if let (Some(link), Ok(path)) = (link, window().location().pathname()) {
            CLICKED.set(Some((path, link.get_attribute("href").unwrap_or_default())));
        }
    });
    let _ = window_event_listener(ev::popstate, |_| BY_HISTORY.set(true));
}

/// Notes that the visitor moved from `from` to `to`; if the move came from the history and they
/// had left `to` by a link, a selector for the link to focus there. A page left by a link keeps
/// that link; left by the history, what it had; left any other way (the header, the arrow keys),
/// nothing, so that coming back to it opens at its heading.
pub fn moved(from: &str, to: &str) -> Option<String> {
    let by_history = BY_HISTORY.replace(false);
    let clicked = CLICKED.take().filter(|(path, _)| path == from);
    FOLLOWED.with_borrow_mut(|followed| {
        if clicked.is_some() || !by_history {
            followed.retain(|(path, _)| path != from);
        }
        if let Some(entry) = clicked {
            followed.push(entry);
        }
        let (_, href) = followed
            .iter()
            .find(|(path, _)| path == to)
            .filter(|_| by_history)?;
        Some(format!("main a[href=\"{href}\"]"))
    })
}
