//! HTML character references both ways (text made safe for element content and attribute
//! values, references decoded, the test for where an `&` would start one) and the link
//! targets an export may write ([`safe_url`]).
//!
//! The importers and the exporters both use this file, so neither depends on the other.

use html5gum::{Token, Tokenizer};

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

/// The text with its character references decoded (`&amp;` -> `&`, `&eacute;` -> `é`,
/// `&#x41;` -> `A`), each once, as a browser decodes an attribute value: a name without its
/// `;` followed by `=` or a letter or digit ("?a=1&copy=2") is left as written.
pub fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    // The HTML tokenizer decodes references as a browser does; an attribute value is the one
    // place where its rules for a bare name match those of a URL or a JSON-LD string.
    let html = format!("<x a=\"{}\">", text.replace('"', "&quot;"));
    for token in Tokenizer::new(&html).flatten() {
        if let Token::StartTag(tag) = token {
            return tag
                .attributes
                .get(b"a".as_slice())
                .map(|value| String::from_utf8_lossy(&value.value).into_owned())
                .unwrap_or_default();
        }
    }
    text.to_owned()
}

/// The URL, trimmed, when it is an `http`, `https` or `mailto` URL; `None` for anything else
/// (`javascript:`, `data:`, `vbscript:`, relative paths), however it is disguised with case,
/// whitespace, control characters or character references. A URL with bidirectional controls
/// (which can make it read as another address) is refused too. The HTML importer keeps only
/// such links, every export writes only such links, and `unsafe-link` flags the others.
pub fn safe_url(url: &str) -> Option<String> {
    let trimmed = url.trim();
    let decoded = decode_entities(trimmed);
    let compact: String = decoded
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_lowercase();
    let allowed = ["http://", "https://", "mailto:"]
        .iter()
        .any(|scheme| compact.starts_with(scheme) && compact.len() > scheme.len());
    // The decoded form must equal what is shown, so no entity can smuggle in another scheme.
    let hidden = |c: char| c.is_control() || is_bidi_control(c);
    (allowed && decoded == trimmed && !trimmed.chars().any(hidden)).then(|| trimmed.to_owned())
}

/// Bidirectional formatting characters (marks, embeddings, overrides, isolates).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_each_entity_once() {
        assert_eq!(decode_entities("&amp;lt; &#x41;&#66;"), "&lt; AB");
        assert_eq!(
            decode_entities("&rarr; &Eacute;t&eacute; &frac12;"),
            "→ Été ½"
        );
        assert_eq!(decode_entities("?a=1&copy=2"), "?a=1&copy=2");
        assert_eq!(decode_entities("say \"hi\" &amp; go"), "say \"hi\" & go");
        assert_eq!(decode_entities("no references"), "no references");
    }

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

    #[test]
    fn accepts_only_safe_schemes() {
        assert_eq!(
            safe_url(" https://example.com/jobs "),
            Some("https://example.com/jobs".into())
        );
        assert_eq!(
            safe_url("mailto:jobs@example.com"),
            Some("mailto:jobs@example.com".into())
        );
        for bad in [
            "javascript:alert(1)",
            " JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>",
            "vbscript:msgbox",
            "javascript&#58;alert(1)",
            "&#x6A;avascript:alert(1)",
            "https&#58;//example.com",
            "/relative",
            "https://",
            "https://example.com/\u{202e}fdp.exe",
        ] {
            assert_eq!(safe_url(bad), None, "{bad}");
        }
    }
}
