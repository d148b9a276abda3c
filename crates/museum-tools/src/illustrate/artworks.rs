//! Painting styles for a framed canvas `(x, y, w, h)`: a dot painting, a colour field, a geometric
//! mural, a gold-leaf tree of life and a still life.

use super::palette::{Palette, Rgb, GOLD, PAPER};
use super::path::Path;
use super::svg::Svg;

type Canvas = (f32, f32, f32, f32);

/// A dot painting: rings of dots around meeting places, joined by dotted tracks.
pub fn dots(s: &mut Svg, (x, y, w, h): Canvas, _p: &Palette) {
    s.rect(x, y, w, h).fill(Rgb::hex(0x5a2e1a)).close();
    let centres = [(0.25, 0.3), (0.72, 0.35), (0.5, 0.72), (0.15, 0.78), (0.88, 0.8)];
    let at = |(u, v): (f32, f32)| (x + w * u, y + h * v);
    let mut tracks = Path::new();
    for pair in centres.windows(2) {
        let (a, b) = (at(pair[0]), at(pair[1]));
        tracks = tracks.m(a.0, a.1).l(b.0, b.1);
    }
    s.path(tracks.d())
        .fill("none")
        .stroke(Rgb::hex(0xe9c46a), 5.0)
        .a("stroke-dasharray", "0 11")
        .a("stroke-linecap", "round")
        .close();
    let colours = [0xf4efe6u32, 0xe07a3f, 0xe9c46a, 0xb5452b];
    for (i, &c) in centres.iter().enumerate() {
        let (cx, cy) = at(c);
        s.circle(cx, cy, 10.0).fill(Rgb::hex(colours[i % 4])).close();
        for ring in 1..4 {
            s.circle(cx, cy, 10.0 + 13.0 * ring as f32)
                .fill("none")
                .stroke(Rgb::hex(colours[(i + ring) % 4]), 6.0)
                .a("stroke-dasharray", "0 12")
                .a("stroke-linecap", "round")
                .close();
        }
    }
}

/// A colour field: two soft-edged blocks glowing on a dark ground.
pub fn colour_field(s: &mut Svg, (x, y, w, h): Canvas, p: &Palette) {
    s.rect(x, y, w, h).fill(p.a.dark(45)).close();
    s.rect(x + w * 0.1, y + h * 0.08, w * 0.8, h * 0.5)
        .fill(p.a.light(10))
        .a("filter", "url(#b)")
        .close();
    s.rect(x + w * 0.1, y + h * 0.64, w * 0.8, h * 0.28)
        .fill(p.c.mix(p.b, 40))
        .a("filter", "url(#b)")
        .close();
}

/// A geometric mural: black-outlined steps, diamonds and chevrons in bold colours.
pub fn geometric(s: &mut Svg, (x, y, w, h): Canvas, p: &Palette) {
    s.rect(x, y, w, h).fill(PAPER).close();
    let line = Rgb::hex(0x1a1a1a);
    let third = w / 3.0;
    let steps = Path::new().poly(&[
        (x + 14.0, y + h - 14.0),
        (x + 14.0, y + h * 0.4),
        (x + third * 0.3, y + h * 0.4),
        (x + third * 0.3, y + h * 0.2),
        (x + third * 0.7, y + h * 0.2),
        (x + third * 0.7, y + h * 0.4),
        (x + third - 10.0, y + h * 0.4),
        (x + third - 10.0, y + h - 14.0),
    ]);
    s.path(steps.d()).fill(p.a).stroke(line, 6.0).close();
    let (mx, my) = (x + w / 2.0, y + h / 2.0);
    s.path(
        Path::new()
            .poly(&[
                (mx, y + 16.0),
                (mx + third / 2.0 - 8.0, my),
                (mx, y + h - 16.0),
                (mx - third / 2.0 + 8.0, my),
            ])
            .d(),
    )
    .fill(p.b)
    .stroke(line, 6.0)
    .close();
    s.path(
        Path::new()
            .poly(&[(mx, my - 50.0), (mx + 30.0, my), (mx, my + 50.0), (mx - 30.0, my)])
            .d(),
    )
    .fill(PAPER)
    .stroke(line, 5.0)
    .close();
    let mut chev = Path::new();
    for k in 0..4 {
        let cy = y + 30.0 + h * 0.22 * k as f32;
        chev = chev
            .m(x + 2.0 * third + 12.0, cy)
            .l(x + 2.5 * third, cy + 34.0)
            .l(x + w - 12.0, cy);
    }
    s.path(chev.d()).fill("none").stroke(p.c, 16.0).close();
    s.path(chev.d()).fill("none").stroke(line, 4.0).close();
}

