//! `museum-tools offline DIST`: makes a built site work offline after one visit. It writes
//!
//! - `sw.js`, the service worker, with the app shell's (hashed) file names and a version derived
//!   from every file's content, so a new release replaces the old cache cleanly;
//! - `offline.json`, `{version, cache, files}`: every data file and image, which the About page's
//!   "Save the whole museum" action puts in the same cache, showing progress;
//! - a `<meta name="offline">` tag in every page, which tells the app to register the worker
//!   (so `trunk serve`, which has none of this, never registers one).

use std::collections::hash_map::DefaultHasher;
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

const TEMPLATE: &str = include_str!("sw.js");
const META: &str = "<meta name=\"offline\" content=\"/offline.json\">";

/// Every file under `dir`, as site paths (`/data/museum.json`), sorted.
fn files(root: &Path, dir: &Path, out: &mut Vec<String>) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(root, &path, out)?;
        } else if let Ok(rel) = path.strip_prefix(root) {
            out.push(format!("/{}", rel.to_string_lossy().replace('\\', "/")));
        }
    }
    out.sort();
    Ok(())
}

/// Whether a file belongs to the app shell, cached when the worker installs.
fn is_shell(path: &str) -> bool {
    let top = !path[1..].contains('/');
    let kind = [".js", ".wasm", ".css"].iter().any(|e| path.ends_with(e));
    (top && kind && path != "/sw.js")
        || [
            "/index.html",
            "/404.html",
            "/favicon.svg",
            "/manifest.webmanifest",
            "/data/museum.json",
        ]
        .contains(&path)
}

/// Whether "Save the whole museum" stores a file: data and images (pages come from the shell).
fn is_museum(path: &str) -> bool {
    (path.starts_with("/data/") && path.ends_with(".json") && !path.starts_with("/data/schema/"))
        || path.starts_with("/images/")
}

/// Writes the worker, the file list and the meta tags into `dist`.
pub fn run(dist: &Path) -> Result<(), String> {
    let mut all = Vec::new();
    files(dist, dist, &mut all)?;
    let compressed = |p: &String| p.ends_with(".br") || p.ends_with(".gz");
    let all: Vec<String> = all.into_iter().filter(|p| !compressed(p)).collect();
    let shell: Vec<&String> = all.iter().filter(|p| is_shell(p)).collect();
    let museum: Vec<&String> = all.iter().filter(|p| is_museum(p) && !is_shell(p)).collect();
    let mut hasher = DefaultHasher::new();
    for path in shell.iter().chain(&museum) {
        path.hash(&mut hasher);
        fs::read(site(dist, path))
            .map_err(|e| format!("{path}: {e}"))?
            .hash(&mut hasher);
    }
    let version = format!("{:016x}", hasher.finish());
    let json = |list: &[&String]| serde_json::to_string(list).unwrap_or_default();
    let worker = TEMPLATE
        .replace("__VERSION__", &version)
        .replace("__SHELL__", &json(&shell));
    fs::write(dist.join("sw.js"), worker).map_err(|e| format!("sw.js: {e}"))?;
    let list =
        serde_json::json!({ "version": version, "cache": format!("museum-{version}"), "files": museum });
    fs::write(dist.join("offline.json"), list.to_string()).map_err(|e| format!("offline.json: {e}"))?;
    let mut pages = 0;
    for path in all.iter().filter(|p| p.ends_with(".html")) {
        let file = site(dist, path);
        let html = fs::read_to_string(&file).map_err(|e| format!("{path}: {e}"))?;
        if !html.contains(META) {
            let tagged = html.replacen("</head>", &format!("  {META}\n</head>"), 1);
            fs::write(&file, tagged).map_err(|e| format!("{path}: {e}"))?;
        }
        pages += 1;
    }
    println!(
        "offline: version {version}; shell {} files, museum {} files; {pages} pages tagged",
        shell.len(),
        museum.len()
    );
    Ok(())
}

fn site(dist: &Path, path: &str) -> PathBuf {
    dist.join(path.trim_start_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_files_into_shell_and_museum() {
        assert!(is_shell("/harbin-museum-abc_bg.wasm"));
        assert!(is_shell("/index.html"));
        assert!(!is_shell("/sw.js"));
        assert!(!is_shell("/rooms/niigata/index.html"));
        assert!(is_museum("/data/rooms/niigata.json"));
        assert!(is_museum("/images/exhibits/niigata-carved-koi.svg"));
        assert!(!is_museum("/data/schema/room.schema.json"));
        assert!(!is_museum("/rooms/niigata.html"));
    }
}
