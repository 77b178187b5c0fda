//! The `parallax` binary over a folder of good and bad files: one stderr line per bad file naming
//! it and the problem, every good file still printed, exit code 1; bad corpus files for `export`
//! are one line naming the file, exit code 3.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("parallax-cli-bad-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

const GOOD: &str = "Summit ends without a deal\n\nPresident Donald Trump met Vladimir Putin in \
                    Anchorage on Friday.\n\n“We made headway,” Trump said.\n";

/// A file name made of an XSS vector: printed as given, never interpreted.
const XSS_NAME: &str = "<svg onload=alert(1)>.txt";

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).expect("write");
}

fn utf16le(s: &str) -> Vec<u8> {
    let mut v = vec![0xFF, 0xFE];
    for u in s.encode_utf16() {
        v.extend_from_slice(&u.to_le_bytes());
    }
    v
}

/// Good and bad files side by side; returns the bad ones with the reason each must give.
fn mixed_folder(dir: &Path) -> Vec<(&'static str, &'static str)> {
    write(dir, "a-good.txt", GOOD.as_bytes());
    write(dir, "b-good.md", format!("# {GOOD}").as_bytes());
    write(dir, "c-utf16.txt", &utf16le(GOOD));
    write(
        dir,
        "d-cp1252.txt",
        b"Talks end\n\n\x93We made headway,\x94 Trump said.\n",
    );
    write(dir, XSS_NAME, GOOD.as_bytes());
    write(
        dir,
        "e-page.html",
        b"<html><body><p>Trump met Putin.</p><script>LEAK()</script></body></html>",
    );
    // Not an article extension: ignored, not an error.
    write(dir, "notes.parallax", b"junk");
    let bad = [
        ("empty.txt", "the file is empty"),
        ("blank.md", "the file is empty"),
        ("nul.txt", "looks binary, not text: NUL byte at offset 5"),
        ("photo.html", "looks binary"),
        (
            "huge.txt",
            "too large to be one article (17.0 MiB; the limit is 16.0 MiB)",
        ),
    ];
    write(dir, "empty.txt", b"");
    write(dir, "blank.md", b" \n\t\r\n");
    write(dir, "nul.txt", b"Talks\0end");
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend((0u16..2000).map(|i| (i * 7 % 251) as u8));
    write(dir, "photo.html", &png);
    write(dir, "huge.txt", &vec![b'a'; 17 * 1024 * 1024]);
    bad.to_vec()
}

fn stderr_lines(out: &Output) -> Vec<String> {
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn a_folder_of_good_and_bad_files_reports_each_bad_one_and_keeps_the_rest() {
    let dir = tmp("mixed");
    let bad = mixed_folder(&dir);
    let out = bin().arg("parse").arg(&dir).output().expect("runs");
    let lines = stderr_lines(&out);
    assert_eq!(out.status.code(), Some(1), "{lines:#?}");
    assert_eq!(lines.len(), bad.len(), "one line per bad file: {lines:#?}");
    for (file, reason) in &bad {
        let path = dir.join(file).display().to_string();
        let want = format!("parallax: {path}: ");
        let line = lines
            .iter()
            .find(|l| l.starts_with(&want))
            .unwrap_or_else(|| panic!("no line for {file}: {lines:#?}"));
        assert!(line.contains(reason), "{line} lacks {reason:?}");
    }
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    let files: Vec<String> = v["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .filter_map(|a| a["file"].as_str())
        .map(|f| f.rsplit('/').next().unwrap_or(f).to_string())
        .collect();
    assert_eq!(
        files,
        [
            "<svg onload=alert(1)>.txt",
            "a-good.txt",
            "b-good.md",
            "c-utf16.txt",
            "d-cp1252.txt",
            "e-page.html"
        ],
        "every good file, in order"
    );
    let errors = v["errors"].as_array().expect("errors");
    assert_eq!(errors.len(), bad.len());
    let page = &v["articles"][5];
    assert!(
        !page.to_string().contains("LEAK"),
        "script content in the output: {page}"
    );
    for a in v["articles"].as_array().into_iter().flatten() {
        if a["file"].as_str().is_some_and(|f| f.ends_with("-good.txt")) {
            assert_eq!(a["quotes"][0]["speaker"], "Donald Trump");
        }
    }
}

#[test]
fn build_keeps_the_good_files_and_lists_the_bad_ones_in_the_corpus() {
    let dir = tmp("build");
    let bad = mixed_folder(&dir);
    let out_dir = tmp("build-out");
    let file = out_dir.join("c.parallax");
    let out = bin()
        .arg("build")
        .arg(&dir)
        .arg("-o")
        .arg(&file)
        .output()
        .expect("runs");
    let lines = stderr_lines(&out);
    assert_eq!(out.status.code(), Some(1), "{lines:#?}");
    // One line per bad file (by name, as build keys files by name), then the summary.
    assert_eq!(lines.len(), bad.len() + 1, "{lines:#?}");
    for (name, reason) in &bad {
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with(&format!("parallax: {name}: ")) && l.contains(reason)),
            "{name}: {lines:#?}"
        );
    }
    assert!(
        lines
            .last()
            .is_some_and(|l| l.contains("6 articles, 5 errors")),
        "{lines:#?}"
    );
    let out = bin().arg("export").arg(&file).output().expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["articles"].as_array().map(Vec::len), Some(6));
    assert_eq!(v["errors"].as_array().map(Vec::len), Some(5));
    assert_eq!(v["articles"][0]["file"], XSS_NAME);
}

#[test]
fn bad_corpus_files_are_one_line_naming_the_file_and_the_problem() {
    let dir = tmp("corpus");
    write(&dir, "a.txt", GOOD.as_bytes());
    let good = dir.join("good.parallax");
    let out = bin()
        .arg("build")
        .arg(&dir)
        .arg("-o")
        .arg(&good)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let bytes = std::fs::read(&good).expect("read");
    let mut future = bytes.clone();
    future[0] = parallax_core::FORMAT_VERSION as u8 + 1; // the version varint comes first
    let mut corrupt = bytes.clone();
    for b in corrupt.iter_mut().skip(1) {
        *b = 0xFF;
    }
    let cases: [(&str, Vec<u8>, &str); 5] = [
        ("empty.parallax", vec![], "the corpus file is empty"),
        (
            "truncated.parallax",
            bytes[..bytes.len() / 2].to_vec(),
            "damaged or truncated",
        ),
        ("corrupt.parallax", corrupt, "damaged or truncated"),
        (
            "future.parallax",
            future,
            &format!(
                "corpus format version {} is not supported (this build reads version {})",
                parallax_core::FORMAT_VERSION + 1,
                parallax_core::FORMAT_VERSION
            ),
        ),
        (
            "article.parallax",
            GOOD.as_bytes().to_vec(),
            "not a Parallax corpus file: it holds text",
        ),
    ];
    for (name, bytes, reason) in cases {
        let path = dir.join(name);
        write(&dir, name, &bytes);
        let out = bin().arg("export").arg(&path).output().expect("runs");
        let lines = stderr_lines(&out);
        assert_eq!(out.status.code(), Some(3), "{name}: {lines:#?}");
        assert_eq!(lines.len(), 1, "{name}: {lines:#?}");
        assert!(
            lines[0].starts_with(&format!("parallax: {}: ", path.display()))
                && lines[0].contains(reason),
            "{name}: {}",
            lines[0]
        );
        assert!(out.stdout.is_empty(), "{name}: nothing on stdout");
    }
}
