//! Honours for display cases: a cup, a medal on its ribbon and a ceremonial city key.

use super::display::{BASE, MID};
use super::motif::Motif;
use super::palette::{Rgb, GOLD};
use super::path::Path;
use super::scene::CX;
use super::subject::Subject;
use super::svg::Svg;

/// A two-handled cup on a plinth.
pub fn trophy(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let (metal, dark) = (GOLD, GOLD.dark(35));
    s.rect(CX - 60.0, BASE - 40.0, 120.0, 34.0)
        .fill(Rgb::hex(0x3a2a20))
        .close();
    s.rect(CX - 14.0, 260.0, 28.0, 64.0).fill(dark).close();
    for side in [-1.0f32, 1.0] {
        s.circle(CX + 74.0 * side, 196.0, 28.0)
            .fill("none")
            .stroke(dark, 10.0)
            .close();
    }
    let cup = Path::new()
        .m(CX - 76.0, 140.0)
        .h(CX + 76.0)
        .c((CX + 76.0, 230.0), (CX + 30.0, 268.0), (CX, 268.0))
        .c((CX - 30.0, 268.0), (CX - 76.0, 230.0), (CX - 76.0, 140.0))
        .z();
    s.path(cup.d()).fill(metal).close();
    s.rect(CX - 30.0, BASE - 52.0, 60.0, 12.0).fill(p.a).close();
}

/// A medal on its ribbon, with a motif in relief.
pub fn medal(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let (metal, dark) = (GOLD, GOLD.dark(35));
    s.path(
        Path::new()
            .poly(&[
                (CX - 50.0, 130.0),
                (CX + 50.0, 130.0),
                (CX + 24.0, 230.0),
                (CX - 24.0, 230.0),
            ])
            .d(),
    )
    .fill(p.a)
    .close();
    s.path(
        Path::new()
            .poly(&[
                (CX - 14.0, 130.0),
                (CX + 14.0, 130.0),
                (CX + 8.0, 230.0),
                (CX - 8.0, 230.0),
            ])
            .d(),
    )
    .fill(p.b)
    .close();
    s.circle(CX, 280.0, 60.0).fill(metal).stroke(dark, 6.0).close();
    Motif::choose(sub).draw(s, CX, 280.0, 34.0, dark, dark);
}

/// A ceremonial city key with a tasselled cord.
pub fn key(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let metal = GOLD;
    let key = Path::new()
        .m(CX - 60.0, MID - 10.0)
        .h(CX + 120.0)
        .v(MID + 34.0)
        .h(CX + 104.0)
        .v(MID + 14.0)
        .h(CX + 84.0)
        .v(MID + 30.0)
        .h(CX + 70.0)
        .v(MID + 10.0)
        .h(CX - 60.0)
        .z();
    s.path(key.d()).fill(metal).close();
    s.circle(CX - 100.0, MID, 46.0)
        .fill("none")
        .stroke(metal, 18.0)
        .close();
    s.circle(CX - 100.0, MID, 14.0).fill(p.a).close();
    s.path(
        Path::new()
            .m(CX - 150.0, MID + 40.0)
            .q(CX - 160.0, MID + 90.0, CX - 120.0, BASE - 10.0)
            .d(),
    )
    .fill("none")
    .stroke(p.b, 8.0)
    .close();
}
