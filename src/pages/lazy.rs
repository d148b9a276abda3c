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
//! The `explore` and `classroom` modules have stylesheets of their own, loaded with their code
//! (src/styles.rs).
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
/// Passed to a module's split point, whose calls use the C ABI: hence `repr(u8)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
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

/// Declares the page modules in one list, so a page's module is named once: for each module,
/// `$draw`, which draws one of its pages and, in split builds, is the module's split point; then
/// [`show`] and [`preload_module`], whose matches over every page the compiler checks are complete.
/// One split point per module, not per page: each split point costs the main module its own loader
/// and a state of the router's page future. A module that cannot be fetched (a dropped connection on
/// school Wi-Fi) is a [`LoadError`] naming the module, not a crash: the split point is `fallible`,
/// and a later call fetches again.
macro_rules! page_modules {
    ($($group:ident: $draw:ident, $preload:ident { $($page:ident => $component:ident),+ $(,)? })+) => {
        $(
            #[cfg_attr(
                wasm_split,
                leptos::wasm_split::wasm_split($group, wasm_split_path = ::leptos::wasm_split, fallible)
            )]
            fn $draw(page: Page) -> Result<AnyView, LoadError> {
                Ok(match page {
                    $(Page::$page => view! { <$component /> }.into_any(),)+
                    // `show` only asks a module for its own pages.
                    _ => unreachable!(),
                })
            }
        )+

        /// Draws a page, fetching its module first in split builds.
        async fn show(page: Page) -> Result<AnyView, LoadError> {
            // The module's stylesheet (if it has one that is off) loads alongside its code.
            let styles = crate::styles::start(match page {
                $($(Page::$page)|+ => stringify!($group),)+
            });
            let drawn = match page {
                $($(Page::$page)|+ => {
                    // On the first view, behind the pre-rendered copy, the module's arrival (its
                    // instantiation and linking) and the page's first draw are two tasks, not one.
                    #[cfg(wasm_split)]
                    if crate::prerender::present() {
                        let _ = $preload().await;
                        crate::defer::yield_task().await;
                    }
                    #[cfg(wasm_split)]
                    let drawn = $draw(page).await;
                    #[cfg(not(wasm_split))]
                    let drawn = $draw(page);
                    drawn.map_err(|e| LoadError {
                        file: concat!("split_", stringify!($group), ".wasm").into(),
                        ..e
                    })
                })+
            };
            crate::styles::wait(styles).await?;
            drawn
        }

        /// Fetches a page's module without drawing it (nothing to fetch in unsplit builds).
        async fn preload_module(page: Page) {
            match page {
                $($(Page::$page)|+ => {
                    #[cfg(wasm_split)]
                    let _ = $preload().await;
                })+
            }
        }
    };
}

page_modules! {
    tour: draw_tour, __wasm_split_preload_draw_tour {
        Entrance => Entrance,
        Room => RoomPage,
        Exhibit => ExhibitPage,
    }
    explore: draw_explore, __wasm_split_preload_draw_explore {
        About => About,
        Plan => PlanPage,
        World => WorldPage,
        Search => SearchPage,
    }
    classroom: draw_classroom, __wasm_split_preload_draw_classroom {
        Trails => TrailsPage,
        Trail => TrailPage,
        TrailNotes => TrailNotesPage,
        TrailQuiz => TrailQuizPage,
        TrailWorksheet => TrailWorksheetPage,
        TrailStop => TrailStopPage,
        RoomQuiz => RoomQuizPage,
        RoomWorksheet => RoomWorksheetPage,
    }
}

impl ChooseView for Page {
    async fn choose(self) -> AnyView {
        show(self).await.unwrap_or_else(|error| {
            crate::prerender::remove();
            // Retry loads the page again: the module is fetched anew, the frame stays usable.
            let retry = move |_| {
                let _ = window().location().reload();
            };
            view! { <ErrorView error retry /> }.into_any()
        })
    }

    /// Fetches the page's module.
    async fn preload(&self) {
        preload_module(*self).await
    }
}

/// Fetches the `tour` module (rooms and exhibits, what a visitor most likely opens next) once the
/// first view has been drawn and the browser is idle. Does nothing when it is loaded already.
pub fn prefetch() {
    leptos::task::spawn_local(async { Page::Room.preload().await });
}
