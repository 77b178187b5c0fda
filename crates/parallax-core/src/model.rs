//! The corpus model: the one definition of Parallax's corpus format.
//!
//! Every type here is serialised with serde. The same values are
//! - embedded in the app as [postcard](https://docs.rs/postcard) bytes (see [`crate::format`]),
//! - printed by `parallax parse` / `parallax export` as JSON,
//! - saved and opened by users as corpus files.
//!
//! The first field of [`Corpus`] is [`Corpus::format_version`]; bump [`FORMAT_VERSION`] whenever
//! a change would make old bytes decode wrongly.
//!
//! Offsets: every extracted item carries a [`Span`], a byte range into its article's clean
//! [`Article::text`]. [`Article::offset_map`] maps clean offsets back to the original bytes.
//!
//! A trimmed JSON example of one article:
//!
//! ```json
//! {
//!   "id": "a1", "file": "corpus/x/a1.txt", "label": "Article 1 · “Trump–Putin Alaska Summit…”",
//!   "headline": "Trump–Putin Alaska Summit Ends With No Ukraine Ceasefire Deal",
//!   "outlet": null, "published": null, "cited_sources": ["Reuters", "Associated Press"],
//!   "quotes": [{ "text": "very productive", "speaker": "Donald Trump", "kind": "fragment",
//!                "span": { "start": 310, "end": 325 } }],
//!   "events": [{ "date": "2025-02", "precision": "month", "text": "A February Trump–Zelenskyy meeting…" }]
//! }
//! ```

use serde::{Deserialize, Serialize};

/// Version of the serialised corpus format. Decoders refuse other versions.
///
/// 2: the search data follows the corpus in the file (see `format`).
/// 3: the views (outlet comparison, timelines) follow the search data.
pub const FORMAT_VERSION: u32 = 3;

/// A byte range `[start, end)` into an article's clean text.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub struct Span {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    /// Builds a span from `usize` offsets (saturating at `u32::MAX`).
    pub fn new(start: usize, end: usize) -> Self {
        let c = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
        Span {
            start: c(start),
            end: c(end),
        }
    }
    /// The range as `usize`, for slicing.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end.saturating_sub(self.start) as usize
    }
    /// True when the span covers no bytes.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }
    /// True when `other` lies inside `self`.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// A place in the corpus: an article (by index into [`Corpus::articles`]) and a span in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Location {
    /// Index of the article in [`Corpus::articles`].
    pub article: u32,
    /// Byte range in that article's clean text.
    pub span: Span,
}

/// The whole corpus, as embedded in the app and written by the CLI.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Corpus {
    /// Always [`FORMAT_VERSION`] when written by this build; checked first when decoding.
    pub format_version: u32,
    /// Corpus title, e.g. "Trump–Putin summit in Anchorage".
    pub title: String,
    /// The day the covered event happened (`YYYY-MM-DD`), used to resolve relative dates.
    pub event_date: Option<String>,
    /// Where the event happened, when the manifest says.
    pub place: Option<String>,
    /// The parsed articles, in file-name order.
    pub articles: Vec<Article>,
    /// Files that could not be read, with the reason; never silently dropped.
    pub errors: Vec<FileError>,
}

/// A file that could not be turned into an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileError {
    /// The file name as given.
    pub file: String,
    /// A one-line human reason.
    pub reason: String,
}

/// Where an article's outlet name came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutletSource {
    /// The corpus manifest states it.
    Manifest,
    /// The article text names it explicitly (a wire slug, a brand in boilerplate).
    Text,
}

/// The kind of a block of clean text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// The headline.
    Headline,
    /// A section heading or subhead.
    Heading,
    /// A body paragraph.
    Paragraph,
    /// An item of a bulleted or numbered list.
    ListItem,
    /// One row of a table; cells are separated by `\t` in the clean text.
    TableRow,
    /// A credit line such as "Sources: …" kept for provenance.
    Sources,
}

/// A block (paragraph, heading, list item, table row) of the clean text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// Where it is in the clean text.
    pub span: Span,
}

/// Whether a quotation is a whole utterance or a short excerpt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// A clause or more of reported speech (four words or more).
    Full,
    /// A scare quote or short excerpt (fewer than four words).
    Fragment,
}

/// A direct quotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Exactly the words inside the marks. For quotes split by their attribution or continued
    /// across paragraphs, the parts joined with a single space.
    pub text: String,
    /// Canonical full name of the person who said it, or `None` when the text does not say —
    /// or when a body speaks (`the ministry said in a statement`): its name stays in the
    /// sentence, not here.
    pub speaker: Option<String>,
    /// Full or fragment.
    pub kind: QuoteKind,
    /// From the first opening mark to the last closing mark (inclusive of the marks).
    pub span: Span,
    /// The parts of a split or continued quote (each inside its marks); one part usually.
    pub parts: Vec<Span>,
    /// The sentence (or sentences) containing the quote.
    pub sentence: Span,
    /// The words that attribute the quote ("he said", "Trump told reporters"), when present.
    pub attribution: Option<Span>,
    /// The speech verb of the attribution ("said", "told", "wrote"), lower-cased.
    pub cue: Option<String>,
}

/// Whether an entity is a person or an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A person.
    Person,
    /// An organisation, institution, outlet or government body.
    Organisation,
}

