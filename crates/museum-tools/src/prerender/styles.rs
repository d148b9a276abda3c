//! Page modules' own stylesheets: on for the pages of their module, off (not even fetched) on others.
//!
//! Trunk links every stylesheet of `index.html` into the template, named after its source file and
//! a hash (`explore-1a2b….css`). A stylesheet named after a page module (the groups of
//! src/pages/lazy.rs) holds styles only that module's pages use: a room's first view need not
//! wait for them. Each pre-rendered page marks it `data-module="…"`, and `disabled` unless the
//! page is of that module; the app turns it on with the module's code (src/styles.rs).

/// Page modules that may have a stylesheet of their own.
const MODULES: [&str; 3] = ["tour", "explore", "classroom"];

/// `html` with each page module's stylesheet link marked, and turned off unless it is `module`'s.
/// Idempotent: a page written by an earlier run comes out the same.
pub fn mark(html: &str, module: Option<&str>) -> String {
    let mut out = String::with_capacity(html.len() + 128);
    let mut rest = html;
    while let Some(start) = rest.find("<link ") {
        let Some(len) = rest[start..].find('>') else {
            break;
        };
        let tag = &rest[start..=start + len];
        out.push_str(&rest[..start]);
        out.push_str(&mark_tag(tag, module));
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// One `<link>` tag, marked if it is a page module's stylesheet.
fn mark_tag(tag: &str, module: Option<&str>) -> String {
    let own = MODULES
        .iter()
        .find(|m| tag.contains("rel=\"stylesheet\"") && tag.contains(&format!(" href=\"/{m}-")));
    let Some(own) = own else {
        return tag.to_string();
    };
    let bare = tag
        .replacen(&format!(" data-module=\"{own}\""), "", 1)
        .replacen(" disabled", "", 1);
    let off = if module == Some(own) { "" } else { " disabled" };
    bare.replacen("<link ", &format!("<link data-module=\"{own}\"{off} "), 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "<link rel=\"stylesheet\" href=\"/main-1.css\" integrity=\"a\"/>\
        <link rel=\"stylesheet\" href=\"/explore-2.css\" integrity=\"b\"/>\
        <link rel=\"icon\" href=\"/explore-icon.svg\">";

    #[test]
    fn another_modules_styles_are_off() {
        let html = mark(HEAD, Some("tour"));
        assert!(html.contains("<link rel=\"stylesheet\" href=\"/main-1.css\""));
        assert!(html.contains(
            "<link data-module=\"explore\" disabled rel=\"stylesheet\" href=\"/explore-2.css\" integrity=\"b\"/>"
        ));
        assert!(html.contains("<link rel=\"icon\" href=\"/explore-icon.svg\">"));
        assert!(mark(HEAD, None).contains("data-module=\"explore\" disabled"));
    }

    #[test]
    fn a_modules_own_styles_are_on_and_marking_twice_changes_nothing() {
        let html = mark(HEAD, Some("explore"));
        assert!(html.contains("<link data-module=\"explore\" rel=\"stylesheet\" href=\"/explore-2.css\""));
        assert_eq!(mark(&mark(HEAD, Some("tour")), Some("explore")), html);
        assert_eq!(mark(&html, Some("explore")), html);
    }
}
