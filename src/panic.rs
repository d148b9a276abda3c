//! A panic leaves the wasm instance unusable, so the hook draws a plain error view with web-sys.

use std::panic;

use wasm_bindgen::JsCast;

/// Installs the panic hook: log to the console, then replace the page with a message and Reload.
pub fn install() {
    panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let _ = draw();
    }));
}

fn draw() -> Option<()> {
    let document = web_sys::window()?.document()?;
    let body = document.body()?;
    body.set_class_name("");
    let panel = document.create_element("div").ok()?;
    panel.set_class_name("panic");
    panel.set_attribute("role", "alert").ok()?;
    let heading = document.create_element("h1").ok()?;
    heading.set_text_content(Some("Something went wrong in the tour · 导览出错了"));
    let text = document.create_element("p").ok()?;
    text.set_text_content(Some(
        "The page stopped working. Reloading usually helps; your place in the museum is in the address bar. \
         页面停止运行，请重新加载。",
    ));
    let button = document.create_element("button").ok()?;
    button.set_text_content(Some("Reload · 重新加载"));
    button.set_attribute("onclick", "location.reload()").ok()?;
    panel.append_child(&heading).ok()?;
    panel.append_child(&text).ok()?;
    panel.append_child(&button).ok()?;
    if let Some(app) = document.get_element_by_id("app") {
        app.set_text_content(None);
        app.append_child(&panel).ok()?;
    } else {
        body.append_child(&panel).ok()?;
    }
    crate::prerender::remove_now();
    button.dyn_ref::<web_sys::HtmlElement>()?.focus().ok()
}
