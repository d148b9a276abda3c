//! [`Loaded`]: a value an async function loads, for the museum's data files.
//!
//! It does what the app used of Leptos's `LocalResource` (`get`, `get_untracked`, `refetch`, and
//! loading again when a signal the function reads changes), on a signal and an effect the app has
//! anyway. `LocalResource` brings its async-derived machinery (an async lock, its own futures and
//! suspense hooks), which the app never used: without it the main module is smaller
//! (docs/performance.md, "Loading without `LocalResource`").

use std::cell::Cell;
use std::future::Future;
use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;

/// A value loaded by an async function. `None` until the first load ends; then the latest load's
/// result, kept while the next load runs (the page stays on screen until the next one is ready).
/// The function runs again when a signal it reads changes, and on [`Loaded::refetch`]; a load
/// that ends after a newer one has started is dropped.
pub struct Loaded<T: 'static> {
    value: RwSignal<Option<T>, LocalStorage>,
    again: Trigger,
}

impl<T: 'static> Clone for Loaded<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: 'static> Copy for Loaded<T> {}

impl<T: Clone + 'static> Loaded<T> {
    /// Starts loading with `load`, and again whenever a signal `load` reads (before its first
    /// `.await`) changes. The loads stop with the owner (the page or the app) that made it.
    pub fn new<F>(load: impl Fn() -> F + 'static) -> Self
    where
        F: Future<Output = T> + 'static,
    {
        let value = RwSignal::new_local(None);
        let again = Trigger::new();
        let latest = Rc::new(Cell::new(0u32));
        Effect::new(move |_| {
            again.track();
            let future = load();
            let this = latest.get().wrapping_add(1);
            latest.set(this);
            let latest = latest.clone();
            spawn_local(async move {
                let loaded = future.await;
                if latest.get() == this {
                    // The owner may be gone (the visitor has left the page): then nothing is set.
                    value.try_set(Some(loaded));
                }
            });
        });
        Self { value, again }
    }

    /// The latest result, if a load has ended; tracked.
    pub fn get(&self) -> Option<T> {
        self.value.get()
    }

    /// The latest result, if a load has ended; not tracked.
    pub fn get_untracked(&self) -> Option<T> {
        self.value.get_untracked()
    }

    /// Loads again (Retry); the current result stays until the new one is here.
    pub fn refetch(&self) {
        self.again.notify();
    }
}
