//! Share links: a whole draft in the URL fragment (the part after `#`, which browsers never send
//! to the server), so a draft can be passed on without any server.
//!
//! A link is `BASE#share=v1.DATA`, where DATA is the draft's minimal JSON (fields holding their
//! empty default left out; [`Document::from_json`] fills them in again) compressed as a zlib
//! stream (RFC 1950: deflate with an Adler-32 checksum, so a damaged link is noticed) and
//! written in unpadded base64url. Links longer than [`LINK_LIMIT`] characters are refused in
//! one place, [`link_from_fragment`]; a draft that long should travel as a file.
//!
//! Compression is not done here in the browser: the web app uses the browser's own
//! `CompressionStream("deflate")`, which costs the wasm nothing (miniz_oxide would add about
//! 16 KB brotli-compressed; ARCHITECTURE.md has the measurements). This module holds
//! everything around it, pure and shared by the app and the CLI: the minimal JSON
//! ([`payload`]), the framing ([`fragment_from_compressed`], [`compressed_from_fragment`]), the
//! length limit, reading the draft back through the document importer ([`document_from_payload`])
//! and the errors. Natively, [`encode`] and [`decode`] do the whole trip with miniz_oxide (the
//! `postwright share` command); either side reads the other's links.

use std::fmt;

use serde_json::Value;

use crate::model::{Document, DocumentError, SCHEMA_VERSION};

/// The longest link Postwright makes, in characters. Browsers keep far longer URLs, but chat
/// apps, mail clients and link shorteners start cutting or refusing them past a few thousand.
pub const LINK_LIMIT: usize = 8_000;

/// What a share fragment starts with (after the `#`).
pub const FRAGMENT_KEY: &str = "share=";

/// The version of the share format this build writes and reads.
pub const SHARE_VERSION: &str = "v1";

/// The most bytes a share link may unpack to (the importer's input limit).
pub const MAX_PAYLOAD_BYTES: usize = crate::model::MAX_INPUT_BYTES;

/// Why a share link could not be made or read.
#[derive(Clone, Debug, PartialEq)]
pub enum ShareError {
    /// The link would be longer than [`LINK_LIMIT`] characters.
    TooLong { length: usize },
    /// The fragment holds no share link at all.
    NotShareLink,
    /// A share format this build does not know (a newer Postwright, or a mangled link).
    UnknownVersion(String),
    /// The data holds characters base64url never has, or was cut at an impossible length.
    BadBase64,
    /// The data does not unpack (cut short or changed on the way), or unpacks too large.
    BadCompression(String),
    /// It unpacked, but is not a readable draft.
    BadDraft(String),
    /// The draft was written by a newer Postwright (its schema version).
    NewerSchema(u32),
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLong { length } => write!(
                f,
                "this draft is too long to share as a link ({length} characters; links are \
                 limited to {LINK_LIMIT}). Export it as a file instead (Download JSON (draft)) \
                 and send that"
            ),
            Self::NotShareLink => write!(f, "the link holds no shared draft"),
            Self::UnknownVersion(version) => write!(
                f,
                "the link uses share format \u{201c}{version}\u{201d}, which this version of \
                 Postwright does not know (it reads {SHARE_VERSION}); it may come from a newer \
                 Postwright"
            ),
            Self::BadBase64 => write!(
                f,
                "the link is damaged: it holds characters a share link never has, or was cut \
                 short when it was copied"
            ),
            Self::BadCompression(detail) => write!(
                f,
                "the link is damaged: its data does not unpack ({detail}); it was probably cut \
                 short or changed when it was copied"
            ),
            Self::BadDraft(detail) => {
                write!(
                    f,
                    "the link is damaged: the draft in it cannot be read ({detail})"
                )
            }
            Self::NewerSchema(version) => write!(
                f,
                "the draft in the link was written by a newer Postwright (schema version \
                 {version}; this version reads up to {SCHEMA_VERSION})"
            ),
        }
    }
}

impl std::error::Error for ShareError {}

