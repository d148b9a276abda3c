//! `rooms/{room}.json`: one room's introduction, sources and exhibits.

use serde::{Deserialize, Serialize};

use crate::{FuzzyDate, Text};

/// The whole of one room's file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RoomFile {
    /// The room's id: equal to the file name and to its entry in `museum.json`.
    pub id: String,
    /// The room's introduction (paragraphs).
    pub introduction: Text,
    /// Where the facts in this room come from.
    pub sources: Vec<Source>,
    /// The room's exhibits, in the order a visitor walks past them.
    pub exhibits: Vec<Exhibit>,
}

/// A published source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Publisher and short description.
    pub title: String,
    /// Address of the source.
    pub url: String,
}

/// What kind of object an exhibit is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// Paintings.
    Painting,
    /// Sculptures and carvings.
    Sculpture,
    /// Postage stamps.
    Stamp,
    /// Coins and banknotes.
    Currency,
    /// Musical instruments.
    MusicalInstrument,
    /// Traditional costumes.
    Costume,
    /// Photographs and prints.
    Picture,
    /// Films, touch screens and other media.
    Multimedia,
    /// Crafts.
    Craft,
    /// Anything else.
    Other,
}

impl Category {
    /// Every category, in display order.
    pub const ALL: [Category; 10] = [
        Category::Painting,
        Category::Sculpture,
        Category::Stamp,
        Category::Currency,
        Category::MusicalInstrument,
        Category::Costume,
        Category::Picture,
        Category::Multimedia,
        Category::Craft,
        Category::Other,
    ];

    /// The id used in JSON and URLs.
    pub fn id(self) -> &'static str {
        match self {
            Category::Painting => "painting",
            Category::Sculpture => "sculpture",
            Category::Stamp => "stamp",
            Category::Currency => "currency",
            Category::MusicalInstrument => "musical-instrument",
            Category::Costume => "costume",
            Category::Picture => "picture",
            Category::Multimedia => "multimedia",
            Category::Craft => "craft",
            Category::Other => "other",
        }
    }
}

/// Whether the museum is documented to hold the object.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Record {
    /// A source documents that the museum holds this object.
    Documented,
    /// The record shows the kind of gift the room holds, not a catalogued object.
    Illustrative,
}

/// One exhibit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Exhibit {
    /// Slug, unique across the whole museum: the exhibit's URL.
    pub id: String,
    /// The exhibit's title.
    pub title: Text,
    /// What kind of object it is.
    pub category: Category,
    /// What it is, its tradition, what to notice in it (paragraphs).
    pub description: Text,
    /// Where it comes from.
    pub origin: Text,
    /// Who gave it, only where a source documents it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub donor: Option<Text>,
    /// When it was made or given, where known.
    pub date: FuzzyDate,
    /// Documented or illustrative.
    pub record: Record,
    /// Its picture.
    pub image: Image,
}

/// An exhibit's picture.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Image {
    /// Path under the site root (no leading slash).
    pub src: String,
    /// Intrinsic width in pixels.
    pub width: u32,
    /// Intrinsic height in pixels.
    pub height: u32,
    /// What the picture shows, for people who cannot see it.
    pub alt: Text,
    /// Who made the picture.
    pub credit: Text,
    /// Other sizes of the same picture, for responsive photographs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub srcset: Vec<ImageSource>,
}

/// One size of a responsive picture.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ImageSource {
    /// Path under the site root.
    pub src: String,
    /// Width in pixels.
    pub width: u32,
}

impl Image {
    /// The `srcset` attribute value, empty when there is only one size.
    pub fn srcset_attr(&self, base: &str) -> String {
        self.srcset
            .iter()
            .map(|s| format!("{base}{} {}w", s.src, s.width))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl RoomFile {
    /// The exhibit with this id.
    pub fn exhibit(&self, id: &str) -> Option<&Exhibit> {
        self.exhibits.iter().find(|e| e.id == id)
    }
}
