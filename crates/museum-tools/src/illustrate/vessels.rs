//! Vessels for crafts: a vase (four profiles), a bowl, a plate on an easel and a lidded casket, in
//! the colours of [`super::craft::glaze`].

use super::craft::glaze;
use super::motif::Motif;
use super::palette::{Rgb, PAPER, WOOD};
use super::path::Path;
use super::pattern::band;
use super::scene::{self, CX};
use super::subject::Subject;
use super::svg::Svg;

/// The plinth top for vases.
const TOP: f32 = 380.0;

/// A point.
type Pt = (f32, f32);

/// A vase's right-hand profile: the mouth's half-width and top, then cubic segments to the foot.
type Profile = (Pt, [[Pt; 3]; 3]);

/// The vase profiles: baluster, plum vase (meiping), round jar and long-necked bottle.
const VASES: [Profile; 4] = [
    (
        (34.0, 92.0),
        [
            [(28.0, 118.0), (22.0, 140.0), (30.0, 160.0)],
            [(44.0, 190.0), (112.0, 200.0), (108.0, 268.0)],
            [(104.0, 330.0), (56.0, 350.0), (54.0, 368.0)],
        ],
    ),
    (
        (22.0, 92.0),
        [
            [(24.0, 104.0), (96.0, 110.0), (104.0, 176.0)],
            [(110.0, 240.0), (84.0, 320.0), (60.0, 352.0)],
            [(54.0, 358.0), (52.0, 362.0), (54.0, 368.0)],
        ],
    ),
    (
        (50.0, 150.0),
        [
            [(58.0, 160.0), (124.0, 176.0), (124.0, 250.0)],
            [(124.0, 320.0), (90.0, 352.0), (66.0, 360.0)],
            [(60.0, 362.0), (58.0, 364.0), (58.0, 368.0)],
        ],
    ),
    (
        (18.0, 88.0),
        [
            [(18.0, 150.0), (20.0, 180.0), (60.0, 210.0)],
            [(110.0, 240.0), (110.0, 330.0), (70.0, 358.0)],
            [(62.0, 364.0), (56.0, 366.0), (56.0, 368.0)],
        ],
    ),
];

/// Draws `shape` filled with `body`, then `decorate` clipped to it.
fn clipped(s: &mut Svg, shape: &Path, body: Rgb, decorate: impl FnOnce(&mut Svg)) {
    s.el("clipPath").a("id", "v").open();
    s.path(shape.d()).close();
    s.end();
    s.path(shape.d()).fill(body).close();
    s.g().a("clip-path", "url(#v)").open();
    decorate(s);
    s.end();
}

/// A vase with painted bands and a motif on its belly.
pub fn vase(s: &mut Svg, sub: &Subject) {
    let (body, deco, accent) = glaze(sub);
    let mut r = sub.rng("vase");
    let (top, segs) = VASES[r.below(VASES.len())];
    let shape = Path::mirrored(CX, top, &segs);
    let style = r.below(3);
    scene::plinth(s, &sub.palette, TOP, 96.0);
    clipped(s, &shape, body, |s| {
        band(s, (CX - 160.0, CX + 160.0, 196.0, 22.0), deco, accent, style);
        band(s, (CX - 160.0, CX + 160.0, 334.0, 16.0), deco, accent, 2);
        Motif::choose(sub).draw(s, CX, 276.0, 40.0, deco, accent);
        let shine = Path::new()
            .m(CX - 62.0, 220.0)
            .q(CX - 86.0, 270.0, CX - 58.0, 320.0);
        s.path(shine.d())
            .fill("none")
            .stroke(PAPER, 8.0)
            .opacity(".35")
            .a("stroke-linecap", "round")
            .close();
    });
    s.rect(CX - 66.0, 368.0, 132.0, 12.0)
        .fill(Rgb::hex(0x3a2a20))
        .close();
}

