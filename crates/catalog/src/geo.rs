//! The world map's geometry: an Equal Earth projection centred on Harbin's meridian, great circles
//! between cities, and routes cut where they cross the map's edge.
//!
//! Points are `(lat, lon)` in degrees (north and east positive). Projected points are `(x, y)` in the
//! map's SVG viewBox, `0 0 WIDTH HEIGHT`, with `y` growing downwards. The *seam* is the meridian
//! opposite the centre (53° W): whatever lies just west of it is drawn at the right edge, whatever
//! lies just east of it at the left edge, so Asia sits in the middle and the Americas on the right.

/// Width of the map's SVG viewBox.
pub const WIDTH: f64 = 1000.0;
/// Height of the map's SVG viewBox (the Equal Earth outline at [`WIDTH`] is 486.7 units tall).
pub const HEIGHT: f64 = 487.0;
/// The meridian at the horizontal centre of the map, in degrees east (Harbin is at 126.5° E).
pub const CENTRAL_MERIDIAN: f64 = 127.0;

const A1: f64 = 1.340264;
const A2: f64 = -0.081106;
const A3: f64 = 0.000893;
const A4: f64 = 0.003796;
const M: f64 = 0.866_025_403_784_438_6; // √3 / 2

/// A longitude relative to [`CENTRAL_MERIDIAN`], wrapped into `[-180, 180)`: −180 is the map's left
/// edge, +180 its right edge, 0 its centre.
pub fn relative_lon(lon: f64) -> f64 {
    (lon - CENTRAL_MERIDIAN + 180.0).rem_euclid(360.0) - 180.0
}

/// Equal Earth (Šavrič, Patterson and Jenny, 2018) on the unit sphere; `rel` in degrees.
fn equal_earth(lat: f64, rel: f64) -> (f64, f64) {
    let theta = (M * lat.to_radians().sin()).asin();
    let (t2, t6) = (theta * theta, theta.powi(6));
    let x = rel.to_radians() * theta.cos() / (M * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)));
    (x, theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2)))
}

/// Projects a point given by latitude and *relative* longitude (see [`relative_lon`]) into the
/// viewBox. `rel = ±180` lands exactly on the left or right edge; values beyond ±180 continue off
/// the map, which is useful for measuring geometry that runs across the seam.
pub fn project_relative(lat: f64, rel: f64) -> (f64, f64) {
    let scale = WIDTH / 2.0 / equal_earth(0.0, 180.0).0;
    let (x, y) = equal_earth(lat, rel);
    (WIDTH / 2.0 + scale * x, HEIGHT / 2.0 - scale * y)
}

/// Projects `(lat, lon)` in degrees into the viewBox.
pub fn project(lat: f64, lon: f64) -> (f64, f64) {
    project_relative(lat, relative_lon(lon))
}

/// Where the straight segment from `a` to `b`, each `(lat, relative lon)`, crosses the seam: the
/// latitude of the crossing and the edge on `a`'s side (`-180.0` or `180.0`), or `None` when the
/// segment stays on the map. A segment crosses when its ends are more than 180° apart in relative
/// longitude, since the short way round between them then runs over the seam.
pub fn seam_crossing(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let d = b.1 - a.1;
    if d.abs() <= 180.0 {
        return None;
    }
    let side = if a.1 > 0.0 { 180.0 } else { -180.0 };
    let t = (side - a.1) / (d - 360.0_f64.copysign(d));
    Some((a.0 + t * (b.0 - a.0), side))
}

fn unit((lat, lon): (f64, f64)) -> [f64; 3] {
    let (lat, lon) = (lat.to_radians(), lon.to_radians());
    [lat.cos() * lon.cos(), lat.cos() * lon.sin(), lat.sin()]
}

