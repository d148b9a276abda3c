//! Offline use: registers the service worker (only where the release build wrote one, marked by
//! `<meta name="offline">`), and saves the whole museum into its cache on request.

use gloo_net::http::Request;
use serde::Deserialize;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// `offline.json`, written at build time by `museum-tools offline`.
#[derive(Clone, Debug, Deserialize)]
pub struct OfflineList {
    /// The release's version (a hash of its files).
    pub version: String,
    /// The cache the service worker reads.
    pub cache: String,
    /// Every data file and image, as site paths.
    pub files: Vec<String>,
}

/// Where the saved release's version is remembered (on this device only).
const SAVED_KEY: &str = "offline-saved";

/// Whether this build supports offline use: the meta tag is there and so are service workers.
pub fn available() -> bool {
    let document = leptos::prelude::document();
    let tagged = document
        .query_selector("meta[name=offline]")
        .ok()
        .flatten()
        .is_some();
    let navigator = leptos::prelude::window().navigator();
    tagged && js_sys_has(&navigator, "serviceWorker")
}

fn js_sys_has(target: &web_sys::Navigator, key: &str) -> bool {
    let value: &wasm_bindgen::JsValue = target.as_ref();
    web_sys::js_sys::Reflect::has(value, &key.into()).unwrap_or(false)
}

/// Registers `/sw.js` when the build has one.
pub fn register() {
    if available() {
        let _ = leptos::prelude::window()
            .navigator()
            .service_worker()
            .register("/sw.js");
    }
}

/// Fetches the list of files to save.
pub async fn list() -> Result<OfflineList, String> {
    let response = Request::get("/offline.json")
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("offline.json: HTTP {}", response.status()));
    }
    response.json().await.map_err(|e| format!("offline.json: {e}"))
}

/// Saves every file of `list` into the worker's cache, calling `progress(done)` after each.
/// Files already saved are skipped, so a second run after a dropped connection resumes.
pub async fn save(list: &OfflineList, progress: impl Fn(usize)) -> Result<(), String> {
    let fail = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let caches = leptos::prelude::window().caches().map_err(fail)?;
    let cache: web_sys::Cache = JsFuture::from(caches.open(&list.cache))
        .await
        .map_err(fail)?
        .unchecked_into();
    for (i, file) in list.files.iter().enumerate() {
        let found = JsFuture::from(cache.match_with_str(file)).await.map_err(fail)?;
        if found.is_undefined() {
            JsFuture::from(cache.add_with_str(file))
                .await
                .map_err(|e| format!("{file}: {}", fail(e)))?;
        }
        progress(i + 1);
    }
    if let Ok(Some(storage)) = leptos::prelude::window().local_storage() {
        let _ = storage.set_item(SAVED_KEY, &list.version);
    }
    Ok(())
}

/// The version saved on this device, if any.
pub fn saved_version() -> Option<String> {
    leptos::prelude::window()
        .local_storage()
        .ok()
        .flatten()?
        .get_item(SAVED_KEY)
        .ok()
        .flatten()
}
