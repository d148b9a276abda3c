//! A city skyline by a river (far and near silhouettes, a landmark, lit windows, a reflection), for
//! photographs, postcards and town paintings.

use super::hash::Rng;
use super::palette::{Palette, Rgb, PAPER};
use super::path::Path;
use super::svg::Svg;

/// Draws the city into the rectangle `(x, y, w, h)`; `sepia` tones it like an old print, `bridge`
/// spans the river.
pub fn draw(
    s: &mut Svg,
    (x, y, w, h): (f32, f32, f32, f32),
    p: &Palette,
    sepia: bool,
    bridge: bool,
    r: &mut Rng,
) {
    let tone = |c: Rgb| if sepia { c.mix(Rgb::hex(0x8a6a45), 80) } else { c };
    let sky = tone(p.c.mix(PAPER, 72));
    let far = tone(p.a.mix(sky, 55));
    let near = tone(p.a.mix(Rgb::hex(0x1c1c24), 45));
    let water_y = y + h * 0.76;
    s.rect(x, y, w, h).fill(sky).close();
    s.circle(x + w * r.range(0.15, 0.85), y + h * 0.3, h * 0.1)
        .fill(tone(PAPER.mix(p.b, 25)))
        .close();
    for (layer, (colour, lo, hi, min_w)) in [(far, 0.2, 0.45, 30.0), (near, 0.08, 0.32, 22.0)]
        .into_iter()
        .enumerate()
    {
        let mut sil = Path::new().m(x, water_y);
        let mut bx = x;
        let landmark = x + w * r.range(0.3, 0.7);
        while bx < x + w {
            let bw = (min_w + r.range(0.0, 34.0)).min(x + w - bx);
            let top = water_y - h * r.range(lo, hi);
            if layer == 1 && bx <= landmark && landmark < bx + bw {
                // A landmark: a domed tower, a spire or a television tower.
                let mid = bx + bw / 2.0;
                let neck = top - h * 0.18;
                sil = match r.below(3) {
                    0 => sil
                        .v(top)
                        .h(mid - 14.0)
                        .v(neck)
                        .arc(14.0, 16.0, false, true, mid + 14.0, neck),
                    1 => sil
                        .v(top)
                        .h(mid - 14.0)
                        .v(neck)
                        .l(mid, top - h * 0.38)
                        .l(mid + 14.0, neck),
                    _ => sil
                        .v(top)
                        .h(mid - 4.0)
                        .v(top - h * 0.3)
                        .arc(12.0, 12.0, true, true, mid + 4.0, top - h * 0.3)
                        .v(top - h * 0.15),
                };
                sil = sil.v(top).h(bx + bw);
            } else {
                sil = sil.v(top).h(bx + bw);
            }
            bx += bw;
        }
        sil = sil.v(water_y).z();
        s.path(sil.d()).fill(colour).close();
    }
    let mut lit = Path::new();
    for k in 0..6 {
        let wx = x + w * (0.08 + 0.16 * k as f32) + r.range(0.0, 12.0);
        lit = lit.m(wx, water_y - h * r.range(0.06, 0.2)).v(water_y - 6.0);
    }
    s.path(lit.d())
        .fill("none")
        .stroke(tone(Rgb::hex(0xffe7a3)), 5.0)
        .a("stroke-dasharray", "5 7")
        .close();
    s.rect(x, water_y, w, y + h - water_y)
        .fill(tone(p.c.mix(PAPER, 40)))
        .close();
    let mut ripples = Path::new();
    for k in 0..4 {
        let ry = water_y + (y + h - water_y) * (0.2 + 0.2 * k as f32);
        let rx = x + w * r.range(0.1, 0.6);
        ripples = ripples.m(rx, ry).h(rx + w * r.range(0.1, 0.3));
    }
    s.path(ripples.d())
        .fill("none")
        .stroke(tone(PAPER), 3.0)
        .opacity(".6")
        .a("stroke-linecap", "round")
        .close();
    if bridge {
        let deck = water_y - 6.0;
        let arches = Path::new()
            .m(x, deck)
            .h(x + w)
            .m(x + w * 0.1, water_y + 30.0)
            .q(x + w * 0.3, deck - 60.0, x + w * 0.5, water_y + 30.0)
            .q(x + w * 0.7, deck - 60.0, x + w * 0.9, water_y + 30.0);
        s.path(arches.d())
            .fill("none")
            .stroke(tone(p.b.dark(20)), 8.0)
            .close();
    }
}
