//! Deterministic variations of real exhibits, so that a synthetic catalogue reads like the real one:
//! the same rooms, categories and kinds of sentence, in English and Chinese, with new titles,
//! recombined descriptions and made-up donors' names that grow the vocabulary as a larger real
//! catalogue would.

use catalog::{Exhibit, Record, Text};

/// A 64-bit mix of the inputs (SplitMix64), for choices that are the same on every run.
pub fn hash(parts: &[u64]) -> u64 {
    parts.iter().fold(0x9e37_79b9_7f4a_7c15, |h, &p| {
        let mut z = (h ^ p).wrapping_add(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    })
}

/// Syllables for made-up names, with a Chinese transliteration for each.
const SYLLABLES: [(&str, &str); 24] = [
    ("ka", "卡"),
    ("to", "托"),
    ("ri", "里"),
    ("mel", "梅"),
    ("an", "安"),
    ("sor", "索"),
    ("vik", "维"),
    ("len", "伦"),
    ("da", "达"),
    ("mi", "米"),
    ("ro", "罗"),
    ("bel", "贝"),
    ("tan", "坦"),
    ("ur", "乌"),
    ("go", "戈"),
    ("lis", "利"),
    ("ne", "内"),
    ("var", "瓦"),
    ("ho", "霍"),
    ("ze", "泽"),
    ("pal", "帕"),
    ("ki", "基"),
    ("mo", "莫"),
    ("sten", "斯滕"),
];

/// A made-up name of two or three syllables, in English and Chinese: "Melvikan", "梅维安".
pub fn name(seed: u64) -> (String, String) {
    let count = 2 + (seed % 2) as usize;
    let (mut en, mut zh) = (String::new(), String::new());
    for i in 0..count {
        let (latin, han) = SYLLABLES[((seed >> (8 + 5 * i)) % SYLLABLES.len() as u64) as usize];
        en.push_str(latin);
        zh.push_str(han);
    }
    let mut chars = en.chars();
    let first = chars.next().map(|c| c.to_ascii_uppercase()).unwrap_or('X');
    (std::iter::once(first).chain(chars).collect(), zh)
}

/// Splits running text into sentences, keeping their end marks.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        let after = text[end..].chars().next();
        let ends = match c {
            '。' | '！' | '？' => true,
            '.' | '!' | '?' => after.is_none_or(char::is_whitespace),
            _ => false,
        };
        if ends {
            out.push(text[start..end].trim());
            start = end;
        }
    }
    if !text[start..].trim().is_empty() {
        out.push(text[start..].trim());
    }
    out
}

/// The first half of `a`'s sentences, then the second half of `b`'s.
fn splice(a: &str, b: &str, cjk: bool) -> String {
    let (a, b) = (sentences(a), sentences(b));
    let head = &a[..a.len().div_ceil(2)];
    let tail = &b[b.len() / 2..];
    head.iter()
        .chain(tail)
        .copied()
        .collect::<Vec<_>>()
        .join(if cjk { "" } else { " " })
}

/// Variation `v` (1, 2, …) of `source`, borrowing half its description from `other` (an exhibit of
/// the same category); `seed` picks the title pattern, the donor's name and the year.
pub fn exhibit(source: &Exhibit, other: &Exhibit, v: usize, seed: u64) -> Exhibit {
    let (who, who_zh) = name(seed);
    let year = 1979 + seed % 46;
    let mut ex = source.clone();
    ex.id = format!("{}-{}", source.id, v + 1);
    ex.record = Record::Illustrative;
    ex.donor = None;
    let mut title = Text::default();
    let mut description = Text::default();
    for (lang, t) in &source.title.0 {
        let zh = lang != "en";
        let varied = match (seed >> 40) % 4 {
            0 if zh => format!("{t}（{who_zh}藏品）"),
            0 => format!("{t} ({who} collection)"),
            1 if zh => format!("{who_zh}赠送的{t}"),
            1 => format!("{t}, gift of {who}"),
            2 if zh => format!("来自{who_zh}的{t}"),
            2 => format!("{t} from {who}"),
            _ if zh => format!("{t}（第{}件）", v + 1),
            _ => format!("{t}, no. {}", v + 1),
        };
        title.0.insert(lang.clone(), varied);
        let a = source.description.0.get(lang).map_or("", String::as_str);
        let b = other.description.0.get(lang).or(other.description.0.get("en"));
        let b = b.map_or("", String::as_str);
        let closing = if zh {
            format!("这件展品于{year}年经{who_zh}来到哈尔滨。")
        } else {
            format!("This one came to Harbin through {who} in {year}.")
        };
        let sep = if zh { "" } else { " " };
        description
            .0
            .insert(lang.clone(), format!("{}{sep}{closing}", splice(a, b, zh)));
    }
    ex.title = title;
    ex.description = description;
    ex
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_sentences_in_both_scripts() {
        assert_eq!(
            sentences("One. Two 3.5 three? Four"),
            ["One.", "Two 3.5 three?", "Four"]
        );
        assert_eq!(sentences("一。二！三"), ["一。", "二！", "三"]);
        assert_eq!(splice("A. B. C.", "x. y. z. w.", false), "A. B. z. w.");
    }

    #[test]
    fn names_are_deterministic_and_varied() {
        assert_eq!(name(12345), name(12345));
        let names: std::collections::HashSet<String> = (0..1000).map(|i| name(hash(&[i])).0).collect();
        assert!(names.len() > 700, "{}", names.len());
        let (en, zh) = name(hash(&[7]));
        assert!(en.chars().next().is_some_and(|c| c.is_ascii_uppercase()) && !zh.is_empty());
    }
}
