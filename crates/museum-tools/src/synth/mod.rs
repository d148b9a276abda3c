//! `museum-tools synth [OUT] [--exhibits N]`: writes a synthetic catalogue of N exhibits, in the
//! real format, for benchmarks (the search above all).
//!
//! It keeps the real museum (28 rooms, tour, doors, plan) and spreads N exhibits over the rooms.
//! Each room's real exhibits come first, unchanged; the rest are variations of them
//! ([`vary::exhibit`]): a new id and title, half the description borrowed from another exhibit of
//! the same category, and a closing sentence naming a made-up donor and year, in English and
//! Chinese. Everything is derived from the real content and the position alone, so two runs write
//! the same files. Every image points to one placeholder, `images/synth/placeholder.svg`, written
//! beside the data so the catalogue validates.

mod vary;

use std::fs;
use std::path::{Path, PathBuf};

use catalog::{Catalog, Exhibit, MuseumFile, RoomFile};

/// Where the placeholder picture goes, relative to the output folder (the site root).
pub const PLACEHOLDER: &str = "images/synth/placeholder.svg";

const PLACEHOLDER_SVG: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 800 600\">\
<rect width=\"800\" height=\"600\" fill=\"#e8e2d6\"/></svg>\n";

/// The command line after `synth`: `[OUT] [--exhibits N | --exhibits=N]`; OUT defaults to
/// `target/synth-N`, N to 1,048 (the real museum's count).
pub fn cli(args: &[String]) -> Result<(), String> {
    let mut out: Option<PathBuf> = None;
    let mut exhibits = 1048;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let value = match arg.strip_prefix("--exhibits") {
            Some("") => it.next().map(String::as_str),
            Some(rest) => rest.strip_prefix('='),
            None if arg.starts_with("--") => return Err(format!("synth: unknown option {arg}")),
            None => {
                out = Some(PathBuf::from(arg));
                continue;
            }
        };
        exhibits = value
            .and_then(|v| v.replace(['_', ','], "").parse().ok())
            .ok_or("synth: --exhibits needs a number, e.g. --exhibits 100000")?;
    }
    let out = out.unwrap_or_else(|| PathBuf::from(format!("target/synth-{exhibits}")));
    run(&out, exhibits)
}

/// Writes a synthetic catalogue of `exhibits` exhibits to `out/data/` (`museum.json` and
/// `rooms/*.json`) and its placeholder picture to `out/images/`, derived from the real
/// `public/data`, then checks that it validates.
pub fn run(out: &Path, exhibits: usize) -> Result<(), String> {
    let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data");
    run_from(&real, out, exhibits)
}

/// [`run`], deriving from the data folder `source`.
pub fn run_from(source: &Path, out: &Path, exhibits: usize) -> Result<(), String> {
    let catalog = Catalog::load(source);
    let museum = catalog
        .museum
        .as_ref()
        .ok_or(format!("{}: no readable museum.json", source.display()))?;
    let (museum, rooms) = synthesize(museum, &catalog.rooms, exhibits)?;

    let data = out.join("data");
    let room_dir = data.join("rooms");
    let io = |what: &Path, e: std::io::Error| format!("{}: {e}", what.display());
    fs::create_dir_all(&room_dir).map_err(|e| io(&room_dir, e))?;
    // Rooms of an earlier run that this one does not have would fail validation.
    for entry in fs::read_dir(&room_dir).map_err(|e| io(&room_dir, e))?.flatten() {
        if entry.path().extension().is_some_and(|x| x == "json") {
            fs::remove_file(entry.path()).map_err(|e| io(&entry.path(), e))?;
        }
    }
    let write = |path: PathBuf, json: Result<String, serde_json::Error>| {
        let json = json.map_err(|e| format!("{}: {e}", path.display()))?;
        fs::write(&path, json + "\n").map_err(|e| io(&path, e))
    };
    write(data.join("museum.json"), serde_json::to_string_pretty(&museum))?;
    for room in &rooms {
        write(
            room_dir.join(format!("{}.json", room.id)),
            serde_json::to_string_pretty(room),
        )?;
    }
    let placeholder = out.join(PLACEHOLDER);
    if let Some(dir) = placeholder.parent() {
        fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
    }
    fs::write(&placeholder, PLACEHOLDER_SVG).map_err(|e| io(&placeholder, e))?;

    let check = Catalog::load(&data);
    if let Some(p) = check.problems.first() {
        return Err(format!(
            "{} problem(s) in the synthetic catalogue, first: {p}",
            check.problems.len()
        ));
    }
    println!("{}: {exhibits} exhibits in {} rooms", data.display(), rooms.len());
    Ok(())
}

