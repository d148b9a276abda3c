//! `/search?q=…&category=…&country=…&room=…`: instant search over every room and exhibit.
//! The query and facets live in the URL, so a search can be shared and the back button works.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use search::{category_from_id, Filters};

use crate::app::use_museum;
use crate::collection::use_collection;
use crate::components::error_view::ErrorView;
use crate::components::layout::focus;
use crate::components::loading::Loading;
use crate::components::search_results::{Facets, HitItem, SearchQuery};
use crate::i18n::ui;
use crate::lang::{href, use_lang};
use crate::timing;

/// Results shown at most (the count says how many there are in all).
const LIMIT: usize = 50;

/// The search page.
#[component]
pub fn SearchPage() -> impl IntoView {
    let museum = use_museum();
    let collection = use_collection();
    let lang = use_lang();
    let query_map = use_query_map();
    let navigate = use_navigate();
    let query = Memo::new(move |_| {
        let m = query_map.read();
        SearchQuery {
            q: m.get("q").unwrap_or_default(),
            category: m.get("category").filter(|v| !v.is_empty()),
            country: m.get("country").filter(|v| !v.is_empty()),
            room: m.get("room").filter(|v| !v.is_empty()),
        }
    });
    Effect::new(move |focused: Option<bool>| {
        let Some(Ok(m)) = museum.get() else {
            return focused.unwrap_or(false);
        };
        crate::prerender::remove();
        collection.load(m);
        // Arriving here means wanting to type: start in the search box (once the page shows).
        if focused != Some(true) {
            request_animation_frame(|| focus("#search-q"));
        }
        true
    });
    // Results are not comparable (they hold the index): every new search counts as a change.
    let results = Memo::new_with_compare(
        move |_| {
            let (query, index) = (query.get(), collection.index.get()?);
            let filters = Filters {
                category: query.category.as_deref().and_then(category_from_id),
                country: query.country.clone(),
                room: query.room.clone(),
            };
            let timer = timing::start("search-query");
            let results = index.search(&query.q, &filters, LIMIT);
            timer.stop();
            Some((index, results))
        },
        |_, _| true,
    );
    let on_input = move |ev: leptos::ev::Event| {
        let timer = timing::start("search-keystroke");
        let mut next = query.get_untracked();
        next.q = event_target_value(&ev);
        let options = NavigateOptions {
            replace: true,
            scroll: false,
            ..Default::default()
        };
        navigate(&href(&next.path(), lang.get_untracked()), options);
        request_animation_frame(move || timer.stop());
    };
    let t = move || ui(lang.get());
    view! {
        <Title text=move || t().search.to_string() />
        <Meta name="description" content=move || t().search_hint.to_string() />
        <section class="search-page">
            <h1 tabindex="-1">{move || t().search_title}</h1>
            <form class="search-form" role="search" on:submit=|ev| ev.prevent_default()>
                <label for="search-q" class="visually-hidden">{move || t().search_label}</label>
                <input
                    id="search-q"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    enterkeyhint="search"
                    placeholder=move || t().search_placeholder
                    prop:value=move || query.read().q.clone()
                    on:input=on_input
                />
            </form>
            {move || match museum.get() {
                None => view! { <Loading /> }.into_any(),
                Some(Err(error)) => view! { <ErrorView error retry=move |_| museum.refetch() /> }.into_any(),
                Some(Ok(m)) => {
                    let lang = lang.get();
                    let t = ui(lang);
                    let total = m.rooms.len();
                    let (loaded, failed) = (collection.loaded.get(), collection.failed.get());
                    let progress = (loaded + failed.len() < total).then(|| view! {
                        <p class="search-status" role="status">
                            {t.search_loading.replace("{n}", &loaded.to_string()).replace("{m}", &total.to_string())}
                        </p>
                    });
                    let retry_museum = m.clone();
                    let missing = (!failed.is_empty()).then(|| view! {
                        <div class="search-missing" role="alert">
                            <p>{t.search_missing}</p>
                            <ul>{failed.iter().map(|e| view! { <li><code>{e.file.clone()}</code> ": " {e.problem.to_string()}</li> }).collect_view()}</ul>
                            <button class="button" on:click=move |_| collection.retry(retry_museum.clone())>{t.retry}</button>
                        </div>
                    });
                    let q = query.get();
                    let body = match results.get() {
                        _ if q.q.trim().is_empty() => view! { <p class="search-hint">{t.search_hint}</p> }.into_any(),
                        None => view! { <Loading /> }.into_any(),
                        Some((index, r)) => {
                            let count = t.results_count.replace("{n}", &r.total.to_string());
                            let filtered = q.category.is_some() || q.country.is_some() || q.room.is_some();
                            let clear = href(&SearchQuery { q: q.q.clone(), ..Default::default() }.path(), lang);
                            let empty = r.hits.is_empty().then(|| view! {
                                <p class="search-empty">{t.no_results}</p>
                                {filtered.then(|| view! { <p><A href=clear attr:class="button">{t.clear_filters}</A></p> })}
                            });
                            let hits = r.hits.clone().into_iter().map(|hit| {
                                view! { <HitItem hit index=index.clone() q=q.q.clone() museum=m.clone() lang /> }
                            }).collect_view();
                            view! {
                                <p class="search-count" role="status">{count}</p>
                                <Facets results=r query=q.clone() museum=m.clone() lang />
                                {empty}
                                <ol class="hits">{hits}</ol>
                            }.into_any()
                        }
                    };
                    view! { {progress} {missing} {body} }.into_any()
                }
            }}
        </section>
    }
}
