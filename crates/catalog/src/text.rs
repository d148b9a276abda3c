//! Text in several languages ("language maps").

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A language the tour knows, by its BCP 47 code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English, the fallback for every text.
    En,
    /// Simplified Chinese.
    Zh,
    /// Japanese.
    Ja,
    /// Korean.
    Ko,
    /// Russian.
    Ru,
}

impl Lang {
    /// Every language, in the order the language switcher lists them.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Zh, Lang::Ja, Lang::Ko, Lang::Ru];

    /// The code used in JSON keys, `?lang=` and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
            Lang::Ja => "ja",
            Lang::Ko => "ko",
            Lang::Ru => "ru",
        }
    }

    /// The language's own name for itself.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Zh => "中文",
            Lang::Ja => "日本語",
            Lang::Ko => "한국어",
            Lang::Ru => "Русский",
        }
    }

    /// Reads a code such as `zh`, `zh-CN` or `en-GB`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }
}

/// Visitor-facing text as a language map: `{"en": "...", "zh": "..."}`. English is required.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

/// A text picked for a language, with the language it is really in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Localized<'a> {
    /// The text itself.
    pub text: &'a str,
    /// The language of `text`: the asked one, or English when it fell back.
    pub lang: Lang,
    /// True when the asked language was missing and English was used.
    pub fallback: bool,
}

impl Text {
    /// Builds a text with English only.
    pub fn en(text: &str) -> Text {
        Text(BTreeMap::from([("en".to_string(), text.to_string())]))
    }

    /// The text in `lang`, falling back to English.
    pub fn get(&self, lang: Lang) -> Localized<'_> {
        match self.0.get(lang.code()).filter(|t| !t.trim().is_empty()) {
            Some(text) => Localized {
                text,
                lang,
                fallback: false,
            },
            None => Localized {
                text: self.0.get("en").map(String::as_str).unwrap_or(""),
                lang: Lang::En,
                fallback: lang != Lang::En,
            },
        }
    }

    /// Shorthand for the plain string in `lang` (with fallback).
    pub fn in_lang(&self, lang: Lang) -> &str {
        self.get(lang).text
    }

    /// The paragraphs of the text in `lang` (blank-line separated).
    pub fn paragraphs(&self, lang: Lang) -> impl Iterator<Item = &str> {
        self.in_lang(lang)
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
    }

    /// Whether a non-empty text exists for `code`.
    pub fn has(&self, code: &str) -> bool {
        self.0.get(code).is_some_and(|t| !t.trim().is_empty())
    }
}

/// Splits a paragraph into sentences for reading aloud, keeping each sentence's closing mark and
/// the space after it (so the pieces join back into the paragraph). Handles `. ! ?` followed by a
/// space and the full-width `。！？`; abbreviations such as "c. 2005" stay whole.
pub fn sentences(paragraph: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = paragraph.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = match c {
            '。' | '！' | '？' => Some(i + c.len_utf8()),
            '.' | '!' | '?' => {
                let word = paragraph[start..i].rsplit(' ').next().unwrap_or("");
                let abbreviation =
                    c == '.' && (word.len() <= 2 && word.chars().all(char::is_lowercase) || word == "No");
                match chars.peek() {
                    Some((j, ' ')) if !abbreviation => Some(j + 1),
                    _ => None,
                }
            }
            _ => None,
        };
        if let Some(end) = end {
            let next_upper_or_cjk = paragraph[end..].chars().next().is_none_or(|n| !n.is_lowercase());
            if next_upper_or_cjk {
                out.push(&paragraph[start..end]);
                start = end;
            }
        }
    }
    if start < paragraph.len() {
        out.push(&paragraph[start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_english_and_says_so() {
        let t: Text = serde_json::from_str(r#"{"en":"Room","zh":"展厅"}"#).unwrap();
        assert_eq!(
            t.get(Lang::Zh),
            Localized {
                text: "展厅",
                lang: Lang::Zh,
                fallback: false
            }
        );
        assert_eq!(
            t.get(Lang::Ru),
            Localized {
                text: "Room",
                lang: Lang::En,
                fallback: true
            }
        );
        assert!(!t.get(Lang::En).fallback);
    }

    #[test]
    fn reads_language_codes() {
        assert_eq!(Lang::from_code("zh-CN"), Some(Lang::Zh));
        assert_eq!(Lang::from_code("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_code("xx"), None);
    }

    #[test]
    fn splits_sentences_in_english_and_chinese() {
        assert_eq!(
            sentences("Ties began c. 2000 here. Then? Yes! The end"),
            ["Ties began c. 2000 here. ", "Then? ", "Yes! ", "The end"]
        );
        assert_eq!(
            sentences("哈尔滨很冷。冬天有冰灯！"),
            ["哈尔滨很冷。", "冬天有冰灯！"]
        );
        assert_eq!(
            sentences("At No. 89 Tiandi Street. 9.5 m high."),
            ["At No. 89 Tiandi Street. ", "9.5 m high."]
        );
        assert_eq!(sentences("").len(), 0);
    }

    #[test]
    fn splits_paragraphs() {
        let t = Text::en("One.\n\n Two. \n\n\n");
        assert_eq!(t.paragraphs(Lang::En).collect::<Vec<_>>(), ["One.", "Two."]);
    }
}
