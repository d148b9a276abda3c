//! A zoomable image: pinch, double-tap or double-click, the mouse wheel, the + / − keys (when
//! single-key shortcuts are on) and buttons zoom it; dragging pans it; Reset (or 0) puts it back.

use leptos::ev;
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::i18n::locale;
use crate::lang::use_lang;

/// How far the image can be enlarged.
const MAX: f64 = 4.0;

/// Zoom state: scale and offset (CSS pixels, applied after scaling about the centre).
#[derive(Clone, Copy, Debug, PartialEq)]
struct Frame {
    scale: f64,
    x: f64,
    y: f64,
}

impl Frame {
    const RESET: Frame = Frame {
        scale: 1.0,
        x: 0.0,
        y: 0.0,
    };

    fn zoomed(self, factor: f64) -> Frame {
        let scale = (self.scale * factor).clamp(1.0, MAX);
        if scale == 1.0 {
            return Frame::RESET;
        }
        let k = scale / self.scale;
        Frame {
            scale,
            x: self.x * k,
            y: self.y * k,
        }
    }
}

/// Wraps an image (the children) with zoom and pan, and its controls.
#[component]
pub fn Zoom(children: Children) -> impl IntoView {
    let lang = use_lang();
    let frame = RwSignal::new(Frame::RESET);
    let shortcuts_on = crate::shortcuts::use_shortcuts_on();
    let zoom = move |factor: f64| frame.update(|v| *v = v.zoomed(factor));
    // Two fingers: the ratio of their distance zooms; one finger (or the mouse) pans when zoomed.
    let pointers = StoredValue::new(Vec::<(i32, f64, f64)>::new());
    let on_down = move |e: ev::PointerEvent| {
        pointers.update_value(|p| p.push((e.pointer_id(), f64::from(e.client_x()), f64::from(e.client_y()))));
    };
    let on_move = move |e: ev::PointerEvent| {
        let (id, x, y) = (e.pointer_id(), f64::from(e.client_x()), f64::from(e.client_y()));
        let before = pointers.get_value();
        let Some(i) = before.iter().position(|p| p.0 == id) else {
            return;
        };
        let mut after = before.clone();
        after[i] = (id, x, y);
        if before.len() == 2 {
            let gap = |p: &[(i32, f64, f64)]| (p[0].1 - p[1].1).hypot(p[0].2 - p[1].2).max(1.0);
            zoom(gap(&after) / gap(&before));
        } else if frame.get_untracked().scale > 1.0 {
            let (dx, dy) = (x - before[i].1, y - before[i].2);
            frame.update(|v| {
                v.x += dx;
                v.y += dy;
            });
        }
        pointers.set_value(after);
    };
    let on_up = move |e: ev::PointerEvent| pointers.update_value(|p| p.retain(|q| q.0 != e.pointer_id()));
    let on_wheel = move |e: ev::WheelEvent| {
        e.prevent_default();
        zoom(if e.delta_y() < 0.0 { 1.25 } else { 0.8 });
    };
    let on_double = move |_| {
        frame.update(|v| {
            *v = if v.scale > 1.0 {
                Frame::RESET
            } else {
                v.zoomed(2.0)
            }
        })
    };
    let keys = window_event_listener(ev::keydown, move |e| {
        if crate::keys::is_typing(&e) || e.ctrl_key() || e.meta_key() || e.alt_key() || !shortcuts_on() {
            return;
        }
        match e.key().as_str() {
            "+" | "=" => zoom(1.25),
            "-" | "_" => zoom(0.8),
            "0" => frame.set(Frame::RESET),
            _ => return,
        }
        e.prevent_default();
    });
    on_cleanup(move || keys.remove());
    let t = move || locale(lang.get());
    let style = move || {
        let v = frame.get();
        format!(
            "transform: translate({:.1}px, {:.1}px) scale({:.3})",
            v.x, v.y, v.scale
        )
    };
    view! {
        <div
            class="zoom"
            class:zoomed={move || frame.get().scale > 1.0}
            on:pointerdown=on_down
            on:pointermove=on_move
            on:pointerup=on_up
            on:pointercancel=on_up
            on:wheel=on_wheel
            on:dblclick=on_double
        >
            <div class="zoom-inner" style=style>{children()}</div>
        </div>
        <div class="zoom-controls" role="group" aria-label=move || td_string!(t(), zoom)>
            <button class="button" on:click=move |_| zoom(1.25) aria-label=move || td_string!(t(), zoom_in)>"+"</button>
            <button class="button" on:click=move |_| zoom(0.8) aria-label=move || td_string!(t(), zoom_out)>"−"</button>
            <button class="button" on:click=move |_| frame.set(Frame::RESET) disabled=move || frame.get().scale == 1.0>
                {move || td_string!(t(), zoom_reset)}
            </button>
            <span class="zoom-level" aria-live="polite">{move || format!("{:.0}%", frame.get().scale * 100.0)}</span>
        </div>
    }
}
