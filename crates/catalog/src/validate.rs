//! The rules that keep the content sound, with problems that name file, JSON path and reason.

use std::collections::{HashMap, HashSet};
use std::fmt;

use crate::{Exhibit, FuzzyDate, MuseumFile, RoomFile, RoomKind, Text};

/// One thing wrong with the content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The data file, relative to the data folder (e.g. `rooms/niigata.json`).
    pub file: String,
    /// JSON path inside the file (e.g. `exhibits[2].image.alt`).
    pub path: String,
    /// What is wrong.
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.path, self.reason)
    }
}

/// Whether `s` is a lowercase ASCII slug (`a-z`, `0-9`, single `-` between parts).
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|part| {
            !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

pub(crate) struct Report<'a> {
    pub(crate) file: &'a str,
    pub(crate) problems: Vec<Problem>,
}

impl Report<'_> {
    pub(crate) fn add(&mut self, path: impl Into<String>, reason: impl Into<String>) {
        self.problems.push(Problem {
            file: self.file.to_string(),
            path: path.into(),
            reason: reason.into(),
        });
    }

    pub(crate) fn text(&mut self, path: &str, text: &Text) {
        if !text.has("en") {
            self.add(path, "English text is missing or empty");
        }
        for (code, value) in &text.0 {
            if crate::Lang::from_code(code).is_none() {
                self.add(format!("{path}.{code}"), "unknown language code");
            } else if value.contains('<') && value.contains('>') {
                self.add(format!("{path}.{code}"), "looks like HTML; texts are plain text");
            }
        }
    }

    fn date(&mut self, path: &str, date: &FuzzyDate) {
        if let Err(reason) = date.check() {
            self.add(path, reason);
        }
        if let Some(note) = &date.note {
            self.text(&format!("{path}.note"), note);
        }
    }
}

/// Checks `museum.json` and the room files together. `rooms` pairs each room file's name
/// (e.g. `rooms/niigata.json`) with its content; `file_exists` answers for paths under the site root.
pub fn validate(
    museum: &MuseumFile,
    rooms: &[(String, RoomFile)],
    file_exists: impl Fn(&str) -> bool,
) -> Vec<Problem> {
    let mut r = Report {
        file: "museum.json",
        problems: Vec::new(),
    };
    check_museum(&mut r, museum);
    let mut problems = r.problems;

    let mut exhibit_ids: HashMap<&str, &str> = HashMap::new();
    for (file, room) in rooms {
        let mut r = Report {
            file,
            problems: Vec::new(),
        };
        if format!("rooms/{}.json", room.id) != *file {
            r.add(
                "id",
                format!("room id {:?} does not match the file name", room.id),
            );
        }
        match museum.room(&room.id) {
            None => r.add("id", format!("room {:?} is not listed in museum.json", room.id)),
            Some(s) if s.exhibits as usize != room.exhibits.len() => r.add(
                "exhibits",
                format!(
                    "museum.json says {} exhibits, the file has {}",
                    s.exhibits,
                    room.exhibits.len()
                ),
            ),
            Some(_) => {}
        }
        r.text("introduction", &room.introduction);
        if room.exhibits.is_empty() {
            r.add("exhibits", "a room needs at least one exhibit");
        }
        for (i, ex) in room.exhibits.iter().enumerate() {
            if let Some(other) = exhibit_ids.insert(&ex.id, file) {
                r.add(
                    format!("exhibits[{i}].id"),
                    format!("exhibit id {:?} is also used in {other}", ex.id),
                );
            }
            check_exhibit(&mut r, &format!("exhibits[{i}]"), ex, &file_exists);
        }
        problems.extend(r.problems);
    }
    for summary in &museum.rooms {
        let file = format!("rooms/{}.json", summary.id);
        if !rooms.iter().any(|(f, _)| *f == file) {
            problems.push(Problem {
                file,
                path: ".".into(),
                reason: format!("room {:?} has no room file", summary.id),
            });
        }
    }
    problems
}

