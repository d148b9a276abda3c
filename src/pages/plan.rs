//! `/map`: the schematic floor plan, with "you are here", visited rooms and floor switching.

use catalog::Lang;
use leptos::prelude::*;
use leptos_i18n::td_string;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::app::use_museum;
use crate::components::error_view::ErrorView;
use crate::components::floor_plan::FloorPlan;
use crate::components::head::{Head, PageHead};
use crate::components::loading::Loading;
use crate::defer::FirstViewTask;
use crate::i18n::locale;
use crate::lang::{use_lang, Drawn};
use crate::visited::visited;

/// The floor plan page. `?room=` names the current room (else the last one visited), `?floor=` the floor.
#[component]
pub fn PlanPage() -> impl IntoView {
    let museum = use_museum();
    let lang = use_lang();
    let query = use_query_map();
    let navigate = use_navigate();
    Effect::new(move |_| {
        if museum.get().is_some() {
            crate::prerender::remove();
        }
    });
    let seen = visited();
    let current = {
        let seen = seen.clone();
        Memo::new(move |_| query.read().get("room").or_else(|| seen.last().cloned()))
    };
    let head = Memo::new(move |_| {
        let t = locale(lang.get());
        Some(Head {
            title: td_string!(t, floor_plan).to_string(),
            description: td_string!(t, plan_note).to_string(),
        })
    });
    let page = move || {
        query.track();
        // Drawn again when the language changes: nothing inside needs to watch it.
        provide_context(Drawn(lang.get()));
        let t = locale(lang.get());
        let m = match museum.get() {
            None => return view! { <Loading /> }.into_any(),
            Some(Err(error)) => {
                return view! { <ErrorView error retry=move |_| museum.refetch() /> }.into_any()
            }
            Some(Ok(m)) => m,
        };
        let here = current.get().filter(|id| m.room(id).is_some());
        let here_floor = here
            .as_deref()
            .and_then(|id| m.room(id))
            .map_or(1, |r| r.plan.floor);
        let floor = query
            .read()
            .get("floor")
            .and_then(|f| f.parse().ok())
            .unwrap_or(here_floor);
        let mut floors: Vec<u8> = m.rooms.iter().map(|r| r.plan.floor).collect();
        floors.sort_unstable();
        floors.dedup();
        let here_name = here
            .as_deref()
            .and_then(|id| m.room(id))
            .map(|r| r.title.in_lang(lang.get()).to_string());
        let navigate = navigate.clone();
        let room_query = here.clone().map(|r| format!("&room={r}")).unwrap_or_default();
        // The plan is drawn in a task of its own on the first view: its closure keeps a copy.
        let (seen, l) = (seen.clone(), lang.get());
        let lang_query = if lang.get() == Lang::En {
            String::new()
        } else {
            format!("&lang={}", lang.get().code())
        };
        view! {
            <section class="plan-page">
                <h1>{td_string!(t, floor_plan)}</h1>
                <p class="plan-note">{td_string!(t, plan_note)}</p>
                {here_name.map(|name| view! { <p class="plan-here">{td_string!(t, you_are_here)} ": " <strong>{name}</strong></p> })}
                // On the first view the floor switch, the plan and its legend are each drawn in a
                // task after the heading (behind the pre-rendered copy): no long task on a slow machine.
                <FirstViewTask>
                <div class="floor-switch" role="group" aria-label=td_string!(t, floors)>
                    {floors
                        .iter()
                        .map(|&f| {
                            let navigate = navigate.clone();
                            let target = format!("/map?floor={f}{room_query}{lang_query}");
                            view! {
                                <button
                                    class="button"
                                    class:primary=f == floor
                                    aria-pressed=if f == floor { "true" } else { "false" }
                                    on:click=move |_| navigate(&target, Default::default())
                                >
                                    {td_string!(t, floor).replace("{n}", &f.to_string())}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
                </FirstViewTask>
                <FirstViewTask>
                <div class="plan-scroll">
                <FloorPlan
                    museum=m.clone()
                    floor
                    current=here.clone().unwrap_or_default()
                    visited=seen.clone()
                    lang=l
                    here_label=td_string!(t, you_are_here)
                    visited_label=td_string!(t, visited)
                />
                </div>
                </FirstViewTask>
                <FirstViewTask>
                <p class="plan-legend">
                    <span class="legend here">{td_string!(t, you_are_here)}</span>
                    <span class="legend visited">{td_string!(t, visited)}</span>
                    <span class="legend door">{td_string!(t, door)}</span>
                </p>
                </FirstViewTask>
            </section>
        }
        .into_any()
    };
    view! {
        <PageHead head />
        {page}
    }
}
