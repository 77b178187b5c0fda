//! `cargo xtask` — the project's automation, one command per job (alias in `.cargo/config.toml`):
//!
//! ```text
//! cargo xtask setup [--browser]   install the tools (idempotent; quick when all are present)
//! cargo xtask serve [--release]   set up, then `trunk serve` on http://127.0.0.1:8080
//! cargo xtask test [LAYER…]       set up, then fmt, clippy, doc and the four test layers
//! cargo xtask bench size          release build; wasm/js/css sizes raw and gzipped
//! cargo xtask bench parse         parser throughput (MB/s) on the corpus scaled to ≥ 5 MB
//! cargo xtask bench search        quote search latency/memory vs MiniSearch and FlexSearch
//! ```
//!
//! `main` only parses arguments and turns an error into a message and exit code; each job lives
//! in its own module.

mod bench;
mod csp;
mod process;
mod setup;
mod tally;
mod test;

use anyhow::{Result, bail};
use std::process::{Command, ExitCode};

use process::{Env, run};
use setup::Want;

const USAGE: &str = "usage: cargo xtask <command>
  setup [--browser]   install trunk, wasm-bindgen-cli, wasm-opt, e2e npm packages
                      (--browser: chromium and chromedriver too)
  serve [--release]   set up, then trunk serve on http://127.0.0.1:8080
  test [LAYER...]     set up, then run every layer, or only the named ones:
                      fmt clippy doc native ssr wasm e2e
  bench size          release build, then dist/ wasm, js and css sizes (raw and gzip)
  bench parse         parser throughput in MB/s on the seed corpus and fixtures scaled
                      to at least 5 MB (criterion) -> bench/results/parse.json
  bench search        quote search at 1k/10k/100k synthetic quotes, Parallax (wasm) vs
                      MiniSearch and FlexSearch in headless Chromium -> bench/results/search.json
  csp [DIR]           write the Content-Security-Policy into DIR/index.html (Trunk's
                      post_build hook runs it on every build)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run_command(&args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("xtask: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Runs one command; `Ok(false)` is a clean failure already reported (a failing test layer).
fn run_command(args: &[String]) -> Result<bool> {
    let env = Env::new()?;
    let (command, rest) = match args.split_first() {
        Some((c, rest)) => (c.as_str(), rest),
        None => {
            println!("{USAGE}");
            return Ok(false);
        }
    };
    let flag = |name: &str| rest.iter().any(|a| a == name);
    match command {
        "setup" => {
            setup::setup(
                &env,
                Want {
                    browser: flag("--browser"),
                },
            )?;
            Ok(true)
        }
        "serve" => {
            setup::setup(&env, Want::default())?;
            let mut trunk = env.cmd("trunk");
            trunk.args([
                "serve",
                "--offline",
                "--address",
                "127.0.0.1",
                "--port",
                "8080",
            ]);
            if flag("--release") {
                trunk.arg("--release");
            }
            println!("serving on http://127.0.0.1:8080 (Ctrl-C to stop)");
            run(&mut trunk)?;
            Ok(true)
        }
        "test" => test::test(&env, rest),
        "csp" => {
            csp::csp(&env.root, rest.first().map(String::as_str))?;
            Ok(true)
        }
        "bench" => match rest.first().map(String::as_str) {
            Some("size") => {
                setup::setup(&env, Want::default())?;
                bench::size(&env)?;
                Ok(true)
            }
            Some("parse") => {
                bench::parse(&env)?;
                Ok(true)
            }
            Some("search") => {
                setup::setup(&env, Want { browser: true })?;
                bench::search(&env)?;
                Ok(true)
            }
            _ => bail!("unknown bench; available: size, parse, search\n{USAGE}"),
        },
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(true)
        }
        other => bail!("unknown command `{other}`\n{USAGE}"),
    }
}

/// `trunk build --release --offline` with the project tools on `PATH`: the release build that
/// the end-to-end tests and the size bench measure (wasm-opt -Oz through index.html).
pub(crate) fn trunk_build(env: &Env) -> Command {
    let mut c = env.cmd("trunk");
    c.args(["build", "--release", "--offline"]);
    c
}
