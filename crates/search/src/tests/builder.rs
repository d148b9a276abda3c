//! Building a room at a time gives the index that building at once gives.

use super::fixture::{catalogue, ids, index, search};
use crate::IndexBuilder;

#[test]
fn a_room_at_a_time_builds_the_same_index_as_all_at_once() {
    let (museum, rooms) = catalogue();
    let order = IndexBuilder::order(&museum);
    assert_eq!(order.len(), museum.rooms.len());
    assert_eq!(
        order.first().map(|r| r.id.as_str()),
        museum.tour.first().map(String::as_str)
    );
    let mut builder = IndexBuilder::default();
    for summary in order {
        builder.add_room(summary, rooms.iter().find(|f| f.id == summary.id));
    }
    let (stepped, whole) = (builder.finish(), index());
    assert_eq!(
        (stepped.len(), stepped.terms(), stepped.exhibits()),
        (whole.len(), whole.terms(), whole.exhibits())
    );
    assert!(stepped.exhibits() > 0);
    for query in ["drum", "painting", "tai", "太鼓", "magdeberg", "harbin"] {
        let (a, b) = (search(&stepped, query), search(&whole, query));
        assert_eq!(ids(&a), ids(&b), "{query}");
        assert_eq!(a.total, b.total, "{query}");
    }
}
