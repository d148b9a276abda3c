//! Human forms for sculptures: a stylised standing figure and a bust. They draw in the group's fill
//! (the material) with `shade` for the limbs and hair.

use super::palette::Rgb;
use super::path::Path;
use super::sculpture::TOP;
use super::svg::Svg;

/// A standing figure centred on `cx`, `k` times full size (about 280 high). `pose`: 0 arms down,
/// 1 one arm raised, 2 hands joined. A miner wears a helmet with a lamp.
pub fn figure(s: &mut Svg, cx: f32, k: f32, pose: usize, miner: bool, shade: Rgb) {
    let x = |v: f32| cx + v * k;
    let y = |v: f32| TOP - v * k;
    let legs = Path::new().poly(&[
        (x(-36.0), y(150.0)),
        (x(36.0), y(150.0)),
        (x(28.0), TOP),
        (x(4.0), TOP),
        (x(0.0), y(92.0)),
        (x(-4.0), TOP),
        (x(-28.0), TOP),
    ]);
    s.path(legs.d()).fill(shade).close();
    let torso = Path::new()
        .m(x(-50.0), y(226.0))
        .q(x(0.0), y(242.0), x(50.0), y(226.0))
        .l(x(38.0), y(140.0))
        .h(x(-38.0))
        .z();
    s.path(torso.d()).close();
    s.rect(x(-11.0), y(248.0), 22.0 * k, 26.0 * k).close();
    s.circle(x(0.0), y(266.0), 28.0 * k).close();
    let arms = match pose {
        0 => Path::new()
            .m(x(-46.0), y(216.0))
            .l(x(-56.0), y(124.0))
            .m(x(46.0), y(216.0))
            .l(x(56.0), y(124.0)),
        1 => Path::new()
            .m(x(-46.0), y(216.0))
            .l(x(-56.0), y(124.0))
            .m(x(46.0), y(218.0))
            .l(x(92.0), y(296.0)),
        _ => Path::new()
            .m(x(-46.0), y(216.0))
            .l(x(-12.0), y(156.0))
            .m(x(46.0), y(216.0))
            .l(x(12.0), y(156.0)),
    };
    s.path(arms.d())
        .fill("none")
        .a("stroke", shade)
        .a("stroke-width", 17.0 * k)
        .a("stroke-linecap", "round")
        .close();
    if miner {
        let helmet = Path::new()
            .m(x(-34.0), y(268.0))
            .arc(34.0 * k, 32.0 * k, false, true, x(34.0), y(268.0))
            .z();
        s.path(helmet.d()).fill(shade).close();
        s.rect(x(-40.0), y(270.0), 80.0 * k, 6.0 * k).fill(shade).close();
        s.circle(x(0.0), y(284.0), 8.0 * k)
            .fill(Rgb::hex(0xffe28a))
            .close();
    }
}

/// Head and shoulders on a square socle.
pub fn bust(s: &mut Svg, shade: Rgb) {
    let cx = super::scene::CX;
    s.rect(cx - 40.0, TOP - 36.0, 80.0, 36.0).fill(shade).close();
    let shoulders = Path::mirrored(
        cx,
        (34.0, TOP - 178.0),
        &[[(80.0, TOP - 174.0), (110.0, TOP - 150.0), (104.0, TOP - 36.0)]],
    );
    s.path(shoulders.d()).close();
    s.rect(cx - 26.0, TOP - 214.0, 52.0, 50.0).fill(shade).close();
    s.ellipse(cx, TOP - 242.0, 54.0, 68.0).close();
    let hair = Path::new()
        .m(cx - 54.0, TOP - 232.0)
        .q(cx - 48.0, TOP - 318.0, cx + 8.0, TOP - 312.0)
        .q(cx + 58.0, TOP - 302.0, cx + 54.0, TOP - 232.0)
        .q(cx + 40.0, TOP - 280.0, cx - 10.0, TOP - 284.0)
        .q(cx - 44.0, TOP - 282.0, cx - 54.0, TOP - 232.0)
        .z();
    s.path(hair.d()).fill(shade).close();
}
