//! Specimens and supplies for display cases: a tea tin, minerals, carving tools and folded cloth.

use super::display::{BASE, MID};
use super::palette::{Rgb, GOLD, PAPER, WOOD};
use super::path::Path;
use super::scene::CX;
use super::subject::Subject;
use super::svg::Svg;

/// A round tea tin with a decorated label.
pub fn tin(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let (x, w, top, bottom) = (CX - 86.0, 172.0, MID - 70.0, BASE - 24.0);
    s.ellipse(CX, bottom, w / 2.0, 22.0).fill(p.a.dark(25)).close();
    s.rect(x, top, w, bottom - top).fill(p.a).close();
    s.rect(x, top + 50.0, w, 110.0).fill(PAPER).close();
    super::motif::Motif::choose(sub).draw(s, CX, top + 105.0, 40.0, p.a, p.b);
    s.rect(x - 4.0, top - 10.0, w + 8.0, 28.0)
        .fill(p.a.dark(20))
        .close();
    s.ellipse(CX, top - 10.0, w / 2.0 + 4.0, 22.0)
        .fill(p.a.light(15))
        .close();
    s.rect(x + 14.0, top + 30.0, 10.0, 140.0)
        .fill(PAPER)
        .opacity(".35")
        .close();
}

/// Minerals: a polished opal, a tray of specimens, or a rock with gold or salt crystals.
pub fn mineral(s: &mut Svg, sub: &Subject) {
    let (cx, cy) = (CX, MID + 40.0);
    if sub.has(&["opal", "gem"]) {
        s.rect(cx - 50.0, BASE - 30.0, 100.0, 24.0)
            .fill(Rgb::hex(0x1e1e22))
            .close();
        s.el("clipPath").a("id", "o").open();
        s.ellipse(cx, cy - 20.0, 110.0, 72.0).close();
        s.end();
        s.ellipse(cx, cy - 20.0, 110.0, 72.0)
            .fill(Rgb::hex(0x1d3557))
            .close();
        s.g().a("clip-path", "url(#o)").opacity(".8").open();
        for (dx, dy, colour) in [
            (-50.0, -30.0, 0x2ec4b6u32),
            (30.0, -40.0, 0x8ac926),
            (50.0, 20.0, 0x9b5de5),
            (-30.0, 30.0, 0xff9f1c),
            (0.0, 0.0, 0x3a86ff),
        ] {
            s.ellipse(cx + dx, cy - 20.0 + dy, 46.0, 26.0)
                .fill(Rgb::hex(colour))
                .close();
        }
        s.end();
        s.ellipse(cx - 40.0, cy - 56.0, 30.0, 10.0)
            .fill(PAPER)
            .opacity(".5")
            .close();
    } else if sub.has(&["box", "minerals", "collection", "set"]) {
        s.rect(cx - 130.0, cy - 70.0, 260.0, 150.0)
            .a("rx", 6.0)
            .fill(WOOD)
            .close();
        let stones = [0x1f7a55u32, 0x7b4fa0, 0xb5452b, 0xe9e4da, 0x2d4f9c, 0xe3a72f];
        for (k, c) in stones.into_iter().enumerate() {
            let (x, y) = (
                cx - 124.0 + 84.0 * (k % 3) as f32,
                cy - 64.0 + 72.0 * (k / 3) as f32,
            );
            s.rect(x, y, 80.0, 66.0).fill(WOOD.dark(35)).close();
            s.path(
                Path::new()
                    .poly(&[
                        (x + 18.0, y + 50.0),
                        (x + 24.0, y + 22.0),
                        (x + 44.0, y + 14.0),
                        (x + 62.0, y + 28.0),
                        (x + 60.0, y + 52.0),
                    ])
                    .d(),
            )
            .fill(Rgb::hex(c))
            .close();
        }
    } else {
        let salt = sub.has(&["salt"]);
        let rock = if salt {
            Rgb::hex(0xe9e4da)
        } else {
            Rgb::hex(0x8d8a82)
        };
        let lump = Path::new().poly(&[
            (cx - 130.0, BASE - 10.0),
            (cx - 110.0, cy - 60.0),
            (cx - 30.0, cy - 100.0),
            (cx + 70.0, cy - 80.0),
            (cx + 130.0, cy - 10.0),
            (cx + 120.0, BASE - 10.0),
        ]);
        s.path(lump.d()).fill(rock).close();
        s.path(
            Path::new()
                .poly(&[
                    (cx - 30.0, cy - 100.0),
                    (cx + 70.0, cy - 80.0),
                    (cx + 130.0, cy - 10.0),
                    (cx + 10.0, cy - 20.0),
                ])
                .d(),
        )
        .fill(rock.light(15))
        .close();
        let (fleck, width) = if salt { (PAPER, 14.0) } else { (GOLD, 8.0) };
        let mut flecks = Path::new();
        for (dx, dy) in [
            (-80.0, 10.0),
            (-40.0, -40.0),
            (20.0, 20.0),
            (60.0, -30.0),
            (-10.0, 50.0),
            (90.0, 30.0),
        ] {
            flecks = flecks.m(cx + dx, cy + dy).l(cx + dx + 14.0, cy + dy - 6.0);
        }
        s.path(flecks.d())
            .fill("none")
            .stroke(fleck, width)
            .a("stroke-linecap", "square")
            .close();
    }
}

