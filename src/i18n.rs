//! Interface strings: `locales/{en,zh,ja,ko,ru}.json`, compiled into the app by leptos_i18n and read
//! with its `td_string!` macro for a given language. The language itself stays the app's own
//! `?lang=`/localStorage signal (see `lang.rs`), so views redrawn per language read a fixed locale
//! and never watch an app-wide signal (see `lang::Drawn`).
//!
//! A few strings carry numbers as `{n}`/`{m}` (put in by `fill`) or `{a}`, `{b}`, `{d}`, `{lang}`
//! (put in with `str::replace` where they are used): leptos_i18n's own `{{ n }}` interpolation
//! gives views only unless its `interpolate_display` option is set, which `load_locales!` cannot
//! set, and these strings are also needed as text (labels, titles, status lines). A unit test
//! checks every locale has the same keys and the same placeholders as English.
//!
//! `load_locales!` is the macro form of leptos_i18n's code generator; its `build.rs` form pulls in
//! the ICU data exporter (about 180 crates) for no difference in the generated code.
#![allow(deprecated)]

use catalog::{Category, Lang};
use leptos_i18n::td_string;

leptos_i18n::load_locales!();

pub use i18n::Locale;

/// The leptos_i18n locale for a language.
pub fn locale(lang: Lang) -> Locale {
    match lang {
        Lang::En => Locale::en,
        Lang::Zh => Locale::zh,
        Lang::Ja => Locale::ja,
        Lang::Ko => Locale::ko,
        Lang::Ru => Locale::ru,
    }
}

/// A category's name.
pub fn category_name(lang: Lang, category: Category) -> &'static str {
    let l = locale(lang);
    match category {
        Category::Painting => td_string!(l, categories.painting),
        Category::Sculpture => td_string!(l, categories.sculpture),
        Category::Stamp => td_string!(l, categories.stamp),
        Category::Currency => td_string!(l, categories.currency),
        Category::MusicalInstrument => td_string!(l, categories.musical_instrument),
        Category::Costume => td_string!(l, categories.costume),
        Category::Picture => td_string!(l, categories.picture),
        Category::Multimedia => td_string!(l, categories.multimedia),
        Category::Craft => td_string!(l, categories.craft),
        Category::Other => td_string!(l, categories.other),
    }
}

/// An interface string with its `{n}` and `{m}` filled in.
pub fn fill(s: &str, n: usize, m: usize) -> String {
    s.replace("{n}", &n.to_string()).replace("{m}", &m.to_string())
}

/// "Room {n} of {m}" with the numbers filled in.
pub fn room_of(lang: Lang, n: usize, m: usize) -> String {
    fill(td_string!(locale(lang), room_of), n, m)
}

#[cfg(test)]
mod tests {
    //! leptos_i18n only warns when a locale lacks a key (and shows English); these make it a failure.
    use serde_json::Value;
    use std::collections::BTreeMap;

    const LOCALES: [(&str, &str); 5] = [
        ("en", include_str!("../locales/en.json")),
        ("zh", include_str!("../locales/zh.json")),
        ("ja", include_str!("../locales/ja.json")),
        ("ko", include_str!("../locales/ko.json")),
        ("ru", include_str!("../locales/ru.json")),
    ];

