//! The published JSON Schemas, generated from the Rust types so they can never drift.

use std::fs;
use std::path::Path;

use catalog::{MuseumFile, RoomFile, TrailsFile};

fn schemas() -> [(&'static str, String); 3] {
    let pretty = |s: schemars::Schema| serde_json::to_string_pretty(&s).expect("schema serialises") + "\n";
    [
        ("museum.schema.json", pretty(schemars::schema_for!(MuseumFile))),
        ("room.schema.json", pretty(schemars::schema_for!(RoomFile))),
        ("trails.schema.json", pretty(schemars::schema_for!(TrailsFile))),
    ]
}

/// Writes the schemas into `out`, or with `check` fails when the committed ones differ.
pub fn run(out: &Path, check: bool) -> Result<(), String> {
    for (name, text) in schemas() {
        let path = out.join(name);
        if check {
            let current = fs::read_to_string(&path).unwrap_or_default();
            if current != text {
                return Err(format!(
                    "{} is out of date: run `cargo run -p museum-tools -- schema`",
                    path.display()
                ));
            }
        } else {
            fs::create_dir_all(out).map_err(|e| e.to_string())?;
            fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        }
        println!(
            "{}: {}",
            path.display(),
            if check { "up to date" } else { "written" }
        );
    }
    Ok(())
}