/// `steps + 1` points `(lat, lon)` along the shorter great circle from `from` to `to`, both ends
/// included, evenly spaced (spherical linear interpolation). Antipodal ends have no single great
/// circle between them, so the result is then meaningless.
pub fn great_circle(from: (f64, f64), to: (f64, f64), steps: usize) -> Vec<(f64, f64)> {
    let (a, b) = (unit(from), unit(to));
    let dot: f64 = (0..3).map(|i| a[i] * b[i]).sum();
    let omega = dot.clamp(-1.0, 1.0).acos();
    let steps = steps.max(1);
    (0..=steps)
        .map(|i| {
            let t = i as f64 / steps as f64;
            let (wa, wb) = if omega.sin().abs() < 1e-12 {
                (1.0 - t, t)
            } else {
                (
                    ((1.0 - t) * omega).sin() / omega.sin(),
                    (t * omega).sin() / omega.sin(),
                )
            };
            let p: Vec<f64> = (0..3).map(|i| wa * a[i] + wb * b[i]).collect();
            (
                p[2].atan2(p[0].hypot(p[1])).to_degrees(),
                p[1].atan2(p[0]).to_degrees(),
            )
        })
        .collect()
}

/// Projects a route of `(lat, lon)` points (such as a [`great_circle`]) into one or more polylines
/// of viewBox points, cut where the route crosses the seam: the piece before a crossing runs to one
/// edge and the next piece starts from the opposite edge at the same latitude.
pub fn split_route(points: &[(f64, f64)]) -> Vec<Vec<(f64, f64)>> {
    let mut pieces = Vec::new();
    let mut piece = Vec::new();
    let mut prev: Option<(f64, f64)> = None;
    for &(lat, lon) in points {
        let here = (lat, relative_lon(lon));
        if let Some((cut, side)) = prev.and_then(|p| seam_crossing(p, here)) {
            piece.push(project_relative(cut, side));
            pieces.push(std::mem::take(&mut piece));
            piece.push(project_relative(cut, -side));
        }
        piece.push(project_relative(here.0, here.1));
        prev = Some(here);
    }
    if piece.len() > 1 {
        pieces.push(piece);
    }
    pieces
}

