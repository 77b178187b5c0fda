//! Parser quality harness: runs the parser over every hand-labelled fixture in
//! `tests/fixtures/` and measures it against the labels.
//!
//! Metrics (micro-averaged over all fixtures, and per fixture):
//! - quotes: precision / recall / F1, matching on normalised text (case, curly vs straight
//!   marks, whitespace, punctuation at the ends);
//! - speaker accuracy over matched quotes ("unknown" is right where the label is unknown);
//! - events: recall and precision on dates; figures: recall (kind + value) and precision;
//! - headline and outlet exactness (an absent label means "none" and must stay none).
//!
//! The table goes to stdout (`cargo test -p parallax-core --test quality -- --nocapture`) and the numbers to `bench/results/parser-quality.json`.
//!
//! The label files are also checked here, in tests that always run, so a mislabelled fixture
//! (a quote that is not in the input, a wrong full/fragment kind) fails loudly.

mod support;

use serde::Serialize;
use support::{
    Counts, Fixture, Miss, Scores, load_fixtures, norm_name, norm_source, norm_text, score,
    word_count, workspace_root,
};

// Floors, set a little under what the parser measures over the 273 fixtures
// (bench/results/parser-quality.json: quote F1 0.980, speaker accuracy 0.946, event recall
// 0.877, event precision 0.901, figure recall 0.884, headlines 268/273, outlets 248/273) so
// that a regression fails. Two hundred and thirty-two of the fixtures (`holdout-*`, `h2-*` …
// `h12-*`) were written blind by people who had not seen the parser and were scored before it
// was tuned on them (NOTES.md has those first readings). Round 9 (`h9-*`: Pakistani, Nigerian
// and Malaysian copy) came in at speaker accuracy 0.69 and left at 0.87; round 10 (`h10-*`)
// came in at 0.88 and left at 0.96; round 11 (`h11-*`: Nordic, Polish-Czech, East African,
// Korean-Japanese, UK and Australian regional copy) at 0.87 and left at 0.97; round 12
// (`h12-*`: Latin American, South Asian, Irish-Scottish and Southeast Asian copy) at 0.84 and
// left at 0.94. The outlet floor went from 0.91 to 0.90 with round 12: four of its pages name
// themselves only in a bare masthead line with no outlet word ("Donegal Democrat", "VnExpress
// International"), which the parser does not read as a name.
// Speakers are people: a body's statement is labelled with no speaker. Raise the floors as
// the parser improves.
/// Minimum quote F1 over all fixtures.
const QUOTE_F1_FLOOR: f64 = 0.97;
/// Minimum speaker accuracy over matched quotes.
const SPEAKER_ACCURACY_FLOOR: f64 = 0.94;
/// Minimum event recall (on dates).
const EVENT_RECALL_FLOOR: f64 = 0.87;
/// Minimum event precision (on dates).
const EVENT_PRECISION_FLOOR: f64 = 0.90;
/// Minimum figure recall.
const FIGURE_RECALL_FLOOR: f64 = 0.88;
/// Minimum share of articles whose headline is exactly right.
const HEADLINE_FLOOR: f64 = 0.98;
/// Minimum share of articles whose outlet (or "not stated") is exactly right.
const OUTLET_FLOOR: f64 = 0.90;

#[derive(Serialize)]
struct FixtureReport {
    name: String,
    counts: Counts,
    scores: Scores,
    misses: Vec<Miss>,
}

#[derive(Serialize)]
struct Report {
    fixtures: usize,
    total: Counts,
    scores: Scores,
    per_fixture: Vec<FixtureReport>,
}

fn pct(v: f64) -> String {
    format!("{:5.1}", v * 100.0)
}

fn evaluate(fixtures: &[Fixture]) -> Report {
    let mut total = Counts::default();
    let mut per_fixture = Vec::new();
    for f in fixtures {
        let article = f.parse();
        let (counts, misses) = score(&f.expected, &article);
        total += counts;
        per_fixture.push(FixtureReport {
            name: f.name.clone(),
            counts,
            scores: counts.scores(),
            misses,
        });
    }
    Report {
        fixtures: fixtures.len(),
        total,
        scores: total.scores(),
        per_fixture,
    }
}

