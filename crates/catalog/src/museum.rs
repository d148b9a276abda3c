//! `museum.json`: the museum, the tour order and every room's summary. It loads first.

use serde::{Deserialize, Serialize};

use crate::{FuzzyDate, Lang, Text};

/// The whole of `museum.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MuseumFile {
    /// The museum itself.
    pub museum: Museum,
    /// The tour order: every room's id, exactly once.
    pub tour: Vec<String>,
    /// Every room, with what the entrance, the plan and the doors need.
    pub rooms: Vec<RoomSummary>,
}

/// The museum: its names, a welcome, the visit information and its history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Museum {
    /// The museum's name.
    pub name: Text,
    /// A short welcome for the entrance.
    pub welcome: Text,
    /// The museum's history and this tour's story (paragraphs).
    pub about: Text,
    /// How to visit the real museum.
    pub visit: Visit,
    /// Key numbers.
    pub facts: Facts,
}

/// Visit information for the building in Harbin.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Visit {
    /// Street address.
    pub address: Text,
    /// Opening time, `HH:MM` local time.
    pub opens: String,
    /// Closing time, `HH:MM` local time.
    pub closes: String,
    /// IANA time zone of the opening hours, e.g. `Asia/Shanghai`.
    pub time_zone: String,
    /// The price of entry.
    pub admission: Text,
    /// When this information was last checked (`YYYY-MM-DD`).
    pub checked: String,
    /// Anything else a visitor should know (e.g. to check before travelling).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// Key numbers about the real museum.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Facts {
    /// When the museum opened.
    pub opened: FuzzyDate,
    /// Exhibition rooms in the building.
    pub rooms: u32,
    /// Exhibits in the real catalogue.
    pub exhibits: u32,
    /// Exhibition area in square metres.
    pub area_m2: u32,
}

/// What kind of room it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum RoomKind {
    /// A room for one of Harbin's sister cities.
    SisterCity,
    /// The showroom for Harbin itself.
    Harbin,
}

/// A room as listed in `museum.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RoomSummary {
    /// Lowercase ASCII slug, unique: the room's URL.
    pub id: String,
    /// The room's title.
    pub title: Text,
    /// One line about the room.
    pub summary: Text,
    /// Sister city or Harbin.
    pub kind: RoomKind,
    /// Facts about the city the room is for.
    pub city: City,
    /// Ids of the neighbouring rooms (two-way).
    pub doors: Vec<String>,
    /// The room's place on the schematic floor plan.
    pub plan: Plan,
    /// How many exhibits the room's file holds (checked by the validator).
    pub exhibits: u32,
}

/// Facts about a city.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct City {
    /// The city's name.
    pub name: Text,
    /// The name in the local script, as written there.
    pub local_name: String,
    /// The country's name.
    pub country: Text,
    /// ISO 3166-1 alpha-2 code, upper case.
    pub country_code: String,
    /// Latitude in degrees (north positive).
    pub lat: f64,
    /// Longitude in degrees (east positive).
    pub lon: f64,
    /// When ties with Harbin were signed (absent for Harbin itself).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed: Option<FuzzyDate>,
}

/// A room's rectangle on the floor plan (plan units; a floor is 100 × 60).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// Floor, counted from 1.
    pub floor: u8,
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
}

impl MuseumFile {
    /// The room with this id.
    pub fn room(&self, id: &str) -> Option<&RoomSummary> {
        self.rooms.iter().find(|r| r.id == id)
    }

    /// The rooms before and after `id` in tour order.
    pub fn tour_neighbours(&self, id: &str) -> (Option<&RoomSummary>, Option<&RoomSummary>) {
        let Some(i) = self.tour.iter().position(|r| r == id) else {
            return (None, None);
        };
        let at = |j: usize| self.tour.get(j).and_then(|r| self.room(r));
        (i.checked_sub(1).and_then(at), at(i + 1))
    }

    /// The rooms in tour order.
    pub fn rooms_in_tour_order(&self) -> impl Iterator<Item = &RoomSummary> {
        self.tour.iter().filter_map(|id| self.room(id))
    }
}

impl Facts {
    /// The museum in one line, and how much of it this tour shows (`shown` highlights), e.g.
    /// "The museum: 28 rooms · 1,048 exhibits · 1,800 m². This tour presents 252 highlights."
    /// Chinese has its own wording; every other language reads it in English.
    pub fn line(&self, lang: Lang, shown: u32) -> String {
        let (rooms, exhibits, area) = (self.rooms, self.exhibits, self.area_m2);
        if lang == Lang::Zh {
            return format!("实体博物馆：{rooms} 个展厅 · {exhibits} 件展品 · {area} 平方米。本导览展出其中 {shown} 件精选展品。");
        }
        let thousands = |n: u32| {
            let s = n.to_string();
            if n >= 1000 {
                format!("{},{}", &s[..s.len() - 3], &s[s.len() - 3..])
            } else {
                s
            }
        };
        format!(
            "The museum: {rooms} rooms · {} exhibits · {} m². This tour presents {shown} highlights.",
            thousands(exhibits),
            thousands(area)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DatePrecision;

    #[test]
    fn the_facts_line_groups_thousands_in_english_and_has_its_own_chinese() {
        let facts = Facts {
            opened: FuzzyDate {
                precision: DatePrecision::Year,
                value: Some("2009".into()),
                note: None,
            },
            rooms: 28,
            exhibits: 1048,
            area_m2: 1800,
        };
        assert_eq!(
            facts.line(Lang::En, 252),
            "The museum: 28 rooms · 1,048 exhibits · 1,800 m². This tour presents 252 highlights."
        );
        assert_eq!(facts.line(Lang::Ja, 252), facts.line(Lang::En, 252));
        assert!(facts.line(Lang::Zh, 252).contains("1048 件展品"));
    }
}
