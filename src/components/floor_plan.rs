//! The schematic floor plan: rooms as links over an SVG of walls, hall and doors.

use catalog::{Lang, MuseumFile, PLAN_HEIGHT as H, PLAN_WIDTH as W};
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::components::text::T;
use crate::lang::href;

/// One floor of the plan. `current` is highlighted as "you are here"; `visited` rooms are marked.
/// In `compact` form (the minimap) labels are hidden and rooms are not in the tab order; the page
/// offers a link to the full plan instead.
#[component]
pub fn FloorPlan(
    museum: std::sync::Arc<MuseumFile>,
    floor: u8,
    #[prop(optional)] current: Option<String>,
    #[prop(optional)] visited: Vec<String>,
    #[prop(optional)] compact: bool,
    lang: Lang,
    here_label: &'static str,
    visited_label: &'static str,
) -> impl IntoView {
    let rooms: Vec<_> = museum
        .rooms
        .iter()
        .filter(|r| r.plan.floor == floor)
        .cloned()
        .collect();
    let mut doors = Vec::new();
    for (i, a) in rooms.iter().enumerate() {
        for b in &rooms[i + 1..] {
            if a.doors.contains(&b.id) {
                doors.extend(a.plan.door_to(&b.plan));
            }
        }
    }
    view! {
        <div class="plan" class:compact=compact>
            <svg class="plan-walls" viewBox=format!("0 0 {W} {H}") preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="plan-floor" x="0.5" y="0.5" width=W - 1.0 height=H - 1.0 rx="1.5" />
                <rect class="plan-hall" x="21.4" y="19" width="57.2" height="22" rx="1" />
                <text class="plan-hall-label" x="50" y="31.2" text-anchor="middle">
                    {td_string!(crate::i18n::locale(lang), hall)}
                </text>
                {doors
                    .into_iter()
                    .map(|d| {
                        let (w, h) = if d.horizontal { (3.0, 1.2) } else { (1.2, 3.0) };
                        view! { <rect class="plan-door" x=d.x - w / 2.0 y=d.y - h / 2.0 width=w height=h rx="0.4" /> }
                    })
                    .collect_view()}
            </svg>
            {rooms
                .into_iter()
                .map(|r| {
                    let here = current.as_deref() == Some(r.id.as_str());
                    let seen = visited.contains(&r.id);
                    let style = r.plan.css_box();
                    let path = href(&format!("/rooms/{}", r.id), lang);
                    let name = r.title.in_lang(lang).to_string();
                    view! {
                        // A plain link (the router still handles the click): a router `<A>` watches
                        // the router's state, and the minimap is drawn again on every walk.
                        <a
                            href=path
                            class=format!(
                                "plan-room{}{}",
                                if here { " here" } else { "" },
                                if seen { " visited" } else { "" }
                            )
                            style=style
                            tabindex=compact.then_some("-1")
                            aria-label=compact.then(|| name.clone())
                            aria-current=here.then_some("location")
                            data-room=r.id.clone()
                        >
                            {(!compact).then(|| view! {
                                <span class="plan-name"><T text=r.title.clone() /></span>
                                {here.then(|| view! { <span class="plan-tag here-tag">{here_label}</span> })}
                                {(seen && !here).then(|| view! { <span class="plan-tag">"✓ " {visited_label}</span> })}
                            })}
                        </a>
                    }
                })
                .collect_view()}
        </div>
    }
}
