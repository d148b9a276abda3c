//! Character classes and folding: what a word is made of, what CJK is, and how letters with
//! diacritics fold to plain letters (`ő` → `o`, `ș` → `s`, `ß` → `ss`), so a visitor can type
//! "nyiregyhaza" and find Nyíregyháza.

/// How the tokeniser treats one character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// Part of a word in a script written with spaces (Latin, Cyrillic, Greek, digits, Thai …).
    Word,
    /// Han, kana or hangul: indexed as single characters and overlapping bigrams.
    Cjk,
    /// A combining mark (e.g. U+0301 from decomposed input): dropped, but it does not split a word.
    Mark,
    /// Anything else (spaces, punctuation, symbols, emoji): splits words.
    Separator,
}

/// Classifies a character.
pub(crate) fn class(c: char) -> Class {
    if c.is_ascii() {
        return if c.is_ascii_alphanumeric() {
            Class::Word
        } else {
            Class::Separator
        };
    }
    match c as u32 {
        0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F => Class::Mark,
        // Thai and Lao are written without spaces and use combining vowel signs: keep whole runs.
        0x0E00..=0x0EFF => Class::Word,
        0x1100..=0x11FF // hangul jamo
        | 0x3040..=0x30FF // hiragana, katakana
        | 0x3130..=0x318F // hangul compatibility jamo
        | 0x31F0..=0x31FF // katakana extensions
        | 0x3400..=0x4DBF // CJK extension A
        | 0x4E00..=0x9FFF // CJK unified ideographs
        | 0xAC00..=0xD7AF // hangul syllables
        | 0xF900..=0xFAFF // CJK compatibility ideographs
        | 0xFF66..=0xFF9F // half-width katakana
        | 0x20000..=0x3134F => Class::Cjk,
        // Full-width ASCII letters and digits (typed with a CJK input method) fold to ASCII.
        0xFF10..=0xFF19 | 0xFF21..=0xFF3A | 0xFF41..=0xFF5A => Class::Word,
        _ if c.is_alphanumeric() => Class::Word,
        _ => Class::Separator,
    }
}

/// Appends `c` to `out` lowercased and without diacritics. `c` must be of class [`Class::Word`].
pub(crate) fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if let 0xFF01..=0xFF5E = c as u32 {
        // Full-width forms sit exactly 0xFEE0 above their ASCII twins.
        let ascii = char::from_u32(c as u32 - 0xFEE0).unwrap_or(' ');
        out.push(ascii.to_ascii_lowercase());
        return;
    }
    let lower = lowercase(c);
    match fold_lower(lower) {
        Some(s) => out.push_str(s),
        None => out.push(lower),
    }
}

/// The lowercase of a Latin, Greek or Cyrillic letter; other characters as they are. (A table for
/// these scripts instead of `char::to_lowercase`, whose all-of-Unicode table would add about 12 kB
/// to the WebAssembly.)
fn lowercase(c: char) -> char {
    let u = c as u32;
    let lower = match u {
        0x41..=0x5A | 0xC0..=0xDE if u != 0xD7 => u + 32,
        // Latin Extended-A and -B (Romanian ș, ț) and Additional (Vietnamese): upper even, lower odd …
        0x100..=0x137 | 0x14A..=0x177 | 0x218..=0x21B | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF => u | 1,
        // … or upper odd, lower even.
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x178 => 0xFF,
        0x1E9E => 0xDF,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E | 0x38F => u + 63,
        0x391..=0x3AB if u != 0x3A2 => u + 32,
        0x400..=0x40F => u + 80,
        0x410..=0x42F => u + 32,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// The plain form of a lowercase letter with a diacritic, when it has one.
fn fold_lower(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'ё' => "е",
        'й' => "и",
        'ά' => "α",
        'έ' => "ε",
        'ή' => "η",
        'ί' | 'ϊ' | 'ΐ' => "ι",
        'ό' => "ο",
        'ύ' | 'ϋ' | 'ΰ' => "υ",
        'ώ' => "ω",
        'ς' => "σ",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(s: &str) -> String {
        let mut out = String::new();
        // As the tokeniser does: separators split words, marks are dropped.
        for c in s.chars().filter(|&c| class(c) == Class::Word) {
            push_folded(c, &mut out);
        }
        out
    }

    #[test]
    fn folds_diacritics_and_case() {
        assert_eq!(fold("Nyíregyháza"), "nyiregyhaza");
        assert_eq!(fold("Ploiești"), "ploiesti");
        assert_eq!(fold("Ploieşti"), "ploiesti");
        assert_eq!(fold("Århus"), "arhus");
        assert_eq!(fold("Søren"), "soren");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Communauté"), "communaute");
        assert_eq!(fold("Ёлка"), "елка");
        assert_eq!(fold("ＡＢＣ１２"), "abc12");
        assert_eq!(fold("ŠIAULIAI ŁÓDŹ ĞÜÇ ȘȚ"), "siauliailodzgucst");
        assert_eq!(fold("ЁЛКА Москва"), "елкамосква");
        assert_eq!(fold("ΑΘΉΝΑ Αθήνα ΌΡΟΣ"), "αθηνααθηναοροσ");
        assert_eq!(fold("İstanbul"), "istanbul");
        assert_eq!(fold("TIẾNG VIỆT"), fold("tiếng việt"));
    }

    #[test]
    fn decomposed_accents_fold_like_composed_ones() {
        // "é" as "e" + U+0301 COMBINING ACUTE ACCENT.
        assert_eq!(fold("Communaute\u{301}"), "communaute");
        assert_eq!(class('\u{301}'), Class::Mark);
    }

    #[test]
    fn classifies_scripts() {
        assert_eq!(class('太'), Class::Cjk);
        assert_eq!(class('ひ'), Class::Cjk);
        assert_eq!(class('カ'), Class::Cjk);
        assert_eq!(class('한'), Class::Cjk);
        assert_eq!(class('ж'), Class::Word);
        assert_eq!(class('7'), Class::Word);
        assert_eq!(class('，'), Class::Separator);
        assert_eq!(class('😀'), Class::Separator);
        assert_eq!(class('-'), Class::Separator);
    }
}
