//! Four-legged animals for sculptures: a heavy beast (bear, tiger, elephant) and a long-legged
//! steed (horse, deer, reindeer, with a rider for a horseman). They draw in the group's fill (the
//! material), with `shade` for the far side.

use super::palette::Rgb;
use super::path::Path;
use super::scene::CX;
use super::sculpture::TOP;
use super::subject::Subject;
use super::svg::{num, Svg};

fn stroke(s: &mut Svg, p: &Path, colour: Rgb, width: f32) {
    s.path(p.d())
        .fill("none")
        .stroke(colour, width)
        .a("stroke-linecap", "round")
        .close();
}

/// A bear, tiger, lion or elephant: a deep body on four thick legs.
pub fn beast(s: &mut Svg, sub: &Subject, shade: Rgb) {
    let trunk = sub.has(&["elephant", "mammoth"]);
    let leg = |x: f32| {
        Path::new().poly(&[
            (x, TOP - 110.0),
            (x + 34.0, TOP - 110.0),
            (x + 30.0, TOP),
            (x + 4.0, TOP),
        ])
    };
    s.path(leg(CX - 70.0).d()).fill(shade).close();
    s.path(leg(CX + 60.0).d()).fill(shade).close();
    stroke(
        s,
        &Path::new()
            .m(CX - 116.0, TOP - 128.0)
            .q(CX - 140.0, TOP - 100.0, CX - 132.0, TOP - 70.0),
        shade,
        12.0,
    );
    s.ellipse(CX - 10.0, TOP - 118.0, 114.0, 64.0).close();
    s.path(leg(CX - 100.0).d()).close();
    s.path(leg(CX + 30.0).d()).close();
    if sub.has(&["tiger", "leopard"]) {
        let mut stripes = Path::new();
        for k in 0..5 {
            let x = CX - 80.0 + 34.0 * k as f32;
            stripes = stripes.m(x, TOP - 172.0).l(x + 10.0, TOP - 130.0);
        }
        stroke(s, &stripes, shade, 9.0);
    }
    let (hx, hy) = (CX + 106.0, TOP - 156.0);
    if trunk {
        s.ellipse(hx - 14.0, hy + 4.0, 34.0, 48.0).fill(shade).close();
    } else {
        s.circle(hx - 22.0, hy - 38.0, 14.0).close();
        s.circle(hx + 20.0, hy - 40.0, 14.0).close();
    }
    s.circle(hx, hy, 46.0).close();
    if trunk {
        stroke(
            s,
            &Path::new()
                .m(hx + 40.0, hy + 10.0)
                .q(hx + 56.0, hy + 90.0, hx + 80.0, hy + 110.0),
            shade,
            24.0,
        );
        stroke(
            s,
            &Path::new()
                .m(hx + 24.0, hy + 34.0)
                .q(hx + 40.0, hy + 80.0, hx + 84.0, hy + 70.0),
            Rgb::hex(0xf3ead6),
            9.0,
        );
    } else {
        s.ellipse(hx + 34.0, hy + 12.0, 24.0, 18.0).fill(shade).close();
    }
    s.circle(hx + 16.0, hy - 10.0, 5.0)
        .fill(Rgb::hex(0x222222))
        .close();
}

/// A horse, deer or reindeer (with antlers); a horseman carries a rider.
pub fn steed(s: &mut Svg, sub: &Subject, shade: Rgb) {
    let leg = |x: f32, w: f32| {
        Path::new().poly(&[
            (x, TOP - 126.0),
            (x + w, TOP - 126.0),
            (x + w * 0.7, TOP),
            (x + w * 0.1, TOP),
        ])
    };
    s.path(leg(CX - 62.0, 20.0).d()).fill(shade).close();
    s.path(leg(CX + 52.0, 20.0).d()).fill(shade).close();
    stroke(
        s,
        &Path::new()
            .m(CX - 100.0, TOP - 160.0)
            .q(CX - 132.0, TOP - 120.0, CX - 122.0, TOP - 66.0),
        shade,
        13.0,
    );
    s.ellipse(CX - 10.0, TOP - 150.0, 100.0, 44.0).close();
    s.path(leg(CX - 90.0, 24.0).d()).close();
    s.path(leg(CX + 34.0, 24.0).d()).close();
    s.path(
        Path::new()
            .poly(&[
                (CX + 44.0, TOP - 178.0),
                (CX + 94.0, TOP - 272.0),
                (CX + 126.0, TOP - 258.0),
                (CX + 92.0, TOP - 132.0),
            ])
            .d(),
    )
    .close();
    let (hx, hy) = (CX + 130.0, TOP - 250.0);
    s.ellipse(hx, hy, 42.0, 18.0)
        .transform(&format!("rotate(38 {} {})", num(hx), num(hy)))
        .close();
    s.path(
        Path::new()
            .poly(&[
                (CX + 98.0, TOP - 268.0),
                (CX + 104.0, TOP - 300.0),
                (CX + 116.0, TOP - 272.0),
            ])
            .d(),
    )
    .close();
    if sub.has(&["deer", "reindeer", "elk", "moose"]) {
        let antlers = Path::new()
            .m(CX + 104.0, TOP - 276.0)
            .q(CX + 80.0, TOP - 320.0, CX + 60.0, TOP - 340.0)
            .m(CX + 86.0, TOP - 312.0)
            .l(CX + 104.0, TOP - 338.0)
            .m(CX + 112.0, TOP - 276.0)
            .q(CX + 130.0, TOP - 320.0, CX + 150.0, TOP - 336.0)
            .m(CX + 128.0, TOP - 312.0)
            .l(CX + 120.0, TOP - 340.0);
        stroke(s, &antlers, shade, 9.0);
    } else {
        stroke(
            s,
            &Path::new().m(CX + 86.0, TOP - 266.0).l(CX + 48.0, TOP - 186.0),
            shade,
            12.0,
        );
    }
    if sub.has(&["horseman", "rider", "cossack", "knight"]) {
        s.path(
            Path::new()
                .poly(&[
                    (CX - 30.0, TOP - 186.0),
                    (CX + 10.0, TOP - 186.0),
                    (CX + 2.0, TOP - 262.0),
                    (CX - 24.0, TOP - 262.0),
                ])
                .d(),
        )
        .fill(shade)
        .close();
        s.circle(CX - 11.0, TOP - 280.0, 18.0).fill(shade).close();
        s.rect(CX - 30.0, TOP - 308.0, 38.0, 18.0)
            .a("rx", 4.0)
            .fill(shade)
            .close();
        stroke(
            s,
            &Path::new().m(CX - 4.0, TOP - 246.0).l(CX + 40.0, TOP - 214.0),
            shade,
            11.0,
        );
    }
}
