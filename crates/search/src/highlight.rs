//! Where a query matched in a text, so the results page can mark it.

use std::ops::Range;

use crate::fuzzy::{distance, max_edits};
use crate::index::Index;
use crate::query::parse;
use crate::tokenize::{tokenize, Token};

impl Index {
    /// The byte ranges of `text` that `query` matches, sorted and merged, for marking them in a
    /// title or description: whole words as typed, words starting with the last word while it is
    /// being typed, words within the allowed typos where the search used typo tolerance, and
    /// Chinese, Japanese or Korean runs. Ranges always fall on `char` boundaries of `text`.
    pub fn highlights(&self, query: &str, text: &str) -> Vec<Range<usize>> {
        let terms = parse(query);
        // Typo tolerance applies exactly where the search applied it: words that find nothing.
        let fuzzy: Vec<u8> = terms
            .iter()
            .map(|t| {
                let found = if t.prefix {
                    !self.words.with_prefix(&t.text).is_empty()
                } else {
                    self.words.find(&t.text).is_some()
                };
                if t.cjk || found {
                    0
                } else {
                    max_edits(&t.text)
                }
            })
            .collect();
        let mut ranges: Vec<Range<usize>> = Vec::new();
        tokenize(text, &mut String::new(), |token, range| {
            let hit = terms.iter().zip(&fuzzy).any(|(t, &k)| match token {
                Token::Word(w) if !t.cjk => {
                    w == t.text
                        || (t.prefix && w.starts_with(&t.text))
                        || (k > 0 && distance(&t.text, w, t.prefix) <= k)
                }
                Token::Char(c) | Token::Bigram(c) => t.cjk && c == t.text,
                Token::Word(_) => false,
            });
            if hit {
                ranges.push(range);
            }
        });
        ranges.sort_unstable_by_key(|r| (r.start, r.end));
        let mut merged: Vec<Range<usize>> = Vec::new();
        for r in ranges {
            match merged.last_mut() {
                Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        merged
    }
}
