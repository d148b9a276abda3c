//! Pages whose code loads on demand.
//!
//! In the release build, `scripts/build-site.sh` compiles with `--cfg wasm_split` and
//! `scripts/split-wasm.sh` splits the wasm with `wasm-split-cli`. The pages' code then leaves the
//! main module for three modules, each loaded the first time one of its pages is shown:
//!
//! - `tour`: the entrance, rooms and exhibits, the pages most visits are made of;
//! - `explore`: the floor plan, the world map, search and the About page;
//! - `classroom`: trails, their stops, notes, quizzes and worksheets;
//!
//! and a fourth, `collection`, holds the loading of every room file and the search index
//! (src/collection.rs), which the header's search box starts on focus.
//!
//! Code two modules share goes to a chunk both load; what the frame needs (header, search box,
//! language menu, data access) stays in the main module. The router keeps the current page on
//! screen until the next page's module has arrived, so a visitor never sees an empty page while
//! code loads, and [`prefetch`] fetches the `tour` module in idle time after the first view.
//!
//! In development (`trunk serve`) and in native checks there is no `wasm_split` cfg: a page is then
//! an ordinary async function, ready at once.

use leptos::prelude::*;
use leptos_router::ChooseView;

use super::{
    about::About, entrance::Entrance, exhibit::ExhibitPage, plan::PlanPage, quiz::RoomQuizPage,
    quiz::TrailQuizPage, room::RoomPage, search::SearchPage, trail::TrailPage, trail_notes::TrailNotesPage,
    trail_stop::TrailStopPage, trails::TrailsPage, worksheet::RoomWorksheetPage,
    worksheet::TrailWorksheetPage, world::WorldPage,
};

/// A page of the tour, as the view of its route. One type for every route, so that the router's
/// code for matching and drawing routes is compiled once per path shape rather than once per page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Entrance,
    About,
    Plan,
    World,
    Search,
    Trails,
    Trail,
    TrailNotes,
    TrailQuiz,
    TrailWorksheet,
    TrailStop,
    Room,
    RoomQuiz,
    RoomWorksheet,
    Exhibit,
}

/// Declares `$draw`, which draws the component `$page` and, in split builds, is a split point whose
/// code goes into the module `$group`. Leptos's `#[lazy]` also generates `__preload_` + `$draw`,
/// which fetches that module without drawing.
macro_rules! split_point {
    ($group:ident, $draw:ident, $page:ident) => {
        #[cfg_attr(wasm_split, leptos::lazy($group))]
        async fn $draw() -> AnyView {
            view! { <$page /> }.into_any()
        }
    };
}

split_point!(tour, draw_entrance, Entrance);
split_point!(explore, draw_about, About);
split_point!(explore, draw_plan, PlanPage);
split_point!(tour, draw_room, RoomPage);
split_point!(tour, draw_exhibit, ExhibitPage);
split_point!(explore, draw_world, WorldPage);
split_point!(explore, draw_search, SearchPage);
split_point!(classroom, draw_trails, TrailsPage);
split_point!(classroom, draw_trail, TrailPage);
split_point!(classroom, draw_trail_notes, TrailNotesPage);
split_point!(classroom, draw_trail_quiz, TrailQuizPage);
split_point!(classroom, draw_trail_worksheet, TrailWorksheetPage);
split_point!(classroom, draw_trail_stop, TrailStopPage);
split_point!(classroom, draw_room_quiz, RoomQuizPage);
split_point!(classroom, draw_room_worksheet, RoomWorksheetPage);

impl ChooseView for Page {
    async fn choose(self) -> AnyView {
        match self {
            Page::Entrance => draw_entrance().await,
            Page::About => draw_about().await,
            Page::Plan => draw_plan().await,
            Page::Room => draw_room().await,
            Page::Exhibit => draw_exhibit().await,
            Page::World => draw_world().await,
            Page::Search => draw_search().await,
            Page::Trails => draw_trails().await,
            Page::Trail => draw_trail().await,
            Page::TrailNotes => draw_trail_notes().await,
            Page::TrailQuiz => draw_trail_quiz().await,
            Page::TrailWorksheet => draw_trail_worksheet().await,
            Page::TrailStop => draw_trail_stop().await,
            Page::RoomQuiz => draw_room_quiz().await,
            Page::RoomWorksheet => draw_room_worksheet().await,
        }
    }

    /// Fetches the page's module (one page of each module stands for all of it).
    async fn preload(&self) {
        #[cfg(wasm_split)]
        match self {
            Page::Entrance | Page::Room | Page::Exhibit => __preload_draw_room().await,
            Page::World | Page::Search | Page::Plan | Page::About => __preload_draw_world().await,
            _ => __preload_draw_trail().await,
        }
    }
}

/// Fetches the `tour` module (rooms and exhibits, what a visitor most likely opens next) once the
/// first view has been drawn and the browser is idle. Does nothing when it is loaded already.
pub fn prefetch() {
    leptos::task::spawn_local(async { Page::Room.preload().await });
}
