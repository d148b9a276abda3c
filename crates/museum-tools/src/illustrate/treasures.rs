//! Classic objects for display cases: hemispheres, a football, a football shirt, an open book, a
//! globe and a model building.

use super::display::{BASE, MID};
use super::motif::Motif;
use super::palette::{Rgb, GOLD, PAPER};
use super::path::{polar, Path};
use super::scene::CX;
use super::subject::Subject;
use super::svg::Svg;

/// Two copper hemispheres pressed together, with ring handles, on a stand.
pub fn hemispheres(s: &mut Svg) {
    let copper = Rgb::hex(0xc0743f);
    for side in [-1.0f32, 1.0] {
        s.circle(CX + 96.0 * side, MID, 24.0)
            .fill("none")
            .stroke(copper.dark(30), 8.0)
            .close();
    }
    s.circle(CX, MID, 74.0).fill(copper).close();
    s.path(
        Path::new()
            .m(CX + 4.0, MID - 74.0)
            .arc(74.0, 74.0, false, true, CX + 4.0, MID + 74.0)
            .z()
            .d(),
    )
    .fill(copper.dark(18))
    .close();
    s.rect(CX - 6.0, MID - 84.0, 12.0, 168.0)
        .a("rx", 3.0)
        .fill(copper.dark(35))
        .close();
    s.rect(CX - 40.0, MID + 70.0, 80.0, BASE - MID - 76.0)
        .fill(Rgb::hex(0x3a2a20))
        .close();
}

/// A football with its black patches.
pub fn ball(s: &mut Svg) {
    s.circle(CX, MID + 20.0, 84.0)
        .fill(PAPER)
        .stroke(Rgb::hex(0x2b2b2b), 3.0)
        .close();
    let c = (CX, MID + 20.0);
    let pent = |cx: f32, cy: f32, r: f32| {
        (0..5)
            .map(|k| polar(cx, cy, r, k as f32 * 72.0))
            .collect::<Vec<_>>()
    };
    let mut patches = Path::new().poly(&pent(c.0, c.1, 28.0));
    for k in 0..5 {
        let (px, py) = polar(c.0, c.1, 78.0, k as f32 * 72.0 + 36.0);
        patches = patches.poly(&pent(px, py, 22.0));
    }
    s.el("clipPath").a("id", "o").open();
    s.circle(c.0, c.1, 84.0).close();
    s.end();
    s.path(patches.d())
        .fill(Rgb::hex(0x2b2b2b))
        .a("clip-path", "url(#o)")
        .close();
}

/// A striped football shirt (red and white for Sunderland AFC).
pub fn shirt(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let pts = [
        (CX - 40.0, 150.0),
        (CX - 110.0, 176.0),
        (CX - 130.0, 236.0),
        (CX - 90.0, 246.0),
        (CX - 80.0, 226.0),
        (CX - 80.0, 340.0),
        (CX + 80.0, 340.0),
        (CX + 80.0, 226.0),
        (CX + 90.0, 246.0),
        (CX + 130.0, 236.0),
        (CX + 110.0, 176.0),
        (CX + 40.0, 150.0),
        (CX, 170.0),
    ];
    let shirt = Path::new().poly(&pts);
    s.el("clipPath").a("id", "o").open();
    s.path(shirt.d()).close();
    s.end();
    s.path(shirt.d()).fill(PAPER).close();
    let mut stripes = Path::new();
    for k in 0..5 {
        stripes = stripes.m(CX - 100.0 + 50.0 * k as f32, 140.0).v(350.0);
    }
    let colour = if sub.has(&["safc", "sunderland"]) {
        Rgb::hex(0xd2232a)
    } else {
        p.a
    };
    s.path(stripes.d())
        .fill("none")
        .stroke(colour, 24.0)
        .a("clip-path", "url(#o)")
        .close();
    s.path(shirt.d())
        .fill("none")
        .stroke(p.ink, 3.0)
        .a("stroke-linejoin", "round")
        .close();
}

/// An open book on a cloth-bound cover.
pub fn book(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let (l, rr) = (
        Path::new()
            .m(CX, 210.0)
            .q(CX - 70.0, 184.0, CX - 150.0, 200.0)
            .v(320.0)
            .q(CX - 70.0, 306.0, CX, 330.0)
            .z(),
        Path::new()
            .m(CX, 210.0)
            .q(CX + 70.0, 184.0, CX + 150.0, 200.0)
            .v(320.0)
            .q(CX + 70.0, 306.0, CX, 330.0)
            .z(),
    );
    s.path(
        Path::new()
            .m(CX, 226.0)
            .q(CX - 80.0, 200.0, CX - 164.0, 214.0)
            .v(338.0)
            .h(CX + 164.0)
            .v(214.0)
            .q(CX + 80.0, 200.0, CX, 226.0)
            .z()
            .d(),
    )
    .fill(p.a)
    .close();
    s.path(l.d()).fill(PAPER).close();
    s.path(rr.d()).fill(PAPER.dark(5)).close();
    let mut lines = Path::new();
    for k in 0..6 {
        let y = 222.0 + 16.0 * k as f32;
        lines = lines.m(CX - 130.0, y).h(CX - 24.0).m(CX + 24.0, y).h(CX + 130.0);
    }
    s.path(lines.d())
        .fill("none")
        .stroke(p.ink, 3.0)
        .opacity(".35")
        .close();
}

/// A globe on a stand.
pub fn globe(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let dark = GOLD.dark(35);
    s.path(
        Path::new()
            .m(CX - 100.0, 270.0)
            .arc(104.0, 104.0, false, false, CX + 60.0, 150.0)
            .d(),
    )
    .fill("none")
    .stroke(dark, 8.0)
    .close();
    s.circle(CX, 226.0, 90.0).fill(p.c.mix(PAPER, 45)).close();
    let land = Path::new()
        .m(CX - 60.0, 180.0)
        .q(CX - 10.0, 150.0, CX + 20.0, 190.0)
        .q(CX + 60.0, 230.0, CX + 10.0, 260.0)
        .q(CX - 40.0, 250.0, CX - 60.0, 180.0)
        .z();
    s.path(land.d()).fill(p.a).close();
    s.rect(CX - 8.0, 316.0, 16.0, BASE - 346.0).fill(dark).close();
    s.rect(CX - 50.0, BASE - 30.0, 100.0, 24.0)
        .a("rx", 6.0)
        .fill(dark)
        .close();
}

/// A model building.
pub fn model(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    Motif::Building.draw(s, CX, MID + 6.0, 100.0, p.a, p.b);
}
