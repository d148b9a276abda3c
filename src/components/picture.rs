//! An exhibit's picture, as the room's cards and the exhibit page draw it.

use catalog::{Image, Lang};
use leptos::prelude::*;

/// When the browser should fetch a picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fetch {
    /// Once it is about to scroll into view (`loading="lazy"`).
    Lazy,
    /// At once (`loading="eager"`): the first cards of a room.
    Eager,
    /// At once and before other images (`fetchpriority="high"`): the page's largest picture.
    First,
}

/// An exhibit's `<img>`: fixed width and height (no layout shift), decoded off the main thread,
/// the alt text in `lang`, and the sizes the browser may choose from for a picture drawn `sizes`
/// wide. Not draggable, so a drag can pan a zoomed picture or scroll a list of cards.
#[component]
pub fn Picture(image: Image, lang: Lang, sizes: &'static str, fetch: Fetch) -> impl IntoView {
    let srcset = image.srcset_attr("/");
    // A rehearsal's picture (`warm.rs`) has no source: it must not be fetched.
    let shown = !crate::warm::rehearsing();
    // `src` last: the view sets attributes in the order written, and an image starts loading when
    // `src` is set, before the browser knows it is lazy and which size to pick (docs/performance.md).
    view! {
        <img
            loading=match fetch {
                Fetch::Lazy => Some("lazy"),
                Fetch::Eager => Some("eager"),
                Fetch::First => None,
            }
            fetchpriority=(fetch == Fetch::First).then_some("high")
            decoding="async"
            draggable="false"
            width=image.width
            height=image.height
            alt=image.alt.in_lang(lang).to_string()
            sizes=sizes
            srcset=(shown && !srcset.is_empty()).then_some(srcset)
            src=shown.then(|| format!("/{}", image.src))
        />
    }
}
