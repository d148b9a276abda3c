//! Dates that carry their precision, since many of the real dates are uncertain.

use serde::{Deserialize, Serialize};

use crate::{Lang, Text};

/// How much of a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum DatePrecision {
    /// A day: `value` is `YYYY-MM-DD`.
    Day,
    /// A month: `value` is `YYYY-MM`.
    Month,
    /// A year: `value` is `YYYY`.
    Year,
    /// About a year: `value` is `YYYY`, shown as "c. YYYY".
    Approximate,
    /// Not recorded: no `value`.
    Unknown,
}

/// A date with its precision and an optional note on where it comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FuzzyDate {
    /// How much of the date is known.
    pub precision: DatePrecision,
    /// The date itself, as much as is known (see `precision`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Where the date comes from, or why it is uncertain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_RU: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

impl FuzzyDate {
    /// A date of which nothing is recorded.
    pub fn unknown() -> FuzzyDate {
        FuzzyDate {
            precision: DatePrecision::Unknown,
            value: None,
            note: None,
        }
    }

    /// The year, when one is known.
    pub fn year(&self) -> Option<i32> {
        self.parts().map(|(y, _, _)| y)
    }

    /// Checks that `value` matches `precision`; returns the reason when it does not.
    pub fn check(&self) -> Result<(), String> {
        let want = match self.precision {
            DatePrecision::Unknown if self.value.is_some() => {
                return Err("an unknown date has no value".into())
            }
            DatePrecision::Unknown => return Ok(()),
            DatePrecision::Day => 3,
            DatePrecision::Month => 2,
            DatePrecision::Year | DatePrecision::Approximate => 1,
        };
        let value = self.value.as_deref().unwrap_or("");
        let ok = value.split('-').count() == want
            && self.parts().is_some_and(|(y, m, d)| {
                (1000..=2100).contains(&y)
                    && m.is_none_or(|m| (1..=12).contains(&m))
                    && d.is_none_or(|d| (1..=31).contains(&d))
            });
        if ok {
            Ok(())
        } else {
            Err(format!(
                "value {value:?} does not match precision {:?}",
                self.precision
            ))
        }
    }

    fn parts(&self) -> Option<(i32, Option<u32>, Option<u32>)> {
        let mut it = self.value.as_deref()?.split('-');
        let y = it.next()?.parse().ok()?;
        let m = it.next().map(str::parse).transpose().ok()?;
        let d = it.next().map(str::parse).transpose().ok()?;
        Some((y, m, d))
    }

    /// Just the year, marked when approximate: "1979", "c. 2005" / "约2005年", or "?" when unknown.
    pub fn year_display(&self, lang: Lang) -> String {
        let approx = self.precision == DatePrecision::Approximate;
        match (self.year().filter(|_| self.check().is_ok()), lang) {
            (None, _) => "?".into(),
            (Some(y), Lang::Zh) if approx => format!("约{y}年"),
            (Some(y), Lang::Ja) if approx => format!("約{y}年"),
            (Some(y), Lang::Zh | Lang::Ja) => format!("{y}年"),
            (Some(y), Lang::Ko) if approx => format!("{y}년경"),
            (Some(y), Lang::Ko) => format!("{y}년"),
            (Some(y), Lang::Ru) if approx => format!("ок. {y}"),
            (Some(y), _) if approx => format!("c. {y}"),
            (Some(y), _) => y.to_string(),
        }
    }