/// The draft as the smallest JSON that reads back to the same document: the current schema
/// version, with every empty string, `null`, empty list and empty object left out (the format
/// fills those in on reading). Falls back to the full compact JSON if leaving them out would
/// change what is read back, so the link always carries the draft exactly.
pub fn payload(document: &Document) -> String {
    let full: Value = serde_json::from_str(&document.to_json()).unwrap_or(Value::Null);
    let mut minimal = full.clone();
    drop_empty(&mut minimal);
    let expected = Document::from_value(full.clone());
    if Document::from_value(minimal.clone()) == expected {
        serde_json::to_string(&minimal).unwrap_or_default()
    } else {
        serde_json::to_string(&full).unwrap_or_default()
    }
}

/// Removes empty values from `value` (recursively); true when `value` itself is empty.
fn drop_empty(value: &mut Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(text) => text.is_empty(),
        Value::Array(items) => {
            for item in items.iter_mut() {
                drop_empty(item);
            }
            items.is_empty()
        }
        Value::Object(fields) => {
            fields.retain(|_, field| !drop_empty(field));
            fields.is_empty()
        }
        Value::Bool(_) | Value::Number(_) => false,
    }
}

/// The fragment (`#share=v1.DATA`) for compressed draft bytes.
pub fn fragment_from_compressed(compressed: &[u8]) -> String {
    format!(
        "#{FRAGMENT_KEY}{SHARE_VERSION}.{}",
        base64url_encode(compressed)
    )
}

/// The full link: `base` (any fragment it has is dropped) followed by `fragment`; refused when
/// longer than [`LINK_LIMIT`] characters. The one place the limit is checked.
pub fn link_from_fragment(base: &str, fragment: &str) -> Result<String, ShareError> {
    let base = base.split('#').next().unwrap_or_default();
    let link = format!("{base}{fragment}");
    let length = link.chars().count();
    if length > LINK_LIMIT {
        return Err(ShareError::TooLong { length });
    }
    Ok(link)
}

/// True when `fragment` (a URL's `#...` part, or a whole link) carries a share link, damaged
/// or not: what decides whether the app shows the shared-draft view.
pub fn is_share_fragment(fragment: &str) -> bool {
    fragment_body(fragment).starts_with(FRAGMENT_KEY)
}

/// The part after the `#`, whether given a whole link, a `#...` fragment or the bare text.
fn fragment_body(fragment: &str) -> &str {
    let fragment = fragment.trim();
    match fragment.split_once('#') {
        Some((_, body)) => body,
        None => fragment,
    }
}

/// The compressed bytes of a share fragment (or a whole link holding one).
pub fn compressed_from_fragment(fragment: &str) -> Result<Vec<u8>, ShareError> {
    let body = fragment_body(fragment)
        .strip_prefix(FRAGMENT_KEY)
        .ok_or(ShareError::NotShareLink)?;
    let (version, data) = body.split_once('.').unwrap_or((body, ""));
    if version != SHARE_VERSION {
        return Err(ShareError::UnknownVersion(
            version.chars().take(12).collect(),
        ));
    }
    if data.is_empty() {
        return Err(ShareError::BadBase64);
    }
    base64url_decode(data).ok_or(ShareError::BadBase64)
}

/// Reads the unpacked bytes of a share link as a draft, through the document importer (which
/// migrates older schema versions and refuses newer ones).
pub fn document_from_payload(bytes: &[u8]) -> Result<Document, ShareError> {
    if bytes.len() > MAX_PAYLOAD_BYTES {
        return Err(ShareError::BadCompression(
            "it unpacks to more than a draft can hold".to_owned(),
        ));
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|_| ShareError::BadDraft("it is not text".to_owned()))?;
    Document::from_json(text).map_err(|error| match error {
        DocumentError::FutureVersion(version) => ShareError::NewerSchema(version),
        other => ShareError::BadDraft(other.to_string()),
    })
}

