//! Direct quotations and their speakers.
//!
//! STUB: owned by the quotes work.

use crate::model::{Block, Entity, Quote, Span};

/// Finds the quotes of an article and attributes them.
pub fn extract(
    _text: &str,
    _blocks: &[Block],
    _sentences: &[Span],
    _people: &[Entity],
) -> Vec<Quote> {
    Vec::new()
}
