//! Byte offsets (the lint engine's) to UTF-16 offsets (the browser's).
//!
//! Architecture invariant: this is the one place the conversion happens. Everything before it
//! (diagnostics, fixes, highlight segments) works in byte ranges of Rust strings; only the call
//! that hands a range to the DOM (`setSelectionRange`) converts, through [`utf16_range`].

use std::ops::Range;

/// The UTF-16 range of the byte range `bytes` of `text`, as `setSelectionRange` expects it.
///
/// Never panics: an offset past the end is clamped to the end, an offset inside a character
/// moves back to that character's start, and an end before the start is treated as the start.
pub fn utf16_range(text: &str, bytes: Range<usize>) -> Range<u32> {
    let utf16_offset = |byte: usize| -> u32 {
        let mut byte = byte.min(text.len());
        while !text.is_char_boundary(byte) {
            byte -= 1;
        }
        let units = text[..byte].encode_utf16().count();
        u32::try_from(units).unwrap_or(u32::MAX)
    };
    let start = utf16_offset(bytes.start);
    let end = utf16_offset(bytes.end.max(bytes.start));
    start..end
}
