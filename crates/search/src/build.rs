//! Building an [`Index`]: all at once ([`Index::build`]), or a room at a time ([`IndexBuilder`]) so
//! that the browser can let other work run between rooms.

use catalog::{MuseumFile, RoomFile, RoomSummary, Text};

use crate::cjk::CjkBuilder;
use crate::fields::{category_words, Field};
use crate::index::{Doc, Index, RoomEntry};
use crate::tokenize::{tokenize, Token};
use crate::vocab::VocabBuilder;

#[derive(Default)]
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
    /// Indexes every room of `museum` and every exhibit of the room files in `rooms` (see
    /// [`IndexBuilder::add_room`]).
    ///
    /// Rooms come in tour order (then any room missing from the tour); a room file that
    /// `museum.json` does not list is left out, and a room whose file is missing is indexed
    /// without its exhibits.
    pub fn build(museum: &MuseumFile, rooms: &[RoomFile]) -> Index {
        let mut builder = IndexBuilder::default();
        for summary in IndexBuilder::order(museum) {
            builder.add_room(summary, rooms.iter().find(|f| f.id == summary.id));
        }
        builder.finish()
    }
}

/// An [`Index`] being built, a room at a time: add the rooms of [`IndexBuilder::order`], each
/// with its file if it has loaded, then [`IndexBuilder::finish`]. The result is the same as
/// [`Index::build`]'s.
#[derive(Default)]
pub struct IndexBuilder {
    index: Index,
    b: Builder,
}

impl IndexBuilder {
    /// The rooms of `museum` in the order they are indexed: the tour's, then any room missing from
    /// it, each once.
    pub fn order(museum: &MuseumFile) -> Vec<&RoomSummary> {
        let in_tour = museum.tour.iter().filter_map(|id| museum.room(id));
        let others = museum.rooms.iter().filter(|r| !museum.tour.contains(&r.id));
        let mut rooms: Vec<&RoomSummary> = Vec::new();
        for summary in in_tour.chain(others) {
            if !rooms.iter().any(|r| r.id == summary.id) {
                rooms.push(summary);
            }
        }
        rooms
    }

    /// The index, once every room is in.
    pub fn finish(self) -> Index {
        let IndexBuilder { mut index, b } = self;
        index.words = b.words.finish();
        index.cjk = b.cjk.finish();
        index
    }

    /// Adds a room (title, summary, city, country and, when `file` is given, introduction) and
    /// the exhibits of `file` (title, description, origin, donor, category, room title,
    /// country), in every language present.
    pub fn add_room(&mut self, summary: &RoomSummary, file: Option<&RoomFile>) {
        let IndexBuilder { index, b } = self;
        let code = summary.city.country_code.as_str();
        let country = match index.countries.iter().position(|c| &**c == code) {
            Some(i) => i,
            None => {
                index.countries.push(code.into());
                index.countries.len() - 1
            }
        };
        let room = index.rooms.len() as u32;
        index.rooms.push(RoomEntry {
            id: summary.id.as_str().into(),
            country: country as u32,
        });

        let doc = index.docs.len() as u32;
        b.add_text(doc, Field::Title, &summary.title);
        b.add_text(doc, Field::Context, &summary.city.name);
        b.add_text(doc, Field::Context, &summary.city.country);
        b.add(doc, Field::Context, &summary.city.local_name);
        b.add_text(doc, Field::Body, &summary.summary);
        if let Some(file) = file {
            b.add_text(doc, Field::Body, &file.introduction);
        }
        index.docs.push(Doc {
            room,
            exhibit: None,
            category: None,
        });

        for ex in file.map_or(&[][..], |f| &f.exhibits) {
            let doc = index.docs.len() as u32;
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
            index.docs.push(Doc {
                room,
                exhibit: Some(ex.id.as_str().into()),
                category: Some(ex.category),
            });
        }
    }
}
