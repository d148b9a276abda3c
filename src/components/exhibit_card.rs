//! An exhibit in a room's grid: its picture and title, linking to the exhibit.

use catalog::{Exhibit, Record};
use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::text::T;
use crate::i18n::{category_name, ui};
use crate::lang::{href, use_lang};

/// One card of the room's exhibit grid. The first cards load eagerly; the rest lazily.
#[component]
pub fn ExhibitCard(exhibit: Exhibit, room: String, eager: bool) -> impl IntoView {
    let lang = use_lang();
    let path = format!("/rooms/{room}/{}", exhibit.id);
    let img = exhibit.image.clone();
    let category = exhibit.category;
    let srcset = img.srcset_attr("/");
    let documented = exhibit.record == Record::Documented;
    view! {
        <li class="card">
            <A href=move || href(&path, lang.get())>
                <img
                    src=format!("/{}", img.src)
                    srcset=(!srcset.is_empty()).then_some(srcset)
                    sizes="(min-width: 1200px) 280px, (min-width: 760px) 30vw, 50vw"
                    width=img.width
                    height=img.height
                    alt=move || img.alt.in_lang(lang.get()).to_string()
                    loading=if eager { "eager" } else { "lazy" }
                    decoding="async"
                />
                <span class="card-title"><T text=exhibit.title.clone() /></span>
                <span class="card-kind">
                    {move || category_name(lang.get(), category)}
                    {documented.then(|| view! { " · " <span class="badge">{move || ui(lang.get()).documented}</span> })}
                </span>
            </A>
        </li>
    }
}
