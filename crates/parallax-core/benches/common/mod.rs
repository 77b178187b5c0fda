//! The parse benchmark's input, shared by `benches/parse.rs` and `examples/parse_profile.rs` so
//! the profiler looks at exactly what the benchmark measures.

use std::path::{Path, PathBuf};

/// The workspace root (two levels above this crate).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn is_article(p: &Path) -> bool {
    matches!(
        p.extension().and_then(|e| e.to_str()),
        Some("txt" | "html" | "htm" | "md")
    )
}

/// The distinct source articles: seed corpus files and fixture inputs, sorted by path, each
/// named by its path relative to the workspace root.
pub fn sources() -> Vec<(String, Vec<u8>)> {
    let root = workspace_root();
    let mut paths: Vec<PathBuf> = Vec::new();
    if let Ok(rd) = std::fs::read_dir(root.join("corpus/alaska-summit")) {
        paths.extend(rd.filter_map(Result::ok).map(|e| e.path()));
    }
    if let Ok(rd) = std::fs::read_dir(root.join("crates/parallax-core/tests/fixtures")) {
        for case in rd.filter_map(Result::ok).map(|e| e.path()) {
            if let Ok(files) = std::fs::read_dir(&case) {
                paths.extend(
                    files
                        .filter_map(Result::ok)
                        .map(|e| e.path())
                        .filter(|p| p.file_stem().is_some_and(|s| s == "input")),
                );
            }
        }
    }
    paths.retain(|p| is_article(p));
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| {
            let bytes = std::fs::read(&p).ok()?;
            let name = p
                .strip_prefix(&root)
                .unwrap_or(&p)
                .to_string_lossy()
                .into_owned();
            Some((name, bytes))
        })
        .collect()
}
