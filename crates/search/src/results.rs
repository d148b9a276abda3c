//! What a search returns: the hits, best first, and facet counts to narrow them by category,
//! country and room.

use std::sync::Arc;

use catalog::Category;

use crate::fields::MatchKind;
use crate::index::{DocKind, Index};
use crate::query::parse;

/// What to narrow the results to. `None` means any. Values that match nothing (an unknown
/// country or room) give no results.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Filters {
    /// Only exhibits of this category (rooms have no category, so they drop out).
    pub category: Option<Category>,
    /// Only rooms and exhibits from this country: an ISO 3166-1 alpha-2 code such as `JP`
    /// (case-insensitive).
    pub country: Option<String>,
    /// Only this room and its exhibits, by room id.
    pub room: Option<String>,
}

/// One room or exhibit that matched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Room or exhibit.
    pub kind: DocKind,
    /// The room's id (for an exhibit, the room it is in).
    pub room: Arc<str>,
    /// The exhibit's id, for an exhibit.
    pub exhibit: Option<Arc<str>>,
    /// Higher is better: for each query term, its field's weight (title 30, room/country/origin
    /// 20, text 10) plus its match's weight (exact 3, prefix 2, typo 1), summed.
    pub score: u32,
    /// The weakest way any query term matched: `Fuzzy` when a typo was forgiven somewhere.
    pub matched: MatchKind,
}

/// How many results each filter value would give. Each list counts the results of the query with
/// the *other* filters applied but not its own, so a visitor who picked one category still sees
/// how many results every other category has and can switch. Values with no results are left out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facets {
    /// Exhibits per category, in [`Category::ALL`] order.
    pub categories: Vec<(Category, usize)>,
    /// Rooms and exhibits per ISO country code, in order of first appearance on the tour.
    pub countries: Vec<(Arc<str>, usize)>,
    /// Rooms and exhibits per room id (the room counts itself when it matches), in tour order.
    pub rooms: Vec<(Arc<str>, usize)>,
}

/// The answer to a search.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Results {
    /// The best hits, best first (highest score, then tour order), at most `limit` of them.
    pub hits: Vec<Hit>,
    /// How many hits there are in all, after filters (may exceed `hits.len()`).
    pub total: usize,
    /// Counts for the filter lists.
    pub facets: Facets,
}

impl Index {
    /// Searches for rooms and exhibits matching *every* term of `query`, narrowed by `filters`,
    /// returning at most `limit` hits (and the total and facets over all of them).
    ///
    /// Words match whole words, except the last one while it is being typed (no space after it),
    /// which also matches words starting with it; a word of 4+ letters that matches nothing
    /// matches words within one edit (two from 8 letters). Chinese, Japanese and Korean match as
    /// substrings (see the crate docs). An empty query, or one with nothing searchable in it
    /// (spaces, punctuation, emoji), returns no results and empty facets.
    pub fn search(&self, query: &str, filters: &Filters, limit: usize) -> Results {
        let terms = parse(query);
        let found = self.matching(&terms);
        if found.is_empty() {
            return Results::default();
        }
        let category = filters.category;
        let country = filters.country.as_deref().map(|code| {
            let code = code.trim();
            self.countries.iter().position(|c| c.eq_ignore_ascii_case(code))
        });
        let room = filters
            .room
            .as_deref()
            .map(|id| self.rooms.iter().position(|r| &*r.id == id.trim()));

        let mut by_category = [0usize; Category::ALL.len()];
        let mut by_country = vec![0usize; self.countries.len()];
        let mut by_room = vec![0usize; self.rooms.len()];
        let mut kept: Vec<(u32, u32, MatchKind)> = Vec::new();
        for (doc, score, kind) in found {
            let d = &self.docs[doc as usize];
            let r = d.room as usize;
            let c = self.rooms[r].country as usize;
            let cat_ok = category.is_none_or(|want| d.category == Some(want));
            let country_ok = country.is_none_or(|want| want == Some(c));
            let room_ok = room.is_none_or(|want| want == Some(r));
            if let (Some(cat), true, true) = (d.category, country_ok, room_ok) {
                by_category[Category::ALL.iter().position(|x| *x == cat).unwrap_or(0)] += 1;
            }
            if cat_ok && room_ok {
                by_country[c] += 1;
            }
            if cat_ok && country_ok {
                by_room[r] += 1;
            }
            if cat_ok && country_ok && room_ok {
                kept.push((doc, score, kind));
            }
        }

        let total = kept.len();
        let order = |a: &(u32, u32, MatchKind), b: &(u32, u32, MatchKind)| b.1.cmp(&a.1).then(a.0.cmp(&b.0));
        if limit < kept.len() {
            if limit > 0 {
                kept.select_nth_unstable_by(limit - 1, order);
            }
            kept.truncate(limit);
        }
        kept.sort_unstable_by(order);
        let hits = kept
            .into_iter()
            .map(|(doc, score, matched)| {
                let d = &self.docs[doc as usize];
                Hit {
                    kind: if d.exhibit.is_some() {
                        DocKind::Exhibit
                    } else {
                        DocKind::Room
                    },
                    room: self.rooms[d.room as usize].id.clone(),
                    exhibit: d.exhibit.clone(),
                    score,
                    matched,
                }
            })
            .collect();
        let facets = Facets {
            categories: Category::ALL
                .into_iter()
                .zip(by_category)
                .filter(|f| f.1 > 0)
                .collect(),
            countries: self
                .countries
                .iter()
                .cloned()
                .zip(by_country)
                .filter(|f| f.1 > 0)
                .collect(),
            rooms: self
                .rooms
                .iter()
                .map(|r| r.id.clone())
                .zip(by_room)
                .filter(|f| f.1 > 0)
                .collect(),
        };
        Results { hits, total, facets }
    }
}
