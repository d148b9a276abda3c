//! Data access: fetches the museum's JSON files with gloo-net and checks them before use.
//!
//! Every call returns `Result<_, LoadError>` naming the file. The HTTP status and Content-Type are
//! checked before parsing, since some servers answer `200 text/html` for files that do not exist.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use catalog::{parse_museum, parse_room, parse_trails, MuseumFile, ParseError, RoomFile, TrailsFile};
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use gloo_net::http::Request;

use crate::error::{LoadError, Problem};

/// How long a data request may take before the visitor is offered a Retry.
const TIMEOUT_SECS: u32 = 20;

async fn fetch_json<T>(file: &str, parse: fn(&str) -> Result<T, ParseError>) -> Result<T, LoadError> {
    let fail = |problem| LoadError {
        file: file.to_string(),
        problem,
    };
    let signal = web_sys::AbortSignal::timeout_with_u32(TIMEOUT_SECS * 1000);
    let response = Request::get(&format!("/{file}"))
        .abort_signal(Some(&signal))
        .send()
        .await
        .map_err(|e| {
            if signal.aborted() {
                fail(Problem::Timeout(TIMEOUT_SECS))
            } else {
                fail(Problem::Network(e.to_string()))
            }
        })?;
    if !response.ok() {
        return Err(fail(Problem::Status(response.status())));
    }
    let kind = response.headers().get("content-type").unwrap_or_default();
    if !kind.contains("json") {
        let shown = if kind.is_empty() {
            "no content type".into()
        } else {
            kind
        };
        return Err(fail(Problem::NotJson(shown)));
    }
    let text = response.text().await.map_err(|e| {
        if signal.aborted() {
            fail(Problem::Timeout(TIMEOUT_SECS))
        } else {
            fail(Problem::Network(e.to_string()))
        }
    })?;
    parse(&text).map_err(|e| fail(Problem::Malformed(e)))
}

/// Fetches `museum.json`.
pub async fn museum() -> Result<Arc<MuseumFile>, LoadError> {
    fetch_json(catalog::MUSEUM_FILE, parse_museum).await.map(Arc::new)
}

/// A room file on its way, shared by everyone who asks for it meanwhile.
type Loading = Shared<LocalBoxFuture<'static, Result<Arc<RoomFile>, LoadError>>>;

thread_local! {
    static ROOMS: RefCell<HashMap<String, Arc<RoomFile>>> = RefCell::new(HashMap::new());
    static LOADING: RefCell<HashMap<String, Loading>> = RefCell::new(HashMap::new());
    static TRAILS: RefCell<Option<Arc<TrailsFile>>> = const { RefCell::new(None) };
}

/// Fetches `trails.json`, once.
pub async fn trails() -> Result<Arc<TrailsFile>, LoadError> {
    if let Some(trails) = TRAILS.with(|t| t.borrow().clone()) {
        return Ok(trails);
    }
    let trails = Arc::new(fetch_json(catalog::TRAILS_FILE, parse_trails).await?);
    TRAILS.with(|t| *t.borrow_mut() = Some(trails.clone()));
    Ok(trails)
}

/// Fetches a room's file, once: later calls (and prefetched rooms) answer from memory, and a call
/// while the file is on its way (a visitor walking into a room being prefetched) waits for the same
/// request instead of making a second one. A failed request is forgotten, so Retry asks again.
pub async fn room(id: &str) -> Result<Arc<RoomFile>, LoadError> {
    if let Some(room) = cached_room(id) {
        return Ok(room);
    }
    let loading = LOADING.with(|loading| {
        loading
            .borrow_mut()
            .entry(id.to_string())
            .or_insert_with(|| load_room(id.to_string()))
            .clone()
    });
    loading.await
}

fn load_room(id: String) -> Loading {
    async move {
        let loaded = fetch_json(&catalog::room_file(&id), parse_room)
            .await
            .map(Arc::new);
        if let Ok(room) = &loaded {
            ROOMS.with(|rooms| rooms.borrow_mut().insert(id.clone(), room.clone()));
        }
        LOADING.with(|loading| loading.borrow_mut().remove(&id));
        loaded
    }
    .boxed_local()
    .shared()
}

/// A room's file if it has already been loaded.
pub fn cached_room(id: &str) -> Option<Arc<RoomFile>> {
    ROOMS.with(|rooms| rooms.borrow().get(id).cloned())
}

/// Loads rooms in the background so walking into them needs no wait, one after another, and calls
/// `then` with each room's file once it is here; failures are ignored here (the visitor sees them,
/// with Retry, only if they walk into that room).
pub fn prefetch(ids: Vec<String>, then: impl Fn(&RoomFile) + 'static) {
    leptos::task::spawn_local(async move {
        for id in ids {
            if let Ok(room) = room(&id).await {
                then(&room);
            }
        }
    });
}
