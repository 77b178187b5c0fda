//! Parses the bench input (seed corpus and fixture inputs, repeated to a given size) once, for
//! profilers: `cargo build --profile bench -p parallax-core --example parse_profile`, then
//! `valgrind --tool=callgrind target/release/examples/parse_profile 1` (size in MiB, default 5); `parse_profile dump` prints every distinct article as JSON.
//! Prints the byte count and a checksum of the output (quotes, events, figures, entities), so a
//! change in output shows.

use parallax_core::{ArticleContext, parse_file};
use std::path::PathBuf;

#[path = "../benches/common/mod.rs"]
mod common;

fn main() {
    let arg = std::env::args().nth(1).unwrap_or_default();
    let dump = arg == "dump";
    let mib: usize = arg.parse().unwrap_or(5);
    let root = common::workspace_root();
    let src = common::sources();
    if dump {
        // Every distinct article's full output as JSON lines, to diff before and after a change.
        let mut all = src.clone();
        if let Ok(rd) = std::fs::read_dir(root.join("crates/parallax-core/tests/regressions/parse"))
        {
            let mut extra: Vec<PathBuf> = rd.filter_map(Result::ok).map(|e| e.path()).collect();
            extra.sort();
            for p in extra {
                if let Ok(b) = std::fs::read(&p) {
                    all.push((p.to_string_lossy().into_owned(), b));
                }
            }
        }
        for (name, bytes) in &all {
            let mut ctx = ArticleContext::new(name);
            ctx.event_date = chrono::NaiveDate::from_ymd_opt(2025, 8, 15);
            let line = match parse_file(bytes, &ctx) {
                Ok(a) => serde_json::to_string(&a).unwrap_or_default(),
                Err(e) => e.to_string(),
            };
            println!("{line}");
        }
        return;
    }
    // One warm-up pass (compiles the regexes), then the measured passes: profile only those
    // with `valgrind --tool=callgrind --toggle-collect='*measured*' …`.
    let mut inputs: Vec<(ArticleContext, &[u8])> = Vec::new();
    let (mut total, mut round) = (0usize, 0usize);
    while total < mib * 1024 * 1024 && !src.is_empty() {
        for (name, bytes) in &src {
            let mut ctx = ArticleContext::new(&format!("copy{round}/{name}"));
            ctx.event_date = chrono::NaiveDate::from_ymd_opt(2025, 8, 15);
            total += bytes.len();
            inputs.push((ctx, bytes));
        }
        round += 1;
    }
    let warm = warm_up(inputs.get(..src.len()).unwrap_or(&[]));
    let sum = measured(&inputs);
    println!("{total} bytes, checksum {sum} (warm-up {warm})");
}

#[inline(never)]
fn measured(inputs: &[(ArticleContext, &[u8])]) -> u64 {
    let mut sum = 0u64;
    for (ctx, bytes) in inputs {
        if let Ok(a) = parse_file(bytes, ctx) {
            sum += (a.quotes.len() + a.events.len() + a.figures.len() + a.people.len()) as u64;
        }
    }
    sum
}

#[inline(never)]
fn warm_up(inputs: &[(ArticleContext, &[u8])]) -> u64 {
    let mut n = 0u64;
    for (ctx, bytes) in inputs {
        n += u64::from(parse_file(bytes, ctx).is_ok());
    }
    n
}
