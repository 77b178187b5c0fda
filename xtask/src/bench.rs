//! `cargo xtask bench parse`: parser throughput (see [`parse`]).
//!
//! `cargo xtask bench search`: quote search against MiniSearch and FlexSearch in headless
//! Chromium (see [`search`]).
//!
//! `cargo xtask bench size`: what a visitor downloads. Builds the release app with Trunk, then
//! reports every `.wasm`, `.js` and `.css` file in `dist/` raw and gzipped (level 9, as a static
//! host would serve it), with totals per kind, and writes them to `bench/results/size.json`.
//!
//! The JSON holds no clock or host data, so two runs on the same code give the same file and a
//! size change shows as a plain diff in review.

use anyhow::{Context, Result, bail};
use flate2::{Compression, write::GzEncoder};
use serde_json::json;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use crate::process::{Env, run};

/// The kinds of file measured, by extension.
const KINDS: [&str; 3] = ["wasm", "js", "css"];

/// One measured file.
#[derive(Debug, PartialEq, Eq)]
pub struct Measured {
    /// Path relative to `dist/`.
    pub path: String,
    /// Extension: `wasm`, `js` or `css`.
    pub kind: &'static str,
    /// Bytes on disk.
    pub raw: u64,
    /// Bytes after gzip at level 9.
    pub gzip: u64,
}

/// `cargo xtask bench parse`: the criterion benchmark `crates/parallax-core/benches/parse.rs`
/// (seed corpus and fixtures scaled to at least 5 MB), which prints MB/s and writes
/// `bench/results/parse.json`; then the saved numbers are printed back.
pub fn parse(env: &Env) -> Result<()> {
    let mut cargo = env.cargo();
    cargo.args(["bench", "-p", "parallax-core", "--bench", "parse"]);
    run(&mut cargo)?;
    let path = env.root.join("bench/results/parse.json");
    let saved = std::fs::read_to_string(&path)
        .with_context(|| format!("the benchmark wrote no {}", path.display()))?;
    let v: serde_json::Value =
        serde_json::from_str(&saved).with_context(|| format!("{} is not JSON", path.display()))?;
    println!(
        "\nparse: {} MB/s over {} bytes ({} articles) → bench/results/parse.json",
        v["mb_per_s"], v["bytes"], v["articles"]
    );
    Ok(())
}

/// Builds, measures, prints and saves.
pub fn size(env: &Env) -> Result<()> {
    run(&mut crate::trunk_build(env))?;
    let dist = env.root.join("dist");
    let files = measure_dir(&dist)?;
    if !files.iter().any(|f| f.kind == "wasm") {
        bail!(
            "no .wasm file in {}: did the build succeed?",
            dist.display()
        );
    }
    println!(
        "\n{:<48} {:>10} {:>10}",
        "file (dist/)", "raw bytes", "gzip bytes"
    );
    for f in &files {
        println!("{:<48} {:>10} {:>10}", f.path, f.raw, f.gzip);
    }
    let totals = totals(&files);
    for (kind, (raw, gzip)) in &totals {
        println!("{:<48} {:>10} {:>10}", format!("total {kind}"), raw, gzip);
    }
    let report = json!({
        "command": "cargo xtask bench size",
        "build": "trunk build --release --offline (opt-level z, LTO, wasm-opt -Oz)",
        "files": files.iter().map(|f| json!({
            "path": f.path, "kind": f.kind, "raw_bytes": f.raw, "gzip_bytes": f.gzip,
        })).collect::<Vec<_>>(),
        "totals": totals.iter().map(|(k, (raw, gzip))| {
            (k.to_string(), json!({ "raw_bytes": raw, "gzip_bytes": gzip }))
        }).collect::<serde_json::Map<_, _>>(),
    });
    let out = env.root.join("bench/results/size.json");
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(&out, serde_json::to_string_pretty(&report)? + "\n")
        .with_context(|| format!("writing {}", out.display()))?;
    println!("\nwrote {}", out.display());
    Ok(())
}

/// Every wasm/js/css file under `dir`, sorted by path.
pub fn measure_dir(dir: &Path) -> Result<Vec<Measured>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).with_context(|| format!("reading {}", d.display()))? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            let Some(kind) = KINDS.iter().copied().find(|k| *k == ext) else {
                continue;
            };
            let bytes = std::fs::read(&path)?;
            out.push(Measured {
                path: path
                    .strip_prefix(dir)
                    .unwrap_or(&path)
                    .to_string_lossy()
                    .into_owned(),
                kind,
                raw: bytes.len() as u64,
                gzip: gzip_len(&bytes)?,
            });
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

