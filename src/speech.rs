//! Reading the page aloud with the browser's speech synthesis, sentence by sentence, each in its
//! own language, using only voices that run on this device (network voices would send the text
//! elsewhere).

use catalog::Lang;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

/// Where reading aloud is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// Not reading.
    Idle,
    /// Speaking.
    Speaking,
    /// Paused in the middle.
    Paused,
}

/// What the page reads: its heading and the sentences of its texts, in page order.
const READ: &str = "main h1, main .sentence";
/// The class on the element being read.
const SPEAKING: &str = "speaking";

fn synth() -> Option<SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

/// The language of an element: its nearest `lang` attribute (the page's, at the root).
fn lang_of(el: &Element) -> String {
    el.closest("[lang]")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_else(|| "en".into())
}

/// A voice for `lang` that runs on this device: the default one if it fits, else the first.
fn local_voice(voices: &[SpeechSynthesisVoice], lang: &str) -> Option<SpeechSynthesisVoice> {
    let primary = lang.split('-').next().unwrap_or(lang).to_ascii_lowercase();
    let fits = |v: &&SpeechSynthesisVoice| {
        v.local_service() && v.lang().to_ascii_lowercase().split(['-', '_']).next() == Some(&primary)
    };
    let mut fitting = voices.iter().filter(fits);
    let first = fitting.next()?;
    Some(
        std::iter::once(first)
            .chain(fitting)
            .find(|v| v.default())
            .unwrap_or(first)
            .clone(),
    )
}

/// A page reader: `start`, `pause`, `resume` and `stop`, with its state and the languages it had
/// to skip because the device has no voice for them.
#[derive(Clone, Copy)]
pub struct Reader {
    /// Where reading is.
    pub state: RwSignal<Reading>,
    /// Languages skipped for want of a local voice (codes, as on the page).
    pub skipped: RwSignal<Vec<String>>,
    /// True when the browser has no voices at all.
    pub no_voices: RwSignal<bool>,
    run: StoredValue<u32>,
}

impl Reader {
    /// A reader for the current page; it stops when the page goes away.
    pub fn new() -> Reader {
        let reader = Reader {
            state: RwSignal::new(Reading::Idle),
            skipped: RwSignal::new(Vec::new()),
            no_voices: RwSignal::new(false),
            run: StoredValue::new(0),
        };
        // Only a reader that is reading has anything to stop: the speech engine is shared by the
        // page, and cancelling it costs a walk (which drops the page's reader) 1–2 ms; a rehearsal's
        // reader (`warm.rs`) must not stop the page's.
        on_cleanup(move || {
            if reader.state.try_get_untracked() != Some(Reading::Idle) {
                reader.stop();
            }
        });
        reader
    }

    /// Reads the page from the top.
    pub fn start(self) {
        self.start_with(true);
    }

    /// Browsers load their voice list lazily: the first call may find none, so it waits once.
    fn start_with(self, may_wait: bool) {
        self.stop();
        let Some(synth) = synth() else {
            self.no_voices.set(true);
            return;
        };
        let voices: Vec<SpeechSynthesisVoice> =
            synth.get_voices().iter().map(JsCast::unchecked_into).collect();
        if voices.is_empty() && may_wait {
            // Unless the visitor stopped, started again or left the page meanwhile.
            let run = self.run.get_value();
            set_timeout(
                move || {
                    if self.run.try_get_value() == Some(run) {
                        self.start_with(false);
                    }
                },
                std::time::Duration::from_millis(800),
            );
            return;
        }
        self.no_voices.set(voices.is_empty());
        self.skipped.set(Vec::new());
        let Ok(found) = document().query_selector_all(READ) else {
            return;
        };
        let mut items = Vec::new();
        for i in 0..found.length() {
            let Some(el) = found.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            let text = el.text_content().unwrap_or_default();
            if text.trim().is_empty() {
                continue;
            }
            let lang = lang_of(&el);
            match local_voice(&voices, &lang) {
                Some(voice) => items.push((el, text, lang, voice)),
                None if !voices.is_empty() => self.skipped.update(|s| {
                    if !s.contains(&lang) {
                        s.push(lang.clone());
                    }
                }),
                None => {}
            }
        }
        if items.is_empty() {
            return;
        }
        let run = self.run.get_value();
        self.state.set(Reading::Speaking);
        self.speak(synth, std::rc::Rc::new(items), 0, run);
    }

    fn speak(
        self,
        synth: SpeechSynthesis,
        items: std::rc::Rc<Vec<(Element, String, String, SpeechSynthesisVoice)>>,
        i: usize,
        run: u32,
    ) {
        if self.run.get_value() != run {
            return;
        }
        clear_highlight();
        let Some((el, text, lang, voice)) = items.get(i) else {
            self.state.set(Reading::Idle);
            return;
        };
        let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else {
            return;
        };
        utterance.set_lang(lang);
        utterance.set_voice(Some(voice));
        let _ = el.class_list().add_1(SPEAKING);
        let next = {
            let synth = synth.clone();
            Closure::once_into_js(move || self.speak(synth, items, i + 1, run))
        };
        utterance.set_onend(Some(next.unchecked_ref()));
        utterance.set_onerror(Some(next.unchecked_ref()));
        synth.speak(&utterance);
    }

    /// Pauses in the middle of a sentence.
    pub fn pause(self) {
        if let Some(s) = synth() {
            s.pause();
            self.state.set(Reading::Paused);
        }
    }

    /// Goes on from where it paused.
    pub fn resume(self) {
        if let Some(s) = synth() {
            s.resume();
            self.state.set(Reading::Speaking);
        }
    }

    /// Stops and forgets the place.
    pub fn stop(self) {
        self.run.update_value(|r| *r += 1);
        if let Some(s) = synth() {
            s.cancel();
        }
        clear_highlight();
        self.state.try_set(Reading::Idle);
    }
}

fn clear_highlight() {
    if let Ok(found) = document().query_selector_all(&format!(".{SPEAKING}")) {
        for i in 0..found.length() {
            if let Some(el) = found.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = el.class_list().remove_1(SPEAKING);
            }
        }
    }
}

/// A language's own name, for "no voice for 中文", from a `lang` attribute value.
pub fn language_name(code: &str) -> String {
    Lang::from_code(code)
        .map(|l| l.native_name().to_string())
        .unwrap_or_else(|| code.to_string())
}
