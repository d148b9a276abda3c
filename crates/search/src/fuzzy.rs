//! Typo tolerance: the vocabulary's words within one or two edits (Levenshtein distance) of a query
//! word.
//!
//! The vocabulary is sorted, so it is walked as an implicit trie: neighbouring terms share their
//! common prefix's rows of the edit-distance table, and as soon as every cell of a row exceeds the
//! allowed distance, every term with that prefix is skipped with one binary search. Only the few
//! branches close to the query are ever looked at.

use std::ops::Range;

use crate::vocab::Vocab;

/// How many edits a query word of `len` characters may have: none below 4 characters, one from 4,
/// two from 8. Words with digits (years, numbers) get none: 1979 is not 1989.
pub(crate) fn max_edits(word: &str) -> u8 {
    if word.len() > 64 || word.bytes().any(|b| b.is_ascii_digit()) {
        return 0;
    }
    match word.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// Calls `found(term index)` for every term in `range` within `k` edits of `query`; with
/// `prefix`, for every term that *starts* with something within `k` edits of `query` (the word is
/// still being typed).
pub(crate) fn near(
    vocab: &Vocab,
    range: Range<usize>,
    query: &str,
    k: u8,
    prefix: bool,
    mut found: impl FnMut(usize),
) {
    let q: Vec<char> = query.chars().collect();
    let w = q.len() + 1;
    // Row d (at rows[d * w..][..w]) is the edit-distance row for the first d characters of the
    // current term; best[d] is the smallest distance from `query` to any prefix of them.
    let mut rows: Vec<u8> = (0..w).map(|j| j.min(255) as u8).collect();
    let mut best: Vec<u8> = vec![rows[w - 1]];
    let mut prev: Vec<char> = Vec::new();
    let mut term: Vec<char> = Vec::new();
    let mut i = range.start;
    'terms: while i < range.end {
        term.clear();
        term.extend(vocab.term(i).chars());
        // Rows for the prefix shared with the previous term are still valid.
        let shared = prev
            .iter()
            .zip(&term)
            .take_while(|(a, b)| a == b)
            .count()
            .min(best.len() - 1);
        rows.truncate((shared + 1) * w);
        best.truncate(shared + 1);
        for d in shared..term.len() {
            let dead = push_row(&mut rows, &q, term[d], k);
            best.push(best[d].min(rows[rows.len() - 1]));
            if dead || (prefix && best[d + 1] <= k) {
                // Every term with this prefix is out of reach (dead), or already in reach (prefix
                // mode): decide for the whole run at once.
                let stem: usize = term[..=d].iter().map(|c| c.len_utf8()).sum();
                let end = vocab.prefix_end(&vocab.term(i)[..stem], i..range.end);
                if !dead {
                    (i..end).for_each(&mut found);
                }
                prev.clone_from(&term);
                prev.truncate(d + 1);
                i = end;
                continue 'terms;
            }
        }
        let distance = if prefix {
            best[term.len()]
        } else {
            rows[rows.len() - 1]
        };
        if distance <= k {
            found(i);
        }
        std::mem::swap(&mut prev, &mut term);
        i += 1;
    }
}

/// The edit distance from `query` to `term` (with `prefix`, to the closest prefix of `term`),
/// capped at 255.
pub(crate) fn distance(query: &str, term: &str, prefix: bool) -> u8 {
    let q: Vec<char> = query.chars().collect();
    let w = q.len() + 1;
    let mut rows: Vec<u8> = (0..w).map(|j| j.min(255) as u8).collect();
    let mut best = rows[w - 1];
    for c in term.chars() {
        push_row(&mut rows, &q, c, 255);
        rows.drain(..w);
        best = best.min(rows[w - 1]);
    }
    if prefix {
        best
    } else {
        rows[w - 1]
    }
}

/// Appends the next row of the edit-distance table after reading `c` from the term, computed from
/// the last row in `rows` (each row is `q.len() + 1` wide). Returns whether every cell exceeds `k`.
fn push_row(rows: &mut Vec<u8>, q: &[char], c: char, k: u8) -> bool {
    let w = q.len() + 1;
    let at = rows.len() - w;
    let mut left = rows[at].saturating_add(1);
    rows.push(left);
    let mut dead = left > k;
    for (j, &qc) in q.iter().enumerate() {
        let substitute = rows[at + j].saturating_add(u8::from(qc != c));
        let delete = rows[at + j + 1].saturating_add(1);
        left = substitute.min(delete).min(left.saturating_add(1));
        rows.push(left);
        dead &= left > k;
    }
    dead
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fields::Field;
    use crate::vocab::VocabBuilder;

    const WORDS: &[&str] = &[
        "balalaika",
        "balalaikas",
        "ballad",
        "drum",
        "drums",
        "magdeburg",
        "magic",
        "taiko",
        "tail",
        "talk",
        "nyiregyhaza",
        "zebra",
    ];

    fn find(query: &str, k: u8, prefix: bool) -> Vec<String> {
        let mut b = VocabBuilder::default();
        for (i, w) in WORDS.iter().enumerate() {
            b.add(w, i as u32, Field::Body);
        }
        let v = b.finish();
        let mut out = Vec::new();
        near(&v, 0..v.len(), query, k, prefix, |i| {
            out.push(v.term(i).to_string())
        });
        out
    }

    #[test]
    fn finds_words_within_the_allowed_edits() {
        assert_eq!(find("balalayka", 2, false), ["balalaika", "balalaikas"]);
        assert_eq!(find("magdeberg", 2, false), ["magdeburg"]);
        assert_eq!(find("drun", 1, false), ["drum"]);
        assert_eq!(find("durm", 1, false), Vec::<String>::new());
        assert_eq!(find("durm", 2, false), ["drum"]);
        assert_eq!(find("tiako", 1, false), Vec::<String>::new());
        assert_eq!(find("taiko", 0, false), ["taiko"]);
    }

    #[test]
    fn prefix_mode_finds_words_being_typed() {
        assert_eq!(find("balalay", 1, true), ["balalaika", "balalaikas"]);
        assert_eq!(find("magdeb", 1, true), ["magdeburg"]);
        assert_eq!(find("nyiregyhy", 2, true), ["nyiregyhaza"]);
    }

    #[test]
    fn measures_one_pair() {
        assert_eq!(distance("balalayka", "balalaika", false), 1);
        assert_eq!(distance("durm", "drum", false), 2);
        assert_eq!(distance("magdeb", "magdeburg", true), 0);
        assert_eq!(distance("magdeb", "magdeburg", false), 3);
        assert_eq!(distance("", "", false), 0);
    }

    #[test]
    fn allows_edits_by_length_and_never_for_numbers() {
        assert_eq!(max_edits("tai"), 0);
        assert_eq!(max_edits("drum"), 1);
        assert_eq!(max_edits("magdeberg"), 2);
        assert_eq!(max_edits("1979"), 0);
        assert_eq!(max_edits(&"a".repeat(100)), 0);
    }
}