/// Size of `bytes` gzipped at the best level.
pub fn gzip_len(bytes: &[u8]) -> Result<u64> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::best());
    enc.write_all(bytes)?;
    Ok(enc.finish()?.len() as u64)
}

/// (raw, gzip) summed per kind, every kind present even when zero.
fn totals(files: &[Measured]) -> BTreeMap<&'static str, (u64, u64)> {
    let mut t: BTreeMap<&'static str, (u64, u64)> = KINDS.iter().map(|k| (*k, (0, 0))).collect();
    for f in files {
        let e = t.entry(f.kind).or_default();
        e.0 += f.raw;
        e.1 += f.gzip;
    }
    t
}

/// Where `bench search` keeps its generated data and wasm (git-ignored, under `target/`).
const SEARCH_DATA: &str = "target/bench-search";

/// `cargo xtask bench search`: Parallax's quote search against MiniSearch and FlexSearch.
///
/// 1. `search-data` (crate `bench/search-wasm`) parses the seed corpus and writes the seeded
///    synthetic corpora of 1k, 10k and 100k quotes (`parallax_core::synth`): the quotes as JSON
///    for every engine, Parallax's embedded index, and sizes;
/// 2. the same crate is built for wasm32 and bound with `wasm-bindgen --target web`;
/// 3. `bench/search/` gets its pinned npm packages (`npm ci`, only when missing or stale);
/// 4. `bench/search/run.mjs` serves the page on 127.0.0.1, runs it in headless Chromium once
///    per size and writes `bench/results/search.json`; the summary table is printed.
pub fn search(env: &Env) -> Result<()> {
    let data = env.root.join(SEARCH_DATA);
    let mut datagen = env.cargo();
    datagen.args([
        "run",
        "--release",
        "-p",
        "search-wasm",
        "--bin",
        "search-data",
        "--",
        "corpus/alaska-summit",
        SEARCH_DATA,
        "2025",
    ]);
    run(&mut datagen)?;
    let mut wasm = env.cargo();
    wasm.args([
        "build",
        "--release",
        "--target",
        "wasm32-unknown-unknown",
        "-p",
        "search-wasm",
        "--lib",
    ]);
    run(&mut wasm)?;
    let mut bindgen = env.cmd("wasm-bindgen");
    bindgen
        .args(["--target", "web", "--out-dir"])
        .arg(data.join("pkg"))
        .arg(
            env.root
                .join("target/wasm32-unknown-unknown/release/search_wasm.wasm"),
        );
    run(&mut bindgen)?;
    npm_packages(env, &env.root.join("bench/search"))?;
    let out = env.root.join("bench/results/search.json");
    let mut node = env.cmd("node");
    node.arg(env.root.join("bench/search/run.mjs"))
        .arg(&data)
        .arg(&out);
    run(&mut node)?;
    let report: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(&out).with_context(|| format!("reading {}", out.display()))?,
    )
    .with_context(|| format!("{} is not JSON", out.display()))?;
    println!(
        "
{}",
        search_table(&report)
    );
    Ok(())
}

/// `npm ci` in `dir` unless every package of its lock file is installed at its version.
fn npm_packages(env: &Env, dir: &Path) -> Result<()> {
    let lock_path = dir.join("package-lock.json");
    let lock: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(&lock_path)
            .with_context(|| format!("reading {}", lock_path.display()))?,
    )
    .with_context(|| format!("{} is not JSON", lock_path.display()))?;
    let stale = lock
        .get("packages")
        .and_then(|p| p.as_object())
        .into_iter()
        .flatten()
        .filter(|(key, _)| key.starts_with("node_modules/"))
        .any(|(key, meta)| {
            let installed = std::fs::read_to_string(dir.join(key).join("package.json"))
                .ok()
                .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
                .and_then(|v| v.get("version")?.as_str().map(str::to_string));
            installed.as_deref() != meta.get("version").and_then(|v| v.as_str())
        });
    if !stale {
        println!("bench search: npm packages present");
        return Ok(());
    }
    run(env
        .cmd("npm")
        .current_dir(dir)
        .args(["ci", "--no-audit", "--no-fund"]))
}

