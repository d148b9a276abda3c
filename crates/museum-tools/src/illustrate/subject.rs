//! What one illustration shows: the exhibit's id, title and category, and its room's country.

use catalog::Category;

use super::hash::Rng;
use super::palette::Palette;

/// Everything a drawing may use about its exhibit.
#[derive(Clone, Debug)]
pub struct Subject {
    /// The exhibit id (seeds the variety).
    pub id: String,
    /// The English title (for `<title>` and keywords).
    pub title: String,
    /// What kind of object to draw.
    pub category: Category,
    /// The English country name, e.g. "Japan" (empty when unknown).
    pub country: String,
    /// The English city name, e.g. "Niigata" (empty when unknown).
    pub city: String,
    /// Colours from the country's flag.
    pub palette: Palette,
    words: Vec<String>,
}

impl Subject {
    /// A subject; `country_code` picks the palette.
    pub fn new(
        id: &str,
        title: &str,
        category: Category,
        country: &str,
        city: &str,
        country_code: &str,
    ) -> Subject {
        let words = title
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        Subject {
            id: id.into(),
            title: title.into(),
            category,
            country: country.into(),
            city: city.into(),
            palette: Palette::for_country(country_code),
            words,
        }
    }

    /// Whether a word of the title starts with one of `keys` (lower case), e.g. `["drum"]` matches
    /// "Drums".
    pub fn has(&self, keys: &[&str]) -> bool {
        self.words.iter().any(|w| keys.iter().any(|k| w.starts_with(k)))
    }

    /// A fresh generator for this exhibit; `salt` keeps separate choices independent.
    pub fn rng(&self, salt: &str) -> Rng {
        Rng::new(&format!("{}/{salt}", self.id))
    }

    /// The first of `rules` whose keywords the title has, else one of `fallback` by hash.
    pub fn choose<T: Copy>(&self, rules: &[(&[&str], T)], fallback: &[T]) -> T {
        rules
            .iter()
            .find(|(keys, _)| self.has(keys))
            .map(|&(_, kind)| kind)
            .unwrap_or_else(|| self.rng("kind").pick(fallback))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_match_word_starts() {
        let s = Subject::new("x", "Taiko Drums & Flute", Category::Other, "", "", "JP");
        assert!(s.has(&["drum"]));
        assert!(s.has(&["zither", "flute"]));
        assert!(!s.has(&["aiko"]));
        assert_eq!(s.choose(&[(&["horn"], 1), (&["drum"], 2)], &[3]), 2);
        assert_eq!(s.choose(&[(&["horn"], 1)], &[3]), 3);
    }
}
