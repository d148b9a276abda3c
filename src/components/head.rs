//! Every page's `<title>` and description, changed in place as its content is drawn again (rooms,
//! exhibits and trail stops on every walk; the floor plan on a floor switch, the world map on a
//! filter; every page on a language change).
//!
//! Written straight to the document: one `<title>`, at most one `<meta name="description">`
//! (the pre-rendered page's, taken over, or one made here). leptos_meta 0.8 was used before; its
//! `<Title>` drawn again in place kept every old title (`TitleView::rebuild` pushes the new text on
//! its stack under a new id; found with `e2e/bench/leaks.mjs`), and dropping it took 2.5 KB off the
//! shell (brotli) for what these few lines do.

use leptos::prelude::*;

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

/// Shows `head` in the document: its title, and its description in the one
/// `<meta name="description">` (removed when it has none).
fn show(head: &Head) {
    let document = document();
    document.set_title(&head.title);
    let meta = document.query_selector("meta[name=description]").ok().flatten();
    match meta {
        Some(meta) if head.description.is_empty() => meta.remove(),
        Some(meta) => {
            let _ = meta.set_attribute("content", &head.description);
            let _ = meta.remove_attribute("data-prerendered");
        }
        None if head.description.is_empty() => {}
        None => {
            let Ok(meta) = document.create_element("meta") else {
                return;
            };
            let _ = meta.set_attribute("name", "description");
            let _ = meta.set_attribute("content", &head.description);
            if let Some(parent) = document.head() {
                let _ = parent.append_child(&meta);
            }
        }
    }
}

/// Keeps the document's title and description on `head` while the calling page is shown, from
/// when it gives one (until then the pre-rendered page's, or the previous page's, stay).
pub fn use_head(head: impl Fn() -> Option<Head> + 'static) {
    Effect::new(move |_| {
        if let Some(head) = head() {
            show(&head);
        }
    });
}

/// [`use_head`] for a page whose head is a [`kept_head`].
#[component]
pub fn PageHead(head: Memo<Option<Head>>) -> impl IntoView {
    use_head(move || head.get());
}
