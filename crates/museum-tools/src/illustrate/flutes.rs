//! Flutes: a transverse flute (or a painted didgeridoo), pan pipes and an ocarina.

use super::palette::{Rgb, PAPER};
use super::path::Path;
use super::scene::{self, CX};
use super::subject::Subject;
use super::svg::Svg;

const BAMBOO: Rgb = Rgb::hex(0xd6b36a);

const HOLE: Rgb = Rgb::hex(0x3a2a1c);

/// A transverse flute with finger holes, or a didgeridoo painted with dots.
pub fn flute(s: &mut Svg, sub: &Subject, didgeridoo: bool) {
    let p = &sub.palette;
    let (half, r0, r1) = if didgeridoo {
        (320.0, 22.0, 34.0)
    } else {
        (300.0, 15.0, 15.0)
    };
    let tube = Path::new()
        .m(-half, -r0)
        .l(half, -r1)
        .q(half + 8.0, 0.0, half, r1)
        .l(-half, r0)
        .q(-half - 8.0, 0.0, -half, -r0)
        .z();
    scene::hang(s, sub, -20.0, 1.0, 0.0);
    scene::soft(s.path(tube.d()).transform("translate(8 14)")).close();
    let body = if didgeridoo { Rgb::hex(0xa9552a) } else { BAMBOO };
    s.path(tube.d()).fill(body).close();
    s.path(Path::new().m(-half, -r0 * 0.45).l(half, -r1 * 0.45).d())
        .fill("none")
        .stroke(PAPER, 3.0)
        .opacity(".35")
        .close();
    if didgeridoo {
        for (k, colour) in [PAPER, Rgb::hex(0xf2c14e), Rgb::hex(0x2a1a12)]
            .into_iter()
            .enumerate()
        {
            let y = -10.0 + 10.0 * k as f32;
            s.path(Path::new().m(-half + 40.0, y).h(half - 40.0).d())
                .fill("none")
                .stroke(colour, 6.0)
                .a("stroke-dasharray", "0 16")
                .a("stroke-dashoffset", (k * 5) as i32)
                .a("stroke-linecap", "round")
                .close();
        }
        for x in [-half + 24.0, half - 30.0] {
            s.rect(x, -36.0, 10.0, 72.0).fill(p.a).close();
        }
    } else {
        for x in [-250.0, -120.0, 270.0] {
            s.rect(x, -16.0, 12.0, 32.0).fill(p.a).close();
        }
        s.rect(-270.0, -16.0, 6.0, 32.0).fill(p.b).close();
        s.ellipse(-200.0, 0.0, 8.0, 6.0).fill(HOLE).close();
        s.g().fill(HOLE).open();
        for k in 0..6 {
            s.circle(20.0 + 36.0 * k as f32, 0.0, 6.0).close();
        }
        s.end();
    }
    s.end();
}

/// Pan pipes: bamboo tubes, long to short, bound with a band in the flag's colours.
pub fn pan_pipes(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let n = 8;
    let (x0, top) = (CX - 170.0, 130.0);
    let mut shadow = Path::new();
    for i in 0..n {
        let x = x0 + 8.0 + 43.0 * i as f32;
        shadow = shadow
            .m(x, top + 14.0)
            .h(x + 38.0)
            .v(top + 314.0 - 24.0 * i as f32)
            .h(x)
            .z();
    }
    scene::soft(s.path(shadow.d())).close();
    for i in 0..n {
        let x = x0 + 43.0 * i as f32;
        let len = 300.0 - 24.0 * i as f32;
        s.rect(x, top, 38.0, len)
            .a("rx", 8.0)
            .fill(if i % 2 == 0 { BAMBOO } else { BAMBOO.dark(8) })
            .close();
        s.ellipse(x + 19.0, top + 8.0, 13.0, 5.0).fill(HOLE).close();
        s.rect(x, top + len * 0.62, 38.0, 5.0)
            .fill(BAMBOO.dark(25))
            .close();
    }
    let width = 43.0 * n as f32 - 5.0;
    s.rect(x0 - 6.0, top + 56.0, width + 12.0, 30.0)
        .a("rx", 5.0)
        .fill(p.a)
        .close();
    let mut zig = Path::new().m(x0, top + 71.0);
    for k in 0..((width / 16.0) as usize) {
        let x = x0 + 16.0 * (k + 1) as f32;
        zig = zig
            .l(x - 8.0, top + if k % 2 == 0 { 62.0 } else { 80.0 })
            .l(x, top + 71.0);
    }
    s.path(zig.d()).fill("none").stroke(p.b, 3.0).close();
}

/// An ocarina: a rounded clay vessel with a mouthpiece and finger holes.
pub fn ocarina(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let clay = Rgb::hex(0xc4703f);
    let body = Path::new()
        .m(-190.0, -20.0)
        .c((-120.0, -110.0), (150.0, -120.0), (200.0, -20.0))
        .c((230.0, 40.0), (150.0, 100.0), (20.0, 96.0))
        .c((-120.0, 94.0), (-170.0, 60.0), (-190.0, -20.0))
        .z();
    scene::hang(s, sub, -8.0, 1.0, 0.0);
    s.path(
        Path::new()
            .poly(&[(-190.0, -40.0), (-290.0, -30.0), (-290.0, 6.0), (-180.0, 16.0)])
            .d(),
    )
    .fill(clay.dark(12))
    .close();
    scene::soft(s.path(body.d()).transform("translate(8 14)")).close();
    s.path(body.d()).fill(clay).close();
    s.path(Path::new().m(-130.0, 40.0).q(20.0, 90.0, 170.0, 30.0).d())
        .fill("none")
        .stroke(p.a, 10.0)
        .close();
    s.rect(-238.0, -20.0, 26.0, 10.0).a("rx", 4.0).fill(HOLE).close();
    s.g().fill(HOLE).open();
    for (x, y) in [
        (-70.0, -40.0),
        (-20.0, -52.0),
        (30.0, -56.0),
        (80.0, -50.0),
        (126.0, -36.0),
        (0.0, 10.0),
        (60.0, 4.0),
    ] {
        s.circle(x, y, 11.0).close();
    }
    s.end();
    s.path(Path::new().m(-150.0, -40.0).q(-80.0, -90.0, 40.0, -88.0).d())
        .fill("none")
        .stroke(PAPER, 5.0)
        .opacity(".35")
        .close();
    s.end();
}
