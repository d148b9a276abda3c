//! The smallest app that does what the museum's shell must: route, fetch JSON, parse it, show it.
//! Its size is the floor the museum's own code is measured against (docs/performance.md).

use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router, A};
use leptos_router::hooks::use_params_map;
use leptos_router::path;
use serde::Deserialize;

/// A room as the floor app reads it from `museum.json`.
#[derive(Clone, Debug, Deserialize)]
struct Room {
    id: String,
}

/// `museum.json`, reduced to the room ids.
#[derive(Clone, Debug, Deserialize)]
struct Museum {
    rooms: Vec<Room>,
}

async fn load() -> Result<Museum, String> {
    let response = gloo_net::http::Request::get("/data/museum.json").send().await;
    let response = response.map_err(|e| e.to_string())?;
    response.json().await.map_err(|e| e.to_string())
}

#[component]
fn Rooms() -> impl IntoView {
    let museum = LocalResource::new(load);
    move || {
        match museum.get() {
        None => view! { <p>"Loading"</p> }.into_any(),
        Some(Err(e)) => view! { <p>{e}</p> }.into_any(),
        Some(Ok(m)) => view! {
            <ul>{m.rooms.into_iter().map(|r| view! { <li><A href=format!("/rooms/{}", r.id)>{r.id}</A></li> }).collect_view()}</ul>
        }
        .into_any(),
    }
    }
}

#[component]
fn RoomPage() -> impl IntoView {
    let params = use_params_map();
    view! { <h1>{move || params.read().get("room").unwrap_or_default()}</h1> <A href="/">"Back"</A> }
}

fn main() {
    mount_to_body(|| {
        view! {
            <Router>
                <FlatRoutes fallback=|| "Not found">
                    <Route path=path!("/") view=Rooms />
                    <Route path=path!("/rooms/:room") view=RoomPage />
                </FlatRoutes>
            </Router>
        }
    })
}
