//! Parts shared by the pages.

pub mod error_view;
pub mod exhibit_card;
pub mod floor_plan;
pub mod layout;
pub mod loading;
pub mod offline_save;
pub mod search_results;
pub mod site_search;
pub mod text;
pub mod walk_nav;
pub mod world_map;
pub mod zoom;
