//! Drawing below the fold one frame later.
//!
//! A room's exhibits, doors and sources are below the fold on every screen size (the heading,
//! introduction and facts fill the first screen). After a walk they are drawn in the task after the
//! new room's first frame has painted, so the part the visitor sees first paints about twice as
//! fast, and the work is split into two shorter tasks (docs/performance.md, "Walking").

use std::time::Duration;

use leptos::prelude::*;

/// A flag that turns true once the next frame has painted, for a view's below-the-fold parts.
///
/// It is true at once when the pre-rendered page is still shown (the first view takes its place in
/// one step, so a visitor who has scrolled it sees no jump) and in a hidden tab (no frames come).
/// The flag belongs to the view that asks for it: if that view is gone before the frame, nothing
/// happens.
pub fn after_first_paint() -> Signal<bool> {
    let document = document();
    let at_once = document.get_element_by_id("prerender").is_some() || document.hidden();
    let shown = RwSignal::new(at_once);
    if !at_once {
        request_animation_frame(move || {
            set_timeout(
                move || {
                    shown.try_set(true);
                },
                Duration::ZERO,
            )
        });
    }
    shown.into()
}
