//! `/rooms/{room}/{exhibit}`: one exhibit, large, with its story and the walk on.

use catalog::{Exhibit, Image, Lang, MuseumFile, Record, RoomFile};
use leptos::prelude::*;
use leptos_i18n::td_string;
use leptos_router::hooks::{use_navigate, use_params_map};

use crate::components::error_view::ErrorView;
use crate::components::head::{kept_head, Head, PageHead};
use crate::components::loading::Loading;
use crate::components::loading::PendingBar;
use crate::components::picture::{Fetch, Picture};
use crate::components::read_aloud::ReadAloud;
use crate::components::text::{Paragraphs, T};
use crate::components::walk_nav::{Stop, WalkNav};
use crate::components::zoom::Zoom;
use crate::data;
use crate::defer::FirstViewTask;
use crate::i18n::{category_name, locale};
use crate::keys::{on_walk_keys, Step};
use crate::lang::{href, use_lang, Drawn};
use crate::pages::not_found::NotFound;
use crate::room_state::{use_room, Ahead, RoomState, UseRoom};
use crate::warm::Walk;

/// How wide the exhibit's picture is drawn, for choosing among its sizes (`srcset`).
const SIZES: &str = "(min-width: 960px) 60vw, 100vw";

/// Where ← or → leads from an exhibit: a neighbour in the room, or the first/last exhibit of the
/// next/previous room in tour order.
fn walk_target(
    m: &MuseumFile,
    room: &RoomFile,
    exhibit: &str,
    step: Step,
) -> Option<(String, Option<String>)> {
    let i = room.exhibits.iter().position(|e| e.id == exhibit)?;
    let inside = match step {
        Step::Next => room.exhibits.get(i + 1),
        Step::Previous => i.checked_sub(1).and_then(|j| room.exhibits.get(j)),
    };
    if let Some(e) = inside {
        return Some((room.id.clone(), Some(e.id.clone())));
    }
    let (prev, next) = m.tour_neighbours(&room.id);
    let other = if step == Step::Next { next } else { prev }?;
    Some((other.id.clone(), None))
}

/// One exhibit.
#[component]
pub fn ExhibitPage() -> impl IntoView {
    let params = use_params_map();
    let room_id = Signal::derive(move || params.read().get("room").unwrap_or_default());
    let exhibit_id = Signal::derive(move || params.read().get("exhibit").unwrap_or_default());
    let UseRoom {
        state,
        pending,
        retry,
    } = use_room(room_id, Ahead::Files);
    let lang = use_lang();
    let navigate = use_navigate();
    on_walk_keys(move |step| {
        let RoomState::Ready(m, r) = state.get_untracked() else {
            return;
        };
        let Some((room, exhibit)) = walk_target(&m, &r, &exhibit_id.get_untracked(), step) else {
            return;
        };
        let navigate = navigate.clone();
        let lang = lang.get_untracked();
        leptos::task::spawn_local(async move {
            // Crossing into another room: its first exhibit going on, its last going back.
            let exhibit = match exhibit {
                Some(e) => e,
                None => match data::room(&room).await {
                    Ok(r) => {
                        let e = if step == Step::Next {
                            r.exhibits.first()
                        } else {
                            r.exhibits.last()
                        };
                        match e {
                            Some(e) => e.id.clone(),
                            None => {
                                return navigate(&href(&format!("/rooms/{room}"), lang), Default::default())
                            }
                        }
                    }
                    Err(_) => return navigate(&href(&format!("/rooms/{room}"), lang), Default::default()),
                },
            };
            navigate(
                &href(&format!("/rooms/{room}/{exhibit}"), lang),
                Default::default(),
            );
        });
    });
    // The exhibit on screen. Walking into another room, the previous room stays ready until the
    // next one has loaded, and its exhibit stays on screen with it: looking the new exhibit up in
    // the old room would draw "not found" for a moment (and build its 28 links each time).
    let shown = Memo::new(move |prev: Option<&String>| match state.get() {
        RoomState::Ready(_, r) if r.id != room_id.get() => prev.cloned().unwrap_or_default(),
        _ => exhibit_id.get(),
    });
    // While the visitor looks, the pictures of the exhibits ← and → lead to.
    Effect::new(move |_| {
        if let RoomState::Ready(m, r) = state.get() {
            if let Some(e) = r.exhibit(&shown.get()) {
                crate::pictures::shown(&e.image);
            }
            for step in [Step::Next, Step::Previous] {
                fetch_ahead(walk_target(&m, &r, &shown.get(), step), &r, step);
            }
        }
    });
    // Once the visitor rests on the first exhibit shown, its view is rehearsed outside the page, so
    // the code a walk runs is compiled before the first walk (`warm.rs`).
    crate::warm::on_rest(Walk::Exhibits, move || match state.get() {
        RoomState::Ready(m, r) => {
            let e = r.exhibit(&shown.get())?.clone();
            let l = lang.get_untracked();
            Some((e.id.clone(), move |_| exhibit_view(&m, &r, &e, l).into_any()))
        }
        _ => None,
    });
    let head = kept_head(move || match state.get() {
        RoomState::Ready(m, r) => r
            .exhibit(&shown.get())
            .map(|e| exhibit_head(&m, &r, e, lang.get())),
        _ => None,
    });
    let page = move || {
        lang.track();
        match state.get() {
            RoomState::Loading => view! { <Loading /> }.into_any(),
            RoomState::NotFound => view! { <NotFound /> }.into_any(),
            RoomState::Failed(error) => view! { <ErrorView error retry /> }.into_any(),
            RoomState::Ready(m, r) => match r.exhibit(&shown.get()) {
                Some(e) => exhibit_view(&m, &r, e, lang.get()).into_any(),
                None => view! { <NotFound /> }.into_any(),
            },
        }
    };
    view! {
        <FirstViewTask><PageHead head /></FirstViewTask>
        <PendingBar pending />
        {page}
    }
}

