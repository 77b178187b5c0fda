//! Fuzzing on stable Rust: the two targets of `fuzz/` (libFuzzer, nightly) driven by a
//! deterministic mutator over the fixtures and a corpus file, plus the replay of every input
//! committed under `tests/regressions/`. See `docs/fuzzing.md`.
//!
//! - `regressions_replay` (always runs): every committed input through its target.
//! - `fuzz_smoke` (always runs): a few hundred mutated inputs, so the campaign code is tested.
//! - `fuzz_campaign` (`#[ignore]`): `PARALLAX_FUZZ_CASES` executions (default 100 000), seed
//!   `PARALLAX_FUZZ_SEED`, target `PARALLAX_FUZZ_TARGET` (`parse`, `decode` or both). Inputs that
//!   panic, or take longer than `PARALLAX_FUZZ_SLOW_MS` (default 5000, a hang), are written to
//!   `target/fuzz-found/` and fail the run; the slowest inputs per byte are written to
//!   `target/fuzz-found/slow/` for a look at quadratic work.

mod fuzz {
    pub mod mutate;
    pub mod targets;
}

use fuzz::mutate::{Rng, generate};
use fuzz::targets::{NAMES, corpus_decode_target, parse_file_target};
use parallax_core::manifest::Manifest;
use parallax_core::{build_corpus, format};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The fixture inputs, each prefixed with the byte that picks its reader in `parse_file_target`.
fn parse_seeds() -> Vec<Vec<u8>> {
    let mut seeds = Vec::new();
    let dir = root().join("tests/fixtures");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    cases.sort();
    for case in cases {
        for (pick, name) in NAMES.iter().enumerate() {
            let ext = name.rsplit('.').next().unwrap_or("txt");
            if let Ok(bytes) = std::fs::read(case.join(format!("input.{ext}"))) {
                let mut v = vec![u8::try_from(pick).unwrap_or(0)];
                v.extend(bytes);
                seeds.push(v);
            }
        }
    }
    assert!(seeds.len() >= 10, "fixtures found: {}", seeds.len());
    seeds
}

/// Corpus files: a small one (cheap to mutate) and one of three fixtures.
fn decode_seeds() -> Vec<Vec<u8>> {
    let fixture = |name: &str| {
        std::fs::read(root().join(format!("tests/fixtures/{name}/input.txt"))).expect("fixture")
    };
    let small = build_corpus(
        &Manifest {
            title: "T".into(),
            event_date: Some("2025-08-15".into()),
            ..Manifest::default()
        },
        &[(
            "a.txt".into(),
            "Talks end\n\n“We made headway,” Trump said on Friday after nearly three hours."
                .as_bytes()
                .to_vec(),
        )],
    );
    let three = build_corpus(
        &Manifest::default(),
        &[
            ("seed-000.txt".into(), fixture("seed-000")),
            ("seed-001.txt".into(), fixture("seed-001")),
            ("ap-storm.txt".into(), fixture("ap-storm")),
        ],
    );
    vec![format::encode(&small), format::encode(&three)]
}

/// Committed inputs for one target.
fn regressions(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = root().join("tests/regressions").join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files
        .into_iter()
        .filter(|p| p.is_file())
        .map(|p| {
            let bytes = std::fs::read(&p).expect("read regression");
            (p, bytes)
        })
        .collect()
}

#[test]
fn regressions_replay() {
    let parse = regressions("parse");
    let decode = regressions("decode");
    assert!(
        parse.len() >= 3 && decode.len() >= 3,
        "inputs under tests/regressions/{{parse,decode}}: {} and {}",
        parse.len(),
        decode.len()
    );
    for (path, bytes) in &parse {
        let r = catch_unwind(|| parse_file_target(bytes));
        assert!(r.is_ok(), "{} panicked", path.display());
    }
    for (path, bytes) in &decode {
        let r = catch_unwind(|| corpus_decode_target(bytes));
        assert!(r.is_ok(), "{} panicked", path.display());
    }
}