/// The synthetic museum file and room files (in tour order) for `exhibits` exhibits.
pub fn synthesize(
    museum: &MuseumFile,
    rooms: &[(String, RoomFile)],
    exhibits: usize,
) -> Result<(MuseumFile, Vec<RoomFile>), String> {
    let real: Vec<&RoomFile> = museum
        .rooms_in_tour_order()
        .filter_map(|s| {
            rooms
                .iter()
                .map(|(_, r)| r)
                .find(|r| r.id == s.id && !r.exhibits.is_empty())
        })
        .collect();
    if real.is_empty() || exhibits < real.len() {
        return Err(format!(
            "synth: need at least {} exhibits, one per room",
            real.len().max(1)
        ));
    }
    let all: Vec<&Exhibit> = real.iter().flat_map(|r| &r.exhibits).collect();
    let mut museum = museum.clone();
    museum.rooms.retain(|s| real.iter().any(|r| r.id == s.id));
    museum.tour.retain(|id| real.iter().any(|r| r.id == *id));
    for s in &mut museum.rooms {
        s.doors.retain(|d| real.iter().any(|r| r.id == *d));
    }
    let mut out = Vec::with_capacity(real.len());
    for (r, room) in real.iter().enumerate() {
        let count = exhibits / real.len() + usize::from(r < exhibits % real.len());
        let mut file = (*room).clone();
        file.exhibits = (0..count)
            .map(|k| {
                let source = &room.exhibits[k % room.exhibits.len()];
                let v = k / room.exhibits.len();
                let seed = vary::hash(&[r as u64, k as u64]);
                let mut ex = if v == 0 {
                    source.clone()
                } else {
                    let peers: Vec<&&Exhibit> =
                        all.iter().filter(|e| e.category == source.category).collect();
                    let other = peers[(seed % peers.len() as u64) as usize];
                    vary::exhibit(source, other, v, seed)
                };
                ex.image.src = PLACEHOLDER.to_string();
                ex.image.srcset.clear();
                ex
            })
            .collect();
        if let Some(s) = museum.rooms.iter_mut().find(|s| s.id == room.id) {
            s.exhibits = count as u32;
        }
        out.push(file);
    }
    Ok((museum, out))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn real() -> Catalog {
        Catalog::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data"))
    }

    #[test]
    fn spreads_exhibits_over_every_room_with_unique_ids() {
        let catalog = real();
        let museum = catalog.museum.as_ref().expect("museum.json");
        let (m, rooms) = synthesize(museum, &catalog.rooms, 1048).expect("synthesize");
        assert_eq!(rooms.iter().map(|r| r.exhibits.len()).sum::<usize>(), 1048);
        let mut ids: Vec<&str> = rooms
            .iter()
            .flat_map(|r| &r.exhibits)
            .map(|e| e.id.as_str())
            .collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 1048);
        let problems = catalog::validate(
            &m,
            &rooms
                .iter()
                .map(|r| (format!("rooms/{}.json", r.id), r.clone()))
                .collect::<Vec<_>>(),
            |src| src == PLACEHOLDER,
        );
        assert!(problems.is_empty(), "{:?}", problems.first());
        let again = synthesize(museum, &catalog.rooms, 1048).expect("synthesize");
        assert_eq!(again.1, rooms, "deterministic");
        assert!(synthesize(museum, &catalog.rooms, 3).is_err());
    }

    #[test]
    fn reads_its_command_line() {
        let dir = std::env::temp_dir().join(format!("synth-test-{}", std::process::id()));
        let args = |s: &[&str]| s.iter().map(|a| a.to_string()).collect::<Vec<_>>();
        assert!(cli(&args(&["--exhibits", "many"])).is_err());
        assert!(cli(&args(&["--bogus"])).is_err());
        let out = dir.to_string_lossy().to_string();
        cli(&args(&[&out, "--exhibits=56"])).expect("writes");
        let catalog = Catalog::load(&dir.join("data"));
        assert!(catalog.problems.is_empty(), "{:?}", catalog.problems.first());
        assert_eq!(
            catalog.rooms.iter().map(|(_, r)| r.exhibits.len()).sum::<usize>(),
            56
        );
        fs::remove_dir_all(&dir).ok();
    }
}
