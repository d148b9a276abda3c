//! Rehearsing the first walk while the visitor reads.
//!
//! V8 compiles each wasm function on its first call, on the main thread. A walk draws the room
//! view *again* (tachys' rebuild code, which the first view never ran), so the visitor's first walk
//! was one long task: about 300 functions compiled in it, 60–90 ms with the CPU slowed four times
//! (docs/performance.md, "Walking"). Once the visitor has rested on a room, an exhibit or a trail's stop,
//! [`on_rest`] builds its view once more in an element outside the page, lets its below-the-fold
//! part follow as on a walk, draws it again and drops it: the same code a walk runs, compiled while
//! nobody waits. A room draws the next room over it, as a walk does, so that the rebuild has the
//! same changes to make (a first walk then compiled 99 functions instead of 123; for exhibits and
//! stops the next one made no difference, 114 against 115 and 98 against 99, so they draw the same
//! view again). Nothing on screen changes, and nothing is fetched: its pictures have no source
//! ([`rehearsing`]).

use std::cell::Cell;
use std::time::Duration;

use leptos::prelude::*;
use leptos::reactive::owner::WeakOwner;
use leptos::tachys::view::{Mountable, Render};
use wasm_bindgen::prelude::*;

use crate::defer::{after_paint, next_task};

/// How long the visitor must have stayed on the page before the rehearsal (a pupil reading it).
const REST: Duration = Duration::from_secs(3);

/// How long the rehearsal waits for the browser to be idle after [`REST`], at most.
const IDLE_WAIT: Duration = Duration::from_secs(2);

/// The kinds of page a visitor walks through with ← and →, each rehearsed once per visit: their
/// views share little code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Walk {
    /// From room to room.
    Rooms = 1,
    /// From exhibit to exhibit.
    Exhibits = 2,
    /// From stop to stop of a trail.
    TrailStops = 4,
}

thread_local! {
    /// The kinds of walk this visit has rehearsed (or walked) already, one bit each: once is enough.
    static DONE: Cell<u8> = const { Cell::new(0) };
}

fn done(walk: Walk) -> bool {
    DONE.get() & walk as u8 != 0
}

fn mark_done(walk: Walk) {
    DONE.set(DONE.get() | walk as u8);
}

/// Which view a rehearsal asks for: the one the page shows, then the one a walk with → would show
/// (a page may draw what it shows again instead).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rehearse {
    /// What the page shows.
    Shown,
    /// What → leads to, if the page has it in memory.
    Next,
}

/// What the rehearsal's owner provides, so the views inside know they are not on the page.
#[derive(Clone, Copy)]
struct Rehearsal;

/// Whether the view being drawn is a rehearsal's (outside the page): its pictures then leave out
/// their source, so that none is fetched (a picture outside the page still loads).
pub fn rehearsing() -> bool {
    use_context::<Rehearsal>().is_some()
}

/// Rehearses a walk of the page's kind once the visitor rests on the page. `shown` says what the
/// page shows (a key, such as the room's id, and a function drawing the view [`Rehearse`] asks for),
/// or `None` while it loads. The first thing shown is rehearsed ([`rehearse`]); a different key later
/// means the visitor walked, which compiled the code by itself. Call it in the page's component:
/// the rehearsal runs under the page's owner (held weakly: a strong reference would keep the page,
/// and its key listener, alive after the visitor leaves).
pub fn on_rest<K, F, V>(walk: Walk, shown: impl Fn() -> Option<(K, F)> + 'static)
where
    K: PartialEq + Clone + 'static,
    F: Fn(Rehearse) -> V + 'static,
    V: Render + 'static,
{
    let owner = Owner::current().map(|o| o.downgrade());
    Effect::new(move |before: Option<Option<K>>| {
        let Some((key, view)) = shown() else {
            return before.flatten();
        };
        match before.flatten() {
            None => {
                if let Some(owner) = owner.clone() {
                    let path = window().location().pathname().unwrap_or_default();
                    rehearse(walk, owner, path, view);
                }
            }
            Some(b) if b != key => mark_done(walk),
            Some(_) => {}
        }
        Some(key)
    });
}

/// Once per visit and kind of walk: after the visitor has stayed [`REST`] on the page at `path` and
/// the browser is idle, builds `view(Shown)` outside the page, draws `view(Next)` over it and drops
/// it. Skipped if they have moved on (or walked) by then, or if the page is gone. Runs under a child
/// of `page` (the page's owner, held weakly: the page must be free to go), so the view finds the
/// app's contexts.
fn rehearse<V: Render + 'static>(
    walk: Walk,
    page: WeakOwner,
    path: String,
    view: impl Fn(Rehearse) -> V + 'static,
) {
    if done(walk) {
        return;
    }
    set_timeout(
        move || {
            let idle = Closure::once_into_js(move || {
                let here = window().location().pathname().ok() == Some(path);
                let Some(page) = page.upgrade().filter(|_| here && !done(walk)) else {
                    return;
                };
                mark_done(walk);
                let owner = page.child();
                let Ok(parent) = document().create_element("div") else {
                    return;
                };
                let mut state = owner.with(|| {
                    provide_context(Rehearsal);
                    view(Rehearse::Shown).build()
                });
                state.mount(&parent, None);
                // Its below-the-fold part is drawn after the next frame, as on a walk; then the
                // next view is drawn over it (dropping that part, as a walk does) and let go.
                after_paint(move || {
                    next_task(move || {
                        owner.with(|| view(Rehearse::Next).rebuild(&mut state));
                        drop(state);
                        owner.cleanup();
                        // For the benches and tests: when the rehearsal ended (User Timing).
                        if let Some(p) = window().performance() {
                            let _ = p.mark("rehearsed");
                        }
                    })
                });
            });
            // Chromium may hold idle callbacks back for a long while (seen while reading aloud, the
            // page otherwise quiet): after IDLE_WAIT the rehearsal runs anyway (its tasks are short).
            let options = web_sys::IdleRequestOptions::new();
            options.set_timeout(IDLE_WAIT.as_millis() as u32);
            let _ = window().request_idle_callback_with_options(idle.unchecked_ref(), &options);
        },
        REST,
    );
}
