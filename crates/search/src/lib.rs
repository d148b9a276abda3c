//! Instant full-text search over the museum's rooms and exhibits, in English and Chinese (and any
//! other language the data holds). No Leptos, no threads, no clock, no files: it compiles to
//! `wasm32-unknown-unknown` and runs in the browser on every keystroke.
//!
//! ```
//! use catalog::{MuseumFile, RoomFile};
//! use search::{Filters, Index};
//!
//! fn show(museum: &MuseumFile, rooms: &[RoomFile]) {
//!     let index = Index::build(museum, rooms); // once, when the data has loaded
//!     let results = index.search("taiko dr", &Filters::default(), 50); // on every keystroke
//!     for hit in &results.hits {
//!         println!("{:?} {} {:?} {}", hit.kind, hit.room, hit.exhibit, hit.score);
//!     }
//! }
//! ```
//!
//! How text is matched:
//!
//! - Words are lowercased with their diacritics folded ("nyiregyhaza" finds Nyíregyháza).
//! - Chinese, Japanese and Korean are indexed as single characters and as overlapping pairs, so
//!   "太鼓" or "丹麦" finds any text containing it. A query run of three or more characters matches
//!   documents that contain all of its pairs (almost always the run itself).
//! - Every term of the query must match (AND). The last word, while it is still being typed,
//!   matches as a prefix ("tai" finds taiko).
//! - A word of 4–7 letters that matches nothing matches words one edit away; from 8 letters, two
//!   edits ("balalayka" finds balalaika, "magdeberg" finds Magdeburg). Words with digits never do.
//! - Results rank by where they matched (title, then room/country/origin, then text), then how
//!   (exact, prefix, typo), then tour order.
//! - An empty query returns nothing.
//! - Case folding covers Latin, Greek and Cyrillic (a small table instead of Unicode's, to keep
//!   the WebAssembly small); other scripts match as written.
//!
//! For the search page:
//!
//! - [`Index::build`] needs `museum.json` and the room files (exhibits live there); rooms whose
//!   file has not loaded are still found by their title, city and summary. [`IndexBuilder`]
//!   builds the same index a room at a time, for a caller that must not hold the thread long.
//! - [`Index::search`] returns [`Results`]: the best `limit` [`Hit`]s (room and exhibit ids, kind,
//!   score, [`MatchKind`]), the total, and [`Facets`] counting results per category, country and
//!   room for the filter lists. Each facet is counted with the *other* [`Filters`] applied, so
//!   the visitor can switch within it.
//! - [`Index::highlights`] gives the byte ranges of a title or description to mark.
//! - [`category_from_id`] reads a `?category=` parameter.

mod build;
mod cjk;
mod fields;
mod fold;
mod fuzzy;
mod highlight;
mod index;
mod query;
mod results;
mod tokenize;
mod vocab;

pub use build::IndexBuilder;
pub use fields::{category_from_id, MatchKind};
pub use index::{DocKind, Index};
pub use query::MAX_TERMS;
pub use results::{Facets, Filters, Hit, Results};

#[cfg(test)]
mod tests;
