//! Continents, for colouring and filtering the world map.

use crate::{City, Lang};

/// A continent, as a school atlas names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Continent {
    /// Asia, including Russia east of the Urals and the Middle East.
    Asia,
    /// Europe, including Russia west of the Urals.
    Europe,
    /// North America.
    NorthAmerica,
    /// South America.
    SouthAmerica,
    /// Africa.
    Africa,
    /// Australia, New Zealand and the Pacific.
    Oceania,
}

/// The Ural mountains, roughly: Russian cities east of this longitude are in Asia.
const URALS_LON: f64 = 60.0;

impl Continent {
    /// Every continent, in the order the map legend lists them.
    pub const ALL: [Continent; 6] = [
        Continent::Asia,
        Continent::Europe,
        Continent::NorthAmerica,
        Continent::SouthAmerica,
        Continent::Africa,
        Continent::Oceania,
    ];

    /// The continent a city lies on, from its country (and, for Russia and Turkey, its longitude).
    /// `None` for a country code this table does not know.
    pub fn of(city: &City) -> Option<Continent> {
        use Continent::*;
        let code = city.country_code.to_ascii_uppercase();
        Some(match code.as_str() {
            "RU" | "KZ" | "TR" if city.lon >= URALS_LON || code == "KZ" => Asia,
            "TR" if city.lon >= 29.0 => Asia,
            "RU" | "TR" => Europe,
            "CN" | "JP" | "KR" | "KP" | "MN" | "TW" | "HK" | "MO" | "IL" | "PH" | "TH" | "VN" | "LA"
            | "KH" | "MY" | "SG" | "ID" | "IN" | "PK" | "BD" | "LK" | "NP" | "MM" | "IR" | "IQ" | "SA"
            | "AE" | "JO" | "LB" | "SY" | "UZ" | "KG" | "TJ" | "TM" | "AF" | "GE" | "AM" | "AZ" => Asia,
            "DK" | "RO" | "LV" | "LT" | "EE" | "FI" | "HU" | "IT" | "FR" | "AT" | "DE" | "GB" | "IE"
            | "NL" | "BE" | "LU" | "CH" | "ES" | "PT" | "PL" | "CZ" | "SK" | "SI" | "HR" | "RS" | "BG"
            | "GR" | "UA" | "BY" | "MD" | "NO" | "SE" | "IS" | "BA" | "ME" | "MK" | "AL" | "MT" | "CY" => {
                Europe
            }
            "CA" | "US" | "MX" | "CU" | "GT" | "PA" | "CR" | "JM" => NorthAmerica,
            "BR" | "CL" | "AR" | "PE" | "CO" | "VE" | "EC" | "BO" | "UY" | "PY" => SouthAmerica,
            "ZA" | "EG" | "NG" | "KE" | "ET" | "MA" | "DZ" | "TN" | "GH" | "TZ" | "ZW" | "ZM" => Africa,
            "AU" | "NZ" | "FJ" | "PG" => Oceania,
            _ => return None,
        })
    }

    /// The id used in URLs (`?continent=north-america`).
    pub fn id(self) -> &'static str {
        match self {
            Continent::Asia => "asia",
            Continent::Europe => "europe",
            Continent::NorthAmerica => "north-america",
            Continent::SouthAmerica => "south-america",
            Continent::Africa => "africa",
            Continent::Oceania => "oceania",
        }
    }

    /// The continent with this URL id.
    pub fn from_id(id: &str) -> Option<Continent> {
        Continent::ALL.into_iter().find(|c| c.id() == id)
    }

    /// The continent's name in `lang`.
    pub fn name(self, lang: Lang) -> &'static str {
        const NAMES: [[&str; 5]; 6] = [
            ["Asia", "亚洲", "アジア", "아시아", "Азия"],
            ["Europe", "欧洲", "ヨーロッパ", "유럽", "Европа"],
            [
                "North America",
                "北美洲",
                "北アメリカ",
                "북아메리카",
                "Северная Америка",
            ],
            [
                "South America",
                "南美洲",
                "南アメリカ",
                "남아메리카",
                "Южная Америка",
            ],
            ["Africa", "非洲", "アフリカ", "아프리카", "Африка"],
            ["Oceania", "大洋洲", "オセアニア", "오세아니아", "Океания"],
        ];
        let column = match lang {
            Lang::En => 0,
            Lang::Zh => 1,
            Lang::Ja => 2,
            Lang::Ko => 3,
            Lang::Ru => 4,
        };
        NAMES[self as usize][column]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Text;

    fn city(code: &str, lon: f64) -> City {
        City {
            name: Text::default(),
            local_name: String::new(),
            country: Text::default(),
            country_code: code.into(),
            lat: 50.0,
            lon,
            signed: None,
        }
    }

    #[test]
    fn russia_splits_at_the_urals() {
        assert_eq!(Continent::of(&city("RU", 39.0)), Some(Continent::Europe)); // Krasnodar
        assert_eq!(Continent::of(&city("RU", 60.6)), Some(Continent::Asia)); // Yekaterinburg
        assert_eq!(Continent::of(&city("RU", 135.1)), Some(Continent::Asia)); // Khabarovsk
    }

    #[test]
    fn countries_map_to_continents_and_ids_round_trip() {
        assert_eq!(Continent::of(&city("br", -38.5)), Some(Continent::SouthAmerica));
        assert_eq!(Continent::of(&city("NZ", 174.0)), Some(Continent::Oceania));
        assert_eq!(Continent::of(&city("IL", 34.8)), Some(Continent::Asia));
        assert_eq!(Continent::of(&city("XX", 0.0)), None);
        for c in Continent::ALL {
            assert_eq!(Continent::from_id(c.id()), Some(c));
        }
    }
}
