//! Toys for display cases, drawn in isometric view: a 2 × 4 building brick and a puzzle cube.

use super::display::BASE;
use super::palette::Rgb;
use super::path::Path;
use super::scene::CX;
use super::subject::Subject;
use super::svg::Svg;

/// Projects isometric coordinates `(a, b, c)` (units of `u`) from the origin `o`.
fn iso(o: (f32, f32), u: f32, a: f32, b: f32, c: f32) -> (f32, f32) {
    (o.0 + 0.866 * u * (a - b), o.1 + 0.5 * u * (a + b) - u * c)
}

/// A quadrilateral through four projected points.
fn quad(pts: [(f32, f32); 4]) -> Path {
    Path::new().poly(&pts)
}

/// A 2 × 4 toy brick with its studs, in isometric view.
pub fn brick(s: &mut Svg, sub: &Subject) {
    let c = sub.palette.a;
    let (u, h) = (40.0, 1.2);
    let o = (CX - 0.866 * u, BASE - 60.0 - 1.5 * u);
    let p = |a: f32, b: f32, z: f32| iso(o, u, a, b, z);
    s.path(quad([p(0.0, 0.0, h), p(4.0, 0.0, h), p(4.0, 2.0, h), p(0.0, 2.0, h)]).d())
        .fill(c.light(15))
        .close();
    s.path(quad([p(0.0, 2.0, 0.0), p(4.0, 2.0, 0.0), p(4.0, 2.0, h), p(0.0, 2.0, h)]).d())
        .fill(c)
        .close();
    s.path(quad([p(4.0, 0.0, 0.0), p(4.0, 2.0, 0.0), p(4.0, 2.0, h), p(4.0, 0.0, h)]).d())
        .fill(c.dark(25))
        .close();
    let mut studs: Vec<(f32, f32)> = Vec::new();
    for i in 0..4 {
        for j in 0..2 {
            studs.push((i as f32 + 0.5, j as f32 + 0.5));
        }
    }
    studs.sort_by(|x, y| (x.0 + x.1).total_cmp(&(y.0 + y.1)));
    for (a, b) in studs {
        let (x, y) = p(a, b, h);
        s.rect(x - 0.42 * u, y - 0.3 * u, 0.84 * u, 0.3 * u)
            .fill(c.dark(12))
            .close();
        s.ellipse(x, y, 0.42 * u, 0.24 * u).fill(c.dark(12)).close();
        s.ellipse(x, y - 0.3 * u, 0.42 * u, 0.24 * u)
            .fill(c.light(25))
            .close();
    }
}

/// A puzzle cube with coloured stickers on its three visible faces.
pub fn cube(s: &mut Svg, sub: &Subject) {
    let mut r = sub.rng("cube");
    let u = 40.0;
    let o = (CX, BASE - 20.0 - 3.0 * u);
    let p = |a: f32, b: f32, c: f32| iso(o, u, a, b, c);
    let core = Rgb::hex(0x1e1e22);
    let faces = Path::new()
        .poly(&[
            p(0.0, 0.0, 3.0),
            p(3.0, 0.0, 3.0),
            p(3.0, 3.0, 3.0),
            p(0.0, 3.0, 3.0),
        ])
        .poly(&[
            p(0.0, 3.0, 0.0),
            p(3.0, 3.0, 0.0),
            p(3.0, 3.0, 3.0),
            p(0.0, 3.0, 3.0),
        ])
        .poly(&[
            p(3.0, 0.0, 0.0),
            p(3.0, 3.0, 0.0),
            p(3.0, 3.0, 3.0),
            p(3.0, 0.0, 3.0),
        ]);
    s.path(faces.d()).fill(core).close();
    let colours = [0xf4f4f0u32, 0xf2c318, 0xc8102e, 0xf07b1f, 0x1f5bb5, 0x2a9d4b];
    let mut paths = vec![Path::new(); colours.len()];
    let (lo, hi) = (0.1, 0.9);
    for i in 0..3 {
        for j in 0..3 {
            let (a, b) = (i as f32, j as f32);
            let stickers = [
                [
                    p(a + lo, b + lo, 3.0),
                    p(a + hi, b + lo, 3.0),
                    p(a + hi, b + hi, 3.0),
                    p(a + lo, b + hi, 3.0),
                ],
                [
                    p(a + lo, 3.0, b + lo),
                    p(a + hi, 3.0, b + lo),
                    p(a + hi, 3.0, b + hi),
                    p(a + lo, 3.0, b + hi),
                ],
                [
                    p(3.0, a + lo, b + lo),
                    p(3.0, a + hi, b + lo),
                    p(3.0, a + hi, b + hi),
                    p(3.0, a + lo, b + hi),
                ],
            ];
            for quad in stickers {
                let k = r.below(colours.len());
                paths[k] = std::mem::take(&mut paths[k]).poly(&quad);
            }
        }
    }
    for (path, colour) in paths.iter().zip(colours) {
        if !path.d().is_empty() {
            s.path(path.d()).fill(Rgb::hex(colour)).close();
        }
    }
}
