//! Abstract forms for sculptures: a ring, balanced pebbles, a twisting ribbon and an arch.

use super::palette::{Rgb, PAPER};
use super::path::Path;
use super::scene::CX;
use super::sculpture::TOP;
use super::subject::Subject;
use super::svg::Svg;

fn stroke(s: &mut Svg, p: &Path, colour: Rgb, width: f32) {
    s.path(p.d())
        .fill("none")
        .stroke(colour, width)
        .a("stroke-linecap", "round")
        .close();
}

/// A thick ring on a block.
pub fn ring(s: &mut Svg, body: Rgb) {
    s.rect(CX - 30.0, TOP - 40.0, 60.0, 40.0)
        .fill(body.dark(24))
        .close();
    s.circle(CX, TOP - 150.0, 100.0)
        .fill("none")
        .stroke(body, 40.0)
        .close();
    let arc = Path::new()
        .m(CX - 100.0, TOP - 150.0)
        .arc(100.0, 100.0, false, true, CX, TOP - 250.0);
    s.path(arc.d())
        .fill("none")
        .stroke(PAPER, 5.0)
        .opacity(".5")
        .close();
}

/// Pebbles balanced one on another.
pub fn pebbles(s: &mut Svg, sub: &Subject, body: Rgb, shade: Rgb) {
    let mut r = sub.rng("pebbles");
    for (k, (rx, ry)) in [(90.0, 36.0), (72.0, 32.0), (54.0, 30.0), (36.0, 26.0)]
        .into_iter()
        .enumerate()
    {
        let cy = TOP - 34.0 - 64.0 * k as f32;
        s.ellipse(CX + r.range(-14.0, 14.0), cy, rx, ry)
            .fill(if k % 2 == 0 { body } else { shade })
            .close();
    }
}

/// A ribbon twisting upwards.
pub fn ribbon(s: &mut Svg, body: Rgb, shade: Rgb) {
    let ribbon = Path::new()
        .m(CX - 50.0, TOP)
        .c(
            (CX - 50.0, TOP - 120.0),
            (CX + 100.0, TOP - 110.0),
            (CX + 64.0, TOP - 190.0),
        )
        .c(
            (CX + 30.0, TOP - 270.0),
            (CX - 90.0, TOP - 230.0),
            (CX - 40.0, TOP - 300.0),
        );
    stroke(s, &ribbon, body, 36.0);
    stroke(s, &ribbon, shade, 8.0);
}

/// A gate: a thick round arch.
pub fn arch(s: &mut Svg, shade: Rgb) {
    let arch = Path::new()
        .m(CX - 96.0, TOP)
        .v(TOP - 180.0)
        .arc(96.0, 96.0, false, true, CX + 96.0, TOP - 180.0)
        .v(TOP)
        .h(CX + 54.0)
        .v(TOP - 180.0)
        .arc(54.0, 54.0, false, false, CX - 54.0, TOP - 180.0)
        .v(TOP)
        .z();
    s.path(arch.d()).close();
    s.rect(CX + 54.0, TOP - 180.0, 42.0, 180.0).fill(shade).close();
}
