//! HTML character references, the encoding side: text made safe for element content and
//! attribute values, and the test for where an `&` would start a reference.
//!
//! Decoding lives with the HTML importer; exporters (HTML, Markdown) use this file.

/// Escapes text for HTML element content and attribute values: `&`, `<`, `>`, `"` and `'`
/// become character references, everything else is kept.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

/// True when `after` (the text right after an `&`) would make that `&` the start of a
/// character reference in Markdown or HTML: `name;`, `#123;` or `#x1F;`. A bare `&` ("R&D",
/// "Sales & Marketing") is shown as itself by every renderer and needs no escaping.
pub fn starts_character_reference(after: &str) -> bool {
    let bytes = after.as_bytes();
    let (digits_from, is_digit): (usize, fn(&u8) -> bool) = match bytes {
        [b'#', b'x' | b'X', ..] => (2, u8::is_ascii_hexdigit),
        [b'#', ..] => (1, u8::is_ascii_digit),
        [first, ..] if first.is_ascii_alphabetic() => (0, u8::is_ascii_alphanumeric),
        _ => return false,
    };
    let run = bytes[digits_from..]
        .iter()
        .take_while(|byte| is_digit(byte))
        .count();
    run > 0 && bytes.get(digits_from + run) == Some(&b';')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_characters() {
        assert_eq!(
            escape_html("<a href='x'>&\"</a>"),
            "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;"
        );
        assert_eq!(escape_html("plain ü"), "plain ü");
    }

    #[test]
    fn finds_character_references() {
        for reference in ["lt;", "amp;x", "#60;", "#x3C;", "#X3c;", "copy;"] {
            assert!(starts_character_reference(reference), "{reference}");
        }
        for bare in ["", " D", "D", "lt", "#;", "#x;", "#xZ;", "-x;", "#12"] {
            assert!(!starts_character_reference(bare), "{bare}");
        }
    }
}