/// The share fragment (`#share=v1.DATA`) of a draft, compressed with miniz_oxide. Native only:
/// the web app compresses with the browser (see the module documentation).
#[cfg(not(target_arch = "wasm32"))]
pub fn encode(document: &Document) -> Result<String, ShareError> {
    let compressed = miniz_oxide::deflate::compress_to_vec_zlib(payload(document).as_bytes(), 9);
    link_from_fragment("", &fragment_from_compressed(&compressed))
}

/// The full share link of a draft under `base` (the app's address).
#[cfg(not(target_arch = "wasm32"))]
pub fn link(base: &str, document: &Document) -> Result<String, ShareError> {
    let compressed = miniz_oxide::deflate::compress_to_vec_zlib(payload(document).as_bytes(), 9);
    link_from_fragment(base, &fragment_from_compressed(&compressed))
}

/// Reads the draft in a share fragment (or a whole link). Native only, like [`encode`].
#[cfg(not(target_arch = "wasm32"))]
pub fn decode(fragment: &str) -> Result<Document, ShareError> {
    let compressed = compressed_from_fragment(fragment)?;
    let bytes =
        miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&compressed, MAX_PAYLOAD_BYTES)
            .map_err(|error| ShareError::BadCompression(inflate_problem(error.status)))?;
    document_from_payload(&bytes)
}

/// Plain words for an inflate failure.
#[cfg(not(target_arch = "wasm32"))]
fn inflate_problem(status: miniz_oxide::inflate::TINFLStatus) -> String {
    use miniz_oxide::inflate::TINFLStatus;
    match status {
        TINFLStatus::HasMoreOutput => "it unpacks to more than a draft can hold".to_owned(),
        TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => {
            "it ends too early".to_owned()
        }
        TINFLStatus::Adler32Mismatch => "its checksum does not match".to_owned(),
        _ => "the packed data is not valid".to_owned(),
    }
}

/// The base64url alphabet (RFC 4648 section 5): safe in a URL fragment without escaping.
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Unpadded base64url.
fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let group = chunk
            .iter()
            .enumerate()
            .fold(0_u32, |group, (index, byte)| {
                group | u32::from(*byte) << (16 - 8 * index)
            });
        for index in 0..=chunk.len() {
            let sextet = (group >> (18 - 6 * index)) & 63;
            out.push(char::from(ALPHABET[sextet as usize]));
        }
    }
    out
}

