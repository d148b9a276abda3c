//! Matching and ranking: words, folded diacritics, Chinese, typos, prefixes, AND, order.

use super::fixture::*;
use crate::{DocKind, MatchKind};

#[test]
fn an_english_word_finds_the_exhibit_titled_with_it_first() {
    let index = index();
    let r = search(&index, "drum ");
    assert_eq!(ids(&r), ["niigata-taiko-drum", "aarhus-plate"]);
    assert_eq!(r.hits[0].kind, DocKind::Exhibit);
    assert_eq!(&*r.hits[0].room, "niigata");
    assert_eq!(r.hits[0].matched, MatchKind::Exact);
    assert!(r.hits[0].score > r.hits[1].score, "title outranks description");
    assert_eq!(
        first(&index, "Malachite").as_deref(),
        Some("sverdlovsk-malachite")
    );
}

#[test]
fn diacritics_fold_both_ways() {
    let index = index();
    for q in ["nyiregyhaza", "Nyíregyháza", "NYIREGYHAZA", "nyíregyháza's"] {
        let r = search(&index, q);
        assert_eq!(ids(&r), ["nyiregyhaza", "nyiregyhaza-porcelain"], "{q}");
        assert_eq!(r.hits[0].kind, DocKind::Room);
    }
}

#[test]
fn chinese_matches_substrings_without_spaces() {
    let index = index();
    assert_eq!(first(&index, "太鼓").as_deref(), Some("niigata-taiko-drum"));
    let denmark = ids(&search(&index, "丹麦"));
    assert_eq!(
        denmark,
        ["aarhus-stamps", "aarhus", "aarhus-plate"],
        "title first, then tour order"
    );
    assert_eq!(first(&index, "巴拉莱卡").as_deref(), Some("sverdlovsk-balalaika"));
    assert_eq!(
        ids(&search(&index, "哈佐")),
        ["nyiregyhaza", "nyiregyhaza-porcelain"]
    );
    assert_eq!(first(&index, "鼓").as_deref(), Some("niigata-taiko-drum"));
    assert!(
        search(&index, "鼓太").hits.is_empty(),
        "characters in the wrong order are another word"
    );
}

#[test]
fn typos_are_forgiven_in_longer_words() {
    let index = index();
    for q in ["balalayka", "balalayka ", "balalaka", "balalajka"] {
        let r = search(&index, q);
        assert_eq!(ids(&r), ["sverdlovsk-balalaika"], "{q}");
        assert_eq!(r.hits[0].matched, MatchKind::Fuzzy);
    }
    assert_eq!(first(&index, "magdeberg").as_deref(), Some("magdeburg"));
    assert_eq!(
        first(&index, "malachit ").as_deref(),
        Some("sverdlovsk-malachite")
    );
    assert!(search(&index, "drun ").total > 0, "one edit from 4 letters");
    assert!(search(&index, "dru ").hits.is_empty(), "no typos below 4 letters");
    assert!(search(&index, "durm ").hits.is_empty(), "a swap is two edits");
}

#[test]
fn the_last_word_matches_as_a_prefix_while_typing() {
    let index = index();
    for q in ["t", "ta", "tai", "taik", "taiko"] {
        let r = search(&index, q);
        assert!(ids(&r).contains(&"niigata-taiko-drum".to_string()), "{q}");
    }
    assert_eq!(first(&index, "taik").as_deref(), Some("niigata-taiko-drum"));
    assert_eq!(search(&index, "taik").hits[0].matched, MatchKind::Prefix);
    assert!(
        search(&index, "tai ").hits.is_empty(),
        "a finished word is a whole word"
    );
    assert_eq!(ids(&search(&index, "niigata dr")), ["niigata-taiko-drum"]);
    assert_eq!(first(&index, "magdeb").as_deref(), Some("magdeburg"));
    assert_eq!(
        first(&index, "magdeburk").as_deref(),
        Some("magdeburg"),
        "typo while typing"
    );
}

#[test]
fn every_term_must_match() {
    let index = index();
    assert_eq!(ids(&search(&index, "drum sado")), ["niigata-taiko-drum"]);
    assert_eq!(ids(&search(&index, "niigata painting")), ["niigata-nihonga"]);
    assert!(search(&index, "balalaika painting").hits.is_empty());
    assert!(search(&index, "drum zzzzqqq").hits.is_empty());
}

#[test]
fn rooms_come_before_their_exhibits_and_ties_keep_tour_order() {
    let index = index();
    let r = search(&index, "urals ");
    assert_eq!(ids(&r), ["sverdlovsk-balalaika", "sverdlovsk-malachite"]);
    assert_eq!(r.hits[0].score, r.hits[1].score);
    let r = search(&index, "niigata ");
    assert_eq!(ids(&r)[0], "niigata");
    assert_eq!(r.hits[0].kind, DocKind::Room);
}
