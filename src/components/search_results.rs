//! Search results: facet chips to narrow them, and the hits with image, marked title, room and
//! a line of the description.

use std::ops::Range;
use std::sync::Arc;

use catalog::{Category, Lang, MuseumFile};
use leptos::prelude::*;
use leptos_router::components::A;
use search::{DocKind, Hit, Index, Results};

use crate::data;
use crate::i18n::{category_name, ui};
use crate::lang::href;

/// A search as the URL holds it: `?q=&category=&country=&room=`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchQuery {
    /// What the visitor typed.
    pub q: String,
    /// Category id (`painting`), country code (`JP`) and room id, when narrowed.
    pub category: Option<String>,
    pub country: Option<String>,
    pub room: Option<String>,
}

impl SearchQuery {
    /// The `/search?…` address of this search with one facet changed (`None` clears it).
    pub fn href_with(&self, facet: &str, value: Option<&str>, lang: Lang) -> String {
        let mut q = self.clone();
        let slot = match facet {
            "category" => &mut q.category,
            "country" => &mut q.country,
            _ => &mut q.room,
        };
        *slot = value.map(str::to_string);
        href(&q.path(), lang)
    }

    /// `/search?q=…` with the facets that are set.
    pub fn path(&self) -> String {
        let enc = crate::lang::encode;
        let mut parts = vec![format!("q={}", enc(&self.q))];
        for (k, v) in [
            ("category", &self.category),
            ("country", &self.country),
            ("room", &self.room),
        ] {
            parts.extend(v.as_ref().map(|v| format!("{k}={}", enc(v))));
        }
        format!("/search?{}", parts.join("&"))
    }
}

/// One group of facet chips: "All" and each value with its count; the chosen one is marked.
fn facet_group(
    label: &'static str,
    all: &'static str,
    facet: &'static str,
    values: Vec<(String, String, usize)>,
    query: &SearchQuery,
    chosen: Option<&str>,
    lang: Lang,
) -> impl IntoView {
    let chip = |text: String, target: String, on: bool| {
        view! { <a href=target class="chip" aria-current=on.then_some("true")>{text}</a> }
    };
    let first = chip(all.into(), query.href_with(facet, None, lang), chosen.is_none());
    let rest = values
        .into_iter()
        .map(|(id, name, n)| {
            let on = chosen == Some(id.as_str());
            chip(
                format!("{name} ({n})"),
                query.href_with(facet, Some(&id), lang),
                on,
            )
        })
        .collect_view();
    view! {
        <div class="chips" role="group" aria-label=label>
            <span class="chips-label">{label}</span>
            {first}
            {rest}
        </div>
    }
}

/// The facet chips for these results.
#[component]
pub fn Facets(results: Results, query: SearchQuery, museum: Arc<MuseumFile>, lang: Lang) -> impl IntoView {
    let t = ui(lang);
    let f = results.facets;
    let categories = f
        .categories
        .into_iter()
        .map(|(c, n)| (category_id(c), category_name(lang, c).to_string(), n))
        .collect();
    let country_name = |code: &str| {
        let room = museum.rooms.iter().find(|r| r.city.country_code == code);
        room.map_or(code.to_string(), |r| r.city.country.in_lang(lang).to_string())
    };
    let countries = f
        .countries
        .into_iter()
        .map(|(c, n)| (c.to_string(), country_name(&c), n))
        .collect();
    let room_name = |id: &str| {
        museum
            .room(id)
            .map_or(id.to_string(), |r| r.title.in_lang(lang).to_string())
    };
    let rooms = f
        .rooms
        .into_iter()
        .map(|(r, n)| (r.to_string(), room_name(&r), n))
        .collect();
    view! {
        <div class="search-facets">
            {facet_group(t.category, t.all, "category", categories, &query, query.category.as_deref(), lang)}
            {facet_group(t.country, t.all, "country", countries, &query, query.country.as_deref(), lang)}
            {facet_group(t.room, t.all, "room", rooms, &query, query.room.as_deref(), lang)}
        </div>
    }
}

