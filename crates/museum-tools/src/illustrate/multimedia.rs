//! Multimedia: a film screen on a cabinet showing a landscape still with a play symbol, a
//! touch-screen kiosk with a menu of tiles, or a record player with its sleeve for recordings.

use super::landscape::{self, Scene};
use super::palette::{Rgb, NIGHT, PAPER};
use super::path::Path;
use super::scene::{self, CX, FLOOR};
use super::subject::Subject;
use super::svg::Svg;
use super::turntable;

/// Draws the screen or the kiosk.
pub fn draw(s: &mut Svg, sub: &Subject) {
    let kiosk = sub.has(&[
        "touch",
        "kiosk",
        "guide",
        "interactive",
        "tablet",
        "map",
        "terminal",
        "app",
    ]) || (!sub.has(&[
        "film",
        "video",
        "documentary",
        "movie",
        "slide",
        "tv",
        "television",
        "dvd",
    ]) && sub.rng("media").chance(40));
    if sub.has(&[
        "recording",
        "record",
        "audio",
        "music",
        "choir",
        "waltz",
        "song",
        "sound",
        "radio",
        "vinyl",
    ]) {
        turntable::record_player(s, sub);
    } else if kiosk {
        touch_kiosk(s, sub);
    } else {
        film_screen(s, sub);
    }
}

/// A play button centred at `(cx, cy)`.
fn play(s: &mut Svg, cx: f32, cy: f32, r: f32, colour: Rgb) {
    s.circle(cx, cy, r).fill(PAPER).opacity(".92").close();
    let tri = Path::new().poly(&[
        (cx - r * 0.3, cy - r * 0.45),
        (cx + r * 0.5, cy),
        (cx - r * 0.3, cy + r * 0.45),
    ]);
    s.path(tri.d()).fill(colour).close();
}

fn film_screen(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let mut r = sub.rng("film");
    let (x, y, w, h) = (CX - 240.0, 96.0, 480.0, 290.0);
    scene::floor_shadow(s, CX, FLOOR + 40.0, 230.0);
    let cabinet = p.a.mix(Rgb::hex(0x2a2622), 70);
    s.rect(CX - 200.0, 420.0, 400.0, 76.0)
        .a("rx", 4.0)
        .fill(cabinet)
        .close();
    s.rect(CX - 200.0, 420.0, 400.0, 8.0)
        .fill(cabinet.light(20))
        .close();
    s.rect(CX - 80.0, 448.0, 160.0, 6.0)
        .a("rx", 3.0)
        .fill(cabinet.dark(30))
        .close();
    s.rect(CX - 18.0, y + h, 36.0, 400.0 - y - h + 20.0)
        .fill(NIGHT.light(15))
        .close();
    s.rect(CX - 90.0, 408.0, 180.0, 12.0)
        .a("rx", 6.0)
        .fill(NIGHT.light(15))
        .close();
    scene::wall_shadow(s, x, y, w, h, 12.0);
    s.rect(x, y, w, h).a("rx", 12.0).fill(NIGHT).close();
    let screen = (x + 16.0, y + 16.0, w - 32.0, h - 32.0);
    let scene = Scene::choose(sub, &mut r);
    landscape::draw(s, screen, p, scene, &mut r);
    s.rect(screen.0, screen.1, screen.2, screen.3)
        .fill(NIGHT)
        .opacity(".25")
        .close();
    play(s, CX, y + h / 2.0 - 6.0, 44.0, p.a);
    let bar_y = y + h - 40.0;
    let done = r.range(0.2, 0.7) * (w - 80.0);
    s.rect(x + 40.0, bar_y, w - 80.0, 6.0)
        .a("rx", 3.0)
        .fill(PAPER)
        .opacity(".45")
        .close();
    s.rect(x + 40.0, bar_y, done, 6.0).a("rx", 3.0).fill(p.b).close();
    s.circle(x + 40.0 + done, bar_y + 3.0, 9.0).fill(PAPER).close();
}

fn touch_kiosk(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let mut r = sub.rng("kiosk");
    scene::floor_shadow(s, CX, FLOOR + 40.0, 140.0);
    s.rect(CX - 110.0, FLOOR + 22.0, 220.0, 22.0)
        .a("rx", 6.0)
        .fill(NIGHT.light(20))
        .close();
    s.path(
        Path::new()
            .poly(&[
                (CX - 36.0, 300.0),
                (CX + 36.0, 300.0),
                (CX + 48.0, FLOOR + 24.0),
                (CX - 48.0, FLOOR + 24.0),
            ])
            .d(),
    )
    .fill(p.a.mix(NIGHT, 55))
    .close();
    let (x, y, w, h) = (CX - 190.0, 80.0, 380.0, 250.0);
    scene::wall_shadow(s, x, y, w, h, 18.0);
    s.rect(x, y, w, h).a("rx", 18.0).fill(NIGHT).close();
    let (sx, sy, sw, sh) = (x + 18.0, y + 18.0, w - 36.0, h - 36.0);
    s.rect(sx, sy, sw, sh)
        .a("rx", 4.0)
        .fill(p.a.mix(PAPER, 88))
        .close();
    s.rect(sx, sy, sw, 34.0).fill(p.a).close();
    s.text(sx + 14.0, sy + 23.0, 16.0)
        .a("font-weight", "700")
        .fill(PAPER)
        .content(if sub.city.is_empty() { "Guide" } else { &sub.city });
    let colours = [p.a, p.b, p.c, p.b, p.c, p.a];
    let (tw, th) = ((sw - 40.0) / 3.0, (sh - 66.0) / 2.0);
    let video = r.below(6);
    for (i, colour) in colours.into_iter().enumerate() {
        let tx = sx + 10.0 + (tw + 10.0) * (i % 3) as f32;
        let ty = sy + 44.0 + (th + 10.0) * (i / 3) as f32;
        s.rect(tx, ty, tw, th)
            .a("rx", 8.0)
            .fill(colour)
            .opacity(if i == video { "1" } else { ".8" })
            .close();
        if i == video {
            play(s, tx + tw / 2.0, ty + th / 2.0, th * 0.3, colour);
        } else {
            s.circle(tx + tw / 2.0, ty + th / 2.0 - 6.0, th * 0.16)
                .fill(PAPER)
                .opacity(".85")
                .close();
            s.rect(tx + tw * 0.25, ty + th - 22.0, tw * 0.5, 6.0)
                .a("rx", 3.0)
                .fill(PAPER)
                .opacity(".85")
                .close();
        }
    }
    let touched = (sx + 10.0 + tw * 1.5 + 10.0, sy + 44.0 + th * 1.5 + 10.0);
    for (rad, alpha) in [(16.0, ".9"), (28.0, ".5")] {
        s.circle(touched.0, touched.1, rad)
            .fill("none")
            .stroke(PAPER, 4.0)
            .opacity(alpha)
            .close();
    }
}
