//! Splitting text into the terms the index stores and the query looks up.
//!
//! Words in scripts written with spaces are lowercased, folded (see [`crate::fold`]) and split on
//! anything that is not a letter or digit. Han, kana and hangul are written without spaces, so every
//! such character is a term, and so is every pair of neighbouring characters (a bigram): "太鼓表演"
//! gives 太, 鼓, 表, 演, 太鼓, 鼓表, 表演, and a query for "太鼓" or "鼓表演" finds it.

use std::ops::Range;

use crate::fold::{class, push_folded, Class};

/// One term of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Token<'a> {
    /// A folded word, e.g. `nyiregyhaza`.
    Word(&'a str),
    /// One CJK character.
    Char(&'a str),
    /// Two neighbouring CJK characters.
    Bigram(&'a str),
}

/// Calls `emit` with every token of `text`, in order, and the byte range of `text` it comes from.
/// `buf` is scratch space for folded words, reused between calls so that indexing allocates
/// nothing per word.
pub(crate) fn tokenize(text: &str, buf: &mut String, mut emit: impl FnMut(Token<'_>, Range<usize>)) {
    buf.clear();
    // Where the current word starts, and where the previous character of the current CJK run does.
    let mut word_start = 0;
    let mut prev_cjk: Option<usize> = None;
    // English possessives: "Japan's" is the word "japan", not "japan" and "s".
    let mut skip_to = 0;
    for (i, c) in text.char_indices() {
        if i < skip_to {
            continue;
        }
        if matches!(c, '\'' | '’') && !buf.is_empty() && is_possessive_s(&text[i + c.len_utf8()..]) {
            skip_to = i + c.len_utf8() + 1;
        }
        let class = class(c);
        if class != Class::Word && class != Class::Mark && !buf.is_empty() {
            emit(Token::Word(buf), word_start..i);
            buf.clear();
        }
        match class {
            Class::Word => {
                if buf.is_empty() {
                    word_start = i;
                }
                prev_cjk = None;
                push_folded(c, buf);
            }
            Class::Cjk => {
                let end = i + c.len_utf8();
                emit(Token::Char(&text[i..end]), i..end);
                if let Some(start) = prev_cjk {
                    emit(Token::Bigram(&text[start..end]), start..end);
                }
                prev_cjk = Some(i);
            }
            // A combining mark continues a word (its accent is dropped) but ends a CJK run.
            Class::Mark | Class::Separator => prev_cjk = None,
        }
    }
    if !buf.is_empty() {
        emit(Token::Word(buf), word_start..text.len());
        buf.clear();
    }
}

/// Whether `rest`, after an apostrophe, is a lone `s`.
fn is_possessive_s(rest: &str) -> bool {
    let mut chars = rest.chars();
    matches!(chars.next(), Some('s' | 'S'))
        && chars
            .next()
            .is_none_or(|c| !matches!(class(c), Class::Word | Class::Mark))
}

/// Whether `text` ends inside a word (the visitor is still typing it), rather than after a space
/// or punctuation.
pub(crate) fn ends_in_word(text: &str) -> bool {
    text.chars()
        .next_back()
        .is_some_and(|c| matches!(class(c), Class::Word | Class::Mark | Class::Cjk))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        tokenize(text, &mut String::new(), |t, _| {
            out.push(match t {
                Token::Word(w) => format!("w:{w}"),
                Token::Char(c) => format!("c:{c}"),
                Token::Bigram(b) => format!("b:{b}"),
            })
        });
        out
    }

    #[test]
    fn splits_latin_words_and_folds_them() {
        assert_eq!(
            tokens("Nyíregyháza's Taiko-drum, 1979!"),
            ["w:nyiregyhaza", "w:taiko", "w:drum", "w:1979"]
        );
        assert_eq!(
            tokens("Japan’s d'Arras rock'n'roll it's"),
            ["w:japan", "w:d", "w:arras", "w:rock", "w:n", "w:roll", "w:it"]
        );
    }

    #[test]
    fn cjk_gives_characters_and_bigrams() {
        assert_eq!(tokens("太鼓表"), ["c:太", "c:鼓", "b:太鼓", "c:表", "b:鼓表"]);
        // Punctuation breaks a run; Latin next to Han is a word of its own.
        assert_eq!(
            tokens("丹麦，Aarhus奥"),
            ["c:丹", "c:麦", "b:丹麦", "w:aarhus", "c:奥"]
        );
    }

    #[test]
    fn odd_input_gives_no_tokens_or_sane_ones() {
        assert!(tokens("").is_empty());
        assert!(tokens("  ,.;!? 😀🎉 \u{200d} ").is_empty());
        assert_eq!(tokens("😀drum😀"), ["w:drum"]);
        assert_eq!(tokens("\u{301}a"), ["w:a"]);
        let long = "ab".repeat(50_000);
        assert_eq!(tokens(&long).len(), 1);
    }

    #[test]
    fn gives_byte_ranges() {
        let mut out = Vec::new();
        tokenize("Ploiești 太鼓", &mut String::new(), |_, r| out.push(r));
        assert_eq!(out, [0..9, 10..13, 13..16, 10..16]);
    }

    #[test]
    fn knows_whether_the_visitor_is_mid_word() {
        assert!(ends_in_word("tai"));
        assert!(ends_in_word("太"));
        assert!(!ends_in_word("taiko "));
        assert!(!ends_in_word("taiko,"));
        assert!(!ends_in_word(""));
    }
}
