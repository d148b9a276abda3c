//! Garments on a hanger and stand: the outline of each cut, its shadow, cloth and trims.

use super::costume::Cut;
use super::palette::{Rgb, PAPER, WOOD};
use super::path::Path;
use super::scene::{self, CX, FLOOR};
use super::subject::Subject;
use super::svg::Svg;
use super::trims;

/// The right half of each hanging cut's outline, from the neck to the centre of the hem.
pub fn outline(cut: Cut) -> &'static [(f32, f32)] {
    match cut {
        Cut::Dress => &[
            (30.0, 128.0),
            (66.0, 134.0),
            (104.0, 146.0),
            (124.0, 176.0),
            (114.0, 208.0),
            (76.0, 202.0),
            (62.0, 262.0),
            (118.0, 350.0),
            (192.0, 440.0),
            (0.0, 446.0),
        ],
        Cut::Shirt => &[
            (28.0, 130.0),
            (104.0, 146.0),
            (210.0, 316.0),
            (164.0, 346.0),
            (100.0, 226.0),
            (106.0, 384.0),
            (0.0, 388.0),
        ],
        Cut::Poncho => &[
            (34.0, 128.0),
            (96.0, 134.0),
            (226.0, 300.0),
            (214.0, 330.0),
            (0.0, 430.0),
        ],
        Cut::Sash => &[
            (86.0, 134.0),
            (86.0, 430.0),
            (30.0, 430.0),
            (30.0, 190.0),
            (0.0, 190.0),
        ],
        _ => &[
            (30.0, 132.0),
            (100.0, 146.0),
            (214.0, 160.0),
            (218.0, 300.0),
            (112.0, 304.0),
            (104.0, 258.0),
            (112.0, 440.0),
            (0.0, 444.0),
        ],
    }
}

/// Draws a garment of `cut` on a hanger and stand: its outline, soft shadow, cloth and trims.
pub fn hanging(s: &mut Svg, sub: &Subject, cut: Cut) {
    let p = &sub.palette;
    let mut r = sub.rng("costume");
    let right = outline(cut);
    let mut pts: Vec<(f32, f32)> = right.iter().map(|&(x, y)| (CX + x, y)).collect();
    pts.extend(right.iter().rev().skip(1).map(|&(x, y)| (CX - x, y)));
    let shape = Path::new().poly(&pts);

    scene::floor_shadow(s, CX, FLOOR + 44.0, 110.0);
    let stand = WOOD.dark(35);
    let base = Path::new()
        .m(CX - 90.0, FLOOR + 44.0)
        .l(CX, FLOOR - 10.0)
        .l(CX + 90.0, FLOOR + 44.0)
        .m(CX, FLOOR)
        .v(104.0);
    s.path(base.d())
        .fill("none")
        .stroke(stand, 10.0)
        .a("stroke-linecap", "round")
        .a("stroke-linejoin", "round")
        .close();
    let hook = Path::new().m(CX, 126.0).v(100.0).q(CX, 84.0, CX + 14.0, 86.0);
    s.path(hook.d())
        .fill("none")
        .stroke(Rgb::hex(0x6d6a66), 5.0)
        .a("stroke-linecap", "round")
        .close();

    s.el("defs").open();
    s.path(shape.d()).a("id", "gm").close();
    s.el("clipPath").a("id", "c").open();
    s.el("use").a("href", "#gm").close();
    s.end();
    s.end();
    let cloth = match cut {
        Cut::Shirt => PAPER.mix(p.a, 4),
        Cut::Robe => p.a.mix(p.c, 25),
        Cut::Poncho => p.b.mix(p.a, 20),
        _ => p.a,
    };
    scene::soft(s.el("use").a("href", "#gm").transform("translate(8 12)")).close();
    s.el("use").a("href", "#gm").fill(cloth).close();
    s.g().a("clip-path", "url(#c)").open();
    trims::bands(s, cut, p, &mut r);
    s.end();
    s.el("use")
        .a("href", "#gm")
        .fill("none")
        .stroke(cloth.dark(30), 3.0)
        .a("stroke-linejoin", "round")
        .close();
    if cut == Cut::Sash {
        s.path(
            Path::new()
                .m(CX - 84.0, 440.0)
                .h(CX - 32.0)
                .m(CX + 32.0, 440.0)
                .h(CX + 84.0)
                .d(),
        )
        .fill("none")
        .stroke(p.a, 20.0)
        .a("stroke-dasharray", "3 4")
        .close();
    }
    let hanger = Path::new().m(CX - 118.0, 150.0).q(CX - 40.0, 118.0, CX, 120.0).q(
        CX + 40.0,
        118.0,
        CX + 118.0,
        150.0,
    );
    s.path(hanger.d())
        .fill("none")
        .stroke(stand, 8.0)
        .a("stroke-linecap", "round")
        .close();
}