/// Fetches the picture of the exhibit a walk leads to (`target`, from [`walk_target`]): in this
/// room, or the first or last exhibit of the next or previous room, whose file the room's
/// prefetch is already fetching.
fn fetch_ahead(target: Option<(String, Option<String>)>, room: &RoomFile, step: Step) {
    match target {
        Some((_, Some(exhibit))) => {
            if let Some(e) = room.exhibit(&exhibit) {
                crate::pictures::fetch_picture(&e.image, SIZES);
            }
        }
        Some((other, None)) => leptos::task::spawn_local(async move {
            if let Ok(r) = data::room(&other).await {
                let e = if step == Step::Next {
                    r.exhibits.first()
                } else {
                    r.exhibits.last()
                };
                if let Some(e) = e {
                    crate::pictures::fetch_picture(&e.image, SIZES);
                }
            }
        }),
        None => {}
    }
}

/// The exhibit's title (with its room's and the museum's) and the first paragraph of its story.
fn exhibit_head(m: &MuseumFile, room: &RoomFile, e: &Exhibit, lang: Lang) -> Head {
    let room_title = m
        .room(&room.id)
        .map(|s| s.title.in_lang(lang))
        .unwrap_or_default();
    Head {
        title: format!(
            "{} · {} · {}",
            e.title.in_lang(lang),
            room_title,
            m.museum.name.in_lang(lang)
        ),
        description: e.description.paragraphs(lang).next().unwrap_or("").to_string(),
    }
}

fn exhibit_view(m: &MuseumFile, room: &RoomFile, e: &Exhibit, lang: Lang) -> impl IntoView + use<> {
    // The page draws again when the language changes, so nothing inside needs to watch it.
    provide_context(Drawn(lang));
    let t = locale(lang);
    let summary = m.room(&room.id);
    let room_title = summary.map(|s| s.title.clone()).unwrap_or_default();
    let room_path = href(&format!("/rooms/{}", room.id), lang);
    let i = room.exhibits.iter().position(|x| x.id == e.id).unwrap_or(0);
    let stop = |x: &Exhibit| Stop {
        href: href(&format!("/rooms/{}/{}", room.id, x.id), lang),
        name: x.title.in_lang(lang).to_string(),
    };
    let prev = i.checked_sub(1).and_then(|j| room.exhibits.get(j)).map(stop);
    let next = room.exhibits.get(i + 1).map(stop);
    let img = e.image.clone();
    let description = e.description.clone();
    let illustrative = e.record == Record::Illustrative;
    view! {
        <article class="exhibit">
            <p class="breadcrumb">
                <a href=room_path.clone()>{format!("← {}:\u{a0}", td_string!(t, back_to_room))} <T text=room_title /></a>
            </p>
            <div class="exhibit-body">
                // On the first view the picture, the description, reading aloud and the walk
                // links are each drawn in a task after the heading (behind the pre-rendered copy):
                // no long task on a slow machine.
                <FirstViewTask><ExhibitFigure image=img.clone() lang /></FirstViewTask>
                <div class="exhibit-text">
                    <p class="eyebrow">{category_name(lang, e.category)}</p>
                    <h1><T text=e.title.clone() /></h1>
                    {if illustrative {
                        view! { <p class="record illustrative"><strong>{td_string!(t, illustrative)}</strong> ". " {td_string!(t, illustrative_note)}</p> }.into_any()
                    } else {
                        view! { <p class="record documented"><strong>{td_string!(t, documented)}</strong></p> }.into_any()
                    }}
                    <FirstViewTask><Paragraphs text=description.clone() class="description" /></FirstViewTask>
                    <FirstViewTask><ReadAloud /></FirstViewTask>
                    <dl class="meta">
                        <dt>{td_string!(t, category)}</dt>
                        <dd>{category_name(lang, e.category)}</dd>
                        <dt>{td_string!(t, origin)}</dt>
                        <dd><T text=e.origin.clone() /></dd>
                        {e.donor.clone().map(|d| view! { <dt>{td_string!(t, donor)}</dt> <dd><T text=d /></dd> })}
                        <dt>{td_string!(t, date)}</dt>
                        <dd>{e.date.display(lang)}</dd>
                    </dl>
                </div>
            </div>
            <FirstViewTask>
                <WalkNav label=td_string!(t, exhibits) prev_label=td_string!(t, previous_exhibit) next_label=td_string!(t, next_exhibit) prev=prev.clone() next=next.clone() />
                <p class="hint">{td_string!(t, walk_hint)}</p>
            </FirstViewTask>
        </article>
    }
}

/// The exhibit's picture, which zooms, and its credit.
#[component]
fn ExhibitFigure(image: Image, lang: Lang) -> impl IntoView {
    let credit = image.credit.clone();
    view! {
        <figure class="exhibit-figure">
            <Zoom>
                <Picture image lang sizes=SIZES fetch=Fetch::First />
            </Zoom>
            <figcaption>{td_string!(locale(lang), credit)} ": " <T text=credit /></figcaption>
        </figure>
    }
}
