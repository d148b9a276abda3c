//! Horns and pipes: a brass horn, a ram's-horn shofar and bagpipes.

use super::palette::{Rgb, PAPER};
use super::path::Path;
use super::scene::{self, CX};
use super::subject::Subject;
use super::svg::{num, Svg};

const BRASS: Rgb = Rgb::hex(0xd4a93c);

const HOLE: Rgb = Rgb::hex(0x3a2a1c);

/// A long conical horn with a flared bell, brass rings and a cord.
pub fn horn(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let shape = Path::new()
        .m(-290.0, -7.0)
        .l(120.0, -22.0)
        .q(200.0, -30.0, 250.0, -92.0)
        .v(92.0)
        .q(200.0, 30.0, 120.0, 22.0)
        .l(-290.0, 7.0)
        .z();
    scene::hang(s, sub, -14.0, 1.0, 0.0);
    scene::soft(s.path(shape.d()).transform("translate(8 14)")).close();
    s.path(shape.d()).fill(BRASS).close();
    s.ellipse(250.0, 0.0, 16.0, 92.0).fill(BRASS.dark(30)).close();
    s.ellipse(250.0, 0.0, 10.0, 80.0).fill(HOLE).close();
    s.path(Path::new().m(-290.0, -3.0).l(180.0, -22.0).d())
        .fill("none")
        .stroke(PAPER, 3.0)
        .opacity(".5")
        .close();
    for x in [-150.0, 0.0, 110.0] {
        let r = 8.0 + (x + 290.0) / 30.0;
        s.rect(x, -r - 3.0, 12.0, 2.0 * r + 6.0)
            .a("rx", 3.0)
            .fill(BRASS.dark(20))
            .close();
    }
    s.rect(-300.0, -9.0, 18.0, 18.0)
        .a("rx", 4.0)
        .fill(BRASS.dark(30))
        .close();
    let cord = Path::new().m(-150.0, 10.0).q(-40.0, 120.0, 110.0, 30.0);
    s.path(cord.d()).fill("none").stroke(p.a, 6.0).close();
    s.path(Path::new().m(-40.0, 75.0).v(140.0).d())
        .fill("none")
        .stroke(p.b, 10.0)
        .a("stroke-linecap", "round")
        .close();
    s.end();
}

/// A ram's-horn shofar: a curved, tapering horn, darker towards the mouthpiece.
pub fn shofar(s: &mut Svg, sub: &Subject) {
    let horn = Rgb::hex(0xd8c29c);
    let shape = Path::new()
        .m(-240.0, 30.0)
        .q(-40.0, 130.0, 190.0, -110.0)
        .l(250.0, -40.0)
        .q(-10.0, 170.0, -240.0, 48.0)
        .z();
    scene::hang(s, sub, 0.0, 1.0, 20.0);
    scene::soft(s.path(shape.d()).transform("translate(8 14)")).close();
    s.path(shape.d()).fill(horn).close();
    s.path(
        Path::new()
            .m(-240.0, 30.0)
            .q(-150.0, 80.0, -100.0, 84.0)
            .l(-96.0, 100.0)
            .q(-170.0, 92.0, -240.0, 48.0)
            .z()
            .d(),
    )
    .fill(horn.dark(40))
    .close();
    let mut ridges = Path::new();
    for k in 0..5 {
        let t = 0.3 + 0.12 * k as f32;
        let (x, y) = (-240.0 + 470.0 * t, 40.0 - 150.0 * t * t + 40.0 * t);
        ridges = ridges.m(x - 8.0, y - 14.0).q(x + 4.0, y, x + 2.0, y + 18.0);
    }
    s.path(ridges.d()).fill("none").stroke(horn.dark(25), 3.0).close();
    s.ellipse(220.0, -75.0, 22.0, 48.0)
        .transform("rotate(40 220 -75)")
        .fill(horn.dark(55))
        .close();
    s.end();
}

/// Bagpipes: a cloth-covered bag, three drones, a chanter and a blowpipe.
pub fn bagpipe(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let wood = Rgb::hex(0x3b2a20);
    scene::soft(s.ellipse(CX + 8.0, 312.0, 150.0, 100.0)).close();
    let mut drones = Path::new();
    for (k, len) in [210.0, 170.0, 140.0].into_iter().enumerate() {
        let x = CX - 40.0 + 60.0 * k as f32;
        drones = drones.m(x, 250.0).l(x + 60.0, 250.0 - len);
    }
    s.path(drones.d())
        .fill("none")
        .stroke(wood, 14.0)
        .a("stroke-linecap", "round")
        .close();
    s.path(
        Path::new()
            .m(CX - 90.0, 360.0)
            .l(CX - 130.0, 470.0)
            .m(CX - 120.0, 260.0)
            .l(CX - 200.0, 190.0)
            .d(),
    )
    .fill("none")
    .stroke(wood, 12.0)
    .a("stroke-linecap", "round")
    .close();
    let turn = format!("rotate(-12 {} 305)", num(CX));
    s.el("clipPath").a("id", "k").open();
    s.ellipse(CX, 305.0, 150.0, 100.0).transform(&turn).close();
    s.end();
    s.ellipse(CX, 305.0, 150.0, 100.0)
        .transform(&turn)
        .fill(p.a)
        .close();
    let mut check = Path::new();
    for k in 0..5 {
        let d = -120.0 + 60.0 * k as f32;
        check = check
            .m(CX + d, 215.0)
            .v(395.0)
            .m(CX - 150.0, 305.0 + d * 0.6)
            .h(CX + 150.0);
    }
    s.path(check.d())
        .fill("none")
        .stroke(p.b, 8.0)
        .opacity(".6")
        .a("clip-path", "url(#k)")
        .close();
    s.ellipse(CX, 305.0, 150.0, 100.0)
        .transform(&turn)
        .fill("none")
        .stroke(p.a.dark(25), 5.0)
        .close();
    for (k, len) in [210.0, 170.0, 140.0].into_iter().enumerate() {
        let x = CX - 40.0 + 60.0 * k as f32 + 60.0;
        s.circle(x, 250.0 - len, 11.0).fill(PAPER).close();
    }
    s.path(
        Path::new()
            .m(CX + 20.0, 240.0)
            .q(CX + 80.0, 300.0, CX + 60.0, 380.0)
            .d(),
    )
    .fill("none")
    .stroke(PAPER, 6.0)
    .close();
}
