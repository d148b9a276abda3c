//! One page per route.

pub mod about;
pub mod entrance;
pub mod exhibit;
pub mod not_found;
pub mod plan;
pub mod room;
pub mod search;
pub mod world;
