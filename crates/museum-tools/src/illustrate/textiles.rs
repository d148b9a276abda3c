//! Cloth and paper crafts: a hanging textile with bands, a medallion and fringe; wish ribbons on a
//! rail; a red paper-cut; an open painted umbrella.

use super::motif::Motif;
use super::palette::{Rgb, PAPER, WOOD};
use super::path::{polar, Path};
use super::pattern::band;
use super::scene::{self, CX, FLOOR};
use super::subject::Subject;
use super::svg::{rotate, Svg};

/// A textile hanging from a wooden rod: woven bands, a stepped medallion and a fringe.
pub fn hanging(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let mut r = sub.rng("textile");
    let (x, y, w, h) = (CX - 200.0, 104.0, 400.0, 312.0);
    scene::wall_shadow(s, x, y, w, h, 0.0);
    s.rect(x, y, w, h).fill(p.a).close();
    let style = r.below(3);
    for by in [y + 18.0, y + h - 52.0] {
        band(s, (x, x + w, by, 34.0), p.b, PAPER, style);
    }
    s.rect(x + 20.0, y + 66.0, w - 40.0, h - 132.0)
        .fill("none")
        .stroke(PAPER, 3.0)
        .close();
    let (cx, cy) = (CX, y + h / 2.0);
    if sub.has(&["bead", "floral", "flower", "embroider"]) {
        Motif::Flower.draw(s, cx - 90.0, cy, 40.0, PAPER, p.b);
        Motif::Flower.draw(s, cx, cy, 52.0, p.b, PAPER);
        Motif::Flower.draw(s, cx + 90.0, cy, 40.0, PAPER, p.b);
    } else {
        for (k, colour) in [(1.0, p.c), (0.66, PAPER), (0.33, p.b)] {
            let (dx, dy) = (130.0 * k, 80.0 * k);
            s.path(
                Path::new()
                    .poly(&[(cx, cy - dy), (cx + dx, cy), (cx, cy + dy), (cx - dx, cy)])
                    .d(),
            )
            .fill(colour)
            .close();
        }
    }
    s.path(Path::new().m(x + 4.0, y + h + 12.0).h(x + w - 4.0).d())
        .fill("none")
        .stroke(PAPER.dark(10), 24.0)
        .a("stroke-dasharray", "3 6")
        .close();
    s.rect(x - 30.0, y - 14.0, w + 60.0, 12.0)
        .a("rx", 6.0)
        .fill(WOOD.dark(30))
        .close();
    for fx in [x - 36.0, x + w + 36.0] {
        s.circle(fx, y - 8.0, 11.0).fill(WOOD.dark(30)).close();
    }
}

/// Wish ribbons in many colours hanging from a rail, each printed with a line of text.
pub fn ribbons(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let mut r = sub.rng("ribbons");
    let colours = [
        p.a,
        Rgb::hex(0xf2c14e),
        p.b,
        PAPER,
        Rgb::hex(0x3f8f4e),
        p.c,
        Rgb::hex(0xe07a3f),
        Rgb::hex(0x6aa5d8),
    ];
    s.rect(CX - 240.0, 120.0, 480.0, 14.0)
        .a("rx", 7.0)
        .fill(WOOD.dark(30))
        .close();
    for (i, colour) in colours.into_iter().enumerate() {
        let x = CX - 210.0 + 60.0 * i as f32;
        let len = r.range(230.0, 320.0);
        let sway = r.range(-24.0, 24.0);
        let ribbon = Path::new()
            .m(x, 128.0)
            .q(x + sway, 128.0 + len * 0.5, x - sway * 0.5, 128.0 + len);
        s.path(ribbon.d()).fill("none").stroke(colour, 30.0).close();
        let text = if colour == PAPER { p.ink } else { PAPER };
        s.path(ribbon.d())
            .fill("none")
            .stroke(text, 3.0)
            .a("stroke-dasharray", "10 5 4 5")
            .a("stroke-dashoffset", -40.0)
            .opacity(".7")
            .close();
    }
}

/// A square paper-cut turned on its corner, with a snow crystal and corner flowers cut out.
pub fn paper_cut(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let hole = p.halo;
    let red = if p.a.0 > p.a.2 { p.a } else { Rgb::hex(0xc8102e) };
    s.g().transform(&rotate(45.0, CX, 262.0)).open();
    scene::wall_shadow(s, CX - 150.0, 112.0, 300.0, 300.0, 0.0);
    s.rect(CX - 150.0, 112.0, 300.0, 300.0).fill(red).close();
    s.rect(CX - 134.0, 128.0, 268.0, 268.0)
        .fill("none")
        .stroke(hole, 4.0)
        .a("stroke-dasharray", "10 6")
        .close();
    s.end();
    Motif::Snow.draw(s, CX, 262.0, 120.0, hole, hole);
    for k in 0..4 {
        let (x, y) = polar(CX, 262.0, 150.0, k as f32 * 90.0);
        Motif::Flower.draw(s, x, y, 24.0, hole, red);
    }
}

/// An open umbrella of painted paper: a ribbed canopy with flowers, on a bamboo shaft.
pub fn umbrella(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let cy = 250.0;
    scene::floor_shadow(s, CX, FLOOR + 34.0, 90.0);
    s.path(Path::new().m(CX, cy - 150.0).v(FLOOR + 30.0).d())
        .fill("none")
        .stroke(WOOD.dark(20), 8.0)
        .close();
    s.path(
        Path::new()
            .m(CX, FLOOR + 30.0)
            .q(CX, FLOOR + 50.0, CX - 24.0, FLOOR + 40.0)
            .d(),
    )
    .fill("none")
    .stroke(WOOD.dark(20), 8.0)
    .close();
    let mut canopy = Path::new()
        .m(CX - 230.0, cy + 40.0)
        .q(CX - 200.0, cy - 150.0, CX, cy - 160.0)
        .q(CX + 200.0, cy - 150.0, CX + 230.0, cy + 40.0);
    for k in (0..6).rev() {
        let x = CX - 230.0 + 76.7 * k as f32;
        canopy = canopy.q(x + 38.0, cy + 14.0, x, cy + 40.0);
    }
    let canopy = canopy.z();
    scene::soft(s.path(canopy.d()).transform("translate(8 12)")).close();
    s.path(canopy.d()).fill(p.a).close();
    let mut ribs = Path::new();
    for k in 0..7 {
        let x = CX - 230.0 + 76.7 * k as f32;
        ribs = ribs.m(CX, cy - 160.0).q((CX + x) / 2.0, cy - 120.0, x, cy + 40.0);
    }
    s.path(ribs.d()).fill("none").stroke(p.a.dark(30), 2.0).close();
    for (dx, dy, r) in [(-110.0, -20.0, 30.0), (0.0, -70.0, 36.0), (110.0, -20.0, 30.0)] {
        Motif::Flower.draw(s, CX + dx, cy + dy, r, PAPER, p.b);
    }
    s.circle(CX, cy - 162.0, 8.0).fill(WOOD.dark(20)).close();
}
