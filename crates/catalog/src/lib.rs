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
mod room;
mod text;
mod validate;

pub use continent::Continent;
pub use date::{DatePrecision, FuzzyDate};
pub use load::Catalog;
pub use museum::{City, Facts, Museum, MuseumFile, Plan, RoomKind, RoomSummary, Visit};
pub use parse::{parse_museum, parse_room, ParseError};
pub use room::{Category, Exhibit, Image, ImageSource, Record, RoomFile, Source};
pub use text::{Lang, Localized, Text};
pub use validate::{is_slug, validate, Problem};

/// The file that loads first: the museum, the tour order and every room's summary.
pub const MUSEUM_FILE: &str = "data/museum.json";

/// Where a room's own file lives, relative to the site root.
pub fn room_file(room: &str) -> String {
    format!("data/rooms/{room}.json")
}
