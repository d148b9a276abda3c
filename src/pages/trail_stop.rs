//! `/trails/{trail}/{n}`: one stop of a trail: the exhibit or room, the class's prompt, and the
//! way on (by link, arrow keys, PageUp/PageDown, swipe, or by itself every 30 seconds).

use std::sync::Arc;

use catalog::{Lang, MuseumFile, RoomFile, Trail};
use leptos::prelude::*;
use leptos_i18n::td_string;
use leptos_router::hooks::{use_navigate, use_params_map};

use crate::app::use_museum;
use crate::components::error_view::ErrorView;
use crate::components::head::{kept_head, Head, PageHead};
use crate::components::loading::{Loading, PendingBar};
use crate::components::present::PresentButton;
use crate::components::read_aloud::ReadAloud;
use crate::components::text::{Paragraphs, T};
use crate::components::walk_nav::{Stop, WalkNav};
use crate::data;
use crate::error::LoadError;
use crate::i18n::{fill, locale};
use crate::keys::{on_walk_keys, Step};
use crate::lang::{href, use_lang, Drawn};
use crate::loaded::Loaded;
use crate::pages::not_found::NotFound;
use crate::progress;
use crate::warm::Walk;

/// Seconds a stop stays on screen when the trail moves on by itself.
const AUTO_SECONDS: u32 = 30;

/// Where ← / → lead from stop `n` of `total`: another stop, or the quiz after the last.
fn target(trail: &str, n: usize, total: usize, step: Step) -> Option<String> {
    match step {
        Step::Next if n >= total => Some(format!("/trails/{trail}/quiz")),
        Step::Next => Some(format!("/trails/{trail}/{}", n + 1)),
        Step::Previous if n > 1 => Some(format!("/trails/{trail}/{}", n - 1)),
        Step::Previous => Some(format!("/trails/{trail}")),
    }
}

/// One stop of a trail.
#[component]
pub fn TrailStopPage() -> impl IntoView {
    let params = use_params_map();
    let trail_id = Signal::derive(move || params.read().get("trail").unwrap_or_default());
    let n = Signal::derive(move || {
        params
            .read()
            .get("step")
            .and_then(|s| s.parse::<usize>().ok())
            .unwrap_or(0)
    });
    let museum = use_museum();
    let lang = use_lang();
    let navigate = use_navigate();
    // The trail and the stop's room file, loaded together (one load: no chain of loads).
    let loaded = Loaded::new(move || {
        let (id, n) = (trail_id.get(), n.get());
        async move {
            let trails = data::trails().await?;
            let Some(trail) = trails.trail(&id).cloned() else {
                return Ok(None);
            };
            let Some(stop) = n.checked_sub(1).and_then(|i| trail.stops.get(i)) else {
                return Ok(None);
            };
            let room = data::room(&stop.room).await?;
            Ok::<_, LoadError>(Some((n, trail, room)))
        }
    });
    Effect::new(move |_| {
        if loaded.get().is_some() {
            crate::prerender::remove();
        }
    });
    // The stop count, kept while the next stop loads.
    let total = Memo::new(move |prev: Option<&usize>| match loaded.get() {
        Some(Ok(Some((_, t, _)))) => t.stops.len(),
        _ => prev.copied().unwrap_or(0),
    });
    Effect::new(move |_| {
        if let Some(Ok(Some((n, _, _)))) = loaded.get() {
            progress::set_trail_step(&trail_id.get_untracked(), n);
        }
    });
    let walk = move |step| {
        if let Some(path) = target(
            &trail_id.get_untracked(),
            n.get_untracked(),
            total.get_untracked(),
            step,
        ) {
            navigate(&href(&path, lang.get_untracked()), Default::default());
        }
    };
    on_walk_keys(walk.clone());
    let auto = AutoAdvance::new(n, move || walk(Step::Next));
    let retry = Callback::new(move |_| {
        if matches!(museum.get_untracked(), Some(Err(_))) {
            museum.refetch();
        }
        loaded.refetch();
    });
    // `Loaded` keeps the previous stop on screen while the next one loads; the bar says so.
    let pending = Signal::derive(move || match loaded.get() {
        Some(Ok(Some((shown, t, _)))) => shown != n.get() || t.id != trail_id.get(),
        _ => false,
    });
    // Once the visitor rests on the first stop shown, its view is rehearsed outside the page, so
    // the code a walk runs is compiled before the first walk (`warm.rs`).
    crate::warm::on_rest(Walk::TrailStops, move || match (museum.get(), loaded.get()) {
        (Some(Ok(m)), Some(Ok(Some((n, t, r))))) => Some((n, move |_| stop_view(&m, &t, &r, n).into_any())),
        _ => None,
    });
    let head = kept_head(move || match (museum.get(), loaded.get()) {
        (Some(Ok(m)), Some(Ok(Some((n, t, r))))) => Some(stop_head(&m, &t, &r, n, lang.get())),
        _ => None,
    });
    let page = move || {
        lang.track();
        match (museum.get(), loaded.get()) {
            (Some(Err(error)), _) | (_, Some(Err(error))) => view! { <ErrorView error retry /> }.into_any(),
            (None, _) | (_, None) => view! { <Loading /> }.into_any(),
            (_, Some(Ok(None))) => view! { <NotFound /> }.into_any(),
            (Some(Ok(m)), Some(Ok(Some((n, t, r))))) => stop_view(&m, &t, &r, n).into_any(),
        }
    };
    // The "move on by itself" controls are drawn once, under the stops, not inside each stop's view:
    // drawn again on every stop, their watchers of the page's timer signals (which seldom change)
    // stayed on those signals' lists (two blocks a stop, leaks.mjs).
    let ready = move || matches!((museum.get(), loaded.get()), (Some(Ok(_)), Some(Ok(Some(_)))));
    view! {
        <PageHead head />
        <PendingBar pending />
        {page}
        <Show when=ready>
            <AutoControls auto />
        </Show>
    }
}

