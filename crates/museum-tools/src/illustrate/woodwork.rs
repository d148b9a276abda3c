//! Wooden crafts: a boomerang, a chair, a nutcracker soldier and a row of nesting dolls.

use super::palette::{Rgb, GOLD, PAPER, WOOD};
use super::path::Path;
use super::scene::{self, CX, FLOOR};
use super::subject::Subject;
use super::svg::Svg;

/// A boomerang painted with dots, hung on the wall.
pub fn boomerang(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let shape = Path::new()
        .m(-250.0, 60.0)
        .q(-120.0, -60.0, 0.0, -80.0)
        .q(120.0, -60.0, 250.0, 60.0)
        .q(260.0, 90.0, 230.0, 86.0)
        .q(120.0, -10.0, 0.0, -20.0)
        .q(-120.0, -10.0, -230.0, 86.0)
        .q(-260.0, 90.0, -250.0, 60.0)
        .z();
    scene::hang(s, sub, -6.0, 1.0, 0.0);
    scene::soft(s.path(shape.d()).transform("translate(8 14)")).close();
    s.path(shape.d()).fill(Rgb::hex(0x9c5a2e)).close();
    let mut dots = Path::new()
        .m(-220.0, 58.0)
        .q(-120.0, -30.0, 0.0, -50.0)
        .q(120.0, -30.0, 220.0, 58.0);
    s.path(dots.d())
        .fill("none")
        .stroke(PAPER, 8.0)
        .a("stroke-dasharray", "0 16")
        .a("stroke-linecap", "round")
        .close();
    dots = Path::new()
        .m(-160.0, 24.0)
        .q(-80.0, -32.0, 0.0, -38.0)
        .q(80.0, -32.0, 160.0, 24.0);
    s.path(dots.d())
        .fill("none")
        .stroke(p.b, 6.0)
        .a("stroke-dasharray", "0 14")
        .a("stroke-linecap", "round")
        .close();
    s.end();
}

/// A simple wooden chair with a slatted back.
pub fn chair(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    scene::floor_shadow(s, CX + 20.0, FLOOR + 42.0, 150.0);
    let dark = WOOD.dark(30);
    let legs = Path::new()
        .m(CX - 100.0, 320.0)
        .v(FLOOR + 40.0)
        .m(CX + 110.0, 320.0)
        .v(FLOOR + 40.0)
        .m(CX - 60.0, 330.0)
        .v(FLOOR + 10.0)
        .m(CX + 150.0, 320.0)
        .v(FLOOR + 10.0);
    s.path(legs.d())
        .fill("none")
        .stroke(dark, 16.0)
        .a("stroke-linecap", "round")
        .close();
    s.path(
        Path::new()
            .poly(&[
                (CX - 110.0, 300.0),
                (CX + 120.0, 300.0),
                (CX + 160.0, 270.0),
                (CX - 60.0, 270.0),
            ])
            .d(),
    )
    .fill(WOOD.light(15))
    .close();
    s.rect(CX - 110.0, 300.0, 230.0, 22.0).fill(WOOD).close();
    s.path(
        Path::new()
            .m(CX - 50.0, 272.0)
            .v(90.0)
            .m(CX + 150.0, 272.0)
            .v(90.0)
            .d(),
    )
    .fill("none")
    .stroke(dark, 16.0)
    .a("stroke-linecap", "round")
    .close();
    s.rect(CX - 60.0, 92.0, 220.0, 36.0)
        .a("rx", 8.0)
        .fill(WOOD)
        .close();
    let mut slats = Path::new();
    for k in 0..4 {
        let x = CX - 14.0 + 40.0 * k as f32;
        slats = slats.m(x, 128.0).v(272.0);
    }
    s.path(slats.d()).fill("none").stroke(WOOD, 12.0).close();
    s.rect(CX - 30.0, 100.0, 160.0, 6.0)
        .fill(p.a)
        .opacity(".8")
        .close();
}

