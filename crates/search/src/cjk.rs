//! The CJK vocabulary: Han, kana and hangul characters and bigrams. They are only ever looked up
//! whole, so each is a `u64` key made of its one or two code points, sorted for binary search;
//! postings are packed as for words (see [`crate::vocab`]).

use crate::fields::Field;
use crate::vocab::{FxMap, Lists, Postings};

/// The key of a CJK character or bigram: its code points, `0` for the missing second one.
pub(crate) fn cjk_key(term: &str) -> u64 {
    let mut chars = term.chars();
    let a = chars.next().map_or(0, u64::from);
    let b = chars.next().map_or(0, u64::from);
    a << 21 | b
}

/// CJK characters and bigrams, by key, with their postings.
#[derive(Clone, Debug, Default)]
pub(crate) struct CjkVocab {
    keys: Vec<u64>,
    pub(crate) postings: Postings,
}

impl CjkVocab {
    /// How many terms there are.
    pub(crate) fn len(&self) -> usize {
        self.keys.len()
    }

    /// The index of a character or bigram, if it is in the vocabulary.
    pub(crate) fn find(&self, term: &str) -> Option<usize> {
        self.keys.binary_search(&cjk_key(term)).ok()
    }

    /// Approximate heap bytes used.
    pub(crate) fn heap_size(&self) -> usize {
        8 * self.keys.capacity() + self.postings.heap_size()
    }
}

/// Collects CJK postings like [`VocabBuilder`] does words.
#[derive(Default)]
pub(crate) struct CjkBuilder {
    ids: FxMap<u64>,
    lists: Lists,
}

impl CjkBuilder {
    /// Records that the character or bigram `term` occurs in `doc`'s `field`.
    pub(crate) fn add(&mut self, term: &str, doc: u32, field: Field) {
        let id = match self.ids.get(&cjk_key(term)) {
            Some(&id) => id,
            None => {
                let id = self.lists.add_term();
                self.ids.insert(cjk_key(term), id);
                id
            }
        };
        self.lists.push(id, doc, field);
    }

    /// Sorts the keys and packs everything into a [`CjkVocab`].
    pub(crate) fn finish(self) -> CjkVocab {
        let mut keys: Vec<(u64, u32)> = self.ids.into_iter().collect();
        keys.sort_unstable();
        let postings = self.lists.pack(keys.iter().map(|&(_, id)| id));
        CjkVocab {
            keys: keys.into_iter().map(|(k, _)| k).collect(),
            postings,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_one_posting_per_document_with_its_best_field() {
        let mut b = CjkBuilder::default();
        b.add("太鼓", 0, Field::Title);
        b.add("太鼓", 0, Field::Body);
        b.add("太鼓", 3, Field::Context);
        b.add("太", 3, Field::Context);
        let v = b.finish();
        assert_eq!(v.len(), 2);
        assert_eq!(v.postings.get(v.find("太鼓").unwrap()), [0, 3 << 2 | 1]);
        assert_eq!(v.find("鼓"), None);
        assert_ne!(cjk_key("太"), cjk_key("太鼓"));
    }
}
