//! A photograph, postcard or print: a sheet with a white border showing a city skyline by a river
//! (old photographs are sepia), a comic page or a sea chart, with photo corners or a handwritten
//! caption.

use super::hash::Rng;
use super::landscape::{self, Scene};
use super::motif::Motif;
use super::palette::{Palette, Rgb, PAPER};
use super::path::Path;
use super::scene::{self, CX};
use super::skyline;
use super::subject::Subject;
use super::svg::{rotate, Svg};

/// Draws the print.
pub fn draw(s: &mut Svg, sub: &Subject) {
    let mut r = sub.rng("picture");
    let postcard = sub.has(&["postcard", "card", "greeting"])
        || (!sub.has(&["photo", "print", "snapshot"]) && r.chance(50));
    let sepia = sub.has(&["old", "histor", "vintage", "archive", "early", "century", "then"]);
    let (w, h) = (470.0, 350.0);
    let (x, y) = (CX - w / 2.0, 256.0 - h / 2.0);
    let tilt = r.range(-4.0, 4.0);

    let landscape = sub.has(&[
        "river",
        "rafting",
        "lake",
        "riverina",
        "mountain",
        "nature",
        "landscape",
        "snow",
        "farm",
    ]) || (!sub.has(&[
        "city", "street", "castle", "belfry", "fortress", "elevator", "stele",
    ]) && r.chance(30));
    if sub.has(&["photographs", "postcards", "prints"]) || r.chance(40) {
        s.g().transform(&rotate(tilt + 7.0, CX, 256.0)).open();
        scene::wall_shadow(s, x, y, w, h, 2.0);
        s.rect(x, y, w, h).fill(PAPER.dark(6)).close();
        s.end();
    }
    s.g().transform(&rotate(tilt, CX, 256.0)).open();
    scene::wall_shadow(s, x, y, w, h, 2.0);
    s.rect(x, y, w, h).fill(PAPER).close();
    let bottom = if postcard { 58.0 } else { 20.0 };
    let image = (x + 20.0, y + 20.0, w - 40.0, h - 20.0 - bottom);
    if sub.has(&["comic", "manhwa", "manga", "cartoon"]) {
        comic(s, image, &sub.palette);
    } else if sub.has(&["map", "chart", "strait"]) {
        map(s, image, &sub.palette, &mut r);
    } else if landscape && !sepia {
        let scene = Scene::choose(sub, &mut r);
        landscape::draw(s, image, &sub.palette, scene, &mut r);
    } else {
        skyline::draw(s, image, &sub.palette, sepia, sub.has(&["bridge"]), &mut r);
    }
    if postcard {
        let caption = if sub.city.is_empty() {
            sub.title.clone()
        } else {
            format!("Greetings from {}", sub.city)
        };
        s.text(x + 24.0, y + h - 20.0, 22.0)
            .a("font-style", "italic")
            .fill(sub.palette.ink)
            .opacity(".8")
            .content(&caption);
    } else {
        let corner = sub.palette.ink.mix(PAPER, 20);
        let mut corners = Path::new();
        for (cx, cy, dx, dy) in [
            (x, y, 1.0, 1.0),
            (x + w, y, -1.0, 1.0),
            (x, y + h, 1.0, -1.0),
            (x + w, y + h, -1.0, -1.0),
        ] {
            let (cx, cy) = (cx + 6.0 * dx, cy + 6.0 * dy);
            corners = corners.poly(&[(cx, cy), (cx + 44.0 * dx, cy), (cx, cy + 44.0 * dy)]);
        }
        s.path(corners.d()).fill(corner).close();
    }
    s.end();
}

