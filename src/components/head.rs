//! The `<title>` and description of the pages whose content is drawn again in place (rooms,
//! exhibits and trail stops on every walk; the floor plan on a floor switch, the world map on a
//! filter, quizzes, worksheets and trail pages on a language change), drawn once per page and
//! changed in place.
//!
//! Why not a `<Title>` inside the redrawn view: leptos_meta 0.8.7's `<Title>`, when drawn again in
//! place, puts the new text on its stack of titles under a new id and leaves the old one there
//! (`TitleView::rebuild`): one string each time, never freed (found with `e2e/bench/leaks.mjs`).

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// A page's title and description.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Head {
    /// The document's title.
    pub title: String,
    /// `<meta name="description">`; none if empty.
    pub description: String,
}

/// The head of the page last shown: `of` gives it once the page's data are ready and `None` while
/// they load, and meanwhile the previous page's head stays, as the previous room stays on screen.
pub fn kept_head(of: impl Fn() -> Option<Head> + Send + Sync + 'static) -> Memo<Option<Head>> {
    Memo::new(move |prev: Option<&Option<Head>>| of().or_else(|| prev.cloned().flatten()))
}

/// `<title>` and, if there is one, `<meta name="description">`, from `head` once it has one (until
/// then the pre-rendered page's stay).
#[component]
pub fn PageHead(head: Memo<Option<Head>>) -> impl IntoView {
    let part = move |f: fn(&Head) -> &String| head.with(|h| h.as_ref().map(f).cloned().unwrap_or_default());
    let has_description = move || head.with(|h| h.as_ref().is_some_and(|h| !h.description.is_empty()));
    view! {
        <Show when=move || head.with(Option::is_some)>
            <Title text=move || part(|h| &h.title) />
            <Show when=has_description>
                <Meta name="description" content=move || part(|h| &h.description) />
            </Show>
        </Show>
    }
}
