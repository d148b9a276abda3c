//! One page per route.

pub mod about;
pub mod entrance;
pub mod exhibit;
pub mod lazy;
pub mod not_found;
pub mod plan;
pub mod quiz;
pub mod room;
pub mod search;
pub mod trail;
pub mod trail_notes;
pub mod trail_stop;
pub mod trails;
pub mod worksheet;
pub mod world;
