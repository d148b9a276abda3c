//! End-to-end tests of the index on a small museum written for them ([`fixture`]).

mod builder;
mod facets;
mod fixture;
mod input;
mod matching;
