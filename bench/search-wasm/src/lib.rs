//! Parallax's quote search as the bench page loads it: a wasm module (built with
//! `cargo build --release --target wasm32-unknown-unknown -p search-wasm` and
//! `wasm-bindgen --target web`) holding the statements and their [`Index`](parallax_core::search::Index).
//!
//! [`Engine::new`] reads the corpus from the same quotes JSON the JavaScript engines index (the
//! app has its corpus decoded already); [`Engine::load`] decodes the embedded [`SearchData`]
//! (postcard, as the app embeds it); [`Engine::build`] makes it from the corpus instead.
//! [`Engine::search`] runs the whole query path the view runs: [`Query::parse`],
//! [`SearchData::search`] (ranking, facets, highlights) — and returns the number of matches.
//! [`heap_bytes`] is the live heap, counted by the global allocator.

use parallax_core::model::{Article, Quote, QuoteKind, Span};
use parallax_core::search::{Query, SearchData};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

mod counting {
    //! A global allocator that counts live bytes (the system allocator underneath).
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::sync::atomic::{AtomicUsize, Ordering};

    pub static LIVE: AtomicUsize = AtomicUsize::new(0);

    /// Counts, then delegates.
    pub struct Counting;

    // SAFETY: every call is forwarded unchanged to `System`; only a counter is updated.
    #[allow(unsafe_code)]
    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            LIVE.fetch_add(layout.size(), Ordering::Relaxed);
            // SAFETY: same contract as the caller's.
            unsafe { System.alloc(layout) }
        }
        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
            // SAFETY: same contract as the caller's.
            unsafe { System.dealloc(ptr, layout) }
        }
        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new: usize) -> *mut u8 {
            LIVE.fetch_add(new, Ordering::Relaxed);
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
            // SAFETY: same contract as the caller's.
            unsafe { System.realloc(ptr, layout, new) }
        }
    }

    #[global_allocator]
    static GLOBAL: Counting = Counting;
}

/// Bytes currently allocated on the Rust heap.
#[wasm_bindgen]
pub fn heap_bytes() -> usize {
    counting::LIVE.load(std::sync::atomic::Ordering::Relaxed)
}

/// One benchmark quote, as written to `quotes-N.json` for every engine.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BenchQuote {
    /// Position in the file (the JavaScript engines' document id).
    pub id: u32,
    /// Index of the article carrying it.
    pub article: u32,
    /// The quote's words.
    pub text: String,
    /// Speaker, when known.
    pub speaker: Option<String>,
    /// Outlet of the article.
    pub outlet: String,
}

/// The quotes of `articles`, flattened.
pub fn bench_quotes(articles: &[Article]) -> Vec<BenchQuote> {
    let mut out = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        for q in &a.quotes {
            out.push(BenchQuote {
                id: out.len() as u32,
                article: ai as u32,
                text: q.text.clone(),
                speaker: q.speaker.clone(),
                outlet: a.outlet.clone().unwrap_or_default(),
            });
        }
    }
    out
}

/// Articles (quotes, speaker, outlet only) back from flattened quotes.
pub fn articles_of(quotes: &[BenchQuote]) -> Vec<Article> {
    let mut out: Vec<Article> = Vec::new();
    for q in quotes {
        let ai = q.article as usize;
        while out.len() <= ai {
            out.push(Article::default());
        }
        let a = &mut out[ai];
        a.outlet = Some(q.outlet.clone());
        a.label.clone_from(&q.outlet);
        a.quotes.push(Quote {
            text: q.text.clone(),
            speaker: q.speaker.clone(),
            kind: if q.text.split_whitespace().count() >= 4 {
                QuoteKind::Full
            } else {
                QuoteKind::Fragment
            },
            span: Span::default(),
            parts: Vec::new(),
            sentence: Span::default(),
            attribution: None,
            cue: None,
        });
    }
    out
}

/// The embedded form: [`SearchData`] (statements as references into the corpus, and their
/// index), postcard.
pub fn encode(data: &SearchData) -> Vec<u8> {
    postcard::to_allocvec(data).unwrap_or_default()
}

/// The corpus, and the search data over it.
#[wasm_bindgen]
pub struct Engine {
    articles: Vec<Article>,
    data: SearchData,
}

#[wasm_bindgen]
impl Engine {
    /// The corpus of a `quotes-N.json` (which the app has decoded anyway), not yet searchable.
    pub fn new(quotes_json: &str) -> Result<Engine, JsError> {
        let quotes: Vec<BenchQuote> = serde_json::from_str(quotes_json)
            .map_err(|e| JsError::new(&format!("reading quotes: {e}")))?;
        Ok(Engine {
            articles: articles_of(&quotes),
            data: SearchData::default(),
        })
    }

    /// Decodes the embedded form written by `search-data`.
    pub fn load(&mut self, bytes: &[u8]) -> Result<(), JsError> {
        self.data = postcard::from_bytes(bytes)
            .map_err(|e| JsError::new(&format!("decoding the search data: {e}")))?;
        Ok(())
    }

    /// Builds the search data from the corpus: groups the quotes into statements and indexes
    /// them.
    pub fn build(&mut self) {
        self.data = SearchData::build(&self.articles);
    }

    /// Runs a query as the view does; returns the number of hits.
    pub fn search(&self, query: &str) -> usize {
        self.data.search(&self.articles, &Query::parse(query)).total
    }

    /// Runs a query with nothing reused from the previous one (every word's dictionary walk
    /// done afresh); returns the number of hits.
    pub fn search_cold(&self, query: &str) -> usize {
        self.data.index.forget_recent();
        self.search(query)
    }

    /// Number of statements.
    pub fn statements(&self) -> usize {
        self.data.len()
    }
}
