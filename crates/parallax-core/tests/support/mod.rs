//! Test support shared by the fixture-driven tests (`quality.rs`, `snapshots.rs`,
//! `never_panics.rs`): loading `tests/fixtures/<case>/` folders, the hand-label schema of
//! `expected.toml`, the normalisation used to compare labels with parser output, and the
//! scoring of one parsed article against its labels.
//!
//! Each test binary compiles this module on its own and uses a different part of it.
#![allow(
    dead_code,
    reason = "each test binary uses a different subset of the support code"
)]

use parallax_core::{Article, ArticleContext, FigureKind, QuoteKind, parse_file};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;

/// A label that accepts one value or a list of accepted values (spelling variants, a bare
/// surname next to the full name, two brands named by one page).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany {
    /// One accepted value.
    One(String),
    /// Several accepted values.
    Many(Vec<String>),
}

impl OneOrMany {
    /// The accepted values.
    pub fn values(&self) -> Vec<&str> {
        match self {
            OneOrMany::One(s) => vec![s.as_str()],
            OneOrMany::Many(v) => v.iter().map(String::as_str).collect(),
        }
    }
}

/// The hand labels of one fixture (`expected.toml`). See `tests/fixtures/README.md`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    /// Context, not a label: the event date given to the parser (`YYYY-MM-DD`).
    pub event_date: Option<String>,
    /// The headline; absent when the article has none.
    pub headline: Option<OneOrMany>,
    /// The outlet; absent unless the text itself states it.
    pub outlet: Option<OneOrMany>,
    /// Sources the article credits.
    #[serde(default)]
    pub cited_sources: Vec<String>,
    /// Every direct quotation, in text order.
    #[serde(default)]
    pub quotes: Vec<ExpectedQuote>,
    /// Every dated event, in text order.
    #[serde(default)]
    pub events: Vec<ExpectedEvent>,
    /// Every figure, in text order.
    #[serde(default)]
    pub figures: Vec<ExpectedFigure>,
}

/// One labelled quotation.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedQuote {
    /// Exactly the words inside the marks (parts of a split quote joined by one space).
    pub text: String,
    /// For a split or continued quote: each part as written inside its marks.
    #[serde(default)]
    pub parts: Vec<String>,
    /// Canonical speaker (or accepted spellings); absent when the text does not say.
    pub speaker: Option<OneOrMany>,
    /// Full (four words or more) or fragment.
    pub kind: QuoteKind,
}

/// One labelled dated event.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedEvent {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    /// The date expression as written.
    pub expression: String,
}

/// One labelled figure.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedFigure {
    /// Kind of quantity.
    pub kind: FigureKind,
    /// The value as written (0.2 for "one-fifth").
    pub value: f64,
    /// Normalised unit word.
    pub unit: String,
    /// For "61 of 85": 85.
    pub total: Option<f64>,
    /// The words as written, when given (checked against the input).
    pub text: Option<String>,
}

/// One fixture folder.
#[derive(Debug, Clone)]
pub struct Fixture {
    /// Folder name (the case name).
    pub name: String,
    /// Input file name inside the folder (`input.txt`, `input.html`, `input.md`).
    pub input_name: String,
    /// Raw input bytes.
    pub bytes: Vec<u8>,
    /// The hand labels.
    pub expected: Expected,
}

impl Fixture {
    /// The file name given to the parser: `<case>/<input>`, stable across machines.
    pub fn file(&self) -> String {
        format!("{}/{}", self.name, self.input_name)
    }

    /// Parses the fixture the way the CLI would, with the labelled event date as context.
    pub fn parse(&self) -> Article {
        let mut ctx = ArticleContext::new(&self.file());
        ctx.event_date = self
            .expected
            .event_date
            .as_deref()
            .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        match parse_file(&self.bytes, &ctx) {
            Ok(a) => a,
            Err(e) => panic!("fixture {} could not be parsed: {e}", self.name),
        }
    }
}

/// The workspace root (two levels above this crate's manifest).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The fixtures folder.
/// `PARALLAX_FIXTURES_DIR` points the harness at another folder of cases in the same layout, to
/// score a held-out set without adding it to the fixtures (the floors still apply).
pub fn fixtures_dir() -> PathBuf {
    match std::env::var_os("PARALLAX_FIXTURES_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures"),
    }
}

