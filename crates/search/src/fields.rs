//! What is indexed where, and how much each place counts.

use catalog::Category;

/// Where in a document a term occurs. Lower is better: a title match outranks a description match.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Field {
    /// An exhibit's or room's title.
    Title = 0,
    /// Where it belongs: room title, city, country, origin, category.
    Context = 1,
    /// Running text: description, summary, introduction, donor.
    Body = 2,
}

impl Field {
    /// The field stored in the low two bits of a posting.
    pub(crate) fn from_bits(bits: u32) -> Field {
        match bits & 3 {
            0 => Field::Title,
            1 => Field::Context,
            _ => Field::Body,
        }
    }

    /// How much a match in this field counts (see [`crate::MatchKind::weight`]).
    pub(crate) fn weight(self) -> u32 {
        match self {
            Field::Title => 30,
            Field::Context => 20,
            Field::Body => 10,
        }
    }
}

/// How a query term matched a term of the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchKind {
    /// The whole term, as typed (after folding).
    Exact,
    /// The term starts with what was typed (the last word of the query, still being typed).
    Prefix,
    /// A term within one or two edits of what was typed (a typo).
    Fuzzy,
}

impl MatchKind {
    /// How much a match of this kind adds within its field. Field weights are 10 apart and these
    /// are below 10, so the field always decides first: a fuzzy title match outranks an exact
    /// description match.
    pub(crate) fn weight(self) -> u32 {
        match self {
            MatchKind::Exact => 3,
            MatchKind::Prefix => 2,
            MatchKind::Fuzzy => 1,
        }
    }

    /// The kind back from a term score (`field weight + kind weight`).
    pub(crate) fn from_score(score: u32) -> MatchKind {
        match score % 10 {
            3 => MatchKind::Exact,
            2 => MatchKind::Prefix,
            _ => MatchKind::Fuzzy,
        }
    }
}

/// Words that find a category, in English and Chinese: its name, plural and a few plain synonyms.
pub(crate) fn category_words(category: Category) -> &'static [&'static str] {
    match category {
        Category::Painting => &["painting", "paintings", "绘画", "画"],
        Category::Sculpture => &["sculpture", "sculptures", "carving", "雕塑", "雕刻"],
        Category::Stamp => &["stamp", "stamps", "邮票"],
        Category::Currency => &["currency", "coins", "banknotes", "money", "货币", "钱币"],
        Category::MusicalInstrument => &["musical", "instrument", "instruments", "乐器"],
        Category::Costume => &["costume", "costumes", "dress", "服饰", "服装"],
        Category::Picture => &["picture", "pictures", "photograph", "print", "图片", "照片"],
        Category::Multimedia => &["multimedia", "film", "多媒体"],
        Category::Craft => &["craft", "crafts", "handicraft", "工艺品", "手工艺"],
        Category::Other => &["other", "其他"],
    }
}

/// The category with this id (`painting`, `musical-instrument` …), e.g. from a `?category=` URL
/// parameter.
pub fn category_from_id(id: &str) -> Option<Category> {
    Category::ALL.into_iter().find(|c| c.id() == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_outranks_kind() {
        let score = |f: Field, k: MatchKind| f.weight() + k.weight();
        assert!(score(Field::Title, MatchKind::Fuzzy) > score(Field::Context, MatchKind::Exact));
        assert!(score(Field::Context, MatchKind::Fuzzy) > score(Field::Body, MatchKind::Exact));
        for f in [Field::Title, Field::Context, Field::Body] {
            for k in [MatchKind::Exact, MatchKind::Prefix, MatchKind::Fuzzy] {
                assert_eq!(MatchKind::from_score(score(f, k)), k);
                assert_eq!(Field::from_bits(f as u32), f);
            }
        }
    }

    #[test]
    fn reads_category_ids() {
        assert_eq!(
            category_from_id("musical-instrument"),
            Some(Category::MusicalInstrument)
        );
        assert_eq!(category_from_id("nonsense"), None);
        for c in Category::ALL {
            assert!(!category_words(c).is_empty());
        }
    }
}
