//! Tests: every category and keyword branch draws well-formed, small, deterministic SVG, text is
//! escaped, and titles pick the right drawing.

use catalog::Category;

use super::test_cases::subjects;
use super::{draw, Subject};

/// Checks that `svg` is well-formed XML: balanced tags, quoted attributes, only known entities.
fn well_formed(svg: &str) -> Result<(), String> {
    let mut stack: Vec<&str> = Vec::new();
    let mut rest = svg.trim_end();
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            check_text(rest)?;
            break;
        };
        check_text(&rest[..lt])?;
        let gt = rest[lt..].find('>').ok_or("unclosed tag")? + lt;
        let tag = &rest[lt + 1..gt];
        rest = &rest[gt + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            let open = stack.pop().ok_or(format!("stray </{name}>"))?;
            if open != name {
                return Err(format!("<{open}> closed by </{name}>"));
            }
            continue;
        }
        let (body, empty) = match tag.strip_suffix('/') {
            Some(body) => (body, true),
            None => (tag, false),
        };
        let name = body.split(' ').next().unwrap_or("");
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(format!("bad tag <{tag}>"));
        }
        let mut attrs = &body[name.len()..];
        let mut seen = Vec::new();
        while !attrs.is_empty() {
            let a = attrs
                .strip_prefix(' ')
                .ok_or(format!("bad attributes in <{tag}>"))?;
            let eq = a.find("=\"").ok_or(format!("unquoted attribute in <{tag}>"))?;
            if seen.contains(&&a[..eq]) {
                return Err(format!("duplicate attribute {} in <{tag}>", &a[..eq]));
            }
            seen.push(&a[..eq]);
            let end = a[eq + 2..]
                .find('"')
                .ok_or(format!("unterminated attribute in <{tag}>"))?
                + eq
                + 2;
            check_text(&a[eq + 2..end])?;
            attrs = &a[end + 1..];
        }
        if !empty {
            stack.push(name);
        }
    }
    match stack.is_empty() {
        true => Ok(()),
        false => Err(format!("unclosed elements: {stack:?}")),
    }
}

fn check_text(text: &str) -> Result<(), String> {
    if text.contains(['<', '>', '"']) {
        return Err(format!("unescaped character in {text:?}"));
    }
    for (i, _) in text.match_indices('&') {
        let entity = &text[i..];
        if !["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"]
            .iter()
            .any(|e| entity.starts_with(e))
        {
            return Err(format!("bad entity in {text:?}"));
        }
    }
    Ok(())
}

#[test]
fn every_category_draws_well_formed_svg() {
    for sub in subjects() {
        let svg = draw(&sub);
        let name = format!("{} ({:?})", sub.title, sub.category);
        assert!(
            svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""),
            "{name}"
        );
        assert!(svg.contains("viewBox=\"0 0 800 600\""), "{name}");
        assert!(svg.contains("role=\"img\""), "{name}");
        assert!(
            svg.contains(&format!("<title>{}</title>", sub.title.replace('\'', "&apos;"))),
            "{name}"
        );
        let label = super::lettering::word(super::scene::LABEL).expect("drawn").0;
        assert!(svg.contains(&format!("d=\"{label}\"")), "{name}: the label");
        assert!(svg.ends_with("</svg>\n"), "{name}");
        if let Err(e) = well_formed(&svg) {
            panic!("{name}: {e}");
        }
        assert!(svg.len() < 4400, "{name}: {} bytes", svg.len());
    }
}

#[test]
fn drawings_are_deterministic_and_varied() {
    for sub in subjects() {
        assert_eq!(draw(&sub), draw(&sub.clone()), "{}", sub.title);
    }
    let a = Subject::new(
        "niigata-stamp",
        "Stamp",
        Category::Stamp,
        "Japan",
        "Niigata",
        "JP",
    );
    let b = Subject::new(
        "aarhus-stamp",
        "Stamp",
        Category::Stamp,
        "Denmark",
        "Aarhus",
        "DK",
    );
    assert_ne!(draw(&a), draw(&b));
}

#[test]
fn text_is_escaped() {
    let sub = Subject::new(
        "x-coin",
        "Coins & notes <\"1\">",
        Category::Currency,
        "Bosnia & Herzegovina",
        "A<B",
        "XX",
    );
    let svg = draw(&sub);
    assert!(
        svg.contains("<title>Coins &amp; notes &lt;&quot;1&quot;&gt;</title>"),
        "{svg}"
    );
    assert!(svg.contains("BOSNIA &amp; HERZEGOVINA"));
    well_formed(&svg).unwrap();
    assert!(well_formed("<a><b></a>").is_err() && well_formed("<a x=\"&\"/>").is_err());
    assert!(well_formed("<a x=\"1\" x=\"2\"/>").is_err());
}

#[test]
fn titles_pick_the_right_drawing() {
    use super::{costume, craft, display, instrument, painting, sculpture};
    let sub = |title: &str, category| Subject::new("x", title, category, "", "", "CN");
    let instruments = [
        ("Mukkuri mouth harp", instrument::Kind::JawHarp),
        ("Khomus jaw harp", instrument::Kind::JawHarp),
        ("Kokle zither", instrument::Kind::WingZither),
        ("Gayageum zither", instrument::Kind::LongZither),
        ("Mapuche kultrún drum", instrument::Kind::FrameDrum),
        ("Northumbrian smallpipes", instrument::Kind::Bagpipe),
        ("Nai pan flute", instrument::Kind::PanPipes),
        ("Uhadi musical bow", instrument::Kind::MusicalBow),
        ("Violin", instrument::Kind::Fiddle),
    ];
    for (title, want) in instruments {
        assert_eq!(
            instrument::kind(&sub(title, Category::MusicalInstrument)),
            want,
            "{title}"
        );
    }
    assert_eq!(
        sculpture::form(&sub("Jangseung guardian figures", Category::Sculpture)),
        sculpture::Form::Pair
    );
    assert_eq!(
        sculpture::form(&sub("Model of the Endless Column", Category::Sculpture)),
        sculpture::Form::Endless
    );
    assert_eq!(
        painting::style(&sub("Nizhny Tagil painted tray", Category::Painting)),
        painting::Style::Tray
    );
    assert_eq!(
        costume::cut(&sub("Padded coat and fur hat", Category::Costume)),
        costume::Cut::Robe
    );
    assert_eq!(
        costume::cut(&sub("Lanna pha sin skirt", Category::Costume)),
        costume::Cut::Dress
    );
    assert_eq!(
        craft::kind(&sub("Malachite jewellery casket", Category::Craft)),
        craft::Kind::Box
    );
    assert_eq!(
        craft::kind(&sub("Horezu pottery plate", Category::Craft)),
        craft::Kind::Plate
    );
    assert_eq!(
        display::object(&sub("Steam locomotive model", Category::Other)),
        display::Object::Locomotive
    );
}
