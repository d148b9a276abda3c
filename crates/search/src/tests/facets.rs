//! Facet counts, filters and the result limit.

use catalog::Category;

use super::fixture::*;
use crate::Filters;

#[test]
fn facet_counts_add_up() {
    let index = index();
    for q in ["a", "t", "urals", "丹麦", "drum "] {
        let r = search(&index, q);
        let exhibits: Vec<&str> = r.hits.iter().filter_map(|h| h.exhibit.as_deref()).collect();
        assert_eq!(r.total, r.hits.len());
        assert_eq!(sum(&r.facets.categories), exhibits.len(), "{q}");
        assert_eq!(sum(&r.facets.countries), r.total, "{q}");
        assert_eq!(sum(&r.facets.rooms), r.total, "{q}");
        for &(category, count) in &r.facets.categories {
            assert_eq!(
                exhibits.iter().filter(|e| category_of(e) == category).count(),
                count
            );
        }
        for (room, count) in &r.facets.rooms {
            assert_eq!(r.hits.iter().filter(|h| h.room == *room).count(), *count);
        }
    }
    let r = search(&index, "a");
    let crafts = r.facets.categories.iter().find(|c| c.0 == Category::Craft);
    assert_eq!(
        crafts.map(|c| c.1),
        Some(2),
        "plate and vase; the malachite box has no word in a…"
    );
}

#[test]
fn filters_narrow_and_facets_let_the_visitor_switch() {
    let index = index();
    let all = search(&index, "a");
    let crafts = Filters {
        category: Some(Category::Craft),
        ..Filters::default()
    };
    let r = index.search("a", &crafts, 100);
    assert_eq!(ids(&r), ["aarhus-plate", "nyiregyhaza-porcelain"]);
    assert!(r.total < all.total);
    assert_eq!(
        r.facets.categories, all.facets.categories,
        "its own facet ignores the filter"
    );
    assert_eq!(
        sum(&r.facets.countries),
        2,
        "other facets count within the filter"
    );
    assert_eq!(sum(&r.facets.rooms), 2);

    let russia = Filters {
        country: Some("ru".into()),
        ..crafts.clone()
    };
    assert_eq!(
        ids(&index.search("urals", &russia, 100)),
        ["sverdlovsk-malachite"]
    );
    assert!(index.search("a", &russia, 100).hits.is_empty());
    let room = Filters {
        room: Some("aarhus".into()),
        ..Filters::default()
    };
    let r = index.search("a", &room, 100);
    assert_eq!(ids(&r), ["aarhus", "aarhus-plate", "aarhus-stamps"]);
    assert_eq!(r.facets.rooms, all.facets.rooms);
    let nowhere = Filters {
        country: Some("XX".into()),
        ..Filters::default()
    };
    let r = index.search("a", &nowhere, 100);
    assert_eq!(r.total, 0);
    assert_eq!(
        r.facets.countries, all.facets.countries,
        "the country list still offers the real ones"
    );
}

#[test]
fn limit_caps_hits_but_not_the_total() {
    let index = index();
    let all = search(&index, "a");
    let top = index.search("a", &Filters::default(), 2);
    assert_eq!(top.total, all.total);
    assert_eq!(top.hits[..], all.hits[..2]);
    assert!(index.search("a", &Filters::default(), 0).hits.is_empty());
}
