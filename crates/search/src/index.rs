//! The index: one document per room and per exhibit, in tour order, and two vocabularies (words,
//! and CJK characters with bigrams) pointing into them.

use std::sync::Arc;

use catalog::Category;

use crate::cjk::CjkVocab;
use crate::vocab::Vocab;

/// Whether a document is a room or an exhibit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DocKind {
    /// A room (its title, city, country, summary and introduction).
    Room,
    /// An exhibit (its title, description, origin, category, room and country).
    Exhibit,
}

/// One searchable thing.
#[derive(Clone, Debug)]
pub(crate) struct Doc {
    /// Index into [`Index::rooms`].
    pub(crate) room: u32,
    /// The exhibit's id, or `None` for the room itself.
    pub(crate) exhibit: Option<Arc<str>>,
    /// The exhibit's category (rooms have none).
    pub(crate) category: Option<Category>,
}

/// A room as the index knows it.
#[derive(Clone, Debug)]
pub(crate) struct RoomEntry {
    pub(crate) id: Arc<str>,
    /// Index into [`Index::countries`].
    pub(crate) country: u32,
}

/// A search index over the whole museum, built once when the data is loaded, then queried with
/// [`Index::search`] on every keystroke. It holds no references into the catalogue.
#[derive(Clone, Debug, Default)]
pub struct Index {
    pub(crate) words: Vocab,
    pub(crate) cjk: CjkVocab,
    /// Documents in tour order: each room, then its exhibits in walking order.
    pub(crate) docs: Vec<Doc>,
    /// Rooms in tour order.
    pub(crate) rooms: Vec<RoomEntry>,
    /// ISO country codes, in order of first appearance on the tour.
    pub(crate) countries: Vec<Arc<str>>,
}

impl Index {
    /// How many documents (rooms and exhibits) are indexed.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// Whether nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// How many exhibits are indexed.
    pub fn exhibits(&self) -> usize {
        self.docs.iter().filter(|d| d.exhibit.is_some()).count()
    }

    /// How many distinct terms (words, CJK characters and bigrams) are indexed.
    pub fn terms(&self) -> usize {
        self.words.len() + self.cjk.len()
    }

    /// Approximate heap memory used by the index, in bytes.
    pub fn heap_size(&self) -> usize {
        let ids: usize = self
            .docs
            .iter()
            .filter_map(|d| d.exhibit.as_ref())
            .map(|e| e.len() + 16)
            .sum();
        self.words.heap_size()
            + self.cjk.heap_size()
            + self.docs.capacity() * std::mem::size_of::<Doc>()
            + ids
            + self.rooms.capacity() * (std::mem::size_of::<RoomEntry>() + 32)
    }
}
