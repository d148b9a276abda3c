//! Interface strings in English, Simplified Chinese, Japanese, Korean and Russian. Every language is
//! a `Ui` value, so the compiler proves no string is missing in any of them.

use catalog::{Category, Lang};

mod en;
mod ja;
mod ko;
mod ru;
mod zh;

use en::EN;
use ja::JA;
use ko::KO;
use ru::RU;
use zh::ZH;

/// Every interface string the tour shows.
pub struct Ui {
    pub skip: &'static str,
    pub nav_label: &'static str,
    pub entrance: &'static str,
    pub rooms: &'static str,
    pub about: &'static str,
    pub language: &'static str,
    pub start_tour: &'static str,
    pub visit: &'static str,
    pub address: &'static str,
    pub hours: &'static str,
    pub admission: &'static str,
    pub checked: &'static str,
    pub exhibits: &'static str,
    pub doors: &'static str,
    pub previous_room: &'static str,
    pub next_room: &'static str,
    pub room_of: &'static str,
    pub ties_signed: &'static str,
    pub about_city: &'static str,
    pub country: &'static str,
    pub local_name: &'static str,
    pub location: &'static str,
    pub sister_city: &'static str,
    pub showroom: &'static str,
    pub sources: &'static str,
    pub back_to_room: &'static str,
    pub previous_exhibit: &'static str,
    pub next_exhibit: &'static str,
    pub category: &'static str,
    pub origin: &'static str,
    pub date: &'static str,
    pub donor: &'static str,
    pub credit: &'static str,
    pub illustrative: &'static str,
    pub illustrative_note: &'static str,
    pub documented: &'static str,
    pub walk_hint: &'static str,
    pub loading: &'static str,
    pub could_not_load: &'static str,
    pub retry: &'static str,
    pub still_open: &'static str,
    pub not_found: &'static str,
    pub not_found_text: &'static str,
    pub in_english: &'static str,
    pub about_title: &'static str,
    pub history: &'static str,
    pub how_made: &'static str,
    pub how_made_text: &'static str,
    pub privacy: &'static str,
    pub privacy_text: &'static str,
    pub credits: &'static str,
    pub credits_text: &'static str,
    pub browsers: &'static str,
    pub browsers_text: &'static str,
    pub footer: &'static str,
    pub floor_plan: &'static str,
    pub plan_note: &'static str,
    pub you_are_here: &'static str,
    pub visited: &'static str,
    pub door: &'static str,
    pub floors: &'static str,
    pub floor: &'static str,
    pub open_plan: &'static str,
    pub world_map: &'static str,
    pub world_title: &'static str,
    pub world_note: &'static str,
    pub decade: &'static str,
    pub continent: &'static str,
    pub all: &'static str,
    pub not_recorded: &'static str,
    pub showing_cities: &'static str,
    pub city: &'static str,
    pub signed: &'static str,
    pub map_label: &'static str,
    pub search: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub search_title: &'static str,
    pub results_count: &'static str,
    pub no_results: &'static str,
    pub search_hint: &'static str,
    pub search_loading: &'static str,
    pub search_missing: &'static str,
    pub clear_filters: &'static str,
    pub room: &'static str,
    pub show_more: &'static str,
    pub offline: &'static str,
    pub offline_text: &'static str,
    pub offline_save: &'static str,
    pub offline_progress: &'static str,
    pub offline_done: &'static str,
    pub offline_saved_before: &'static str,
    pub offline_failed: &'static str,
    pub offline_unavailable: &'static str,
    pub shortcuts: &'static str,
    pub zoom: &'static str,
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub zoom_reset: &'static str,
    pub brand: &'static str,
    pub hall: &'static str,
    pub decade_label: &'static str,
    pub categories: [&'static str; 10],
    /// Trails, quizzes, worksheets, sharing, presenting and reading aloud.
    pub class: ClassUi,
}

/// The classroom's interface strings.
pub struct ClassUi {
    pub trails: &'static str,
    pub trails_title: &'static str,
    pub trails_intro: &'static str,
    pub stop_of: &'static str,
    pub not_started: &'static str,
    pub finished: &'static str,
    pub start_trail: &'static str,
    pub continue_trail: &'static str,
    pub previous_stop: &'static str,
    pub next_stop: &'static str,
    pub take_quiz: &'static str,
    pub open_exhibit: &'static str,
    pub open_room: &'static str,
    pub auto_advance: &'static str,
    pub pause: &'static str,
    pub resume: &'static str,
    pub next_in: &'static str,
    pub paused: &'static str,
    pub lesson_notes: &'static str,
    pub aims: &'static str,
    pub ages: &'static str,
    pub ages_range: &'static str,
    pub time_needed: &'static str,
    pub minutes: &'static str,
    pub discussion: &'static str,
    pub stops: &'static str,
    pub answer_key: &'static str,
    pub forget_progress: &'static str,
    pub forget_note: &'static str,
    pub forgotten: &'static str,
    pub quiz: &'static str,
    pub quiz_note: &'static str,
    pub correct: &'static str,
    pub not_quite: &'static str,
    pub score: &'static str,
    pub try_again: &'static str,
    pub last_score: &'static str,
    pub worksheet: &'static str,
    pub print: &'static str,
    pub name_line: &'static str,
    pub class_line: &'static str,
    pub notice: &'static str,
    pub scan_room: &'static str,
    pub scan_trail: &'static str,
    pub share: &'static str,
    pub copy_link: &'static str,
    pub copied: &'static str,
    pub present: &'static str,
    pub present_hint: &'static str,
    pub exit: &'static str,
    pub read_aloud: &'static str,
    pub stop_reading: &'static str,
    pub no_voice: &'static str,
    pub no_voices: &'static str,
    pub classroom: &'static str,
}

/// The interface strings for a language.
pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::Zh => &ZH,
        Lang::Ja => &JA,
        Lang::Ko => &KO,
        Lang::Ru => &RU,
        Lang::En => &EN,
    }
}

/// A category's name.
pub fn category_name(lang: Lang, category: Category) -> &'static str {
    let i = Category::ALL.iter().position(|c| *c == category).unwrap_or(9);
    ui(lang).categories[i]
}

/// An interface string with its `{n}` and `{m}` filled in.
pub fn fill(s: &str, n: usize, m: usize) -> String {
    s.replace("{n}", &n.to_string()).replace("{m}", &m.to_string())
}

/// "Room {n} of {m}" with the numbers filled in.
pub fn room_of(lang: Lang, n: usize, m: usize) -> String {
    fill(ui(lang).room_of, n, m)
}
