//! Ornamental crafts: a necklace on a display bust, a star lantern and an engraved glass panel.

use super::motif::Motif;
use super::palette::{Rgb, GOLD, PAPER};
use super::path::{polar, Path};
use super::scene::{self, CX};
use super::subject::Subject;
use super::svg::Svg;

/// A necklace on a velvet display bust: beads and a pendant in amber, silver or greenstone; a
/// Mărțișor token is a red-and-white cord with a little flower.
pub fn jewellery(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    scene::plinth(s, p, 420.0, 110.0);
    let velvet = p.a.mix(Rgb::hex(0x1c1c22), 55);
    let bust = Path::mirrored(
        CX,
        (40.0, 110.0),
        &[
            [(44.0, 170.0), (60.0, 200.0), (130.0, 230.0)],
            [(150.0, 240.0), (150.0, 380.0), (120.0, 408.0)],
        ],
    );
    scene::soft(s.path(bust.d()).transform("translate(8 10)")).close();
    s.path(bust.d()).fill(velvet).close();
    let chain = Path::new().m(CX - 70.0, 210.0).q(CX, 350.0, CX + 70.0, 210.0);
    if sub.has(&["token", "martisor", "mărțișor"]) {
        s.path(chain.d()).fill("none").stroke(PAPER, 8.0).close();
        s.path(chain.d())
            .fill("none")
            .stroke(Rgb::hex(0xc8102e), 8.0)
            .a("stroke-dasharray", "10 10")
            .close();
        Motif::Flower.draw(s, CX, 300.0, 30.0, Rgb::hex(0xc8102e), PAPER);
        return;
    }
    let (bead, dark) = if sub.has(&["amber"]) {
        (Rgb::hex(0xe39b2d), Rgb::hex(0x9c5a12))
    } else if sub.has(&["pounamu", "koru", "jade", "greenstone"]) {
        (Rgb::hex(0x3f8f6b), Rgb::hex(0x1f5a40))
    } else if sub.has(&["gold"]) {
        (GOLD, GOLD.dark(35))
    } else {
        (Rgb::hex(0xd3d7dd), Rgb::hex(0x7d848e))
    };
    s.path(chain.d())
        .fill("none")
        .stroke(bead, 14.0)
        .a("stroke-dasharray", "0 18")
        .a("stroke-linecap", "round")
        .close();
    if sub.has(&["koru"]) {
        let koru = Path::new()
            .m(CX + 30.0, 330.0)
            .arc(36.0, 36.0, false, true, CX - 40.0, 310.0)
            .arc(26.0, 26.0, false, true, CX + 8.0, 290.0)
            .arc(12.0, 12.0, false, true, CX - 12.0, 300.0);
        s.path(koru.d())
            .fill("none")
            .stroke(bead, 16.0)
            .a("stroke-linecap", "round")
            .close();
    } else {
        let drop = Path::new()
            .m(CX, 282.0)
            .q(CX + 44.0, 330.0, CX, 360.0)
            .q(CX - 44.0, 330.0, CX, 282.0)
            .z();
        s.path(drop.d()).fill(bead).stroke(dark, 4.0).close();
        s.ellipse(CX - 8.0, 318.0, 6.0, 12.0)
            .fill(PAPER)
            .opacity(".5")
            .close();
    }
}

/// A five-pointed star lantern with a glowing centre and two tails.
pub fn lantern(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let cy = 230.0;
    s.path(Path::new().m(CX, 40.0).v(cy - 140.0).d())
        .fill("none")
        .stroke(p.ink, 2.0)
        .close();
    s.circle(CX, cy, 170.0)
        .fill(Rgb::hex(0xffe9a8))
        .opacity(".45")
        .a("filter", "url(#b)")
        .close();
    let star = |r0: f32, r1: f32| {
        let pts: Vec<(f32, f32)> = (0..10)
            .map(|k| polar(CX, cy, if k % 2 == 0 { r0 } else { r1 }, k as f32 * 36.0))
            .collect();
        Path::new().poly(&pts)
    };
    let mut tails = Path::new();
    for side in [-1.0f32, 1.0] {
        let (x, y) = polar(CX, cy, 90.0, 180.0 - 36.0 * side);
        tails = tails
            .m(x, y)
            .q(x + 20.0 * side, y + 90.0, x - 10.0 * side, y + 190.0);
    }
    s.path(tails.d())
        .fill("none")
        .stroke(p.b, 10.0)
        .a("stroke-linecap", "round")
        .close();
    s.path(star(150.0, 66.0).d())
        .fill(p.a)
        .stroke(PAPER, 6.0)
        .a("stroke-linejoin", "round")
        .close();
    s.path(star(92.0, 40.0).d()).fill(Rgb::hex(0xffe9a8)).close();
    s.circle(CX, cy, 24.0).fill(p.b).close();
}

/// A glass panel on a small stand, engraved with arched bridges over a river.
pub fn glass_panel(s: &mut Svg, sub: &Subject) {
    scene::plinth(s, &sub.palette, 430.0, 160.0);
    let (x, y, w, h) = (CX - 220.0, 120.0, 440.0, 290.0);
    s.rect(CX - 120.0, 410.0, 240.0, 20.0)
        .fill(Rgb::hex(0x3a2a20))
        .close();
    scene::soft(s.rect(x + 8.0, y + 10.0, w, h)).close();
    s.rect(x, y, w, h)
        .fill(Rgb::hex(0xa8d8e0))
        .a("fill-opacity", ".75")
        .stroke(Rgb::hex(0x6fb3c2), 6.0)
        .close();
    let engraving = Path::new()
        .m(x + 20.0, y + 190.0)
        .h(x + w - 20.0)
        .m(x + 40.0, y + 190.0)
        .q(x + 150.0, y + 40.0, x + 260.0, y + 190.0)
        .m(x + 230.0, y + 150.0)
        .h(x + w - 20.0)
        .m(x + 260.0, y + 230.0)
        .q(x + 340.0, y + 120.0, x + w - 30.0, y + 230.0);
    s.path(engraving.d())
        .fill("none")
        .stroke(PAPER, 6.0)
        .opacity(".9")
        .close();
    let mut hangers = Path::new();
    for k in 1..8 {
        let hx = x + 40.0 + 27.5 * k as f32;
        hangers = hangers
            .m(hx, y + 190.0)
            .v(y + 190.0 - 150.0 * (1.0 - ((hx - x - 150.0) / 110.0).powi(2)) * 0.5);
    }
    s.path(hangers.d())
        .fill("none")
        .stroke(PAPER, 3.0)
        .opacity(".8")
        .close();
    s.path(
        Path::new()
            .m(x + 30.0, y + 250.0)
            .h(x + 200.0)
            .m(x + 60.0, y + 268.0)
            .h(x + 160.0)
            .d(),
    )
    .fill("none")
    .stroke(PAPER, 3.0)
    .opacity(".6")
    .close();
    s.path(Path::new().m(x + 30.0, y + 40.0).l(x + 110.0, y + 10.0).d())
        .fill("none")
        .stroke(PAPER, 8.0)
        .opacity(".5")
        .a("stroke-linecap", "round")
        .close();
}
