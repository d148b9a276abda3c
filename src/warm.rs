//! Rehearsing the first walk while the visitor reads.
//!
//! V8 compiles each wasm function on its first call, on the main thread. A walk draws the room
//! view *again* (tachys' rebuild code, which the first view never ran), so the visitor's first walk
//! was one long task: about 300 functions compiled in it, 60–90 ms with the CPU slowed four times
//! (docs/performance.md, "Walking"). Once the visitor has rested on a room, [`rehearse`] builds that
//! room's view once more in an element outside the page, lets its below-the-fold part follow as on
//! a walk, draws it again and drops it: the same code a walk runs, compiled while nobody waits.
//! Nothing on screen changes, and nothing is fetched: its pictures have no source ([`rehearsing`]).

use std::cell::Cell;
use std::time::Duration;

use leptos::prelude::*;
use leptos::reactive::owner::WeakOwner;
use leptos::tachys::view::{Mountable, Render};
use wasm_bindgen::prelude::*;

use crate::defer::{after_paint, next_task};

/// How long the visitor must have stayed on the room before the rehearsal (a pupil reading it).
const REST: Duration = Duration::from_secs(3);

thread_local! {
    /// Whether this visit has rehearsed (or walked) already: once is enough.
    static DONE: Cell<bool> = const { Cell::new(false) };
}

/// What the rehearsal's owner provides, so the views inside know they are not on the page.
#[derive(Clone, Copy)]
struct Rehearsal;

/// Whether the view being drawn is a rehearsal's (outside the page): its pictures then leave out
/// their source, so that none is fetched (a picture outside the page still loads).
pub fn rehearsing() -> bool {
    use_context::<Rehearsal>().is_some()
}

/// Marks the rehearsal as no longer needed (a walk has run the code it would compile).
pub fn walked() {
    DONE.set(true);
}

/// Once per visit: after the visitor has stayed [`REST`] on the page at `path` and the browser is
/// idle, builds `view()` outside the page, draws it again and drops it. Skipped if they have moved
/// on (or walked) by then, or if the page is gone. Runs under a child of `page` (the page's owner,
/// held weakly: the page must be free to go), so the view finds the app's contexts.
pub fn rehearse<V: Render + 'static>(page: WeakOwner, path: String, view: impl Fn() -> V + 'static) {
    if DONE.get() {
        return;
    }
    set_timeout(
        move || {
            let idle = Closure::once_into_js(move || {
                let here = window().location().pathname().ok() == Some(path);
                let Some(page) = page.upgrade().filter(|_| here && !DONE.get()) else {
                    return;
                };
                DONE.set(true);
                let owner = page.child();
                let Ok(parent) = document().create_element("div") else {
                    return;
                };
                let mut state = owner.with(|| {
                    provide_context(Rehearsal);
                    view().build()
                });
                state.mount(&parent, None);
                // Its below-the-fold part is drawn after the next frame, as on a walk; then the
                // view is drawn again (dropping that part, as a walk does) and let go.
                after_paint(move || {
                    next_task(move || {
                        owner.with(|| view().rebuild(&mut state));
                        drop(state);
                        owner.cleanup();
                        // For the benches and tests: when the rehearsal ended (User Timing).
                        if let Some(p) = window().performance() {
                            let _ = p.mark("rehearsed");
                        }
                    })
                });
            });
            let _ = window().request_idle_callback(idle.unchecked_ref());
        },
        REST,
    );
}
