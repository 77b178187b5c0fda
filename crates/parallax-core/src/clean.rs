//! Lines → clean blocks: boilerplate removed, collapsed bullets split, tables recognised.
//!
//! STUB: owned by the ingest work.

use crate::html::Line;
use crate::model::{Block, BlockKind, Span};

/// The clean text of an article and how it maps back to the input.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cleaned {
    /// Blocks joined by `\n`.
    pub text: String,
    /// The blocks, in order.
    pub blocks: Vec<Block>,
    /// `(clean offset, original offset)` checkpoints; see [`crate::Article::offset_map`].
    pub offset_map: Vec<(u32, u32)>,
    /// Notes about the input.
    pub warnings: Vec<String>,
}

/// Cleans lines into blocks.
pub fn clean(lines: &[Line]) -> Cleaned {
    let mut c = Cleaned::default();
    for line in lines {
        let t = line.text.trim();
        if t.is_empty() {
            continue;
        }
        if !c.text.is_empty() {
            c.text.push('\n');
        }
        let lead = line.text.len() - line.text.trim_start().len();
        let start = c.text.len();
        c.offset_map
            .push((start as u32, (line.offset + lead) as u32));
        c.text.push_str(t);
        let kind = if c.blocks.is_empty() {
            BlockKind::Headline
        } else {
            BlockKind::Paragraph
        };
        c.blocks.push(Block {
            kind,
            span: Span::new(start, c.text.len()),
        });
    }
    c
}
