//! Cuts rings at the map's seam (the meridian opposite the centre) and closes each part along the
//! map's edge, so a country that straddles the seam is drawn half at the left edge and half at the
//! right one instead of being smeared across the whole map.

use catalog::geo::{relative_lon, seam_crossing};

/// Latitude step, in degrees, of the points added along the map's (curved) edge.
const EDGE_STEP: f64 = 2.0;

/// Clips a closed ring of `(lon, lat)` points into closed rings of `(lat, relative lon)` points
/// that each lie on one side of the seam (points on the seam have relative longitude ±180).
///
/// The ring must not contain a pole: the parts are closed by pairing their seam crossings in order
/// of latitude, which relies on the seam's ends (the poles) lying outside the ring. Every country but
/// Antarctica satisfies this.
pub fn clip_ring(ring: &[(f64, f64)]) -> Vec<Vec<(f64, f64)>> {
    let points = ring.iter().map(|&(lon, lat)| (lat, relative_lon(lon)));
    let mut pieces: Vec<Vec<(f64, f64)>> = vec![Vec::new()];
    let mut prev = None;
    for here in points {
        if let Some((lat, side)) = prev.and_then(|p| seam_crossing(p, here)) {
            pieces.last_mut().unwrap().push((lat, side));
            pieces.push(vec![(lat, -side)]);
        }
        pieces.last_mut().unwrap().push(here);
        prev = Some(here);
    }
    if pieces.len() == 1 {
        return pieces;
    }
    // The ring is closed, so its last piece runs on into its first: every piece now starts and ends
    // on the seam.
    let first = pieces.remove(0);
    pieces.last_mut().unwrap().extend(first.into_iter().skip(1));

    // Along each edge, sorted north to south, the stretches between the 1st and 2nd crossing, the 3rd
    // and 4th, … are inside the ring: each joins the piece that ends there to the one that starts.
    let mut next: Vec<Option<usize>> = vec![None; pieces.len()];
    for side in [-180.0, 180.0] {
        let mut marks: Vec<(f64, usize, bool)> = Vec::new();
        for (i, piece) in pieces.iter().enumerate() {
            let (start, end) = (piece[0], piece[piece.len() - 1]);
            if start.1 == side {
                marks.push((start.0, i, false));
            }
            if end.1 == side {
                marks.push((end.0, i, true));
            }
        }
        marks.sort_by(|a, b| b.0.total_cmp(&a.0));
        for pair in marks.chunks_exact(2) {
            match (pair[0], pair[1]) {
                ((_, from, true), (_, to, false)) | ((_, to, false), (_, from, true)) => {
                    next[from] = Some(to)
                }
                _ => {}
            }
        }
    }

    let mut used = vec![false; pieces.len()];
    let mut rings = Vec::new();
    for start in 0..pieces.len() {
        let mut ring: Vec<(f64, f64)> = Vec::new();
        let mut i = start;
        while !used[i] {
            used[i] = true;
            ring.extend(&pieces[i]);
            let Some(j) = next[i] else { break };
            let ((from, side), to) = (ring[ring.len() - 1], pieces[j][0].0);
            ring.extend(along_edge(side, from, to));
            i = j;
        }
        if ring.len() > 2 {
            ring.push(ring[0]);
            rings.push(ring);
        }
    }
    rings
}

/// Points strictly between latitudes `from` and `to` on the edge `side`, at most [`EDGE_STEP`] apart.
fn along_edge(side: f64, from: f64, to: f64) -> impl Iterator<Item = (f64, f64)> {
    let n = ((to - from).abs() / EDGE_STEP).ceil().max(1.0) as usize;
    (1..n).map(move |k| (from + (to - from) * k as f64 / n as f64, side))
}

#[cfg(test)]
pub mod tests {
    use super::*;

    /// Twice the signed area of a closed ring of `(lat, rel)` points in the plane of relative
    /// longitude and latitude, with the longitude unwrapped along the ring (so a ring across the
    /// seam is measured whole, and a ring and its clipped parts can be compared).
    pub fn area(ring: &[(f64, f64)]) -> f64 {
        let mut rel = ring.first().map_or(0.0, |p| p.1);
        let mut unwrapped = vec![];
        for w in ring.windows(2) {
            unwrapped.push((w[0].0, rel));
            rel += (w[1].1 - w[0].1 + 180.0).rem_euclid(360.0) - 180.0;
        }
        unwrapped.extend(ring.last().map(|p| (p.0, rel)));
        unwrapped
            .windows(2)
            .map(|w| w[0].1 * w[1].0 - w[1].1 * w[0].0)
            .sum()
    }

    fn rel(ring: &[(f64, f64)]) -> Vec<(f64, f64)> {
        ring.iter().map(|&(lon, lat)| (lat, relative_lon(lon))).collect()
    }

    #[test]
    fn rings_away_from_the_seam_are_kept_as_they_are() {
        let square = [(120.0, 40.0), (130.0, 40.0), (130.0, 50.0), (120.0, 40.0)];
        assert_eq!(clip_ring(&square), vec![rel(&square)]);
    }

    #[test]
    fn a_ring_across_the_seam_becomes_two_closed_rings_on_the_edges() {
        // 60° W to 45° W: the seam (53° W) runs through it.
        let square = [
            (-60.0, 0.0),
            (-45.0, 0.0),
            (-45.0, 10.0),
            (-60.0, 10.0),
            (-60.0, 0.0),
        ];
        let parts = clip_ring(&square);
        assert_eq!(parts.len(), 2);
        for part in &parts {
            assert_eq!(part.first(), part.last());
            let right = part[0].1 > 0.0;
            assert!(
                part.iter().all(|p| (p.1 > 0.0) == right),
                "one side only: {part:?}"
            );
            assert!(
                part.iter().filter(|p| p.1.abs() == 180.0).count() >= 2,
                "closed along the edge"
            );
        }
        let total: f64 = parts.iter().map(|p| area(p)).sum();
        assert!((total - area(&rel(&square))).abs() < 1e-9);
    }

    #[test]
    fn a_ring_with_two_prongs_across_the_seam_becomes_three_rings() {
        // A body west of the seam with two prongs reaching east across it (crossed four times).
        let comb = [
            (-60.0, 0.0),
            (-50.0, 0.0),
            (-50.0, 2.0),
            (-58.0, 2.0),
            (-58.0, 4.0),
            (-50.0, 4.0),
            (-50.0, 6.0),
            (-60.0, 6.0),
            (-60.0, 0.0),
        ];
        let parts = clip_ring(&comb);
        assert_eq!(parts.len(), 3);
        assert_eq!(
            parts.iter().filter(|p| p[1].1 < 0.0).count(),
            2,
            "two prong tips at the left edge"
        );
        let total: f64 = parts.iter().map(|p| area(p)).sum();
        assert!((total - area(&rel(&comb))).abs() < 1e-9);
    }
}
