//! Draws the world map for the `/world` page as one compact, standalone SVG,
//! `public/images/world-map.svg`: the countries of Natural Earth's 1:110m map (public domain), read
//! from the npm package `world-atlas` (`node_modules/world-atlas/countries-110m.json`), projected with
//! [`catalog::geo`] (Equal Earth, centred on 127° E) so that the page can put its cities and routes on
//! it with the same functions.
//!
//! Steps: [`topo`] decodes the TopoJSON; every shared arc is simplified once (so neighbours keep
//! exactly the same border); [`clip`] cuts rings at the seam (53° W, the meridian opposite the centre)
//! and closes them along the map's edge; [`path`] rounds to tenths and writes relative path data.
//! Antarctica is left out: it is the one ring around a pole (which the clipping does not handle), and
//! no sister city is near it. The output is deterministic, so CI re-runs the tool with `--check`.

mod clip;
mod path;
mod topo;

use std::fs;
use std::path::Path;

use catalog::geo::{self, HEIGHT, WIDTH};
use path::{simplify, tenths, PathData};
use topo::{Country, Topology};

/// The topology, relative to the repository root (the parent of the public folder).
const TOPOLOGY: &str = "node_modules/world-atlas/countries-110m.json";
/// The map, relative to the public folder.
const OUTPUT: &str = "images/world-map.svg";
/// How far, in viewBox units, simplified lines may stray from Natural Earth's.
const TOLERANCE: f64 = 0.5;
/// Antarctica's ISO 3166-1 numeric id: left out (see the module documentation).
const ANTARCTICA: &str = "010";

/// Writes `images/world-map.svg` into the public folder, or with `check` only verifies that the
/// committed file is what the tool would write. Prints one line with the file's size.
pub fn run(public: &Path, check: bool) -> Result<(), String> {
    let root = public
        .canonicalize()
        .map_err(|e| format!("{}: {e}", public.display()))?;
    let source = root.parent().unwrap_or(&root).join(TOPOLOGY);
    let text = fs::read_to_string(&source).map_err(|e| {
        format!(
            "{}: {e} (the npm package world-atlas; run `npm ci`)",
            source.display()
        )
    })?;
    let svg = render(&topo::parse(&text).map_err(|e| format!("{}: {e}", source.display()))?);
    crate::write_generated("worldmap", &public.join(OUTPUT), &svg, check)
}

/// The whole SVG document.
fn render(topology: &Topology) -> String {
    let arcs: Vec<Vec<(f64, f64)>> = topology.arcs.iter().map(|arc| simplify_arc(arc)).collect();
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\">\n\
         <title>The world (Equal Earth projection, centred on 127° E)</title>\n\
         <path class=\"sphere\" fill=\"#eaf1f4\" stroke=\"#b9cbd4\" d=\"{}\"/>\n\
         <path class=\"graticule\" fill=\"none\" stroke=\"#d3e1e8\" stroke-width=\".5\" d=\"{}\"/>\n\
         <g class=\"countries\" fill=\"#ddd5c6\" stroke=\"#fbf8f3\" stroke-width=\".4\" \
         stroke-linejoin=\"round\" fill-rule=\"evenodd\">\n",
        sphere(),
        graticule()
    );
    for country in &topology.countries {
        if country.id.as_deref() == Some(ANTARCTICA) {
            continue;
        }
        let mut d = PathData::default();
        for ring in project_country(country, &arcs) {
            d.add(&ring, true);
        }
        let d = d.finish();
        if d.is_empty() {
            continue;
        }
        let id = country
            .id
            .as_ref()
            .map_or(String::new(), |id| format!(" data-id=\"{}\"", escape(id)));
        svg.push_str(&format!(
            "<path{id} data-name=\"{}\" d=\"{d}\"/>\n",
            escape(&country.name)
        ));
    }
    svg.push_str("</g>\n</svg>\n");
    svg
}

/// Simplifies one arc in projected space, with its longitude unwrapped along the arc so that an arc
/// across the seam is measured as the continuous line it is. Its ends are kept, so the arc still
/// meets its neighbours.
fn simplify_arc(arc: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let Some(&(mut prev, _)) = arc.first() else {
        return Vec::new();
    };
    let mut rel = geo::relative_lon(prev);
    let projected: Vec<(f64, f64)> = arc
        .iter()
        .map(|&(lon, lat)| {
            rel += (lon - prev + 180.0).rem_euclid(360.0) - 180.0;
            prev = lon;
            geo::project_relative(lat, rel)
        })
        .collect();
    simplify(&projected, TOLERANCE)
        .into_iter()
        .map(|i| arc[i])
        .collect()
}

/// A country's rings, clipped at the seam, projected and rounded to tenths.
fn project_country(country: &Country, arcs: &[Vec<(f64, f64)>]) -> Vec<Vec<(i64, i64)>> {
    let rings = country
        .rings
        .iter()
        .flat_map(|refs| clip::clip_ring(&topo::ring(refs, arcs)));
    let project = |&(lat, rel): &(f64, f64)| tenths(geo::project_relative(lat, rel));
    rings.map(|ring| ring.iter().map(project).collect()).collect()
}

/// The outline of the globe: the left edge from pole to pole, then the right edge back.
fn sphere() -> String {
    let left = (0..=180).map(|k| (90.0 - k as f64, -180.0));
    let right = (0..=180).map(|k| (k as f64 - 90.0, 180.0));
    let mut d = PathData::default();
    d.add(&line(left.chain(right).collect()), true);
    d.finish()
}

