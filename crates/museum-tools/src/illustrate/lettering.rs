//! The word "Illustration" drawn as strokes, for the label every illustration carries.
//!
//! As `<text>`, the label made the browser look up a system font for every size an image was drawn
//! at (a round trip to the browser process on Linux and ChromeOS): a room's nine cards cost about
//! 40 of the room page's 108 font lookups (docs/performance.md, "Fonts"). Strokes cost none, look
//! the same on every device, and need no font to be shipped or installed.
//!
//! The letters are monoline, on a grid where the x-height is 5 and ascenders reach 7.5 above the
//! baseline (y grows downwards, as in SVG). Only the letters of the label are drawn.

use super::svg::num;

/// One letter: its strokes (a start point and relative path commands from it) and its advance.
struct Glyph {
    strokes: &'static [(f32, f32, &'static str)],
    advance: f32,
}

/// The letters of the label.
fn glyph(c: char) -> Option<Glyph> {
    let (strokes, advance): (&'static [(f32, f32, &'static str)], f32) = match c {
        'I' => (&[(0.0, -7.0, "v7")], 2.2),
        'l' => (&[(0.0, -7.5, "v7.5")], 2.2),
        'i' => (&[(0.0, -5.0, "v5"), (0.0, -7.0, "v.1")], 2.2),
        'u' => (&[(0.0, -5.0, "v3a2 2 0 0 0 4 0"), (4.0, -5.0, "v5")], 6.2),
        'n' => (&[(0.0, 0.0, "v-5"), (0.0, -3.0, "a2 2 0 0 1 4 0v3")], 6.2),
        'o' => (&[(0.0, -2.5, "a2 2.5 0 1 0 4 0a2 2.5 0 1 0-4 0")], 6.2),
        'a' => (&[(4.0, -2.5, "a2 2.5 0 1 0-4 0a2 2.5 0 1 0 4 0"), (4.0, -5.0, "v5")], 6.2),
        'r' => (&[(0.0, 0.0, "v-5"), (0.0, -3.0, "a2.5 2.5 0 0 1 2.5-2")], 4.0),
        't' => (&[(1.0, -6.8, "v5.6q0 1.2 1.2 1.2h.6"), (0.0, -5.0, "h2.8")], 4.0),
        's' => (
            &[(3.6, -4.2, "c-.4-.6-1-.8-1.7-.8c-.9 0-1.6.5-1.6 1.3c0 1.8 3.6 1 3.6 2.9c0 .8-.8 1.3-1.8 1.3c-.8 0-1.5-.3-1.9-.9")],
            5.2,
        ),
        _ => return None,
    };
    Some(Glyph { strokes, advance })
}

/// The path data of `word` with its baseline starting at the origin, and its drawn width (the last
/// letter's advance less the space after its stem). `None` if a letter is not drawn here.
pub fn word(word: &str) -> Option<(String, f32)> {
    let (mut d, mut x) = (String::new(), 0.0);
    for c in word.chars() {
        let g = glyph(c)?;
        for (sx, sy, rest) in g.strokes {
            // A minus sign separates the two numbers by itself.
            let gap = if *sy < 0.0 { "" } else { " " };
            d.push_str(&format!("M{}{gap}{}{rest}", num(x + sx), num(*sy)));
        }
        x += g.advance;
    }
    Some((d, x - 2.2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_the_label_and_nothing_else() {
        let (d, width) = word("Illustration").expect("every letter of the label is drawn");
        assert!(d.starts_with("M0-7v7M2.2-7.5v7.5"), "{d}");
        assert_eq!(d.matches('M').count(), 19);
        assert!((width - 48.6).abs() < 0.01, "{width}");
        assert!(word("Illustrations!").is_none());
    }
}
