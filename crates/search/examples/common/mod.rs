//! The benchmark itself, shared by the native example (`bench.rs`, timed with `Instant`) and the
//! WebAssembly one (`wasm_bench.rs`, timed by its JavaScript host).

use catalog::{MuseumFile, RoomFile};
use search::{Filters, Index};

/// What a visitor might type: words, phrases, typos, folded diacritics and Chinese. Each is typed
/// one character at a time, and every keystroke is a search.
pub const QUERIES: &[&str] = &[
    "drum",
    "painting",
    "porcelain",
    "stamps",
    "balalaika",
    "cathedral",
    "harbin",
    "friendship",
    "ice lantern",
    "taiko drum",
    "niigata painting",
    "russian folk song",
    "silk scarf",
    "coins 1979",
    "balalayka",
    "magdeberg",
    "porcelian",
    "nyiregyhza",
    "edmonten",
    "nyíregyháza",
    "ploiești",
    "wiener neustadt",
    "太鼓",
    "丹麦",
    "哈尔滨",
    "邮票",
    "俄罗斯",
    "友好城市",
    "日本画",
    "s",
];

/// Builds the index `runs` times (or as often as fits in about 3 s, 3 to 21 times), types every
/// query, and prints the numbers. `now` is a clock in milliseconds.
pub fn run(
    museum: &MuseumFile,
    rooms: &[RoomFile],
    runs: Option<usize>,
    now: &dyn Fn() -> f64,
    print: &mut dyn FnMut(String),
) {
    let exhibits: usize = rooms.iter().map(|r| r.exhibits.len()).sum();
    let t = now();
    let mut index = Index::build(museum, rooms);
    let mut builds = vec![now() - t];
    let runs = runs.unwrap_or((3000.0 / builds[0].max(0.001)).clamp(3.0, 21.0) as usize);
    for _ in 1..runs {
        let t = now();
        index = std::hint::black_box(Index::build(museum, rooms));
        builds.push(now() - t);
    }

    let rounds = if exhibits > 20_000 { 3 } else { 10 };
    let japan = Filters {
        country: Some("JP".into()),
        ..Filters::default()
    };
    let (mut times, mut filtered, mut slow): (Vec<f64>, Vec<f64>, Vec<(f64, &str)>) = Default::default();
    for _ in 0..rounds {
        for query in QUERIES {
            for (at, c) in query.char_indices() {
                let typed = &query[..at + c.len_utf8()];
                let t = now();
                std::hint::black_box(index.search(typed, &Filters::default(), 50));
                let took = now() - t;
                times.push(took);
                slow.push((took, typed));
                let t = now();
                std::hint::black_box(index.search(typed, &japan, 50));
                filtered.push(now() - t);
            }
        }
    }
    let stats = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        let at = |p: f64| v[((v.len() - 1) as f64 * p).round() as usize];
        format!(
            "median {:.3} ms  p95 {:.3} ms  max {:.3} ms",
            at(0.5),
            at(0.95),
            at(1.0)
        )
    };
    slow.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut seen: Vec<&str> = Vec::new();
    for (_, q) in &slow {
        if seen.len() < 5 && !seen.contains(q) {
            seen.push(q);
        }
    }

    print(format!("exhibits         {exhibits}"));
    print(format!("documents        {}", index.len()));
    print(format!("terms            {}", index.terms()));
    print(format!(
        "index memory     {:.1} MiB (approx.)",
        index.heap_size() as f64 / 1048576.0
    ));
    print(format!("index build      {}  ({runs} runs)", stats(&mut builds)));
    let keystrokes = times.len() / rounds;
    print(format!(
        "keystroke        {}  ({keystrokes} keystrokes x {rounds} rounds, 50 hits)",
        stats(&mut times)
    ));
    print(format!("  with filter    {}  (country JP)", stats(&mut filtered)));
    print(format!("  slowest        {:?}", seen));
    for q in [
        "drum",
        "balalayka",
        "magdeberg",
        "太鼓",
        "丹麦",
        "nyiregyhaza",
        "t",
    ] {
        let r = index.search(q, &Filters::default(), 3);
        let top: Vec<&str> = r
            .hits
            .iter()
            .map(|h| h.exhibit.as_deref().unwrap_or(&h.room))
            .collect();
        print(format!("  {q:<12} {:>6} hits  top: {}", r.total, top.join(", ")));
    }
}
