//! Machines for display cases: a model steam locomotive and a pocket watch.

use super::display::{BASE, MID};
use super::palette::{Rgb, GOLD, PAPER};
use super::path::Path;
use super::scene::CX;
use super::subject::Subject;
use super::svg::Svg;

/// A steam locomotive on a length of track.
pub fn locomotive(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let body = p.a.mix(Rgb::hex(0x1e1e22), 45);
    let red = Rgb::hex(0xb3222a);
    s.rect(CX - 146.0, BASE - 16.0, 292.0, 8.0)
        .fill(Rgb::hex(0x4a4a4a))
        .close();
    s.rect(CX - 140.0, BASE - 196.0, 84.0, 118.0).fill(body).close();
    s.rect(CX - 150.0, BASE - 204.0, 104.0, 12.0)
        .fill(body.dark(30))
        .close();
    s.rect(CX - 124.0, BASE - 180.0, 52.0, 40.0)
        .fill(Rgb::hex(0xffe6a0))
        .close();
    s.rect(CX - 56.0, BASE - 146.0, 186.0, 70.0)
        .a("rx", 30.0)
        .fill(body)
        .close();
    s.path(
        Path::new()
            .m(CX - 10.0, BASE - 146.0)
            .v(BASE - 76.0)
            .m(CX + 60.0, BASE - 146.0)
            .v(BASE - 76.0)
            .d(),
    )
    .fill("none")
    .stroke(GOLD, 5.0)
    .close();
    s.rect(CX + 88.0, BASE - 196.0, 26.0, 54.0)
        .fill(body.dark(30))
        .close();
    s.rect(CX + 82.0, BASE - 204.0, 38.0, 12.0)
        .fill(body.dark(30))
        .close();
    s.path(
        Path::new()
            .m(CX + 14.0, BASE - 144.0)
            .arc(20.0, 18.0, false, true, CX + 54.0, BASE - 144.0)
            .z()
            .d(),
    )
    .fill(GOLD)
    .close();
    s.rect(CX - 150.0, BASE - 82.0, 290.0, 10.0).fill(red).close();
    s.path(
        Path::new()
            .poly(&[
                (CX + 130.0, BASE - 72.0),
                (CX + 150.0, BASE - 16.0),
                (CX + 110.0, BASE - 16.0),
            ])
            .d(),
    )
    .fill(red.dark(20))
    .close();
    for (x, r) in [
        (CX - 100.0, 28.0),
        (CX - 36.0, 28.0),
        (CX + 28.0, 28.0),
        (CX + 92.0, 18.0),
    ] {
        s.circle(x, BASE - 16.0 - r, r)
            .fill(red)
            .stroke(Rgb::hex(0x1e1e22), 5.0)
            .close();
        s.circle(x, BASE - 16.0 - r, 6.0).fill(Rgb::hex(0x1e1e22)).close();
    }
    s.path(Path::new().m(CX - 100.0, BASE - 50.0).h(CX + 28.0).d())
        .fill("none")
        .stroke(Rgb::hex(0xc9ced5), 6.0)
        .close();
}

/// A pocket watch with its chain.
pub fn watch(s: &mut Svg, sub: &Subject) {
    let (cx, cy) = (CX, MID + 20.0);
    let chain = Path::new()
        .m(cx, cy - 120.0)
        .q(cx - 150.0, cy - 140.0, cx - 120.0, BASE - 8.0);
    s.path(chain.d())
        .fill("none")
        .stroke(GOLD.dark(15), 6.0)
        .a("stroke-dasharray", "0 9")
        .a("stroke-linecap", "round")
        .close();
    s.circle(cx, cy - 112.0, 14.0)
        .fill("none")
        .stroke(GOLD.dark(20), 6.0)
        .close();
    s.rect(cx - 12.0, cy - 104.0, 24.0, 18.0)
        .a("rx", 4.0)
        .fill(GOLD.dark(20))
        .close();
    s.circle(cx, cy, 92.0)
        .fill(GOLD)
        .stroke(GOLD.dark(30), 4.0)
        .close();
    s.circle(cx, cy, 76.0).fill(PAPER).close();
    s.circle(cx, cy, 66.0)
        .fill("none")
        .stroke(Rgb::hex(0x2b2b2b), 8.0)
        .a("stroke-dasharray", "2 32.56")
        .close();
    let hands = Path::new()
        .m(cx, cy)
        .l(cx + 30.0, cy - 30.0)
        .m(cx, cy)
        .l(cx - 10.0, cy - 56.0);
    s.path(hands.d())
        .fill("none")
        .stroke(Rgb::hex(0x2b2b2b), 5.0)
        .a("stroke-linecap", "round")
        .close();
    s.circle(cx, cy, 7.0).fill(sub.palette.a).close();
}