    /// Every string in a locale file by its dotted key.
    fn flat(text: &str) -> BTreeMap<String, String> {
        fn walk(prefix: &str, v: &Value, out: &mut BTreeMap<String, String>) {
            match v {
                Value::Object(map) => map.iter().for_each(|(k, v)| {
                    let key = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}.{k}")
                    };
                    walk(&key, v, out)
                }),
                Value::String(s) => drop(out.insert(prefix.to_string(), s.clone())),
                other => panic!("{prefix}: expected text, found {other}"),
            }
        }
        let mut out = BTreeMap::new();
        walk("", &serde_json::from_str(text).expect("valid JSON"), &mut out);
        out
    }

    /// The `{name}` placeholders in a string.
    fn placeholders(s: &str) -> Vec<&str> {
        let mut found: Vec<&str> = s
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect();
        found.sort_unstable();
        found
    }

    /// Every Rust file of the app, by path.
    fn sources() -> Vec<(String, String)> {
        fn walk(dir: &std::path::Path, out: &mut Vec<(String, String)>) {
            for entry in std::fs::read_dir(dir).expect("src is readable").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).expect("a source file");
                    out.push((path.display().to_string(), text));
                }
            }
        }
        let mut out = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut out,
        );
        out
    }

    /// The text nodes written into `view!` blocks: string literals that follow a tag, a closing
    /// brace or another literal (attribute values follow `=` and are not shown as text).
    fn view_text(source: &str) -> Vec<String> {
        let mut found = Vec::new();
        for block in source.split("view! {").skip(1) {
            let (mut depth, mut prev, mut chars) = (1, '{', block.chars());
            while let Some(c) = chars.next() {
                match c {
                    '"' => {
                        let mut literal = String::new();
                        while let Some(c) = chars.next() {
                            match c {
                                '\\' => literal.extend(chars.next()),
                                '"' => break,
                                c => literal.push(c),
                            }
                        }
                        if matches!(prev, '>' | '}' | '"' | '{') {
                            found.push(literal);
                        }
                        prev = '"';
                        continue;
                    }
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                if depth == 0 {
                    break;
                }
                if !c.is_whitespace() {
                    prev = c;
                }
            }
        }
        found
    }

    /// Literals the scan sees in views that are not words for people to read.
    const NOT_TEXT: [&str; 10] = [
        "exhibit", "room", // data-kind values on search hits
        "eager", "lazy", // image loading attributes
        " here", " visited", // class names on plan rooms
        "true", "false", // aria-current values
        "友", "文A", // aria-hidden marks: the logo and the language icon
    ];

    /// Literal values of attributes and props that people read or hear (`label="…"`, `alt="…"`…).
    fn spoken_attributes(source: &str) -> Vec<String> {
        ["label=\"", "alt=\"", "title=\"", "placeholder=\""]
            .iter()
            .flat_map(|attr| source.split(attr).skip(1))
            .filter_map(|rest| rest.split_once('"').map(|(value, _)| value.to_string()))
            .collect()
    }

    #[test]
    fn views_hold_no_untranslated_words() {
        let mut words = Vec::new();
        for (path, text) in sources().into_iter().filter(|(p, _)| !p.ends_with("i18n.rs")) {
            for literal in view_text(&text).into_iter().chain(spoken_attributes(&text)) {
                if literal.chars().any(char::is_alphabetic) && !NOT_TEXT.contains(&literal.as_str()) {
                    words.push(format!("{path}: {literal:?}"));
                }
            }
        }
        assert!(
            words.is_empty(),
            "text in views that is not in locales/*.json:\n{}",
            words.join("\n")
        );
    }

    #[test]
    fn every_locale_has_every_key_with_the_same_placeholders() {
        let en = flat(LOCALES[0].1);
        assert!(en.len() > 150, "English has {} strings", en.len());
        for (code, text) in &LOCALES[1..] {
            let other = flat(text);
            let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
            let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{code}: missing {missing:?}, extra {extra:?}"
            );
            for (key, value) in &other {
                assert!(!value.trim().is_empty(), "{code}.{key} is empty");
                assert_eq!(
                    placeholders(value),
                    placeholders(&en[key]),
                    "{code}.{key}: placeholders differ"
                );
            }
        }
    }

    #[test]
    fn every_key_is_used_by_the_app() {
        let sources = sources().into_iter().map(|(_, text)| text).collect::<String>();
        for key in flat(LOCALES[0].1).keys() {
            let used = if let Some(cat) = key.strip_prefix("categories.") {
                sources.contains(&format!("categories.{cat})"))
            } else {
                sources.contains(&format!(", {key})"))
            };
            assert!(used, "{key} is in the locale files but no view reads it");
        }
    }
}
