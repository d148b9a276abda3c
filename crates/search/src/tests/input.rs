//! What is indexed, odd and empty input, missing rooms and highlights.

use super::fixture::*;
use crate::{Filters, Index, Results};

#[test]
fn indexes_every_room_and_exhibit() {
    let index = index();
    assert_eq!(index.len(), 13);
    assert_eq!(index.exhibits(), 8);
    assert!(index.terms() > 100);
    assert!(index.heap_size() > 0);
}

#[test]
fn an_empty_query_returns_nothing() {
    let index = index();
    for q in ["", " ", "  ,.!? ", "😀🎉", "\u{301}", "\0\t\n"] {
        assert_eq!(search(&index, q), Results::default(), "{q:?}");
    }
}

#[test]
fn odd_input_never_panics() {
    let index = index();
    let long_word = "a".repeat(100_000);
    let long_text = "drum 太鼓 ".repeat(20_000);
    let many: String = (0..1000).map(|i| format!("t{i} ")).collect();
    for q in [
        &long_word,
        &long_text,
        &many,
        "😀drum😀",
        "d\u{301}rum",
        "ǅ ß ﬁ İ",
        "ＤＲＵＭ",
        "\u{feff}drum",
    ] {
        let r = search(&index, q);
        assert!(r.hits.len() <= r.total);
        index.highlights(q, "Taiko drum 太鼓 Nyíregyháza");
    }
    assert_eq!(first(&index, "ＤＲＵＭ ").as_deref(), Some("niigata-taiko-drum"));
    let empty = Index::default();
    assert!(empty.is_empty());
    assert_eq!(empty.search("drum", &Filters::default(), 10), Results::default());
}

#[test]
fn a_room_whose_file_is_missing_is_still_found() {
    let (museum, mut rooms) = catalogue();
    rooms.retain(|r| r.id != "aarhus");
    let index = Index::build(&museum, &rooms);
    assert_eq!(index.exhibits(), 6);
    assert_eq!(ids(&search(&index, "aarhus")), ["aarhus"]);
}

#[test]
fn highlights_mark_what_matched() {
    let index = index();
    let text = "Nyíregyháza's Taiko drums, 太鼓表演 and a balalaika";
    let marked = |q: &str| -> Vec<&str> { index.highlights(q, text).into_iter().map(|r| &text[r]).collect() };
    assert_eq!(marked("nyireg"), ["Nyíregyháza"]);
    assert_eq!(marked("taiko dr"), ["Taiko", "drums"]);
    assert_eq!(marked("太鼓"), ["太鼓"]);
    assert_eq!(marked("鼓表演"), ["鼓表演"]);
    assert_eq!(marked("balalayka"), ["balalaika"]);
    assert!(marked("drum ").is_empty(), "a finished word is not a prefix");
    assert!(marked("").is_empty());
}
