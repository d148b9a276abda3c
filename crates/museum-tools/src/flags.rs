//! `images/flags/{cc}.webp`: every country's flag as a small raster image, drawn from its SVG.
//!
//! Chromium builds a separate SVG document, on the main thread, for every SVG image a page shows: on
//! the entrance, with 24 countries, the flags were 24 documents built while the app was starting
//! (about 100–200 ms of main-thread time unthrottled on the project machine, `docs/performance.md`).
//! A raster image is decoded off the main thread. Putting all flags in one SVG with a `<view>` each
//! was tried: one document, but painting each flag then painted the whole file (Paint 12 → 38 ms).
//!
//! The sources are [flag-icons](https://github.com/lipis/flag-icons) 7.5.0 (MIT, licence beside them
//! in `crates/museum-tools/flags/`), 4:3. Each is drawn twice, as lossless WebP: 80 × 60 for the 40 × 30
//! flags of lists (two device pixels per CSS pixel) and 192 × 144 for the 96 × 72 flags of a room and of
//! search results. Pages take the paths from [`catalog::City::flag_src`] and [`catalog::City::flag_large_src`].

use std::fs;
use std::path::Path;

use resvg::{tiny_skia, usvg};

/// The sources, in this crate.
const SOURCES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/flags");
/// The images, relative to the public folder.
const OUTPUT: &str = "images/flags";
/// The widths drawn (the height is three quarters), and the file name's suffix for each.
const SIZES: [(u32, &str); 2] = [(80, ""), (192, "-large")];

/// Writes every flag image into the public folder, or with `check` verifies the committed ones.
pub fn run(public: &Path, check: bool) -> Result<(), String> {
    let out = public.join(OUTPUT);
    if !check {
        fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    let mut codes = Vec::new();
    for entry in fs::read_dir(SOURCES).map_err(|e| format!("{SOURCES}: {e}"))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if let Some(code) = path.file_name().and_then(|n| n.to_str()?.strip_suffix(".svg")) {
            codes.push((code.to_owned(), path.clone()));
        }
    }
    codes.sort();
    let (mut stale, mut bytes) = (Vec::new(), 0);
    for (code, path) in &codes {
        let svg = fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        for (width, suffix) in SIZES {
            let webp = draw(&svg, width).map_err(|e| format!("{}: {e}", path.display()))?;
            bytes += webp.len();
            let file = out.join(format!("{code}{suffix}.webp"));
            if fs::read(&file).ok().as_deref() != Some(&webp[..]) {
                if check {
                    stale.push(file.display().to_string());
                } else {
                    fs::write(&file, &webp).map_err(|e| format!("{}: {e}", file.display()))?;
                }
            }
        }
    }
    let files = codes.len() * SIZES.len();
    if check && !stale.is_empty() {
        return Err(format!(
            "flags --check: {} of {files} flag images missing or out of date (run `cargo run -p museum-tools -- flags`):\n  {}",
            stale.len(),
            stale.join("\n  ")
        ));
    }
    let state = if check { "up to date" } else { "written" };
    println!(
        "flags: {files} images in {} {state} ({bytes} bytes)",
        out.display()
    );
    Ok(())
}

/// Draws a 4:3 SVG `width` pixels wide and encodes it as lossless WebP.
pub fn draw(svg: &[u8], width: u32) -> Result<Vec<u8>, String> {
    let tree = usvg::Tree::from_data(svg, &usvg::Options::default()).map_err(|e| e.to_string())?;
    let height = width * 3 / 4;
    let mut pixmap = tiny_skia::Pixmap::new(width, height).ok_or("empty image")?;
    let size = tree.size();
    let scale = tiny_skia::Transform::from_scale(width as f32 / size.width(), height as f32 / size.height());
    resvg::render(&tree, scale, &mut pixmap.as_mut());
    let rgba: Vec<u8> = pixmap
        .pixels()
        .iter()
        .flat_map(|p| {
            let c = p.demultiply();
            [c.red(), c.green(), c.blue(), c.alpha()]
        })
        .collect();
    let mut webp = Vec::new();
    image_webp::WebPEncoder::new(&mut webp)
        .encode(&rgba, width, height, image_webp::ColorType::Rgba8)
        .map_err(|e| e.to_string())?;
    Ok(webp)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Width and height from a lossless WebP's header (RIFF, `VP8L`, 14-bit sizes minus one).
    fn webp_size(webp: &[u8]) -> (u32, u32) {
        assert_eq!(&webp[..4], b"RIFF");
        assert_eq!(&webp[8..16], b"WEBPVP8L");
        let bits = u32::from_le_bytes([webp[21], webp[22], webp[23], webp[24]]);
        ((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1)
    }

    #[test]
    fn draws_a_flag_at_the_asked_size_the_same_every_time() {
        let svg = br##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 480"><path fill="#c8102e" d="M0 0h640v480H0z"/><path fill="#fff" d="M205 0h68v480h-68zM0 206h640v68H0z"/></svg>"##;
        let small = draw(svg, 80).unwrap();
        assert_eq!(webp_size(&small), (80, 60));
        assert_eq!(webp_size(&draw(svg, 192).unwrap()), (192, 144));
        assert_eq!(small, draw(svg, 80).unwrap());
        // Two colours, flat: a lossless image this small stays tiny.
        assert!(small.len() < 400, "{} bytes", small.len());
        assert!(draw(b"<svg", 80).is_err());
    }

    #[test]
    fn every_room_country_has_a_flag() {
        let data = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data");
        let rooms = catalog::Catalog::load(Path::new(data))
            .museum
            .expect("museum.json")
            .rooms;
        for room in &rooms {
            let code = room.city.country_code.to_lowercase();
            let path = Path::new(SOURCES).join(format!("{code}.svg"));
            assert!(path.is_file(), "no flag for {code} (room {})", room.id);
        }
        assert_eq!(rooms.len(), 28);
    }
}
