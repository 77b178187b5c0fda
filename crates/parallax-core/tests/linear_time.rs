//! Parsing grows linearly with the input: an article four times longer yields about four times
//! the output and takes about four times as long, never sixteen. Each shape is parsed at `n` and
//! `4n`. What is asserted is the work done, counted: sentences, quotes, events, figures and
//! people's mentions must grow no faster than the input (a step that re-emits or re-scans per
//! item shows here). The time ratio (best of three) is printed, not asserted: timings flake on a
//! shared machine, and `cargo xtask bench parse` measures speed.
//!
//! Shapes: one 100k-character line with no break, thousands of attributed quotes in separate
//! paragraphs, and thousands of names and dates in one paragraph.

use parallax_core::{ArticleContext, parse_file};
use std::time::{Duration, Instant};

fn context() -> ArticleContext {
    let mut ctx = ArticleContext::new("long.txt");
    ctx.event_date = chrono::NaiveDate::from_ymd_opt(2025, 8, 15);
    ctx
}

fn best_of_three(input: &str) -> Duration {
    let ctx = context();
    (0..3)
        .map(|_| {
            let t = Instant::now();
            let a = parse_file(input.as_bytes(), &ctx);
            std::hint::black_box(&a);
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// The items the parser produced, counted.
fn work(input: &str) -> usize {
    let a = parse_file(input.as_bytes(), &context()).expect("parses");
    a.sentences.len()
        + a.quotes.len()
        + a.events.len()
        + a.figures.len()
        + a.people.iter().map(|p| p.mentions.len()).sum::<usize>()
}

fn assert_linear(name: &str, make: impl Fn(usize) -> String, n: usize) {
    let small = make(n);
    let large = make(4 * n);
    let (ws, wl) = (work(&small), work(&large));
    assert!(ws > 0, "{name}: nothing parsed");
    let grow = wl as f64 / ws as f64;
    let input_grow = large.len() as f64 / small.len() as f64;
    assert!(
        grow <= input_grow * 1.25,
        "{name}: input ×{input_grow:.1} but output ×{grow:.1} ({ws} → {wl} items)"
    );
    let (ts, tl) = (best_of_three(&small), best_of_three(&large));
    let ratio = tl.as_secs_f64() / ts.as_secs_f64().max(1e-6);
    println!(
        "{name}: {} bytes in {ts:?}, {} bytes in {tl:?} (time ×{ratio:.1}, output ×{grow:.1})",
        small.len(),
        large.len()
    );
}

#[test]
fn one_long_line() {
    assert_linear(
        "one long line",
        |n| {
            let words = "the talks in Anchorage lasted nearly three hours on Friday and ";
            let mut s = String::from("A headline for a long line\n\n");
            while s.len() < n {
                s.push_str(words);
            }
            s
        },
        25_000,
    );
}

#[test]
fn thousands_of_quotes() {
    assert_linear(
        "many quotes",
        |n| {
            let mut s =
                String::from("A headline for many quotes\n\nPresident Maria Lopez spoke.\n\n");
            let mut i = 0;
            while s.len() < n {
                let who = if i % 2 == 0 { "Lopez" } else { "she" };
                s.push_str(&format!(
                    "“We will build {i} homes this year,” {who} said. “It is not enough.”\n\n"
                ));
                i += 1;
            }
            s
        },
        40_000,
    );
}

#[test]
fn thousands_of_names_and_dates_in_one_paragraph() {
    assert_linear(
        "many names",
        |n| {
            let mut s = String::from("A headline for many names\n\n");
            let mut i = 0;
            while s.len() < n {
                s.push_str(&format!(
                    "Minister Anna Berg{i} met Judge Tom Reid{i} on March {} 2024 and said 40% agreed. ",
                    1 + i % 28
                ));
                i += 1;
            }
            s
        },
        30_000,
    );
}
