//! The binary corpus format: postcard bytes of [`Corpus`], version first.
//!
//! Because [`Corpus::format_version`] is the first field, and postcard writes fields in order
//! as varints, a decoder can read the version before trusting anything else.

use crate::model::{Corpus, FORMAT_VERSION};
use thiserror::Error;

/// Why corpus bytes could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FormatError {
    /// No bytes at all.
    #[error("the corpus file is empty")]
    Empty,
    /// Written by another version of Parallax.
    #[error("corpus format version {found} is not supported (this build reads version {expected})")]
    Version {
        /// Version in the file.
        found: u32,
        /// Version this build reads.
        expected: u32,
    },
    /// Truncated or corrupted.
    #[error("the corpus file is damaged or truncated: {0}")]
    Corrupt(String),
    /// Decoded, but internally inconsistent.
    #[error("the corpus file is inconsistent: {0}")]
    Invalid(String),
}

/// Encodes a corpus as postcard bytes.
pub fn encode(corpus: &Corpus) -> Vec<u8> {
    postcard::to_allocvec(corpus).unwrap_or_default()
}

/// Decodes and validates corpus bytes.
pub fn decode(bytes: &[u8]) -> Result<Corpus, FormatError> {
    if bytes.is_empty() {
        return Err(FormatError::Empty);
    }
    let (version, _) =
        postcard::take_from_bytes::<u32>(bytes).map_err(|e| FormatError::Corrupt(e.to_string()))?;
    if version != FORMAT_VERSION {
        return Err(FormatError::Version {
            found: version,
            expected: FORMAT_VERSION,
        });
    }
    let corpus: Corpus =
        postcard::from_bytes(bytes).map_err(|e| FormatError::Corrupt(e.to_string()))?;
    validate(&corpus)?;
    Ok(corpus)
}

/// Checks internal references: every span inside its article's text and on char boundaries.
pub fn validate(corpus: &Corpus) -> Result<(), FormatError> {
    for (i, a) in corpus.articles.iter().enumerate() {
        let ok = |s: crate::Span| {
            s.start <= s.end
                && (s.end as usize) <= a.text.len()
                && a.text.is_char_boundary(s.start as usize)
                && a.text.is_char_boundary(s.end as usize)
        };
        let bad = a
            .blocks
            .iter()
            .map(|b| b.span)
            .chain(a.sentences.iter().copied())
            .chain(a.quotes.iter().flat_map(|q| [q.span, q.sentence]))
            .chain(a.events.iter().flat_map(|e| [e.span, e.sentence]))
            .chain(a.figures.iter().flat_map(|f| [f.span, f.sentence]))
            .chain(
                a.people
                    .iter()
                    .chain(&a.organisations)
                    .flat_map(|e| e.mentions.iter().copied()),
            )
            .find(|s| !ok(*s));
        if let Some(s) = bad {
            return Err(FormatError::Invalid(format!(
                "article {i} ({}) has a span {}..{} outside its text",
                a.file, s.start, s.end
            )));
        }
    }
    Ok(())
}
