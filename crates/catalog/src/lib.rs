//! The museum's data model: rooms, exhibits, doors and the tour order, as stored in
//! `public/data/*.json`, plus the rules that keep that content sound.
//!
//! This crate has no Leptos in it: the browser app, the content tools and the tests all share it.

mod continent;
mod date;
pub mod geo;
mod load;
mod museum;
mod parse;
mod plan;
mod quiz;
mod room;
mod text;
mod trail;
mod validate;
mod validate_trails;
pub mod world;

pub use continent::Continent;
pub use date::{DatePrecision, FuzzyDate};
pub use load::Catalog;
pub use museum::{City, Facts, Museum, MuseumFile, Plan, RoomKind, RoomSummary, Visit};
pub use parse::{parse_museum, parse_room, parse_trails, ParseError};
pub use plan::{DoorMark, PLAN_HEIGHT, PLAN_WIDTH};
pub use quiz::room_quiz;
pub use room::{Category, Exhibit, Image, ImageSource, Record, RoomFile, Source};
pub use text::{sentences, Lang, Localized, Text};
pub use trail::{LessonNotes, Question, Trail, TrailStop, TrailsFile};
pub use validate::{is_slug, validate, Problem};
pub use validate_trails::validate_trails;

/// The file that loads first: the museum, the tour order and every room's summary.
pub const MUSEUM_FILE: &str = "data/museum.json";

/// The classroom trails.
pub const TRAILS_FILE: &str = "data/trails.json";

/// Where a room's own file lives, relative to the site root.
pub fn room_file(room: &str) -> String {
    format!("data/rooms/{room}.json")
}
