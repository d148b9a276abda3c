//! Draws an SVG illustration for every exhibit: a flat, museum-poster style picture of the kind of
//! object it is, in the colours of its room's country flag.
//!
//! The drawings are deterministic: the same content always gives byte-for-byte the same files (the
//! only variety comes from a hash of the exhibit id), so CI can re-run the generator with `--check`
//! to prove the committed images are current.
//!
//! One file per concept: [`svg`] and [`path`] write the markup, [`palette`] holds the flag colours,
//! [`scene`] the shared backdrop, and one module per category draws the object.

mod abstracts;
mod artworks;
mod beasts;
mod bowed;
mod costume;
mod craft;
mod creatures;
mod currency;
mod display;
mod emblems;
mod figures;
mod flutes;
mod folk;
mod garments;
mod hash;
mod hats;
mod horns;
mod instrument;
mod keys;
mod landscape;
mod lettering;
mod machines;
mod monuments;
mod motif;
mod multimedia;
mod ornaments;
mod painting;
mod palette;
mod panels;
mod path;
mod pattern;
mod percussion;
mod picture;
mod scene;
mod sculpture;
mod skyline;
mod specimens;
mod stamp;
mod strings;
mod subject;
mod svg;
mod textiles;
mod toys;
mod treasures;
mod trims;
mod trophies;
mod turntable;
mod vessels;
mod woodwork;
mod zithers;

#[cfg(test)]
mod test_cases;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_run;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use catalog::{Catalog, Category, Lang};

pub use subject::Subject;

/// The whole SVG document for one exhibit.
pub fn draw(sub: &Subject) -> String {
    let mut s = scene::begin(sub);
    match sub.category {
        Category::Stamp => stamp::draw(&mut s, sub),
        Category::Currency => currency::draw(&mut s, sub),
        Category::Painting => painting::draw(&mut s, sub),
        Category::Sculpture => sculpture::draw(&mut s, sub),
        Category::MusicalInstrument => instrument::draw(&mut s, sub),
        Category::Costume => costume::draw(&mut s, sub),
        Category::Picture => picture::draw(&mut s, sub),
        Category::Multimedia => multimedia::draw(&mut s, sub),
        Category::Craft => craft::draw(&mut s, sub),
        Category::Other => display::draw(&mut s, sub),
    }
    scene::finish(s, sub)
}

/// Whether `src` is a generated SVG path under the site root (a curator may swap in a photograph
/// by pointing `image.src` elsewhere; those are left alone).
fn is_drawable(src: &str) -> bool {
    src.ends_with(".svg") && !src.starts_with('/') && !src.contains("..") && !src.contains("://")
}

/// Every illustration the content asks for: `image.src` → SVG text, in path order.
fn illustrations(catalog: &Catalog) -> Result<BTreeMap<String, String>, String> {
    let museum = catalog.museum.as_ref().ok_or_else(|| {
        let why: Vec<String> = catalog
            .problems
            .iter()
            .filter(|p| p.file == "museum.json")
            .map(|p| format!("  {p}"))
            .collect();
        format!("illustrate: cannot load museum.json:\n{}", why.join("\n"))
    })?;
    let mut out = BTreeMap::new();
    for (_, room) in &catalog.rooms {
        let summary = museum.room(&room.id);
        let country = summary.map_or("", |r| r.city.country.in_lang(Lang::En));
        let city = summary.map_or("", |r| r.city.name.in_lang(Lang::En));
        let code = summary.map_or("", |r| r.city.country_code.as_str());
        for ex in &room.exhibits {
            if !is_drawable(&ex.image.src) || out.contains_key(&ex.image.src) {
                continue;
            }
            let sub = Subject::new(
                &ex.id,
                ex.title.in_lang(Lang::En),
                ex.category,
                country,
                city,
                code,
            );
            out.insert(ex.image.src.clone(), draw(&sub));
        }
    }
    Ok(out)
}

/// Writes `public/images/exhibits/{id}.svg` for every exhibit, or with `check` fails when a
/// committed file is missing or differs from what the generator draws.
pub fn run(public: &Path, check: bool) -> Result<(), String> {
    let catalog = Catalog::load(&public.join("data"));
    let files = illustrations(&catalog)?;
    let mut stale = Vec::new();
    let mut written = 0;
    for (src, svg) in &files {
        let path = public.join(src);
        let current = fs::read(&path).ok();
        if current.as_deref() == Some(svg.as_bytes()) {
            continue;
        }
        if check {
            let why = if current.is_none() {
                "missing"
            } else {
                "out of date"
            };
            stale.push(format!("  {}: {why}", path.display()));
        } else {
            if let Some(dir) = path.parent() {
                fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            }
            fs::write(&path, svg).map_err(|e| format!("{}: {e}", path.display()))?;
            written += 1;
        }
    }
    let bytes: usize = files.values().map(String::len).sum();
    let average = bytes.checked_div(files.len()).unwrap_or(0);
    if !stale.is_empty() {
        return Err(format!(
            "illustrate --check: {} of {} illustrations missing or out of date (run `cargo run -p museum-tools -- illustrate`):\n{}",
            stale.len(),
            files.len(),
            stale.join("\n")
        ));
    }
    if check {
        println!(
            "illustrate --check: {} illustrations up to date (average {average} bytes)",
            files.len()
        );
    } else {
        println!(
            "illustrate: {} illustrations in {} ({written} written, {} unchanged; average {average} bytes)",
            files.len(),
            public.display(),
            files.len() - written
        );
    }
    Ok(())
}
