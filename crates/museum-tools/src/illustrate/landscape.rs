//! A flat landscape (sky, sun or moon, rolling hills, perhaps water) for paintings and screens.

use super::hash::Rng;
use super::palette::{Palette, Rgb, PAPER};
use super::path::Path;
use super::subject::Subject;
use super::svg::Svg;

/// The light of the scene.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Light {
    /// Daylight with a pale sun.
    Day,
    /// An orange evening sun.
    Dusk,
    /// A night sky with a crescent moon and stars.
    Night,
}

/// What the landscape shows.
#[derive(Clone, Copy, Debug)]
pub struct Scene {
    /// Time of day.
    pub light: Light,
    /// A lake or the sea in front.
    pub water: bool,
    /// Snow on the hills.
    pub snow: bool,
    /// Northern lights in a night sky.
    pub aurora: bool,
    /// Paper lanterns rising into a night sky.
    pub lanterns: bool,
}

impl Scene {
    /// Reads the title's keywords; the rest comes from the hash.
    pub fn choose(sub: &Subject, r: &mut Rng) -> Scene {
        let aurora = sub.has(&["northern", "aurora", "lights"]);
        let lanterns = sub.has(&["lantern"]);
        let light = if aurora || lanterns || sub.has(&["night", "moon", "star"]) {
            Light::Night
        } else if sub.has(&["sunset", "evening", "dusk", "autumn"]) {
            Light::Dusk
        } else {
            r.pick(&[Light::Day, Light::Day, Light::Dusk, Light::Night])
        };
        let water = sub.has(&[
            "sea", "lake", "river", "water", "harbour", "harbor", "bay", "coast", "port",
        ]) || r.chance(45);
        let snow = sub.has(&["snow", "winter", "ice"]) || r.chance(15);
        Scene {
            light,
            water,
            snow,
            aurora,
            lanterns,
        }
    }
}

/// A smooth line through alternating heights across `x0..x1`, closed down to `bottom`.
fn hills(x0: f32, x1: f32, bottom: f32, ys: &[f32]) -> Path {
    let dx = (x1 - x0) / (ys.len() - 1) as f32;
    let mut p = Path::new().m(x0, ys[0]);
    for (i, pair) in ys.windows(2).enumerate() {
        let (xa, xb) = (x0 + dx * i as f32, x0 + dx * (i + 1) as f32);
        p = p.c((xa + dx / 2.0, pair[0]), (xb - dx / 2.0, pair[1]), (xb, pair[1]));
    }
    p.v(bottom).h(x0).z()
}

/// Draws the landscape filling the rectangle `(x, y, w, h)`.
pub fn draw(s: &mut Svg, (x, y, w, h): (f32, f32, f32, f32), p: &Palette, scene: Scene, r: &mut Rng) {
    let sky = match scene.light {
        Light::Day => Rgb::hex(0xc4dde6),
        Light::Dusk => Rgb::hex(0xf1c49a),
        Light::Night => Rgb::hex(0x2b3452),
    }
    .mix(p.a, 8);
    s.rect(x, y, w, h).fill(sky).close();
    let (sx, sy) = (x + w * r.range(0.2, 0.8), y + h * r.range(0.18, 0.32));
    let sr = h * 0.09;
    match scene.light {
        Light::Day => s.circle(sx, sy, sr).fill(Rgb::hex(0xfff3c4)).close(),
        Light::Dusk => s.circle(sx, sy, sr * 1.2).fill(Rgb::hex(0xf07f45)).close(),
        Light::Night => {
            for _ in 0..6 {
                s.circle(x + w * r.range(0.05, 0.95), y + h * r.range(0.05, 0.4), 2.0)
                    .fill(PAPER)
                    .close();
            }
            s.circle(sx, sy, sr).fill(PAPER).close();
            s.circle(sx + sr * 0.45, sy - sr * 0.2, sr * 0.85)
                .fill(sky)
                .close();
        }
    }
    if scene.aurora {
        for (k, colour) in [(0, 0x5fe3a1u32), (1, 0x8ef0c4), (2, 0x9f7ae0)] {
            let by = y + h * (0.22 + 0.1 * k as f32);
            let band = Path::new()
                .m(x, by + h * 0.1)
                .q(x + w * 0.3, by - h * 0.12, x + w * 0.55, by + h * 0.02)
                .q(x + w * 0.8, by + h * 0.14, x + w, by - h * 0.06);
            s.path(band.d())
                .fill("none")
                .stroke(Rgb::hex(colour), h * (0.09 - 0.02 * k as f32))
                .opacity(".45")
                .close();
        }
    }
    if scene.lanterns {
        for _ in 0..9 {
            let (lx, ly) = (x + w * r.range(0.08, 0.92), y + h * r.range(0.1, 0.55));
            let size = h * r.range(0.025, 0.045);
            s.circle(lx, ly, size * 1.8)
                .fill(Rgb::hex(0xffb347))
                .opacity(".25")
                .close();
            s.rect(lx - size / 2.0, ly - size * 0.7, size, size * 1.4)
                .a("rx", size * 0.3)
                .fill(Rgb::hex(0xffc56b))
                .close();
        }
    }
    let horizon = y + h * if scene.water { 0.66 } else { 0.78 };
    let shade = |c: Rgb, pct: u32| match scene.light {
        Light::Night => c.mix(sky, pct).dark(35),
        _ => c.mix(sky, pct),
    };
    let (far, near) = if scene.snow {
        (shade(PAPER, 25), shade(PAPER.mix(p.a, 10), 5))
    } else {
        (shade(p.b, 55), shade(p.a, 20))
    };
    let far_ys: Vec<f32> = (0..5)
        .map(|i| horizon - h * r.range(0.12, 0.3) * ((i % 2) as f32 + 0.4))
        .collect();
    s.path(hills(x, x + w, horizon + 1.0, &far_ys).d())
        .fill(far)
        .close();
    let near_ys: Vec<f32> = (0..4)
        .map(|i| horizon - h * r.range(0.04, 0.14) * ((i % 2) as f32 + 0.3))
        .collect();
    let bottom = if scene.water { horizon + 1.0 } else { y + h };
    s.path(hills(x, x + w, bottom, &near_ys).d()).fill(near).close();
    if scene.water {
        let water = sky.mix(Rgb::hex(0x2f5d7c), 40).mix(p.c, 12);
        s.rect(x, horizon, w, y + h - horizon).fill(water).close();
        let glint = water.light(35);
        let mut lines = Path::new();
        for k in 0..5 {
            let ly = horizon + (y + h - horizon) * (0.18 + 0.16 * k as f32);
            let half = w * 0.04 * (k + 1) as f32;
            lines = lines.m(sx - half, ly).h(sx + half);
        }
        s.path(lines.d())
            .fill("none")
            .stroke(glint, 3.0)
            .a("stroke-linecap", "round")
            .close();
    }
}
