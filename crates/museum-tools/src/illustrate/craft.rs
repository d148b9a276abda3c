//! Crafts: picks the object from the title — vessels (vase, bowl, plate, box), textiles (hanging
//! cloth, ribbons, paper-cut, umbrella) or keepsakes (jewellery, lantern, boomerang, chair,
//! nutcracker, glass panel, nesting dolls) — and the colours of its glaze or material.

use super::palette::{Rgb, PAPER, WOOD};
use super::subject::Subject;
use super::svg::Svg;
use super::{ornaments, textiles, vessels, woodwork};

/// A craft object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A vase on a plinth.
    Vase,
    /// A bowl on a plinth.
    Bowl,
    /// A plate on an easel.
    Plate,
    /// A lidded box or casket.
    Box,
    /// A hanging textile with fringe.
    Textile,
    /// Coloured ribbons on a rail.
    Ribbons,
    /// A red paper-cut.
    PaperCut,
    /// An open painted umbrella.
    Umbrella,
    /// A necklace on a display bust.
    Jewellery,
    /// A star lantern.
    Lantern,
    /// A boomerang.
    Boomerang,
    /// A wooden chair.
    Chair,
    /// A nutcracker soldier.
    Nutcracker,
    /// A glass panel engraved with bridges.
    GlassPanel,
    /// Nesting dolls.
    Dolls,
}

/// The object a title names, else one by hash.
pub fn kind(sub: &Subject) -> Kind {
    sub.choose(
        &[
            (&["doll", "matryosh", "nesting", "kokeshi", "puppet"], Kind::Dolls),
            (&["nutcracker"], Kind::Nutcracker),
            (&["box", "casket", "chest"], Kind::Box),
            (
                &[
                    "beadwork",
                    "embroider",
                    "quilt",
                    "tapestry",
                    "rug",
                    "carpet",
                    "towel",
                    "rushnyk",
                    "blanket",
                    "cloth",
                    "textile",
                    "weav",
                    "batik",
                    "shawl",
                ],
                Kind::Textile,
            ),
            (
                &[
                    "jewel",
                    "necklace",
                    "pendant",
                    "bead",
                    "amber",
                    "brooch",
                    "koru",
                    "token",
                    "martisor",
                    "mărțișor",
                    "bracelet",
                ],
                Kind::Jewellery,
            ),
            (&["lantern", "parol", "star"], Kind::Lantern),
            (&["umbrella", "parasol"], Kind::Umbrella),
            (&["boomerang"], Kind::Boomerang),
            (&["chair", "stool", "furniture"], Kind::Chair),
            (&["paper", "papercut", "cut"], Kind::PaperCut),
            (&["ribbon"], Kind::Ribbons),
            (&["bridge", "panel", "window", "stained"], Kind::GlassPanel),
            (
                &["plate", "dish", "platter", "charger", "tile", "tray"],
                Kind::Plate,
            ),
            (&["bowl", "cup", "kuksa", "lacquer", "tea", "basket"], Kind::Bowl),
            (&["lace", "scarf", "silk", "fabric", "wall"], Kind::Textile),
            (
                &[
                    "vase",
                    "jar",
                    "pot",
                    "porcelain",
                    "ceramic",
                    "jug",
                    "pitcher",
                    "bottle",
                    "urn",
                    "glass",
                    "amphora",
                    "choron",
                    "goblet",
                    "majolica",
                    "celadon",
                ],
                Kind::Vase,
            ),
        ],
        &[Kind::Vase, Kind::Vase, Kind::Bowl, Kind::Textile, Kind::Plate],
    )
}

/// Draws the craft object.
pub fn draw(s: &mut Svg, sub: &Subject) {
    match kind(sub) {
        Kind::Vase => vessels::vase(s, sub),
        Kind::Bowl => vessels::bowl(s, sub),
        Kind::Plate => vessels::plate(s, sub),
        Kind::Box => vessels::casket(s, sub),
        Kind::Textile => textiles::hanging(s, sub),
        Kind::Ribbons => textiles::ribbons(s, sub),
        Kind::PaperCut => textiles::paper_cut(s, sub),
        Kind::Umbrella => textiles::umbrella(s, sub),
        Kind::Jewellery => ornaments::jewellery(s, sub),
        Kind::Lantern => ornaments::lantern(s, sub),
        Kind::Boomerang => woodwork::boomerang(s, sub),
        Kind::Chair => woodwork::chair(s, sub),
        Kind::Nutcracker => woodwork::nutcracker(s, sub),
        Kind::GlassPanel => ornaments::glass_panel(s, sub),
        Kind::Dolls => woodwork::dolls(s, sub),
    }
}

/// Colours for a vessel: (body, decoration, accent), from the material the title names, else white
/// porcelain with painted decoration or a coloured glaze with white decoration (by hash).
pub fn glaze(sub: &Subject) -> (Rgb, Rgb, Rgb) {
    let p = &sub.palette;
    let rules: [(&[&str], u32, u32, u32); 8] = [
        (&["lacquer", "lacquerware"], 0x8e1b1b, 0xd4a93c, 0x2a1a12),
        (&["celadon", "jade"], 0x9fc4a4, 0x5e8c68, 0xe8efe2),
        (&["silver", "embossed"], 0xc9ced5, 0x8d939c, 0xf1f3f6),
        (&["blue"], 0xfbf7ee, 0x1f4e9c, 0x6d8fc9),
        (&["eosin", "lustre", "iridescent"], 0x5d3f7a, 0xd4a93c, 0x3f8f7b),
        (&["glass", "crystal"], 0xa8d8e0, 0x6fb3c2, 0xe8f6f8),
        (
            &["wood", "birch", "bark", "kuksa", "choron", "carved"],
            0xa8703f,
            0x6e4526,
            0xe0b98a,
        ),
        (&["malachite"], 0x1f7a55, 0x0f4d33, 0x7fcfa8),
    ];
    for (keys, body, deco, accent) in rules {
        if sub.has(keys) {
            return (Rgb::hex(body), Rgb::hex(deco), Rgb::hex(accent));
        }
    }
    if sub.has(&["basket"]) {
        return (WOOD.light(25), WOOD.dark(25), p.a);
    }
    if sub.rng("glaze").chance(50) {
        (PAPER, p.a, p.b)
    } else {
        (p.a, PAPER, p.b)
    }
}