/// Reads unpadded base64url strictly: `None` for any other character, an impossible length,
/// or leftover bits that are not zero (so every changed character changes the bytes).
fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for chunk in text.as_bytes().chunks(4) {
        let mut group = 0_u32;
        for (index, symbol) in chunk.iter().enumerate() {
            let value = ALPHABET.iter().position(|known| known == symbol)?;
            group |= (value as u32) << (18 - 6 * index);
        }
        let bytes = chunk.len() - 1;
        if group & ((1 << (24 - 8 * bytes)) - 1) != 0 {
            return None;
        }
        out.extend((0..bytes).map(|index| (group >> (16 - 8 * index)) as u8));
    }
    Some(out)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::{ListKind, Posting};

    fn sample() -> Document {
        let mut posting = Posting {
            title: "Data Engineer".into(),
            summary: "You will keep our pipelines fast.".into(),
            ..Posting::default()
        };
        posting.push_item(ListKind::MustHave, "SQL");
        posting.push_item(ListKind::NiceToHave, "dbt");
        Document::new(posting)
    }

    #[test]
    fn base64url_round_trips_every_length() {
        let bytes: Vec<u8> = (0..=255).collect();
        for length in 0..40 {
            let encoded = base64url_encode(&bytes[..length]);
            assert!(encoded.bytes().all(|byte| ALPHABET.contains(&byte)));
            assert_eq!(
                base64url_decode(&encoded).as_deref(),
                Some(&bytes[..length])
            );
        }
    }

    #[test]
    fn base64url_refuses_odd_input() {
        assert_eq!(base64url_decode("A"), None);
        assert_eq!(base64url_decode("AB+C"), None);
        assert_eq!(base64url_decode("AB C"), None);
        // "AB" holds one byte and four leftover bits, which must be zero.
        assert!(base64url_decode("AA").is_some());
        assert_eq!(base64url_decode("AB"), None);
    }

    #[test]
    fn payload_leaves_out_empty_fields_and_reads_back() {
        let document = sample();
        let minimal = payload(&document);
        assert!(!minimal.contains("\"\""), "{minimal}");
        assert!(!minimal.contains("null"), "{minimal}");
        assert!(!minimal.contains("silenced"), "{minimal}");
        assert!(minimal.len() < document.to_json().len() / 2);
        assert_eq!(Document::from_json(&minimal), Ok(document));
    }

    #[test]
    fn round_trips_the_example() {
        let document = Document::new(crate::import::example());
        let fragment = encode(&document).expect("the example fits in a link");
        assert!(fragment.starts_with("#share=v1."));
        assert_eq!(decode(&fragment), Ok(document.clone()));
        let link = link("https://example.org/app/#old", &document).expect("fits");
        assert!(link.starts_with("https://example.org/app/#share=v1."));
        assert_eq!(decode(&link), Ok(document));
    }

    #[test]
    fn refuses_links_over_the_limit_in_one_place() {
        let fragment = format!("#share=v1.{}", "A".repeat(LINK_LIMIT));
        assert!(matches!(
            link_from_fragment("https://example.org/", &fragment),
            Err(ShareError::TooLong { length }) if length == LINK_LIMIT + 10 + 20
        ));
        let exact = "x".repeat(LINK_LIMIT - 1);
        assert!(link_from_fragment(&exact, "#").is_ok());
        let message = ShareError::TooLong { length: 9000 }.to_string();
        assert!(message.contains("Export it as a file"), "{message}");
    }

    #[test]
    fn names_what_is_wrong() {
        assert_eq!(decode("#other=1"), Err(ShareError::NotShareLink));
        assert_eq!(decode(""), Err(ShareError::NotShareLink));
        assert_eq!(
            decode("#share=v9.AAAA"),
            Err(ShareError::UnknownVersion("v9".into()))
        );
        assert_eq!(decode("#share=v1."), Err(ShareError::BadBase64));
        assert_eq!(decode("#share=v1.ab*d"), Err(ShareError::BadBase64));
        assert!(matches!(
            decode("#share=v1.AAAA"),
            Err(ShareError::BadCompression(_))
        ));
        let not_json = miniz_oxide::deflate::compress_to_vec_zlib(b"{oops", 9);
        assert!(matches!(
            decode(&fragment_from_compressed(&not_json)),
            Err(ShareError::BadDraft(_))
        ));
        let newer = br#"{"format":"postwright-draft","schema_version":99}"#;
        let newer = miniz_oxide::deflate::compress_to_vec_zlib(newer, 9);
        assert_eq!(
            decode(&fragment_from_compressed(&newer)),
            Err(ShareError::NewerSchema(99))
        );
    }

    #[test]
    fn reads_older_schema_versions_through_the_importer() {
        // Version 1 is the oldest; the link reads it like the importer does.
        let old =
            br#"{"format":"postwright-draft","schema_version":1,"posting":{"title":"Baker"}}"#;
        let old = miniz_oxide::deflate::compress_to_vec_zlib(old, 9);
        let document = decode(&fragment_from_compressed(&old)).expect("reads");
        assert_eq!(document.posting.title, "Baker");
    }

    #[test]
    fn refuses_a_bomb() {
        let huge = vec![b' '; MAX_PAYLOAD_BYTES + 10];
        let packed = miniz_oxide::deflate::compress_to_vec_zlib(&huge, 9);
        assert!(matches!(
            decode(&fragment_from_compressed(&packed)),
            Err(ShareError::BadCompression(_))
        ));
    }

    #[test]
    fn knows_a_share_fragment() {
        assert!(is_share_fragment("#share=v1.abc"));
        assert!(is_share_fragment("https://x.org/#share=garbage"));
        assert!(!is_share_fragment("#editor"));
        assert!(!is_share_fragment(""));
    }
}
