//! Presenter mode, for a projector: large type, big images, the site's chrome hidden, and control
//! by PageUp / PageDown (what presentation clickers send) as well as the arrow keys.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const KEY: &str = "museum.presenting";

/// Whether presenter mode is on (shared by the whole app).
#[derive(Clone, Copy)]
pub struct Presenting(pub RwSignal<bool>);

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// Provides presenter mode to the app. It lasts for the browser tab's session (a reload keeps
/// it; a new tab starts without it), and sets `class="presenting"` on `<html>` for the CSS.
pub fn provide_presenter() {
    let on = session().and_then(|s| s.get_item(KEY).ok().flatten()).is_some();
    let presenting = RwSignal::new(on);
    Effect::new(move |_| {
        let on = presenting.get();
        if let Some(s) = session() {
            let _ = if on {
                s.set_item(KEY, "1")
            } else {
                s.remove_item(KEY)
            };
        }
        if let Some(html) = document().document_element() {
            let _ = html.class_list().toggle_with_force("presenting", on);
        }
        press_switches(on);
    });
    let handle = window_event_listener(ev::keydown, move |e| {
        if e.key() == "Escape" && presenting.get_untracked() {
            presenting.set(false);
        }
    });
    on_cleanup(move || handle.remove());
    provide_context(Presenting(presenting));
}

/// Sets `aria-pressed` on every "Present" switch in the page (`components/present.rs`).
fn press_switches(on: bool) {
    let Ok(switches) = document().query_selector_all(".present-toggle") else {
        return;
    };
    for i in 0..switches.length() {
        if let Some(switch) = switches
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            let _ = switch.set_attribute("aria-pressed", if on { "true" } else { "false" });
        }
    }
}

/// Presenter mode's switch.
pub fn use_presenting() -> RwSignal<bool> {
    expect_context::<Presenting>().0
}