/// The README table of a `search.json`: per corpus size and engine, load/build time, memory
/// and p50/p95 latency (all queries, and per keystroke).
pub fn search_table(report: &serde_json::Value) -> String {
    let ms = |v: &serde_json::Value| match v.as_f64() {
        Some(x) if x >= 100.0 => format!("{x:.0}"),
        Some(x) => format!("{x:.1}"),
        None => "–".into(),
    };
    let lat = |v: &serde_json::Value| match v.as_f64() {
        Some(x) => format!("{x:.2}"),
        None => "–".into(),
    };
    let mut out = String::from(
        "| quotes | engine | load ms | build ms | memory MB | p50 ms | p95 ms | keystroke p95 ms |\n\
         |---:|---|---:|---:|---:|---:|---:|---:|\n",
    );
    let engines = ["parallax", "parallax_cold", "minisearch", "flexsearch"];
    for r in report["runs"].as_array().into_iter().flatten() {
        for e in engines {
            let x = &r["engines"][e];
            if x.is_null() {
                continue;
            }
            let (load, build, mem) = if e == "parallax_cold" {
                ("″".to_string(), "″".to_string(), "″".to_string())
            } else {
                (
                    ms(&x["load_ms"]),
                    ms(&x["build_index_ms"]),
                    x["memory_bytes"]
                        .as_f64()
                        .map_or("–".into(), |b| format!("{:.1}", b / 1e6)),
                )
            };
            out.push_str(&format!(
                "| {} | {} | {load} | {build} | {mem} | {} | {} | {} |\n",
                r["quotes"],
                e.replace('_', " "),
                lat(&x["latency"]["all"]["p50_ms"]),
                lat(&x["latency"]["all"]["p95_ms"]),
                lat(&x["latency"]["keystroke"]["p95_ms"]),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_search_table_has_a_row_per_size_and_engine() {
        let report = json!({ "runs": [{
            "quotes": 1000,
            "engines": {
                "parallax": { "load_ms": 4.84, "build_index_ms": 33.3, "memory_bytes": 300000,
                    "latency": { "all": { "p50_ms": 0.305, "p95_ms": 1.5 },
                                 "keystroke": { "p95_ms": 1.18 } } },
                "flexsearch": { "load_ms": null, "build_index_ms": 158.3, "memory_bytes": 2200000,
                    "latency": { "all": { "p50_ms": 0.03, "p95_ms": 0.12 },
                                 "keystroke": { "p95_ms": 0.095 } } }
            }
        }]});
        let t = search_table(&report);
        let rows: Vec<&str> = t.lines().collect();
        assert_eq!(rows.len(), 4, "{t}");
        assert_eq!(
            rows[2],
            "| 1000 | parallax | 4.8 | 33.3 | 0.3 | 0.30 | 1.50 | 1.18 |"
        );
        assert_eq!(
            rows[3],
            "| 1000 | flexsearch | – | 158 | 2.2 | 0.03 | 0.12 | 0.10 |"
        );
    }

    #[test]
    fn gzip_shrinks_repetitive_text_and_counts_the_header() {
        type Check = fn(u64) -> bool;
        let cases: [(&[u8], Check); 3] = [
            // Empty input still has gzip's header and trailer (about 20 bytes).
            (b"", |n| (18..=30).contains(&n)),
            (&[b'a'; 10_000], |n| n < 100),
            (b"x", |n| n > 1 && n < 40),
        ];
        for (input, ok) in cases {
            let n = gzip_len(input).unwrap_or(0);
            assert!(ok(n), "{} bytes -> {n}", input.len());
        }
    }

    #[test]
    fn measures_only_wasm_js_css_and_sums_per_kind() -> Result<()> {
        let dir = std::env::temp_dir().join(format!("xtask-bench-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("snippets"))?;
        std::fs::write(dir.join("app_bg.wasm"), [0u8; 100])?;
        std::fs::write(dir.join("app.js"), "let a = 1;")?;
        std::fs::write(dir.join("snippets/x.js"), "x")?;
        std::fs::write(dir.join("style.css"), "")?;
        std::fs::write(dir.join("index.html"), "<html>")?;
        let files = measure_dir(&dir)?;
        let _ = std::fs::remove_dir_all(&dir);
        let got: Vec<(&str, &str, u64)> = files
            .iter()
            .map(|f| (f.path.as_str(), f.kind, f.raw))
            .collect();
        assert_eq!(
            got,
            [
                ("app.js", "js", 10),
                ("app_bg.wasm", "wasm", 100),
                ("snippets/x.js", "js", 1),
                ("style.css", "css", 0),
            ]
        );
        let t = totals(&files);
        assert_eq!(t.get("js").map(|v| v.0), Some(11));
        assert_eq!(t.get("css").map(|v| v.0), Some(0));
        Ok(())
    }
}
