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
    /// `.await`) changes. Once the owner that made it (the page or the app) is gone, nothing loads
    /// again, and a load still running sets nothing.
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

#[cfg(test)]
mod tests {
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
    use futures::channel::oneshot;
    use futures::executor::{LocalPool, LocalSpawner};
    use futures::task::LocalSpawnExt;
    use leptos::prelude::*;

    use super::Loaded;

    thread_local! {
        static POOL: RefCell<LocalPool> = RefCell::new(LocalPool::new());
        // Tasks spawn tasks while the pool runs, so they go through a spawner, not the pool.
        static SPAWNER: LocalSpawner = POOL.with(|pool| pool.borrow().spawner());
    }

    /// Runs the reactive system's tasks on this test thread's pool.
    struct TestExecutor;

    impl CustomExecutor for TestExecutor {
        fn spawn(&self, fut: PinnedFuture<()>) {
            self.spawn_local(fut);
        }
        fn spawn_local(&self, fut: PinnedLocalFuture<()>) {
            SPAWNER.with(|spawner| spawner.spawn_local(fut).expect("the pool runs"));
        }
        fn poll_local(&self) {}
    }

    /// Runs every task until none can go on (effects, loads).
    fn settle() {
        POOL.with(|pool| pool.borrow_mut().run_until_stalled());
    }

    fn start() -> Owner {
        let _ = Executor::init_local_custom_executor(TestExecutor);
        let owner = Owner::new();
        owner.set();
        owner
    }

    #[test]
    fn loads_once_and_again_on_refetch() {
        let _owner = start();
        let calls = Rc::new(Cell::new(0));
        let counted = calls.clone();
        let loaded = Loaded::new(move || {
            counted.set(counted.get() + 1);
            let n = counted.get();
            async move { n }
        });
        assert_eq!(loaded.get_untracked(), None);
        settle();
        assert_eq!(loaded.get_untracked(), Some(1));
        settle();
        assert_eq!(calls.get(), 1, "nothing changed, so nothing loads again");
        loaded.refetch();
        settle();
        assert_eq!(loaded.get_untracked(), Some(2));
    }

    /// One sender per load started, in order: sending ends that load.
    type Ends = Rc<RefCell<Vec<oneshot::Sender<()>>>>;

    /// A loader whose loads end when the test says.
    fn controlled(id: RwSignal<&'static str>) -> (Loaded<&'static str>, Ends) {
        let pending = Rc::new(RefCell::new(Vec::new()));
        let senders = pending.clone();
        let loaded = Loaded::new(move || {
            let id = id.get();
            let (done, wait) = oneshot::channel();
            senders.borrow_mut().push(done);
            async move {
                let _ = wait.await;
                id
            }
        });
        (loaded, pending)
    }

    #[test]
    fn loads_again_when_what_it_reads_changes_keeping_the_last_result_meanwhile() {
        let _owner = start();
        let id = RwSignal::new("harbin");
        let (loaded, pending) = controlled(id);
        settle();
        pending.borrow_mut().remove(0).send(()).unwrap();
        settle();
        assert_eq!(loaded.get_untracked(), Some("harbin"));
        id.set("niigata");
        settle();
        assert_eq!(pending.borrow().len(), 1, "a new load started");
        assert_eq!(
            loaded.get_untracked(),
            Some("harbin"),
            "the last result stays while it loads"
        );
        pending.borrow_mut().remove(0).send(()).unwrap();
        settle();
        assert_eq!(loaded.get_untracked(), Some("niigata"));
    }

    #[test]
    fn drops_a_load_that_ends_after_a_newer_one_started() {
        let _owner = start();
        let id = RwSignal::new("harbin");
        let (loaded, pending) = controlled(id);
        settle();
        id.set("niigata");
        settle();
        let (first, second) = {
            let mut all = pending.borrow_mut();
            (all.remove(0), all.remove(0))
        };
        second.send(()).unwrap();
        settle();
        assert_eq!(loaded.get_untracked(), Some("niigata"));
        first.send(()).unwrap();
        settle();
        assert_eq!(
            loaded.get_untracked(),
            Some("niigata"),
            "the older load's result is dropped"
        );
    }
}
