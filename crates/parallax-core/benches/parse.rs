//! Parse throughput: the seed corpus (`corpus/alaska-summit/`) and every fixture input
//! (`tests/fixtures/<case>/input.*`), repeated until the batch holds at least 5 MB, parsed with
//! [`parallax_core::parse_file`] (decode, extract, clean, meta, segment, entities, quotes, dates,
//! figures) one article at a time, as the CLI and `build.rs` do.
//!
//! `cargo bench -p parallax-core --bench parse` (or `cargo xtask bench parse`) runs criterion
//! on one pass over the batch, then times a few more passes itself and writes the medians to
//! `bench/results/parse.json`: MB/s per core (input bytes per second of the thread's CPU time,
//! so other work on a shared machine does not count) and MB/s of wall-clock time, bytes and
//! articles per pass. The file has no
//! timestamp or host data, so only a real change shows in a diff. Under `cargo test --benches`
//! criterion runs each benchmark once as a smoke test and no file is written.

#![allow(
    missing_docs,
    reason = "criterion's macros generate undocumented items"
)]

use criterion::{Criterion, Throughput};
use parallax_core::{ArticleContext, parse_file};
use std::hint::black_box;
use std::time::{Duration, Instant};

mod common;
use common::{sources, workspace_root};

/// Minimum size of one benchmark pass.
const TARGET_BYTES: usize = 5 * 1024 * 1024;
/// Timed passes for the JSON report (the median is reported).
const REPORT_PASSES: usize = 5;

struct Input {
    ctx: ArticleContext,
    bytes: Vec<u8>,
}

/// The sources repeated (each copy its own file name, so ids stay distinct) to ≥ 5 MB.
fn batch() -> Vec<Input> {
    let src = sources();
    assert!(
        !src.is_empty(),
        "no seed corpus or fixture inputs found under {}",
        workspace_root().display()
    );
    let mut out = Vec::new();
    let mut total = 0usize;
    let mut round = 0usize;
    while total < TARGET_BYTES {
        for (name, bytes) in &src {
            let mut ctx = ArticleContext::new(&format!("copy{round}/{name}"));
            ctx.event_date = chrono::NaiveDate::from_ymd_opt(2025, 8, 15);
            total += bytes.len();
            out.push(Input {
                ctx,
                bytes: bytes.clone(),
            });
        }
        round += 1;
    }
    out
}

/// This thread's CPU time in seconds (Linux `/proc/thread-self/schedstat`), if the OS says.
fn cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

fn parse_all(inputs: &[Input]) -> usize {
    let mut quotes = 0;
    for i in inputs {
        if let Ok(a) = parse_file(&i.bytes, &i.ctx) {
            quotes += a.quotes.len();
        }
    }
    quotes
}

fn main() {
    let inputs = batch();
    let bytes: usize = inputs.iter().map(|i| i.bytes.len()).sum();
    let mut c = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(10))
        .configure_from_args();
    {
        let mut g = c.benchmark_group("parse");
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function("corpus_5mb", |b| {
            b.iter(|| black_box(parse_all(black_box(&inputs))));
        });
        g.finish();
    }
    c.final_summary();

    // `cargo bench` passes `--bench`; `cargo test --benches` does not (a smoke run only).
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let mut wall: Vec<f64> = Vec::new();
    let mut cpu: Vec<f64> = Vec::new();
    for _ in 0..REPORT_PASSES {
        let (t, c) = (Instant::now(), cpu_seconds());
        black_box(parse_all(black_box(&inputs)));
        wall.push(t.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (c, cpu_seconds()) {
            cpu.push(b - a);
        }
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied()
    };
    let wall_median = median(&mut wall).unwrap_or(f64::NAN);
    let cpu_median = median(&mut cpu);
    let mb = bytes as f64 / 1_000_000.0;
    let wall_mbps = mb / wall_median;
    // Per core: input bytes per second of this thread's CPU time (other load on a shared
    // machine does not count); wall-clock when the OS does not report thread CPU time.
    let mbps = cpu_median.map_or(wall_mbps, |c| mb / c);
    println!(
        "parse: {} articles, {bytes} bytes, median {wall_median:.3} s wall per pass \
         ({wall_mbps:.1} MB/s wall), {mbps:.1} MB/s per core of CPU time",
        inputs.len()
    );
    let report = serde_json::json!({
        "command": "cargo bench -p parallax-core --bench parse",
        "input": "corpus/alaska-summit and tests/fixtures inputs, repeated to at least 5 MiB",
        "articles": inputs.len(),
        "distinct_articles": sources().len(),
        "bytes": bytes,
        "passes": REPORT_PASSES,
        "median_cpu_seconds_per_pass": cpu_median.map(|c| (c * 1000.0).round() / 1000.0),
        "median_wall_seconds_per_pass": (wall_median * 1000.0).round() / 1000.0,
        "mb_per_s": (mbps * 10.0).round() / 10.0,
        "mb_per_s_wall": (wall_mbps * 10.0).round() / 10.0,
        "unit": "MB/s = 10^6 input bytes per second of one thread's CPU time (mb_per_s) or of wall-clock time (mb_per_s_wall)",
    });
    let out = workspace_root().join("bench/results");
    if let Err(e) = std::fs::create_dir_all(&out).and_then(|()| {
        std::fs::write(
            out.join("parse.json"),
            serde_json::to_string_pretty(&report).unwrap_or_default() + "\n",
        )
    }) {
        eprintln!("writing bench/results/parse.json: {e}");
        std::process::exit(1);
    }
}
