//! Woven and painted pattern bands, shared by costumes and crafts.

use super::palette::Rgb;
use super::path::Path;
use super::svg::{num, Svg};

/// A band filling `(x0, x1, y, h)` (left, right, top, height): a base colour with a zigzag
/// (`style` 0), diamonds (1) or dots (2) on it.
pub fn band(s: &mut Svg, (x0, x1, y, h): (f32, f32, f32, f32), base: Rgb, figure: Rgb, style: usize) {
    s.rect(x0, y, x1 - x0, h).fill(base).close();
    let mid = y + h / 2.0;
    let step = h;
    let n = ((x1 - x0) / step) as usize;
    match style {
        0 => {
            let mut z = Path::new().m(x0, mid);
            for k in 0..n {
                let x = x0 + step * k as f32;
                z = z.l(x + step / 2.0, y + h * 0.2).l(x + step, y + h * 0.8);
            }
            s.path(z.d()).fill("none").stroke(figure, h * 0.14).close();
        }
        1 => {
            let mut d = Path::new();
            for k in 0..n {
                let x = x0 + step * (k as f32 + 0.5);
                d = d.poly(&[
                    (x, y + h * 0.15),
                    (x + h * 0.3, mid),
                    (x, y + h * 0.85),
                    (x - h * 0.3, mid),
                ]);
            }
            s.path(d.d()).fill(figure).close();
        }
        _ => {
            s.path(Path::new().m(x0, mid).h(x1).d())
                .fill("none")
                .stroke(figure, h * 0.3)
                .a("stroke-dasharray", format!("0 {}", num(h * 0.6)))
                .a("stroke-linecap", "round")
                .close();
        }
    }
}
