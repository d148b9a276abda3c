//! The woven bands, bodices, plackets and stripes that decorate each hanging garment.

use super::costume::Cut;
use super::hash::Rng;
use super::palette::{Palette, Rgb, PAPER};
use super::path::Path;
use super::pattern::band;
use super::scene::CX;
use super::svg::Svg;

/// Draws the decoration of a hanging garment of `cut` (clipped to it by the caller).
pub fn bands(s: &mut Svg, cut: Cut, p: &Palette, r: &mut Rng) {
    let style = r.below(3);
    let (wide, narrow) = (p.b, p.c);
    let figure = if cut == Cut::Shirt {
        PAPER
    } else {
        PAPER.mix(p.b, 10)
    };
    match cut {
        Cut::Dress => {
            s.rect(CX - 130.0, 120.0, 260.0, 96.0).fill(PAPER).close();
            band(s, (CX - 130.0, CX + 130.0, 176.0, 14.0), wide, figure, 2);
            s.path(
                Path::new()
                    .poly(&[
                        (CX - 58.0, 140.0),
                        (CX + 58.0, 140.0),
                        (CX + 52.0, 266.0),
                        (CX - 52.0, 266.0),
                    ])
                    .d(),
            )
            .fill(narrow.dark(10))
            .close();
            s.path(Path::new().m(CX, 150.0).v(256.0).d())
                .fill("none")
                .stroke(Rgb::hex(0xe9c46a), 8.0)
                .a("stroke-dasharray", "0 18")
                .a("stroke-linecap", "round")
                .close();
            band(s, (CX - 200.0, CX + 200.0, 404.0, 34.0), wide, figure, style);
            band(s, (CX - 200.0, CX + 200.0, 372.0, 12.0), narrow, figure, 2);
            s.path(
                Path::new()
                    .poly(&[
                        (CX - 50.0, 268.0),
                        (CX + 50.0, 268.0),
                        (CX + 74.0, 396.0),
                        (CX - 74.0, 396.0),
                    ])
                    .d(),
            )
            .fill(PAPER)
            .opacity(".92")
            .close();
            band(
                s,
                (CX - 80.0, CX + 80.0, 360.0, 18.0),
                wide,
                PAPER,
                (style + 1) % 3,
            );
        }
        Cut::Shirt => {
            s.rect(CX - 14.0, 120.0, 28.0, 270.0).fill(p.a).close();
            s.path(Path::new().m(CX, 236.0).v(390.0).d())
                .fill("none")
                .stroke(figure, 8.0)
                .a("stroke-dasharray", "0 22")
                .a("stroke-linecap", "round")
                .close();
            band(s, (CX - 30.0, CX + 30.0, 150.0, 26.0), p.b, figure, style);
            band(s, (CX - 30.0, CX + 30.0, 200.0, 26.0), p.b, figure, style);
            band(s, (CX - 240.0, CX + 240.0, 290.0, 26.0), p.a, figure, style);
            band(s, (CX - 240.0, CX + 240.0, 360.0, 20.0), p.b, figure, 2);
        }
        Cut::Poncho => {
            for k in 0..9 {
                let x = CX - 216.0 + 48.0 * k as f32;
                let colour = [p.a, PAPER, p.c][k % 3];
                s.rect(x, 120.0, 14.0, 320.0).fill(colour).close();
            }
            band(s, (CX - 240.0, CX + 240.0, 150.0, 22.0), p.a, figure, style);
        }
        Cut::Sash => {
            for (x, colour) in [
                (CX - 70.0, PAPER),
                (CX - 48.0, p.b),
                (CX + 40.0, p.b),
                (CX + 62.0, PAPER),
            ] {
                s.rect(x, 120.0, 8.0, 320.0).fill(colour).close();
            }
            for y in [230.0, 300.0, 370.0] {
                band(s, (CX - 90.0, CX + 90.0, y, 30.0), p.c, PAPER, 0);
            }
        }
        _ => {
            band(s, (CX - 230.0, CX + 230.0, 400.0, 30.0), wide, figure, style);
            band(s, (CX - 230.0, CX - 110.0, 262.0, 26.0), wide, figure, style);
            band(s, (CX + 110.0, CX + 230.0, 262.0, 26.0), wide, figure, style);
            band(
                s,
                (CX - 110.0, CX + 110.0, 262.0, 40.0),
                narrow,
                figure,
                (style + 1) % 3,
            );
            let collar = Path::new()
                .m(CX - 30.0, 128.0)
                .l(CX + 50.0, 262.0)
                .m(CX + 30.0, 128.0)
                .l(CX - 12.0, 200.0);
            s.path(collar.d()).fill("none").stroke(PAPER, 16.0).close();
        }
    }
}