/// A wide bowl seen from a little above, on a low plinth.
pub fn bowl(s: &mut Svg, sub: &Subject) {
    let (body, deco, accent) = glaze(sub);
    let shape = Path::new()
        .m(CX - 180.0, 250.0)
        .c((CX - 178.0, 330.0), (CX - 100.0, 384.0), (CX - 50.0, 390.0))
        .h(CX + 50.0)
        .c((CX + 100.0, 384.0), (CX + 178.0, 330.0), (CX + 180.0, 250.0))
        .z();
    scene::plinth(s, &sub.palette, 414.0, 130.0);
    s.rect(CX - 60.0, 388.0, 120.0, 26.0).fill(body.dark(25)).close();
    let style = sub.rng("bowl").below(3);
    clipped(s, &shape, body, |s| {
        band(s, (CX - 180.0, CX + 180.0, 270.0, 26.0), deco, accent, style);
        band(s, (CX - 180.0, CX + 180.0, 330.0, 12.0), accent, deco, 2);
    });
    s.ellipse(CX, 250.0, 180.0, 36.0).fill(body.dark(8)).close();
    s.ellipse(CX, 254.0, 164.0, 28.0)
        .fill(body.mix(deco, 20).dark(20))
        .close();
}

/// A plate standing on an easel, with rim bands and a central motif.
pub fn plate(s: &mut Svg, sub: &Subject) {
    let (body, deco, accent) = glaze(sub);
    let cy = 250.0;
    scene::plinth(s, &sub.palette, 430.0, 120.0);
    let easel = Path::new().m(CX - 90.0, 418.0).l(CX, 150.0).l(CX + 90.0, 418.0);
    s.path(easel.d()).fill("none").stroke(WOOD.dark(30), 10.0).close();
    scene::soft(s.circle(CX + 8.0, cy + 12.0, 172.0)).close();
    s.circle(CX, cy, 172.0).fill(body).close();
    s.circle(CX, cy, 160.0).fill("none").stroke(deco, 8.0).close();
    s.circle(CX, cy, 138.0)
        .fill("none")
        .stroke(accent, 14.0)
        .a("stroke-dasharray", "0 24")
        .a("stroke-linecap", "round")
        .close();
    s.circle(CX, cy, 112.0)
        .fill(body.dark(5))
        .stroke(deco, 3.0)
        .close();
    Motif::choose(sub).draw(s, CX, cy, 74.0, deco, accent);
}

/// A lidded casket in three-quarter view, with a painted border and a motif on the front.
pub fn casket(s: &mut Svg, sub: &Subject) {
    let (body, deco, accent) = glaze(sub);
    scene::plinth(s, &sub.palette, 410.0, 200.0);
    let (x, y, w, h) = (CX - 190.0, 250.0, 340.0, 150.0);
    scene::soft(s.rect(x + 10.0, y - 30.0, w + 30.0, h + 30.0)).close();
    s.path(
        Path::new()
            .poly(&[(x, y), (x + 50.0, y - 50.0), (x + w + 50.0, y - 50.0), (x + w, y)])
            .d(),
    )
    .fill(body.light(12))
    .close();
    s.path(
        Path::new()
            .poly(&[
                (x + w, y),
                (x + w + 50.0, y - 50.0),
                (x + w + 50.0, y + h - 50.0),
                (x + w, y + h),
            ])
            .d(),
    )
    .fill(body.dark(25))
    .close();
    s.rect(x, y, w, h).fill(body).close();
    s.rect(x, y + 30.0, w, 6.0).fill(body.dark(30)).close();
    band(s, (x + 20.0, x + w - 20.0, y + 8.0, 16.0), deco, accent, 2);
    Motif::choose(sub).draw(s, x + w / 2.0, y + 92.0, 44.0, deco, accent);
    s.rect(x + 20.0, y + 50.0, w - 40.0, h - 66.0)
        .fill("none")
        .stroke(deco, 3.0)
        .close();
    s.path(
        Path::new()
            .poly(&[
                (x + 110.0, y - 24.0),
                (x + 240.0, y - 24.0),
                (x + 220.0, y - 8.0),
                (x + 96.0, y - 8.0),
            ])
            .d(),
    )
    .fill(deco)
    .opacity(".6")
    .close();
}