    /// The date as a visitor reads it, e.g. "17 December 1979", "c. 2005", "date not recorded".
    pub fn display(&self, lang: Lang) -> String {
        let Some((y, m, d)) = self.parts().filter(|_| self.check().is_ok()) else {
            return match lang {
                Lang::Zh => "日期未记录".into(),
                Lang::Ja => "日付の記録なし".into(),
                Lang::Ko => "날짜 기록 없음".into(),
                Lang::Ru => "дата не записана".into(),
                Lang::En => "date not recorded".into(),
            };
        };
        let approx = self.precision == DatePrecision::Approximate;
        match lang {
            Lang::Zh | Lang::Ja | Lang::Ko => {
                let (yl, ml, dl, about) = match lang {
                    Lang::Ko => ("년", "월", "일", "경"),
                    Lang::Ja => ("年", "月", "日", "頃"),
                    _ => ("年", "月", "日", "约"),
                };
                let mut s = format!("{y}{yl}");
                if let Some(m) = m {
                    s += &format!(" {m}{ml}");
                }
                if let Some(d) = d {
                    s += &format!(" {d}{dl}");
                }
                if lang != Lang::Ko {
                    s.retain(|c| c != ' ');
                }
                match (approx, lang) {
                    (false, _) => s,
                    (true, Lang::Zh) => format!("{about}{s}"),
                    (true, _) => format!("{s}{about}"),
                }
            }
            Lang::En | Lang::Ru => {
                let months = if lang == Lang::Ru { &MONTHS_RU } else { &MONTHS_EN };
                let month = |m: u32| months[(m - 1) as usize];
                match (d, m) {
                    (Some(d), Some(m)) => format!("{d} {} {y}", month(m)),
                    (None, Some(m)) if lang == Lang::En => format!("{} {y}", month(m)),
                    (None, Some(m)) => format!("{} {y}", month(m)),
                    _ if approx && lang == Lang::Ru => format!("ок. {y}"),
                    _ if approx => format!("c. {y}"),
                    _ => y.to_string(),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn year_display_marks_approximate_and_unknown() {
        let d = |p: &str, v: Option<&str>| FuzzyDate {
            precision: serde_json::from_str(&format!("\"{p}\"")).unwrap(),
            value: v.map(Into::into),
            note: None,
        };
        assert_eq!(d("day", Some("1979-12-17")).year_display(Lang::En), "1979");
        assert_eq!(d("approximate", Some("2005")).year_display(Lang::En), "c. 2005");
        assert_eq!(d("approximate", Some("2005")).year_display(Lang::Zh), "约2005年");
        assert_eq!(d("unknown", None).year_display(Lang::Zh), "?");
    }

    use super::*;

    fn date(precision: DatePrecision, value: Option<&str>) -> FuzzyDate {
        FuzzyDate {
            precision,
            value: value.map(str::to_string),
            note: None,
        }
    }

    #[test]
    fn shows_each_precision_honestly() {
        use DatePrecision::*;
        assert_eq!(
            date(Day, Some("1979-12-17")).display(Lang::En),
            "17 December 1979"
        );
        assert_eq!(date(Day, Some("1979-12-17")).display(Lang::Zh), "1979年12月17日");
        assert_eq!(date(Month, Some("2009-01")).display(Lang::En), "January 2009");
        assert_eq!(date(Year, Some("1991")).display(Lang::En), "1991");
        assert_eq!(date(Approximate, Some("2005")).display(Lang::En), "c. 2005");
        assert_eq!(date(Approximate, Some("2005")).display(Lang::Zh), "约2005年");
        assert_eq!(date(Unknown, None).display(Lang::En), "date not recorded");
        assert_eq!(date(Unknown, None).display(Lang::Zh), "日期未记录");
    }

    #[test]
    fn rejects_values_that_do_not_match_the_precision() {
        use DatePrecision::*;
        assert!(date(Day, Some("1979")).check().is_err());
        assert!(date(Year, Some("1979-12")).check().is_err());
        assert!(date(Month, Some("2009-13")).check().is_err());
        assert!(date(Unknown, Some("2009")).check().is_err());
        assert!(date(Year, None).check().is_err());
        assert!(date(Day, Some("1979-12-17")).check().is_ok());
        assert_eq!(date(Day, Some("nonsense")).display(Lang::En), "date not recorded");
    }
}
