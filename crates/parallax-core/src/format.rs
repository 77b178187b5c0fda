//! The binary corpus format: postcard bytes of [`Corpus`], version first, then postcard bytes
//! of the [`SearchData`] built from it (the quote search's statements and index), then those of
//! its [`Views`] (the outlet comparison and the timelines), so that the app only decodes what
//! the build (or the import worker) computed. See `docs/corpus-format.md`.
//!
//! Because [`Corpus::format_version`] is the first field, and postcard writes fields in order
//! as varints, a decoder can read the version before trusting anything else.

use crate::model::{Corpus, FORMAT_VERSION};
use crate::search::SearchData;
use crate::views::Views;
use thiserror::Error;

/// Why corpus bytes could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FormatError {
    /// No bytes at all.
    #[error("the corpus file is empty")]
    Empty,
    /// Text (JSON, an article, a manifest), not the binary corpus format.
    #[error(
        "not a Parallax corpus file: it holds text ({0}); corpus files are written by `parallax build` or the app's Save corpus"
    )]
    NotCorpus(&'static str),
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

/// What a corpus file holds: the corpus, and what the views show computed from its articles.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Indexed {
    /// The parsed corpus.
    pub corpus: Corpus,
    /// Its quotes grouped into statements, and their index.
    pub search: SearchData,
    /// Its outlet comparison and timelines.
    pub views: Views,
}

impl Indexed {
    /// A corpus with its search data and views computed.
    pub fn build(corpus: Corpus) -> Indexed {
        Indexed {
            search: SearchData::build(&corpus.articles),
            views: Views::build(&corpus),
            corpus,
        }
    }
}

/// Encodes a corpus file, computing its search data and views.
pub fn encode(corpus: &Corpus) -> Vec<u8> {
    encode_with(
        corpus,
        &SearchData::build(&corpus.articles),
        &Views::build(corpus),
    )
}

/// Encodes a corpus file with search data and views already computed from it (by
/// [`SearchData::build`] and [`Views::build`] over the same corpus).
pub fn encode_with(corpus: &Corpus, search: &SearchData, views: &Views) -> Vec<u8> {
    postcard::to_allocvec(corpus)
        .and_then(|out| postcard::to_extend(search, out))
        .and_then(|out| postcard::to_extend(views, out))
        .unwrap_or_default()
}

/// Decodes and validates a corpus file: the corpus, then its search data, then its views.
pub fn decode(bytes: &[u8]) -> Result<Indexed, FormatError> {
    if bytes.is_empty() {
        return Err(FormatError::Empty);
    }
    if let Some(kind) = looks_like_text(bytes) {
        return Err(FormatError::NotCorpus(kind));
    }
    let (version, _) =
        postcard::take_from_bytes::<u32>(bytes).map_err(|e| FormatError::Corrupt(e.to_string()))?;
    if version != FORMAT_VERSION {
        return Err(FormatError::Version {
            found: version,
            expected: FORMAT_VERSION,
        });
    }
    let (corpus, rest) = postcard::take_from_bytes::<Corpus>(bytes)
        .map_err(|e| FormatError::Corrupt(e.to_string()))?;
    validate(&corpus)?;
    if rest.is_empty() {
        return Err(FormatError::Corrupt(
            "it ends before the search index".into(),
        ));
    }
    let (search, rest) = postcard::take_from_bytes::<SearchData>(rest)
        .map_err(|e| FormatError::Corrupt(format!("search index: {e}")))?;
    search
        .check(&corpus.articles)
        .map_err(FormatError::Invalid)?;
    if rest.is_empty() {
        return Err(FormatError::Corrupt(
            "it ends before the comparison and timelines".into(),
        ));
    }
    let (views, rest) = postcard::take_from_bytes::<Views>(rest)
        .map_err(|e| FormatError::Corrupt(format!("comparison and timelines: {e}")))?;
    if !rest.is_empty() {
        return Err(FormatError::Corrupt(format!(
            "{} unexpected bytes after the comparison and timelines",
            rest.len()
        )));
    }
    views.check(&corpus).map_err(FormatError::Invalid)?;
    Ok(Indexed {
        corpus,
        search,
        views,
    })
}

/// A corpus file starts with its format version as a varint (a byte below 0x20 for any version
/// below 32) and then the title's length, so it never starts like text. A file whose first bytes
/// are printable UTF-8 is text someone picked by mistake: say so rather than report a nonsense
/// version number.
fn looks_like_text(bytes: &[u8]) -> Option<&'static str> {
    let head = bytes.get(..bytes.len().min(64)).unwrap_or(bytes);
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let first = *head.first()?;
    if first < 0x20 {
        return None;
    }
    // A cut inside a character at the end of the window is still text.
    let text = match std::str::from_utf8(head) {
        Ok(t) => t,
        Err(e) if e.error_len().is_none() => head
            .get(..e.valid_up_to())
            .and_then(|h| std::str::from_utf8(h).ok())?,
        Err(_) => return None,
    };
    if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return None;
    }
    let t = text.trim_start();
    Some(if t.starts_with(['{', '[']) {
        "JSON, perhaps from `parallax export`"
    } else if t.starts_with('<') {
        "markup, perhaps an HTML page"
    } else {
        "plain text, perhaps an article"
    })
}

/// Checks internal references: every span inside its article's text and on char boundaries,
/// every figure a finite number.
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
            .chain(a.quotes.iter().flat_map(|q| {
                q.parts
                    .iter()
                    .copied()
                    .chain([q.span, q.sentence])
                    .chain(q.attribution)
            }))
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
        // The parser writes only finite numbers; NaN or infinity would show as "NaN" and
        // break comparisons of figures across articles.
        if let Some(f) = a.figures.iter().find(|f| {
            !(f.value.is_finite() && f.normalized.is_finite())
                || f.total.is_some_and(|t| !t.is_finite())
        }) {
            return Err(FormatError::Invalid(format!(
                "article {i} ({}) has a figure {:?} whose value is not a finite number",
                a.file, f.text
            )));
        }
    }
    Ok(())
}
