//! Swiping on touch screens: a horizontal swipe walks like ← and → do.

use std::cell::Cell;
use std::rc::Rc;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::keys::Step;

/// How far (CSS pixels) a finger must travel sideways to count as a swipe.
const MIN_DISTANCE: f64 = 70.0;

/// Calls `on_step` on a one-finger horizontal swipe: left for the next room or exhibit, right for
/// the previous. Swipes that start in something that scrolls sideways (chips, the floor plan), or
/// while the page is pinch-zoomed, are left alone. Removed when the calling view is dropped.
pub fn on_swipe(on_step: impl Fn(Step) + 'static) {
    let start: Rc<Cell<Option<(f64, f64)>>> = Rc::new(Cell::new(None));
    let begin = {
        let start = start.clone();
        window_event_listener(ev::touchstart, move |e| {
            let touches = e.touches();
            let inside_scroller = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest(".chips, .plan-scroll, .zoom").ok().flatten())
                .is_some();
            let zoomed = window().visual_viewport().is_some_and(|v| v.scale() > 1.01);
            start.set(match touches.get(0) {
                Some(t) if touches.length() == 1 && !inside_scroller && !zoomed => {
                    Some((f64::from(t.client_x()), f64::from(t.client_y())))
                }
                _ => None,
            });
        })
    };
    let end = window_event_listener(ev::touchend, move |e| {
        let (Some((x0, y0)), Some(t)) = (start.take(), e.changed_touches().get(0)) else {
            return;
        };
        let (dx, dy) = (f64::from(t.client_x()) - x0, f64::from(t.client_y()) - y0);
        if dx.abs() >= MIN_DISTANCE && dx.abs() > 2.0 * dy.abs() {
            on_step(if dx < 0.0 { Step::Next } else { Step::Previous });
        }
    });
    on_cleanup(move || {
        begin.remove();
        end.remove();
    });
}
