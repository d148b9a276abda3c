//! A search as the URL holds it: `/search?q=…&category=…&country=…&room=…`.

use catalog::{Category, Lang};
use leptos_router::params::ParamsMap;

use crate::lang::{encode, href};

/// The query and the chosen facets.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchQuery {
    /// What the visitor typed.
    pub q: String,
    /// Category id, e.g. `musical-instrument`.
    pub category: Option<String>,
    /// ISO country code, e.g. `JP`.
    pub country: Option<String>,
    /// Room id, e.g. `niigata`.
    pub room: Option<String>,
}

/// Which facet a chip sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facet {
    /// By category.
    Category,
    /// By country.
    Country,
    /// By room.
    Room,
}

impl SearchQuery {
    /// Reads the search from the page's query parameters (empty values count as unset).
    pub fn from_params(params: &ParamsMap) -> SearchQuery {
        let get = |k: &str| params.get(k).filter(|v| !v.is_empty());
        SearchQuery {
            q: params.get("q").unwrap_or_default(),
            category: get("category"),
            country: get("country"),
            room: get("room"),
        }
    }

    /// The chosen value of a facet.
    pub fn facet(&self, facet: Facet) -> Option<&str> {
        match facet {
            Facet::Category => self.category.as_deref(),
            Facet::Country => self.country.as_deref(),
            Facet::Room => self.room.as_deref(),
        }
    }

    /// Whether any facet is chosen.
    pub fn is_filtered(&self) -> bool {
        self.category.is_some() || self.country.is_some() || self.room.is_some()
    }

    /// The address of this search with one facet changed (`None` clears it), in `lang`.
    pub fn href_with(&self, facet: Facet, value: Option<&str>, lang: Lang) -> String {
        let mut q = self.clone();
        let slot = match facet {
            Facet::Category => &mut q.category,
            Facet::Country => &mut q.country,
            Facet::Room => &mut q.room,
        };
        *slot = value.map(str::to_string);
        href(&q.path(), lang)
    }

    /// `/search?q=…` with the facets that are set.
    pub fn path(&self) -> String {
        let mut parts = vec![format!("q={}", encode(&self.q))];
        for (k, v) in [
            ("category", &self.category),
            ("country", &self.country),
            ("room", &self.room),
        ] {
            parts.extend(v.as_ref().map(|v| format!("{k}={}", encode(v))));
        }
        format!("/search?{}", parts.join("&"))
    }
}

/// A category's URL id (`musical-instrument`), as in the content files.
pub fn category_id(category: Category) -> String {
    serde_json::to_value(category)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_search_round_trips_through_its_address() {
        let q = SearchQuery {
            q: "taiko drum & 邮票".into(),
            country: Some("JP".into()),
            ..Default::default()
        };
        assert_eq!(
            q.path(),
            "/search?q=taiko%20drum%20%26%20%E9%82%AE%E7%A5%A8&country=JP"
        );
        assert_eq!(
            q.href_with(Facet::Room, Some("niigata"), Lang::Zh),
            "/search?q=taiko%20drum%20%26%20%E9%82%AE%E7%A5%A8&country=JP&room=niigata&lang=zh"
        );
        let cleared = q.href_with(Facet::Country, None, Lang::En);
        assert_eq!(cleared, "/search?q=taiko%20drum%20%26%20%E9%82%AE%E7%A5%A8");
        assert!(q.is_filtered());
        assert_eq!(category_id(Category::MusicalInstrument), "musical-instrument");
    }
}
