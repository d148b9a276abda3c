//! Monument models for sculptures: a column with a figure, the Endless Column, a menorah and a
//! spoon with a cherry.

use super::palette::{Rgb, PAPER};
use super::path::Path;
use super::scene::CX;
use super::sculpture::TOP;
use super::svg::{rotate, Svg};

fn stroke(s: &mut Svg, p: &Path, colour: Rgb, width: f32) {
    s.path(p.d())
        .fill("none")
        .stroke(colour, width)
        .a("stroke-linecap", "round")
        .close();
}

/// A tall tapering column on a stepped base, crowned by a small figure.
pub fn column(s: &mut Svg, shade: Rgb) {
    s.rect(CX - 70.0, TOP - 40.0, 140.0, 40.0).close();
    s.rect(CX - 52.0, TOP - 64.0, 104.0, 24.0).fill(shade).close();
    s.path(
        Path::new()
            .poly(&[
                (CX - 30.0, TOP - 64.0),
                (CX + 30.0, TOP - 64.0),
                (CX + 20.0, TOP - 250.0),
                (CX - 20.0, TOP - 250.0),
            ])
            .d(),
    )
    .close();
    s.path(
        Path::new()
            .poly(&[
                (CX + 6.0, TOP - 64.0),
                (CX + 30.0, TOP - 64.0),
                (CX + 20.0, TOP - 250.0),
                (CX + 4.0, TOP - 250.0),
            ])
            .d(),
    )
    .fill(shade)
    .close();
    s.rect(CX - 30.0, TOP - 262.0, 60.0, 14.0).close();
    s.path(
        Path::new()
            .poly(&[
                (CX - 12.0, TOP - 262.0),
                (CX + 12.0, TOP - 262.0),
                (CX + 8.0, TOP - 300.0),
                (CX - 8.0, TOP - 300.0),
            ])
            .d(),
    )
    .fill(shade)
    .close();
    s.circle(CX, TOP - 308.0, 9.0).fill(shade).close();
    stroke(
        s,
        &Path::new()
            .m(CX - 6.0, TOP - 292.0)
            .l(CX - 4.0, TOP - 334.0)
            .m(CX + 6.0, TOP - 292.0)
            .l(CX + 22.0, TOP - 328.0),
        shade,
        6.0,
    );
}

/// Brâncuși's Endless Column: rhomboid beads stacked on a thin shaft.
pub fn endless(s: &mut Svg, shade: Rgb) {
    let mut beads = Path::new();
    let mut light = Path::new();
    for k in 0..5 {
        let y0 = TOP - 12.0 - 58.0 * k as f32;
        beads = beads.poly(&[
            (CX - 16.0, y0),
            (CX - 34.0, y0 - 29.0),
            (CX - 16.0, y0 - 58.0),
            (CX + 16.0, y0 - 58.0),
            (CX + 34.0, y0 - 29.0),
            (CX + 16.0, y0),
        ]);
        light = light.poly(&[
            (CX, y0),
            (CX + 16.0, y0),
            (CX + 34.0, y0 - 29.0),
            (CX + 16.0, y0 - 58.0),
            (CX, y0 - 58.0),
        ]);
    }
    s.rect(CX - 22.0, TOP - 12.0, 44.0, 12.0).fill(shade).close();
    s.path(beads.d()).close();
    s.path(light.d()).fill(shade).close();
}

/// A seven-branched candlestick.
pub fn menorah(s: &mut Svg, body: Rgb) {
    s.path(
        Path::new()
            .poly(&[
                (CX - 60.0, TOP),
                (CX + 60.0, TOP),
                (CX + 24.0, TOP - 40.0),
                (CX - 24.0, TOP - 40.0),
            ])
            .d(),
    )
    .close();
    let mut arms = Path::new().m(CX, TOP - 40.0).v(TOP - 270.0);
    for r in [40.0, 80.0, 120.0] {
        arms = arms
            .m(CX - r, TOP - 270.0)
            .arc(r, r, false, false, CX + r, TOP - 270.0);
    }
    stroke(s, &arms, body, 12.0);
    for k in 0..7 {
        let x = CX - 120.0 + 40.0 * k as f32;
        s.rect(x - 10.0, TOP - 284.0, 20.0, 14.0).close();
        s.ellipse(x, TOP - 298.0, 6.0, 12.0)
            .fill(Rgb::hex(0xf6b93b))
            .close();
    }
}

/// Claes Oldenburg's kind of joke: a giant spoon holding a cherry.
pub fn spoon(s: &mut Svg) {
    let steel = Rgb::hex(0xc9ced5);
    stroke(
        s,
        &Path::new()
            .m(CX - 150.0, TOP - 20.0)
            .q(CX - 20.0, TOP - 40.0, CX + 40.0, TOP - 110.0),
        steel.dark(25),
        14.0,
    );
    stroke(
        s,
        &Path::new()
            .m(CX - 150.0, TOP - 20.0)
            .q(CX - 20.0, TOP - 40.0, CX + 40.0, TOP - 110.0),
        steel,
        8.0,
    );
    s.ellipse(CX + 90.0, TOP - 150.0, 84.0, 40.0)
        .transform(&rotate(-38.0, CX + 90.0, TOP - 150.0))
        .fill(steel)
        .close();
    s.circle(CX + 110.0, TOP - 196.0, 40.0)
        .fill(Rgb::hex(0xb3112e))
        .close();
    s.circle(CX + 98.0, TOP - 208.0, 10.0)
        .fill(PAPER)
        .opacity(".5")
        .close();
    stroke(
        s,
        &Path::new()
            .m(CX + 110.0, TOP - 232.0)
            .q(CX + 120.0, TOP - 290.0, CX + 160.0, TOP - 310.0),
        Rgb::hex(0x6b4a2b),
        7.0,
    );
}
