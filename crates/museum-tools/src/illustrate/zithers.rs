//! Zithers: a long board zither on trestles (koto, gayageum), a wing-shaped zither hung on the
//! wall (kantele, kokle, gusli) and a cimbalom on legs with its hammers.

use super::palette::{Rgb, PAPER, WOOD};
use super::path::Path;
use super::scene::{self, CX, FLOOR};
use super::strings::DARK_WOOD;
use super::subject::Subject;
use super::svg::Svg;

/// A long board zither resting on two trestles, with its movable bridges.
pub fn long(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let (x0, x1) = (110.0, 690.0);
    scene::floor_shadow(s, CX, FLOOR + 40.0, 300.0);
    for lx in [x0 + 90.0, x1 - 90.0] {
        let leg = Path::new()
            .m(lx - 40.0, FLOOR + 40.0)
            .l(lx, 330.0)
            .l(lx + 40.0, FLOOR + 40.0);
        s.path(leg.d())
            .fill("none")
            .stroke(DARK_WOOD, 12.0)
            .a("stroke-linejoin", "round")
            .close();
    }
    let top = Path::new()
        .m(x0, 270.0)
        .q(CX, 200.0, x1, 250.0)
        .l(x1, 300.0)
        .q(CX, 262.0, x0, 330.0)
        .z();
    s.path(top.d()).fill(WOOD).close();
    let edge = Path::new()
        .m(x0, 330.0)
        .q(CX, 262.0, x1, 300.0)
        .v(322.0)
        .q(CX, 284.0, x0, 352.0)
        .z();
    s.path(edge.d()).fill(DARK_WOOD).close();
    s.path(
        Path::new()
            .m(x0, 270.0)
            .v(330.0)
            .h(x0 + 60.0)
            .q(x0 + 60.0, 240.0, x0 + 60.0, 252.0)
            .z()
            .d(),
    )
    .fill(p.a)
    .close();
    let mut strings = Path::new();
    let mut bridges = Path::new();
    for i in 0..9 {
        let t = (i as f32 + 1.0) / 10.0;
        let (ya, yb) = (270.0 + 60.0 * t, 250.0 + 50.0 * t);
        strings = strings.m(x0 + 60.0, ya).q(CX, ya - 68.0 + 8.0 * t, x1 - 20.0, yb);
        let bx = 330.0 + 260.0 * t;
        let by = 238.0 + 38.0 * t + 60.0 * t * (1.0 - t);
        bridges = bridges
            .m(bx - 6.0, by + 5.0)
            .l(bx, by - 5.0)
            .l(bx + 6.0, by + 5.0);
    }
    s.path(strings.d()).fill("none").stroke(PAPER, 1.5).close();
    s.path(bridges.d())
        .fill("none")
        .stroke(PAPER, 3.0)
        .a("stroke-linejoin", "round")
        .close();
    s.path(
        Path::new()
            .m(x1 - 10.0, 276.0)
            .q(x1 + 20.0, 330.0, x1 + 6.0, 380.0)
            .d(),
    )
    .fill("none")
    .stroke(p.b, 7.0)
    .a("stroke-linecap", "round")
    .close();
}

/// A wing-shaped zither with strings fanning from the tuning pins to the bridge.
pub fn wing(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let body = Path::new()
        .m(-240.0, -34.0)
        .l(230.0, -86.0)
        .q(250.0, 0.0, 230.0, 92.0)
        .q(0.0, 60.0, -240.0, 34.0)
        .q(-256.0, 0.0, -240.0, -34.0)
        .z();
    scene::hang(s, sub, -8.0, 1.0, 0.0);
    scene::soft(s.path(body.d()).transform("translate(8 14)")).close();
    s.path(body.d()).fill(WOOD).stroke(DARK_WOOD, 5.0).close();
    s.path(Path::new().m(-200.0, -28.0).l(200.0, -70.0).d())
        .fill("none")
        .stroke(p.a, 10.0)
        .close();
    s.circle(30.0, 10.0, 30.0).fill(DARK_WOOD).close();
    s.circle(30.0, 10.0, 40.0)
        .fill("none")
        .stroke(p.b, 5.0)
        .a("stroke-dasharray", "4 5")
        .close();
    let mut strings = Path::new();
    for i in 0..9 {
        let t = i as f32 / 8.0;
        strings = strings.m(-200.0, -14.0 + 30.0 * t).l(196.0, -48.0 + 120.0 * t);
    }
    s.path(strings.d()).fill("none").stroke(PAPER, 1.6).close();
    s.path(Path::new().m(-200.0, -16.0).v(18.0).d())
        .fill("none")
        .stroke(Rgb::hex(0xd9d9d9), 7.0)
        .a("stroke-dasharray", "3 1")
        .close();
    s.path(Path::new().m(196.0, -52.0).l(196.0, 76.0).d())
        .fill("none")
        .stroke(DARK_WOOD, 8.0)
        .close();
    s.end();
}

/// A cimbalom: a trapezoid box of strings on four legs, with two hammers.
pub fn cimbalom(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    scene::floor_shadow(s, CX, FLOOR + 40.0, 270.0);
    let mut legs = Path::new();
    for x in [CX - 220.0, CX - 150.0, CX + 150.0, CX + 220.0] {
        legs = legs.m(x, 340.0).l(x + (x - CX) * 0.05, FLOOR + 40.0);
    }
    s.path(legs.d())
        .fill("none")
        .stroke(DARK_WOOD, 14.0)
        .a("stroke-linecap", "round")
        .close();
    let top = Path::new().poly(&[
        (CX - 170.0, 190.0),
        (CX + 170.0, 190.0),
        (CX + 250.0, 320.0),
        (CX - 250.0, 320.0),
    ]);
    s.path(top.d()).fill(WOOD).close();
    s.rect(CX - 250.0, 320.0, 500.0, 36.0).fill(DARK_WOOD).close();
    s.rect(CX - 250.0, 326.0, 500.0, 8.0).fill(p.a).close();
    let mut strings = Path::new();
    for k in 0..10 {
        let y = 202.0 + 12.0 * k as f32;
        let inset = 170.0 + 80.0 * (y - 190.0) / 130.0 - 14.0;
        strings = strings.m(CX - inset, y).h(CX + inset);
    }
    s.path(strings.d()).fill("none").stroke(PAPER, 1.5).close();
    s.path(
        Path::new()
            .m(CX - 60.0, 196.0)
            .l(CX - 80.0, 316.0)
            .m(CX + 90.0, 196.0)
            .l(CX + 110.0, 316.0)
            .d(),
    )
    .fill("none")
    .stroke(DARK_WOOD, 6.0)
    .close();
    for (x, y) in [(CX - 150.0, 250.0), (CX + 20.0, 270.0)] {
        s.path(Path::new().m(x, y).l(x + 130.0, y - 30.0).d())
            .fill("none")
            .stroke(DARK_WOOD, 4.0)
            .close();
        s.ellipse(x + 134.0, y - 31.0, 10.0, 5.0).fill(p.b).close();
    }
    s.circle(CX - 20.0, 250.0, 20.0)
        .fill(DARK_WOOD)
        .stroke(p.b, 4.0)
        .close();
}
