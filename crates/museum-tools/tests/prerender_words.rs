//! The pre-rendered pages are English and written by `prerender`, not by the app; their interface words
//! must still be the app's words (`locales/en.json`), so the page does not change its labels when the
//! app takes over. Every text between tags in the page builders must be found in an English string.

use std::path::Path;

/// Every English interface string, flattened.
fn english() -> Vec<String> {
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(map) => map.values().for_each(|v| walk(v, out)),
            serde_json::Value::String(s) => out.push(s.clone()),
            _ => {}
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales/en.json");
    let mut out = Vec::new();
    walk(
        &serde_json::from_str(&std::fs::read_to_string(root).unwrap()).unwrap(),
        &mut out,
    );
    out
}

/// Sentences only the pages without the app need (the app runs the search).
const STATIC_ONLY: [&str; 1] = ["Searching needs JavaScript and WebAssembly."];

/// Text written between tags (`>Text<`) in a source file, before its tests; Rust's `->` and string
/// line continuations are not text.
fn words_between_tags(source: &str) -> Vec<String> {
    let code = source.split("#[cfg(test)]").next().unwrap_or(source);
    let code = code
        .split("\\\n")
        .map(str::trim_start)
        .collect::<Vec<_>>()
        .join("");
    let parts: Vec<&str> = code.split('>').collect();
    parts
        .windows(2)
        .filter(|pair| !pair[0].ends_with('-'))
        .filter_map(|pair| pair[1].split_once('<').map(|(text, _)| text))
        .map(|text| {
            text.trim()
                .trim_end_matches(" →")
                .trim_start_matches("← ")
                .replace("&#39;", "'")
        })
        .filter(|text| text.chars().next().is_some_and(char::is_uppercase) && !text.contains('{'))
        .collect()
}

#[test]
fn pre_rendered_pages_use_the_apps_english_words() {
    let english = english();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/prerender");
    let mut unknown = Vec::new();
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let source = std::fs::read_to_string(entry.path()).unwrap();
        for word in words_between_tags(&source) {
            checked += 1;
            let known =
                english.iter().any(|s| s.contains(&word)) || STATIC_ONLY.iter().any(|s| word.starts_with(s));
            if !known {
                unknown.push(format!("{}: {word:?}", entry.file_name().to_string_lossy()));
            }
        }
    }
    // Most pages take their words from `strings::en`; the literal ones left are the frame's, the
    // world table's, and the search and not-found pages'.
    assert!(
        checked > 8,
        "only {checked} words found: is the scan still reading the page builders?"
    );
    assert!(
        unknown.is_empty(),
        "words not in locales/en.json:\n{}",
        unknown.join("\n")
    );
}
