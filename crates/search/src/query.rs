//! Reading a query and finding the documents that match every one of its terms.

use crate::fields::{Field, MatchKind};
use crate::fuzzy::{max_edits, near};
use crate::index::Index;
use crate::tokenize::{ends_in_word, tokenize, Token};
use crate::vocab::Postings;

/// At most this many distinct terms of a query are used; the rest are ignored.
pub const MAX_TERMS: usize = 16;

/// One term of a query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Term {
    pub(crate) text: String,
    pub(crate) cjk: bool,
    /// The last word, still being typed: it also matches longer words that start with it.
    pub(crate) prefix: bool,
}

/// The terms of `query`. A CJK run of one character is that character; a longer run is its
/// bigrams, all of which must match. The last word is a prefix unless the query ends in a space or
/// punctuation.
pub(crate) fn parse(query: &str) -> Vec<Term> {
    #[derive(PartialEq)]
    enum Kind {
        Word,
        Char,
        Bigram,
    }
    let mut tokens: Vec<(Kind, String)> = Vec::new();
    tokenize(query, &mut String::new(), |t, _| {
        tokens.push(match t {
            Token::Word(w) => (Kind::Word, w.to_string()),
            Token::Char(c) => (Kind::Char, c.to_string()),
            Token::Bigram(b) => (Kind::Bigram, b.to_string()),
        })
    });
    let is_bigram = |j: usize| tokens.get(j).is_some_and(|t| t.0 == Kind::Bigram);
    let mut terms: Vec<Term> = Vec::new();
    for (j, (kind, text)) in tokens.iter().enumerate() {
        // A lone character is a term; in a longer run its bigrams say more.
        let keep = *kind != Kind::Char || (!is_bigram(j + 1) && !is_bigram(j + 2));
        let term = Term {
            text: text.clone(),
            cjk: *kind != Kind::Word,
            prefix: false,
        };
        if keep && !terms.contains(&term) {
            terms.push(term);
        }
    }
    terms.truncate(MAX_TERMS);
    if let (Some(last), Some((Kind::Word, text))) = (terms.last_mut(), tokens.last()) {
        last.prefix = !last.cjk && last.text == *text && ends_in_word(query);
    }
    terms
}

/// The vocabulary terms a query term stands for, with how each matched.
struct Expansion<'a> {
    postings: &'a Postings,
    terms: Vec<(usize, MatchKind)>,
    cost: usize,
}

impl Index {
    fn expand(&self, term: &Term) -> Expansion<'_> {
        let mut terms: Vec<(usize, MatchKind)> = Vec::new();
        if term.cjk {
            let postings = &self.cjk.postings;
            terms.extend(self.cjk.find(&term.text).map(|i| (i, MatchKind::Exact)));
            let cost = terms.iter().map(|&(i, _)| postings.get(i).len()).sum();
            return Expansion {
                postings,
                terms,
                cost,
            };
        }
        let vocab = &self.words;
        if term.prefix {
            for i in vocab.with_prefix(&term.text) {
                let kind = if vocab.term(i) == term.text {
                    MatchKind::Exact
                } else {
                    MatchKind::Prefix
                };
                terms.push((i, kind));
            }
        } else if let Some(i) = vocab.find(&term.text) {
            terms.push((i, MatchKind::Exact));
        }
        // Typo tolerance only where the word as typed finds nothing, so that "coin" never
        // drags in "join".
        let k = max_edits(&term.text);
        if terms.is_empty() && k > 0 {
            near(vocab, 0..vocab.len(), &term.text, k, term.prefix, |i| {
                terms.push((i, MatchKind::Fuzzy))
            });
        }
        let postings = &vocab.postings;
        let cost = terms.iter().map(|&(i, _)| postings.get(i).len()).sum();
        Expansion {
            postings,
            terms,
            cost,
        }
    }

    /// The documents matching every term, with their score and weakest match kind, in no
    /// particular order.
    pub(crate) fn matching(&self, terms: &[Term]) -> Vec<(u32, u32, MatchKind)> {
        let mut expansions: Vec<Expansion<'_>> = terms.iter().map(|t| self.expand(t)).collect();
        if expansions.is_empty() || expansions.iter().any(|e| e.terms.is_empty()) {
            return Vec::new();
        }
        // Rarest first: later terms can only narrow what earlier ones found.
        expansions.sort_unstable_by_key(|e| e.cost);
        let n = self.docs.len();
        // How many terms each document has matched so far; its best score for the current term;
        // its total; its weakest match kind.
        let mut matched = vec![0u8; n];
        let mut best = vec![0u32; n];
        let mut total = vec![0u32; n];
        let mut weakest = vec![MatchKind::Exact; n];
        let mut touched: Vec<u32> = Vec::new();
        for (t, e) in expansions.iter().enumerate() {
            let t = t as u8;
            touched.clear();
            for &(term, kind) in &e.terms {
                for &p in e.postings.get(term) {
                    let doc = (p >> 2) as usize;
                    let score = Field::from_bits(p).weight() + kind.weight();
                    if matched[doc] == t {
                        matched[doc] = t + 1;
                        best[doc] = score;
                        touched.push(doc as u32);
                    } else if matched[doc] == t + 1 && score > best[doc] {
                        best[doc] = score;
                    }
                }
            }
            if touched.is_empty() {
                return Vec::new();
            }
            for &doc in &touched {
                let doc = doc as usize;
                total[doc] += best[doc];
                weakest[doc] = weakest[doc].max(MatchKind::from_score(best[doc]));
            }
        }
        touched
            .iter()
            .map(|&d| (d, total[d as usize], weakest[d as usize]))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(query: &str) -> Vec<String> {
        parse(query)
            .into_iter()
            .map(|t| format!("{}{}", t.text, if t.prefix { "*" } else { "" }))
            .collect()
    }

    #[test]
    fn the_last_word_is_a_prefix_while_it_is_being_typed() {
        assert_eq!(show("taiko dr"), ["taiko", "dr*"]);
        assert_eq!(show("taiko dr "), ["taiko", "dr"]);
        assert_eq!(show("Tai"), ["tai*"]);
        assert_eq!(show("tai 太"), ["tai", "太"]);
    }

    #[test]
    fn cjk_runs_become_bigrams_and_lone_characters_stay() {
        assert_eq!(show("太鼓"), ["太鼓"]);
        assert_eq!(show("哈尔滨"), ["哈尔", "尔滨"]);
        assert_eq!(show("鼓 丹麦"), ["鼓", "丹麦"]);
        assert_eq!(show("太鼓drum"), ["太鼓", "drum*"]);
    }

    #[test]
    fn repeated_terms_count_once_and_long_queries_are_cut() {
        assert_eq!(show("drum drum drum "), ["drum"]);
        let long: String = (0..100).map(|i| format!("w{i} ")).collect();
        assert_eq!(parse(&long).len(), MAX_TERMS);
        assert!(parse("").is_empty());
        assert!(parse("😀 ,. !").is_empty());
    }
}
