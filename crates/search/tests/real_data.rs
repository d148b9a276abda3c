//! The search on the shipped catalogue in `public/data`: the examples a visitor would try.

use std::path::Path;

use catalog::{Catalog, RoomFile};
use search::{DocKind, Filters, Index, MatchKind, Results};

fn index() -> Index {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data");
    let catalog = Catalog::load(&dir);
    let museum = catalog.museum.expect("public/data/museum.json");
    let rooms: Vec<RoomFile> = catalog.rooms.into_iter().map(|(_, r)| r).collect();
    Index::build(&museum, &rooms)
}

fn search(index: &Index, query: &str) -> Results {
    index.search(query, &Filters::default(), 20)
}

fn finds(index: &Index, query: &str, exhibit_starting: &str) -> bool {
    let r = search(index, query);
    r.hits.iter().any(|h| {
        h.exhibit
            .as_deref()
            .is_some_and(|e| e.starts_with(exhibit_starting))
    })
}

#[test]
fn indexes_the_whole_tour() {
    let index = index();
    assert!(index.exhibits() >= 200, "{}", index.exhibits());
    assert!(index.len() >= index.exhibits() + 28);
}

#[test]
fn finds_what_a_visitor_types() {
    let index = index();
    let r = search(&index, "nyiregyhaza");
    assert_eq!(r.hits[0].kind, DocKind::Room);
    assert_eq!(&*r.hits[0].room, "nyiregyhaza");
    assert!(finds(&index, "balalaika", "sverdlovsk-"));
    let r = search(&index, "balalayka");
    assert!(r.hits.iter().any(|h| h.matched == MatchKind::Fuzzy));
    assert!(finds(&index, "balalayka", "sverdlovsk-"));
    assert_eq!(&*search(&index, "magdeberg").hits[0].room, "magdeburg");
    assert!(finds(&index, "tai", "niigata-"));
    assert!(finds(&index, "太鼓", "niigata-"));
    assert!(search(&index, "丹麦").hits.iter().any(|h| &*h.room == "aarhus"));
    assert!(search(&index, "").hits.is_empty());
}

#[test]
fn facets_cover_the_results() {
    let index = index();
    let r = index.search("e", &Filters::default(), usize::MAX);
    assert!(r.total > 100);
    let exhibits = r.hits.iter().filter(|h| h.kind == DocKind::Exhibit).count();
    assert_eq!(r.facets.categories.iter().map(|c| c.1).sum::<usize>(), exhibits);
    assert_eq!(r.facets.countries.iter().map(|c| c.1).sum::<usize>(), r.total);
    assert_eq!(r.facets.rooms.iter().map(|c| c.1).sum::<usize>(), r.total);
    let japan = Filters {
        country: Some("JP".into()),
        ..Filters::default()
    };
    let jp = index.search("e", &japan, usize::MAX);
    assert!(jp.total > 0 && jp.total < r.total);
    assert!(jp
        .hits
        .iter()
        .all(|h| matches!(&*h.room, "niigata" | "asahikawa")));
}
