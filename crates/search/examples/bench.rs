//! Measures the search natively on a catalogue folder: index build time, and query time per
//! keystroke while a fixed list of queries is typed one character at a time (see `common`).
//!
//! ```text
//! cargo run --release -p search --example bench -- public/data
//! cargo run --release -p search --example bench -- target/synth-100000 [--runs N]
//! ```
//!
//! The folder may be a data folder (with `museum.json`) or a site folder with `data/` in it.

mod common;

use std::path::PathBuf;
use std::time::Instant;

use catalog::{Catalog, RoomFile};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut dir = PathBuf::from(args.first().map_or("public/data", String::as_str));
    if !dir.join("museum.json").is_file() && dir.join("data/museum.json").is_file() {
        dir = dir.join("data");
    }
    let runs = args
        .iter()
        .position(|a| a == "--runs")
        .and_then(|i| args.get(i + 1)?.parse().ok());

    let clock = Instant::now();
    let now = || clock.elapsed().as_secs_f64() * 1000.0;
    let catalog = Catalog::load(&dir);
    let load = now();
    let Some(museum) = catalog.museum else {
        eprintln!("{}: no readable museum.json", dir.display());
        std::process::exit(1);
    };
    if !catalog.problems.is_empty() {
        eprintln!(
            "warning: {} problem(s) in {}",
            catalog.problems.len(),
            dir.display()
        );
    }
    let rooms: Vec<RoomFile> = catalog.rooms.into_iter().map(|(_, r)| r).collect();
    println!("catalogue        {} (native)", dir.display());
    println!("load + parse     {load:.3} ms (Catalog::load, with validation)");
    common::run(&museum, &rooms, runs, &now, &mut |line| println!("{line}"));
}