/// A category's URL id (`musical-instrument`).
pub fn category_id(category: Category) -> String {
    serde_json::to_value(category)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// `text` with the `marks` ranges wrapped in `<mark>` (as text nodes, never HTML).
fn marked(text: &str, marks: &[Range<usize>]) -> impl IntoView {
    let mut parts = Vec::new();
    let mut at = 0;
    for r in marks.iter().filter(|r| r.end <= text.len()) {
        parts.push(view! { {text[at..r.start].to_string()} }.into_any());
        parts.push(view! { <mark>{text[r.clone()].to_string()}</mark> }.into_any());
        at = r.end;
    }
    parts.push(view! { {text[at..].to_string()} }.into_any());
    parts
}

/// A line of `text` around its first mark, at most about 150 characters.
fn snippet(text: &str, marks: &[Range<usize>]) -> (String, Vec<Range<usize>>) {
    const BEFORE: usize = 40;
    const LEN: usize = 150;
    let start = marks.first().map_or(0, |r| r.start.saturating_sub(BEFORE));
    let start = (0..=start).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    let end = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .find(|&i| i >= start + LEN)
        .unwrap_or(text.len());
    let end = (end..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    let shifted = marks
        .iter()
        .filter(|r| r.start >= start && r.end <= end)
        .map(|r| r.start - start..r.end - start)
        .collect();
    let pre = if start > 0 { "…" } else { "" };
    let post = if end < text.len() { "…" } else { "" };
    let shifted: Vec<Range<usize>> = shifted;
    let off = pre.len();
    (
        format!("{pre}{}{post}", &text[start..end]),
        shifted.into_iter().map(|r| r.start + off..r.end + off).collect(),
    )
}

/// One result: an exhibit (with its image) or a room (with its flag).
#[component]
pub fn HitItem(hit: Hit, index: Arc<Index>, q: String, museum: Arc<MuseumFile>, lang: Lang) -> impl IntoView {
    let room = museum.room(&hit.room).cloned()?;
    let room_title = room.title.in_lang(lang).to_string();
    let country = room.city.country.in_lang(lang).to_string();
    let (path, title, text, img, kind) = match (&hit.kind, &hit.exhibit) {
        (DocKind::Exhibit, Some(id)) => {
            let file = data::cached_room(&hit.room)?;
            let e = file.exhibits.iter().find(|e| e.id.as_str() == &**id)?.clone();
            let path = format!("/rooms/{}/{}", room.id, e.id);
            let kind = format!("{} · {room_title} · {country}", category_name(lang, e.category));
            let img = (format!("/{}", e.image.src), e.image.alt.in_lang(lang).to_string());
            (
                path,
                e.title.in_lang(lang).to_string(),
                e.description.in_lang(lang).to_string(),
                img,
                kind,
            )
        }
        _ => {
            let img = (
                format!("/images/flags/{}.svg", room.city.country_code.to_lowercase()),
                String::new(),
            );
            let kind = format!("{} · {country}", ui(lang).room);
            (
                format!("/rooms/{}", room.id),
                room_title.clone(),
                room.summary.in_lang(lang).to_string(),
                img,
                kind,
            )
        }
    };
    let title_marks = index.highlights(&q, &title);
    let (line, line_marks) = snippet(&text, &index.highlights(&q, &text));
    Some(view! {
        <li class="hit" data-kind=if hit.exhibit.is_some() { "exhibit" } else { "room" }>
            <A href=href(&path, lang)>
                <img src=img.0 alt=img.1 width="96" height="72" loading="lazy" decoding="async" />
                <span class="hit-text">
                    <span class="hit-title">{marked(&title, &title_marks)}</span>
                    <span class="hit-kind">{kind}</span>
                    <span class="hit-line">{marked(&line, &line_marks)}</span>
                </span>
            </A>
        </li>
    })
}
