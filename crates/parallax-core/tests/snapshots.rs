//! Reviewed snapshots of the parser's output on every fixture.
//!
//! For each `tests/fixtures/<case>/`, a compact, stable summary of the parse — headline, outlet,
//! published date, cited sources, every quote with its kind and speaker, every event with its
//! date and precision, every figure with kind, value, unit and total — is compared with
//! `tests/snapshots/snapshots__<case>.snap`. The labels in `expected.toml` say what is right;
//! the snapshots say what the parser does now, so any change in output shows up in review as a
//! diff of these files, including changes the quality floors would let through.
//!
//! After an intended change: `INSTA_UPDATE=always cargo test -p parallax-core --test
//! snapshots`, then read the diff of `tests/snapshots/` before committing.

mod support;

use parallax_core::{Article, Precision};
use std::fmt::Write;

/// One line per item, in text order; no offsets, so an edit elsewhere in a fixture does not
/// churn every line.
fn summary(a: &Article) -> String {
    let mut s = String::new();
    let or_none = |v: &Option<String>| v.clone().unwrap_or_else(|| "none".into());
    let _ = writeln!(s, "headline: {}", or_none(&a.headline));
    let _ = writeln!(s, "outlet: {}", or_none(&a.outlet));
    let _ = writeln!(s, "published: {}", or_none(&a.published));
    let _ = writeln!(s, "cited_sources: [{}]", a.cited_sources.join(", "));
    let _ = writeln!(s, "quotes ({}):", a.quotes.len());
    for q in &a.quotes {
        let kind = match q.kind {
            parallax_core::QuoteKind::Full => "full",
            parallax_core::QuoteKind::Fragment => "fragment",
        };
        let _ = writeln!(
            s,
            "  - [{kind}] {} <- {}",
            q.text,
            q.speaker.as_deref().unwrap_or("unknown")
        );
    }
    let _ = writeln!(s, "events ({}):", a.events.len());
    for e in &a.events {
        let precision = match e.precision {
            Precision::Year => "year",
            Precision::Month => "month",
            Precision::Day => "day",
        };
        let approx = if e.approximate { ", approx" } else { "" };
        let _ = writeln!(s, "  - {} ({precision}{approx}) {:?}", e.date, e.expression);
    }
    let _ = writeln!(s, "figures ({}):", a.figures.len());
    for f in &a.figures {
        let total = f.total.map(|t| format!(" of {t}")).unwrap_or_default();
        let _ = writeln!(
            s,
            "  - {:?} {}{total} {} {:?}",
            f.kind, f.value, f.unit, f.text
        );
    }
    s
}

#[test]
fn fixture_parses_match_reviewed_snapshots() {
    let fixtures = support::load_fixtures();
    assert!(!fixtures.is_empty(), "no fixtures found");
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| {
        for f in &fixtures {
            insta::assert_snapshot!(format!("snapshots__{}", f.name), summary(&f.parse()));
        }
    });
}

#[test]
fn summary_lists_every_item_once() {
    let input = "Storm cuts power along the Gulf Coast\n\nGov. Rita Boudreaux spoke on Sunday.\n\n\
                 “Stay off the roads tonight,” Boudreaux said. About 80,000 homes lost power.";
    let mut ctx = parallax_core::ArticleContext::new("t.txt");
    ctx.event_date = chrono::NaiveDate::from_ymd_opt(2025, 5, 18);
    let a = parallax_core::parse_file(input.as_bytes(), &ctx)
        .unwrap_or_else(|e| panic!("parse failed: {e}"));
    let s = summary(&a);
    assert!(
        s.contains("headline: Storm cuts power along the Gulf Coast"),
        "{s}"
    );
    assert!(
        s.contains("  - [full] Stay off the roads tonight, <- Rita Boudreaux"),
        "{s}"
    );
    assert!(s.contains("  - 2025-05-18 (day) \"Sunday\""), "{s}");
    assert_eq!(
        s.matches("\n  - ").count(),
        a.quotes.len() + a.events.len() + a.figures.len()
    );
}
