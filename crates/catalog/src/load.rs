//! Reading a whole data folder from disk (for the tools and tests; the browser fetches instead).

use std::fs;
use std::path::Path;

use crate::{
    parse_museum, parse_room, parse_trails, validate, validate_trails, MuseumFile, Problem, RoomFile,
    TrailsFile,
};

/// A data folder read from disk.
#[derive(Debug, Default)]
pub struct Catalog {
    /// `museum.json`, when it could be read.
    pub museum: Option<MuseumFile>,
    /// Each room file that could be read, with its name (`rooms/{id}.json`), sorted by name.
    pub rooms: Vec<(String, RoomFile)>,
    /// `trails.json`, when there is one and it could be read.
    pub trails: Option<TrailsFile>,
    /// Everything wrong: unreadable files first, then the validation rules.
    pub problems: Vec<Problem>,
}

impl Catalog {
    /// Reads and validates `data_dir` (e.g. `public/data`); image paths resolve against its parent.
    pub fn load(data_dir: &Path) -> Catalog {
        let mut cat = Catalog::default();
        let problem = |file: &str, path: &str, reason: String| Problem {
            file: file.into(),
            path: path.into(),
            reason,
        };
        match fs::read_to_string(data_dir.join("museum.json")) {
            Err(e) => cat
                .problems
                .push(problem("museum.json", ".", format!("cannot read: {e}"))),
            Ok(text) => match parse_museum(&text) {
                Ok(m) => cat.museum = Some(m),
                Err(e) => cat.problems.push(problem("museum.json", &e.path, e.message())),
            },
        }
        let mut names: Vec<String> = fs::read_dir(data_dir.join("rooms"))
            .map(|dir| {
                dir.filter_map(|e| e.ok()?.file_name().into_string().ok())
                    .filter(|n| n.ends_with(".json"))
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        for name in names {
            let file = format!("rooms/{name}");
            match fs::read_to_string(data_dir.join(&file)) {
                Err(e) => cat
                    .problems
                    .push(problem(&file, ".", format!("cannot read: {e}"))),
                Ok(text) => match parse_room(&text) {
                    Ok(room) => cat.rooms.push((file, room)),
                    Err(e) => cat.problems.push(problem(&file, &e.path, e.message())),
                },
            }
        }
        // Trails are optional (a synthetic or partial catalogue may have none); when present, they
        // are checked like the rest.
        match fs::read_to_string(data_dir.join("trails.json")) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => cat
                .problems
                .push(problem("trails.json", ".", format!("cannot read: {e}"))),
            Ok(text) => match parse_trails(&text) {
                Ok(t) => cat.trails = Some(t),
                Err(e) => cat.problems.push(problem("trails.json", &e.path, e.message())),
            },
        }
        if let Some(museum) = &cat.museum {
            let root = data_dir.parent().unwrap_or(Path::new("."));
            let found = validate(museum, &cat.rooms, |src| root.join(src).is_file());
            cat.problems.extend(found);
            if let Some(trails) = &cat.trails {
                cat.problems.extend(validate_trails(trails, museum, &cat.rooms));
            }
        }
        cat
    }

    /// The room file for a room id.
    pub fn room(&self, id: &str) -> Option<&RoomFile> {
        self.rooms.iter().map(|(_, r)| r).find(|r| r.id == id)
    }
}