/// Loads every fixture, sorted by name. Panics with a clear message on a malformed case:
/// a broken fixture must fail the test run, not be skipped.
pub fn load_fixtures() -> Vec<Fixture> {
    let dir = fixtures_dir();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let case = dir.join(&name);
            let input_name = ["input.txt", "input.html", "input.htm", "input.md"]
                .into_iter()
                .find(|n| case.join(n).is_file())
                .unwrap_or_else(|| panic!("fixture {name} has no input.txt/.html/.md"))
                .to_string();
            let bytes = std::fs::read(case.join(&input_name))
                .unwrap_or_else(|e| panic!("fixture {name}: {e}"));
            let toml_text = std::fs::read_to_string(case.join("expected.toml"))
                .unwrap_or_else(|e| panic!("fixture {name}: expected.toml: {e}"));
            let expected: Expected = toml::from_str(&toml_text)
                .unwrap_or_else(|e| panic!("fixture {name}: expected.toml: {e}"));
            Fixture {
                name,
                input_name,
                bytes,
                expected,
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// Normalisation: what "the same" means when comparing labels with output.

/// Quote text for matching: case folded, curly/straight marks unified, whitespace collapsed,
/// and punctuation at either end dropped (whether "productive," keeps its comma inside the
/// marks is a house-style accident, not a parser error).
pub fn norm_text(s: &str) -> String {
    let mapped: String = s
        .nfc()
        .map(|c| match c {
            '‘' | '’' | '‚' | '‛' | '′' | '`' => '\'',
            '“' | '”' | '„' | '‟' | '″' | '«' | '»' => '"',
            '–' | '—' | '‒' | '―' => '-',
            '\u{a0}' => ' ',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect();
    let collapsed = mapped.split_whitespace().collect::<Vec<_>>().join(" ");
    collapsed
        .trim_matches(|c: char| c.is_whitespace() || ",.;:!?…'\"-".contains(c))
        .to_string()
}

/// A name for matching: diacritics stripped, case folded, whitespace collapsed, and the
/// transliterations of Zelenskyy's name (Zelensky, Zelenskiy, Zelenskyi) made one.
pub fn norm_name(s: &str) -> String {
    let plain: String = s
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c == '’' { '\'' } else { c })
        .collect();
    plain
        .split_whitespace()
        .map(|w| {
            if w.starts_with("zelensk") {
                "zelenskyy"
            } else {
                w
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A cited source for matching: name normalised, a leading "the" dropped, and the usual
/// spellings of the Associated Press made one.
pub fn norm_source(s: &str) -> String {
    // A label may name an outlet by any of its forms ("AFP"); compare canonical names.
    let s = parallax_core::meta::canonical_outlet(s).unwrap_or(s);
    let n = norm_name(s);
    let n = n.strip_prefix("the ").unwrap_or(&n).to_string();
    match n.as_str() {
        "ap" | "ap news" | "associated press" => "associated press".to_string(),
        "bbc" | "bbc news" => "bbc".to_string(),
        _ => n,
    }
}

/// True when `got` is one of the accepted values (or both are absent).
pub fn accepts(expected: Option<&OneOrMany>, got: Option<&str>, norm: fn(&str) -> String) -> bool {
    match (expected, got) {
        (None, None) => true,
        (Some(e), Some(g)) => e.values().iter().any(|v| norm(v) == norm(g)),
        _ => false,
    }
}

/// Words of a quote for the full/fragment rule (tokens with at least one letter or digit).
pub fn word_count(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

// ---------------------------------------------------------------------------------------
// Scoring.

/// Counts for one fixture (or summed over all fixtures).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Counts {
    /// Labelled quotes.
    pub quotes_expected: usize,
    /// Quotes the parser produced.
    pub quotes_found: usize,
    /// Quotes matched (normalised text).
    pub quotes_matched: usize,
    /// Matched quotes whose speaker is right (including "unknown" where unknown).
    pub speakers_correct: usize,
    /// Matched quotes whose full/fragment kind is right.
    pub kinds_correct: usize,
    /// Labelled events.
    pub events_expected: usize,
    /// Events produced.
    pub events_found: usize,
    /// Events matched on date.
    pub events_matched: usize,
    /// Labelled figures.
    pub figures_expected: usize,
    /// Figures produced.
    pub figures_found: usize,
    /// Figures matched on kind and value.
    pub figures_matched: usize,
    /// Matched figures whose unit also agrees.
    pub figure_units_correct: usize,
    /// Articles scored for headline/outlet.
    pub articles: usize,
    /// Articles whose headline (or its absence) is right.
    pub headlines_correct: usize,
    /// Articles whose outlet (or its absence) is right.
    pub outlets_correct: usize,
    /// Labelled cited sources.
    pub sources_expected: usize,
    /// Cited sources produced.
    pub sources_found: usize,
    /// Cited sources matched.
    pub sources_matched: usize,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.quotes_expected += o.quotes_expected;
        self.quotes_found += o.quotes_found;
        self.quotes_matched += o.quotes_matched;
        self.speakers_correct += o.speakers_correct;
        self.kinds_correct += o.kinds_correct;
        self.events_expected += o.events_expected;
        self.events_found += o.events_found;
        self.events_matched += o.events_matched;
        self.figures_expected += o.figures_expected;
        self.figures_found += o.figures_found;
        self.figures_matched += o.figures_matched;
        self.figure_units_correct += o.figure_units_correct;
        self.articles += o.articles;
        self.headlines_correct += o.headlines_correct;
        self.outlets_correct += o.outlets_correct;
        self.sources_expected += o.sources_expected;
        self.sources_found += o.sources_found;
        self.sources_matched += o.sources_matched;
    }
}

/// `num / den`, with 1.0 for 0/0 (nothing expected and nothing found is a perfect score).
pub fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        1.0
    } else {
        num as f64 / den as f64
    }
}

/// Harmonic mean of precision and recall.
pub fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// The derived scores of a [`Counts`].
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Scores {
    /// Quote precision.
    pub quote_precision: f64,
    /// Quote recall.
    pub quote_recall: f64,
    /// Quote F1.
    pub quote_f1: f64,
    /// Speaker accuracy over matched quotes.
    pub speaker_accuracy: f64,
    /// Kind accuracy over matched quotes.
    pub kind_accuracy: f64,
    /// Event recall (on dates).
    pub event_recall: f64,
    /// Event precision (on dates).
    pub event_precision: f64,
    /// Figure recall.
    pub figure_recall: f64,
    /// Figure precision.
    pub figure_precision: f64,
    /// Headline exactness.
    pub headline_accuracy: f64,
    /// Outlet exactness.
    pub outlet_accuracy: f64,
    /// Cited-source recall.
    pub source_recall: f64,
}

impl Counts {
    /// Precision, recall, accuracy and F1 from the counts.
    pub fn scores(&self) -> Scores {
        let qp = ratio(self.quotes_matched, self.quotes_found);
        let qr = ratio(self.quotes_matched, self.quotes_expected);
        Scores {
            quote_precision: qp,
            quote_recall: qr,
            quote_f1: f1(qp, qr),
            speaker_accuracy: ratio(self.speakers_correct, self.quotes_matched),
            kind_accuracy: ratio(self.kinds_correct, self.quotes_matched),
            event_recall: ratio(self.events_matched, self.events_expected),
            event_precision: ratio(self.events_matched, self.events_found),
            figure_recall: ratio(self.figures_matched, self.figures_expected),
            figure_precision: ratio(self.figures_matched, self.figures_found),
            headline_accuracy: ratio(self.headlines_correct, self.articles),
            outlet_accuracy: ratio(self.outlets_correct, self.articles),
            source_recall: ratio(self.sources_matched, self.sources_expected),
        }
    }
}

/// One labelled item the parser missed or got wrong, for the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Miss {
    /// "quote", "speaker", "event", "figure", "headline", "outlet", "source".
    pub what: &'static str,
    /// What was expected.
    pub expected: String,
    /// What the parser gave (empty when nothing matched).
    pub got: String,
}

/// Greedy one-to-one matching: for each expected item (in order) the first unused found
/// item that `same` accepts. Returns `found` index per expected item.
pub fn match_items<E, F>(
    expected: &[E],
    found: &[F],
    same: impl Fn(&E, &F) -> bool,
) -> Vec<Option<usize>> {
    let mut used = vec![false; found.len()];
    expected
        .iter()
        .map(|e| {
            let hit = found
                .iter()
                .enumerate()
                .position(|(i, f)| !used.get(i).copied().unwrap_or(true) && same(e, f));
            if let Some(i) = hit
                && let Some(u) = used.get_mut(i)
            {
                *u = true;
            }
            hit
        })
        .collect()
}

/// Equal up to rounding: a label may write two-thirds as 0.6667.
fn close(a: f64, b: f64) -> bool {
    let d = (a - b).abs();
    d <= 1e-6 * a.abs().max(b.abs()).max(1.0) || (a.abs() < 1.0 && d < 5e-4)
}

fn unit_word(s: &str) -> String {
    let n = norm_name(s);
    let n = n.trim_end_matches('s');
    match n {
        "%" | "per cent" | "pct" => "percent".to_string(),
        "hr" | "h" => "hour".to_string(),
        "person" | "people" => "people".to_string(),
        other => other.to_string(),
    }
}

/// Scores one parsed article against its labels.
pub fn score(expected: &Expected, article: &Article) -> (Counts, Vec<Miss>) {
    let mut c = Counts {
        articles: 1,
        ..Counts::default()
    };
    let mut misses = Vec::new();

    // Quotes.
    c.quotes_expected = expected.quotes.len();
    c.quotes_found = article.quotes.len();
    let qm = match_items(&expected.quotes, &article.quotes, |e, f| {
        norm_text(&e.text) == norm_text(&f.text)
    });
    for (e, m) in expected.quotes.iter().zip(&qm) {
        let Some(q) = m.and_then(|i| article.quotes.get(i)) else {
            misses.push(Miss {
                what: "quote",
                expected: e.text.clone(),
                got: String::new(),
            });
            continue;
        };
        c.quotes_matched += 1;
        if accepts(e.speaker.as_ref(), q.speaker.as_deref(), norm_name) {
            c.speakers_correct += 1;
        } else {
            misses.push(Miss {
                what: "speaker",
                expected: format!(
                    "{} ← {:?}",
                    e.speaker
                        .as_ref()
                        .map(|s| s.values().join(" | "))
                        .unwrap_or_else(|| "unknown".into()),
                    e.text
                ),
                got: q.speaker.clone().unwrap_or_else(|| "unknown".into()),
            });
        }
        if e.kind == q.kind {
            c.kinds_correct += 1;
        }
    }
    let used: Vec<usize> = qm.iter().flatten().copied().collect();
    for (i, q) in article.quotes.iter().enumerate() {
        if !used.contains(&i) {
            misses.push(Miss {
                what: "extra quote",
                expected: String::new(),
                got: q.text.clone(),
            });
        }
    }

    // Events, on dates.
    c.events_expected = expected.events.len();
    c.events_found = article.events.len();
    let em = match_items(&expected.events, &article.events, |e, f| e.date == f.date);
    c.events_matched = em.iter().flatten().count();
    for (e, m) in expected.events.iter().zip(&em) {
        if m.is_none() {
            misses.push(Miss {
                what: "event",
                expected: format!("{} ({})", e.date, e.expression),
                got: String::new(),
            });
        }
    }
    let used: Vec<usize> = em.iter().flatten().copied().collect();
    for (i, ev) in article.events.iter().enumerate() {
        if !used.contains(&i) {
            misses.push(Miss {
                what: "extra event",
                expected: String::new(),
                got: format!("{} ({})", ev.date, ev.expression),
            });
        }
    }

    // Figures, on kind and value (the written value or the normalised one).
    c.figures_expected = expected.figures.len();
    c.figures_found = article.figures.len();
    let fm = match_items(&expected.figures, &article.figures, |e, f| {
        e.kind == f.kind
            && (close(e.value, f.value) || close(e.value, f.normalized))
            && e.total
                .is_none_or(|t| f.total.is_some_and(|ft| close(t, ft)))
    });
    for (e, m) in expected.figures.iter().zip(&fm) {
        match m.and_then(|i| article.figures.get(i)) {
            Some(f) => {
                c.figures_matched += 1;
                if unit_word(&e.unit) == unit_word(&f.unit) {
                    c.figure_units_correct += 1;
                }
            }
            None => misses.push(Miss {
                what: "figure",
                expected: format!(
                    "{:?} {} {}{}",
                    e.kind,
                    e.value,
                    e.unit,
                    e.text
                        .as_deref()
                        .map(|t| format!(" ({t})"))
                        .unwrap_or_default()
                ),
                got: String::new(),
            }),
        }
    }

    // Headline and outlet: exact after whitespace/case normalisation.
    if accepts(
        expected.headline.as_ref(),
        article.headline.as_deref(),
        norm_text,
    ) {
        c.headlines_correct = 1;
    } else {
        misses.push(Miss {
            what: "headline",
            expected: expected
                .headline
                .as_ref()
                .map(|h| h.values().join(" | "))
                .unwrap_or_else(|| "none".into()),
            got: article.headline.clone().unwrap_or_else(|| "none".into()),
        });
    }
    if accepts(
        expected.outlet.as_ref(),
        article.outlet.as_deref(),
        norm_source,
    ) {
        c.outlets_correct = 1;
    } else {
        misses.push(Miss {
            what: "outlet",
            expected: expected
                .outlet
                .as_ref()
                .map(|h| h.values().join(" | "))
                .unwrap_or_else(|| "not stated".into()),
            got: article
                .outlet
                .clone()
                .unwrap_or_else(|| "not stated".into()),
        });
    }

    // Cited sources, as sets.
    let want: Vec<String> = expected
        .cited_sources
        .iter()
        .map(|s| norm_source(s))
        .collect();
    let got: Vec<String> = article
        .cited_sources
        .iter()
        .map(|s| norm_source(s))
        .collect();
    c.sources_expected = want.len();
    c.sources_found = got.len();
    let sm = match_items(&want, &got, |a, b| a == b);
    c.sources_matched = sm.iter().flatten().count();
    for (w, m) in want.iter().zip(&sm) {
        if m.is_none() {
            misses.push(Miss {
                what: "source",
                expected: w.clone(),
                got: String::new(),
            });
        }
    }
    (c, misses)
}
