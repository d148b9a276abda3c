//! Bowed strings: a violin with its bow and a spike fiddle (erhu), hung on the wall at a slant.

use super::palette::{Rgb, PAPER};
use super::path::Path;
use super::scene::{self, CX};
use super::strings::{strings, DARK_WOOD};
use super::subject::Subject;
use super::svg::Svg;

/// A violin with its bow.
pub fn fiddle(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let body = Path::mirrored(
        0.0,
        (26.0, -150.0),
        &[
            [(86.0, -156.0), (100.0, -100.0), (94.0, -56.0)],
            [(90.0, -36.0), (58.0, -30.0), (60.0, 0.0)],
            [(62.0, 30.0), (112.0, 36.0), (112.0, 96.0)],
            [(112.0, 160.0), (60.0, 176.0), (0.0, 176.0)],
        ],
    );
    scene::hang(s, sub, 28.0, 0.85, 96.0);
    scene::soft(s.path(body.d()).transform("translate(10 14)")).close();
    s.path(body.d())
        .fill(Rgb::hex(0xb5652b))
        .stroke(DARK_WOOD, 3.0)
        .close();
    s.rect(-13.0, -340.0, 26.0, 200.0)
        .fill(Rgb::hex(0x9a5524))
        .close();
    s.circle(0.0, -352.0, 17.0).fill(Rgb::hex(0x9a5524)).close();
    s.circle(0.0, -352.0, 7.0).fill(DARK_WOOD).close();
    s.path(
        Path::new()
            .poly(&[(-11.0, -320.0), (11.0, -320.0), (16.0, 60.0), (-16.0, 60.0)])
            .d(),
    )
    .fill(Rgb::hex(0x1f1a17))
    .close();
    let mut fholes = Path::new();
    for side in [-1.0, 1.0] {
        let x = 42.0 * side;
        fholes = fholes.m(x - 6.0, -20.0).q(x + 10.0, 20.0, x - 4.0, 60.0);
    }
    s.path(fholes.d())
        .fill("none")
        .stroke(DARK_WOOD, 5.0)
        .a("stroke-linecap", "round")
        .close();
    s.path(
        Path::new()
            .poly(&[(-14.0, 96.0), (14.0, 96.0), (10.0, 160.0), (-10.0, 160.0)])
            .d(),
    )
    .fill(Rgb::hex(0x1f1a17))
    .close();
    s.rect(-24.0, 74.0, 48.0, 7.0).fill(Rgb::hex(0xe8d4a8)).close();
    strings(s, 4, 6.0, 100.0, -320.0);
    s.end();
    let bow = Path::new().m(CX - 250.0, 150.0).l(CX + 230.0, 420.0);
    s.path(bow.d())
        .fill("none")
        .stroke(DARK_WOOD, 7.0)
        .a("stroke-linecap", "round")
        .close();
    s.path(Path::new().m(CX - 240.0, 166.0).l(CX + 216.0, 428.0).d())
        .fill("none")
        .stroke(PAPER.dark(8), 3.0)
        .close();
    s.rect(CX + 196.0, 398.0, 34.0, 20.0)
        .a("rx", 4.0)
        .fill(p.a)
        .transform(&format!("rotate(29 {} 408)", CX + 213.0))
        .close();
}

/// A spike fiddle (erhu): a long pole, a small drum body, pegs and a bow.
pub fn pole_fiddle(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    scene::hang(s, sub, 8.0, 0.85, 10.0);
    scene::soft(s.rect(-26.0, 116.0, 110.0, 72.0).transform("translate(8 12)")).close();
    s.rect(-5.0, -250.0, 10.0, 400.0)
        .a("rx", 4.0)
        .fill(DARK_WOOD)
        .close();
    s.rect(-26.0, 116.0, 100.0, 72.0)
        .a("rx", 6.0)
        .fill(DARK_WOOD.light(15))
        .close();
    s.ellipse(74.0, 152.0, 14.0, 36.0)
        .fill(Rgb::hex(0xe9dcc0))
        .stroke(DARK_WOOD, 3.0)
        .close();
    s.rect(-26.0, 126.0, 100.0, 10.0).fill(p.a).close();
    s.rect(-26.0, 168.0, 100.0, 10.0).fill(p.a).close();
    let pegs = Path::new().m(-40.0, -215.0).h(8.0).m(-40.0, -180.0).h(8.0);
    s.path(pegs.d())
        .fill("none")
        .stroke(DARK_WOOD, 9.0)
        .a("stroke-linecap", "round")
        .close();
    s.path(
        Path::new()
            .m(12.0, -215.0)
            .l(40.0, 150.0)
            .m(12.0, -180.0)
            .l(46.0, 150.0)
            .d(),
    )
    .fill("none")
    .stroke(PAPER.dark(15), 1.5)
    .close();
    s.path(Path::new().m(-190.0, 40.0).q(40.0, 10.0, 230.0, 80.0).d())
        .fill("none")
        .stroke(DARK_WOOD, 6.0)
        .a("stroke-linecap", "round")
        .close();
    s.path(Path::new().m(-180.0, 52.0).q(40.0, 24.0, 222.0, 90.0).d())
        .fill("none")
        .stroke(PAPER.dark(8), 2.5)
        .close();
    s.circle(-120.0, 150.0, 16.0).fill(p.b).close();
    s.path(Path::new().m(-120.0, 166.0).v(230.0).d())
        .fill("none")
        .stroke(p.b, 6.0)
        .close();
    s.end();
}
