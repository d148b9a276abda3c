//! Parts shared by the pages.

pub mod error_view;
pub mod exhibit_card;
pub mod floor_plan;
pub mod head;
pub mod layout;
pub mod loading;
pub mod offline_save;
pub mod picture;
pub mod present;
pub mod qr;
pub mod quiz;
pub mod read_aloud;
pub mod room_contents;
pub mod room_facts;
pub mod search_results;
pub mod share;
pub mod site_search;
pub mod text;
pub mod walk_nav;
pub mod worksheet;
pub mod world_map;
pub mod zoom;
