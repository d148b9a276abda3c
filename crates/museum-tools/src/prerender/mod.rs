//! Pre-renders every route of a built `dist/` so deep links answer 200 on any static host.
//!
//! For each route (entrance, about, each room, each exhibit) it writes `route/index.html` and
//! `route.html` (so `/rooms/niigata`, `/rooms/niigata/` and `/rooms/niigata.html`-style hosts all
//! work), carrying the view's title, description, Open Graph tags and main text. The app takes the
//! page over when it starts. `404.html` serves the not-found page. With the split modules' manifest,
//! each page also hints the files its app will fetch (`hints.rs`). A page module's own stylesheet is
//! on only in its module's pages (`styles.rs`).

mod classroom;
mod exhibit;
mod hints;
mod pages;
mod plan;
mod quiz;
mod room;
mod strings;
mod styles;
mod wayfinding;

use std::fs;
use std::path::Path;

use crate::load_valid;
pub use pages::Page;

/// Markers in `index.html` that the generator replaces.
const HEAD: (&str, &str) = ("<!--head:start-->", "<!--head:end-->");
const BODY: &str = "<!--prerender-->";

/// An image's ` srcset="…" sizes="…"` attributes, or nothing when it has one size only.
pub fn srcset(img: &catalog::Image, sizes: &str) -> String {
    let set = img.srcset_attr("/");
    if set.is_empty() {
        String::new()
    } else {
        format!(" srcset=\"{}\" sizes=\"{sizes}\"", esc(&set))
    }
}

/// Escapes text for HTML element content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Fills the template with one page; `hints` are extra `<head>` tags (`hints.rs`).
pub fn fill(template: &str, page: &Page, hints: &str) -> Result<String, String> {
    let start = template
        .find(HEAD.0)
        .ok_or("index.html lacks <!--head:start-->")?;
    let end = template.find(HEAD.1).ok_or("index.html lacks <!--head:end-->")? + HEAD.1.len();
    if !template.contains(BODY) {
        return Err("index.html lacks <!--prerender-->".into());
    }
    let image = page
        .image
        .as_ref()
        .map(|src| format!("\n  <meta property=\"og:image\" content=\"/{}\">", esc(src)))
        .unwrap_or_default();
    let head = format!(
        "<title>{t}</title>\n  <meta name=\"description\" content=\"{d}\" data-prerendered>\n  \
         <meta property=\"og:title\" content=\"{t}\">\n  <meta property=\"og:description\" content=\"{d}\">\n  \
         <meta property=\"og:type\" content=\"website\">\n  <meta property=\"og:site_name\" content=\"Harbin International Sister Cities Museum\">{image}\n  \
         <meta name=\"twitter:card\" content=\"summary_large_image\">{hints}",
        t = esc(&page.title),
        d = esc(&page.description),
    );
    let html = format!("{}{head}{}", &template[..start], &template[end..]);
    Ok(html.replacen(BODY, &page.body, 1))
}

/// Writes every route's page into `dist`, with preload hints when `manifest` (written by
/// `scripts/split-manifest.mjs`) is given.
pub fn run(dist: &Path, manifest: Option<&Path>) -> Result<(), String> {
    let manifest: hints::Manifest = match manifest {
        Some(path) => {
            let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?
        }
        None => hints::Manifest::new(),
    };
    let template = fs::read_to_string(dist.join("index.html")).map_err(|e| {
        format!(
            "{}: {e} (build the site first)",
            dist.join("index.html").display()
        )
    })?;
    let catalog = load_valid(&dist.join("data"))?;
    let museum = catalog.museum.as_ref().ok_or("museum.json missing")?;
    let mut pages = pages::all(museum, &catalog);
    pages.extend(classroom::all(museum, &catalog));
    for page in &pages {
        let links = if manifest.is_empty() {
            String::new()
        } else {
            hints::links(&page.route, &manifest)
        };
        let html = styles::mark(&fill(&template, page, &links)?, hints::module_of(&page.route));
        let route = page.route.trim_matches('/');
        let targets = if route.is_empty() {
            vec![dist.join("index.html")]
        } else if route == "404" {
            vec![dist.join("404.html")]
        } else {
            vec![
                dist.join(route).join("index.html"),
                dist.join(format!("{route}.html")),
            ]
        };
        for target in targets {
            if let Some(parent) = target.parent() {
                fs::create_dir_all(parent).map_err(|e| e.to_string())?;
            }
            fs::write(&target, &html).map_err(|e| format!("{}: {e}", target.display()))?;
        }
    }
    println!("prerendered {} routes into {}", pages.len(), dist.display());
    Ok(())
}

/// The museum's own `museum.json`, for the page builders' tests.
#[cfg(test)]
fn test_museum() -> catalog::MuseumFile {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/museum.json");
    catalog::parse_museum(&fs::read_to_string(path).unwrap()).unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            esc(r#"<b>"Tom" & 'Jerry'</b>"#),
            "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;"
        );
    }

    #[test]
    fn fills_head_and_body() {
        let template =
            "<head><!--head:start--><title>x</title><!--head:end--></head><body><!--prerender--></body>";
        let page = Page {
            route: "/about".into(),
            title: "About <us>".into(),
            description: "D".into(),
            image: None,
            body: "<h1>About</h1>".into(),
        };
        let html = fill(template, &page, "").unwrap();
        assert!(html.contains("<title>About &lt;us&gt;</title>"));
        assert!(html.contains("og:title"));
        assert!(html.contains("<body><h1>About</h1></body>"));
        assert!(!html.contains("<title>x</title>"));
    }
}