/// A gold-leaf tree of life: a trunk with spiralling branches and little coloured tiles.
pub fn gilded(s: &mut Svg, (x, y, w, h): Canvas, p: &Palette) {
    s.rect(x, y, w, h).fill(GOLD.light(20)).close();
    let dark = GOLD.dark(45);
    let (cx, base) = (x + w / 2.0, y + h);
    let mut tree = Path::new().m(cx, base).v(y + h * 0.45);
    for (dir, k) in [(-1.0f32, 0.0f32), (1.0, 0.0), (-1.0, 1.0), (1.0, 1.0)] {
        let sy = y + h * (0.45 - 0.15 * k);
        let ex = cx + dir * w * (0.38 - 0.1 * k);
        tree = tree
            .m(cx, y + h * 0.5)
            .q(cx + dir * w * 0.2, sy - h * 0.2, ex, sy)
            .q(ex + dir * 24.0, sy + 20.0, ex, sy + 30.0)
            .q(ex - dir * 16.0, sy + 20.0, ex - dir * 4.0, sy + 8.0);
    }
    s.path(tree.d())
        .fill("none")
        .stroke(dark, 6.0)
        .a("stroke-linecap", "round")
        .close();
    let tiles = [
        (0.12, 0.2),
        (0.3, 0.7),
        (0.7, 0.72),
        (0.86, 0.25),
        (0.2, 0.86),
        (0.8, 0.88),
        (0.55, 0.16),
    ];
    for (i, (u, v)) in tiles.into_iter().enumerate() {
        let colour = [p.a, p.b, PAPER, p.c][i % 4];
        s.rect(x + w * u - 9.0, y + h * v - 9.0, 18.0, 18.0)
            .fill(colour)
            .stroke(dark, 2.0)
            .close();
    }
    s.ellipse(cx, y + h * 0.72, 22.0, 12.0)
        .fill(PAPER)
        .stroke(dark, 3.0)
        .close();
    s.circle(cx, y + h * 0.72, 5.0).fill(dark).close();
}

/// A still life: fruit in a bowl on a draped table against a dark ground.
pub fn still_life(s: &mut Svg, (x, y, w, h): Canvas, p: &Palette) {
    s.rect(x, y, w, h).fill(Rgb::hex(0x3b302a)).close();
    s.rect(x, y + h * 0.7, w, h * 0.3).fill(p.a.dark(20)).close();
    let (cx, by) = (x + w / 2.0, y + h * 0.72);
    let fruit = [
        (-60.0, -40.0, 34.0, 0xc0392b),
        (0.0, -52.0, 38.0, 0xe67e22),
        (58.0, -38.0, 32.0, 0xd4ac0d),
        (-22.0, -84.0, 28.0, 0x7daa3c),
        (30.0, -88.0, 26.0, 0xa93226),
    ];
    for (dx, dy, r, c) in fruit {
        s.circle(cx + dx, by + dy, r).fill(Rgb::hex(c)).close();
    }
    let mut grapes = Path::new();
    for k in 0..6 {
        let gx = cx + 96.0 + 12.0 * (k % 3) as f32;
        grapes = grapes.m(gx, by - 30.0 + 14.0 * (k / 3) as f32).h(gx + 0.1);
    }
    s.path(grapes.d())
        .fill("none")
        .stroke(Rgb::hex(0x6c3483), 16.0)
        .a("stroke-linecap", "round")
        .close();
    let bowl = Path::new()
        .m(cx - 110.0, by - 20.0)
        .q(cx - 100.0, by + 40.0, cx, by + 40.0)
        .q(cx + 100.0, by + 40.0, cx + 110.0, by - 20.0)
        .z();
    s.path(bowl.d()).fill(PAPER.dark(10)).close();
    s.path(
        Path::new()
            .m(cx - 100.0, by + 2.0)
            .q(cx, by + 26.0, cx + 100.0, by + 2.0)
            .d(),
    )
    .fill("none")
    .stroke(p.b, 5.0)
    .close();
}
