//! The `parallax` binary end to end: output shape, per-file errors, exit codes, build/export.

use std::path::PathBuf;
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("parallax-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

fn seeds() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../corpus/alaska-summit")
}

#[test]
fn parse_prints_articles_with_the_documented_fields() {
    let out = bin().arg("parse").arg(seeds()).output().expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out);
    assert!(v["format_version"].as_u64().is_some());
    let articles = v["articles"].as_array().expect("articles");
    assert_eq!(articles.len(), 5);
    for a in articles {
        for key in [
            "file",
            "headline",
            "outlet",
            "published",
            "cited_sources",
            "quotes",
            "people",
            "events",
            "figures",
        ] {
            assert!(a.get(key).is_some(), "missing {key}");
        }
        assert!(
            a["file"]
                .as_str()
                .is_some_and(|f| f.contains("alaska-summit")),
            "file is the path as given"
        );
        for q in a["quotes"].as_array().expect("quotes") {
            assert!(q["kind"] == "full" || q["kind"] == "fragment");
            assert!(q["span"]["start"].as_u64().is_some());
        }
    }
    // Outlets are never invented: the seeds state few of them.
    let unknown = articles.iter().filter(|a| a["outlet"].is_null()).count();
    assert!(unknown >= 1);
}

#[test]
fn a_bad_file_is_one_line_on_stderr_and_the_others_still_parse() {
    let dir = tmp("bad");
    std::fs::write(
        dir.join("good.txt"),
        "Talks end\n\n“We made headway,” Trump said on Friday.",
    )
    .expect("write");
    std::fs::write(dir.join("broken.txt"), [0u8, 0, 0, 0, 159, 146, 150, 0]).expect("write");
    let out = bin()
        .args(["parse", "--event-date", "2025-08-15"])
        .arg(&dir)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(
        lines[0].starts_with("parallax: ") && lines[0].contains("broken.txt"),
        "{stderr}"
    );
    let v = json(&out);
    assert_eq!(v["articles"].as_array().map(Vec::len), Some(1));
    // The text writes only the surname; a public figure takes the full name (entities).
    assert_eq!(v["articles"][0]["quotes"][0]["speaker"], "Donald Trump");
}

#[test]
fn exit_codes_for_usage_and_nothing_parsed() {
    let out = bin().args(["parse"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let out = bin()
        .args(["parse", "--event-date", "15/08/2025", "x.txt"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let dir = tmp("none");
    std::fs::write(dir.join("empty.txt"), "").expect("write");
    let out = bin()
        .arg("parse")
        .arg(dir.join("empty.txt"))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(3));
}

#[test]
fn text_format_is_readable() {
    let out = bin()
        .args(["parse", "--format", "text"])
        .arg(seeds())
        .output()
        .expect("runs");
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("outlet not stated"));
    assert!(s.contains("quotes ("));
}

#[test]
fn build_then_export_round_trips() {
    let dir = tmp("build");
    let file = dir.join("corpus.parallax");
    let out = bin()
        .arg("build")
        .arg(seeds())
        .arg("-o")
        .arg(&file)
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = bin().arg("export").arg(&file).output().expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let v = json(&out);
    assert_eq!(v["title"], "Trump–Putin summit in Anchorage");
    assert_eq!(v["articles"].as_array().map(Vec::len), Some(5));
    std::fs::write(&file, b"not a corpus").expect("write");
    let out = bin().arg("export").arg(&file).output().expect("runs");
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("corpus.parallax"));
}
