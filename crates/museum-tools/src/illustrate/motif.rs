//! Emblems for stamps, coins, banknotes, plates and tins: which one a title asks for, drawn by
//! [`super::emblems`].

use super::emblems::{self, Square};
use super::palette::Rgb;
use super::subject::Subject;
use super::svg::Svg;

/// An emblem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Motif {
    /// A sun rising over two hills.
    Sun,
    /// A six-petalled flower.
    Flower,
    /// Two gulls in flight.
    Bird,
    /// A domed tower.
    Building,
    /// A snow crystal (ice and winter).
    Snow,
    /// A five-pointed star.
    Star,
    /// A sailing boat on waves.
    Ship,
}

impl Motif {
    /// The motif for a title's keywords, else one by hash.
    pub fn choose(sub: &Subject) -> Motif {
        sub.choose(
            &[
                (
                    &[
                        "flower",
                        "wildflower",
                        "blossom",
                        "rose",
                        "tulip",
                        "sakura",
                        "lotus",
                        "orchid",
                        "lily",
                        "spring",
                    ],
                    Motif::Flower,
                ),
                (
                    &[
                        "bird", "crane", "eagle", "owl", "dove", "swan", "gull", "kiwi", "penguin",
                        "wildlife", "magpie",
                    ],
                    Motif::Bird,
                ),
                (
                    &[
                        "build",
                        "church",
                        "cathedral",
                        "tower",
                        "castle",
                        "temple",
                        "palace",
                        "city",
                        "architect",
                    ],
                    Motif::Building,
                ),
                (
                    &["snow", "ice", "winter", "frost", "arctic", "antarctic"],
                    Motif::Snow,
                ),
                (
                    &[
                        "ship", "boat", "sail", "harbour", "harbor", "port", "sea", "river",
                    ],
                    Motif::Ship,
                ),
                (
                    &[
                        "star",
                        "christmas",
                        "anniversary",
                        "friend",
                        "olymp",
                        "forever",
                        "charity",
                    ],
                    Motif::Star,
                ),
                (&["sun", "landscape", "mountain", "hill", "nature"], Motif::Sun),
            ],
            &[
                Motif::Sun,
                Motif::Flower,
                Motif::Bird,
                Motif::Building,
                Motif::Star,
                Motif::Ship,
                Motif::Snow,
            ],
        )
    }

    /// Draws the motif inside the square of half-size `r` around `(cx, cy)`.
    pub fn draw(self, s: &mut Svg, cx: f32, cy: f32, r: f32, fg: Rgb, accent: Rgb) {
        let at = Square { cx, cy, r };
        match self {
            Motif::Sun => emblems::sun(s, at, fg, accent),
            Motif::Flower => emblems::flower(s, at, fg, accent),
            Motif::Bird => emblems::birds(s, at, fg, accent),
            Motif::Building => emblems::building(s, at, fg, accent),
            Motif::Snow => emblems::snow(s, at, fg, accent),
            Motif::Star => emblems::star(s, at, fg, accent),
            Motif::Ship => emblems::ship(s, at, fg, accent),
        }
    }
}
