//! `/rooms/{room}/worksheet` and `/trails/{trail}/worksheet`: printable worksheets.

use leptos::prelude::*;
use leptos_i18n::td_string;
use leptos_router::hooks::use_params_map;

use crate::components::error_view::ErrorView;
use crate::components::head::{kept_head, Head, PageHead};
use crate::components::loading::Loading;
use crate::components::text::T;
use crate::components::worksheet::Worksheet;
use crate::i18n::locale;
use crate::lang::use_lang;
use crate::pages::not_found::NotFound;
use crate::pages::trail::stop_room_title;
use crate::room_state::{use_room, Ahead, RoomState, UseRoom};
use crate::trail_data::trail_page;

/// "Worksheet · {title}", the document's title of a worksheet, and its description.
fn worksheet_head(title: &catalog::Text, l: catalog::Lang) -> Head {
    let t = locale(l);
    Head {
        title: format!("{} · {}", td_string!(t, class.worksheet), title.in_lang(l)),
        description: td_string!(t, class.worksheet_description).replace("{title}", title.in_lang(l)),
    }
}

/// A room's worksheet: its exhibits as small pictures with room to write, and its quiz.
#[component]
pub fn RoomWorksheetPage() -> impl IntoView {
    let params = use_params_map();
    let room_id = Signal::derive(move || params.read().get("room").unwrap_or_default());
    let UseRoom { state, retry, .. } = use_room(room_id, Ahead::Files);
    let lang = use_lang();
    let head = kept_head(move || match state.get() {
        RoomState::Ready(m, r) => m.room(&r.id).map(|s| worksheet_head(&s.title, lang.get())),
        _ => None,
    });
    let page = move || {
        lang.track();
        match state.get() {
            RoomState::Loading => view! { <Loading /> }.into_any(),
            RoomState::NotFound => view! { <NotFound /> }.into_any(),
            RoomState::Failed(error) => view! { <ErrorView error retry /> }.into_any(),
            RoomState::Ready(m, r) => {
                let l = lang.get_untracked();
                let t = locale(l);
                let title = m.room(&r.id).map(|s| s.title.clone()).unwrap_or_default();
                let exhibits: Vec<_> = r
                    .exhibits
                    .iter()
                    .map(|e| (e.image.clone(), e.title.clone()))
                    .collect();
                view! {
                    <Worksheet title path=format!("/rooms/{}", r.id) scan=td_string!(t, class.scan_room) quiz=catalog::room_quiz(&m, &r.id)>
                        <section>
                            <h2>{td_string!(locale(l), exhibits)}</h2>
                            <ul class="worksheet-exhibits">
                                {exhibits.into_iter().map(|(img, title)| view! {
                                    <li>
                                        <img loading="lazy" decoding="async" width=img.width height=img.height alt="" src=format!("/{}", img.src) />
                                        <span class="ws-title"><T text=title /></span>
                                    </li>
                                }).collect_view()}
                            </ul>
                            <p class="ws-write">{td_string!(t, class.notice)}</p>
                            <div class="ws-lines" aria-hidden="true"></div>
                        </section>
                    </Worksheet>
                }
                .into_any()
            }
        }
    };
    view! {
        <PageHead head />
        {page}
    }
}

/// A trail's worksheet: each stop's prompt with space for an answer, and the trail's quiz.
#[component]
pub fn TrailWorksheetPage() -> impl IntoView {
    trail_page(
        |_, trail, l| worksheet_head(&trail.title, l),
        |m, trail, l| {
            let t = locale(l);
            let stops: Vec<_> = trail
                .stops
                .iter()
                .map(|s| (stop_room_title(m, &s.room), s.prompt.clone()))
                .collect();
            view! {
            <Worksheet title=trail.title.clone() path=format!("/trails/{}", trail.id) scan=td_string!(t, class.scan_trail) quiz=trail.quiz.clone()>
                <section>
                    <h2>{td_string!(t, class.stops)}</h2>
                    <ol class="worksheet-stops">
                        {stops.into_iter().map(|(name, prompt)| view! {
                            <li>
                                <p><strong><T text=name /></strong> " · " <T text=prompt /></p>
                                <div class="ws-lines short" aria-hidden="true"></div>
                            </li>
                        }).collect_view()}
                    </ol>
                </section>
            </Worksheet>
        }
        .into_any()
        },
    )
}
