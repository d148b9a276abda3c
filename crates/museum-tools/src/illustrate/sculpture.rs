//! A sculpture or carving on a plinth: a figure, a pair, a bust, an animal, a monument model or an
//! abstract form, in a material read from the title (bronze, wood, stone, porcelain, glass…).

use super::palette::{Rgb, GOLD};
use super::scene::{self, CX};
use super::subject::Subject;
use super::svg::Svg;
use super::{abstracts, beasts, creatures, figures, monuments};

/// The top of the plinth, where the sculpture stands.
pub const TOP: f32 = 360.0;

/// What the sculpture shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// A standing figure (a miner gets a helmet and lamp).
    Figure,
    /// Two figures side by side.
    Pair,
    /// Head and shoulders.
    Bust,
    /// A heavy four-legged animal (bear, tiger, elephant…).
    Beast,
    /// A long-legged, long-necked animal (horse, deer…).
    Steed,
    /// A lizard.
    Lizard,
    /// A standing bird.
    Bird,
    /// A leaping fish.
    Fish,
    /// A column or tower with a figure on top.
    Column,
    /// Brâncuși's Endless Column: stacked rhomboids.
    Endless,
    /// A seven-branched candlestick.
    Menorah,
    /// A spoon carrying a cherry.
    Spoon,
    /// A ring on a block.
    Ring,
    /// Balanced pebbles.
    Pebbles,
    /// A twisting ribbon.
    Ribbon,
    /// An arch or gate.
    Arch,
}

/// The form a title names, else one by hash.
pub fn form(sub: &Subject) -> Form {
    sub.choose(
        &[
            (&["spoon"], Form::Spoon),
            (&["menorah", "candlestick"], Form::Menorah),
            (&["endless", "brancusi"], Form::Endless),
            (&["bust", "head", "portrait", "figurehead", "mask"], Form::Bust),
            (
                &[
                    "couple", "mother", "family", "friends", "children", "people", "pair", "dancers",
                    "figures", "giants",
                ],
                Form::Pair,
            ),
            (&["fish", "koi", "carp", "salmon", "dolphin", "whale"], Form::Fish),
            (
                &["lizard", "gecko", "crocodile", "salamander", "dragon"],
                Form::Lizard,
            ),
            (
                &[
                    "bird",
                    "crane",
                    "eagle",
                    "owl",
                    "swan",
                    "heron",
                    "kiwi",
                    "stork",
                    "sarimanok",
                    "rooster",
                    "penguin",
                ],
                Form::Bird,
            ),
            (
                &[
                    "horse", "deer", "reindeer", "elk", "moose", "giraffe", "camel", "kangaroo", "llama",
                    "goat",
                ],
                Form::Steed,
            ),
            (
                &[
                    "bear", "tiger", "lion", "elephant", "mammoth", "dog", "ox", "bull", "cat", "wolf",
                    "animal", "leopard",
                ],
                Form::Beast,
            ),
            (
                &[
                    "monument", "column", "tower", "memorial", "obelisk", "stele", "pillar",
                ],
                Form::Column,
            ),
            (
                &[
                    "figur", "miner", "man", "woman", "girl", "boy", "dancer", "worker", "child", "knight",
                    "guardian", "saint", "statue",
                ],
                Form::Figure,
            ),
            (&["ring", "circle", "loop"], Form::Ring),
            (&["gate", "arch", "bridge"], Form::Arch),
        ],
        &[
            Form::Figure,
            Form::Ring,
            Form::Pebbles,
            Form::Ribbon,
            Form::Arch,
            Form::Bust,
            Form::Beast,
        ],
    )
}

/// Draws the plinth and the sculpture on it.
pub fn draw(s: &mut Svg, sub: &Subject) {
    let form = form(sub);
    let (body, alpha) = material(sub, form);
    let shade = body.dark(24);
    scene::plinth(s, &sub.palette, TOP, 92.0);
    s.g().fill(body).opacity(alpha).open();
    match form {
        Form::Figure => {
            let pose = sub.rng("pose").below(3);
            figures::figure(s, CX, 1.0, pose, sub.has(&["miner", "worker"]), shade);
        }
        Form::Pair => {
            figures::figure(s, CX - 44.0, 0.95, 0, false, shade);
            figures::figure(s, CX + 50.0, 0.8, 2, false, shade);
        }
        Form::Bust => figures::bust(s, shade),
        Form::Beast => beasts::beast(s, sub, shade),
        Form::Steed => beasts::steed(s, sub, shade),
        Form::Lizard => creatures::lizard(s, shade),
        Form::Bird => creatures::bird(s, body, shade),
        Form::Fish => creatures::fish(s, shade),
        Form::Column => monuments::column(s, shade),
        Form::Endless => monuments::endless(s, shade),
        Form::Menorah => monuments::menorah(s, body),
        Form::Spoon => monuments::spoon(s),
        Form::Ring => abstracts::ring(s, body),
        Form::Pebbles => abstracts::pebbles(s, sub, body, shade),
        Form::Ribbon => abstracts::ribbon(s, body, shade),
        Form::Arch => abstracts::arch(s, shade),
    }
    s.end();
}

/// The sculpture's colour and opacity, by the material its title names.
fn material(sub: &Subject, form: Form) -> (Rgb, &'static str) {
    let rules: [(&[&str], u32, &str); 11] = [
        (&["glass", "crystal"], 0x8fc9da, ".85"),
        (&["ice", "snow"], 0xbfe0ec, ".92"),
        (&["jade", "pounamu", "greenstone", "malachite"], 0x4f9c7b, "1"),
        (&["porcelain", "figurine", "china"], 0xdde6ef, "1"),
        (&["ivory", "bone"], 0xe6dbc0, "1"),
        (&["marble", "stone", "granite", "soapstone"], 0xb9b1a3, "1"),
        (&["wood", "carv", "birch", "oak", "teak", "totem"], 0x9a6337, "1"),
        (&["ceramic", "clay", "terracotta"], 0xc46c48, "1"),
        (&["bronze", "copper", "brass"], 0x8c5a32, "1"),
        (&["iron", "steel", "coal", "metal"], 0x4d4f55, "1"),
        (&["wire", "bead", "painted"], 0, "1"),
    ];
    for (keys, colour, alpha) in rules {
        if sub.has(keys) {
            return (
                if colour == 0 {
                    sub.palette.a
                } else {
                    Rgb::hex(colour)
                },
                alpha,
            );
        }
    }
    match form {
        Form::Ring | Form::Pebbles | Form::Ribbon | Form::Arch => (sub.palette.a, "1"),
        Form::Endless | Form::Menorah => (GOLD, "1"),
        Form::Column => (Rgb::hex(0xb9b1a3), "1"),
        _ => (Rgb::hex(0x8c5a32), "1"),
    }
}
