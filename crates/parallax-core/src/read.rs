//! Bytes → text: encoding detection with a clear per-file error.
//!
//! Recognised inputs, tried in this order:
//!
//! | bytes | result |
//! |---|---|
//! | more than [`MAX_FILE_BYTES`] | [`ReadError::TooLarge`] |
//! | empty, or only whitespace once decoded | [`ReadError::Empty`] |
//! | UTF-8 byte-order mark | UTF-8, mark removed |
//! | UTF-16 LE / BE byte-order mark | UTF-16, decoded, with a warning naming it |
//! | no mark, but every other byte NUL in mostly-ASCII text | UTF-16 LE / BE, with a warning |
//! | other NUL bytes or many control bytes | [`ReadError::Binary`] |
//! | valid UTF-8 | as is |
//! | invalid UTF-8 with *no* valid multi-byte sequence | Windows-1252, with a warning |
//! | invalid UTF-8 next to valid multi-byte sequences | UTF-8, bad bytes replaced by U+FFFD, with a warning |
//!
//! Why the last two rules differ: a file whose only non-ASCII bytes are invalid UTF-8 was almost
//! certainly written by a legacy Windows tool (curly quotes 0x93/0x94, dashes 0x96/0x97), and
//! Windows-1252 restores every character. A file that also holds correct UTF-8 (“smart quotes”
//! encoded as E2 80 9C) is UTF-8 with a few damaged bytes; decoding it all as Windows-1252 would
//! garble every correct character, so replacing only the damaged bytes loses least.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};
use thiserror::Error;

/// The largest file read as an article: 16 MiB. A long article is well under 1 MB of text and a
/// heavy news page a few MB of HTML; far beyond that a file is not one article, and parsing it
/// would hold the browser's parsing worker for minutes and bloat every view.
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;

/// Why a file's bytes could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ReadError {
    /// The file is empty or only whitespace.
    #[error("the file is empty (no text besides whitespace)")]
    Empty,
    /// The bytes look like a binary file (NUL bytes, control bytes), not text.
    #[error("the file looks binary, not text: {0}")]
    Binary(String),
    /// The file is larger than [`MAX_FILE_BYTES`].
    #[error(
        "the file is too large to be one article ({} MiB; the limit is {} MiB)",
        mb(*.0),
        mb(MAX_FILE_BYTES)
    )]
    TooLarge(usize),
    /// The bytes are not text in any supported encoding.
    #[error("not text in a supported encoding (UTF-8, UTF-16 with BOM, Windows-1252): {0}")]
    Encoding(String),
}

/// Decoded text and notes about how it was decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// Notes (e.g. "decoded as Windows-1252").
    pub warnings: Vec<String>,
}

/// Mebibytes with one decimal, for messages.
fn mb(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / (1024.0 * 1024.0))
}

/// Decodes a file's bytes. Never panics; linear in the input size.
pub fn decode(bytes: &[u8]) -> Result<Decoded, ReadError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge(bytes.len()));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ReadError::Empty);
    }
    let mut warnings = Vec::new();
    let text = if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let body = bytes.get(bom_len..).unwrap_or_default();
        if enc == encoding_rs::UTF_8 {
            decode_unmarked(body, &mut warnings)?
        } else {
            warnings.push(format!(
                "decoded as {} (byte-order mark)",
                enc.name().to_ascii_uppercase()
            ));
            decode_with(enc, body, &mut warnings)
        }
    } else if let Some(enc) = sniff_utf16(bytes) {
        warnings.push(format!(
            "decoded as {} (guessed from NUL bytes; no byte-order mark)",
            enc.name().to_ascii_uppercase()
        ));
        decode_with(enc, bytes, &mut warnings)
    } else {
        decode_unmarked(bytes, &mut warnings)?
    };
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    check_controls(&text)?;
    Ok(Decoded { text, warnings })
}

/// Decodes with a UTF-16 encoding; malformed units become U+FFFD with a warning.
fn decode_with(enc: &'static Encoding, body: &[u8], warnings: &mut Vec<String>) -> String {
    let (text, had_errors) = enc.decode_without_bom_handling(body);
    if had_errors {
        warnings.push(format!(
            "some bytes were not valid {} and were replaced",
            enc.name()
        ));
    }
    text.into_owned()
}

