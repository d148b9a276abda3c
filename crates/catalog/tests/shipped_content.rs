//! The content that ships in `public/data` passes every rule, and has what the collection promises.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use catalog::{Catalog, Category, Continent, Record, RoomKind};

fn shipped() -> Catalog {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/data");
    Catalog::load(&dir)
}

#[test]
fn shipped_content_is_valid() {
    let catalog = shipped();
    let problems: Vec<String> = catalog.problems.iter().map(ToString::to_string).collect();
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_museum_has_its_28_rooms_for_27_sister_cities_in_23_countries() {
    let catalog = shipped();
    let museum = catalog.museum.expect("museum.json");
    assert_eq!(museum.rooms.len(), 28);
    assert_eq!(museum.tour.len(), 28);
    let sister: Vec<_> = museum
        .rooms
        .iter()
        .filter(|r| r.kind == RoomKind::SisterCity)
        .collect();
    assert_eq!(sister.len(), 27);
    let countries: BTreeSet<_> = sister.iter().map(|r| r.city.country_code.as_str()).collect();
    assert_eq!(countries.len(), 23, "{countries:?}");
    assert_eq!(
        museum.rooms.iter().filter(|r| r.kind == RoomKind::Harbin).count(),
        1
    );
    assert_eq!(
        (museum.museum.facts.rooms, museum.museum.facts.exhibits),
        (28, 1048)
    );
}

#[test]
fn every_room_has_highlights_across_the_gift_categories() {
    let catalog = shipped();
    let mut total = 0;
    let mut rooms_with: BTreeMap<Category, usize> = BTreeMap::new();
    for (file, room) in &catalog.rooms {
        assert!(
            room.exhibits.len() >= 8,
            "{file} has only {} exhibits",
            room.exhibits.len()
        );
        total += room.exhibits.len();
        let kinds: BTreeSet<Category> = room.exhibits.iter().map(|e| e.category).collect();
        for kind in kinds {
            *rooms_with.entry(kind).or_default() += 1;
        }
    }
    assert!(total >= 250, "only {total} exhibits");
    use Category::*;
    for seed in [Painting, Sculpture, Stamp, Currency, MusicalInstrument, Costume] {
        let n = rooms_with.get(&seed).copied().unwrap_or(0);
        assert!(n >= 10, "{seed:?} appears in only {n} rooms");
    }
}

#[test]
fn every_visitor_text_is_in_english_and_chinese() {
    let catalog = shipped();
    let museum = catalog.museum.expect("museum.json");
    let m = &museum.museum;
    for (what, text) in [("name", &m.name), ("welcome", &m.welcome), ("about", &m.about)] {
        assert!(text.has("en") && text.has("zh"), "museum.{what}");
    }
    for r in &museum.rooms {
        for (what, text) in [
            ("title", &r.title),
            ("summary", &r.summary),
            ("city", &r.city.name),
            ("country", &r.city.country),
        ] {
            assert!(text.has("en") && text.has("zh"), "{}: {what}", r.id);
        }
    }
    for (file, room) in &catalog.rooms {
        assert!(room.introduction.has("zh"), "{file}: introduction");
        for e in &room.exhibits {
            for (what, text) in [
                ("title", &e.title),
                ("description", &e.description),
                ("origin", &e.origin),
                ("alt", &e.image.alt),
                ("credit", &e.image.credit),
            ] {
                assert!(text.has("en") && text.has("zh"), "{file}: {}: {what}", e.id);
            }
        }
    }
}

#[test]
fn only_the_gifts_the_sources_document_are_marked_documented() {
    let catalog = shipped();
    let documented: BTreeSet<&str> = catalog
        .rooms
        .iter()
        .flat_map(|(_, r)| r.exhibits.iter())
        .filter(|e| e.record == Record::Documented)
        .map(|e| e.id.as_str())
        .collect();
    assert!(
        documented
            .iter()
            .all(|id| id.starts_with("magdeburg-") || id.starts_with("sunderland-")),
        "{documented:?}"
    );
    assert_eq!(documented.len(), 6, "{documented:?}");
}

#[test]
fn every_city_is_on_a_known_continent() {
    let catalog = shipped();
    let museum = catalog.museum.as_ref().expect("museum.json loads");
    let mut seen = BTreeSet::new();
    for room in &museum.rooms {
        let c = Continent::of(&room.city);
        assert!(
            c.is_some(),
            "{}: country {} has no continent",
            room.id,
            room.city.country_code
        );
        seen.insert(c);
    }
    assert_eq!(
        seen.len(),
        6,
        "the sister cities span all six inhabited continents"
    );
}

#[test]
fn every_room_has_a_quiz_of_three_to_five_sound_questions() {
    let museum = shipped().museum.expect("museum.json");
    for room in &museum.rooms {
        let quiz = catalog::room_quiz(&museum, &room.id);
        assert!(
            (3..=5).contains(&quiz.len()),
            "{} has {} questions",
            room.id,
            quiz.len()
        );
        for q in &quiz {
            assert_eq!(q.choices.len(), 4, "{}: {:?}", room.id, q.question);
            let names: BTreeSet<&str> = q.choices.iter().map(|c| c.in_lang(catalog::Lang::En)).collect();
            assert_eq!(names.len(), 4, "{}: repeated choice in {:?}", room.id, q.choices);
            assert!(q.question.has("zh") && q.explanation.has("zh"));
        }
        assert_eq!(
            quiz,
            catalog::room_quiz(&museum, &room.id),
            "the same quiz every time"
        );
    }
    let niigata = catalog::room_quiz(&museum, "niigata");
    let country = &niigata[0];
    assert_eq!(
        country.question.in_lang(catalog::Lang::En),
        "In which country is Niigata?"
    );
    assert_eq!(
        country.choices[country.answer].in_lang(catalog::Lang::En),
        "Japan"
    );
}

#[test]
fn there_are_at_least_five_trails() {
    let trails = shipped().trails.expect("trails.json");
    assert!(trails.trails.len() >= 5, "{} trails", trails.trails.len());
}

#[test]
fn the_own_script_question_offers_only_names_in_other_scripts() {
    let museum = shipped().museum.expect("museum.json");
    let harbin = catalog::room_quiz(&museum, "harbin");
    let q = harbin
        .iter()
        .find(|q| q.question.in_lang(catalog::Lang::En).contains("written"))
        .expect("Harbin has an own-script question");
    assert_eq!(q.choices[q.answer].in_lang(catalog::Lang::En), "哈尔滨市");
    for c in &q.choices {
        let name = c.in_lang(catalog::Lang::En);
        assert!(
            !name
                .chars()
                .any(|ch| ch.is_ascii_alphabetic() || ('\u{c0}'..='\u{24f}').contains(&ch)),
            "{name}"
        );
    }
}
