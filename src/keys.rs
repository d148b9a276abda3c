//! Keyboard walking: ← and → move through the museum (and, in presenter mode, PageUp and
//! PageDown, which presentation clickers send).

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Which way a key asks to walk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// ← : back.
    Previous,
    /// → : on.
    Next,
}

/// Calls `on_step` when the visitor presses ← or → (not while typing, nor with a modifier key),
/// PageUp or PageDown in presenter mode, or swipes sideways on a touch screen. The listeners are removed when the calling view is dropped.
pub fn on_walk_keys(on_step: impl Fn(Step) + Clone + 'static) {
    crate::swipe::on_swipe(on_step.clone());
    let presenting = crate::presenter::use_presenting();
    let handle = window_event_listener(ev::keydown, move |e| {
        if e.default_prevented() || e.alt_key() || e.ctrl_key() || e.meta_key() || e.shift_key() {
            return;
        }
        if is_typing(&e) {
            return;
        }
        let step = match e.key().as_str() {
            "ArrowLeft" => Step::Previous,
            "ArrowRight" => Step::Next,
            "PageUp" if presenting.get_untracked() => Step::Previous,
            "PageDown" if presenting.get_untracked() => Step::Next,
            _ => return,
        };
        e.prevent_default();
        on_step(step);
    });
    on_cleanup(move || handle.remove());
}

/// Whether a key press is going into a text field (where keys must keep their usual meaning).
pub fn is_typing(e: &web_sys::KeyboardEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.has_attribute("contenteditable")
        })
}