fn print_table(report: &Report) {
    println!(
        "{:<28} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5} {:>4} {:>4}",
        "fixture", "q.P", "q.R", "q.F1", "spk", "ev.R", "ev.P", "fig.R", "fig.P", "head", "outl"
    );
    let row = |name: &str, s: &Scores| {
        println!(
            "{:<28} {} {} {} {} {} {} {} {} {:>4} {:>4}",
            name,
            pct(s.quote_precision),
            pct(s.quote_recall),
            pct(s.quote_f1),
            pct(s.speaker_accuracy),
            pct(s.event_recall),
            pct(s.event_precision),
            pct(s.figure_recall),
            pct(s.figure_precision),
            if s.headline_accuracy >= 1.0 {
                "ok"
            } else {
                "--"
            },
            if s.outlet_accuracy >= 1.0 { "ok" } else { "--" },
        );
    };
    for f in &report.per_fixture {
        row(&f.name, &f.scores);
    }
    let t = &report.total;
    row(
        &format!("TOTAL ({} fixtures)", report.fixtures),
        &report.scores,
    );
    println!(
        "quotes {}/{} matched of {} found; speakers {}/{}; events {}/{} of {} found; \
         figures {}/{} of {} found; headlines {}/{}; outlets {}/{}",
        t.quotes_matched,
        t.quotes_expected,
        t.quotes_found,
        t.speakers_correct,
        t.quotes_matched,
        t.events_matched,
        t.events_expected,
        t.events_found,
        t.figures_matched,
        t.figures_expected,
        t.figures_found,
        t.headlines_correct,
        t.articles,
        t.outlets_correct,
        t.articles
    );
    for f in &report.per_fixture {
        for m in &f.misses {
            println!(
                "  {}: {}: expected {:?}, got {:?}",
                f.name, m.what, m.expected, m.got
            );
        }
    }
}

#[test]
fn parser_quality_meets_floors() {
    let fixtures = load_fixtures();
    let report = evaluate(&fixtures);
    print_table(&report);
    let out = workspace_root().join("bench/results");
    std::fs::create_dir_all(&out).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
    let json = serde_json::to_string_pretty(&report).unwrap_or_default();
    // A held-out run (PARALLAX_FIXTURES_DIR) writes its own file, not the fixtures' figures.
    let file = if std::env::var_os("PARALLAX_FIXTURES_DIR").is_some() {
        "parser-quality-holdout.json"
    } else {
        "parser-quality.json"
    };
    std::fs::write(out.join(file), json)
        .unwrap_or_else(|e| panic!("writing parser-quality.json: {e}"));

    let s = report.scores;
    let checks = [
        ("quote F1", s.quote_f1, QUOTE_F1_FLOOR),
        (
            "speaker accuracy",
            s.speaker_accuracy,
            SPEAKER_ACCURACY_FLOOR,
        ),
        ("event recall", s.event_recall, EVENT_RECALL_FLOOR),
        ("event precision", s.event_precision, EVENT_PRECISION_FLOOR),
        ("figure recall", s.figure_recall, FIGURE_RECALL_FLOOR),
        ("headline accuracy", s.headline_accuracy, HEADLINE_FLOOR),
        ("outlet accuracy", s.outlet_accuracy, OUTLET_FLOOR),
    ];
    let failed: Vec<String> = checks
        .iter()
        .filter(|(_, got, floor)| got < floor)
        .map(|(what, got, floor)| format!("{what} {got:.3} < {floor:.3}"))
        .collect();
    assert!(
        failed.is_empty(),
        "quality below floors: {}",
        failed.join("; ")
    );
}

/// Runs the harness end to end (whatever the parser's quality) so the scoring code is
/// exercised on every `cargo test`, and checks its arithmetic holds together.
#[test]
fn harness_runs_over_every_fixture() {
    let fixtures = load_fixtures();
    assert!(
        fixtures.len() >= 80,
        "expected at least 80 fixtures (5 seeds, 36 own, 40 written blind), found {}",
        fixtures.len()
    );
    let report = evaluate(&fixtures);
    let t = report.total;
    assert_eq!(t.articles, fixtures.len());
    assert!(t.quotes_matched <= t.quotes_expected.min(t.quotes_found));
    assert!(t.speakers_correct <= t.quotes_matched);
    assert!(t.events_matched <= t.events_expected.min(t.events_found));
    assert!(t.figures_matched <= t.figures_expected.min(t.figures_found));
}

