//! Article metadata: headline, dateline, byline, published date, outlet, cited sources.
//!
//! STUB: owned by the ingest work.

use crate::clean::Cleaned;
use crate::model::BlockKind;

/// Metadata found in the text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Meta {
    /// The headline.
    pub headline: Option<String>,
    /// Dateline place.
    pub dateline: Option<String>,
    /// Byline.
    pub byline: Option<String>,
    /// Published date `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Outlet named explicitly by the text.
    pub outlet: Option<String>,
    /// URL stated in the text.
    pub url: Option<String>,
    /// Cited sources, normalised.
    pub cited_sources: Vec<String>,
    /// Notes.
    pub warnings: Vec<String>,
}

/// Extracts metadata from the cleaned article (and the raw input, for signals removed as boilerplate).
pub fn extract(cleaned: &Cleaned, _page: &crate::html::PageMeta) -> Meta {
    let headline = cleaned
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Headline)
        .and_then(|b| cleaned.text.get(b.span.range()))
        .map(str::to_string);
    Meta {
        headline,
        ..Meta::default()
    }
}
