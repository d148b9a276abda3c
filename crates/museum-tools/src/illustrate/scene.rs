//! The stage every illustration shares: the 800 × 600 canvas, a calm wall and floor, soft shadows
//! and the credit line.

use super::lettering;
use super::palette::{Palette, Rgb, GOLD, STONE};
use super::subject::Subject;
use super::svg::{num, translate, El, Svg};

/// The label every drawing carries: it is an illustration made for the tour, not a photograph.
pub const LABEL: &str = "Illustration";

/// Canvas width.
pub const W: f32 = 800.0;
/// Canvas height.
pub const H: f32 = 600.0;
/// The horizontal centre, where the object stands.
pub const CX: f32 = 400.0;
/// Where the wall meets the floor.
pub const FLOOR: f32 = 456.0;
/// The colour of shadows.
const SHADOW: Rgb = Rgb::hex(0x1d1a16);

/// Starts a drawing: the root element, `<title>`, the shared blur and the backdrop.
pub fn begin(sub: &Subject) -> Svg {
    let p = &sub.palette;
    let mut s = Svg::default();
    s.el("svg")
        .a("xmlns", "http://www.w3.org/2000/svg")
        .a("viewBox", "0 0 800 600")
        .a("width", W)
        .a("height", H)
        .a("role", "img")
        .a("font-family", "system-ui, sans-serif")
        .open();
    s.el("title").content(&sub.title);
    s.el("defs").open();
    s.el("filter")
        .a("id", "b")
        .a("filterUnits", "userSpaceOnUse")
        .a("x", -400.0)
        .a("y", -300.0)
        .a("width", 1600.0)
        .a("height", 1200.0)
        .open();
    s.el("feGaussianBlur").a("stdDeviation", 7.0).close();
    s.end();
    s.end();
    s.rect(0.0, 0.0, W, H).fill(p.wall).close();
    s.circle(CX, 262.0, 236.0).fill(p.halo).close();
    s.rect(0.0, FLOOR, W, H - FLOOR).fill(p.floor).close();
    s
}

/// Adds the credit line and the flag ribbon, and returns the finished document.
pub fn finish(mut s: Svg, sub: &Subject) -> String {
    let p = &sub.palette;
    for (i, colour) in p.flag().into_iter().enumerate() {
        s.rect(24.0 + 22.0 * i as f32, 578.0, 22.0, 6.0)
            .fill(colour)
            .close();
    }
    // The label, drawn as strokes (no font lookups: lettering.rs), ending 20 px from the right edge.
    let (d, width) = lettering::word(LABEL).expect("the label's letters are drawn");
    s.path(&d)
        .a(
            "transform",
            format!("{} scale(1.35)", translate(W - 20.0 - width * 1.35, H - 16.0)),
        )
        .fill("none")
        .a("stroke", p.ink)
        .a("stroke-linecap", "round")
        .opacity(".6")
        .close();
    s.finish()
}

/// Makes `el` a soft shadow (blurred, translucent).
pub fn soft(el: El<'_>) -> El<'_> {
    el.fill(SHADOW).opacity(".24").a("filter", "url(#b)")
}

/// Makes a stroked `el` a soft shadow of a line `width` wide.
pub fn soft_line(el: El<'_>, width: f32) -> El<'_> {
    el.fill("none")
        .stroke(SHADOW, width)
        .opacity(".24")
        .a("filter", "url(#b)")
}

/// A soft shadow on the floor under an object standing at `(cx, y)`, `rx` wide each side.
pub fn floor_shadow(s: &mut Svg, cx: f32, y: f32, rx: f32) {
    soft(s.ellipse(cx, y, rx, (rx * 0.1).max(6.0))).close();
}

/// A soft shadow for a flat object hanging on the wall, offset down and right.
pub fn wall_shadow(s: &mut Svg, x: f32, y: f32, w: f32, h: f32, r: f32) {
    soft(s.rect(x + 6.0, y + 10.0, w, h).a("rx", r)).close();
}

/// A display plinth whose top is at `top`, `half` wide each side of the centre, standing on the
/// floor with its shadow and, when tall enough, a small brass label.
pub fn plinth(s: &mut Svg, p: &Palette, top: f32, half: f32) {
    let bottom = 502.0;
    floor_shadow(s, CX, bottom, half + 45.0);
    let stone = STONE.mix(p.a, 12);
    s.rect(CX - half, top, 2.0 * half, bottom - top)
        .fill(stone)
        .close();
    s.rect(CX + half * 0.45, top, half * 0.55, bottom - top)
        .fill(stone.dark(8))
        .close();
    s.rect(CX - half - 10.0, top - 12.0, 2.0 * half + 20.0, 14.0)
        .fill(stone.light(30))
        .close();
    if bottom - top > 90.0 {
        s.rect(CX - 34.0, top + 40.0, 68.0, 16.0)
            .a("rx", 2.0)
            .fill(GOLD.light(25))
            .close();
        s.rect(CX - 24.0, top + 46.0, 48.0, 4.0)
            .fill(p.ink)
            .opacity(".35")
            .close();
    }
}

/// Opens a group for an object hung on the wall at a slant: local coordinates are centred on the
/// wall, shifted down by `dy`, scaled by `k` and turned by `deg` plus a few degrees from the hash.
/// Close it with `s.end()`.
pub fn hang(s: &mut Svg, sub: &Subject, deg: f32, k: f32, dy: f32) {
    let tilt = deg + sub.rng("tilt").range(-5.0, 5.0);
    let scale = format!("{:.2}", k)
        .trim_end_matches('0')
        .trim_end_matches('.')
        .to_string();
    let t = format!(
        "{} rotate({}) scale({scale}) translate(0 {})",
        translate(CX, 262.0),
        num(tilt),
        num(dy)
    );
    s.g().transform(&t).open();
}
