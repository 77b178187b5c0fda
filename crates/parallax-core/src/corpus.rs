//! From files to a [`Corpus`]: per-file parsing that never sinks the other files.

use crate::manifest::{ArticleMeta, Manifest};
use crate::model::{Article, Corpus, FORMAT_VERSION, FileError};
use crate::read::{self, ReadError};
use chrono::NaiveDate;
use std::collections::HashSet;
use thiserror::Error;

/// The input format of an article file, chosen by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// Plain text (`.txt` and anything unknown).
    Text,
    /// HTML (`.html`, `.htm`).
    Html,
    /// Markdown (`.md`, `.markdown`).
    Markdown,
}

impl InputFormat {
    /// The format for a file name, by extension.
    pub fn from_name(name: &str) -> Self {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml") {
            InputFormat::Html
        } else if lower.ends_with(".md") || lower.ends_with(".markdown") {
            InputFormat::Markdown
        } else {
            InputFormat::Text
        }
    }
}

/// What the parser knows about an article besides its text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleContext {
    /// The file path as given.
    pub file: String,
    /// Article id (unique in the corpus).
    pub id: String,
    /// Manifest metadata for this file.
    pub meta: ArticleMeta,
    /// The corpus event date, for resolving relative dates when the article has no date.
    pub event_date: Option<NaiveDate>,
}

impl ArticleContext {
    /// A context with only a file name; the id is derived from it.
    pub fn new(file: &str) -> Self {
        ArticleContext {
            file: file.to_string(),
            id: id_from_file(file),
            ..Default::default()
        }
    }
}

/// Why one file could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{file}: {source}")]
pub struct ParseError {
    /// The file as given.
    pub file: String,
    /// The reason.
    pub source: ReadError,
}

/// A URL-safe id from a file name: the stem, lower-case, `[a-z0-9-_]` only.
pub fn id_from_file(file: &str) -> String {
    let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
    let stem = name
        .rsplit_once('.')
        .map(|(s, _)| s)
        .filter(|s| !s.is_empty())
        .unwrap_or(name);
    let id: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    if id.is_empty() {
        "article".to_string()
    } else {
        id
    }
}

/// Decodes and parses one file.
pub fn parse_file(bytes: &[u8], ctx: &ArticleContext) -> Result<Article, ParseError> {
    let decoded = read::decode(bytes).map_err(|source| ParseError {
        file: ctx.file.clone(),
        source,
    })?;
    let mut article = crate::parse_article(&decoded.text, InputFormat::from_name(&ctx.file), ctx);
    article.warnings.splice(0..0, decoded.warnings);
    Ok(article)
}

/// Builds a corpus from `(file name, bytes)` pairs and a manifest. Bad files become
/// [`Corpus::errors`]; the others are parsed. Articles keep the given order.
pub fn build_corpus(manifest: &Manifest, files: &[(String, Vec<u8>)]) -> Corpus {
    let mut builder = CorpusBuilder::new(manifest.clone());
    for (file, bytes) in files {
        // A bad file is recorded in the corpus errors; the others go on.
        let _ = builder.add(file, bytes);
    }
    builder.finish()
}

/// Builds a corpus one file at a time, so a caller (the browser's parsing worker, the CLI) can
/// report progress between files. [`build_corpus`] is this in a loop.
#[derive(Debug, Clone)]
pub struct CorpusBuilder {
    manifest: Manifest,
    event_date: Option<NaiveDate>,
    ids: HashSet<String>,
    articles: Vec<Article>,
    errors: Vec<FileError>,
}

impl CorpusBuilder {
    /// A builder for a corpus described by `manifest`.
    pub fn new(manifest: Manifest) -> Self {
        let event_date = manifest
            .event_date
            .as_deref()
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        CorpusBuilder {
            manifest,
            event_date,
            ids: HashSet::new(),
            articles: Vec::new(),
            errors: Vec::new(),
        }
    }

    /// Parses one file. A bad file is recorded as an error (and returned) and loses nothing else.
    pub fn add(&mut self, file: &str, bytes: &[u8]) -> Result<(), FileError> {
        let base = id_from_file(file);
        let mut id = base.clone();
        let mut n = 2;
        while !self.ids.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        let ctx = ArticleContext {
            file: file.to_string(),
            id,
            meta: self.manifest.meta_for(file),
            event_date: self.event_date,
        };
        match parse_file(bytes, &ctx) {
            Ok(a) => {
                self.articles.push(a);
                Ok(())
            }
            Err(e) => {
                let err = FileError {
                    file: file.to_string(),
                    reason: e.source.to_string(),
                };
                self.errors.push(err.clone());
                Err(err)
            }
        }
    }

    /// Records a file that could not even be read (an I/O error), so it is listed with the others.
    pub fn record_error(&mut self, file: &str, reason: &str) {
        self.errors.push(FileError {
            file: file.to_string(),
            reason: reason.to_string(),
        });
    }

    /// Files parsed so far (good and bad).
    pub fn len(&self) -> usize {
        self.articles.len() + self.errors.len()
    }

    /// True before the first file.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The corpus: articles labelled, cross-article steps run.
    pub fn finish(self) -> Corpus {
        let mut articles = self.articles;
        // One canonical spelling per person across the corpus (Zelenskyy / Zelenskiy).
        crate::entities::unify_across(&mut articles);
        label_articles(&mut articles);
        Corpus {
            format_version: FORMAT_VERSION,
            title: self.manifest.title,
            event_date: self.manifest.event_date,
            place: self.manifest.place,
            articles,
            errors: self.errors,
        }
    }
}

/// Gives every article a label that tells it apart: the outlet when known, else
/// "Article N", followed by a short headline.
pub fn label_articles(articles: &mut [Article]) {
    for (i, a) in articles.iter_mut().enumerate() {
        let who = a
            .outlet
            .clone()
            .unwrap_or_else(|| format!("Article {}", i + 1));
        let head = a.headline.as_deref().map(|h| shorten(h, 48));
        a.label = match head {
            Some(h) => format!("{who} · {h}"),
            None => who,
        };
    }
}

fn shorten(s: &str, max_chars: usize) -> String {
    if s.chars().count() <= max_chars {
        return s.to_string();
    }
    let cut: String = s.chars().take(max_chars).collect();
    let cut = cut.rsplit_once(' ').map(|(a, _)| a).unwrap_or(&cut);
    format!("{}…", cut.trim_end_matches([',', ':', ';', ' ']))
}
