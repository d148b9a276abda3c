//! An exhibit in a room's grid: its picture and title, linking to the exhibit.

use catalog::{Exhibit, Lang, Record};
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::components::text::T;
use crate::i18n::{category_name, locale};
use crate::lang::href;

/// How wide a card's picture is drawn, for choosing among its sizes (`srcset`).
pub const SIZES: &str = "(min-width: 1200px) 280px, (min-width: 760px) 30vw, 50vw";

/// One card of the room's exhibit grid, in `lang` (the room page draws again when it changes). The first cards load eagerly; the rest lazily.
#[component]
pub fn ExhibitCard(exhibit: Exhibit, room: String, eager: bool, lang: Lang) -> impl IntoView {
    let path = format!("/rooms/{room}/{}", exhibit.id);
    let img = exhibit.image.clone();
    let category = exhibit.category;
    let srcset = img.srcset_attr("/");
    let documented = exhibit.record == Record::Documented;
    view! {
        <li class="card">
            <a href=href(&path, lang)>
                // `src` last: set first, it would start choosing and loading the image before
                // the browser knows it is lazy and which source to pick (docs/performance.md).
                <img
                    loading=if eager { "eager" } else { "lazy" }
                    decoding="async"
                    width=img.width
                    height=img.height
                    alt=img.alt.in_lang(lang).to_string()
                    sizes=SIZES
                    srcset=(!srcset.is_empty()).then_some(srcset)
                    src=format!("/{}", img.src)
                />
                <span class="card-title"><T text=exhibit.title.clone() /></span>
                <span class="card-kind">
                    {category_name(lang, category)}
                    {documented.then(|| view! { " · " <span class="badge">{td_string!(locale(lang), documented)}</span> })}
                </span>
            </a>
        </li>
    }
}
