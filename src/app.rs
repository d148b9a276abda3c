//! The app: routes, the museum data every page shares, and the page frame.

use std::sync::Arc;

use catalog::MuseumFile;
use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::path;

use crate::components::layout::Layout;
use crate::data;
use crate::defer::NextTask;
use crate::error::LoadError;
use crate::loaded::Loaded;
use crate::pages::{lazy::Page, not_found::NotFound};

/// `museum.json`, loaded once and shared by every page.
#[derive(Clone, Copy)]
pub struct MuseumData(pub Loaded<Result<Arc<MuseumFile>, LoadError>>);

/// The museum data, from context.
pub fn use_museum() -> Loaded<Result<Arc<MuseumFile>, LoadError>> {
    expect_context::<MuseumData>().0
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    provide_context(MuseumData(Loaded::new(data::museum)));
    crate::collection::provide_collection();
    view! {
        <Router>
            // The frame in the task after the router's, and the page in the task after that.
            <NextTask>
            <Layout>
                <NextTask>
                <FlatRoutes fallback=NotFound>
                    <Route path=path!("/") view=Page::Entrance />
                    <Route path=path!("/about") view=Page::About />
                    <Route path=path!("/map") view=Page::Plan />
                    <Route path=path!("/world") view=Page::World />
                    <Route path=path!("/search") view=Page::Search />
                    <Route path=path!("/trails") view=Page::Trails />
                    <Route path=path!("/trails/:trail") view=Page::Trail />
                    <Route path=path!("/trails/:trail/notes") view=Page::TrailNotes />
                    <Route path=path!("/trails/:trail/quiz") view=Page::TrailQuiz />
                    <Route path=path!("/trails/:trail/worksheet") view=Page::TrailWorksheet />
                    <Route path=path!("/trails/:trail/:step") view=Page::TrailStop />
                    <Route path=path!("/rooms/:room") view=Page::Room />
                    <Route path=path!("/rooms/:room/quiz") view=Page::RoomQuiz />
                    <Route path=path!("/rooms/:room/worksheet") view=Page::RoomWorksheet />
                    <Route path=path!("/rooms/:room/:exhibit") view=Page::Exhibit />
                </FlatRoutes>
                </NextTask>
            </Layout>
            </NextTask>
        </Router>
    }
}
