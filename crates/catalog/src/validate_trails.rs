//! The rules for `trails.json`: every stop is a real room or exhibit, quizzes are well formed and
//! every visitor-facing text has English (and, for the classroom, Chinese).

use std::collections::HashSet;

use crate::validate::Report;
use crate::{is_slug, MuseumFile, Problem, Question, RoomFile, Text, TrailsFile};

impl Report<'_> {
    /// A text a class reads: English and Chinese are both required.
    fn both(&mut self, path: &str, text: &Text) {
        self.text(path, text);
        if !text.has("zh") {
            self.add(path, "Chinese text is missing or empty");
        }
    }

    fn question(&mut self, at: &str, q: &Question) {
        self.both(&format!("{at}.question"), &q.question);
        self.both(&format!("{at}.explanation"), &q.explanation);
        if !(2..=4).contains(&q.choices.len()) {
            self.add(format!("{at}.choices"), "a question needs two to four choices");
        }
        if q.answer >= q.choices.len() {
            self.add(
                format!("{at}.answer"),
                format!("answer {} is not one of the choices", q.answer),
            );
        }
        let mut seen = HashSet::new();
        for (i, c) in q.choices.iter().enumerate() {
            self.both(&format!("{at}.choices[{i}]"), c);
            if !seen.insert(c.in_lang(crate::Lang::En)) {
                self.add(format!("{at}.choices[{i}]"), "the same choice appears twice");
            }
        }
    }
}

/// Checks `trails.json` against the museum and the room files.
pub fn validate_trails(
    trails: &TrailsFile,
    museum: &MuseumFile,
    rooms: &[(String, RoomFile)],
) -> Vec<Problem> {
    let mut r = Report {
        file: "trails.json",
        problems: Vec::new(),
    };
    if trails.trails.is_empty() {
        r.add("trails", "there are no trails");
    }
    let mut ids = HashSet::new();
    for (i, trail) in trails.trails.iter().enumerate() {
        let at = format!("trails[{i}]");
        if !is_slug(&trail.id) {
            r.add(
                format!("{at}.id"),
                format!("{:?} is not a lowercase slug", trail.id),
            );
        }
        if !ids.insert(trail.id.as_str()) {
            r.add(
                format!("{at}.id"),
                format!("trail id {:?} is used twice", trail.id),
            );
        }
        r.both(&format!("{at}.title"), &trail.title);
        r.both(&format!("{at}.summary"), &trail.summary);
        if trail.stops.len() < 2 {
            r.add(format!("{at}.stops"), "a trail needs at least two stops");
        }
        for (j, stop) in trail.stops.iter().enumerate() {
            let at = format!("{at}.stops[{j}]");
            r.both(&format!("{at}.prompt"), &stop.prompt);
            if museum.room(&stop.room).is_none() {
                r.add(
                    format!("{at}.room"),
                    format!("no room {:?} in museum.json", stop.room),
                );
                continue;
            }
            let Some(exhibit) = &stop.exhibit else { continue };
            let room = rooms.iter().map(|(_, f)| f).find(|f| f.id == stop.room);
            if !room.is_some_and(|f| f.exhibits.iter().any(|e| e.id == *exhibit)) {
                r.add(
                    format!("{at}.exhibit"),
                    format!("room {:?} has no exhibit {exhibit:?}", stop.room),
                );
            }
        }
        let notes = &trail.notes;
        if notes.aims.is_empty() || notes.discussion.is_empty() {
            r.add(
                format!("{at}.notes"),
                "lesson notes need aims and discussion questions",
            );
        }
        for (j, aim) in notes.aims.iter().enumerate() {
            r.both(&format!("{at}.notes.aims[{j}]"), aim);
        }
        for (j, q) in notes.discussion.iter().enumerate() {
            r.both(&format!("{at}.notes.discussion[{j}]"), q);
        }
        if notes.age_min > notes.age_max || !(5..=18).contains(&notes.age_min) {
            r.add(
                format!("{at}.notes"),
                "ages must run from 5 to 18, youngest first",
            );
        }
        if !(5..=90).contains(&notes.minutes) {
            r.add(format!("{at}.notes.minutes"), "a trail takes 5 to 90 minutes");
        }
        if !(3..=5).contains(&trail.quiz.len()) {
            r.add(format!("{at}.quiz"), "a trail's quiz has three to five questions");
        }
        for (j, q) in trail.quiz.iter().enumerate() {
            r.question(&format!("{at}.quiz[{j}]"), q);
        }
    }
    r.problems
}
