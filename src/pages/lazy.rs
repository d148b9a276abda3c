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
//! In development (`trunk serve`) and in native checks there is no `wasm_split` cfg: a page's split
//! point is then an ordinary function, and nothing is fetched.

use leptos::prelude::*;
use leptos_router::ChooseView;

use crate::components::error_view::ErrorView;
use crate::error::LoadError;

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
    /// `/`
    Entrance,
    /// `/about`
    About,
    /// `/map`
    Plan,
    /// `/world`
    World,
    /// `/search`
    Search,
    /// `/trails`
    Trails,
    /// `/trails/{trail}`
    Trail,
    /// `/trails/{trail}/notes`
    TrailNotes,
    /// `/trails/{trail}/quiz`
    TrailQuiz,
    /// `/trails/{trail}/worksheet`
    TrailWorksheet,
    /// `/trails/{trail}/{step}`
    TrailStop,
    /// `/rooms/{room}`
    Room,
    /// `/rooms/{room}/quiz`
    RoomQuiz,
    /// `/rooms/{room}/worksheet`
    RoomWorksheet,
    /// `/rooms/{room}/{exhibit}`
    Exhibit,
}

/// Declares `$draw`, which draws the component `$page` and, in split builds, is a split point whose
/// code goes into the module `$group`, and `$show`, which awaits it. A module that cannot be
/// fetched (a dropped connection on school Wi-Fi) is a [`LoadError`] naming the module, not a
/// crash: the split point is `fallible`, and a later call fetches again.
macro_rules! split_point {
    ($group:ident, $draw:ident => $show:ident, $page:ident) => {
        #[cfg_attr(
                    wasm_split,
                    leptos::wasm_split::wasm_split($group, wasm_split_path = ::leptos::wasm_split, fallible)
                )]
        fn $draw() -> Result<AnyView, LoadError> {
            Ok(view! { <$page /> }.into_any())
        }

        async fn $show() -> Result<AnyView, LoadError> {
            #[cfg(wasm_split)]
            let drawn = $draw().await;
            #[cfg(not(wasm_split))]
            let drawn = $draw();
            drawn.map_err(|e| LoadError {
                file: concat!("split_", stringify!($group), ".wasm").into(),
                ..e
            })
        }
    };
}

split_point!(tour, draw_entrance => show_entrance, Entrance);
split_point!(explore, draw_about => show_about, About);
split_point!(explore, draw_plan => show_plan, PlanPage);
split_point!(tour, draw_room => show_room, RoomPage);
split_point!(tour, draw_exhibit => show_exhibit, ExhibitPage);
split_point!(explore, draw_world => show_world, WorldPage);
split_point!(explore, draw_search => show_search, SearchPage);
split_point!(classroom, draw_trails => show_trails, TrailsPage);
split_point!(classroom, draw_trail => show_trail, TrailPage);
split_point!(classroom, draw_trail_notes => show_trail_notes, TrailNotesPage);
split_point!(classroom, draw_trail_quiz => show_trail_quiz, TrailQuizPage);
split_point!(classroom, draw_trail_worksheet => show_trail_worksheet, TrailWorksheetPage);
split_point!(classroom, draw_trail_stop => show_trail_stop, TrailStopPage);
split_point!(classroom, draw_room_quiz => show_room_quiz, RoomQuizPage);
split_point!(classroom, draw_room_worksheet => show_room_worksheet, RoomWorksheetPage);

impl ChooseView for Page {
    async fn choose(self) -> AnyView {
        let drawn = match self {
            Page::Entrance => show_entrance().await,
            Page::About => show_about().await,
            Page::Plan => show_plan().await,
            Page::Room => show_room().await,
            Page::Exhibit => show_exhibit().await,
            Page::World => show_world().await,
            Page::Search => show_search().await,
            Page::Trails => show_trails().await,
            Page::Trail => show_trail().await,
            Page::TrailNotes => show_trail_notes().await,
            Page::TrailQuiz => show_trail_quiz().await,
            Page::TrailWorksheet => show_trail_worksheet().await,
            Page::TrailStop => show_trail_stop().await,
            Page::RoomQuiz => show_room_quiz().await,
            Page::RoomWorksheet => show_room_worksheet().await,
        };
        drawn.unwrap_or_else(|error| {
            crate::prerender::remove();
            // Retry loads the page again: the module is fetched anew, the frame stays usable.
            let retry = move |_| {
                let _ = window().location().reload();
            };
            view! { <ErrorView error retry /> }.into_any()
        })
    }

    /// Fetches the page's module (one page of each module stands for all of it).
    async fn preload(&self) {
        #[cfg(wasm_split)]
        let _ = match self {
            Page::Entrance | Page::Room | Page::Exhibit => __wasm_split_preload_draw_room().await,
            Page::World | Page::Search | Page::Plan | Page::About => __wasm_split_preload_draw_world().await,
            _ => __wasm_split_preload_draw_trail().await,
        };
    }
}

/// Fetches the `tour` module (rooms and exhibits, what a visitor most likely opens next) once the
/// first view has been drawn and the browser is idle. Does nothing when it is loaded already.
pub fn prefetch() {
    leptos::task::spawn_local(async { Page::Room.preload().await });
}
