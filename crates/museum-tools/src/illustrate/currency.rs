//! Money: a coin (rim, beaded border, relief and value) on a display pad, or a banknote with
//! guilloche lines when the title says note or banknote.

use super::motif::Motif;
use super::palette::{Rgb, PAPER};
use super::path::Path;
use super::scene::{self, CX};
use super::subject::Subject;
use super::svg::{num, rotate, translate, Svg};

/// Coin metals: body, shade, highlight.
const METALS: [[u32; 3]; 3] = [
    [0xd6ab45, 0x8f6a1c, 0xf3dc96],
    [0xc9ced5, 0x7d848e, 0xf1f3f6],
    [0xc27c48, 0x84502c, 0xe8b38a],
];

/// Draws a coin or a banknote.
pub fn draw(s: &mut Svg, sub: &Subject) {
    if sub.has(&["note", "banknote", "bill", "paper", "money"]) {
        banknote(s, sub);
    } else {
        coin(s, sub);
    }
}

fn coin(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let mut r = sub.rng("coin");
    let metal = if sub.has(&["gold"]) {
        0
    } else if sub.has(&["silver"]) {
        1
    } else if sub.has(&["bronze", "copper"]) {
        2
    } else {
        r.below(3)
    };
    let [body, shade, light] = METALS[metal].map(Rgb::hex);
    let value = r.pick(&[1, 2, 5, 10, 20, 25, 50, 100]);
    let (cy, rad) = (262.0, 150.0);

    scene::wall_shadow(s, CX - 190.0, cy - 190.0, 380.0, 380.0, 28.0);
    s.rect(CX - 190.0, cy - 190.0, 380.0, 380.0)
        .a("rx", 28.0)
        .fill(p.a)
        .close();
    s.rect(CX - 176.0, cy - 176.0, 352.0, 352.0)
        .a("rx", 20.0)
        .fill(p.a.dark(12))
        .close();
    scene::soft(s.circle(CX + 8.0, cy + 12.0, rad)).close();
    s.circle(CX, cy, rad).fill(shade).close();
    s.circle(CX - 3.0, cy - 3.0, rad - 4.0).fill(light).close();
    s.circle(CX, cy, rad - 12.0).fill(body).close();
    s.circle(CX, cy, rad - 22.0)
        .fill("none")
        .stroke(shade, 5.0)
        .a("stroke-dasharray", "0 13")
        .a("stroke-linecap", "round")
        .close();
    s.circle(CX, cy, rad - 34.0)
        .fill("none")
        .stroke(shade, 2.0)
        .close();
    Motif::choose(sub).draw(s, CX, cy - 38.0, 46.0, shade, light);
    for (dx, colour) in [(-2.0, light), (0.0, shade)] {
        s.text(CX + dx, cy + 70.0 + dx, 72.0)
            .a("text-anchor", "middle")
            .a("font-weight", "800")
            .fill(colour)
            .content(&value.to_string());
    }
    if !sub.country.is_empty() {
        let arc = Path::new()
            .m(CX - 100.0, cy)
            .arc(100.0, 100.0, false, true, CX + 100.0, cy);
        s.el("path").a("id", "t").a("d", arc.d()).fill("none").close();
        s.el("text")
            .a("font-size", 17.0)
            .a("font-weight", "700")
            .a("letter-spacing", 4.0)
            .fill(shade)
            .open();
        s.el("textPath")
            .a("href", "#t")
            .a("startOffset", "50%")
            .a("text-anchor", "middle")
            .content(&sub.country.to_uppercase());
        s.end();
    }
}

fn banknote(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let mut r = sub.rng("note");
    let value = r.pick(&[5, 10, 20, 50, 100, 200, 500, 1000]);
    let tilt = r.range(-4.0, 4.0);
    let (w, h) = (560.0, 280.0);
    let (x, y) = (CX - w / 2.0, 262.0 - h / 2.0);
    let paper = PAPER.mix(p.b, 14);

    s.g().transform(&rotate(tilt, CX, 262.0)).open();
    scene::wall_shadow(s, x, y, w, h, 6.0);
    s.rect(x, y, w, h).a("rx", 6.0).fill(paper).close();
    s.rect(x + 14.0, y + 14.0, w - 28.0, h - 28.0)
        .a("rx", 4.0)
        .fill("none")
        .stroke(p.a, 3.0)
        .close();
    // Guilloche: interleaved waves across the note.
    let mut waves = Path::new();
    for k in 0..7 {
        let amp = if k % 2 == 0 { 10.0 } else { -10.0 };
        waves = waves.wave(x + 150.0, x + 470.0, y + 70.0 + 24.0 * k as f32, amp, 16);
    }
    s.path(waves.d())
        .fill("none")
        .stroke(p.a, 1.3)
        .opacity(".4")
        .close();
    // Rosette of turned ellipses.
    s.g()
        .transform(&translate(x + w - 120.0, y + h / 2.0 + 6.0))
        .fill("none")
        .a("stroke", p.c)
        .open();
    for k in 0..8 {
        s.ellipse(0.0, 0.0, 66.0, 22.0)
            .transform(&format!("rotate({})", num(k as f32 * 22.5)))
            .close();
    }
    s.end();
    // Portrait window with the motif, and a security strip in the flag colours.
    s.ellipse(x + 96.0, y + h / 2.0, 62.0, 82.0)
        .fill(PAPER)
        .stroke(p.a, 3.0)
        .close();
    Motif::choose(sub).draw(s, x + 96.0, y + h / 2.0, 42.0, p.a, p.b);
    for (i, colour) in p.flag().into_iter().enumerate() {
        s.rect(x + 176.0 + 8.0 * i as f32, y + 14.0, 8.0, h - 28.0)
            .fill(colour)
            .opacity(".8")
            .close();
    }
    for (tx, ty, size, anchor) in [
        (x + w - 34.0, y + 66.0, 44.0, "end"),
        (x + 212.0, y + h - 30.0, 30.0, "start"),
    ] {
        s.text(tx, ty, size)
            .a("text-anchor", anchor)
            .a("font-weight", "800")
            .fill(p.a)
            .content(&value.to_string());
    }
    if !sub.country.is_empty() {
        s.text(x + 212.0, y + 52.0, 18.0)
            .a("font-weight", "700")
            .a("letter-spacing", 3.0)
            .fill(p.ink)
            .content(&sub.country.to_uppercase());
    }
    s.end();
}
