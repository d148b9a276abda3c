//! A tiny SVG writer: elements, attributes, escaped text and compact numbers.
//!
//! Every element is opened through [`Svg::el`] and finished with [`El::close`] (empty element),
//! [`El::open`] (children follow, ended by [`Svg::end`]) or [`El::content`] (escaped text), so the
//! output is always well formed.

/// Escapes the five XML special characters for text and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters other than tab and newline are not allowed in XML 1.0.
            c if c.is_control() && c != '\t' && c != '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Formats a coordinate with at most one decimal: `12`, `3.5`, `.5`, `-.5`.
pub fn num(v: f32) -> String {
    let tenths = (v * 10.0).round() as i64;
    let (sign, abs) = if tenths < 0 { ("-", -tenths) } else { ("", tenths) };
    let (int, frac) = (abs / 10, abs % 10);
    match (int, frac) {
        (_, 0) if int == 0 => "0".into(),
        (_, 0) => format!("{sign}{int}"),
        (0, f) => format!("{sign}.{f}"),
        (i, f) => format!("{sign}{i}.{f}"),
    }
}

/// A `translate(x y)` transform.
pub fn translate(x: f32, y: f32) -> String {
    format!("translate({} {})", num(x), num(y))
}

/// A `rotate(deg cx cy)` transform.
pub fn rotate(deg: f32, cx: f32, cy: f32) -> String {
    format!("rotate({} {} {})", num(deg), num(cx), num(cy))
}

/// Something that can be written as an attribute value.
pub trait Value {
    /// Appends the value, escaped where needed.
    fn write_to(&self, out: &mut String);
}

impl Value for f32 {
    fn write_to(&self, out: &mut String) {
        out.push_str(&num(*self));
    }
}

impl Value for i32 {
    fn write_to(&self, out: &mut String) {
        out.push_str(&self.to_string());
    }
}

impl Value for &str {
    fn write_to(&self, out: &mut String) {
        out.push_str(&escape(self));
    }
}

impl Value for String {
    fn write_to(&self, out: &mut String) {
        out.push_str(&escape(self));
    }
}

/// An SVG document being written.
#[derive(Debug, Default)]
pub struct Svg {
    buf: String,
    open: Vec<&'static str>,
}

/// An element whose start tag is being written; finish it with `close`, `open` or `content`.
#[must_use = "finish the element with close(), open() or content()"]
pub struct El<'a> {
    svg: &'a mut Svg,
    name: &'static str,
}

impl Svg {
    /// Starts an element.
    pub fn el(&mut self, name: &'static str) -> El<'_> {
        self.buf.push('<');
        self.buf.push_str(name);
        El { svg: self, name }
    }

    /// Ends the innermost element opened with [`El::open`].
    pub fn end(&mut self) {
        let name = self.open.pop().expect("end() without an open element");
        self.buf.push_str("</");
        self.buf.push_str(name);
        self.buf.push('>');
    }

    /// Ends every open element and returns the document.
    pub fn finish(mut self) -> String {
        while !self.open.is_empty() {
            self.end();
        }
        self.buf.push('\n');
        self.buf
    }

    /// A group; call `.open()` on it, then `end()` after its children.
    pub fn g(&mut self) -> El<'_> {
        self.el("g")
    }

    /// A rectangle.
    pub fn rect(&mut self, x: f32, y: f32, w: f32, h: f32) -> El<'_> {
        self.el("rect").a("x", x).a("y", y).a("width", w).a("height", h)
    }

    /// A circle.
    pub fn circle(&mut self, cx: f32, cy: f32, r: f32) -> El<'_> {
        self.el("circle").a("cx", cx).a("cy", cy).a("r", r)
    }

    /// An ellipse.
    pub fn ellipse(&mut self, cx: f32, cy: f32, rx: f32, ry: f32) -> El<'_> {
        self.el("ellipse").a("cx", cx).a("cy", cy).a("rx", rx).a("ry", ry)
    }

    /// A straight line (give it a stroke).
    pub fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32) -> El<'_> {
        self.el("line").a("x1", x1).a("y1", y1).a("x2", x2).a("y2", y2)
    }

    /// A path from path data (see [`super::path::Path`]).
    pub fn path(&mut self, d: &str) -> El<'_> {
        self.el("path").a("d", d)
    }

    /// A text; finish it with `.content(..)`.
    pub fn text(&mut self, x: f32, y: f32, size: f32) -> El<'_> {
        self.el("text").a("x", x).a("y", y).a("font-size", size)
    }
}

impl<'a> El<'a> {
    /// Adds an attribute.
    pub fn a(self, key: &str, value: impl Value) -> El<'a> {
        let buf = &mut self.svg.buf;
        buf.push(' ');
        buf.push_str(key);
        buf.push_str("=\"");
        value.write_to(buf);
        buf.push('"');
        self
    }

    /// Sets the fill.
    pub fn fill(self, colour: impl Value) -> El<'a> {
        self.a("fill", colour)
    }

    /// Sets the stroke colour and width.
    pub fn stroke(self, colour: impl Value, width: f32) -> El<'a> {
        self.a("stroke", colour).a("stroke-width", width)
    }

    /// Sets the opacity (written as given, e.g. `".25"`).
    pub fn opacity(self, opacity: &str) -> El<'a> {
        self.a("opacity", opacity)
    }

    /// Sets a transform.
    pub fn transform(self, transform: &str) -> El<'a> {
        self.a("transform", transform)
    }

    /// Ends the element without children (`/>`).
    pub fn close(self) {
        self.svg.buf.push_str("/>");
    }

    /// Ends the start tag; children follow until [`Svg::end`].
    pub fn open(self) {
        self.svg.buf.push('>');
        self.svg.open.push(self.name);
    }

    /// Writes escaped text as the only child and ends the element.
    pub fn content(self, text: &str) {
        let buf = &mut self.svg.buf;
        buf.push('>');
        buf.push_str(&escape(text));
        buf.push_str("</");
        buf.push_str(self.name);
        buf.push('>');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_compact() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(3.54), "3.5");
        assert_eq!(num(0.5), ".5");
        assert_eq!(num(-0.5), "-.5");
        assert_eq!(num(-0.01), "0");
        assert_eq!(num(-12.25), "-12.3");
    }

    #[test]
    fn escapes_special_characters() {
        assert_eq!(
            escape(r#"Tom & "Jerry" <'b'>"#),
            "Tom &amp; &quot;Jerry&quot; &lt;&apos;b&apos;&gt;"
        );
        let mut s = Svg::default();
        s.el("g").a("id", "a<b").open();
        s.text(1.0, 2.0, 3.0).content("x & y");
        assert_eq!(
            s.finish(),
            "<g id=\"a&lt;b\"><text x=\"1\" y=\"2\" font-size=\"3\">x &amp; y</text></g>\n"
        );
    }
}
