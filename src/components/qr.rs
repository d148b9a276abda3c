//! QR codes drawn as SVG, encoded with the `qrcode` crate, so a class can open a page by pointing
//! a tablet at the projector or at a printed worksheet.

use leptos::prelude::*;
use qrcode::{Color, QrCode};

/// Light modules kept around the code so scanners find its edge.
const QUIET_ZONE: usize = 4;

/// The dark modules of `url`'s QR code as one SVG path, with the code's size in modules
/// (quiet zone included). `None` if the text is too long for a QR code.
pub fn qr_path(url: &str) -> Option<(String, usize)> {
    let code = QrCode::new(url.as_bytes()).ok()?;
    let width = code.width();
    let mut d = String::new();
    for (i, color) in code.to_colors().into_iter().enumerate() {
        if color == Color::Dark {
            let (x, y) = (i % width + QUIET_ZONE, i / width + QUIET_ZONE);
            d.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    Some((d, width + 2 * QUIET_ZONE))
}

/// A QR code for `url`, `size` CSS pixels wide (the caller's CSS may scale it further).
#[component]
pub fn QrCode(#[prop(into)] url: String, label: String, #[prop(default = 160)] size: u32) -> impl IntoView {
    let (d, modules) = qr_path(&url).unwrap_or_default();
    view! {
        <svg
            class="qr"
            role="img"
            aria-label=label
            width=size
            height=size
            viewBox=format!("0 0 {modules} {modules}")
            shape-rendering="crispEdges"
        >
            <rect width="100%" height="100%" fill="#fff" />
            <path d=d fill="#000" />
        </svg>
    }
}

/// The absolute address of a site path on this origin, for links and QR codes to share.
pub fn absolute(path: &str) -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{path}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_a_scannable_code_with_its_quiet_zone_and_finder_corners() {
        let url = "https://example.org/rooms/niigata?lang=zh";
        let (d, modules) = qr_path(url).expect("fits in a QR code");
        let code = QrCode::new(url).unwrap();
        assert_eq!(modules, code.width() + 8);
        // The top-left finder pattern starts just inside the quiet zone, and nothing is drawn in it.
        assert!(d.starts_with("M4 4h1v1h-1z"), "{}", &d[..40]);
        assert!(!d.contains("M0 ") && !d.contains("M3 "));
        let dark = code.to_colors().iter().filter(|c| **c == Color::Dark).count();
        assert_eq!(d.matches('M').count(), dark);
    }
}
