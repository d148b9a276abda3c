//! The search box in every page's header, and the `/` key that focuses it.

use leptos::ev;
use leptos::prelude::*;
use leptos_i18n::td_string;
use leptos_router::hooks::{use_location, use_navigate};
use wasm_bindgen::JsCast;

use crate::app::use_museum;
use crate::collection::use_collection;
use crate::components::layout::focus;
use crate::i18n::locale;
use crate::lang::{href, use_lang};
use crate::search_query::SearchQuery;

/// A small search form. Enter opens `/search?q=…`; focusing it starts loading the collection so
/// the results are ready. Hidden on the search page itself, which has its own large box, and on
/// narrow screens, where the navigation's Search link takes its place.
#[component]
pub fn SiteSearch() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let navigate = use_navigate();
    let museum = use_museum();
    let collection = use_collection();
    let input = NodeRef::<leptos::html::Input>::new();
    let on_submit = move |ev: ev::SubmitEvent| {
        ev.prevent_default();
        let q = input.get().map(|i| i.value()).unwrap_or_default();
        let target = SearchQuery {
            q,
            ..Default::default()
        }
        .path();
        if let Some(i) = input.get() {
            i.set_value("");
        }
        navigate(&href(&target, lang.get_untracked()), Default::default());
    };
    let warm_up = move |_| {
        if let Some(Ok(m)) = museum.get_untracked() {
            collection.load(m);
        }
    };
    let t = move || locale(lang.get());
    view! {
        <form
            class="site-search"
            role="search"
            action="/search"
            hidden=move || location.pathname.get() == "/search"
            on:submit=on_submit
        >
            <label for="site-search" class="visually-hidden">{move || td_string!(t(), search_label)}</label>
            <input
                id="site-search"
                name="q"
                type="search"
                autocomplete="off"
                enterkeyhint="search"
                placeholder=move || format!("{} ( / )", td_string!(t(), search))
                node_ref=input
                on:focus=warm_up
            />
        </form>
    }
}

/// Makes the `/` key (outside text fields) focus the search box: the page's own on the search
/// page, else the header's, else it opens the search page.
pub fn on_slash_key() {
    let navigate = use_navigate();
    let lang = use_lang();
    let shortcuts_on = crate::shortcuts::use_shortcuts_on();
    let handle = window_event_listener(ev::keydown, move |e| {
        if e.key() != "/" || e.default_prevented() || e.ctrl_key() || e.meta_key() || e.alt_key() {
            return;
        }
        if crate::keys::is_typing(&e) || !shortcuts_on() {
            return;
        }
        e.prevent_default();
        let visible = |id: &str| {
            document()
                .get_element_by_id(id)
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
                .is_some_and(|el| el.offset_parent().is_some())
        };
        if visible("search-q") {
            focus("#search-q");
        } else if visible("site-search") {
            focus("#site-search");
        } else {
            navigate(&href("/search", lang.get_untracked()), Default::default());
        }
    });
    on_cleanup(move || handle.remove());
}
