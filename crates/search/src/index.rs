//! The index: one document per room and per exhibit, in tour order, and two vocabularies (words,
//! and CJK characters with bigrams) pointing into them.

use std::sync::Arc;

use catalog::{Category, MuseumFile, RoomFile, RoomSummary, Text};

use crate::cjk::{CjkBuilder, CjkVocab};
use crate::fields::{category_words, Field};
use crate::tokenize::{tokenize, Token};
use crate::vocab::{Vocab, VocabBuilder};

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

struct Builder {
    words: VocabBuilder,
    cjk: CjkBuilder,
    buf: String,
}

impl Builder {
    fn add(&mut self, doc: u32, field: Field, text: &str) {
        let Builder { words, cjk, buf } = self;
        tokenize(text, buf, |token, _| match token {
            Token::Word(w) => words.add(w, doc, field),
            Token::Char(t) | Token::Bigram(t) => cjk.add(t, doc, field),
        });
    }

    /// Adds every language of a text.
    fn add_text(&mut self, doc: u32, field: Field, text: &Text) {
        for value in text.0.values() {
            self.add(doc, field, value);
        }
    }
}

impl Index {
    /// Indexes every room of `museum` (title, summary, city, country and, when its file is in
    /// `rooms`, introduction) and every exhibit of the room files in `rooms` (title, description,
    /// origin, donor, category, room title, country), in every language present.
    ///
    /// Rooms come in tour order (then any room missing from the tour); a room file that
    /// `museum.json` does not list is left out, and a room whose file is missing is indexed
    /// without its exhibits.
    pub fn build(museum: &MuseumFile, rooms: &[RoomFile]) -> Index {
        let mut index = Index::default();
        let mut b = Builder {
            words: VocabBuilder::default(),
            cjk: CjkBuilder::default(),
            buf: String::new(),
        };
        let in_tour = museum.tour.iter().filter_map(|id| museum.room(id));
        let others = museum.rooms.iter().filter(|r| !museum.tour.contains(&r.id));
        let mut seen: Vec<&str> = Vec::new();
        for summary in in_tour.chain(others) {
            if seen.contains(&summary.id.as_str()) {
                continue;
            }
            seen.push(&summary.id);
            let file = rooms.iter().find(|f| f.id == summary.id);
            index.add_room(&mut b, summary, file);
        }
        index.words = b.words.finish();
        index.cjk = b.cjk.finish();
        index
    }

    fn add_room(&mut self, b: &mut Builder, summary: &RoomSummary, file: Option<&RoomFile>) {
        let code = summary.city.country_code.as_str();
        let country = match self.countries.iter().position(|c| &**c == code) {
            Some(i) => i,
            None => {
                self.countries.push(code.into());
                self.countries.len() - 1
            }
        };
        let room = self.rooms.len() as u32;
        self.rooms.push(RoomEntry {
            id: summary.id.as_str().into(),
            country: country as u32,
        });

        let doc = self.docs.len() as u32;
        b.add_text(doc, Field::Title, &summary.title);
        b.add_text(doc, Field::Context, &summary.city.name);
        b.add_text(doc, Field::Context, &summary.city.country);
        b.add(doc, Field::Context, &summary.city.local_name);
        b.add_text(doc, Field::Body, &summary.summary);
        if let Some(file) = file {
            b.add_text(doc, Field::Body, &file.introduction);
        }
        self.docs.push(Doc {
            room,
            exhibit: None,
            category: None,
        });

        for ex in file.map_or(&[][..], |f| &f.exhibits) {
            let doc = self.docs.len() as u32;
            b.add_text(doc, Field::Title, &ex.title);
            b.add_text(doc, Field::Context, &ex.origin);
            for word in category_words(ex.category) {
                b.add(doc, Field::Context, word);
            }
            b.add_text(doc, Field::Context, &summary.title);
            b.add_text(doc, Field::Context, &summary.city.country);
            b.add_text(doc, Field::Body, &ex.description);
            if let Some(donor) = &ex.donor {
                b.add_text(doc, Field::Body, donor);
            }
            self.docs.push(Doc {
                room,
                exhibit: Some(ex.id.as_str().into()),
                category: Some(ex.category),
            });
        }
    }

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
