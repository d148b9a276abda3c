//! The visitor's language: chosen by `?lang=` on any URL, remembered in localStorage.

use catalog::Lang;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_query_map};

const STORAGE_KEY: &str = "museum.lang";

use crate::visited::storage;

/// The language remembered on this device, if any.
fn remembered() -> Option<Lang> {
    Lang::from_code(&storage()?.get_item(STORAGE_KEY).ok()??)
}

/// Provides the current language to the app (call once inside the router).
pub fn provide_lang() {
    let query = use_query_map();
    let lang = Memo::new(move |_| {
        query
            .read()
            .get("lang")
            .and_then(|code| Lang::from_code(&code))
            .or_else(remembered)
            .unwrap_or(Lang::En)
    });
    Effect::new(move |_| {
        let lang = lang.get();
        if let Some(store) = storage() {
            let _ = store.set_item(STORAGE_KEY, lang.code());
        }
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", html_lang(lang));
        }
    });
    provide_context(CurrentLang(lang.into()));
}

/// The code for `<html lang>` and `lang` attributes.
pub fn html_lang(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh-Hans",
        other => other.code(),
    }
}

/// The current language, as a signal.
#[derive(Clone, Copy)]
pub struct CurrentLang(pub Signal<Lang>);

/// Set by a view that is drawn again whenever the language changes (`provide_context(Drawn(lang))`):
/// inside it, `use_lang` is that language, fixed. Each closure that watches the app-wide language
/// signal stays on its list of watchers until the language next changes, so short-lived views that
/// watch it (a room's cards, redrawn on every walk) cost memory on every walk.
#[derive(Clone, Copy)]
pub struct Drawn(pub Lang);

/// The current language (fixed inside a view that has provided `Drawn`).
pub fn use_lang() -> Signal<Lang> {
    match use_context::<Drawn>() {
        Some(Drawn(l)) => Signal::stored(l),
        None => expect_context::<CurrentLang>().0,
    }
}

/// A site path with the current language kept in the query (so a shared link opens in it).
pub fn href(path: &str, lang: Lang) -> String {
    if lang == Lang::En {
        path.to_string()
    } else {
        let join = if path.contains('?') { '&' } else { '?' };
        format!("{path}{join}lang={}", lang.code())
    }
}

/// The current page's address in another language.
pub fn use_switch_href() -> impl Fn(Lang) -> String + Copy {
    let location = use_location();
    move |lang| {
        let mut query = location.query.get();
        query.remove("lang");
        query.insert("lang", lang.code().to_string());
        format!("{}{}", location.pathname.get(), query.to_query_string())
    }
}

/// Percent-encodes a query component like `encodeURIComponent` (in Rust: it runs for every
/// facet link on every keystroke, and crossing into JavaScript each time costs more).
pub fn encode(text: &str) -> String {
    const KEEP: &[u8] = b"-_.!~*'()";
    let mut out = String::with_capacity(text.len());
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() || KEEP.contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
