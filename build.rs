//! Parses the corpus with parallax-core at build time and writes it, postcard-encoded, to
//! `$OUT_DIR/corpus.bin`, which the app embeds with `include_bytes!`.
//!
//! The corpus folder is `corpus/alaska-summit` unless `PARALLAX_CORPUS` names another.

use std::path::{Path, PathBuf};

fn main() {
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let dir = std::env::var("PARALLAX_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root.join("corpus/alaska-summit"));
    let dir = if dir.is_absolute() {
        dir
    } else {
        root.join(dir)
    };
    println!("cargo:rerun-if-env-changed=PARALLAX_CORPUS");
    println!("cargo:rerun-if-changed={}", dir.display());
    let corpus = build(&dir);
    let out =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("corpus.bin");
    std::fs::write(&out, parallax_core::format::encode(&corpus)).expect("write corpus.bin");
}

fn build(dir: &Path) -> parallax_core::Corpus {
    let manifest_path = dir.join("corpus.toml");
    println!("cargo:rerun-if-changed={}", manifest_path.display());
    let manifest = match std::fs::read_to_string(&manifest_path) {
        Ok(t) => parallax_core::manifest::Manifest::from_toml(&t)
            .unwrap_or_else(|e| panic!("{}: {e}", manifest_path.display())),
        Err(_) => parallax_core::manifest::Manifest::default(),
    };
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("corpus folder {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("txt" | "html" | "htm" | "md" | "markdown")
            )
        })
        .collect();
    entries.sort();
    for p in entries {
        println!("cargo:rerun-if-changed={}", p.display());
        let name = p
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        match std::fs::read(&p) {
            Ok(bytes) => files.push((name, bytes)),
            Err(e) => println!("cargo:warning={}: {e}", p.display()),
        }
    }
    let corpus = parallax_core::build_corpus(&manifest, &files);
    for e in &corpus.errors {
        println!("cargo:warning={}: {}", e.file, e.reason);
    }
    corpus
}
