//! Keyboard instruments: a button accordion (or bayan) and an upright piano.

use super::palette::{Rgb, PAPER};
use super::path::Path;
use super::scene::{self, CX, FLOOR};
use super::subject::Subject;
use super::svg::Svg;

/// An accordion: two hand-ends in the flag colour, striped bellows, a keyboard and buttons.
pub fn accordion(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let (x, y, w, h) = (CX - 210.0, 200.0, 420.0, 250.0);
    scene::floor_shadow(s, CX, y + h + 10.0, 230.0);
    s.rect(x, y, 110.0, h).a("rx", 14.0).fill(p.a).close();
    s.rect(x + w - 110.0, y, 110.0, h).a("rx", 14.0).fill(p.a).close();
    let folds = 9;
    let fw = (w - 220.0) / folds as f32;
    for i in 0..folds {
        let fx = x + 110.0 + fw * i as f32;
        let colour = if i % 2 == 0 { p.b } else { p.b.dark(30) };
        s.rect(fx, y + 12.0, fw, h - 24.0).fill(colour).close();
    }
    s.rect(x + 110.0, y + 12.0, w - 220.0, 10.0)
        .fill(PAPER)
        .opacity(".5")
        .close();
    s.rect(x + 110.0, y + h - 22.0, w - 220.0, 10.0)
        .fill(PAPER)
        .opacity(".5")
        .close();
    s.rect(x + w - 70.0, y + 16.0, 54.0, h - 32.0)
        .a("rx", 4.0)
        .fill(PAPER)
        .close();
    let mut black = Path::new();
    for i in 0..9 {
        let ky = y + 28.0 + 22.0 * i as f32;
        if i % 7 != 2 && i % 7 != 6 {
            black = black.m(x + w - 70.0, ky).h(x + w - 36.0);
        }
    }
    s.path(black.d()).fill("none").stroke(p.ink, 12.0).close();
    s.g().fill(PAPER).open();
    for row in 0..5 {
        for col in 0..3 {
            s.circle(x + 30.0 + 24.0 * col as f32, y + 50.0 + 38.0 * row as f32, 7.0)
                .close();
        }
    }
    s.end();
}

/// An upright piano with its keyboard and a music desk.
pub fn piano(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let (x, w) = (CX - 200.0, 400.0);
    scene::floor_shadow(s, CX, FLOOR + 34.0, 230.0);
    let case = p.a.mix(Rgb::hex(0x2a1d16), 60);
    s.rect(x, 130.0, w, 250.0).a("rx", 8.0).fill(case).close();
    s.rect(x + 40.0, 160.0, w - 80.0, 110.0)
        .a("rx", 4.0)
        .fill(case.light(12))
        .close();
    s.rect(x - 14.0, 330.0, w + 28.0, 24.0)
        .fill(case.dark(20))
        .close();
    s.rect(x + 10.0, 290.0, w - 20.0, 40.0).fill(PAPER).close();
    let mut keys = Path::new();
    let kw = (w - 20.0) / 21.0;
    for i in 1..21 {
        keys = keys.m(x + 10.0 + kw * i as f32, 290.0).v(330.0);
    }
    s.path(keys.d())
        .fill("none")
        .stroke(Rgb::hex(0xb9b2a6), 1.5)
        .close();
    let mut black = Path::new();
    for i in 1..21 {
        if i % 7 != 3 && i % 7 != 0 {
            black = black.m(x + 10.0 + kw * i as f32, 290.0).v(314.0);
        }
    }
    s.path(black.d()).fill("none").stroke(NIGHT_KEYS, 10.0).close();
    s.rect(x + 20.0, 354.0, 22.0, FLOOR + 30.0 - 354.0)
        .fill(case.dark(20))
        .close();
    s.rect(x + w - 42.0, 354.0, 22.0, FLOOR + 30.0 - 354.0)
        .fill(case.dark(20))
        .close();
    s.rect(x + 150.0, 196.0, 100.0, 40.0)
        .fill(p.b)
        .opacity(".9")
        .close();
}

/// The black keys.
const NIGHT_KEYS: Rgb = Rgb::hex(0x1e1e22);