/// A route as SVG path data: one `d` string (`M x,y L x,y …`, one decimal) per piece of
/// [`split_route`], so a route that crosses the seam never draws a line across the whole map.
pub fn route_paths(points: &[(f64, f64)]) -> Vec<String> {
    let point = |(x, y): (f64, f64)| format!("{x:.1},{y:.1}");
    let pieces = split_route(points).into_iter();
    pieces
        .map(|p| format!("M{}", p.into_iter().map(point).collect::<Vec<_>>().join("L")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const HARBIN: (f64, f64) = (45.8, 126.53);
    const MINNEAPOLIS: (f64, f64) = (44.98, -93.27);
    const SALVADOR: (f64, f64) = (-12.97, -38.48);
    const PUNTA_ARENAS: (f64, f64) = (-53.16, -70.92);

    fn near(a: f64, b: f64, tolerance: f64) -> bool {
        (a - b).abs() <= tolerance
    }

    #[test]
    fn harbin_is_near_the_horizontal_centre() {
        let (x, y) = project(HARBIN.0, HARBIN.1);
        assert!(near(x, WIDTH / 2.0, 3.0), "x = {x}");
        assert!(y > 0.0 && y < HEIGHT / 2.0, "y = {y}");
    }

    #[test]
    fn the_whole_globe_fits_the_viewbox() {
        for lat in [-90.0, -45.0, 0.0, 45.0, 90.0] {
            for rel in [-180.0, -90.0, 0.0, 90.0, 180.0] {
                let (x, y) = project_relative(lat, rel);
                assert!(
                    (0.0..=WIDTH).contains(&x) && (0.0..=HEIGHT).contains(&y),
                    "{lat} {rel}"
                );
            }
        }
        assert!(near(project_relative(0.0, -180.0).0, 0.0, 1e-9));
        assert!(near(project_relative(0.0, 180.0).0, WIDTH, 1e-9));
        assert!(near(project(90.0, 0.0).1, 0.0, 0.5) && near(project(-90.0, 0.0).1, HEIGHT, 0.5));
    }

    #[test]
    fn points_either_side_of_the_seam_land_at_opposite_edges() {
        let west = project(10.0, -53.01);
        let east = project(10.0, -52.99);
        assert!(near(west.0, project_relative(10.0, 180.0).0, 0.1), "{west:?}");
        assert!(near(east.0, project_relative(10.0, -180.0).0, 0.1), "{east:?}");
        assert!(west.0 > WIDTH * 0.99 && east.0 < WIDTH * 0.01);
        assert!(near(west.1, east.1, 1e-9));
    }

    #[test]
    fn great_circles_keep_their_ends_and_follow_the_sphere() {
        let arc = great_circle((0.0, 0.0), (0.0, 90.0), 2);
        assert_eq!(arc.len(), 3);
        assert!(near(arc[1].0, 0.0, 1e-9) && near(arc[1].1, 45.0, 1e-9));
        let arc = great_circle(HARBIN, MINNEAPOLIS, 40);
        assert!(near(arc[0].0, HARBIN.0, 1e-9) && near(arc[0].1, HARBIN.1, 1e-9));
        assert!(near(arc[40].0, MINNEAPOLIS.0, 1e-9) && near(arc[40].1, MINNEAPOLIS.1, 1e-9));
        // The route to Minneapolis bows north, over the Bering Strait.
        assert!(arc.iter().any(|p| p.0 > 60.0));
    }

    #[test]
    fn harbin_to_minneapolis_crosses_the_pacific_in_one_piece() {
        let arc = great_circle(HARBIN, MINNEAPOLIS, 64);
        let pieces = split_route(&arc);
        assert_eq!(pieces.len(), 1);
        let (harbin, minneapolis) = (project(HARBIN.0, HARBIN.1), project(MINNEAPOLIS.0, MINNEAPOLIS.1));
        assert!(minneapolis.0 > harbin.0, "the Americas are right of Harbin");
        assert!(pieces[0]
            .windows(2)
            .all(|w| (w[1].0 - w[0].0).abs() < WIDTH / 10.0));
        assert_eq!(route_paths(&arc).len(), 1);
    }

    #[test]
    fn routes_that_cross_the_seam_are_split_at_the_edges() {
        // Harbin's antipode lies on the seam, so the routes to South America end close to it, but
        // neither crosses it: Salvador (38° W) is east of the seam, reached over Africa and drawn at
        // the left edge; Punta Arenas (71° W) is west of it, reached over the Pacific.
        let salvador = split_route(&great_circle(HARBIN, SALVADOR, 64));
        assert!(salvador.len() == 1 && salvador[0].last().unwrap().0 < WIDTH * 0.2);
        let punta_arenas = split_route(&great_circle(HARBIN, PUNTA_ARENAS, 64));
        assert!(punta_arenas.len() == 1 && punta_arenas[0].last().unwrap().0 > WIDTH * 0.8);
        // A route just across the seam is cut into two pieces that meet it at the same latitude.
        let pieces = split_route(&great_circle((0.0, -60.0), (0.0, -45.0), 8));
        assert_eq!(pieces.len(), 2);
        assert!(near(pieces[0].last().unwrap().0, WIDTH, 1e-9) && near(pieces[1][0].0, 0.0, 1e-9));
        assert!(near(pieces[0].last().unwrap().1, pieces[1][0].1, 1e-9));
        let paths = route_paths(&great_circle((0.0, -60.0), (0.0, -45.0), 8));
        assert!(paths.len() == 2 && paths.iter().all(|d| d.starts_with('M') && d.contains('L')));
    }

    #[test]
    fn seam_crossings_are_interpolated() {
        assert_eq!(seam_crossing((0.0, 170.0), (10.0, 175.0)), None);
        let (lat, side) = seam_crossing((0.0, 170.0), (10.0, -170.0)).unwrap();
        assert!(near(lat, 5.0, 1e-9) && side == 180.0);
        let (lat, side) = seam_crossing((10.0, -175.0), (0.0, 175.0)).unwrap();
        assert!(near(lat, 5.0, 1e-9) && side == -180.0);
    }
}
