//! `/search?q=…&category=…&country=…&room=…`: instant search over every room and exhibit.
//! The query and facets live in the URL, so a search can be shared and the back button works.

use leptos::prelude::*;
use leptos_i18n::td_string;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use search::{category_from_id, Filters, Results};

use crate::app::use_museum;
use crate::collection::use_collection;
use crate::components::error_view::ErrorView;
use crate::components::head::{use_head, Head};
use crate::components::layout::focus;
use crate::components::loading::Loading;
use crate::components::search_results::{hit_item, Facets};
use crate::i18n::locale;
use crate::lang::{href, use_lang};
use crate::search_query::SearchQuery;
use crate::timing;

/// Results shown at first, and added by each "Show more" (the count says how many in all).
const PAGE: usize = 20;

/// The search page.
#[component]
pub fn SearchPage() -> impl IntoView {
    let museum = use_museum();
    let collection = use_collection();
    let lang = use_lang();
    let params = use_query_map();
    let navigate = use_navigate();
    let query = Memo::new(move |_| params.with(SearchQuery::from_params));
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
    let limit = RwSignal::new(PAGE);
    let results: Memo<Option<Results>> = Memo::new(move |_| {
        let index = collection.index.get()?;
        let (query, limit) = (query.get(), limit.get());
        let filters = Filters {
            category: query.category.as_deref().and_then(category_from_id),
            country: query.country.clone(),
            room: query.room.clone(),
        };
        let timer = timing::start("search-query");
        let results = index.search(&query.q, &filters, limit);
        timer.stop();
        Some(results)
    });
    let on_input = move |ev: leptos::ev::Event| {
        let timer = timing::start("search-keystroke");
        if limit.get_untracked() != PAGE {
            limit.set(PAGE);
        }
        let mut next = query.get_untracked();
        next.q = event_target_value(&ev);
        let options = NavigateOptions {
            replace: true,
            scroll: false,
            ..Default::default()
        };
        navigate(&href(&next.path(), lang.get_untracked()), options);
        // A zero timeout runs once the reactive update and its DOM work are done.
        set_timeout(move || timer.stop(), std::time::Duration::ZERO);
    };
    let t = move || locale(lang.get());
    use_head(move || {
        Some(Head {
            title: td_string!(t(), search).to_string(),
            description: td_string!(t(), search_hint).to_string(),
        })
    });
    view! {
        <section class="search-page">
            <h1>{move || td_string!(t(), search_title)}</h1>
            <form class="search-form" role="search" on:submit=|ev| ev.prevent_default()>
                <label for="search-q" class="visually-hidden">{move || td_string!(t(), search_label)}</label>
                <input
                    id="search-q"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    enterkeyhint="search"
                    placeholder=move || td_string!(t(), search_placeholder)
                    prop:value=move || query.read().q.clone()
                    on:input=on_input
                />
            </form>
            {move || match museum.get() {
                None => view! { <Loading /> }.into_any(),
                Some(Err(error)) => view! { <ErrorView error retry=move |_| museum.refetch() /> }.into_any(),
                Some(Ok(m)) => view! { <Progress total=m.rooms.len() museum=m.clone() /> <Answer query results limit museum=m /> }.into_any(),
            }}
        </section>
    }
}

/// While room files load: how many have; when some failed: which, why, and Retry.
#[component]
fn Progress(total: usize, museum: std::sync::Arc<catalog::MuseumFile>) -> impl IntoView {
    let collection = use_collection();
    let lang = use_lang();
    move || {
        let t = locale(lang.get());
        let (loaded, failed) = (collection.loaded.get(), collection.failed.get());
        let progress = (loaded + failed.len() < total).then(|| {
            let text = td_string!(t, search_loading)
                .replace("{n}", &loaded.to_string())
                .replace("{m}", &total.to_string());
            view! { <p class="search-status" role="status">{text}</p> }
        });
        let museum = museum.clone();
        let missing = (!failed.is_empty()).then(|| view! {
            <div class="search-missing" role="alert">
                <p>{td_string!(t, search_missing)}</p>
                <ul>{failed.iter().map(|e| view! { <li><code>{e.file.clone()}</code> ": " {e.problem.to_string()}</li> }).collect_view()}</ul>
                <button class="button" on:click=move |_| collection.retry(museum.clone())>{td_string!(t, retry)}</button>
            </div>
        });
        view! { {progress} {missing} }
    }
}

/// The hint (no query yet), or the count, facets, hits and "Show more". The facets and hits are
/// built once per language and update in place as the query changes.
#[component]
fn Answer(
    query: Memo<SearchQuery>,
    results: Memo<Option<Results>>,
    limit: RwSignal<usize>,
    museum: std::sync::Arc<catalog::MuseumFile>,
) -> impl IntoView {
    let collection = use_collection();
    let lang = use_lang();
    let typed = Memo::new(move |_| !query.read().q.trim().is_empty());
    let ready = Memo::new(move |_| results.read().is_some());
    move || {
        let lang = lang.get();
        let t = locale(lang);
        if !typed.get() {
            return view! { <p class="search-hint">{td_string!(t, search_hint)}</p> }.into_any();
        }
        if !ready.get() {
            return view! { <Loading /> }.into_any();
        }
        let r = Signal::derive(move || results.get().unwrap_or_default());
        let q = Signal::derive(move || query.read().q.clone());
        let count = move || td_string!(t, results_count).replace("{n}", &r.read().total.to_string());
        let empty = move || {
            let clear = href(
                &SearchQuery {
                    q: q.get(),
                    ..Default::default()
                }
                .path(),
                lang,
            );
            r.read().hits.is_empty().then(|| view! {
                <p class="search-empty">{td_string!(t, no_results)}</p>
                {query.read().is_filtered().then(|| view! { <p><a href=clear class="button">{td_string!(t, clear_filters)}</a></p> })}
            })
        };
        let more = move || {
            (r.read().total > r.read().hits.len()).then(|| view! {
                <button class="button more" on:click=move |_| limit.update(|n| *n += PAGE)>{td_string!(t, show_more)}</button>
            })
        };
        let m = museum.clone();
        // Plain rows patched in place on every change (components/search_results.rs says why).
        let hits = move || {
            let index = collection.index.get_untracked().unwrap_or_default();
            let q = q.get();
            r.with(|r| {
                r.hits
                    .iter()
                    .filter_map(|hit| hit_item(hit, &index, &q, &m, lang))
                    .collect_view()
            })
        };
        view! {
            <p class="search-count" role="status">{count}</p>
            <Facets results=r query museum=museum.clone() lang />
            {empty}
            <ol class="hits">{hits}</ol>
            {more}
        }
        .into_any()
    }
}
