//! An exhibit in a room's grid: its picture and title, linking to the exhibit.

use catalog::{Exhibit, Lang, Record};
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::components::picture::{Fetch, Picture};
use crate::components::text::T;
use crate::i18n::{category_name, locale};
use crate::lang::href;

/// How wide a card's picture is drawn, for choosing among its sizes (`srcset`).
pub const SIZES: &str = "(min-width: 1200px) 280px, (min-width: 760px) 30vw, 50vw";

/// One card of the room's exhibit grid, in `lang` (the room page draws again when it changes). The first cards load eagerly; the rest lazily.
#[component]
pub fn ExhibitCard(exhibit: Exhibit, room: String, eager: bool, lang: Lang) -> impl IntoView {
    let path = format!("/rooms/{room}/{}", exhibit.id);
    let category = exhibit.category;
    let documented = exhibit.record == Record::Documented;
    view! {
        <li class="card">
            <a href=href(&path, lang)>
                <Picture image=exhibit.image.clone() lang sizes=SIZES fetch=if eager { Fetch::Eager } else { Fetch::Lazy } />
                <span class="card-title"><T text=exhibit.title.clone() /></span>
                <span class="card-kind">
                    {category_name(lang, category)}
                    {documented.then(|| view! { " · " <span class="badge">{td_string!(locale(lang), documented)}</span> })}
                </span>
            </a>
        </li>
    }
}