/// The stop's title: what it shows, which stop of how many, and the trail.
fn stop_head(m: &MuseumFile, trail: &Trail, room: &RoomFile, n: usize, l: Lang) -> Head {
    let stop = &trail.stops[n - 1];
    let name = match stop.exhibit.as_ref().and_then(|e| room.exhibit(e)) {
        Some(e) => e.title.in_lang(l),
        None => m.room(&stop.room).map(|s| s.title.in_lang(l)).unwrap_or_default(),
    };
    let of = fill(td_string!(locale(l), class.stop_of), n, trail.stops.len());
    Head {
        title: format!("{name} · {of} · {}", trail.title.in_lang(l)),
        // What the pupils are asked to look for, as in the pre-rendered page.
        description: stop.prompt.in_lang(l).to_string(),
    }
}

/// The 30-second timer of "move on by itself", with its visible pause.
#[derive(Clone, Copy)]
struct AutoAdvance {
    on: RwSignal<bool>,
    paused: RwSignal<bool>,
    left: RwSignal<u32>,
}

impl AutoAdvance {
    fn new(n: Signal<usize>, next: impl Fn() + 'static) -> AutoAdvance {
        let auto = AutoAdvance {
            on: RwSignal::new(false),
            paused: RwSignal::new(false),
            left: RwSignal::new(AUTO_SECONDS),
        };
        // A new stop starts a full count.
        Effect::new(move |_| {
            n.track();
            auto.left.set(AUTO_SECONDS);
        });
        let tick = set_interval_with_handle(
            move || {
                if auto.on.get_untracked() && !auto.paused.get_untracked() {
                    match auto.left.get_untracked() {
                        0 | 1 => {
                            auto.left.set(AUTO_SECONDS);
                            next();
                        }
                        s => auto.left.set(s - 1),
                    }
                }
            },
            std::time::Duration::from_secs(1),
        );
        if let Ok(tick) = tick {
            on_cleanup(move || tick.clear());
        }
        auto
    }
}