/// Parallels and meridians every 30°.
fn graticule() -> String {
    let mut d = PathData::default();
    for lat in [-60.0, -30.0, 0.0, 30.0, 60.0] {
        d.add(&line(vec![(lat, -180.0), (lat, 180.0)]), false);
    }
    for lon in (-5..=6).map(|k| f64::from(k) * 30.0) {
        let rel = geo::relative_lon(lon);
        d.add(
            &line((0..=36).map(|k| (90.0 - 5.0 * f64::from(k), rel)).collect()),
            false,
        );
    }
    d.finish()
}

/// Projects `(lat, relative lon)` points, simplifies and rounds them.
fn line(points: Vec<(f64, f64)>) -> Vec<(i64, i64)> {
    let projected: Vec<(f64, f64)> = points
        .iter()
        .map(|&(lat, rel)| geo::project_relative(lat, rel))
        .collect();
    simplify(&projected, TOLERANCE)
        .into_iter()
        .map(|i| tenths(projected[i]))
        .collect()
}

/// Escapes text for an XML attribute.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The real topology, when the npm packages are installed (CI installs them first).
    fn topology() -> Option<Topology> {
        let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(TOPOLOGY);
        let Ok(text) = fs::read_to_string(&file) else {
            eprintln!("skipped: {} is not installed", file.display());
            return None;
        };
        Some(topo::parse(&text).unwrap())
    }

    fn country<'a>(topology: &'a Topology, id: &str) -> &'a Country {
        topology
            .countries
            .iter()
            .find(|c| c.id.as_deref() == Some(id))
            .unwrap()
    }

    #[test]
    fn the_map_is_small_deterministic_and_complete() {
        let Some(topology) = topology() else { return };
        let svg = render(&topology);
        assert!(svg.len() <= 60_000, "{} bytes", svg.len());
        assert_eq!(svg, render(&topology));
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1000 487\">"));
        for id in ["156", "643", "840", "076", "304", "242", "036", "554"] {
            assert!(svg.contains(&format!("data-id=\"{id}\"")), "{id}");
        }
        assert!(!svg.contains("data-id=\"010\""), "Antarctica is left out");
        assert!(svg.contains("data-name=\"Côte d'Ivoire\""));
    }

    #[test]
    fn no_border_runs_across_the_map() {
        let Some(topology) = topology() else { return };
        let arcs: Vec<_> = topology.arcs.iter().map(|arc| simplify_arc(arc)).collect();
        for c in topology
            .countries
            .iter()
            .filter(|c| c.id.as_deref() != Some(ANTARCTICA))
        {
            for ring in project_country(c, &arcs) {
                for w in ring.windows(2) {
                    let dx = (w[1].0 - w[0].0).abs() as f64 / 10.0;
                    assert!(dx < WIDTH / 5.0, "{}: a {dx} units long edge", c.name);
                }
                assert!(
                    ring.iter().all(|p| (0..=10 * WIDTH as i64).contains(&p.0)),
                    "{}",
                    c.name
                );
            }
        }
    }

    #[test]
    fn countries_sit_where_the_projection_puts_them() {
        let Some(topology) = topology() else { return };
        let arcs: Vec<_> = topology.arcs.iter().map(|arc| simplify_arc(arc)).collect();
        let xs = |id: &str| -> Vec<Vec<f64>> {
            let rings = project_country(country(&topology, id), &arcs);
            rings
                .iter()
                .map(|r| r.iter().map(|p| p.0 as f64 / 10.0).collect())
                .collect()
        };
        let edge = |x: &f64| *x < 5.0 || *x > WIDTH - 5.0;
        // The Americas lie right of the centre; Alaska too, in one piece with the rest of the USA's map.
        assert!(xs("840").iter().flatten().all(|&x| x > WIDTH / 2.0));
        // Russia and Fiji straddle 180°, which is no seam here: they stay whole, away from the edges.
        for id in ["643", "242"] {
            assert!(!xs(id).iter().flatten().any(edge), "{id}");
        }
        // Brazil and Greenland straddle 53° W: each is cut into parts at both edges.
        for id in ["076", "304"] {
            let rings = xs(id);
            assert!(
                rings.iter().any(|r| r.iter().all(|&x| x < WIDTH / 2.0)),
                "{id} left part"
            );
            assert!(
                rings.iter().any(|r| r.iter().all(|&x| x > WIDTH / 2.0)),
                "{id} right part"
            );
        }
    }

    #[test]
    fn clipping_keeps_every_ring_s_area() {
        let Some(topology) = topology() else { return };
        for c in topology
            .countries
            .iter()
            .filter(|c| c.id.as_deref() != Some(ANTARCTICA))
        {
            for refs in &c.rings {
                let ring = topo::ring(refs, &topology.arcs);
                let whole: Vec<_> = ring
                    .iter()
                    .map(|&(lon, lat)| (lat, geo::relative_lon(lon)))
                    .collect();
                let parts: f64 = clip::clip_ring(&ring).iter().map(|p| clip::tests::area(p)).sum();
                let expected = clip::tests::area(&whole);
                assert!(
                    (parts - expected).abs() < 1e-6 * expected.abs().max(1.0),
                    "{}",
                    c.name
                );
            }
        }
    }
}
