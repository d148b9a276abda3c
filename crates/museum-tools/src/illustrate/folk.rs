//! Folk instruments with a shape of their own: the jaw harp (metal, or a bamboo mukkuri) and the
//! musical bow with its gourd (berimbau, uhadi).

use super::palette::{Rgb, PAPER, WOOD};
use super::path::Path;
use super::scene::{self, CX};
use super::strings::DARK_WOOD;
use super::subject::Subject;
use super::svg::Svg;

const STEEL: Rgb = Rgb::hex(0x8e949c);
const BAMBOO: Rgb = Rgb::hex(0xd6b36a);

/// A jaw harp laid on a display cushion: a horseshoe frame with its springy tongue, or for a
/// mukkuri a bamboo strip with a cut tongue and a pull cord.
pub fn jaw_harp(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let (x, y, w, h) = (CX - 260.0, 150.0, 520.0, 230.0);
    scene::wall_shadow(s, x, y, w, h, 20.0);
    s.rect(x, y, w, h).a("rx", 20.0).fill(p.a).close();
    s.rect(x + 12.0, y + 12.0, w - 24.0, h - 24.0)
        .a("rx", 14.0)
        .fill(p.a.dark(15))
        .close();
    scene::hang(s, sub, -6.0, 1.0, 2.0);
    if sub.has(&["mukkuri", "bamboo"]) {
        scene::soft(
            s.rect(-200.0, -26.0, 400.0, 52.0)
                .a("rx", 10.0)
                .transform("translate(6 10)"),
        )
        .close();
        s.rect(-200.0, -26.0, 400.0, 52.0)
            .a("rx", 10.0)
            .fill(BAMBOO)
            .close();
        let tongue = Path::new()
            .m(-120.0, -8.0)
            .h(130.0)
            .arc(8.0, 8.0, false, true, 130.0, 8.0)
            .h(-120.0);
        s.path(tongue.d())
            .fill("none")
            .stroke(BAMBOO.dark(45), 3.0)
            .close();
        s.rect(-200.0, -26.0, 30.0, 52.0)
            .a("rx", 8.0)
            .fill(BAMBOO.dark(15))
            .close();
        let cord = Path::new()
            .m(196.0, 0.0)
            .q(250.0, 10.0, 230.0, 60.0)
            .q(210.0, 90.0, 170.0, 76.0);
        s.path(cord.d())
            .fill("none")
            .stroke(p.b, 5.0)
            .a("stroke-linecap", "round")
            .close();
    } else {
        let frame = Path::new()
            .m(190.0, -10.0)
            .l(-60.0, -26.0)
            .arc(70.0, 70.0, true, false, -60.0, 26.0)
            .l(190.0, 10.0);
        scene::soft_line(s.path(frame.d()).transform("translate(6 10)"), 16.0).close();
        s.path(frame.d())
            .fill("none")
            .stroke(STEEL, 16.0)
            .a("stroke-linecap", "round")
            .close();
        s.path(frame.d())
            .fill("none")
            .stroke(PAPER, 3.0)
            .opacity(".5")
            .close();
        let tongue = Path::new().m(-190.0, 0.0).h(210.0).q(236.0, 0.0, 240.0, -26.0);
        s.path(tongue.d())
            .fill("none")
            .stroke(STEEL.dark(35), 5.0)
            .a("stroke-linecap", "round")
            .close();
        s.path(Path::new().m(-146.0, -40.0).v(40.0).m(-134.0, -44.0).v(44.0).d())
            .fill("none")
            .stroke(p.b, 6.0)
            .close();
    }
    s.end();
}

/// A musical bow: a long wooden bow strung with wire, a gourd resonator tied near the foot, and a
/// striking stick with a little basket rattle.
pub fn musical_bow(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    scene::hang(s, sub, 14.0, 1.0, 0.0);
    let bow = Path::new().m(30.0, -210.0).q(-90.0, 0.0, 30.0, 210.0);
    scene::soft_line(s.path(bow.d()).transform("translate(6 10)"), 14.0).close();
    s.path(bow.d())
        .fill("none")
        .stroke(WOOD, 14.0)
        .a("stroke-linecap", "round")
        .close();
    s.path(Path::new().m(30.0, -210.0).v(210.0).d())
        .fill("none")
        .stroke(Rgb::hex(0x5b5b5b), 2.0)
        .close();
    scene::soft(s.circle(-20.0, 130.0, 56.0).transform("translate(6 10)")).close();
    s.circle(-20.0, 130.0, 56.0).fill(Rgb::hex(0xa0642c)).close();
    s.circle(-30.0, 140.0, 30.0).fill(DARK_WOOD).close();
    s.path(Path::new().m(-48.0, 96.0).l(30.0, 100.0).d())
        .fill("none")
        .stroke(p.a, 5.0)
        .close();
    s.path(Path::new().m(-20.0, -60.0).q(0.0, 0.0, 10.0, -30.0).d())
        .fill("none")
        .stroke(p.b, 4.0)
        .close();
    s.path(Path::new().m(120.0, -40.0).l(60.0, 60.0).d())
        .fill("none")
        .stroke(DARK_WOOD, 6.0)
        .a("stroke-linecap", "round")
        .close();
    s.ellipse(140.0, -70.0, 24.0, 34.0)
        .transform("rotate(30 140 -70)")
        .fill(BAMBOO)
        .stroke(p.a, 4.0)
        .close();
    s.end();
}
