//! Percussion: a barrel drum on a stand, a painted frame drum and a row of gongs on a rack.

use super::palette::{Rgb, PAPER, WOOD};
use super::path::{polar, Path};
use super::scene::{self, CX, FLOOR};
use super::subject::Subject;
use super::svg::Svg;

/// A barrel drum on a crossed stand, its head ringed with tacks.
pub fn drum(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let body = if sub.rng("drum").chance(50) { WOOD } else { p.a };
    scene::floor_shadow(s, CX, FLOOR + 40.0, 190.0);
    let legs = Path::new()
        .m(CX - 170.0, FLOOR + 40.0)
        .l(CX + 60.0, 330.0)
        .m(CX + 170.0, FLOOR + 40.0)
        .l(CX - 60.0, 330.0);
    s.path(legs.d())
        .fill("none")
        .stroke(WOOD.dark(40), 16.0)
        .a("stroke-linecap", "round")
        .close();
    let shell = Path::new()
        .m(CX + 128.0, 150.0)
        .c((CX + 176.0, 200.0), (CX + 176.0, 330.0), (CX + 128.0, 380.0))
        .arc(128.0, 26.0, false, true, CX - 128.0, 380.0)
        .c((CX - 176.0, 330.0), (CX - 176.0, 200.0), (CX - 128.0, 150.0))
        .z();
    s.path(shell.d()).fill(body).stroke(body.dark(25), 4.0).close();
    for y in [205.0, 325.0] {
        let band = Path::new().m(CX - 168.0, y).q(CX, y + 34.0, CX + 168.0, y);
        s.path(band.d()).fill("none").stroke(p.b, 12.0).close();
    }
    s.ellipse(CX, 150.0, 128.0, 30.0)
        .fill(Rgb::hex(0xf0e2c2))
        .stroke(body.dark(30), 6.0)
        .close();
    s.ellipse(CX, 150.0, 116.0, 24.0)
        .fill("none")
        .stroke(p.ink, 5.0)
        .a("stroke-dasharray", "0 16")
        .a("stroke-linecap", "round")
        .close();
    s.circle(CX, 150.0, 14.0).fill(p.a).opacity(".7").close();
    s.circle(CX - 128.0, 265.0, 14.0)
        .fill("none")
        .stroke(PAPER.dark(40), 5.0)
        .close();
    s.circle(CX + 128.0, 265.0, 14.0)
        .fill("none")
        .stroke(PAPER.dark(40), 5.0)
        .close();
}

/// A frame drum with a painted skin and jingles.
pub fn frame_drum(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let (cy, rad) = (250.0, 170.0);
    scene::soft(s.circle(CX + 8.0, cy + 12.0, rad)).close();
    s.circle(CX, cy, rad).fill(WOOD).close();
    s.circle(CX, cy, rad - 18.0).fill(Rgb::hex(0xeedcb8)).close();
    s.circle(CX, cy, rad - 40.0)
        .fill("none")
        .stroke(p.a, 10.0)
        .close();
    s.circle(CX, cy, 60.0).fill(p.b).close();
    s.circle(CX, cy, 30.0).fill(p.a).close();
    for k in 0..6 {
        let (x, y) = polar(CX, cy, rad - 9.0, k as f32 * 60.0 + 30.0);
        s.circle(x - 9.0, y, 11.0)
            .fill(Rgb::hex(0xd0b56b))
            .stroke(Rgb::hex(0x8f7430), 2.0)
            .close();
        s.circle(x + 9.0, y, 11.0)
            .fill(Rgb::hex(0xd0b56b))
            .stroke(Rgb::hex(0x8f7430), 2.0)
            .close();
    }
}

/// A row of bossed gongs resting on a decorated rack, with two beaters.
pub fn gongs(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let bronze = Rgb::hex(0xc08a3e);
    scene::floor_shadow(s, CX, FLOOR + 40.0, 290.0);
    let mut legs = Path::new();
    for x in [CX - 250.0, CX + 250.0] {
        legs = legs.m(x, 340.0).v(FLOOR + 40.0);
    }
    s.path(legs.d()).fill("none").stroke(WOOD.dark(40), 16.0).close();
    s.rect(CX - 280.0, 300.0, 560.0, 46.0)
        .a("rx", 6.0)
        .fill(WOOD.dark(20))
        .close();
    s.rect(CX - 280.0, 314.0, 560.0, 16.0).fill(p.a).close();
    s.path(Path::new().m(CX - 270.0, 322.0).h(CX + 270.0).d())
        .fill("none")
        .stroke(p.b, 8.0)
        .a("stroke-dasharray", "8 8")
        .close();
    for k in 0..8 {
        let x = CX - 245.0 + 70.0 * k as f32;
        let r = 34.0 - 1.5 * k as f32;
        s.ellipse(x, 290.0, r, r * 0.55).fill(bronze.dark(25)).close();
        s.ellipse(x, 284.0, r, r * 0.55).fill(bronze).close();
        s.ellipse(x, 278.0, r * 0.38, r * 0.28)
            .fill(bronze.light(25))
            .stroke(bronze.dark(20), 2.0)
            .close();
    }
    let beaters = Path::new()
        .m(CX - 160.0, 420.0)
        .l(CX - 30.0, 360.0)
        .m(CX + 170.0, 420.0)
        .l(CX + 40.0, 360.0);
    s.path(beaters.d())
        .fill("none")
        .stroke(WOOD.dark(40), 6.0)
        .a("stroke-linecap", "round")
        .close();
    for x in [CX - 30.0, CX + 40.0] {
        s.circle(x, 360.0, 10.0).fill(p.c).close();
    }
}
