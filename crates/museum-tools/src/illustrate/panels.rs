//! Paintings that hang without a gilt frame: an icon in an arched wooden panel and a painted tray.

use super::motif::Motif;
use super::palette::{Rgb, GOLD, PAPER, WOOD};
use super::path::Path;
use super::scene::{self, CX};
use super::subject::Subject;
use super::svg::Svg;

/// An icon: a saint with a halo on gold, in an arched wooden panel.
pub fn icon(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let (w, h) = (300.0, 400.0);
    let (x, y) = (CX - w / 2.0, 258.0 - h / 2.0);
    let arch = |inset: f32| {
        Path::new()
            .m(x + inset, y + h - inset)
            .v(y + 150.0)
            .arc(
                w / 2.0 - inset,
                130.0 - inset,
                false,
                true,
                x + w - inset,
                y + 150.0,
            )
            .v(y + h - inset)
            .z()
    };
    scene::soft(s.path(arch(0.0).d()).transform("translate(6 10)")).close();
    s.path(arch(0.0).d()).fill(WOOD.dark(30)).close();
    s.path(arch(16.0).d())
        .fill(GOLD.light(15))
        .stroke(p.b, 4.0)
        .close();
    s.circle(CX, y + 150.0, 62.0)
        .fill(GOLD.dark(10))
        .stroke(GOLD.dark(35), 3.0)
        .close();
    let robe = Path::new()
        .m(CX - 40.0, y + 200.0)
        .q(CX - 110.0, y + 230.0, CX - 112.0, y + h - 16.0)
        .h(CX + 112.0)
        .q(CX + 110.0, y + 230.0, CX + 40.0, y + 200.0)
        .z();
    s.path(robe.d()).fill(p.a).close();
    let mantle = Path::new()
        .m(CX - 50.0, y + 196.0)
        .q(CX, y + 300.0, CX + 50.0, y + 196.0)
        .q(CX + 90.0, y + 280.0, CX + 60.0, y + h - 16.0)
        .h(CX - 60.0)
        .q(CX - 90.0, y + 280.0, CX - 50.0, y + 196.0)
        .z();
    s.path(mantle.d()).fill(p.c.mix(p.a, 30)).close();
    s.ellipse(CX, y + 152.0, 34.0, 42.0)
        .fill(Rgb::hex(0xd9a878))
        .close();
    s.path(
        Path::new()
            .m(CX - 36.0, y + 160.0)
            .q(CX - 40.0, y + 100.0, CX, y + 104.0)
            .q(CX + 40.0, y + 100.0, CX + 36.0, y + 160.0)
            .q(CX + 20.0, y + 120.0, CX, y + 122.0)
            .q(CX - 20.0, y + 120.0, CX - 36.0, y + 160.0)
            .z()
            .d(),
    )
    .fill(Rgb::hex(0x4a2f1c))
    .close();
}

/// A painted tray: a bouquet on black lacquer with a gilt border, hung on the wall.
pub fn tray(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let cy = 262.0;
    scene::soft(s.ellipse(CX + 8.0, cy + 12.0, 250.0, 176.0)).close();
    s.ellipse(CX, cy, 250.0, 176.0).fill(Rgb::hex(0x1c1a1a)).close();
    s.ellipse(CX, cy, 232.0, 158.0)
        .fill("none")
        .stroke(GOLD, 4.0)
        .close();
    s.ellipse(CX, cy, 218.0, 146.0)
        .fill("none")
        .stroke(GOLD, 3.0)
        .a("stroke-dasharray", "2 8")
        .close();
    let mut leaves = Path::new();
    for (dx, dy) in [
        (-120.0, 30.0),
        (110.0, 40.0),
        (-60.0, -70.0),
        (70.0, -60.0),
        (0.0, 70.0),
    ] {
        leaves = leaves
            .m(CX, cy)
            .q(CX + dx * 0.5 - 20.0, cy + dy * 0.5, CX + dx, cy + dy);
    }
    s.path(leaves.d())
        .fill("none")
        .stroke(Rgb::hex(0x3f7d4e), 14.0)
        .a("stroke-linecap", "round")
        .close();
    let blooms = [
        (-70.0, -10.0, 50.0, p.a),
        (50.0, -30.0, 44.0, PAPER),
        (10.0, 40.0, 40.0, p.a.light(30)),
        (-10.0, -60.0, 30.0, Rgb::hex(0xe9c46a)),
    ];
    for (dx, dy, r, colour) in blooms {
        Motif::Flower.draw(s, CX + dx, cy + dy, r, colour, Rgb::hex(0xe9c46a));
    }
}
