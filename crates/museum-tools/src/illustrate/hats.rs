//! Costume pieces shown on a plinth rather than a hanger: a hat or helmet on a head form, and a pair
//! of shoes.

use super::motif::Motif;
use super::palette::{Rgb, PAPER, STONE};
use super::path::Path;
use super::scene::{self, CX};
use super::subject::Subject;
use super::svg::Svg;

const LEATHER: Rgb = Rgb::hex(0xb07a4a);

/// A hat on a head form: a miner's helmet (with a safety lamp beside it), a kokoshnik, a flared
/// isicholo, a fur hat, or a brimmed hat of straw or felt.
pub fn hat(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    let lamp = sub.has(&["lamp"]);
    scene::plinth(s, p, 400.0, if lamp { 170.0 } else { 90.0 });
    let form = STONE.dark(18);
    s.rect(CX - 8.0, 340.0, 16.0, 60.0).fill(form.dark(30)).close();
    s.rect(CX - 26.0, 312.0, 52.0, 40.0).fill(form).close();
    s.ellipse(CX, 262.0, 58.0, 72.0).fill(form).close();
    if sub.has(&["helmet", "miner"]) {
        s.path(
            Path::new()
                .m(CX - 76.0, 246.0)
                .arc(76.0, 84.0, false, true, CX + 76.0, 246.0)
                .z()
                .d(),
        )
        .fill(p.a)
        .close();
        s.path(Path::new().m(CX, 164.0).v(246.0).d())
            .fill("none")
            .stroke(p.a.dark(20), 10.0)
            .close();
        s.ellipse(CX, 248.0, 100.0, 16.0).fill(p.a.dark(25)).close();
        s.rect(CX - 22.0, 196.0, 44.0, 28.0)
            .a("rx", 8.0)
            .fill(Rgb::hex(0x3a3a3a))
            .close();
        s.circle(CX, 210.0, 11.0).fill(Rgb::hex(0xffe28a)).close();
        if lamp {
            let x = CX + 140.0;
            s.rect(x - 30.0, 370.0, 60.0, 20.0)
                .fill(Rgb::hex(0x8a6a2a))
                .close();
            s.rect(x - 22.0, 300.0, 44.0, 70.0)
                .fill(Rgb::hex(0xffe6a0))
                .stroke(Rgb::hex(0x8a6a2a), 4.0)
                .close();
            s.path(
                Path::new()
                    .m(x - 22.0, 300.0)
                    .l(x, 270.0)
                    .l(x + 22.0, 300.0)
                    .z()
                    .d(),
            )
            .fill(Rgb::hex(0x8a6a2a))
            .close();
            s.circle(x, 258.0, 14.0)
                .fill("none")
                .stroke(Rgb::hex(0x8a6a2a), 4.0)
                .close();
        }
    } else if sub.has(&["kokoshnik", "headdress", "crown"]) {
        let arch = Path::new()
            .m(CX - 80.0, 250.0)
            .q(CX - 96.0, 110.0, CX, 100.0)
            .q(CX + 96.0, 110.0, CX + 80.0, 250.0)
            .z();
        s.path(arch.d()).fill(p.a).close();
        let pearls = Path::new().m(CX - 70.0, 240.0).q(CX - 82.0, 124.0, CX, 116.0).q(
            CX + 82.0,
            124.0,
            CX + 70.0,
            240.0,
        );
        s.path(pearls.d())
            .fill("none")
            .stroke(PAPER, 8.0)
            .a("stroke-dasharray", "0 14")
            .a("stroke-linecap", "round")
            .close();
        Motif::Flower.draw(s, CX, 170.0, 34.0, p.b, PAPER);
    } else {
        let felt = if sub.has(&["straw", "huaso", "sombrero"]) {
            Rgb::hex(0xe3c46f)
        } else if sub.has(&["isicholo"]) {
            Rgb::hex(0xb5452b)
        } else {
            p.a.mix(Rgb::hex(0x3b2a20), 55)
        };
        let fur = sub.has(&["fur", "kubanka", "papakha", "ushanka"]);
        let crown = if sub.has(&["isicholo"]) {
            Path::new()
                .m(CX - 56.0, 230.0)
                .l(CX - 120.0, 140.0)
                .h(CX + 120.0)
                .l(CX + 56.0, 230.0)
                .z()
        } else {
            Path::new()
                .m(CX - 66.0, 230.0)
                .l(CX - 60.0, 156.0)
                .q(CX, 140.0, CX + 60.0, 156.0)
                .l(CX + 66.0, 230.0)
                .z()
        };
        if !fur {
            s.ellipse(CX, 230.0, 150.0, 26.0).fill(felt.dark(15)).close();
        }
        s.path(crown.d()).fill(felt).close();
        if fur {
            s.path(crown.d())
                .fill("none")
                .stroke(felt.dark(30), 6.0)
                .a("stroke-dasharray", "2 6")
                .close();
        } else {
            s.rect(CX - 64.0, 206.0, 128.0, 18.0).fill(p.b).close();
        }
        if sub.has(&["isicholo"]) {
            s.ellipse(CX, 140.0, 120.0, 18.0).fill(felt.dark(20)).close();
        }
    }
}

/// A pair of shoes side by side, beaded on the vamp.
pub fn shoes(s: &mut Svg, sub: &Subject) {
    let p = &sub.palette;
    scene::plinth(s, p, 400.0, 170.0);
    for (k, dx, dy) in [(0, -96.0, -24.0), (1, -150.0, 0.0)] {
        let x0 = CX + dx;
        let base = 398.0 + dy;
        let shoe = Path::new()
            .m(x0, base)
            .h(x0 + 230.0)
            .q(x0 + 270.0, base - 8.0, x0 + 250.0, base - 40.0)
            .q(x0 + 230.0, base - 70.0, x0 + 160.0, base - 74.0)
            .l(x0 + 60.0, base - 100.0)
            .q(x0 + 10.0, base - 100.0, x0, base - 60.0)
            .z();
        let leather = if k == 0 { LEATHER.dark(20) } else { LEATHER };
        s.path(shoe.d()).fill(leather).close();
        s.path(
            Path::new()
                .m(x0 + 50.0, base - 98.0)
                .l(x0 + 34.0, base - 40.0)
                .l(x0 + 90.0, base - 80.0)
                .z()
                .d(),
        )
        .fill(leather.dark(15))
        .close();
        if k == 1 {
            Motif::Flower.draw(s, x0 + 190.0, base - 42.0, 26.0, p.a, p.b);
            s.path(Path::new().m(x0 + 4.0, base - 4.0).h(x0 + 236.0).d())
                .fill("none")
                .stroke(PAPER, 4.0)
                .a("stroke-dasharray", "0 9")
                .a("stroke-linecap", "round")
                .close();
        }
    }
}