/// Bytes without a byte-order mark: UTF-8, or Windows-1252, or damaged UTF-8 (see module docs).
fn decode_unmarked(bytes: &[u8], warnings: &mut Vec<String>) -> Result<String, ReadError> {
    if let Some(pos) = memchr::memchr(0, bytes) {
        return Err(ReadError::Binary(format!("NUL byte at offset {pos}")));
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok(s.to_string());
    }
    let (valid_multibyte, invalid) = utf8_census(bytes);
    if valid_multibyte > 0 && valid_multibyte >= invalid {
        warnings.push(format!(
            "invalid UTF-8 ({invalid} bad byte sequence(s)) replaced with U+FFFD; the rest is UTF-8"
        ));
        return Ok(String::from_utf8_lossy(bytes).into_owned());
    }
    let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
    warnings.push("not UTF-8: decoded as Windows-1252".to_string());
    Ok(text.into_owned())
}

/// Counts valid multi-byte UTF-8 sequences and invalid bytes, in one pass.
fn utf8_census(bytes: &[u8]) -> (usize, usize) {
    let mut valid = 0;
    let mut invalid = 0;
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            invalid += 1;
        }
    }
    (valid, invalid)
}

/// UTF-16 without a mark: in mostly-ASCII text every other byte is NUL. Needs at least a few
/// characters and a strong majority so binary files with scattered NULs are not mistaken.
fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 8 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    // Either guess needs NUL bytes in most pairs (at least four pairs, so at least one NUL):
    // text without any (nearly all of it) is not looked at pair by pair.
    memchr::memchr(0, bytes)?;
    let pairs = bytes.len() / 2;
    let (mut even_nul, mut odd_nul) = (0usize, 0usize);
    for pair in bytes.chunks_exact(2) {
        if pair.first() == Some(&0) {
            even_nul += 1;
        }
        if pair.get(1) == Some(&0) {
            odd_nul += 1;
        }
    }
    let strong = |n: usize| n * 10 >= pairs * 9;
    let none = |n: usize| n * 50 <= pairs;
    if strong(odd_nul) && none(even_nul) {
        Some(UTF_16LE)
    } else if strong(even_nul) && none(odd_nul) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Rejects text that decoded but is mostly control characters (an image, an archive).
fn check_controls(text: &str) -> Result<(), ReadError> {
    // The same counts as a walk over `text.chars()`, in passes over the bytes that the
    // compiler can vectorise: the control characters (`char::is_control`, general category
    // Cc) are U+0000–U+001F, U+007F and U+0080–U+009F, and the last range is exactly the
    // two-byte sequences `C2 80` … `C2 9F` (a `C2` lead byte is never a continuation byte).
    let bytes = text.as_bytes();
    if memchr::memchr(0, bytes).is_some() {
        return Err(ReadError::Binary("contains NUL characters".to_string()));
    }
    let total = text.chars().count();
    let ascii_controls = count_bytes(bytes, |b| {
        (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)) || b == 0x7f
    });
    // Only the (rare) `C2` bytes are looked at, found by `memchr`.
    let c1_controls = memchr::memchr_iter(0xc2, bytes)
        .filter(|&i| bytes.get(i + 1).is_some_and(|&next| next & 0xe0 == 0x80))
        .count();
    let control = ascii_controls + c1_controls;
    if control * 20 > total {
        return Err(ReadError::Binary(format!(
            "{control} of {total} characters are control characters"
        )));
    }
    Ok(())
}

/// The number of bytes for which `pred` holds, counted in blocks of 255 into a `u8` so the
/// loop vectorises (a `usize` counter per byte does not, or far less well).
fn count_bytes(bytes: &[u8], pred: impl Fn(u8) -> bool) -> usize {
    bytes
        .chunks(255)
        .map(|block| {
            usize::from(
                block
                    .iter()
                    .fold(0u8, |n, &b| n.wrapping_add(u8::from(pred(b)))),
            )
        })
        .sum()
}

