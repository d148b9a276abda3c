//! Plucked strings: a lute (or balalaika) and a guitar, drawn upright around the origin and hung on
//! the wall at a slant. Also the string colour and helpers the other string files share.

use super::palette::{Rgb, PAPER, WOOD};
use super::path::Path;
use super::scene::{self};
use super::subject::Subject;
use super::svg::Svg;

/// Dark wood for necks, pegs and fingerboards.
pub const DARK_WOOD: Rgb = Rgb::hex(0x4a2f1c);

/// Strings from the bridge at `y0` to the nut at `y1`, `n` of them, `gap` apart.
pub fn strings(s: &mut Svg, n: usize, gap: f32, y0: f32, y1: f32) {
    let mut p = Path::new();
    for i in 0..n {
        let x = (i as f32 - (n - 1) as f32 / 2.0) * gap;
        p = p.m(x, y0).v(y1);
    }
    s.path(p.d()).fill("none").stroke(PAPER.dark(10), 1.5).close();
}

/// A lute, or a balalaika with its triangular body.
pub fn lute(s: &mut Svg, sub: &Subject, balalaika: bool) {
    let p = &sub.palette;
    let body = if balalaika {
        Path::new()
            .m(0.0, -70.0)
            .q(10.0, -66.0, 150.0, 160.0)
            .q(150.0, 180.0, 130.0, 180.0)
            .h(-130.0)
            .q(-150.0, 180.0, -150.0, 160.0)
            .q(-10.0, -66.0, 0.0, -70.0)
            .z()
    } else {
        Path::mirrored(
            0.0,
            (18.0, -90.0),
            &[
                [(80.0, -80.0), (128.0, 20.0), (124.0, 90.0)],
                [(120.0, 170.0), (60.0, 196.0), (0.0, 196.0)],
            ],
        )
    };
    if balalaika {
        scene::hang(s, sub, 22.0, 0.7, 110.0);
    } else {
        scene::hang(s, sub, 32.0, 0.8, 102.0);
    }
    scene::soft(s.path(body.d()).transform("translate(10 14)")).close();
    s.path(body.d()).fill(if balalaika { p.a } else { WOOD }).close();
    s.rect(-15.0, -330.0, 30.0, 250.0).fill(DARK_WOOD).close();
    s.path(
        Path::new()
            .poly(&[(-18.0, -330.0), (18.0, -330.0), (26.0, -400.0), (-10.0, -400.0)])
            .d(),
    )
    .fill(DARK_WOOD)
    .close();
    let mut pegs = Path::new();
    for k in 0..3 {
        let y = -345.0 - 20.0 * k as f32;
        pegs = pegs.m(-30.0, y).h(-14.0).m(18.0, y).h(36.0);
    }
    s.path(pegs.d())
        .fill("none")
        .stroke(DARK_WOOD, 7.0)
        .a("stroke-linecap", "round")
        .close();
    let mut frets = Path::new();
    for k in 0..7 {
        frets = frets.m(-15.0, -300.0 + 30.0 * k as f32).h(15.0);
    }
    s.path(frets.d())
        .fill("none")
        .stroke(Rgb::hex(0xcfc6b0), 2.0)
        .close();
    let (hole_y, hole_r) = if balalaika { (70.0, 18.0) } else { (30.0, 30.0) };
    s.circle(0.0, hole_y, hole_r + 10.0)
        .fill("none")
        .stroke(p.b, 6.0)
        .a("stroke-dasharray", "4 4")
        .close();
    s.circle(0.0, hole_y, hole_r).fill(DARK_WOOD).close();
    s.rect(-38.0, 140.0, 76.0, 10.0)
        .a("rx", 3.0)
        .fill(DARK_WOOD)
        .close();
    strings(s, if balalaika { 3 } else { 4 }, 7.0, 145.0, -330.0);
    s.end();
}

/// A guitar.
pub fn guitar(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let body = Path::mirrored(
        0.0,
        (40.0, -96.0),
        &[
            [(104.0, -108.0), (116.0, -20.0), (82.0, 12.0)],
            [(64.0, 30.0), (146.0, 40.0), (146.0, 122.0)],
            [(146.0, 196.0), (74.0, 214.0), (0.0, 214.0)],
        ],
    );
    scene::hang(s, sub, -30.0, 0.78, 98.0);
    scene::soft(s.path(body.d()).transform("translate(10 14)")).close();
    s.path(body.d())
        .fill(Rgb::hex(0xd9a567))
        .stroke(DARK_WOOD, 4.0)
        .close();
    s.rect(-17.0, -340.0, 34.0, 300.0).fill(DARK_WOOD).close();
    s.path(
        Path::new()
            .poly(&[(-20.0, -340.0), (20.0, -340.0), (26.0, -410.0), (-26.0, -410.0)])
            .d(),
    )
    .fill(DARK_WOOD.light(10))
    .close();
    s.circle(0.0, 30.0, 46.0).fill("none").stroke(p.a, 8.0).close();
    s.circle(0.0, 30.0, 36.0).fill(DARK_WOOD).close();
    s.rect(-44.0, 140.0, 88.0, 14.0)
        .a("rx", 4.0)
        .fill(DARK_WOOD)
        .close();
    let mut frets = Path::new();
    for k in 0..9 {
        frets = frets.m(-17.0, -320.0 + 30.0 * k as f32).h(17.0);
    }
    s.path(frets.d())
        .fill("none")
        .stroke(Rgb::hex(0xcfc6b0), 2.0)
        .close();
    strings(s, 6, 5.0, 147.0, -340.0);
    s.end();
}
