//! `search-data CORPUS_DIR OUT_DIR [SEED] [N…]`: parses the seed corpus, generates the
//! synthetic corpora (default 1000, 10000 and 100000 quotes, seed 2025) and writes for each N:
//! - `quotes-N.json`: the quotes every engine indexes (`id`, `article`, `text`, `speaker`,
//!   `outlet`);
//! - `parallax-N.bin`: Parallax's embedded form (postcard of its `SearchData`: statements as
//!   references into the corpus, and their index);
//! - `stats-N.json`: counts and sizes (raw quote text, index, statements) and native build time
//!   (grouping and indexing, `SearchData::build`).

use std::path::{Path, PathBuf};
use std::time::Instant;

use parallax_core::manifest::Manifest;
use parallax_core::search::SearchData;
use parallax_core::synth::{Seed, generate};
use search_wasm::{bench_quotes, encode};

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [corpus, out, rest @ ..] = args.as_slice() else {
        return Err("usage: search-data CORPUS_DIR OUT_DIR [SEED] [N...]".into());
    };
    let rng_seed: u64 = match rest.first() {
        Some(s) => s.parse().map_err(|e| format!("seed {s}: {e}"))?,
        None => 2025,
    };
    let sizes: Vec<usize> = if rest.len() > 1 {
        rest[1..]
            .iter()
            .map(|s| s.parse().map_err(|e| format!("size {s}: {e}")))
            .collect::<Result<_, _>>()?
    } else {
        vec![1000, 10_000, 100_000]
    };
    let out = PathBuf::from(out);
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let seed_articles = read_corpus(Path::new(corpus))?;
    let seed = Seed::from_articles(&seed_articles);
    eprintln!(
        "seed: {} quotes, {} sentences, {} speakers, {} outlets, {} words",
        seed.quotes.len(),
        seed.sentences.len(),
        seed.speakers.len(),
        seed.outlets.len(),
        seed.words.len()
    );
    for n in sizes {
        let t = Instant::now();
        let articles = generate(&seed, n, rng_seed);
        let gen_ms = t.elapsed().as_secs_f64() * 1e3;
        let quotes = bench_quotes(&articles);
        let raw_text: usize = quotes.iter().map(|q| q.text.len()).sum();
        let t = Instant::now();
        let data = SearchData::build(&articles);
        let build_ms = t.elapsed().as_secs_f64() * 1e3;
        let index_bytes = postcard::to_allocvec(&data.index)
            .map_err(|e| e.to_string())?
            .len();
        let statements_bytes = postcard::to_allocvec(&data.statements)
            .map_err(|e| e.to_string())?
            .len();
        let embedded = encode(&data);
        let json = serde_json::to_string(&quotes).map_err(|e| e.to_string())?;
        write(&out.join(format!("quotes-{n}.json")), json.as_bytes())?;
        write(&out.join(format!("parallax-{n}.bin")), &embedded)?;
        let stats = serde_json::json!({
            "quotes": quotes.len(),
            "articles": articles.len(),
            "statements": data.len(),
            "statements_carried_by_several": data.statements.iter().filter(|s| s.carriers.len() > 1).count(),
            "distinct_terms": data.index.term_count(),
            "speakers": quotes.iter().filter_map(|q| q.speaker.as_deref()).collect::<std::collections::BTreeSet<_>>().len(),
            "outlets": quotes.iter().map(|q| q.outlet.as_str()).collect::<std::collections::BTreeSet<_>>().len(),
            "raw_quote_text_bytes": raw_text,
            "quotes_json_bytes": json.len(),
            "index_bytes": index_bytes,
            "statements_bytes": statements_bytes,
            "embedded_bytes": embedded.len(),
            "index_to_text": index_bytes as f64 / raw_text.max(1) as f64,
            "embedded_to_text": embedded.len() as f64 / raw_text.max(1) as f64,
            "native_ms": { "generate": gen_ms, "search_data": build_ms },
        });
        eprintln!("{n}: {stats}");
        write(
            &out.join(format!("stats-{n}.json")),
            (serde_json::to_string_pretty(&stats).map_err(|e| e.to_string())? + "\n").as_bytes(),
        )?;
    }
    Ok(())
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// Parses a corpus folder as `build.rs` does.
fn read_corpus(dir: &Path) -> Result<Vec<parallax_core::Article>, String> {
    let manifest = match std::fs::read_to_string(dir.join("corpus.toml")) {
        Ok(t) => Manifest::from_toml(&t).map_err(|e| format!("corpus.toml: {e}"))?,
        Err(_) => Manifest::default(),
    };
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("txt" | "html" | "htm" | "md" | "markdown")
            )
        })
        .collect();
    paths.sort();
    let mut files = Vec::new();
    for p in paths {
        let name = p
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        files.push((
            name,
            std::fs::read(&p).map_err(|e| format!("{}: {e}", p.display()))?,
        ));
    }
    Ok(parallax_core::build_corpus(&manifest, &files).articles)
}
