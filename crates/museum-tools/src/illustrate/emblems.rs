//! The emblems themselves, each drawn in a square of half-size `r` around a centre, in a main
//! colour and an accent: a sun over hills, a flower, gulls, a domed tower, a snow crystal, a star
//! and a sailing boat.

use super::palette::Rgb;
use super::path::{polar, Path};
use super::svg::{translate, Svg};

/// Where an emblem goes: its centre and half-size.
#[derive(Clone, Copy, Debug)]
pub struct Square {
    /// Centre x.
    pub cx: f32,
    /// Centre y.
    pub cy: f32,
    /// Half the side.
    pub r: f32,
}

impl Square {
    /// The point at `(x, y)` in units of the half-size from the centre.
    fn at(self, x: f32, y: f32) -> (f32, f32) {
        (self.cx + x * self.r, self.cy + y * self.r)
    }

    /// A length in units of the half-size.
    fn u(self, v: f32) -> f32 {
        v * self.r
    }
}

/// Starts a path at a point.
fn from(p: (f32, f32)) -> Path {
    Path::new().m(p.0, p.1)
}

/// A quadratic curve through `c` to `to`.
fn curve(path: Path, c: (f32, f32), to: (f32, f32)) -> Path {
    path.q(c.0, c.1, to.0, to.1)
}

/// A sun rising over two hills.
pub fn sun(s: &mut Svg, q: Square, fg: Rgb, accent: Rgb) {
    s.circle(q.cx + q.u(0.25), q.cy - q.u(0.3), q.u(0.38))
        .fill(accent)
        .close();
    let mut p = from(q.at(-1.0, 0.75));
    p = curve(p, q.at(-0.5, -0.25), q.at(0.05, 0.35));
    p = curve(p, q.at(0.5, 0.0), q.at(1.0, 0.45));
    let end = q.at(1.0, 0.75);
    s.path(p.l(end.0, end.1).z().d()).fill(fg).close();
}

/// A six-petalled flower.
pub fn flower(s: &mut Svg, q: Square, fg: Rgb, accent: Rgb) {
    s.g().transform(&translate(q.cx, q.cy)).fill(fg).open();
    for k in 0..6 {
        s.ellipse(0.0, -q.u(0.48), q.u(0.22), q.u(0.46))
            .transform(&format!("rotate({})", k * 60))
            .close();
    }
    s.end();
    s.circle(q.cx, q.cy, q.u(0.22)).fill(accent).close();
}

/// Two gulls in flight, the far one smaller in the accent colour.
pub fn birds(s: &mut Svg, q: Square, fg: Rgb, accent: Rgb) {
    for (dx, dy, k, colour) in [(-0.15, 0.1, 1.0, fg), (0.55, -0.45, 0.45, accent)] {
        let pt = |x: f32, y: f32| q.at(dx + x * k, dy + y * k);
        let mut p = from(pt(-0.85, -0.05));
        p = curve(p, pt(-0.4, -0.55), pt(0.0, 0.05));
        p = curve(p, pt(0.4, -0.55), pt(0.85, -0.05));
        p = curve(p, pt(0.4, -0.25), pt(0.0, 0.3));
        p = curve(p, pt(-0.4, -0.25), pt(-0.85, -0.05));
        s.path(p.z().d()).fill(colour).close();
    }
}

/// A domed tower with wings and an arched door.
pub fn building(s: &mut Svg, q: Square, fg: Rgb, accent: Rgb) {
    let (cx, cy) = (q.cx, q.cy);
    let u = |v: f32| q.u(v);
    let p = Path::new()
        .m(cx - u(0.7), cy + u(0.8))
        .v(cy - u(0.05))
        .h(cx - u(0.28))
        .v(cy - u(0.45))
        .q(cx - u(0.32), cy - u(0.75), cx, cy - u(0.88))
        .q(cx + u(0.32), cy - u(0.75), cx + u(0.28), cy - u(0.45))
        .v(cy - u(0.05))
        .h(cx + u(0.7))
        .v(cy + u(0.8))
        .z();
    s.path(p.d()).fill(fg).close();
    s.line(cx, cy - u(0.88), cx, cy - u(1.0))
        .stroke(fg, u(0.06))
        .close();
    let door = Path::new()
        .m(cx - u(0.16), cy + u(0.8))
        .v(cy + u(0.35))
        .arc(u(0.16), u(0.16), false, true, cx + u(0.16), cy + u(0.35))
        .v(cy + u(0.8))
        .z();
    s.path(door.d()).fill(accent).close();
}

/// A six-armed snow crystal.
pub fn snow(s: &mut Svg, q: Square, fg: Rgb, accent: Rgb) {
    let (cx, cy, r) = (q.cx, q.cy, q.r);
    let mut p = Path::new();
    for k in 0..6 {
        let deg = k as f32 * 60.0;
        let (ex, ey) = polar(cx, cy, 0.9 * r, deg);
        let (mx, my) = polar(cx, cy, 0.55 * r, deg);
        let (lx, ly) = polar(mx, my, 0.28 * r, deg - 40.0);
        let (rx, ry) = polar(mx, my, 0.28 * r, deg + 40.0);
        p = p.m(cx, cy).l(ex, ey).m(lx, ly).l(mx, my).l(rx, ry);
    }
    s.path(p.d())
        .fill("none")
        .stroke(fg, 0.09 * r)
        .a("stroke-linecap", "round")
        .a("stroke-linejoin", "round")
        .close();
    s.circle(cx, cy, 0.14 * r).fill(accent).close();
}

/// A five-pointed star with a round heart.
pub fn star(s: &mut Svg, q: Square, fg: Rgb, accent: Rgb) {
    let cy = q.cy + q.u(0.08);
    let pts: Vec<(f32, f32)> = (0..10)
        .map(|k| {
            polar(
                q.cx,
                cy,
                q.u(if k % 2 == 0 { 0.95 } else { 0.4 }),
                k as f32 * 36.0,
            )
        })
        .collect();
    s.path(Path::new().poly(&pts).d()).fill(fg).close();
    s.circle(q.cx, cy, q.u(0.14)).fill(accent).close();
}

/// A two-masted sailing boat on waves.
pub fn ship(s: &mut Svg, q: Square, fg: Rgb, accent: Rgb) {
    let hull = Path::new().poly(&[
        q.at(-0.85, 0.3),
        q.at(0.85, 0.3),
        q.at(0.55, 0.62),
        q.at(-0.5, 0.62),
    ]);
    s.path(hull.d()).fill(fg).close();
    let sails = Path::new()
        .poly(&[q.at(-0.05, -0.85), q.at(-0.05, 0.2), q.at(-0.7, 0.2)])
        .poly(&[q.at(0.05, -0.6), q.at(0.05, 0.2), q.at(0.6, 0.2)]);
    s.path(sails.d()).fill(accent).close();
    let waves = Path::new().wave(q.cx - q.u(0.95), q.cx + q.u(0.95), q.cy + q.u(0.82), q.u(0.14), 4);
    s.path(waves.d())
        .fill("none")
        .stroke(fg, q.u(0.07))
        .a("stroke-linecap", "round")
        .close();
}
