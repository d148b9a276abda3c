//! A record player on a cabinet, with the record's sleeve leaning on the wall: for recordings.

use super::palette::{Rgb, NIGHT, PAPER};
use super::path::Path;
use super::scene::{self, CX, FLOOR};
use super::subject::Subject;
use super::svg::Svg;

/// A record player with a spinning record and its tonearm, the sleeve behind it.
pub fn record_player(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    scene::wall_shadow(s, CX + 10.0, 120.0, 230.0, 230.0, 2.0);
    s.rect(CX + 10.0, 120.0, 230.0, 230.0).fill(p.a).close();
    for (r, colour) in [(84.0, p.b), (54.0, PAPER), (24.0, p.c)] {
        s.circle(CX + 125.0, 235.0, r).fill(colour).close();
    }
    scene::floor_shadow(s, CX, FLOOR + 40.0, 230.0);
    let cabinet = p.a.mix(Rgb::hex(0x2a2622), 70);
    s.rect(CX - 200.0, 360.0, 400.0, 136.0)
        .a("rx", 4.0)
        .fill(cabinet)
        .close();
    s.rect(CX - 180.0, 380.0, 170.0, 96.0)
        .fill(cabinet.light(12))
        .close();
    s.rect(CX + 10.0, 380.0, 170.0, 96.0)
        .fill(cabinet.light(12))
        .close();
    s.path(
        Path::new()
            .poly(&[
                (CX - 220.0, 360.0),
                (CX + 220.0, 360.0),
                (CX + 180.0, 290.0),
                (CX - 180.0, 290.0),
            ])
            .d(),
    )
    .fill(Rgb::hex(0x8a5a36))
    .close();
    s.rect(CX - 220.0, 360.0, 440.0, 14.0)
        .fill(Rgb::hex(0x6e4526))
        .close();
    s.ellipse(CX - 30.0, 326.0, 140.0, 30.0).fill(NIGHT).close();
    s.ellipse(CX - 30.0, 326.0, 100.0, 21.0)
        .fill("none")
        .stroke(NIGHT.light(25), 2.0)
        .close();
    s.ellipse(CX - 30.0, 326.0, 70.0, 15.0)
        .fill("none")
        .stroke(NIGHT.light(25), 2.0)
        .close();
    s.ellipse(CX - 30.0, 326.0, 30.0, 7.0).fill(p.b).close();
    let arm = Path::new()
        .m(CX + 150.0, 306.0)
        .l(CX + 120.0, 340.0)
        .l(CX + 40.0, 338.0);
    s.path(arm.d())
        .fill("none")
        .stroke(Rgb::hex(0xc9ced5), 6.0)
        .a("stroke-linecap", "round")
        .a("stroke-linejoin", "round")
        .close();
    s.circle(CX + 150.0, 306.0, 12.0).fill(Rgb::hex(0xc9ced5)).close();
}
