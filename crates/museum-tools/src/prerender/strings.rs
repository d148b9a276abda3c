//! The interface's English words for the pre-rendered pages: the app's own `locales/en.json`, so
//! the static page and the app that replaces it say the same thing.

use std::sync::OnceLock;

use serde_json::Value;

const SOURCE: &str = include_str!("../../../../locales/en.json");

/// The English string at a dotted `key`, e.g. `categories.painting`.
///
/// # Panics
/// If `en.json` has no such string (the tests render every page, so a wrong key fails them).
pub fn en(key: &str) -> &'static str {
    static STRINGS: OnceLock<Value> = OnceLock::new();
    let all = STRINGS.get_or_init(|| serde_json::from_str(SOURCE).expect("locales/en.json is JSON"));
    key.split('.')
        .try_fold(all, |v, part| v.get(part))
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("locales/en.json has no string {key}"))
}

/// [`en`] with `{n}` and `{m}` filled in, as the app's `i18n::fill` does.
pub fn en_fill(key: &str, n: usize, m: usize) -> String {
    en(key)
        .replace("{n}", &n.to_string())
        .replace("{m}", &m.to_string())
}

/// The English name of an exhibit's category: its JSON name, in snake case, under `categories`.
pub fn category(c: catalog::Category) -> &'static str {
    let name = serde_json::to_value(c).ok();
    let name = name.as_ref().and_then(Value::as_str).unwrap_or("other");
    en(&format!("categories.{}", name.replace('-', "_")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_nested_keys_and_fills_numbers() {
        assert_eq!(en("categories.musical_instrument"), "Musical instrument");
        assert_eq!(en_fill("room_of", 2, 28), "Room 2 of 28");
        assert_eq!(category(catalog::Category::Painting), "Painting");
    }

    #[test]
    #[should_panic(expected = "no string")]
    fn a_missing_key_is_an_error() {
        en("no.such.key");
    }
}
