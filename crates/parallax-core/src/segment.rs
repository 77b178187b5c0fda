//! Blocks → sentences.
//!
//! STUB: owned by the ingest work.

use crate::model::{Block, Span};
use unicode_segmentation::UnicodeSegmentation;

/// Splits every block into sentences (spans into `text`).
pub fn sentences(text: &str, blocks: &[Block]) -> Vec<Span> {
    let mut out = Vec::new();
    for b in blocks {
        let Some(block) = text.get(b.span.range()) else {
            continue;
        };
        for (i, s) in block.split_sentence_bound_indices() {
            let t = s.trim_end();
            if t.trim().is_empty() {
                continue;
            }
            let start = b.span.start as usize + i;
            out.push(Span::new(start, start + t.len()));
        }
    }
    out
}
