//! `search-time DATA_DIR N`: native timings of the bench query set (`DATA_DIR/queries.json`)
//! over `parallax-N.bin` (each run cold: no reuse of the previous query's words), slowest first — a profiling aid beside the browser benchmark.

use std::time::Instant;

use parallax_core::search::{Query, SearchData};
use search_wasm::{BenchQuote, articles_of};

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, n] = args.as_slice() else {
        return Err("usage: search-time DATA_DIR N".into());
    };
    let bytes = std::fs::read(format!("{dir}/parallax-{n}.bin")).map_err(|e| e.to_string())?;
    let quotes: Vec<BenchQuote> = serde_json::from_str(
        &std::fs::read_to_string(format!("{dir}/quotes-{n}.json")).map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())?;
    let articles = articles_of(&quotes);
    let t = Instant::now();
    let data: SearchData = postcard::from_bytes(&bytes).map_err(|e| e.to_string())?;
    eprintln!("load {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let queries: Vec<serde_json::Value> = serde_json::from_str(
        &std::fs::read_to_string(format!("{dir}/queries.json")).map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())?;
    let mut rows = Vec::new();
    for q in &queries {
        let q = q["q"].as_str().unwrap_or_default();
        let query = Query::parse(q);
        let mut best = f64::MAX;
        let mut hits = 0;
        for _ in 0..3 {
            data.index.forget_recent();
            let t = Instant::now();
            hits = data.search(&articles, &query).total;
            best = best.min(t.elapsed().as_secs_f64() * 1e3);
        }
        rows.push((best, q.to_string(), hits));
    }
    rows.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (ms, q, hits) in rows.iter().take(25) {
        println!("{ms:8.3} ms {hits:7} hits  {q}");
    }
    Ok(())
}
