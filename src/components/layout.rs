//! The page frame: skip link, header with navigation and languages, main region, footer.

use catalog::Lang;
use leptos::prelude::*;
use leptos_i18n::td_string;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

use crate::back_to_link;
use crate::components::present::{PresentBar, PresentButton};
use crate::components::site_search::{on_slash_key, SiteSearch};
use crate::defer::{next_task, NextTask};
use crate::i18n::locale;
use crate::lang::{href, html_lang, provide_lang, use_lang, use_switch_href};
use crate::shortcuts::{provide_shortcuts, ShortcutsToggle};

/// Languages offered in the switcher: the interface is complete in all five; content is written in
/// English and Chinese and falls back to English (marked `lang="en"`) in the others.
const OFFERED: [Lang; 5] = [Lang::En, Lang::Zh, Lang::Ja, Lang::Ko, Lang::Ru];

/// Closes the language menu after a choice.
fn close_menu(menu: NodeRef<leptos::html::Details>) {
    if let Some(details) = menu.get_untracked() {
        details.set_open(false);
    }
}

/// Whether the site navigation's link to `to` is the section of the page at `path`: the entrance
/// on itself only, every other section on itself and the pages under it (a trail under Trails).
fn in_section(to: &str, path: &str) -> bool {
    let (to, path) = (to.trim_end_matches('/'), path.trim_end_matches('/'));
    match path.strip_prefix(to) {
        _ if to.is_empty() => path.is_empty(),
        Some(rest) => rest.is_empty() || rest.starts_with('/'),
        None => false,
    }
}

/// A link of the site navigation, marked `aria-current="page"` in its section.
#[component]
fn NavLink(to: &'static str, #[prop(optional)] class: &'static str, children: Children) -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    view! {
        <a
            href=move || href(to, lang.get())
            class=(!class.is_empty()).then_some(class)
            aria-current=move || location.pathname.with(|p| in_section(to, p)).then_some("page")
        >
            {children()}
        </a>
    }
}