/// The labels themselves: every quote is in the input as written, split quotes are their
/// parts joined by one space, kinds follow the four-word rule, event expressions and figure
/// texts occur in the input, dates are well-formed.
#[test]
fn labels_are_consistent_with_their_inputs() {
    let mut problems = Vec::new();
    for f in load_fixtures() {
        let input = String::from_utf8_lossy(&f.bytes).into_owned();
        let mut p = |msg: String| problems.push(format!("{}: {msg}", f.name));
        for q in &f.expected.quotes {
            if q.parts.is_empty() {
                if !input.contains(&q.text) {
                    p(format!("quote not in input: {:?}", q.text));
                }
            } else {
                for part in &q.parts {
                    if !input.contains(part.as_str()) {
                        p(format!("quote part not in input: {part:?}"));
                    }
                }
                if q.parts.join(" ") != q.text {
                    p(format!("quote text is not its parts joined: {:?}", q.text));
                }
            }
            let want = if word_count(&q.text) >= 4 {
                parallax_core::QuoteKind::Full
            } else {
                parallax_core::QuoteKind::Fragment
            };
            if q.kind != want {
                p(format!("quote {:?} should be {want:?}", q.text));
            }
        }
        for e in &f.expected.events {
            if !input.contains(&e.expression) {
                p(format!("event expression not in input: {:?}", e.expression));
            }
            let ok = match e.date.len() {
                4 => chrono::NaiveDate::parse_from_str(&format!("{}-01-01", e.date), "%Y-%m-%d")
                    .is_ok(),
                7 => {
                    chrono::NaiveDate::parse_from_str(&format!("{}-01", e.date), "%Y-%m-%d").is_ok()
                }
                10 => chrono::NaiveDate::parse_from_str(&e.date, "%Y-%m-%d").is_ok(),
                _ => false,
            };
            if !ok {
                p(format!("bad event date {:?}", e.date));
            }
        }
        for fig in &f.expected.figures {
            if let Some(t) = &fig.text
                && !input.contains(t.as_str())
            {
                p(format!("figure text not in input: {t:?}"));
            }
        }
        if let Some(h) = &f.expected.headline {
            for v in h.values() {
                if !input.contains(v) {
                    p(format!("headline not in input: {v:?}"));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "label problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn text_normalisation_table() {
    let cases = [
        ("“We’ve made some headway,”", "we've made some headway"),
        ("We’ve  made\nsome headway,", "we've made some headway"),
        ("productive.", "productive"),
        ("‘productive’", "productive"),
        ("10 out of 10", "10 out of 10"),
        ("  — root causes…", "root causes"),
    ];
    for (input, want) in cases {
        assert_eq!(norm_text(input), want, "input {input:?}");
    }
}

#[test]
fn name_and_source_normalisation_table() {
    let names = [
        ("Volodymyr Zelenskiy", "volodymyr zelenskyy"),
        ("Volodymyr Zelensky", "volodymyr zelenskyy"),
        ("Volodymyr  Zelenskyy", "volodymyr zelenskyy"),
        ("José Álvarez", "jose alvarez"),
        ("Donald Trump", "donald trump"),
    ];
    for (input, want) in names {
        assert_eq!(norm_name(input), want, "input {input:?}");
    }
    let sources = [
        ("AP News", "associated press"),
        ("The Associated Press", "associated press"),
        ("The Guardian", "guardian"),
        ("Reuters", "reuters"),
    ];
    for (input, want) in sources {
        assert_eq!(norm_source(input), want, "input {input:?}");
    }
}

#[test]
fn scoring_counts_matches_and_misses() {
    use parallax_core::{Article, Quote, QuoteKind, Span};
    let expected: support::Expected = toml::from_str(
        r#"
        headline = "Summit ends"
        [[quotes]]
        text = "We made headway,"
        speaker = "Donald Trump"
        kind = "full"
        [[quotes]]
        text = "productive"
        kind = "fragment"
        [[events]]
        date = "2025-08-15"
        expression = "Friday"
        "#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let quote = |text: &str, speaker: Option<&str>, kind| Quote {
        text: text.into(),
        speaker: speaker.map(Into::into),
        kind,
        span: Span::default(),
        parts: vec![],
        sentence: Span::default(),
        attribution: None,
        cue: None,
    };
    let article = Article {
        headline: Some("Summit  ends".into()),
        quotes: vec![
            quote("we made headway", Some("Trump"), QuoteKind::Full),
            quote("Pursuing Peace", None, QuoteKind::Fragment),
        ],
        ..Article::default()
    };
    let (c, misses) = score(&expected, &article);
    assert_eq!(
        (c.quotes_expected, c.quotes_found, c.quotes_matched),
        (2, 2, 1)
    );
    assert_eq!(
        c.speakers_correct, 0,
        "\"Trump\" is not the labelled \"Donald Trump\""
    );
    assert_eq!((c.events_expected, c.events_matched), (1, 0));
    assert_eq!(c.headlines_correct, 1);
    assert_eq!(c.outlets_correct, 1, "no outlet labelled and none found");
    let s = c.scores();
    assert!((s.quote_f1 - 0.5).abs() < 1e-9);
    let mut kinds: Vec<&str> = misses.iter().map(|m| m.what).collect();
    kinds.sort_unstable();
    assert_eq!(kinds, ["event", "extra quote", "quote", "speaker"]);
}
