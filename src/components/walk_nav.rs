//! "Previous / next" links for walking, shown as a pair of buttons.

use leptos::prelude::*;

/// One side of the walk: where it leads and what it is called.
#[derive(Clone)]
pub struct Stop {
    /// The link target (with the language query).
    pub href: String,
    /// The name of the place it leads to.
    pub name: String,
}

/// Previous / next links with their labels; a missing side leaves an empty slot. Plain links (the
/// router still handles the click): a router `<A>` watches the router's state, and these are drawn
/// again on every walk.
#[component]
pub fn WalkNav(
    label: &'static str,
    prev_label: &'static str,
    next_label: &'static str,
    prev: Option<Stop>,
    next: Option<Stop>,
) -> impl IntoView {
    view! {
        <nav class="walk" aria-label=label>
            {match prev {
                Some(s) => view! {
                    <a href=s.href class="walk-link prev" rel="prev">
                        <span class="walk-dir">"← " {prev_label}</span>
                        <span class="walk-name">{s.name}</span>
                    </a>
                }.into_any(),
                None => view! { <span class="walk-link empty"></span> }.into_any(),
            }}
            {match next {
                Some(s) => view! {
                    <a href=s.href class="walk-link next" rel="next">
                        <span class="walk-dir">{next_label} " →"</span>
                        <span class="walk-name">{s.name}</span>
                    </a>
                }.into_any(),
                None => view! { <span class="walk-link empty"></span> }.into_any(),
            }}
        </nav>
    }
}
