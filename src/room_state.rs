//! What a room or exhibit page shows: loading, ready, not found, or an error to retry.
//!
//! While the next room loads, the previous state stays on screen (no white flash between rooms).

use std::sync::Arc;

use catalog::{MuseumFile, RoomFile};
use leptos::prelude::*;

use crate::app::use_museum;
use crate::data;
use crate::defer::after_paint;
use crate::error::LoadError;
use crate::loaded::Loaded;

/// The state of a room-based page.
#[derive(Clone)]
pub enum RoomState {
    /// Nothing to show yet.
    Loading,
    /// `museum.json` and the room's file are here.
    Ready(Arc<MuseumFile>, Arc<RoomFile>),
    /// The museum has no room with this id.
    NotFound,
    /// A data file failed.
    Failed(LoadError),
}

impl PartialEq for RoomState {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (RoomState::Loading, RoomState::Loading) | (RoomState::NotFound, RoomState::NotFound) => true,
            (RoomState::Ready(m1, r1), RoomState::Ready(m2, r2)) => {
                Arc::ptr_eq(m1, m2) && Arc::ptr_eq(r1, r2)
            }
            (RoomState::Failed(a), RoomState::Failed(b)) => a == b,
            _ => false,
        }
    }
}

/// A room-based page's data: what to show, whether a newer room is still on its way, and Retry.
pub struct UseRoom {
    /// What to show (the previous room stays while the next loads).
    pub state: Memo<RoomState>,
    /// True while the room in the address is loading and an older view is still shown.
    pub pending: Signal<bool>,
    /// Loads the failed file(s) again.
    pub retry: Callback<()>,
}

/// What a room-based page fetches ahead once its room is shown.
#[derive(Clone, Copy, PartialEq)]
pub enum Ahead {
    /// The files of the rooms the visitor can walk to next (the tour's next and previous rooms,
    /// and the rooms behind the doors).
    Files,
    /// Those, and the pictures the tour's next and previous rooms show first (a room page, where
    /// the arrows walk to them).
    FilesAndPictures,
}

/// Loads the room named by `room_id`, and then what `ahead` says.
pub fn use_room(room_id: Signal<String>, ahead: Ahead) -> UseRoom {
    let museum = use_museum();
    // The room's file is fetched at the same time as `museum.json`, not after it: one round trip
    // less on a slow connection. An address with no such room costs one request that answers 404,
    // which `state` never shows (the museum's list of rooms says "not found" first).
    let room = Loaded::new(move || {
        let id = room_id.get();
        async move { (id.clone(), data::room(&id).await) }
    });
    let state = Memo::new(move |prev: Option<&RoomState>| {
        let id = room_id.get();
        let keep = || prev.cloned().unwrap_or(RoomState::Loading);
        match museum.get() {
            None => keep(),
            Some(Err(e)) => RoomState::Failed(e),
            Some(Ok(m)) if m.room(&id).is_none() => RoomState::NotFound,
            Some(Ok(m)) => match room.get() {
                Some((loaded, Ok(r))) if loaded == id && r.id == id => RoomState::Ready(m, r),
                Some((loaded, Err(e))) if loaded == id => RoomState::Failed(e),
                _ => keep(),
            },
        }
    });
    Effect::new(move |_| {
        if let RoomState::Ready(m, here) = state.get() {
            let id = room_id.get_untracked();
            crate::visited::mark_visited(&id);
            // Fetching ahead waits for the room's first frame: the rooms ahead are mostly in
            // memory already, and their pictures would otherwise be asked for in the walk's key task.
            after_paint(move || {
                let (prev, next) = m.tour_neighbours(&id);
                let near: Vec<_> = next.into_iter().chain(prev).collect();
                let mut ids: Vec<String> = near.iter().map(|r| r.id.clone()).collect();
                let summary = m.room(&id);
                for door in summary.map(|r| r.doors.clone()).unwrap_or_default() {
                    // A door often leads to the tour's next or previous room: asked for once.
                    if !ids.contains(&door) {
                        ids.push(door);
                    }
                }
                let flags: Vec<(String, String)> = match ahead {
                    Ahead::Files => Vec::new(),
                    Ahead::FilesAndPictures => near
                        .iter()
                        .map(|r| (r.id.clone(), r.city.flag_large_src()))
                        .collect(),
                };
                // This room's first pictures are on screen: walking back to it, they are not fetched again.
                if let (Ahead::FilesAndPictures, Some(summary)) = (ahead, summary) {
                    crate::pictures::shown_first(&here, &summary.city.flag_large_src());
                }
                data::prefetch(ids, move |room| {
                    if let Some((_, flag)) = flags.iter().find(|(id, _)| *id == room.id) {
                        crate::pictures::fetch_first(room, flag);
                    }
                });
            });
        }
        if state.get() != RoomState::Loading {
            crate::prerender::remove();
        }
    });
    let retry = Callback::new(move |_| {
        if matches!(museum.get_untracked(), Some(Err(_))) {
            museum.refetch();
        }
        room.refetch();
    });
    let pending = Signal::derive(move || match state.get() {
        RoomState::Ready(_, r) => r.id != room_id.get(),
        _ => false,
    });
    UseRoom {
        state,
        pending,
        retry,
    }
}