/// A person or organisation mentioned in an article, with its spelling variants merged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Person or organisation.
    pub kind: EntityKind,
    /// Canonical full name ("Volodymyr Zelenskyy").
    pub name: String,
    /// Other forms seen ("Zelenskiy", "Mr. Zelensky", "the Ukrainian president").
    pub aliases: Vec<String>,
    /// Roles the text states ("Secretary of State", "Russian President").
    pub roles: Vec<String>,
    /// Every mention.
    pub mentions: Vec<Span>,
}

/// How precise a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// Only the year is known.
    Year,
    /// Year and month.
    Month,
    /// A specific day.
    Day,
}

/// A dated event: a date expression and the sentence it dates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, matching [`Event::precision`].
    pub date: String,
    /// Year, month or day.
    pub precision: Precision,
    /// True for "early 2025", "about three years ago", "earlier this year".
    pub approximate: bool,
    /// True when resolved from a relative expression ("Friday", "last month").
    pub relative: bool,
    /// The date expression as written ("earlier this year", "Aug. 15, 2025").
    pub expression: String,
    /// The sentence containing it, as text.
    pub text: String,
    /// A short label for the event ("Russia's full-scale invasion of Ukraine").
    pub label: String,
    /// People (canonical names) the sentence mentions.
    pub people: Vec<String>,
    /// Span of the date expression.
    pub span: Span,
    /// Span of the sentence.
    pub sentence: Span,
}

/// What kind of quantity a figure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureKind {
    /// A length of time; normalised to hours.
    Duration,
    /// A count of things; "61 of 85" is a count with a total.
    Count,
    /// A percentage.
    Percent,
    /// A fraction ("one-fifth"); normalised to a ratio in 0..=1.
    Fraction,
    /// An amount of money; normalised to the currency's unit.
    Money,
    /// A score or rating ("10 out of 10").
    Rating,
}

/// A number with its unit, qualifier and what it measures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// The words as written ("nearly three hours").
    pub text: String,
    /// Kind of quantity.
    pub kind: FigureKind,
    /// The value as written, as a number (3 for "three hours").
    pub value: f64,
    /// For "61 of 85": the total (85).
    pub total: Option<f64>,
    /// Unit as a normalised word ("hour", "drone", "percent", "USD").
    pub unit: String,
    /// The value in the kind's base unit (hours for durations, ratio for fractions).
    pub normalized: f64,
    /// "nearly", "more than", "about", "at least"…, lower-cased.
    pub qualifier: Option<String>,
    /// What it measures, from the words around it ("talks", "Russian-launched drones").
    pub measures: Option<String>,
    /// Span of the figure.
    pub span: Span,
    /// Span of its sentence.
    pub sentence: Span,
}

/// One parsed article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Article {
    /// Stable identifier (the file stem, made URL-safe and unique within the corpus).
    pub id: String,
    /// The file path as given.
    pub file: String,
    /// A label that tells articles apart even when the outlet is unknown.
    pub label: String,
    /// The headline, when the text has one.
    pub headline: Option<String>,
    /// Dateline place ("ANCHORAGE"), when stated.
    pub dateline: Option<String>,
    /// Byline ("By Jane Doe"), when stated.
    pub byline: Option<String>,
    /// The outlet, only when the manifest or the text states it.
    pub outlet: Option<String>,
    /// Where [`Article::outlet`] came from.
    pub outlet_source: Option<OutletSource>,
    /// URL from the manifest or the text.
    pub url: Option<String>,
    /// Publication date (`YYYY-MM-DD`) when stated or given by the manifest.
    pub published: Option<String>,
    /// Sources the article credits, normalised ("Associated Press", "Reuters").
    pub cited_sources: Vec<String>,
    /// Clean text: boilerplate removed, one block per line (blocks joined by `\n`).
    pub text: String,
    /// Blocks of the clean text.
    pub blocks: Vec<Block>,
    /// Sentences of the clean text.
    pub sentences: Vec<Span>,
    /// Checkpoints `(clean offset, original offset)`, sorted by clean offset: a clean offset
    /// `c` maps to `orig + (c - clean)` for the last checkpoint with `clean <= c`.
    pub offset_map: Vec<(u32, u32)>,
    /// Number of words in the clean text.
    pub word_count: u32,
    /// Direct quotations, in text order.
    pub quotes: Vec<Quote>,
    /// People mentioned, variants merged.
    pub people: Vec<Entity>,
    /// Organisations mentioned (governments, agencies, outlets, alliances).
    pub organisations: Vec<Entity>,
    /// Dated events, in text order.
    pub events: Vec<Event>,
    /// Figures, in text order.
    pub figures: Vec<Figure>,
    /// Non-fatal notes about the input (encoding guessed, HTML without body…).
    pub warnings: Vec<String>,
}

impl Article {
    /// The clean text under a span ("" when the span is out of range).
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.range()).unwrap_or("")
    }

    /// Maps a clean-text offset back to a byte offset in the original input.
    pub fn original_offset(&self, clean: u32) -> u32 {
        let i = self.offset_map.partition_point(|&(c, _)| c <= clean);
        match i.checked_sub(1).and_then(|i| self.offset_map.get(i)) {
            Some(&(c, o)) => o + (clean - c),
            None => clean,
        }
    }

    /// The outlet, or the honest stand-in shown when it is not stated.
    pub fn outlet_or_unknown(&self) -> &str {
        self.outlet.as_deref().unwrap_or("Outlet not stated")
    }

    /// A short name for lists and legends: the outlet, else the label's "Article N" part.
    pub fn short_name(&self) -> String {
        match &self.outlet {
            Some(o) => o.clone(),
            None => self
                .label
                .split(" · ")
                .next()
                .unwrap_or(&self.label)
                .to_string(),
        }
    }
}
