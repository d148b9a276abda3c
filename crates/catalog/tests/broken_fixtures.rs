//! Broken content is caught, with the file, the JSON path and the reason.

use std::fs;
use std::path::{Path, PathBuf};

use catalog::Catalog;

/// Copies the good fixture into a fresh folder, lets `edit` break it, and loads it.
fn broken(name: &str, edit: impl FnOnce(&Path)) -> Vec<String> {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good");
    let dir = std::env::temp_dir().join(format!("catalog-fixture-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    copy(&src, &dir);
    edit(&dir.join("data"));
    let problems = Catalog::load(&dir.join("data"))
        .problems
        .iter()
        .map(ToString::to_string)
        .collect();
    let _ = fs::remove_dir_all(&dir);
    problems
}

fn copy(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn replace(file: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(file).unwrap();
    assert!(text.contains(from), "{from} not in {}", file.display());
    fs::write(file, text.replacen(from, to, 1)).unwrap();
}

fn has(problems: &[String], needle: &str) -> bool {
    problems.iter().any(|p| p.contains(needle))
}

#[test]
fn the_good_fixture_passes() {
    assert_eq!(broken("good", |_| {}), Vec::<String>::new());
}

#[test]
fn a_one_way_door_is_caught() {
    let p = broken("door", |d| {
        replace(&d.join("museum.json"), r#""doors": ["alpha"]"#, r#""doors": []"#)
    });
    assert!(
        has(&p, "museum.json: rooms[0].doors[0]: door to \"beta\" is one-way"),
        "{p:?}"
    );
}

#[test]
fn a_door_to_nowhere_is_caught() {
    let p = broken("nowhere", |d| {
        replace(
            &d.join("museum.json"),
            r#""doors": ["alpha"]"#,
            r#""doors": ["alpha", "gamma"]"#,
        )
    });
    assert!(
        has(
            &p,
            "rooms[1].doors[1]: door leads to \"gamma\", which is not a room"
        ),
        "{p:?}"
    );
}

#[test]
fn a_tour_that_skips_or_repeats_a_room_is_caught() {
    let p = broken("tour", |d| {
        replace(
            &d.join("museum.json"),
            r#""tour": ["alpha", "beta"]"#,
            r#""tour": ["alpha", "alpha"]"#,
        )
    });
    assert!(
        has(&p, "museum.json: tour[1]: \"alpha\" is visited twice"),
        "{p:?}"
    );
    assert!(has(&p, "room \"beta\" is missing from the tour"), "{p:?}");
}

#[test]
fn duplicate_exhibit_ids_are_caught() {
    let p = broken("dup", |d| {
        replace(
            &d.join("rooms/beta.json"),
            r#""id": "beta-bell""#,
            r#""id": "alpha-drum""#,
        )
    });
    assert!(
        has(
            &p,
            "rooms/beta.json: exhibits[0].id: exhibit id \"alpha-drum\" is also used in rooms/alpha.json"
        ),
        "{p:?}"
    );
}

#[test]
fn empty_alt_text_bad_sizes_and_missing_images_are_caught() {
    let p = broken("image", |d| {
        replace(
            &d.join("rooms/alpha.json"),
            r#""alt": { "en": "Drawing of a drum" }"#,
            r#""alt": { "en": " " }"#,
        );
        replace(&d.join("rooms/alpha.json"), r#""width": 800"#, r#""width": 0"#);
        fs::remove_file(d.join("../images/beta-bell.svg")).unwrap();
    });
    assert!(
        has(
            &p,
            "rooms/alpha.json: exhibits[0].image.alt: English text is missing or empty"
        ),
        "{p:?}"
    );
    assert!(
        has(
            &p,
            "rooms/alpha.json: exhibits[0].image: width and height must be positive"
        ),
        "{p:?}"
    );
    assert!(
        has(
            &p,
            "rooms/beta.json: exhibits[0].image.src: image file \"images/beta-bell.svg\" does not exist"
        ),
        "{p:?}"
    );
}

#[test]
fn type_errors_name_the_json_path() {
    let p = broken("type", |d| {
        replace(
            &d.join("rooms/beta.json"),
            r#""category": "craft""#,
            r#""category": "spaceship""#,
        )
    });
    assert!(
        has(
            &p,
            "rooms/beta.json: exhibits[0].category: unknown variant `spaceship`"
        ),
        "{p:?}"
    );
}

#[test]
fn a_truncated_file_is_reported_as_truncated() {
    let p = broken("cut", |d| {
        let text = fs::read_to_string(d.join("museum.json")).unwrap();
        fs::write(d.join("museum.json"), &text[..text.len() / 2]).unwrap();
    });
    assert!(has(&p, "museum.json") && has(&p, "truncated"), "{p:?}");
}

#[test]
fn a_date_that_claims_more_precision_than_it_has_is_caught() {
    let p = broken("date", |d| {
        replace(
            &d.join("museum.json"),
            r#""precision": "day", "value": "1979-12-17""#,
            r#""precision": "day", "value": "1979""#,
        )
    });
    assert!(
        has(
            &p,
            "rooms[1].city.signed: value \"1979\" does not match precision Day"
        ),
        "{p:?}"
    );
}

#[test]
fn html_in_text_and_bad_slugs_are_caught() {
    let p = broken("html", |d| {
        replace(&d.join("rooms/alpha.json"), "A drum.", "A <b>drum</b>.");
        replace(
            &d.join("museum.json"),
            r#""country_code": "JP""#,
            r#""country_code": "jp""#,
        );
    });
    assert!(has(&p, "exhibits[0].description.en: looks like HTML"), "{p:?}");
    assert!(
        has(
            &p,
            "rooms[1].city.country_code: \"jp\" is not an ISO 3166-1 alpha-2 code"
        ),
        "{p:?}"
    );
}

#[test]
fn a_trail_stop_that_is_not_in_the_museum_is_caught() {
    let p = broken("trail-stop", |d| {
        replace(
            &d.join("trails.json"),
            r#""exhibit": "alpha-drum""#,
            r#""exhibit": "beta-bell""#,
        );
        replace(&d.join("trails.json"), r#""room": "beta""#, r#""room": "gamma""#);
    });
    assert!(
        has(
            &p,
            "trails.json: trails[0].stops[0].exhibit: room \"alpha\" has no exhibit \"beta-bell\""
        ),
        "{p:?}"
    );
    assert!(has(&p, "trails[0].stops[1].room: no room \"gamma\""), "{p:?}");
}

#[test]
fn a_quiz_answer_outside_its_choices_and_missing_chinese_are_caught() {
    let p = broken("trail-quiz", |d| {
        replace(&d.join("trails.json"), r#""answer": 1"#, r#""answer": 2"#);
        replace(&d.join("trails.json"), r#", "zh": "看看四周。""#, "");
    });
    assert!(
        has(&p, "trails[0].quiz[1].answer: answer 2 is not one of the choices"),
        "{p:?}"
    );
    assert!(
        has(&p, "trails[0].stops[1].prompt: Chinese text is missing"),
        "{p:?}"
    );
}

#[test]
fn an_exhibit_id_that_hides_a_room_page_is_caught() {
    let p = broken("reserved", |d| {
        replace(
            &d.join("rooms/alpha.json"),
            r#""id": "alpha-drum""#,
            r#""id": "quiz""#,
        )
    });
    assert!(
        has(
            &p,
            "rooms/alpha.json: exhibits[0].id: \"quiz\" is the address of a room's own page"
        ),
        "{p:?}"
    );
}
