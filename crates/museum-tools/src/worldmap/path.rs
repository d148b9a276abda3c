//! Simplification (Douglas–Peucker) and compact SVG path data: coordinates rounded to a tenth of a
//! unit, written relative to the previous point, with no command letters beyond `m` and `z`.

/// The indices of the points to keep so that no dropped point is farther than `tolerance` from
/// the simplified line. The first and last points are always kept.
pub fn simplify(points: &[(f64, f64)], tolerance: f64) -> Vec<usize> {
    if points.len() < 3 {
        return (0..points.len()).collect();
    }
    let mut keep = vec![false; points.len()];
    let (first, last) = (0, points.len() - 1);
    (keep[first], keep[last]) = (true, true);
    let mut stack = vec![(first, last)];
    while let Some((a, b)) = stack.pop() {
        let farthest = (a + 1..b).map(|i| (distance(points[i], points[a], points[b]), i));
        if let Some((d, i)) = farthest.max_by(|x, y| x.0.total_cmp(&y.0)) {
            if d > tolerance {
                keep[i] = true;
                stack.extend([(a, i), (i, b)]);
            }
        }
    }
    (0..points.len()).filter(|&i| keep[i]).collect()
}

/// Distance from `p` to the segment `a`–`b`.
fn distance(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length2 = dx * dx + dy * dy;
    let t = if length2 == 0.0 {
        0.0
    } else {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / length2).clamp(0.0, 1.0)
    };
    (p.0 - a.0 - t * dx).hypot(p.1 - a.1 - t * dy)
}

/// A point rounded to tenths of a unit, as integers.
pub fn tenths((x, y): (f64, f64)) -> (i64, i64) {
    ((x * 10.0).round() as i64, (y * 10.0).round() as i64)
}

/// Writes SVG path data, tracking the current point so that every coordinate is relative.
#[derive(Default)]
pub struct PathData {
    d: String,
    at: (i64, i64),
}

impl PathData {
    /// Adds a subpath through `points` (in tenths), closed with `z` if `closed`. Repeated points are
    /// dropped; a closed subpath of fewer than three distinct points is left out.
    pub fn add(&mut self, points: &[(i64, i64)], closed: bool) {
        let mut pts: Vec<(i64, i64)> = Vec::with_capacity(points.len());
        for &p in points {
            if pts.last() != Some(&p) {
                pts.push(p);
            }
        }
        if closed && pts.len() > 1 && pts.first() == pts.last() {
            pts.pop();
        }
        if pts.len() < if closed { 3 } else { 2 } {
            return;
        }
        self.d.push('m');
        let mut at = self.at;
        for &(x, y) in &pts {
            self.number(x - at.0);
            self.number(y - at.1);
            at = (x, y);
        }
        if closed {
            self.d.push('z');
            at = pts[0];
        }
        self.at = at;
    }

    /// Appends a number given in tenths, as short as SVG allows (`1.5`, `-.5`, `3`).
    fn number(&mut self, tenths: i64) {
        let (whole, tenth) = (tenths.abs() / 10, tenths.abs() % 10);
        let ends_in_number = self.d.ends_with(|c: char| c.is_ascii_digit() || c == '.');
        if tenths < 0 {
            self.d.push('-');
        } else if ends_in_number {
            self.d.push(' ');
        }
        match (whole, tenth) {
            (0, 0) => self.d.push('0'),
            (0, t) => self.d.push_str(&format!(".{t}")),
            (w, 0) => self.d.push_str(&w.to_string()),
            (w, t) => self.d.push_str(&format!("{w}.{t}")),
        }
    }

    /// The path data written so far.
    pub fn finish(self) -> String {
        self.d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simplify_drops_points_close_to_the_line_and_keeps_corners() {
        let line = [(0.0, 0.0), (1.0, 0.05), (2.0, -0.05), (3.0, 0.0), (3.0, 3.0)];
        assert_eq!(simplify(&line, 0.1), vec![0, 3, 4]);
        assert_eq!(simplify(&line, 0.01), vec![0, 1, 2, 3, 4]);
        // A closed loop keeps enough points to stay a shape.
        let loop_ = [(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0), (0.0, 0.0)];
        assert!(simplify(&loop_, 0.5).len() >= 4);
    }

    #[test]
    fn paths_are_relative_and_compact() {
        let mut path = PathData::default();
        path.add(
            &[(100, 200), (115, 200), (115, 195), (115, 195), (100, 200)],
            true,
        );
        path.add(&[(110, 210), (100, 210)], false);
        path.add(&[(0, 0), (0, 0), (0, 0)], true);
        assert_eq!(path.finish(), "m10 20 1.5 0 0-.5zm1 1-1 0");
    }
}
