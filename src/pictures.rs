//! Fetching the pictures the visitor will see next, while they look at this page.
//!
//! A room page asks, once its room is shown, for the first exhibit pictures (the cards that load at
//! once, [`EAGER_CARDS`]) and the flag of the rooms before and after it on the tour; an exhibit
//! page for the pictures of the exhibits before and after it. Walking on, they come from the
//! browser's cache: the next page paints with its pictures, not empty frames. Nothing is fetched
//! when the visitor's browser asks to save data.

use std::cell::RefCell;
use std::collections::HashSet;

use catalog::{Image, RoomFile};
use wasm_bindgen::{JsCast, JsValue};

use crate::components::exhibit_card::SIZES;

thread_local! {
    /// The pictures fetched ahead so far.
    static FETCHED: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
}

/// How many of a room's exhibit cards load at once; the rest wait until they are scrolled to.
pub const EAGER_CARDS: usize = 3;

/// Fetches, at low priority, the pictures `room` shows first: its flag (`flag`, an address) and
/// its first exhibit pictures, choosing among their sizes as the cards will.
pub fn fetch_first(room: &RoomFile, flag: &str) {
    if saving_data() {
        return;
    }
    fetch(flag, "", "");
    for exhibit in room.exhibits.iter().take(EAGER_CARDS) {
        fetch_picture(&exhibit.image, SIZES);
    }
}

/// Notes that the page shows `room`'s first pictures (`flag` and its first cards): walking back to
/// it from the next room, they are in the browser's cache already and are not fetched ahead.
pub fn shown_first(room: &RoomFile, flag: &str) {
    note(flag);
    for exhibit in room.exhibits.iter().take(EAGER_CARDS) {
        shown(&exhibit.image);
    }
}

/// Notes that the page shows this exhibit picture (see [`shown_first`]).
pub fn shown(image: &Image) {
    note(&src(image));
}

/// Adds `src` to the pictures fetched; false if it was there already. The set is looked up first:
/// walking back and forth adds nothing and allocates nothing (`HashSet::extend` would reserve room
/// even for what is there, and grew the set on a walk).
fn note(src: &str) -> bool {
    FETCHED.with(|fetched| {
        let mut fetched = fetched.borrow_mut();
        !fetched.contains(src) && fetched.insert(src.to_string())
    })
}

fn src(image: &Image) -> String {
    format!("/{}", image.src)
}

/// Fetches, at low priority, an exhibit's picture as an image drawn `sizes` wide will choose it.
pub fn fetch_picture(image: &Image, sizes: &str) {
    if !saving_data() {
        fetch(&src(image), &image.srcset_attr("/"), sizes);
    }
}

/// Starts loading one picture at low priority. A picture in one file is only fetched (into the
/// service worker's cache, or the browser's): an image element would also build it, and an SVG
/// picture is built on the main thread, about 8 ms each, in the middle of the page's start
/// (docs/performance.md). A picture in several sizes goes to an image element that is never shown,
/// which picks the same file from `srcset` and `sizes` as the page will (raster images are decoded
/// only when painted).
fn fetch(src: &str, srcset: &str, sizes: &str) {
    // Each picture once a visit: walking back and forth asks for nothing twice.
    if !note(src) {
        return;
    }
    if srcset.is_empty() {
        let init = web_sys::RequestInit::new();
        let _ = web_sys::js_sys::Reflect::set(&init, &"priority".into(), &"low".into());
        let request = leptos::prelude::window().fetch_with_str_and_init(src, &init);
        // The body is read to its end, so that the whole file is kept.
        leptos::task::spawn_local(async move {
            let response = wasm_bindgen_futures::JsFuture::from(request).await;
            if let Ok(response) = response.and_then(|r| r.dyn_into::<web_sys::Response>()) {
                if let Ok(body) = response.array_buffer() {
                    let _ = wasm_bindgen_futures::JsFuture::from(body).await;
                }
            }
        });
        return;
    }
    let Ok(img) = web_sys::HtmlImageElement::new() else {
        return;
    };
    // `src` last, as in the views: the browser chooses and starts the load when it is set.
    let _ = img.set_attribute("fetchpriority", "low");
    img.set_decoding("async");
    img.set_sizes(sizes);
    img.set_srcset(srcset);
    img.set_src(src);
}

/// Whether the browser asks pages to use less data (`navigator.connection.saveData`, the
/// "Save-Data" setting; only some browsers have it).
fn saving_data() -> bool {
    let navigator = leptos::prelude::window().navigator();
    js_sys_get(&navigator, "connection")
        .and_then(|connection| js_sys_get(&connection, "saveData"))
        .and_then(|save| save.as_bool())
        .unwrap_or(false)
}

fn js_sys_get(target: &JsValue, key: &str) -> Option<JsValue> {
    web_sys::js_sys::Reflect::get(target, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}
