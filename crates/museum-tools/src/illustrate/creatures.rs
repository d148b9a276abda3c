//! Smaller creatures for sculptures: a lizard on a rock, a standing bird and a leaping fish. They
//! draw in the group's fill (the material), with `shade` for the far side.

use super::palette::{Rgb, PAPER};
use super::path::Path;
use super::scene::CX;
use super::sculpture::TOP;
use super::svg::{num, Svg};

fn stroke(s: &mut Svg, p: &Path, colour: Rgb, width: f32) {
    s.path(p.d())
        .fill("none")
        .stroke(colour, width)
        .a("stroke-linecap", "round")
        .close();
}

/// A lizard basking on a rock.
pub fn lizard(s: &mut Svg, shade: Rgb) {
    s.path(
        Path::new()
            .poly(&[
                (CX - 120.0, TOP),
                (CX - 100.0, TOP - 70.0),
                (CX - 20.0, TOP - 96.0),
                (CX + 90.0, TOP - 80.0),
                (CX + 124.0, TOP),
            ])
            .d(),
    )
    .fill(Rgb::hex(0x8d8a82))
    .close();
    stroke(
        s,
        &Path::new()
            .m(CX - 60.0, TOP - 110.0)
            .q(CX - 140.0, TOP - 110.0, CX - 150.0, TOP - 170.0)
            .q(CX - 150.0, TOP - 210.0, CX - 116.0, TOP - 200.0),
        shade,
        16.0,
    );
    let legs = Path::new()
        .m(CX - 50.0, TOP - 110.0)
        .l(CX - 66.0, TOP - 90.0)
        .m(CX - 40.0, TOP - 118.0)
        .l(CX - 56.0, TOP - 146.0)
        .m(CX + 50.0, TOP - 118.0)
        .l(CX + 70.0, TOP - 96.0)
        .m(CX + 44.0, TOP - 124.0)
        .l(CX + 64.0, TOP - 150.0);
    stroke(s, &legs, shade, 12.0);
    s.ellipse(CX, TOP - 118.0, 72.0, 20.0).close();
    s.ellipse(CX + 92.0, TOP - 126.0, 34.0, 17.0)
        .transform(&format!("rotate(-10 {} {})", num(CX + 92.0), num(TOP - 126.0)))
        .close();
    s.circle(CX + 104.0, TOP - 132.0, 4.0)
        .fill(Rgb::hex(0x222222))
        .close();
}

/// A long-legged bird standing tall.
pub fn bird(s: &mut Svg, body: Rgb, shade: Rgb) {
    let legs = Path::new()
        .m(CX - 8.0, TOP - 110.0)
        .l(CX - 16.0, TOP)
        .m(CX + 12.0, TOP - 110.0)
        .l(CX + 18.0, TOP);
    stroke(s, &legs, shade, 8.0);
    s.ellipse(CX, TOP - 136.0, 80.0, 44.0)
        .transform(&format!("rotate(-12 {CX} {})", num(TOP - 136.0)))
        .close();
    stroke(
        s,
        &Path::new()
            .m(CX + 44.0, TOP - 150.0)
            .q(CX + 76.0, TOP - 214.0, CX + 46.0, TOP - 262.0),
        body,
        18.0,
    );
    s.circle(CX + 46.0, TOP - 268.0, 19.0).close();
    s.path(
        Path::new()
            .poly(&[
                (CX + 60.0, TOP - 276.0),
                (CX + 112.0, TOP - 262.0),
                (CX + 60.0, TOP - 260.0),
            ])
            .d(),
    )
    .fill(shade)
    .close();
    s.path(
        Path::new()
            .m(CX - 66.0, TOP - 160.0)
            .q(CX, TOP - 184.0, CX + 34.0, TOP - 146.0)
            .q(CX - 20.0, TOP - 110.0, CX - 106.0, TOP - 128.0)
            .z()
            .d(),
    )
    .fill(shade)
    .close();
    s.circle(CX + 52.0, TOP - 272.0, 4.0)
        .fill(Rgb::hex(0x222222))
        .close();
}

/// A fish leaping in an arc, on a rod.
pub fn fish(s: &mut Svg, shade: Rgb) {
    s.rect(CX - 5.0, TOP - 150.0, 10.0, 150.0).fill(shade).close();
    let fish = Path::new()
        .m(CX + 140.0, TOP - 150.0)
        .c(
            (CX + 110.0, TOP - 240.0),
            (CX - 40.0, TOP - 276.0),
            (CX - 118.0, TOP - 214.0),
        )
        .l(CX - 176.0, TOP - 258.0)
        .l(CX - 156.0, TOP - 200.0)
        .l(CX - 180.0, TOP - 150.0)
        .l(CX - 116.0, TOP - 184.0)
        .c(
            (CX - 40.0, TOP - 200.0),
            (CX + 80.0, TOP - 160.0),
            (CX + 140.0, TOP - 150.0),
        )
        .z();
    s.path(
        Path::new()
            .poly(&[
                (CX - 30.0, TOP - 250.0),
                (CX + 10.0, TOP - 296.0),
                (CX + 40.0, TOP - 244.0),
            ])
            .d(),
    )
    .fill(shade)
    .close();
    s.path(fish.d()).close();
    s.path(
        Path::new()
            .poly(&[
                (CX + 10.0, TOP - 184.0),
                (CX + 34.0, TOP - 150.0),
                (CX + 50.0, TOP - 176.0),
            ])
            .d(),
    )
    .fill(shade)
    .close();
    s.circle(CX + 104.0, TOP - 196.0, 9.0).fill(PAPER).close();
    s.circle(CX + 106.0, TOP - 196.0, 4.0)
        .fill(Rgb::hex(0x222222))
        .close();
    stroke(
        s,
        &Path::new()
            .m(CX + 70.0, TOP - 222.0)
            .q(CX + 50.0, TOP - 196.0, CX + 66.0, TOP - 170.0),
        shade,
        5.0,
    );
}
