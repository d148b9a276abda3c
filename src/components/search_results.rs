//! Search results: facet chips to narrow them, and the hits with image, marked title, room and a
//! line of the description. Each list is one closure whose rows are plain views: as the visitor
//! types, the closure runs again and the new rows are patched onto the old ones (text and
//! attributes changed in place), so a keystroke changes a few nodes instead of rebuilding the page.
//!
//! Why not keyed `<For>` rows that watch the query: a row's effects, once the row is gone, stay on
//! the query memo's list of watchers for as long as the page is open (reactive_graph 0.2.16 memos
//! never drop a dead watcher), and each row's owner stays on its parent's list of children: ~7.6 KB
//! kept a search, found with `e2e/bench/leaks.mjs` (`WALK=search`).

use std::ops::Range;
use std::sync::Arc;

use catalog::{Lang, MuseumFile};
use leptos::prelude::*;
use leptos_i18n::td_string;
use search::{DocKind, Hit, Index, Results};

use crate::data;
use crate::i18n::{category_name, locale};
use crate::lang::href;
use crate::search_query::{category_id, Facet, SearchQuery};

/// One group of facet chips: "All", then each value with its count; the chosen one is marked.
#[component]
fn FacetGroup(
    label: &'static str,
    facet: Facet,
    /// (value id, name, count) for the current results.
    values: Signal<Vec<(String, String, usize)>>,
    query: Memo<SearchQuery>,
    lang: Lang,
) -> impl IntoView {
    let chips = move || {
        let q = query.read();
        values.with(|values| {
            values
                .iter()
                .map(|(id, name, n)| {
                    view! {
                        <a
                            class="chip"
                            href=q.href_with(facet, Some(id), lang)
                            aria-current=(q.facet(facet) == Some(id.as_str())).then_some("true")
                        >
                            {name.clone()} " (" {*n} ")"
                        </a>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="chips" role="group" aria-label=label>
            <span class="chips-label">{label}</span>
            <a
                class="chip"
                href=move || query.with(|q| q.href_with(facet, None, lang))
                aria-current=move || query.with(|q| q.facet(facet).is_none()).then_some("true")
            >
                {td_string!(locale(lang), all)}
            </a>
            {chips}
        </div>
    }
}

/// The facet chips (category, country, room) for the current results.
#[component]
pub fn Facets(
    results: Signal<Results>,
    query: Memo<SearchQuery>,
    museum: Arc<MuseumFile>,
    lang: Lang,
) -> impl IntoView {
    let t = locale(lang);
    let categories = Signal::derive(move || {
        results.with(|r| {
            let counts = r.facets.categories.iter();
            counts
                .map(|&(c, n)| (category_id(c), category_name(lang, c).to_string(), n))
                .collect()
        })
    });
    let m = museum.clone();
    let countries = Signal::derive(move || {
        let name = |code: &str| {
            let room = m.rooms.iter().find(|r| r.city.country_code == code);
            room.map_or(code.to_string(), |r| r.city.country.in_lang(lang).to_string())
        };
        results.with(|r| {
            r.facets
                .countries
                .iter()
                .map(|(c, n)| (c.to_string(), name(c), *n))
                .collect()
        })
    });
    let rooms = Signal::derive(move || {
        let name = |id: &str| {
            museum
                .room(id)
                .map_or(id.to_string(), |r| r.title.in_lang(lang).to_string())
        };
        results.with(|r| {
            r.facets
                .rooms
                .iter()
                .map(|(id, n)| (id.to_string(), name(id), *n))
                .collect()
        })
    });
    view! {
        <div class="search-facets">
            <FacetGroup label=td_string!(t, category) facet=Facet::Category values=categories query lang />
            <FacetGroup label=td_string!(t, country) facet=Facet::Country values=countries query lang />
            <FacetGroup label=td_string!(t, room) facet=Facet::Room values=rooms query lang />
        </div>
    }
}

/// `text` with the `marks` ranges wrapped in `<mark>` (as text nodes, never HTML).
fn marked(text: &str, marks: &[Range<usize>]) -> Vec<AnyView> {
    let mut parts = Vec::new();
    let mut at = 0;
    for r in marks {
        if r.start < at || r.end > text.len() {
            continue;
        }
        parts.push(text[at..r.start].to_string().into_any());
        parts.push(view! { <mark>{text[r.clone()].to_string()}</mark> }.into_any());
        at = r.end;
    }
    parts.push(text[at..].to_string().into_any());
    parts
}

/// About 150 characters of `text` around its first mark, with the marks moved to match.
fn snippet(text: &str, marks: &[Range<usize>]) -> (String, Vec<Range<usize>>) {
    const BEFORE: usize = 40;
    const LEN: usize = 150;
    let boundary = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let start = boundary(marks.first().map_or(0, |r| r.start.saturating_sub(BEFORE)));
    let end = boundary((start + LEN).min(text.len()));
    let pre = if start > 0 { "…" } else { "" };
    let post = if end < text.len() { "…" } else { "" };
    let shift = |r: &Range<usize>| r.start - start + pre.len()..r.end - start + pre.len();
    let moved = marks
        .iter()
        .filter(|r| r.start >= start && r.end <= end)
        .map(shift)
        .collect();
    (format!("{pre}{}{post}", &text[start..end]), moved)
}

/// One result: an exhibit (with its image) or a room (with its flag), its words marked where they
/// match `q`. None while the exhibit's room file is not loaded.
pub fn hit_item(
    hit: &Hit,
    index: &Index,
    q: &str,
    museum: &MuseumFile,
    lang: Lang,
) -> Option<impl IntoView + use<>> {
    let room = museum.room(&hit.room)?;
    let room_title = room.title.in_lang(lang).to_string();
    let country = room.city.country.in_lang(lang).to_string();
    let (path, title, text, img, kind) = match (&hit.kind, &hit.exhibit) {
        (DocKind::Exhibit, Some(id)) => {
            let file = data::cached_room(&hit.room)?;
            let e = file.exhibits.iter().find(|e| e.id.as_str() == &**id)?;
            let kind = format!("{} · {room_title} · {country}", category_name(lang, e.category));
            let img = (format!("/{}", e.image.src), e.image.alt.in_lang(lang).to_string());
            let path = format!("/rooms/{}/{}", room.id, e.id);
            (
                path,
                e.title.in_lang(lang).to_string(),
                e.description.in_lang(lang).to_string(),
                img,
                kind,
            )
        }
        _ => {
            // Shown at 96 × 72: the large flag, 192 × 144, is sharp on a 2× screen.
            let img = (room.city.flag_large_src(), String::new());
            let kind = format!("{} · {country}", td_string!(locale(lang), room));
            let text = room.summary.in_lang(lang).to_string();
            (format!("/rooms/{}", room.id), room_title, text, img, kind)
        }
    };
    let title_view = marked(&title, &index.highlights(q, &title));
    let (line, marks) = snippet(&text, &index.highlights(q, &text));
    Some(view! {
        <li class="hit" data-kind=if hit.exhibit.is_some() { "exhibit" } else { "room" }>
            <a href=href(&path, lang)>
                <img loading="lazy" decoding="async" width="96" height="72" alt=img.1 src=img.0 />
                <span class="hit-text">
                    <span class="hit-title">{title_view}</span>
                    <span class="hit-kind">{kind}</span>
                    <span class="hit-line">{marked(&line, &marks)}</span>
                </span>
            </a>
        </li>
    })
}
