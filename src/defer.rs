//! Drawing a view in more than one task.
//!
//! A room's exhibits, doors and sources are below the fold on every screen size (the heading,
//! introduction and facts fill the first screen). They are drawn in the task after the rest of the
//! room, so the part the visitor sees first paints about twice as fast, and no single task is long
//! on a slow machine (docs/performance.md, "Walking" and "Starting").
//!
//! The app's first view is built in many tasks ([`NextTask`], [`FirstViewTask`]) behind the
//! pre-rendered copy: V8 compiles each wasm function in the task that first calls it, so a view
//! built in one task would be one long task.

use std::time::Duration;

use leptos::prelude::*;

use crate::prerender;

/// A flag that turns true once the view's first part is on screen, for its below-the-fold parts.
///
/// After a walk: once the next frame has painted. On the first view, drawn behind the
/// pre-rendered copy: in the next task, with the copy kept on screen until then
/// ([`prerender::hold`]), so a visitor who has scrolled it sees no jump. In a hidden tab (no
/// frames come): at once. The flag belongs to the view that asks for it: if that view is gone
/// first, nothing is drawn.
pub fn after_first_paint() -> Signal<bool> {
    if document().hidden() {
        return Signal::from(true);
    }
    let shown = RwSignal::new(false);
    if prerender::present() {
        let release = prerender::hold();
        next_task(move || {
            shown.try_set(true);
            release();
        });
    } else {
        after_paint(move || _ = shown.try_set(true));
    }
    shown.into()
}

/// Runs `f` in the task after the next frame is painted (at once in a task of its own in a hidden
/// tab, where no frames come): for work the frame must not wait for, such as fetching ahead.
pub fn after_paint(f: impl FnOnce() + 'static) {
    if document().hidden() {
        next_task(f);
    } else {
        request_animation_frame(move || next_task(f));
    }
}

/// Runs `f` in a task of its own, after the current one.
pub fn next_task(f: impl FnOnce() + 'static) {
    set_timeout(f, Duration::ZERO);
}

/// Resolves in a task of its own, after the current one: an `async` code path that awaits it ends
/// its task there. (Used by the split build's page modules, `pages/lazy.rs`, and the search
/// index's build, `collection.rs`.)
pub async fn yield_task() {
    let promise = web_sys::js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Draws its children in the task after the one that creates it: the app's frame (header,
/// footer), its tools and its page are then built in several shorter tasks instead of one long
/// one. On the first view the pre-rendered copy is held ([`prerender::hold`]) until they are drawn.
#[component]
pub fn NextTask(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    let release = prerender::present().then(prerender::hold);
    next_task(move || {
        _ = ready.try_set(true);
        // The children are drawn in this task's microtasks, before anything is painted.
        if let Some(release) = release {
            release();
        }
    });
    move || ready.get().then(|| children())
}

/// Draws its children in a task of its own on the first view, behind the pre-rendered copy (held
/// until they are drawn), and at once otherwise: after a walk, a part drawn a task later would be
/// missing from the frame that shows the new page. For the parts of a page's first screen.
#[component]
pub fn FirstViewTask(children: ChildrenFn) -> impl IntoView {
    if prerender::present() {
        view! { <NextTask>{children()}</NextTask> }.into_any()
    } else {
        children().into_any()
    }
}
