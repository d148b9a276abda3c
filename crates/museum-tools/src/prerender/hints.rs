//! Preload hints: what each pre-rendered page's app will fetch, so the browser can start at once.
//!
//! Without them the fetches form a chain: the page, then the app's main module, then (once it
//! runs) the data files and the page's own module (src/pages/lazy.rs), which on slow school Wi-Fi
//! costs round trips. Each page's `<head>` therefore names `museum.json`, the page's own data file,
//! and the files of its page module (read from the manifest `scripts/split-manifest.mjs` writes) in
//! `<meta name="app-preload">`. The app's loader (`pattern_script` in Trunk.toml) turns them into
//! `<link rel="preload">` when it starts the main module, after the pre-rendered page has painted:
//! as links in the page itself they would compete with its text and first image (Lighthouse's LCP
//! went from 1.1 s to 2.0 s with them).

use std::collections::HashMap;

/// Which files each page module needs: `{"tour": ["split_tour-….wasm", …], …}`.
pub type Manifest = HashMap<String, Vec<String>>;

/// The page module that draws `route` (the groups of src/pages/lazy.rs); `None` for the
/// not-found page, which is in the main module.
pub fn module_of(route: &str) -> Option<&'static str> {
    let parts: Vec<&str> = route.trim_matches('/').split('/').collect();
    match parts.as_slice() {
        [""] | ["rooms", _] => Some("tour"),
        ["rooms", _, "quiz" | "worksheet"] => Some("classroom"),
        ["rooms", _, _] => Some("tour"),
        ["map" | "world" | "search" | "about"] => Some("explore"),
        ["trails", ..] => Some("classroom"),
        _ => None,
    }
}

/// The data files the page at `route` loads first, as site paths.
pub fn data_of(route: &str) -> Vec<String> {
    let mut files = vec![format!("/{}", catalog::MUSEUM_FILE)];
    let parts: Vec<&str> = route.trim_matches('/').split('/').collect();
    match parts.as_slice() {
        ["rooms", room, ..] => files.push(format!("/{}", catalog::room_file(room))),
        ["trails", ..] => files.push(format!("/{}", catalog::TRAILS_FILE)),
        _ => {}
    }
    files
}

/// The `<meta name="app-preload">` tag for the page at `route`: site paths, space-separated.
pub fn links(route: &str, manifest: &Manifest) -> String {
    let modules = module_of(route)
        .and_then(|m| manifest.get(m))
        .into_iter()
        .flatten()
        .map(|file| format!("/{file}"));
    let paths: Vec<String> = data_of(route).into_iter().chain(modules).collect();
    format!(
        "\n  <meta name=\"app-preload\" content=\"{}\">",
        super::esc(&paths.join(" "))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_map_to_the_modules_of_the_app() {
        assert_eq!(module_of("/"), Some("tour"));
        assert_eq!(module_of("/rooms/niigata"), Some("tour"));
        assert_eq!(module_of("/rooms/niigata/kite"), Some("tour"));
        assert_eq!(module_of("/rooms/niigata/quiz"), Some("classroom"));
        assert_eq!(module_of("/rooms/niigata/worksheet"), Some("classroom"));
        assert_eq!(module_of("/trails/stamps/3"), Some("classroom"));
        assert_eq!(module_of("/world"), Some("explore"));
        assert_eq!(module_of("/404"), None);
    }

    #[test]
    fn a_room_hints_its_data_and_module() {
        let manifest = Manifest::from([("tour".into(), vec!["split_tour-1.wasm".into()])]);
        assert_eq!(
            links("/rooms/niigata", &manifest),
            "\n  <meta name=\"app-preload\" content=\"/data/museum.json \
             /data/rooms/niigata.json /split_tour-1.wasm\">"
        );
        assert!(links("/404", &manifest).ends_with("content=\"/data/museum.json\">"));
    }
}
