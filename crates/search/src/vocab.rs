//! The word vocabulary: every word, sorted, each with its postings (the documents it occurs in).
//!
//! Words live in one `String` with offsets, sorted, so prefixes are a binary search away. Postings
//! of all terms share one `Vec<u32>` with offsets: a vocabulary is a handful of allocations however
//! large it is. A posting is `doc << 2 | field`: the document and the best (lowest) [`Field`] the
//! term occurs in there, so postings are sorted by document. CJK terms are in [`crate::cjk`].

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use crate::fields::Field;

/// The postings of many terms, packed.
#[derive(Clone, Debug, Default)]
pub(crate) struct Postings {
    /// `list[at[i]..at[i + 1]]` are term `i`'s postings.
    at: Vec<u32>,
    list: Vec<u32>,
}

impl Postings {
    /// Term `i`'s postings (`doc << 2 | field`, sorted).
    pub(crate) fn get(&self, i: usize) -> &[u32] {
        &self.list[self.at[i] as usize..self.at[i + 1] as usize]
    }

    pub(crate) fn pack<'a>(
        lists: impl Iterator<Item = &'a Vec<u32>>,
        terms: usize,
        total: usize,
    ) -> Postings {
        let mut p = Postings {
            at: Vec::with_capacity(terms + 1),
            list: Vec::with_capacity(total),
        };
        p.at.push(0);
        for list in lists {
            p.list.extend_from_slice(list);
            p.at.push(p.list.len() as u32);
        }
        p
    }

    pub(crate) fn heap_size(&self) -> usize {
        4 * (self.at.capacity() + self.list.capacity())
    }
}

/// Sorted words with their postings.
#[derive(Clone, Debug, Default)]
pub(crate) struct Vocab {
    text: String,
    /// `text[term_at[i]..term_at[i + 1]]` is term `i`.
    term_at: Vec<u32>,
    pub(crate) postings: Postings,
}

impl Vocab {
    /// How many terms there are.
    pub(crate) fn len(&self) -> usize {
        self.term_at.len().saturating_sub(1)
    }

    /// Term `i`.
    pub(crate) fn term(&self, i: usize) -> &str {
        &self.text[self.term_at[i] as usize..self.term_at[i + 1] as usize]
    }

    /// The index of `term`, if it is in the vocabulary.
    pub(crate) fn find(&self, term: &str) -> Option<usize> {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.term(mid) < term {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        (lo < self.len() && self.term(lo) == term).then_some(lo)
    }

    /// The terms starting with `prefix`, as a range of indexes.
    pub(crate) fn with_prefix(&self, prefix: &str) -> Range<usize> {
        let start = self.find(prefix).unwrap_or_else(|| {
            let (mut lo, mut hi) = (0, self.len());
            while lo < hi {
                let mid = lo + (hi - lo) / 2;
                if self.term(mid) < prefix {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            lo
        });
        start..self.prefix_end(prefix, start..self.len())
    }

    /// The end of the run of terms starting with `prefix` that begins at `range.start`.
    pub(crate) fn prefix_end(&self, prefix: &str, range: Range<usize>) -> usize {
        let (mut lo, mut hi) = (range.start, range.end);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.term(mid).starts_with(prefix) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// Approximate heap bytes used.
    pub(crate) fn heap_size(&self) -> usize {
        self.text.capacity() + 4 * self.term_at.capacity() + self.postings.heap_size()
    }
}

/// A small, fast, non-cryptographic hash (FxHash with a final mix) for the builders' tables.
#[derive(Default)]
pub(crate) struct Fx(u64);

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.write_u64(u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])));
        }
        for &b in chunks.remainder() {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn finish(&self) -> u64 {
        // The multiply leaves the low bits weak, and the table indexes by them: mix (fmix64).
        let h = (self.0 ^ self.0 >> 33).wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^ h >> 33
    }
}

/// A hash map with [`Fx`] hashing.
pub(crate) type FxMap<K> = HashMap<K, u32, BuildHasherDefault<Fx>>;

/// Every term's postings while an index is being built, with the last document of each kept
/// apart, in one compact array, so that the many repeats of a term within a document are skipped
/// without touching the term's list.
#[derive(Default)]
pub(crate) struct Lists {
    lists: Vec<Vec<u32>>,
    /// `doc + 1` of each term's last posting; 0 for none.
    last: Vec<u32>,
}

impl Lists {
    /// A new, empty term; returns its id.
    pub(crate) fn add_term(&mut self) -> u32 {
        self.lists.push(Vec::new());
        self.last.push(0);
        self.lists.len() as u32 - 1
    }

    /// Adds a posting to term `id`, unless it already has the document (with a better or equal
    /// field, since fields are added best first).
    pub(crate) fn push(&mut self, id: u32, doc: u32, field: Field) {
        let id = id as usize;
        if self.last[id] != doc + 1 {
            self.last[id] = doc + 1;
            self.lists[id].push(doc << 2 | field as u32);
        }
    }

    /// Packs the terms' lists in the given order of ids.
    pub(crate) fn pack(&self, ids: impl ExactSizeIterator<Item = u32>) -> Postings {
        let total = self.lists.iter().map(Vec::len).sum();
        let terms = ids.len();
        Postings::pack(ids.map(|id| &self.lists[id as usize]), terms, total)
    }
}

/// Collects word postings document by document, then sorts them into a [`Vocab`]. Documents must
/// be added in increasing order, and within a document the best field first: later, weaker
/// occurrences are not stored.
#[derive(Default)]
pub(crate) struct VocabBuilder {
    ids: FxMap<Box<str>>,
    lists: Lists,
}

impl VocabBuilder {
    /// Records that `term` occurs in `doc`'s `field`.
    pub(crate) fn add(&mut self, term: &str, doc: u32, field: Field) {
        let id = match self.ids.get(term) {
            Some(&id) => id,
            None => {
                let id = self.lists.add_term();
                self.ids.insert(term.into(), id);
                id
            }
        };
        self.lists.push(id, doc, field);
    }

    /// Sorts the terms and packs everything into a [`Vocab`].
    pub(crate) fn finish(self) -> Vocab {
        let mut terms: Vec<(Box<str>, u32)> = self.ids.into_iter().collect();
        terms.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut text = String::with_capacity(terms.iter().map(|(t, _)| t.len()).sum());
        let mut term_at = Vec::with_capacity(terms.len() + 1);
        term_at.push(0);
        for (term, _) in &terms {
            text.push_str(term);
            term_at.push(text.len() as u32);
        }
        let postings = self.lists.pack(terms.iter().map(|&(_, id)| id));
        Vocab {
            text,
            term_at,
            postings,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_words_and_prefixes() {
        let mut b = VocabBuilder::default();
        for (doc, t) in ["taiko", "tail", "drum", "ta", "taiwan"].iter().enumerate() {
            b.add(t, doc as u32, Field::Body);
            b.add(t, doc as u32, Field::Body);
        }
        let v = b.finish();
        assert_eq!(v.len(), 5);
        assert_eq!(v.term(v.find("drum").unwrap()), "drum");
        assert_eq!(v.find("dru"), None);
        let found: Vec<&str> = v.with_prefix("tai").map(|i| v.term(i)).collect();
        assert_eq!(found, ["taiko", "tail", "taiwan"]);
        assert!(v.with_prefix("zz").is_empty());
        assert_eq!(v.with_prefix("").len(), 5);
        assert_eq!(v.postings.get(v.find("ta").unwrap()), [3 << 2 | 2]);
    }
}
