//! A painting. Most are a landscape or a townscape in a gilt frame; the title can ask for an ink
//! scroll, an icon, a dot painting, a colour field, a geometric mural, a gold-leaf picture, a still
//! life or a painted tray (see [`super::artworks`]).

use super::landscape::{self, Scene};
use super::palette::{Rgb, GOLD, PAPER, WOOD};
use super::path::Path;
use super::scene::{self, CX};
use super::skyline;
use super::subject::Subject;
use super::svg::Svg;
use super::{artworks, panels};

/// A painting's style.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// Hills, water, sun or moon.
    Landscape,
    /// A town by a river.
    Town,
    /// An ink landscape on a hanging scroll.
    Scroll,
    /// A saint under a gold arch.
    Icon,
    /// Concentric rings of dots.
    Dots,
    /// Soft-edged colour blocks.
    ColourField,
    /// Bold outlined shapes.
    Geometric,
    /// A spiral tree on gold leaf.
    Gilded,
    /// Fruit in a bowl.
    StillLife,
    /// Flowers on a black lacquered tray.
    Tray,
}

/// The style a title asks for, else a landscape or town by hash.
pub fn style(sub: &Subject) -> Style {
    sub.choose(
        &[
            (&["tray"], Style::Tray),
            (
                &[
                    "ink",
                    "scroll",
                    "brush",
                    "calligraph",
                    "guohua",
                    "sumi",
                    "nihonga",
                    "minhwa",
                ],
                Style::Scroll,
            ),
            (&["icon"], Style::Icon),
            (&["dot", "aboriginal"], Style::Dots),
            (&["rothko", "abstract", "colour", "color"], Style::ColourField),
            (&["geometric", "ndebele", "mural", "pattern"], Style::Geometric),
            (&["klimt", "gold"], Style::Gilded),
            (&["still", "fruit", "flowers", "bouquet"], Style::StillLife),
            (
                &[
                    "landscape",
                    "mountain",
                    "lake",
                    "sea",
                    "river",
                    "plain",
                    "shore",
                    "maunga",
                    "lights",
                    "winter",
                    "forest",
                    "lantern",
                    "field",
                ],
                Style::Landscape,
            ),
            (
                &[
                    "cathedral",
                    "church",
                    "place",
                    "square",
                    "city",
                    "town",
                    "shipyard",
                    "street",
                    "pelourinho",
                    "harbour",
                    "port",
                    "sophia",
                    "castle",
                    "old",
                ],
                Style::Town,
            ),
        ],
        &[Style::Landscape, Style::Landscape, Style::Town],
    )
}

/// Draws the painting.
pub fn draw(s: &mut Svg, sub: &Subject) {
    let mut r = sub.rng("painting");
    match style(sub) {
        Style::Scroll => scroll(s, sub),
        Style::Tray => panels::tray(s, sub),
        Style::Icon => panels::icon(s, sub),
        style => {
            let canvas = frame(s, r.chance(25));
            let p = &sub.palette;
            match style {
                Style::Town => skyline::draw(s, canvas, p, false, sub.has(&["bridge", "shipyard"]), &mut r),
                Style::Dots => artworks::dots(s, canvas, p),
                Style::ColourField => artworks::colour_field(s, canvas, p),
                Style::Geometric => artworks::geometric(s, canvas, p),
                Style::Gilded => artworks::gilded(s, canvas, p),
                Style::StillLife => artworks::still_life(s, canvas, p),
                _ => landscape::draw(s, canvas, p, Scene::choose(sub, &mut r), &mut r),
            }
        }
    }
}

/// A gilt frame hanging on the wall; returns the canvas inside it as `(x, y, w, h)`.
fn frame(s: &mut Svg, portrait: bool) -> (f32, f32, f32, f32) {
    let (w, h) = if portrait { (380.0, 400.0) } else { (500.0, 372.0) };
    let (x, y) = (CX - w / 2.0, 250.0 - h / 2.0);
    scene::wall_shadow(s, x, y, w, h, 2.0);
    s.rect(x, y, w, h).a("rx", 2.0).fill(GOLD).close();
    s.rect(x + 7.0, y + 7.0, w - 14.0, h - 14.0)
        .fill("none")
        .stroke(GOLD.light(40), 2.5)
        .close();
    s.rect(x + 17.0, y + 17.0, w - 34.0, h - 34.0)
        .fill(GOLD.dark(30))
        .close();
    s.rect(x + 12.0, y + 12.0, w - 24.0, h - 24.0)
        .fill("none")
        .stroke(GOLD.dark(15), 3.0)
        .a("stroke-dasharray", "2 5")
        .close();
    (x + 22.0, y + 22.0, w - 44.0, h - 44.0)
}

/// An ink landscape on a silk-mounted hanging scroll with a red seal.
fn scroll(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let mut r = sub.rng("scroll");
    let (w, h) = (230.0, 380.0);
    let (x, y) = (CX - w / 2.0, 262.0 - h / 2.0);
    let silk = p.a.mix(PAPER, 55);
    let paper = Rgb::hex(0xf4ecd8);
    scene::wall_shadow(s, x, y, w, h, 0.0);
    s.path(
        Path::new()
            .m(CX - 60.0, y - 8.0)
            .l(CX, y - 48.0)
            .l(CX + 60.0, y - 8.0)
            .d(),
    )
    .fill("none")
    .stroke(p.ink, 2.0)
    .close();
    s.rect(x, y, w, h).fill(silk).close();
    let (px, py, pw, ph) = (x + 18.0, y + 46.0, w - 36.0, h - 100.0);
    s.rect(px, py, pw, ph).fill(paper).close();
    for ry in [y - 6.0, y + h - 4.0] {
        s.rect(x - 18.0, ry, w + 36.0, 12.0)
            .a("rx", 6.0)
            .fill(WOOD.dark(35))
            .close();
    }
    for (k, ink) in [(0, 0x9a9a94u32), (1, 0x6b6b66), (2, 0x3a3a38)] {
        let base = py + ph * (0.55 + 0.16 * k as f32);
        let peak_x = px + pw * r.range(0.2, 0.8);
        let peak_y = base - ph * r.range(0.22, 0.4);
        let m = Path::new()
            .m(px, base)
            .q(peak_x - pw * 0.2, peak_y + ph * 0.1, peak_x, peak_y)
            .q(peak_x + pw * 0.25, peak_y + ph * 0.12, px + pw, base - ph * 0.05)
            .v(base + ph * 0.06)
            .h(px)
            .z();
        s.path(m.d()).fill(Rgb::hex(ink)).opacity(".85").close();
    }
    s.rect(px, py + ph * 0.88, pw, ph * 0.12).fill(paper).close();
    let mut strokes = Path::new();
    for i in 0..5 {
        let sy = py + 14.0 + 18.0 * i as f32;
        strokes = strokes
            .m(px + pw - 22.0, sy)
            .h(px + pw - 10.0 - r.range(0.0, 8.0));
    }
    s.path(strokes.d())
        .fill("none")
        .stroke(Rgb::hex(0x2a2a28), 4.0)
        .a("stroke-linecap", "round")
        .close();
    s.rect(px + pw - 26.0, py + 112.0, 16.0, 16.0).fill(p.a).close();
}
