//! Colours: each room's palette comes from its country's flag.

use super::svg::Value;

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// A colour from `0xRRGGBB`.
    pub const fn hex(v: u32) -> Rgb {
        Rgb((v >> 16) as u8, (v >> 8) as u8, v as u8)
    }

    /// Mixes `percent` % of `other` into this colour (integer maths, so always the same).
    pub fn mix(self, other: Rgb, percent: u32) -> Rgb {
        let p = percent.min(100);
        let m = |a: u8, b: u8| ((u32::from(a) * (100 - p) + u32::from(b) * p + 50) / 100) as u8;
        Rgb(m(self.0, other.0), m(self.1, other.1), m(self.2, other.2))
    }

    /// Lighter by `percent` % (towards white).
    pub fn light(self, percent: u32) -> Rgb {
        self.mix(Rgb::hex(0xffffff), percent)
    }

    /// Darker by `percent` % (towards black).
    pub fn dark(self, percent: u32) -> Rgb {
        self.mix(Rgb::hex(0x000000), percent)
    }
}

impl Value for Rgb {
    fn write_to(&self, out: &mut String) {
        out.push_str(&format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2));
    }
}

/// Warm off-white: the flags' white, and paper.
pub const PAPER: Rgb = Rgb::hex(0xfbf7ee);
/// Gilding for frames.
pub const GOLD: Rgb = Rgb::hex(0xc9a04a);
/// Natural wood.
pub const WOOD: Rgb = Rgb::hex(0xa8703f);
/// Pale stone for plinths.
pub const STONE: Rgb = Rgb::hex(0xe4ddd0);
/// Near-black for screens and ink.
pub const NIGHT: Rgb = Rgb::hex(0x23242b);

/// The colours one drawing uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    /// The wall behind the object.
    pub wall: Rgb,
    /// The floor.
    pub floor: Rgb,
    /// The soft disc behind the object.
    pub halo: Rgb,
    /// The flag's leading colour.
    pub a: Rgb,
    /// The flag's second colour.
    pub b: Rgb,
    /// A third colour from the flag (or a shade of the first).
    pub c: Rgb,
    /// Dark lines and text.
    pub ink: Rgb,
}

/// Flag colours `(a, b, c)` by ISO 3166-1 alpha-2 code; white is [`PAPER`] everywhere.
const FLAGS: [(&str, u32, u32, u32); 24] = [
    ("CN", 0xde2910, 0xffde00, 0x9e1c0c),
    ("JP", 0xbc002d, 0x7d1128, 0xe27a86),
    ("DK", 0xc8102e, 0x86172a, 0xe8747f),
    ("CA", 0xd80621, 0x8f1a22, 0xee7e7e),
    ("RU", 0x0039a6, 0xd52b1e, 0x1b2a5c),
    ("US", 0x3c3b6e, 0xb22234, 0x6f7db0),
    ("RO", 0x002b7f, 0xfcd116, 0xce1126),
    ("KR", 0x0047a0, 0xcd2e3a, 0x2b2b2b),
    ("IL", 0x0038b8, 0x1b2b6b, 0x7f9be0),
    ("ZA", 0x007749, 0xffb81c, 0xde3831),
    ("LV", 0x9e3039, 0x5e1c22, 0xc97a80),
    ("BR", 0x009c3b, 0xffdf00, 0x002776),
    ("AU", 0x012169, 0xe4002b, 0x4a6db5),
    ("NZ", 0x012169, 0xc8102e, 0x4a6db5),
    ("FI", 0x002f6c, 0x1f5ba8, 0x8fb3de),
    ("HU", 0xce2939, 0x477050, 0x2f4f37),
    ("IT", 0x009246, 0xce2b37, 0x006134),
    ("PH", 0x0038a8, 0xce1126, 0xfcd116),
    ("CL", 0x0039a6, 0xd52b1e, 0x1b2a5c),
    ("TH", 0x2d2a4a, 0xa51931, 0x5b588f),
    ("FR", 0x0055a4, 0xef4135, 0x1e3a6e),
    ("AT", 0xc8102e, 0x8a0f22, 0xe9737f),
    ("DE", 0x1a1a1a, 0xdd0000, 0xffce00),
    ("GB", 0x012169, 0xc8102e, 0x4a6db5),
];

/// Museum blue, terracotta and ochre, for a room whose country is not in the table.
const NEUTRAL: (u32, u32, u32) = (0x2f5d7c, 0xb5533c, 0xd9a441);

impl Palette {
    /// The palette for a country code (case-insensitive); unknown codes get a neutral palette.
    pub fn for_country(code: &str) -> Palette {
        let (a, b, c) = FLAGS
            .iter()
            .find(|f| f.0.eq_ignore_ascii_case(code))
            .map_or(NEUTRAL, |f| (f.1, f.2, f.3));
        let (a, b, c) = (Rgb::hex(a), Rgb::hex(b), Rgb::hex(c));
        // A strong dark first colour (Germany's black) would make a grey wall: tint with the second.
        let tint = if a.0 as u32 + a.1 as u32 + a.2 as u32 <= 90 {
            b
        } else {
            a
        };
        let wall = Rgb::hex(0xf1ede4).mix(tint, 9);
        Palette {
            wall,
            floor: wall.mix(Rgb::hex(0x5a5148), 14),
            halo: wall.light(45),
            a,
            b,
            c,
            ink: a.mix(Rgb::hex(0x1c1c22), 78),
        }
    }

    /// The three flag colours.
    pub fn flag(&self) -> [Rgb; 3] {
        [self.a, self.b, self.c]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_country_has_its_own_colours() {
        let jp = Palette::for_country("JP");
        assert_eq!(jp.a, Rgb::hex(0xbc002d));
        assert_eq!(Palette::for_country("jp"), jp);
        assert_eq!(Palette::for_country("XX").a, Rgb::hex(NEUTRAL.0));
        let mut s = String::new();
        jp.a.write_to(&mut s);
        assert_eq!(s, "#bc002d");
    }
}
