//! The not-found page: a helpful message and links onward, never a blank screen.

use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::app::use_museum;
use crate::components::head::{use_head, Head};
use crate::components::text::T;
use crate::i18n::locale;
use crate::lang::{href, use_lang};

/// Shown for an unknown address, room or exhibit.
#[component]
pub fn NotFound() -> impl IntoView {
    let lang = use_lang();
    let museum = use_museum();
    let t = move || locale(lang.get());
    Effect::new(move |_| crate::prerender::remove());
    use_head(move || {
        Some(Head {
            title: td_string!(t(), not_found).to_string(),
            description: String::new(),
        })
    });
    view! {
        <section class="not-found">
            <h1>{move || td_string!(t(), not_found)}</h1>
            <p>{move || td_string!(t(), not_found_text)}</p>
            <p>
                <a href=move || href("/", lang.get()) class="button primary">{move || td_string!(t(), entrance)}</a>
            </p>
            {move || museum.get().and_then(Result::ok).map(|m| {
                let rooms: Vec<_> = m.rooms_in_tour_order().cloned().collect();
                view! {
                    <h2>{td_string!(t(), rooms)}</h2>
                    <ul class="chips">
                        {rooms.into_iter().map(|r| {
                            let path = format!("/rooms/{}", r.id);
                            view! { <li><a href=move || href(&path, lang.get())><T text=r.title.clone() /></a></li> }
                        }).collect_view()}
                    </ul>
                }
            })}
        </section>
    }
}
