//! A postage stamp: perforated (scalloped) paper, a framed motif in the flag's colours, a
//! denomination and the country's name, sometimes with a postmark.

use super::motif::Motif;
use super::palette::PAPER;
use super::path::Path;
use super::scene::{self, CX};
use super::subject::Subject;
use super::svg::{rotate, Svg};

/// Perforation pitch: stamp sides are whole multiples of it, so a hole sits on every corner.
const PITCH: f32 = 20.0;

/// Draws the stamp.
pub fn draw(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let mut r = sub.rng("stamp");
    let (w, h) = if r.chance(35) {
        (19.0 * PITCH, 15.0 * PITCH)
    } else {
        (15.0 * PITCH, 19.0 * PITCH)
    };
    let (x, y) = (CX - w / 2.0, 262.0 - h / 2.0);
    let tilt = r.range(-5.0, 5.0);
    let value = r.pick(&[1, 2, 3, 5, 8, 10, 12, 20, 25, 30, 40, 50, 60, 80, 100]);

    s.el("mask").a("id", "m").open();
    s.rect(x, y, w, h).fill("#fff").close();
    s.rect(x, y, w, h)
        .fill("none")
        .stroke("#000", 13.0)
        .a("stroke-dasharray", "0 20")
        .a("stroke-linecap", "round")
        .close();
    s.end();

    s.g().transform(&rotate(tilt, CX, 262.0)).open();
    scene::wall_shadow(s, x, y, w, h, 0.0);
    s.rect(x, y, w, h).fill(PAPER).a("mask", "url(#m)").close();
    let (ix, iy, iw, ih) = (x + 30.0, y + 30.0, w - 60.0, h - 82.0);
    s.rect(ix - 7.0, iy - 7.0, iw + 14.0, ih + 14.0)
        .fill("none")
        .stroke(p.a, 2.0)
        .close();
    s.rect(ix, iy, iw, ih).fill(p.a).close();
    let size = iw.min(ih) * 0.34;
    Motif::choose(sub).draw(s, ix + iw / 2.0, iy + ih / 2.0 + 14.0, size, PAPER, p.b);
    s.text(ix + 14.0, iy + 44.0, 38.0)
        .a("font-weight", "700")
        .fill(PAPER)
        .content(&value.to_string());
    if !sub.country.is_empty() {
        s.text(CX, y + h - 22.0, 18.0)
            .a("text-anchor", "middle")
            .a("letter-spacing", 3.0)
            .a("font-weight", "600")
            .fill(p.ink)
            .content(&sub.country.to_uppercase());
    }
    s.end();

    if r.chance(55) {
        postmark(s, x + w - 20.0, y + 70.0, p.ink);
    }
}

/// A round postmark with wavy cancellation lines, in translucent ink.
fn postmark(s: &mut Svg, cx: f32, cy: f32, ink: super::palette::Rgb) {
    s.g().fill("none").a("stroke", ink).opacity(".45").open();
    s.circle(cx, cy, 48.0).a("stroke-width", 4.0).close();
    s.circle(cx, cy, 36.0).a("stroke-width", 2.0).close();
    let mut waves = Path::new();
    for k in 0..3 {
        waves = waves.wave(cx + 56.0, cx + 176.0, cy - 16.0 + 16.0 * k as f32, 7.0, 8);
    }
    s.path(waves.d()).a("stroke-width", 4.0).close();
    s.end();
}
