//! Geometry of the schematic floor plan, and how a city's position reads: shared by the app's
//! floor plan and the pre-rendered pages, so both draw the same thing.

use crate::{City, Plan};

/// Plan units across a floor (see the content format).
pub const PLAN_WIDTH: f32 = 100.0;
/// Plan units down a floor.
pub const PLAN_HEIGHT: f32 = 60.0;

/// A door drawn on the plan: the middle of the wall two rooms share.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DoorMark {
    /// Centre, across.
    pub x: f32,
    /// Centre, down.
    pub y: f32,
    /// Whether the wall runs across (the door is wider than tall).
    pub horizontal: bool,
}

impl Plan {
    /// Where this room's rectangle meets `other`'s: the middle of their shared wall, if they are
    /// on one floor and touch along more than a unit.
    pub fn door_to(&self, other: &Plan) -> Option<DoorMark> {
        const GAP: f32 = 1.5;
        let (a, b) = (self, other);
        if a.floor != b.floor {
            return None;
        }
        let overlap = |a0: f32, a1: f32, b0: f32, b1: f32| (a0.max(b0), a1.min(b1));
        let (x0, x1) = overlap(a.x, a.x + a.w, b.x, b.x + b.w);
        let (y0, y1) = overlap(a.y, a.y + a.h, b.y, b.y + b.h);
        let meet = |a0: f32, a1: f32, b0: f32, b1: f32| {
            if a0 < b0 {
                (a1 + b0) / 2.0
            } else {
                (b1 + a0) / 2.0
            }
        };
        if x1 - x0 > 1.0 && ((a.y + a.h - b.y).abs() < GAP || (b.y + b.h - a.y).abs() < GAP) {
            let y = meet(a.y, a.y + a.h, b.y, b.y + b.h);
            return Some(DoorMark {
                x: (x0 + x1) / 2.0,
                y,
                horizontal: true,
            });
        }
        if y1 - y0 > 1.0 && ((a.x + a.w - b.x).abs() < GAP || (b.x + b.w - a.x).abs() < GAP) {
            let x = meet(a.x, a.x + a.w, b.x, b.x + b.w);
            return Some(DoorMark {
                x,
                y: (y0 + y1) / 2.0,
                horizontal: false,
            });
        }
        None
    }

    /// The CSS that places this room over its floor: `left`, `top`, `width` and `height` in %.
    pub fn css_box(&self) -> String {
        let pct = |v: f32, of: f32| format!("{:.3}%", v / of * 100.0);
        format!(
            "left:{};top:{};width:{};height:{}",
            pct(self.x, PLAN_WIDTH),
            pct(self.y, PLAN_HEIGHT),
            pct(self.w, PLAN_WIDTH),
            pct(self.h, PLAN_HEIGHT)
        )
    }
}

impl City {
    /// The position as a visitor reads it, e.g. "37.92° N, 139.04° E".
    pub fn coords(&self) -> String {
        let ns = if self.lat >= 0.0 { "N" } else { "S" };
        let ew = if self.lon >= 0.0 { "E" } else { "W" };
        format!("{:.2}° {ns}, {:.2}° {ew}", self.lat.abs(), self.lon.abs())
    }

    /// The country's flag for lists, 80 × 60 pixels (shown at 40 × 30), drawn by `museum-tools flags`.
    pub fn flag_src(&self) -> String {
        format!("/images/flags/{}.webp", self.country_code.to_lowercase())
    }

    /// The country's flag for its room and for search results, 192 × 144 pixels (shown at 96 × 72).
    pub fn flag_large_src(&self) -> String {
        format!("/images/flags/{}-large.webp", self.country_code.to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn room(x: f32, y: f32, w: f32, h: f32) -> Plan {
        Plan { floor: 1, x, y, w, h }
    }

    #[test]
    fn flags_are_raster_images_by_country_code() {
        let city: City = serde_json::from_str(
            r#"{"name":{"en":"X"},"local_name":"","country":{"en":"Y"},"country_code":"DK","lat":1,"lon":2}"#,
        )
        .unwrap();
        assert_eq!(city.flag_src(), "/images/flags/dk.webp");
        assert_eq!(city.flag_large_src(), "/images/flags/dk-large.webp");
    }

    #[test]
    fn rooms_side_by_side_share_a_door_in_the_middle_of_their_wall() {
        let d = room(0.0, 0.0, 10.0, 20.0).door_to(&room(10.0, 5.0, 10.0, 20.0));
        assert_eq!(
            d,
            Some(DoorMark {
                x: 10.0,
                y: 12.5,
                horizontal: false
            })
        );
    }

    #[test]
    fn rooms_one_above_the_other_share_a_door_across() {
        let d = room(0.0, 20.5, 10.0, 10.0).door_to(&room(4.0, 0.0, 10.0, 20.0));
        assert_eq!(
            d,
            Some(DoorMark {
                x: 7.0,
                y: 20.25,
                horizontal: true
            })
        );
    }

    #[test]
    fn rooms_apart_or_on_other_floors_have_no_door() {
        assert_eq!(
            room(0.0, 0.0, 10.0, 10.0).door_to(&room(30.0, 0.0, 10.0, 10.0)),
            None
        );
        let upstairs = Plan {
            floor: 2,
            ..room(10.0, 0.0, 10.0, 10.0)
        };
        assert_eq!(room(0.0, 0.0, 10.0, 10.0).door_to(&upstairs), None);
    }

    #[test]
    fn a_room_is_placed_in_percent_of_its_floor() {
        assert_eq!(
            room(25.0, 30.0, 10.0, 6.0).css_box(),
            "left:25.000%;top:50.000%;width:10.000%;height:10.000%"
        );
    }

    #[test]
    fn coordinates_read_with_hemispheres() {
        let mut city: City = serde_json::from_str(
            r#"{"name":{"en":"X"},"local_name":"","country":{"en":"Y"},"country_code":"XY","lat":-33.868,"lon":-151.2093}"#,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(city.coords(), "33.87° S, 151.21° W");
        city.lat = 45.75;
        city.lon = 126.65;
        assert_eq!(city.coords(), "45.75° N, 126.65° E");
    }
}
