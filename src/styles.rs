//! A page module's own stylesheet, loaded with the module.
//!
//! The styles of the `explore` and `classroom` pages (`style/explore.css`, `style/classroom.css`)
//! are not needed to show a room, so they are not part of the app shell: in the release build each
//! pre-rendered page carries them as `<link data-module="…">`, turned off (`disabled`, so not even
//! fetched) on pages of other modules (`museum-tools prerender`). Before the app draws a page of
//! such a module, [`start`] turns its stylesheet on and [`wait`] waits until it applies, alongside
//! the module's code. In `trunk serve` builds every stylesheet is on from the start and there is
//! nothing to do.
//!
//! The work is done by `moduleStyles`, a few lines of script in `index.html` (every pre-rendered
//! page carries them, so they stay short and uncommented there): given a module's name, it finds
//! its `<link data-module>`; if the link is off, it turns it on and keeps, on the link, a promise
//! that resolves on its `load` event or rejects with the file's name on `error` (or at once, if
//! the stylesheet is there already: a browser that loaded it while it was off fires no second
//! `load`); a link on from the start, or none, resolves at once. Written in Rust, the same steps
//! cost the app shell over a kilobyte (brotli) of bindings and glue.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::Promise;

use crate::error::{LoadError, Problem};

#[wasm_bindgen]
extern "C" {
    /// Turns on page module `module`'s stylesheet if it is off (its fetch starts now) and returns
    /// a promise that resolves once it applies, at once if there is nothing to do; it rejects with
    /// the file's name if the stylesheet cannot be fetched, and stays rejected until the page
    /// reloads. (`moduleStyles` in `index.html`.)
    #[wasm_bindgen(js_name = moduleStyles)]
    pub fn start(module: &str) -> Promise;
}

/// Waits for a promise from [`start`]; an error names the stylesheet's file.
pub async fn wait(started: Promise) -> Result<(), LoadError> {
    JsFuture::from(started)
        .await
        .map(|_| ())
        .map_err(|file| LoadError {
            file: file.as_string().unwrap_or_default(),
            problem: Problem::Network("the page's styles could not be fetched".into()),
        })
}