/// [`check_controls`] as it was written over characters, to check the byte version against.
#[cfg(test)]
fn check_controls_by_char(text: &str) -> Result<(), ReadError> {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars() {
        total += 1;
        if c == '\0' {
            return Err(ReadError::Binary("contains NUL characters".to_string()));
        }
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}') {
            control += 1;
        }
    }
    if control * 20 > total {
        return Err(ReadError::Binary(format!(
            "{control} of {total} characters are control characters"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(s: &str, bom: bool) -> Vec<u8> {
        let mut v = if bom { vec![0xFF, 0xFE] } else { vec![] };
        for u in s.encode_utf16() {
            v.extend_from_slice(&u.to_le_bytes());
        }
        v
    }
    fn utf16be(s: &str) -> Vec<u8> {
        let mut v = vec![0xFE, 0xFF];
        for u in s.encode_utf16() {
            v.extend_from_slice(&u.to_be_bytes());
        }
        v
    }

    #[test]
    fn decodes_supported_encodings() {
        let cases: Vec<(&str, Vec<u8>, &str, Option<&str>)> = vec![
            (
                "utf-8",
                "“Hi,” he said.".as_bytes().to_vec(),
                "“Hi,” he said.",
                None,
            ),
            (
                "utf-8 bom",
                b"\xEF\xBB\xBFSummit ends".to_vec(),
                "Summit ends",
                None,
            ),
            (
                "utf-16le bom",
                utf16le("Trump–Putin “talks”", true),
                "Trump–Putin “talks”",
                Some("UTF-16LE"),
            ),
            (
                "utf-16be bom",
                utf16be("Kyiv — “no deal”"),
                "Kyiv — “no deal”",
                Some("UTF-16BE"),
            ),
            (
                "utf-16le no bom",
                utf16le("ANCHORAGE talks ended", false),
                "ANCHORAGE talks ended",
                Some("UTF-16LE"),
            ),
            (
                "windows-1252 smart quotes and dash",
                b"\x93We made headway,\x94 he said \x96 twice. Caf\xe9".to_vec(),
                "“We made headway,” he said – twice. Café",
                Some("Windows-1252"),
            ),
            (
                "damaged utf-8 stays utf-8",
                b"\xE2\x80\x9CProductive\xE2\x80\x9D talks \xFF ended".to_vec(),
                "“Productive” talks \u{FFFD} ended",
                Some("U+FFFD"),
            ),
        ];
        for (name, bytes, want, warn) in cases {
            let d = decode(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(d.text, want, "{name}");
            match warn {
                None => assert!(d.warnings.is_empty(), "{name}: {:?}", d.warnings),
                Some(w) => assert!(
                    d.warnings.iter().any(|x| x.contains(w)),
                    "{name}: {:?}",
                    d.warnings
                ),
            }
        }
    }

    #[test]
    fn rejects_empty_and_binary() {
        let cases: Vec<(&str, Vec<u8>, fn(&ReadError) -> bool)> = vec![
            ("empty", vec![], |e| *e == ReadError::Empty),
            ("whitespace", b" \n\t\r\n ".to_vec(), |e| {
                *e == ReadError::Empty
            }),
            ("bom only", b"\xEF\xBB\xBF".to_vec(), |e| {
                *e == ReadError::Empty
            }),
            ("utf-16 whitespace", utf16le("  \n ", true), |e| {
                *e == ReadError::Empty
            }),
            (
                "png-like",
                b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0".to_vec(),
                |e| matches!(e, ReadError::Binary(_)),
            ),
            (
                "controls",
                vec![1, 2, 3, 4, 5, 6, 7, b'a', 8, 14, 15, 16],
                |e| matches!(e, ReadError::Binary(_)),
            ),
        ];
        for (name, bytes, ok) in cases {
            match decode(&bytes) {
                Ok(d) => panic!("{name}: decoded {:?}", d.text),
                Err(e) => {
                    assert!(ok(&e), "{name}: {e:?}");
                    assert!(!e.to_string().contains('\n'), "one line: {e}");
                }
            }
        }
    }

    #[test]
    fn seeds_decode_as_utf8_without_warnings() {
        for s in crate::seeds::SEEDS {
            let d = decode(s.as_bytes()).expect("seed decodes");
            assert!(d.warnings.is_empty());
        }
    }

    mod controls {
        use super::super::{check_controls, check_controls_by_char};
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2000))]
            #[test]
            fn by_byte_match_by_char(
                text in proptest::collection::vec(prop_oneof![
                    Just('a'), Just(' '), Just('\n'), Just('\r'), Just('\t'), Just('\u{c}'),
                    Just('\u{b}'), Just('\0'), Just('\u{1f}'), Just('\u{7f}'), Just('\u{80}'),
                    Just('\u{9f}'), Just('\u{a0}'), Just('\u{c2}'), Just('é'), Just('\u{2028}'),
                    Just('’'), Just('😀'), any::<char>(),
                ], 0..60).prop_map(|v| v.into_iter().collect::<String>())
            ) {
                let got = format!("{:?}", check_controls(&text));
                let want = format!("{:?}", check_controls_by_char(&text));
                prop_assert_eq!(got, want, "{:?}", text);
            }
        }
    }
}