/// One run's findings.
#[derive(Default)]
struct Findings {
    executions: u64,
    /// Executions of the parse target (the rest are of the decoder).
    parse_executions: u64,
    /// Bytes fed to the parse target.
    parse_bytes: u64,
    panics: Vec<PathBuf>,
    hangs: Vec<PathBuf>,
    /// (nanoseconds per byte, time, target, input) of the slowest inputs.
    slowest: Vec<(u128, Duration, &'static str, Vec<u8>)>,
}

/// The last panic message, captured by a quiet hook so a campaign does not flood the log.
static LAST_PANIC: Mutex<String> = Mutex::new(String::new());

fn save(dir: &Path, target: &str, data: &[u8]) -> PathBuf {
    // FNV-1a: a stable name, so the same input found twice is one file.
    let hash = data.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    let _ = std::fs::create_dir_all(dir);
    let path = dir.join(format!("{target}-{hash:016x}.bin"));
    let _ = std::fs::write(&path, data);
    path
}

fn campaign(cases: u64, seed: u64, which: &str, slow: Duration, progress: bool) -> Findings {
    let parse_seeds: Vec<Vec<u8>> = parse_seeds()
        .into_iter()
        .chain(regressions("parse").into_iter().map(|(_, b)| b))
        .collect();
    let decode_seeds: Vec<Vec<u8>> = decode_seeds()
        .into_iter()
        .chain(regressions("decode").into_iter().map(|(_, b)| b))
        .collect();
    let found = root().join("../../target/fuzz-found");
    let mut rng = Rng::new(seed);
    let mut f = Findings::default();
    let prev_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|info| {
        if let Ok(mut m) = LAST_PANIC.lock() {
            *m = info.to_string();
        }
    }));
    let start = Instant::now();
    for i in 0..cases {
        let parse = match which {
            "parse" => true,
            "decode" => false,
            _ => i % 2 == 0,
        };
        let (name, data) = if parse {
            ("parse", generate(&mut rng, &parse_seeds, 64 * 1024, true))
        } else {
            (
                "decode",
                generate(&mut rng, &decode_seeds, 256 * 1024, false),
            )
        };
        let t = Instant::now();
        let r = catch_unwind(AssertUnwindSafe(|| {
            if parse {
                parse_file_target(&data);
            } else {
                corpus_decode_target(&data);
            }
        }));
        let took = t.elapsed();
        f.executions += 1;
        if parse {
            f.parse_executions += 1;
            f.parse_bytes += data.len() as u64;
        }
        if r.is_err() {
            let path = save(&found, name, &data);
            let msg = LAST_PANIC
                .lock()
                .map(|m| m.replace('\n', " "))
                .unwrap_or_default();
            eprintln!("fuzz: PANIC in {name} -> {}: {msg}", path.display());
            f.panics.push(path);
        } else if took > slow {
            let path = save(&found, &format!("{name}-hang"), &data);
            eprintln!("fuzz: {name} took {took:?} -> {}", path.display());
            f.hangs.push(path);
        }
        let per_byte = took.as_nanos() / (data.len() as u128 + 1);
        if data.len() >= 64 && (f.slowest.len() < 5 || f.slowest.iter().any(|s| s.0 < per_byte)) {
            f.slowest.push((per_byte, took, name, data));
            f.slowest.sort_by_key(|s| std::cmp::Reverse(s.0));
            f.slowest.truncate(5);
        }
        if progress && (i + 1) % 100_000 == 0 {
            let secs = start.elapsed().as_secs_f64();
            eprintln!(
                "fuzz: {} executions ({} parse_file) in {secs:.0}s ({:.0}/s), {} panics, {} hangs",
                i + 1,
                f.parse_executions,
                (i + 1) as f64 / secs,
                f.panics.len(),
                f.hangs.len()
            );
        }
        if f.panics.len() >= 20 {
            eprintln!("fuzz: stopping after 20 panics");
            break;
        }
    }
    std::panic::set_hook(prev_hook);
    if progress {
        let secs = start.elapsed().as_secs_f64();
        eprintln!(
            "fuzz: done: {} executions in {secs:.0}s ({:.0}/s), seed {seed}: parse_file {} \
             (mean input {} bytes), corpus decoder {}",
            f.executions,
            f.executions as f64 / secs,
            f.parse_executions,
            f.parse_bytes / f.parse_executions.max(1),
            f.executions - f.parse_executions
        );
        for (per_byte, took, name, data) in &f.slowest {
            let path = save(&found.join("slow"), name, data);
            eprintln!(
                "fuzz: slow {name}: {} bytes in {took:?} ({per_byte} ns/byte) -> {}",
                data.len(),
                path.display()
            );
        }
    }
    f
}

fn report(f: &Findings) {
    assert!(
        f.panics.is_empty() && f.hangs.is_empty(),
        "{} panics {:?}, {} hangs {:?} (replay with tests/regressions/)",
        f.panics.len(),
        f.panics,
        f.hangs.len(),
        f.hangs
    );
}

#[test]
fn fuzz_smoke() {
    let f = campaign(300, 0x5eed, "both", Duration::from_secs(60), false);
    assert_eq!(f.executions, 300);
    report(&f);
}

#[test]
#[ignore = "a long campaign; run with PARALLAX_FUZZ_CASES=… (see docs/fuzzing.md)"]
fn fuzz_campaign() {
    let env = |k: &str| std::env::var(k).ok();
    let cases = env("PARALLAX_FUZZ_CASES")
        .and_then(|v| v.replace('_', "").parse().ok())
        .unwrap_or(100_000);
    let seed = env("PARALLAX_FUZZ_SEED")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5eed_2025);
    let which = env("PARALLAX_FUZZ_TARGET").unwrap_or_else(|| "both".into());
    let slow = env("PARALLAX_FUZZ_SLOW_MS")
        .and_then(|v| v.parse().ok())
        .map_or(Duration::from_secs(5), Duration::from_millis);
    report(&campaign(cases, seed, &which, slow, true));
}

#[test]
#[ignore = "replays one input: PARALLAX_FUZZ_INPUT=path [PARALLAX_FUZZ_TARGET=parse|decode]"]
fn fuzz_replay_input() {
    let path = std::env::var("PARALLAX_FUZZ_INPUT").expect("PARALLAX_FUZZ_INPUT=path");
    let data = std::fs::read(&path).expect("read input");
    let decode = std::env::var("PARALLAX_FUZZ_TARGET").is_ok_and(|t| t == "decode")
        || path.contains("decode");
    for round in 0..3 {
        let t = Instant::now();
        if decode {
            corpus_decode_target(&data);
        } else {
            parse_file_target(&data);
        }
        eprintln!(
            "{path}: {} bytes, round {round}: {:?}",
            data.len(),
            t.elapsed()
        );
    }
}