/// A nutcracker soldier: tall hat, white beard, hinged jaw, bright tunic and black boots.
pub fn nutcracker(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    scene::plinth(s, p, 440.0, 90.0);
    let black = Rgb::hex(0x1e1e22);
    s.rect(CX - 70.0, 414.0, 140.0, 26.0).fill(WOOD.dark(20)).close();
    s.rect(CX - 44.0, 330.0, 38.0, 84.0).fill(black).close();
    s.rect(CX + 6.0, 330.0, 38.0, 84.0).fill(black).close();
    s.rect(CX - 56.0, 210.0, 112.0, 126.0)
        .a("rx", 10.0)
        .fill(p.a)
        .close();
    s.rect(CX - 56.0, 300.0, 112.0, 14.0).fill(black).close();
    s.path(Path::new().m(CX, 220.0).v(296.0).d())
        .fill("none")
        .stroke(GOLD, 8.0)
        .a("stroke-dasharray", "0 18")
        .a("stroke-linecap", "round")
        .close();
    s.path(
        Path::new()
            .m(CX - 64.0, 220.0)
            .v(320.0)
            .m(CX + 64.0, 220.0)
            .v(320.0)
            .d(),
    )
    .fill("none")
    .stroke(p.a.dark(20), 20.0)
    .a("stroke-linecap", "round")
    .close();
    s.rect(CX - 40.0, 130.0, 80.0, 84.0)
        .a("rx", 12.0)
        .fill(Rgb::hex(0xf1cfae))
        .close();
    s.path(
        Path::new()
            .m(CX - 42.0, 176.0)
            .q(CX, 240.0, CX + 42.0, 176.0)
            .z()
            .d(),
    )
    .fill(PAPER)
    .close();
    s.rect(CX - 22.0, 178.0, 44.0, 12.0)
        .a("rx", 4.0)
        .fill(PAPER.dark(20))
        .close();
    s.circle(CX - 16.0, 156.0, 5.0).fill(black).close();
    s.circle(CX + 16.0, 156.0, 5.0).fill(black).close();
    s.rect(CX - 46.0, 56.0, 92.0, 80.0)
        .a("rx", 8.0)
        .fill(black)
        .close();
    s.rect(CX - 46.0, 118.0, 92.0, 14.0).fill(p.b).close();
    s.circle(CX, 84.0, 12.0).fill(GOLD).close();
}

/// A row of nesting dolls, largest first, each with a flowered apron.
pub fn dolls(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    scene::plinth(s, p, 420.0, 250.0);
    let scales = [1.0f32, 0.82, 0.66, 0.52, 0.4];
    let gap = 14.0;
    let total: f32 = scales.iter().map(|k| 128.0 * k + gap).sum::<f32>() - gap;
    let mut x = CX - total / 2.0;
    for (k, scale) in scales.into_iter().enumerate() {
        let (hw, hgt) = (64.0 * scale, 260.0 * scale);
        let cx = x + hw;
        let base = 408.0;
        let shape = Path::mirrored(
            cx,
            (0.0, base - hgt),
            &[
                [
                    (hw * 0.62, base - hgt),
                    (hw * 0.7, base - hgt * 0.62),
                    (hw * 0.55, base - hgt * 0.56),
                ],
                [(hw * 1.1, base - hgt * 0.42), (hw, base), (hw * 0.8, base)],
            ],
        );
        let body = [p.a, p.b, p.c, p.a, p.b][k];
        s.path(shape.d()).fill(body).stroke(body.dark(25), 2.0).close();
        s.circle(cx, base - hgt * 0.74, hw * 0.36)
            .fill(Rgb::hex(0xf6dcc4))
            .close();
        s.ellipse(cx, base - hgt * 0.3, hw * 0.62, hgt * 0.22)
            .fill(PAPER)
            .close();
        let (fy, fr) = (base - hgt * 0.3, hw * 0.26);
        s.circle(cx, fy, fr)
            .fill("none")
            .stroke(body, fr * 0.9)
            .a("stroke-dasharray", format!("0 {}", super::svg::num(fr * 1.04)))
            .a("stroke-linecap", "round")
            .close();
        s.circle(cx, fy, fr * 0.4).fill(Rgb::hex(0xe9c46a)).close();
        x += 2.0 * hw + gap;
    }
}