/// Carving tools standing in a wooden block: chisels of different widths with turned handles.
pub fn tools(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let steel = Rgb::hex(0xb8bec6);
    for (k, (len, blade)) in [(200.0, 30.0), (236.0, 18.0), (180.0, 40.0), (220.0, 12.0)]
        .into_iter()
        .enumerate()
    {
        let x = CX - 96.0 + 64.0 * k as f32;
        let top = BASE - 40.0 - len;
        s.rect(x - 9.0, top, 18.0, 80.0).a("rx", 8.0).fill(WOOD).close();
        s.rect(x - 7.0, top + 76.0, 14.0, 12.0).fill(GOLD).close();
        let b = Path::new().poly(&[
            (x - 4.0, top + 88.0),
            (x + 4.0, top + 88.0),
            (x + blade / 2.0, BASE - 60.0),
            (x - blade / 2.0, BASE - 60.0),
        ]);
        s.path(b.d()).fill(steel).close();
    }
    s.rect(CX - 130.0, BASE - 66.0, 260.0, 58.0)
        .a("rx", 6.0)
        .fill(WOOD.dark(30))
        .close();
    s.rect(CX - 130.0, BASE - 50.0, 260.0, 10.0).fill(p.a).close();
}

/// A stack of folded cloth: a striped point blanket, or pale linen with a coloured edge.
pub fn cloth(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let point = sub.has(&["point", "hudson"]);
    let base = if point {
        Rgb::hex(0xf3ecdc)
    } else {
        Rgb::hex(0xeee6d4)
    };
    for k in 0..3 {
        let y = BASE - 54.0 - 46.0 * k as f32;
        s.rect(CX - 124.0 + 6.0 * k as f32, y, 248.0, 46.0)
            .a("rx", 18.0)
            .fill(base.dark(4 * k))
            .stroke(base.dark(20), 2.0)
            .close();
    }
    let stripes: &[(f32, u32)] = if point {
        &[
            (-96.0, 0x1b7a4b),
            (-64.0, 0xc8102e),
            (-32.0, 0xf2c14e),
            (0.0, 0x23346b),
        ]
    } else {
        &[(-100.0, 0)]
    };
    for &(dx, colour) in stripes {
        let c = if colour == 0 { p.a } else { Rgb::hex(colour) };
        s.rect(CX + dx, BASE - 192.0, 22.0, 184.0)
            .fill(c)
            .opacity(".9")
            .close();
    }
    s.path(
        Path::new()
            .m(CX - 110.0, BASE - 150.0)
            .h(CX + 100.0)
            .m(CX - 110.0, BASE - 104.0)
            .h(CX + 100.0)
            .d(),
    )
    .fill("none")
    .stroke(PAPER, 3.0)
    .opacity(".6")
    .close();
}