fn check_museum(r: &mut Report, m: &MuseumFile) {
    r.text("museum.name", &m.museum.name);
    r.text("museum.welcome", &m.museum.welcome);
    r.text("museum.about", &m.museum.about);
    r.text("museum.visit.address", &m.museum.visit.address);
    r.text("museum.visit.admission", &m.museum.visit.admission);
    r.date("museum.facts.opened", &m.museum.facts.opened);

    let ids: HashSet<&str> = m.rooms.iter().map(|room| room.id.as_str()).collect();
    let mut seen = HashSet::new();
    for (i, room) in m.rooms.iter().enumerate() {
        let at = format!("rooms[{i}]");
        if !is_slug(&room.id) {
            r.add(
                format!("{at}.id"),
                format!("{:?} is not a lowercase ASCII slug", room.id),
            );
        }
        if !seen.insert(room.id.as_str()) {
            r.add(format!("{at}.id"), format!("room id {:?} is used twice", room.id));
        }
        r.text(&format!("{at}.title"), &room.title);
        r.text(&format!("{at}.summary"), &room.summary);
        r.text(&format!("{at}.city.name"), &room.city.name);
        r.text(&format!("{at}.city.country"), &room.city.country);
        let code = &room.city.country_code;
        if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            r.add(
                format!("{at}.city.country_code"),
                format!("{code:?} is not an ISO 3166-1 alpha-2 code"),
            );
        }
        if !(-90.0..=90.0).contains(&room.city.lat) || !(-180.0..=180.0).contains(&room.city.lon) {
            r.add(format!("{at}.city"), "coordinates out of range");
        }
        match (&room.city.signed, room.kind) {
            (Some(date), RoomKind::SisterCity) => r.date(&format!("{at}.city.signed"), date),
            (None, RoomKind::SisterCity) => r.add(
                format!("{at}.city.signed"),
                "a sister city needs its signing date (it may be unknown)",
            ),
            (Some(_), RoomKind::Harbin) => r.add(format!("{at}.city.signed"), "Harbin has no signing date"),
            (None, RoomKind::Harbin) => {}
        }
        let p = room.plan;
        if p.floor == 0 || p.w <= 0.0 || p.h <= 0.0 || p.x < 0.0 || p.y < 0.0 {
            r.add(format!("{at}.plan"), "floor counts from 1; x, y ≥ 0; w, h > 0");
        }
        let mut doors = HashSet::new();
        for (j, door) in room.doors.iter().enumerate() {
            let path = format!("{at}.doors[{j}]");
            if door == &room.id {
                r.add(path, "a door cannot lead into its own room");
            } else if !ids.contains(door.as_str()) {
                r.add(path, format!("door leads to {door:?}, which is not a room"));
            } else if !doors.insert(door) {
                r.add(path, format!("door to {door:?} is listed twice"));
            } else if !m.room(door).is_some_and(|other| other.doors.contains(&room.id)) {
                r.add(
                    path,
                    format!("door to {door:?} is one-way: {door:?} has no door back"),
                );
            }
        }
    }

    let mut in_tour = HashSet::new();
    for (i, id) in m.tour.iter().enumerate() {
        if !ids.contains(id.as_str()) {
            r.add(format!("tour[{i}]"), format!("{id:?} is not a room"));
        } else if !in_tour.insert(id.as_str()) {
            r.add(format!("tour[{i}]"), format!("{id:?} is visited twice"));
        }
    }
    for room in &m.rooms {
        if !in_tour.contains(room.id.as_str()) {
            r.add("tour", format!("room {:?} is missing from the tour", room.id));
        }
    }
}

/// Exhibit ids that would clash with a room's own pages (`/rooms/{room}/quiz`, `.../worksheet`).
const RESERVED_EXHIBIT_IDS: [&str; 2] = ["quiz", "worksheet"];

fn check_exhibit(r: &mut Report, at: &str, ex: &Exhibit, file_exists: &impl Fn(&str) -> bool) {
    if !is_slug(&ex.id) {
        r.add(
            format!("{at}.id"),
            format!("{:?} is not a lowercase ASCII slug", ex.id),
        );
    }
    if RESERVED_EXHIBIT_IDS.contains(&ex.id.as_str()) {
        r.add(
            format!("{at}.id"),
            format!(
                "{:?} is the address of a room's own page; choose another id",
                ex.id
            ),
        );
    }
    r.text(&format!("{at}.title"), &ex.title);
    r.text(&format!("{at}.description"), &ex.description);
    r.text(&format!("{at}.origin"), &ex.origin);
    if let Some(donor) = &ex.donor {
        r.text(&format!("{at}.donor"), donor);
    }
    r.date(&format!("{at}.date"), &ex.date);
    let img = &ex.image;
    r.text(&format!("{at}.image.alt"), &img.alt);
    r.text(&format!("{at}.image.credit"), &img.credit);
    if img.width == 0 || img.height == 0 {
        r.add(format!("{at}.image"), "width and height must be positive");
    }
    let sources = std::iter::once(("src".to_string(), &img.src)).chain(
        img.srcset
            .iter()
            .enumerate()
            .map(|(k, s)| (format!("srcset[{k}].src"), &s.src)),
    );
    for (field, src) in sources {
        if src.starts_with('/') || src.contains("..") || src.contains("://") {
            r.add(
                format!("{at}.image.{field}"),
                format!("{src:?} must be a path under the site root"),
            );
        } else if !file_exists(src) {
            r.add(
                format!("{at}.image.{field}"),
                format!("image file {src:?} does not exist"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("south-taranaki"));
        assert!(is_slug("a1"));
        for bad in ["", "Niigata", "a--b", "-a", "a-", "nyíregyháza", "a_b"] {
            assert!(!is_slug(bad), "{bad}");
        }
    }
}