fn stop_view(m: &Arc<MuseumFile>, trail: &Trail, room: &RoomFile, n: usize) -> impl IntoView + use<> {
    let lang = use_lang();
    let l = lang.get_untracked();
    provide_context(Drawn(l));
    let t = locale(l);
    let stop = &trail.stops[n - 1];
    let total = trail.stops.len();
    let summary = m.room(&stop.room);
    let exhibit = stop.exhibit.as_ref().and_then(|e| room.exhibit(e));
    let (name, path) = match exhibit {
        Some(e) => (e.title.clone(), format!("/rooms/{}/{}", room.id, e.id)),
        None => (
            summary.map(|s| s.title.clone()).unwrap_or_default(),
            format!("/rooms/{}", room.id),
        ),
    };
    let picture = exhibit.or(room.exhibits.first()).map(|e| e.image.clone());
    let text = match exhibit {
        Some(e) => e.description.clone(),
        None => summary.map(|s| s.summary.clone()).unwrap_or_default(),
    };
    let link = |step| {
        target(&trail.id, n, total, step).map(|p| Stop {
            href: href(&p, l),
            name: match step {
                Step::Next if n == total => td_string!(t, class.take_quiz).to_string(),
                Step::Previous if n == 1 => trail.title.in_lang(l).to_string(),
                _ => fill(
                    td_string!(t, class.stop_of),
                    if step == Step::Next { n + 1 } else { n - 1 },
                    total,
                ),
            },
        })
    };
    let room_title = summary.map(|s| s.title.clone()).unwrap_or_default();
    let trail_title = trail.title.clone();
    let more = if exhibit.is_some() {
        td_string!(t, class.open_exhibit)
    } else {
        td_string!(t, class.open_room)
    };
    let has_exhibit = exhibit.is_some();
    let prompt = stop.prompt.clone();
    let (prev, next) = (link(Step::Previous), link(Step::Next));
    view! {
        <article class="trail-stop">
            <header class="trail-stop-head">
                <p class="eyebrow">
                    <a href=href(&format!("/trails/{}", trail.id), l)><T text=trail_title /></a>
                    // The dot is an item of its own, so a narrow screen's line break never starts
                    // a line with it.
                    <span aria-hidden="true">"·"</span>
                    {fill(td_string!(t, class.stop_of), n, total)}
                </p>
                <progress max=total value=n aria-label=fill(td_string!(t, class.stop_of), n, total)></progress>
            </header>
            <div class="trail-stop-body">
                {picture.map(|img| view! {
                    <figure class="trail-figure">
                        <img
                            fetchpriority="high"
                            decoding="async"
                            width=img.width
                            height=img.height
                            alt=img.alt.in_lang(l).to_string()
                            // A rehearsal's picture (`warm.rs`) has no source: it must not be fetched.
                            src=(!crate::warm::rehearsing()).then(|| format!("/{}", img.src))
                        />
                    </figure>
                })}
                <div class="trail-text">
                    <h1><T text=name /></h1>
                    {has_exhibit.then(|| view! { <p class="trail-room"><T text=room_title /></p> })}
                    <div class="prompt">
                        <Paragraphs text=prompt />
                    </div>
                    <details class="trail-more">
                        <summary>{more}</summary>
                        <Paragraphs text=text />
                        <p><a href=href(&path, l) class="go">{more.to_string() + " →"}</a></p>
                    </details>
                    <div class="class-tools">
                        <ReadAloud />
                        <PresentButton />
                    </div>
                </div>
            </div>
            <WalkNav label=td_string!(t, class.stops) prev_label=td_string!(t, class.previous_stop) next_label=td_string!(t, class.next_stop) prev next />
        </article>
    }
}

/// The "move on by itself" switch, its countdown and its Pause button.
#[component]
fn AutoControls(auto: AutoAdvance) -> impl IntoView {
    let lang = use_lang();
    let t = move || locale(lang.get());
    view! {
        <div class="auto-advance">
            <label>
                <input type="checkbox" prop:checked=auto.on on:change=move |e| {
                    auto.on.set(event_target_checked(&e));
                    auto.paused.set(false);
                    auto.left.set(AUTO_SECONDS);
                } />
                " " {move || td_string!(t(), class.auto_advance)}
            </label>
            <Show when=move || auto.on.get()>
                <span class="auto-left" aria-live="off">
                    {move || if auto.paused.get() { td_string!(t(), class.paused).to_string() } else { fill(td_string!(t(), class.next_in), auto.left.get() as usize, 0) }}
                </span>
                <button type="button" on:click=move |_| auto.paused.update(|p| *p = !*p)>
                    {move || if auto.paused.get() { td_string!(t(), class.resume) } else { td_string!(t(), class.pause) }}
                </button>
            </Show>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walking_a_trail_runs_from_its_overview_through_the_stops_to_the_quiz() {
        assert_eq!(target("t", 1, 3, Step::Previous).as_deref(), Some("/trails/t"));
        assert_eq!(target("t", 2, 3, Step::Previous).as_deref(), Some("/trails/t/1"));
        assert_eq!(target("t", 2, 3, Step::Next).as_deref(), Some("/trails/t/3"));
        assert_eq!(target("t", 3, 3, Step::Next).as_deref(), Some("/trails/t/quiz"));
    }
}
