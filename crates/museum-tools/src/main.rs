//! `museum-tools`: the content tools.
//!
//! ```text
//! museum-tools validate [DATA_DIR]            print every problem; exit 1 if any
//! museum-tools schema [OUT_DIR] [--check]     write (or check) the JSON Schemas
//! museum-tools illustrate [PUBLIC] [--check]  draw (or check) every exhibit's SVG illustration
//! museum-tools prerender DIST [MANIFEST]      write an index.html for every route into a built dist/
//!                                             (MANIFEST: the split modules, for preload hints)
//! museum-tools offline DIST                   write the service worker and offline file list into dist/
//! museum-tools worldmap [PUBLIC] [--check]    draw (or check) images/world-map.svg from world-atlas
//! museum-tools flags [PUBLIC] [--check]       draw (or check) images/flags/*.webp from the flag SVGs
//! museum-tools synth OUT --exhibits N         write a synthetic catalogue of N exhibits (benchmarks)
//! ```

mod flags;
mod illustrate;
mod offline;
mod prerender;
mod schema;
mod synth;
mod worldmap;

use std::path::PathBuf;
use std::process::ExitCode;

use catalog::Catalog;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let check = args.iter().any(|a| a == "--check");
    let mut positional = args.iter().skip(1).filter(|a| !a.starts_with("--"));
    let mut dir = |default: &str| PathBuf::from(positional.next().map_or(default, String::as_str));
    let result = match args.first().map(String::as_str) {
        Some("validate") => validate(&dir("public/data")),
        Some("schema") => schema::run(&dir("public/data/schema"), check),
        Some("illustrate") => illustrate::run(&dir("public"), check),
        Some("prerender") => {
            let dist = dir("dist");
            prerender::run(&dist, positional.next().map(PathBuf::from).as_deref())
        }
        Some("offline") => offline::run(&dir("dist")),
        Some("worldmap") => worldmap::run(&dir("public"), check),
        Some("flags") => flags::run(&dir("public"), check),
        Some("synth") => synth::cli(&args[1..]),
        _ => Err("usage: museum-tools validate|schema|illustrate|prerender|offline|worldmap|flags [DIR] [--check] | synth OUT --exhibits N".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// Writes a file the tools generate (`out`), or with `check` only verifies that the committed copy is
/// what `tool` would write. Prints one line with the file's size.
pub fn write_generated(tool: &str, out: &std::path::Path, content: &str, check: bool) -> Result<(), String> {
    let fresh = std::fs::read(out).ok().as_deref() == Some(content.as_bytes());
    let size = content.len();
    if check {
        if !fresh {
            return Err(format!(
                "{tool} --check: {} is missing or out of date (run `cargo run -p museum-tools -- {tool}`)",
                out.display()
            ));
        }
        println!("{tool} --check: {} up to date ({size} bytes)", out.display());
        return Ok(());
    }
    if !fresh {
        std::fs::write(out, content).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    let state = if fresh { "unchanged" } else { "written" };
    println!("{tool}: {} {state} ({size} bytes)", out.display());
    Ok(())
}

/// Loads a data folder, failing with every problem listed.
pub fn load_valid(data_dir: &std::path::Path) -> Result<Catalog, String> {
    let catalog = Catalog::load(data_dir);
    if catalog.problems.is_empty() {
        Ok(catalog)
    } else {
        let list: Vec<String> = catalog.problems.iter().map(|p| format!("  {p}")).collect();
        Err(format!(
            "{} problem(s) in {}:\n{}",
            list.len(),
            data_dir.display(),
            list.join("\n")
        ))
    }
}

fn validate(data_dir: &std::path::Path) -> Result<(), String> {
    let catalog = load_valid(data_dir)?;
    let exhibits: usize = catalog.rooms.iter().map(|(_, r)| r.exhibits.len()).sum();
    println!(
        "{}: OK ({} rooms, {exhibits} exhibits)",
        data_dir.display(),
        catalog.rooms.len()
    );
    Ok(())
}
