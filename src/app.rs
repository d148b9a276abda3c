//! The app: routes, the museum data every page shares, and the page frame.

use std::sync::Arc;

use catalog::MuseumFile;
use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::layout::Layout;
use crate::data;
use crate::error::LoadError;
use crate::pages::{
    about::About,
    entrance::Entrance,
    exhibit::ExhibitPage,
    not_found::NotFound,
    plan::PlanPage,
    quiz::{RoomQuizPage, TrailQuizPage},
    room::RoomPage,
    search::SearchPage,
    trail::TrailPage,
    trail_notes::TrailNotesPage,
    trail_stop::TrailStopPage,
    trails::TrailsPage,
    worksheet::{RoomWorksheetPage, TrailWorksheetPage},
    world::WorldPage,
};

/// `museum.json`, loaded once and shared by every page.
#[derive(Clone, Copy)]
pub struct MuseumData(pub LocalResource<Result<Arc<MuseumFile>, LoadError>>);

/// The museum data, from context.
pub fn use_museum() -> LocalResource<Result<Arc<MuseumFile>, LoadError>> {
    expect_context::<MuseumData>().0
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(MuseumData(LocalResource::new(data::museum)));
    crate::collection::provide_collection();
    view! {
        <Router>
            <Layout>
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Entrance />
                    <Route path=path!("/about") view=About />
                    <Route path=path!("/map") view=PlanPage />
                    <Route path=path!("/world") view=WorldPage />
                    <Route path=path!("/search") view=SearchPage />
                    <Route path=path!("/trails") view=TrailsPage />
                    <Route path=path!("/trails/:trail") view=TrailPage />
                    <Route path=path!("/trails/:trail/notes") view=TrailNotesPage />
                    <Route path=path!("/trails/:trail/quiz") view=TrailQuizPage />
                    <Route path=path!("/trails/:trail/worksheet") view=TrailWorksheetPage />
                    <Route path=path!("/trails/:trail/:step") view=TrailStopPage />
                    <Route path=path!("/rooms/:room") view=RoomPage />
                    <Route path=path!("/rooms/:room/quiz") view=RoomQuizPage />
                    <Route path=path!("/rooms/:room/worksheet") view=RoomWorksheetPage />
                    <Route path=path!("/rooms/:room/:exhibit") view=ExhibitPage />
                </Routes>
            </Layout>
        </Router>
    }
}
