//! `/rooms/{room}`: a room's introduction, its exhibits, its doors and the walk on.

use std::sync::Arc;

use catalog::{Lang, MuseumFile, RoomFile, RoomKind};
use leptos::prelude::*;
use leptos_i18n::td_string;
use leptos_router::hooks::{use_navigate, use_params_map};

use crate::components::error_view::ErrorView;
use crate::components::head::{kept_head, Head, PageHead};
use crate::components::loading::Loading;
use crate::components::loading::PendingBar;
use crate::components::present::PresentButton;
use crate::components::read_aloud::ReadAloud;
use crate::components::room_contents::RoomContents;
use crate::components::room_facts::RoomFacts;
use crate::components::share::SharePanel;
use crate::components::text::{Paragraphs, T};
use crate::data;
use crate::defer::{after_first_paint, FirstViewTask};
use crate::i18n::{locale, room_of};
use crate::keys::{on_walk_keys, Step};
use crate::lang::{href, use_lang, Drawn};
use crate::pages::not_found::NotFound;
use crate::room_state::{use_room, Ahead, RoomState, UseRoom};
use crate::warm::{Rehearse, Walk};

/// A room of the museum.
#[component]
pub fn RoomPage() -> impl IntoView {
    let params = use_params_map();
    let room_id = Signal::derive(move || params.read().get("room").unwrap_or_default());
    let UseRoom {
        state,
        pending,
        retry,
    } = use_room(room_id, Ahead::FilesAndPictures);
    let lang = use_lang();
    let navigate = use_navigate();
    on_walk_keys(move |step| {
        if let RoomState::Ready(m, _) = state.get_untracked() {
            let (prev, next) = m.tour_neighbours(&room_id.get_untracked());
            let target = if step == Step::Next { next } else { prev };
            if let Some(r) = target {
                navigate(
                    &href(&format!("/rooms/{}", r.id), lang.get_untracked()),
                    Default::default(),
                );
            }
        }
    });
    // Once the visitor rests on the first room shown, its view is rehearsed outside the page, so
    // the code a walk runs is compiled before the first walk (`warm.rs`).
    crate::warm::on_rest(Walk::Rooms, move || match state.get() {
        RoomState::Ready(m, r) => {
            let l = lang.get_untracked();
            Some((r.id.clone(), move |which| {
                // The next room of the tour, fetched ahead by now (else this one again).
                let next = (which == Rehearse::Next)
                    .then(|| m.tour_neighbours(&r.id).1.and_then(|n| data::cached_room(&n.id)))
                    .flatten();
                room_view(&m, next.as_ref().unwrap_or(&r), l).into_any()
            }))
        }
        _ => None,
    });
    let head = kept_head(move || match state.get() {
        RoomState::Ready(m, r) => room_head(&m, &r.id, lang.get()),
        _ => None,
    });
    let page = move || {
        lang.track();
        match state.get() {
            RoomState::Loading => view! { <Loading /> }.into_any(),
            RoomState::NotFound => view! { <NotFound /> }.into_any(),
            RoomState::Failed(error) => view! { <ErrorView error retry /> }.into_any(),
            RoomState::Ready(m, r) => room_view(&m, &r, lang.get()).into_any(),
        }
    };
    view! {
        <FirstViewTask><PageHead head /></FirstViewTask>
        <PendingBar pending />
        {page}
    }
}

/// The room's title (with the museum's name) and its summary, for the document's head.
fn room_head(m: &MuseumFile, room: &str, l: Lang) -> Option<Head> {
    let summary = m.room(room)?;
    Some(Head {
        title: format!("{} · {}", summary.title.in_lang(l), m.museum.name.in_lang(l)),
        description: summary.summary.in_lang(l).to_string(),
    })
}

fn room_view(museum: &Arc<MuseumFile>, room: &Arc<RoomFile>, l: Lang) -> impl IntoView + use<> {
    // The page draws again when the language changes, so nothing inside needs to watch it.
    provide_context(Drawn(l));
    let t = locale(l);
    let m = museum.as_ref();
    let Some(summary) = m.room(&room.id).cloned() else {
        return view! { <NotFound /> }.into_any();
    };
    let position = m.tour.iter().position(|id| *id == room.id).unwrap_or(0) + 1;
    let total = m.tour.len();
    let title = summary.title.clone();
    let kind = summary.kind;
    let room_id = room.id.clone();
    let below = after_first_paint();
    let (museum, room) = (museum.clone(), room.clone());
    let facts = museum.clone();
    let intro = room.introduction.clone();
    view! {
        <article class="room">
            <div class="room-top">
                <div>
                    <header class="room-header">
                        <p class="eyebrow">
                            {room_of(l, position, total)} " · "
                            {if kind == RoomKind::Harbin { td_string!(t, showroom) } else { td_string!(t, sister_city) }}
                        </p>
                        <h1><T text=title /></h1>
                    </header>
                    // On the first view each part after the heading is drawn in a task of its own
                    // (behind the pre-rendered copy): no long task on a slow machine.
                    <FirstViewTask><Paragraphs text=intro.clone() class="intro" /></FirstViewTask>
                    <FirstViewTask><ClassTools room=room_id.clone() l /></FirstViewTask>
                </div>
                <FirstViewTask><RoomFacts museum=facts.clone() summary=summary.clone() l /></FirstViewTask>
            </div>
            // Below the fold on every screen: drawn in the task after the room's first frame.
            {move || below.get().then(|| view! { <RoomContents museum=museum.clone() room=room.clone() l /> })}
        </article>
    }
    .into_any()
}

/// Read aloud, the room's quiz and worksheet, and "Share with class".
#[component]
fn ClassTools(room: String, l: Lang) -> impl IntoView {
    let t = locale(l);
    let quiz = format!("/rooms/{room}/quiz");
    let sheet = format!("/rooms/{room}/worksheet");
    view! {
        <section class="class-tools" aria-label=td_string!(t, class.classroom)>
            <ReadAloud />
            <a href=href(&quiz, l) class="button">{td_string!(t, class.quiz)}</a>
            <a href=href(&sheet, l) class="button">{td_string!(t, class.worksheet)}</a>
            <PresentButton />
            <SharePanel path=format!("/rooms/{room}") />
        </section>
    }
}
