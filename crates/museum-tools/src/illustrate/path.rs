//! Compact SVG path data, built command by command.

use super::svg::num;

/// Path data (`d`) under construction. Absolute commands, numbers with at most one decimal.
#[derive(Clone, Debug, Default)]
pub struct Path(String);

impl Path {
    /// An empty path.
    pub fn new() -> Path {
        Path::default()
    }

    fn cmd(mut self, letter: char, args: &[f32]) -> Path {
        self.0.push(letter);
        for (i, v) in args.iter().enumerate() {
            if i > 0 {
                self.0.push(' ');
            }
            self.0.push_str(&num(*v));
        }
        self
    }

    /// Moves to a point.
    pub fn m(self, x: f32, y: f32) -> Path {
        self.cmd('M', &[x, y])
    }

    /// A line to a point.
    pub fn l(self, x: f32, y: f32) -> Path {
        self.cmd('L', &[x, y])
    }

    /// A horizontal line to `x`.
    pub fn h(self, x: f32) -> Path {
        self.cmd('H', &[x])
    }

    /// A vertical line to `y`.
    pub fn v(self, y: f32) -> Path {
        self.cmd('V', &[y])
    }

    /// A quadratic Bézier curve through control point `(cx, cy)` to `(x, y)`.
    pub fn q(self, cx: f32, cy: f32, x: f32, y: f32) -> Path {
        self.cmd('Q', &[cx, cy, x, y])
    }

    /// A smooth quadratic curve to `(x, y)`, its control point mirrored from the previous curve's.
    pub fn t(self, x: f32, y: f32) -> Path {
        self.cmd('T', &[x, y])
    }

    /// A wave along `y` from `x0` to `x1`: `n` half-periods of amplitude `amp` (smooth curves).
    pub fn wave(self, x0: f32, x1: f32, y: f32, amp: f32, n: usize) -> Path {
        let step = (x1 - x0) / n as f32;
        let mut p = self.m(x0, y).q(x0 + step / 2.0, y - amp, x0 + step, y);
        for k in 2..=n {
            p = p.t(x0 + step * k as f32, y);
        }
        p
    }

    /// A cubic Bézier curve.
    pub fn c(self, c1: (f32, f32), c2: (f32, f32), to: (f32, f32)) -> Path {
        self.cmd('C', &[c1.0, c1.1, c2.0, c2.1, to.0, to.1])
    }

    /// An elliptical arc with radii `rx`, `ry` to `(x, y)`.
    pub fn arc(self, rx: f32, ry: f32, large: bool, sweep: bool, x: f32, y: f32) -> Path {
        let flag = |b: bool| if b { 1.0 } else { 0.0 };
        self.cmd('A', &[rx, ry, 0.0, flag(large), flag(sweep), x, y])
    }

    /// Closes the current subpath.
    pub fn z(mut self) -> Path {
        self.0.push('Z');
        self
    }

    /// A closed polygon through the points.
    pub fn poly(self, points: &[(f32, f32)]) -> Path {
        let mut p = self;
        for (i, &(x, y)) in points.iter().enumerate() {
            p = if i == 0 { p.m(x, y) } else { p.l(x, y) };
        }
        p.z()
    }

    /// A shape symmetric about the vertical line `x = axis`: `right` lists the right-hand outline
    /// from top to bottom as cubic segments `(c1, c2, to)` starting at `(axis + top.0, top.1)`;
    /// the left side mirrors it back up.
    pub fn mirrored(axis: f32, top: (f32, f32), right: &[[(f32, f32); 3]]) -> Path {
        let at = |p: (f32, f32)| (axis + p.0, p.1);
        let mirror = |p: (f32, f32)| (axis - p.0, p.1);
        let mut p = Path::new().m(at(top).0, at(top).1);
        for seg in right {
            p = p.c(at(seg[0]), at(seg[1]), at(seg[2]));
        }
        let last = right.last().map_or(top, |s| s[2]);
        p = p.l(mirror(last).0, mirror(last).1);
        for (i, seg) in right.iter().enumerate().rev() {
            let start = if i == 0 { top } else { right[i - 1][2] };
            p = p.c(mirror(seg[1]), mirror(seg[0]), mirror(start));
        }
        p.z()
    }

    /// The finished path data.
    pub fn d(&self) -> &str {
        &self.0
    }
}

/// The sine of an angle in degrees, by a Taylor series in `f64` (the same on every machine,
/// unlike the platform's `sin`).
pub fn sin_deg(deg: f32) -> f32 {
    let mut d = f64::from(deg) % 360.0;
    if d < 0.0 {
        d += 360.0;
    }
    // Fold into -90..=90 where the series converges quickly.
    let d = if d > 270.0 {
        d - 360.0
    } else if d > 90.0 {
        180.0 - d
    } else {
        d
    };
    let x = d * std::f64::consts::PI / 180.0;
    let (mut term, mut sum) = (x, x);
    for k in 1..10 {
        term *= -x * x / f64::from((2 * k) * (2 * k + 1));
        sum += term;
    }
    sum as f32
}

/// The point at distance `r` from `(cx, cy)` in direction `deg` (0 = up, clockwise).
pub fn polar(cx: f32, cy: f32, r: f32, deg: f32) -> (f32, f32) {
    (cx + r * sin_deg(deg), cy - r * sin_deg(deg + 90.0))
}

#[cfg(test)]
mod tests {
    #[test]
    fn sine_is_accurate() {
        for (deg, want) in [(0.0, 0.0), (30.0, 0.5), (90.0, 1.0), (210.0, -0.5), (-90.0, -1.0)] {
            assert!((sin_deg(deg) - want).abs() < 1e-6, "{deg}");
        }
        let (x, y) = polar(0.0, 0.0, 10.0, 90.0);
        assert!((x - 10.0).abs() < 1e-5 && y.abs() < 1e-5);
    }

    use super::*;

    #[test]
    fn writes_compact_commands() {
        let p = Path::new().m(1.0, 2.0).l(3.5, -4.0).q(0.0, 1.0, 2.0, 3.0).z();
        assert_eq!(p.d(), "M1 2L3.5 -4Q0 1 2 3Z");
    }

    #[test]
    fn mirrors_the_right_side() {
        let p = Path::mirrored(10.0, (2.0, 0.0), &[[(3.0, 1.0), (3.0, 2.0), (2.0, 3.0)]]);
        assert_eq!(p.d(), "M12 0C13 1 13 2 12 3L8 3C7 2 7 1 8 0Z");
    }
}