/// Wraps every page. Moves focus to the new page's heading after a move, so screen readers and
/// keyboard users start at the top of the new view.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    provide_lang();
    provide_shortcuts();
    crate::presenter::provide_presenter();
    let lang = use_lang();
    let t = move || locale(lang.get());
    let switch_href = use_switch_href();
    let menu = NodeRef::<leptos::html::Details>::new();
    let location = use_location();
    Effect::new(move |prev: Option<String>| {
        let path = location.pathname.get();
        if let Some(prev) = prev.filter(|p| *p != path) {
            // Back or Forward to a page left by a link: that link. Otherwise the search page
            // starts in its search box, and every other page at its heading.
            let target = back_to_link::moved(&prev, &path).unwrap_or_else(|| {
                let start = if path == "/search" { "#search-q" } else { "main h1" };
                start.to_string()
            });
            focus_when_shown(target, path.clone());
        }
        path
    });
    on_slash_key();
    view! {
        <a class="skip-link" href="#main">{move || td_string!(t(), skip)}</a>
        <header class="site-header">
            // The brand and the navigation, then the search box and the language menu, then the
            // footer's tools, are built in tasks of their own: on a slow machine no task of the
            // app's start is long.
            <NextTask>
            <a href=move || href("/", lang.get()) class="brand">
                <span class="brand-mark" aria-hidden="true">"友"</span>
                <span class="brand-name">
                    {move || td_string!(t(), brand)}
                </span>
            </a>
            <nav class="site-nav" aria-label=move || td_string!(t(), nav_label)>
                <NavLink to="/">{move || td_string!(t(), entrance)}</NavLink>
                <NavLink to="/map">{move || td_string!(t(), floor_plan)}</NavLink>
                <NavLink to="/world">{move || td_string!(t(), world_map)}</NavLink>
                <NavLink to="/search" class="nav-search">{move || td_string!(t(), search)}</NavLink>
                <NavLink to="/trails">{move || td_string!(t(), class.trails)}</NavLink>
                <NavLink to="/about">{move || td_string!(t(), about)}</NavLink>
            </nav>
            </NextTask>
            <NextTask>
            <SiteSearch />
            <details class="lang-menu" node_ref=menu>
                // Named by its text ("Language: English"), not an `aria-label`, so that the name
                // holds the words on screen (WCAG 2.5.3, "label in name").
                <summary>
                    <span aria-hidden="true" class="lang-icon">"文A"</span>
                    <span class="visually-hidden">{move || format!("{}: ", td_string!(t(), language))}</span>
                    {move || lang.get().native_name()}
                </summary>
                <ul>
                    {OFFERED
                        .into_iter()
                        .map(|l| {
                            view! {
                                <li>
                                    <a
                                        href=move || switch_href(l)
                                        hreflang=html_lang(l)
                                        lang=html_lang(l)
                                        aria-current=move || (lang.get() == l).then_some("true")
                                        on:click=move |_| close_menu(menu)
                                    >
                                        {l.native_name()}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </details>
            </NextTask>
        </header>
        <main id="main" tabindex="-1">{children()}</main>
        <NextTask><PresentBar /></NextTask>
        <footer class="site-footer">
            <p>{move || td_string!(t(), footer)}</p>
            <NextTask>
                <ShortcutsToggle />
                <PresentButton />
            </NextTask>
        </footer>
    }
}

/// Moves keyboard focus to the first element matching `selector`, if there is one. A heading is
/// made focusable here (`tabindex="-1"`), not in the views: a view drawn again on every walk would
/// remove and set the attribute on each walk (tachys rebuilds an element's attributes that way),
/// and removing it from the focused heading makes the browser blur it and restyle the page in the
/// walk's key task. Focus already on the element is moved off and back, so screen readers announce
/// the new page.
pub fn focus(selector: &str) {
    let found = document().query_selector(selector).ok().flatten();
    if let Some(el) = found.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        if el.tab_index() < 0 && !el.has_attribute("tabindex") {
            let _ = el.set_attribute("tabindex", "-1");
        }
        if document().active_element().as_ref() == Some(el.as_ref()) {
            let _ = el.blur();
        }
        let _ = el.focus();
    }
}

/// How many frames to wait for a new page's heading (a room whose file is still loading).
const FOCUS_FRAMES: u32 = 240;

/// Moves focus to `selector` once it exists and the page is no longer loading its new view (while
/// it loads, the previous view and its heading stay on screen under the pending bar), checking each
/// frame for up to ~4 s, unless the visitor has moved on (another page) or put focus somewhere
/// themselves in the meantime (focus still on the previous page's heading is not theirs). Focus
/// moves in the task after the frame that shows the page: the browser has styled it by then, so
/// focusing costs little, and the frame's own task is shorter.
fn focus_when_shown(selector: String, path: String) {
    fn attempt(selector: String, path: String, left: u32) {
        request_animation_frame(move || {
            let doc = document();
            let here = window().location().pathname().ok().as_deref() == Some(path.as_str());
            let busy = doc
                .active_element()
                .is_some_and(|el| !matches!(el.tag_name().as_str(), "BODY" | "A" | "H1"));
            if !here || busy {
                return;
            }
            let pending = doc.query_selector(".pending-bar.active").ok().flatten().is_some();
            if !pending && doc.query_selector(&selector).ok().flatten().is_some() {
                next_task(move || focus(&selector));
            } else if left > 0 {
                attempt(selector, path, left - 1);
            }
        });
    }
    attempt(selector, path, FOCUS_FRAMES);
}

#[cfg(test)]
mod tests {
    use super::in_section;

    #[test]
    fn marks_the_entrance_on_itself_and_other_sections_below_them() {
        assert!(in_section("/", "/"));
        assert!(!in_section("/", "/map"));
        assert!(in_section("/trails", "/trails"));
        assert!(in_section("/trails", "/trails/music-around-the-world/3"));
        assert!(in_section("/trails", "/trails/"));
        assert!(!in_section("/trails", "/trailside"));
        assert!(!in_section("/about", "/"));
    }
}
