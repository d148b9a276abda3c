//! The whole collection for search: every room's file, loaded the first time a visitor searches,
//! and the search index built from them in the browser.
//!
//! Why build in the browser rather than ship a pre-built index: at 1,048 exhibits the build takes
//! about 100 ms of work in short tasks (docs/performance.md, "Search") and a keystroke well under
//! 1 ms, while a serialised index would be larger to download than the room files themselves
//! (which the tour caches and shares anyway). See README "Search". The build runs a few rooms per
//! task ([`build`]), so the page answers the visitor meanwhile.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use catalog::MuseumFile;
use leptos::prelude::*;
use search::{Index, IndexBuilder};

use crate::data;
use crate::defer::yield_task;
use crate::error::LoadError;

/// How long one task of the index's build may run before it lets the browser go on, in
/// milliseconds (four times as long on a Chromebook four times slower: still under 50 ms).
const SLICE_MS: f64 = 8.0;

/// Search state shared by the header box and the search page.
#[derive(Clone, Copy)]
pub struct Collection {
    /// The index: first over `museum.json` alone (rooms by title, city, country), then over
    /// every room file that loaded.
    pub index: RwSignal<Option<Arc<Index>>>,
    /// Room files loaded so far.
    pub loaded: RwSignal<usize>,
    /// Room files that could not be loaded, with why.
    pub failed: RwSignal<Vec<LoadError>>,
    /// Whether loading has started.
    started: StoredValue<bool>,
    /// How many builds of the index have started: a build left behind by a newer one stops.
    builds: StoredValue<u32>,
}

/// Puts an empty collection in context (the app does this once).
pub fn provide_collection() {
    provide_context(Collection {
        index: RwSignal::new(None),
        loaded: RwSignal::new(0),
        failed: RwSignal::new(Vec::new()),
        started: StoredValue::new(false),
        builds: StoredValue::new(0),
    });
}

/// The collection, from context.
pub fn use_collection() -> Collection {
    expect_context::<Collection>()
}

impl Collection {
    /// Starts loading every room file (once) and builds the index: at once from what is already
    /// in memory, then again when every room file has answered.
    pub fn load(self, museum: Arc<MuseumFile>) {
        if self.started.get_value() {
            return;
        }
        self.started.set_value(true);
        self.failed.set(Vec::new());
        leptos::task::spawn_local(start(self, museum));
    }

    /// Loads again the room files that failed.
    pub fn retry(self, museum: Arc<MuseumFile>) {
        self.started.set_value(false);
        self.loaded.set(0);
        self.load(museum);
    }
}

/// Loads every room file and builds the index. In split builds its code (the search index, and the
/// room parser unless a room page has loaded it) is in a module of its own, fetched when a search
/// starts (src/pages/lazy.rs): the header's search box is in every page, but only starts this.
#[cfg_attr(
    wasm_split,
    leptos::wasm_split::wasm_split(collection, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn load_all(collection: Collection, museum: Arc<MuseumFile>) -> Result<(), LoadError> {
    leptos::task::spawn_local(build(collection, museum.clone()));
    let total = museum.rooms.len();
    let settled = Rc::new(Cell::new(0usize));
    for summary in &museum.rooms {
        let (id, museum, settled) = (summary.id.clone(), museum.clone(), settled.clone());
        leptos::task::spawn_local(async move {
            match data::room(&id).await {
                Ok(_) => collection.loaded.update(|n| *n += 1),
                Err(error) => collection.failed.update(|f| f.push(error)),
            }
            settled.set(settled.get() + 1);
            if settled.get() == total {
                build(collection, museum).await;
            }
        });
    }
    Ok(())
}

/// Runs [`load_all`], fetching its module first in split builds; a module that cannot be fetched
/// is listed with the room files that failed, so the search page offers Retry.
async fn start(collection: Collection, museum: Arc<MuseumFile>) {
    #[cfg(wasm_split)]
    let started = load_all(collection, museum).await;
    #[cfg(not(wasm_split))]
    let started = load_all(collection, museum);
    if let Err(error) = started {
        let file = "split_collection.wasm".into();
        collection.failed.update(|f| f.push(LoadError { file, ..error }));
    }
}

/// Builds the index from `museum.json` and the room files in memory, a few rooms per task of at
/// most [`SLICE_MS`]: in one task, the build of the whole collection held the page for 60–70 ms
/// here (four times that on a slow Chromebook), and the search box did not answer meanwhile. Timed
/// for the benchmark (`e2e/bench/search.mjs`): `search-build` from start to end, and each task's
/// share as a `search-build-slice`.
async fn build(collection: Collection, museum: Arc<MuseumFile>) {
    let this = collection.builds.get_value() + 1;
    collection.builds.set_value(this);
    let now = || window().performance().map_or(0.0, |p| p.now());
    let whole = crate::timing::start("search-build");
    let mut slice = (crate::timing::start("search-build-slice"), now());
    let mut builder = IndexBuilder::default();
    let rooms = IndexBuilder::order(&museum);
    for (i, summary) in rooms.iter().enumerate() {
        builder.add_room(summary, data::cached_room(&summary.id).as_deref());
        // The last step, sorting the vocabulary, is a task of its own.
        if now() - slice.1 > SLICE_MS || i + 1 == rooms.len() {
            slice.0.stop();
            yield_task().await;
            if collection.builds.try_get_value() != Some(this) {
                return;
            }
            slice = (crate::timing::start("search-build-slice"), now());
        }
    }
    let index = builder.finish();
    slice.0.stop();
    whole.stop();
    collection.index.set(Some(Arc::new(index)));
}
