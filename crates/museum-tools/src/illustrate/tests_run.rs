//! Tests for `run`: it writes the files, then `--check` passes, and fails on a missing or edited
//! file or a missing `museum.json`.

use std::fs;
use std::path::PathBuf;

use super::run;

fn fixture() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("illustrate-test-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("data/rooms")).unwrap();
    let text = |s: &str| format!(r#"{{"en":"{s}"}}"#);
    let museum = format!(
        r#"{{"museum":{{"name":{t},"welcome":{t},"about":{t},"visit":{{"address":{t},"opens":"09:00","closes":"17:00","time_zone":"Asia/Shanghai","admission":{t},"checked":"2026-01-01"}},"facts":{{"opened":{{"precision":"unknown"}},"rooms":1,"exhibits":1,"area_m2":1}}}},"tour":["niigata"],"rooms":[{{"id":"niigata","title":{t},"summary":{t},"kind":"sister-city","city":{{"name":{n},"local_name":"x","country":{c},"country_code":"JP","lat":37.9,"lon":139.0,"signed":{{"precision":"unknown"}}}},"doors":[],"plan":{{"floor":1,"x":0,"y":0,"w":10,"h":10}},"exhibits":2}}]}}"#,
        t = text("x"),
        n = text("Niigata"),
        c = text("Japan"),
    );
    fs::write(dir.join("data/museum.json"), museum).unwrap();
    let exhibit = |id: &str, cat: &str, src: &str| {
        format!(
            r#"{{"id":"{id}","title":{t},"category":"{cat}","description":{t},"origin":{t},"date":{{"precision":"unknown"}},"record":"illustrative","image":{{"src":"{src}","width":800,"height":600,"alt":{t},"credit":{t}}}}}"#,
            t = text("Taiko drum")
        )
    };
    let room = format!(
        r#"{{"id":"niigata","introduction":{{"en":"x"}},"sources":[],"exhibits":[{},{}]}}"#,
        exhibit(
            "niigata-taiko-drum",
            "musical-instrument",
            "images/exhibits/niigata-taiko-drum.svg"
        ),
        exhibit("niigata-photo", "picture", "images/photos/niigata.jpg"),
    );
    fs::write(dir.join("data/rooms/niigata.json"), room).unwrap();
    dir
}

#[test]
fn run_writes_then_checks() {
    let public = fixture();
    let file = public.join("images/exhibits/niigata-taiko-drum.svg");
    let err = run(&public, true).unwrap_err();
    assert!(err.contains("niigata-taiko-drum.svg: missing"), "{err}");
    run(&public, false).unwrap();
    let svg = fs::read_to_string(&file).unwrap();
    assert!(svg.contains("<title>Taiko drum</title>"));
    assert!(
        !public.join("images/photos/niigata.jpg").exists(),
        "photographs are left alone"
    );
    run(&public, true).unwrap();
    fs::write(&file, svg.replace("Taiko", "Tayko")).unwrap();
    assert!(run(&public, true).unwrap_err().contains("out of date"));
    run(&public, false).unwrap();
    run(&public, true).unwrap();
    fs::remove_dir_all(&public).unwrap();
    assert!(run(&public, true).unwrap_err().contains("museum.json"));
}
