//! The corpus manifest, `corpus.toml`.
//!
//! ```toml
//! title = "Trump–Putin summit in Anchorage"
//! event_date = "2025-08-15"
//! place = "Anchorage, Alaska"
//!
//! # Optional, per file; only what the text itself (or a known source) supports.
//! [files."reuters-1.txt"]
//! outlet = "Reuters"
//! url = "https://…"
//! published = "2025-08-16"
//! ```

use serde::Deserialize;
use std::collections::BTreeMap;
use thiserror::Error;

/// The manifest of a corpus folder.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Corpus title.
    #[serde(default)]
    pub title: String,
    /// Event date, `YYYY-MM-DD`.
    pub event_date: Option<String>,
    /// Event place.
    pub place: Option<String>,
    /// Per-file metadata keyed by file name.
    #[serde(default)]
    pub files: BTreeMap<String, ArticleMeta>,
}

/// Metadata the manifest may give for one file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleMeta {
    /// Outlet name.
    pub outlet: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Publication date `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Headline override, for files whose text has none.
    pub headline: Option<String>,
}

/// A manifest that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("corpus.toml: {0}")]
pub struct ManifestError(pub String);

impl Manifest {
    /// Parses a manifest from TOML text.
    pub fn from_toml(text: &str) -> Result<Self, ManifestError> {
        let m: Manifest = toml::from_str(text).map_err(|e| ManifestError(e.to_string()))?;
        if let Some(d) = &m.event_date {
            chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map_err(|_| ManifestError(format!("event_date {d:?} is not YYYY-MM-DD")))?;
        }
        for (file, meta) in &m.files {
            if let Some(d) = &meta.published {
                chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").map_err(|_| {
                    ManifestError(format!("files.{file:?}.published {d:?} is not YYYY-MM-DD"))
                })?;
            }
        }
        Ok(m)
    }

    /// Metadata for a file name (matched on the final path component).
    pub fn meta_for(&self, file: &str) -> ArticleMeta {
        let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
        self.files.get(name).cloned().unwrap_or_default()
    }
}
