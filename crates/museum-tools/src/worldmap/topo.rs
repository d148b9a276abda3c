//! Reads a TopoJSON topology (such as world-atlas's `countries-110m.json`): its shared arcs, decoded
//! from quantized, delta-encoded positions, and the countries made of them.

use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
struct Raw {
    transform: Option<Transform>,
    arcs: Vec<Vec<Vec<f64>>>,
    objects: std::collections::BTreeMap<String, Collection>,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Collection {
    geometries: Vec<Geometry>,
}

#[derive(Deserialize)]
struct Geometry {
    #[serde(rename = "type")]
    kind: Option<String>,
    #[serde(default)]
    arcs: Value,
    id: Option<Value>,
    #[serde(default)]
    properties: Properties,
}

#[derive(Deserialize, Default)]
struct Properties {
    name: Option<String>,
}

/// A decoded topology: every arc as `(lon, lat)` points, and the countries.
pub struct Topology {
    /// The shared borders and coasts; rings refer to them by index.
    pub arcs: Vec<Vec<(f64, f64)>>,
    /// The features of the `countries` object, in file order.
    pub countries: Vec<Country>,
}

/// One country: its ISO 3166-1 numeric id (world-atlas leaves a few disputed areas without one),
/// its name, and its rings (outer rings and holes alike) as lists of arc references, where `!i`
/// (that is `-i - 1`) means arc `i` reversed.
pub struct Country {
    /// The ISO 3166-1 numeric code, as world-atlas writes it (`"076"`).
    pub id: Option<String>,
    /// Natural Earth's short name (`"Dem. Rep. Congo"`).
    pub name: String,
    /// Every ring of every polygon, each as arc references.
    pub rings: Vec<Vec<i64>>,
}

/// Parses TopoJSON text with a `countries` geometry collection of polygons and multipolygons.
pub fn parse(text: &str) -> Result<Topology, String> {
    let raw: Raw = serde_json::from_str(text).map_err(|e| format!("not TopoJSON: {e}"))?;
    let arcs = raw
        .arcs
        .iter()
        .map(|arc| decode(arc, raw.transform.as_ref()))
        .collect();
    let collection = raw
        .objects
        .get("countries")
        .ok_or("no `countries` object in the topology")?;
    let mut countries = Vec::new();
    for g in &collection.geometries {
        let kind = g.kind.as_deref().unwrap_or("null");
        let rings: Vec<Vec<i64>> = match kind {
            "Polygon" => serde_json::from_value(g.arcs.clone()),
            "MultiPolygon" => serde_json::from_value::<Vec<Vec<Vec<i64>>>>(g.arcs.clone())
                .map(|polygons| polygons.into_iter().flatten().collect()),
            _ => Ok(Vec::new()),
        }
        .map_err(|e| format!("bad arcs in a {kind} geometry: {e}"))?;
        let id = match &g.id {
            Some(Value::String(s)) => Some(s.clone()),
            Some(Value::Number(n)) => Some(n.to_string()),
            _ => None,
        };
        let name = g.properties.name.clone().unwrap_or_default();
        countries.push(Country { id, name, rings });
    }
    Ok(Topology { arcs, countries })
}

/// Undoes quantization: positions are deltas from the previous one, in grid units.
fn decode(arc: &[Vec<f64>], transform: Option<&Transform>) -> Vec<(f64, f64)> {
    let (mut x, mut y) = (0.0, 0.0);
    arc.iter()
        .filter(|p| p.len() >= 2)
        .map(|p| match transform {
            Some(t) => {
                (x, y) = (x + p[0], y + p[1]);
                (x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1])
            }
            None => (p[0], p[1]),
        })
        .collect()
}

/// Joins a ring's arcs (taken from `arcs`, which may be simplified copies of the topology's) into
/// one closed list of points; consecutive arcs share their joining point, which is kept once.
pub fn ring(refs: &[i64], arcs: &[Vec<(f64, f64)>]) -> Vec<(f64, f64)> {
    let mut points: Vec<(f64, f64)> = Vec::new();
    for &r in refs {
        let arc = &arcs[if r < 0 { !r } else { r } as usize];
        let skip = usize::from(!points.is_empty());
        if r < 0 {
            points.extend(arc.iter().rev().skip(skip));
        } else {
            points.extend(arc.iter().skip(skip));
        }
    }
    points
}

#[cfg(test)]
mod tests {
    use super::*;

    const SQUARE: &str = r#"{"type":"Topology",
        "transform":{"scale":[0.5,0.25],"translate":[-10,20]},
        "arcs":[[[0,0],[2,0],[0,4]],[[2,4],[-2,0],[0,-4]]],
        "objects":{"countries":{"type":"GeometryCollection","geometries":[
            {"type":"Polygon","arcs":[[0,1]],"id":"004","properties":{"name":"Square"}},
            {"type":"MultiPolygon","arcs":[[[-2,-1]]],"properties":{"name":"Reversed"}},
            {"type":null}]}}}"#;

    #[test]
    fn arcs_are_dequantized_and_delta_decoded() {
        let topo = parse(SQUARE).unwrap();
        assert_eq!(topo.arcs[0], vec![(-10.0, 20.0), (-9.0, 20.0), (-9.0, 21.0)]);
        assert_eq!(topo.arcs[1], vec![(-9.0, 21.0), (-10.0, 21.0), (-10.0, 20.0)]);
    }

    #[test]
    fn rings_join_arcs_forwards_and_backwards() {
        let topo = parse(SQUARE).unwrap();
        assert_eq!(topo.countries.len(), 3);
        let square = &topo.countries[0];
        assert_eq!(
            (square.id.as_deref(), square.name.as_str()),
            (Some("004"), "Square")
        );
        let points = ring(&square.rings[0], &topo.arcs);
        assert_eq!(points.len(), 5);
        assert_eq!(points.first(), points.last());
        let reversed = ring(&topo.countries[1].rings[0], &topo.arcs);
        assert_eq!(reversed, points.iter().rev().copied().collect::<Vec<_>>());
        assert_eq!(topo.countries[1].id, None);
        assert!(topo.countries[2].rings.is_empty());
    }

    #[test]
    fn a_topology_without_countries_is_an_error() {
        assert!(parse(r#"{"arcs":[],"objects":{}}"#).is_err());
        assert!(parse("[]").is_err());
    }
}