/// A comic page: four panels with figures, a speech bubble and action lines.
fn comic(s: &mut Svg, (x, y, w, h): (f32, f32, f32, f32), p: &Palette) {
    let ink = Rgb::hex(0x1e1e22);
    s.rect(x, y, w, h).fill(PAPER).close();
    let (pw, ph) = ((w - 12.0) / 2.0, (h - 12.0) / 2.0);
    let tints = [
        p.a.mix(PAPER, 80),
        p.b.mix(PAPER, 75),
        p.c.mix(PAPER, 80),
        p.a.mix(PAPER, 65),
    ];
    for (k, tint) in tints.into_iter().enumerate() {
        let (px, py) = (
            x + 4.0 + (pw + 4.0) * (k % 2) as f32,
            y + 4.0 + (ph + 4.0) * (k / 2) as f32,
        );
        s.rect(px, py, pw, ph).fill(tint).stroke(ink, 3.0).close();
        let fx = px + pw * if k % 2 == 0 { 0.35 } else { 0.62 };
        s.circle(fx, py + ph * 0.5, ph * 0.16)
            .fill(PAPER)
            .stroke(ink, 2.5)
            .close();
        s.path(
            Path::new()
                .m(fx - ph * 0.22, py + ph)
                .q(fx, py + ph * 0.6, fx + ph * 0.22, py + ph)
                .d(),
        )
        .fill(p.a)
        .stroke(ink, 2.5)
        .close();
        if k == 0 || k == 3 {
            let bx = px + pw * if k == 0 { 0.72 } else { 0.28 };
            s.ellipse(bx, py + ph * 0.25, pw * 0.2, ph * 0.15)
                .fill(PAPER)
                .stroke(ink, 2.5)
                .close();
            s.path(
                Path::new()
                    .m(bx - pw * 0.1, py + ph * 0.23)
                    .h(bx + pw * 0.1)
                    .m(bx - pw * 0.08, py + ph * 0.3)
                    .h(bx + pw * 0.06)
                    .d(),
            )
            .fill("none")
            .stroke(ink, 2.0)
            .close();
        } else {
            let mut lines = Path::new();
            for i in 0..3 {
                let ly = py + ph * (0.3 + 0.15 * i as f32);
                lines = lines.m(px + pw * 0.08, ly).h(px + pw * 0.28);
            }
            s.path(lines.d()).fill("none").stroke(ink, 2.5).close();
        }
    }
}

/// A sea chart: coasts around a strait, a dotted route and a compass rose.
fn map(s: &mut Svg, (x, y, w, h): (f32, f32, f32, f32), p: &Palette, r: &mut Rng) {
    let sea = Rgb::hex(0xcfe3e6);
    let land = Rgb::hex(0xe9dcb8);
    s.rect(x, y, w, h).fill(sea).close();
    let north = Path::new()
        .m(x, y)
        .h(x + w)
        .v(y + h * 0.3)
        .q(
            x + w * 0.7,
            y + h * r.range(0.45, 0.6),
            x + w * 0.45,
            y + h * 0.38,
        )
        .q(x + w * 0.2, y + h * 0.25, x, y + h * 0.42)
        .z();
    let south = Path::new()
        .m(x, y + h)
        .h(x + w)
        .v(y + h * 0.62)
        .q(x + w * 0.6, y + h * r.range(0.5, 0.62), x + w * 0.4, y + h * 0.7)
        .q(x + w * 0.2, y + h * 0.8, x, y + h * 0.66)
        .z();
    s.path(north.d()).fill(land).stroke(p.ink, 2.0).close();
    s.path(south.d()).fill(land).stroke(p.ink, 2.0).close();
    let route =
        Path::new()
            .m(x + w * 0.05, y + h * 0.52)
            .q(x + w * 0.45, y + h * 0.5, x + w * 0.95, y + h * 0.47);
    s.path(route.d())
        .fill("none")
        .stroke(p.a, 3.0)
        .a("stroke-dasharray", "8 6")
        .close();
    Motif::Star.draw(s, x + w * 0.85, y + h * 0.82, h * 0.12, p.a, PAPER);
    s.rect(x + 2.0, y + 2.0, w - 4.0, h - 4.0)
        .fill("none")
        .stroke(p.ink, 3.0)
        .close();
}
