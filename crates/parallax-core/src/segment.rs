//! Blocks → sentences.
//!
//! Unicode sentence boundaries (UAX #29, `unicode-segmentation`) within each block, then one
//! repair: a boundary right after a title or an initial is not a sentence end, so `Ms. Chen
//! said.` and `Sen. J. Smith spoke.` stay whole. One pass, linear in the block.

use crate::model::{Block, Span};
use unicode_segmentation::UnicodeSegmentation;

/// Abbreviations that stand before a name and end with a full stop.
const TITLE_ABBREVIATIONS: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gov.", "Sen.", "Rep.", "Gen.", "Lt.", "Col.", "Adm.",
    "Sgt.", "Capt.", "Rev.", "St.", "Supt.", "Insp.", "Det.", "Hon.", "Messrs.",
];

/// True when `sentence` ends with a title abbreviation or a single capital initial ("J.").
fn ends_with_title(sentence: &str) -> bool {
    let last = sentence.split_whitespace().next_back().unwrap_or("");
    let last = last.trim_start_matches(['(', '“', '"', '‘', '\'']);
    if TITLE_ABBREVIATIONS.contains(&last) {
        return true;
    }
    let mut cs = last.chars();
    matches!((cs.next(), cs.next(), cs.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

/// Splits every block into sentences (spans into `text`).
pub fn sentences(text: &str, blocks: &[Block]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for b in blocks {
        let Some(block) = text.get(b.span.range()) else {
            continue;
        };
        let mut glue = false;
        for (i, s) in block.split_sentence_bound_indices() {
            let t = s.trim_end();
            if t.trim().is_empty() {
                continue;
            }
            let start = b.span.start as usize + i;
            let end = start + t.len();
            match out.last_mut() {
                Some(prev) if glue => prev.end = end as u32,
                _ => out.push(Span::new(start, end)),
            }
            glue = ends_with_title(t);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::BlockKind;

    fn split(text: &str) -> Vec<&str> {
        let blocks = [Block {
            kind: BlockKind::Paragraph,
            span: Span::new(0, text.len()),
        }];
        sentences(text, &blocks)
            .iter()
            .filter_map(|s| text.get(s.range()))
            .collect()
    }

    #[test]
    fn titles_and_initials_do_not_end_sentences() {
        let cases: [(&str, &[&str]); 4] = [
            (
                "“It is small,” Ms. Chen said. Then she left.",
                &["“It is small,” Ms. Chen said.", "Then she left."],
            ),
            (
                "Dr. Anjali Rao spoke. Mr. Brooks agreed.",
                &["Dr. Anjali Rao spoke.", "Mr. Brooks agreed."],
            ),
            ("Sen. J. Smith voted no.", &["Sen. J. Smith voted no."]),
            (
                "Prices rose 5%. Sales fell.",
                &["Prices rose 5%.", "Sales fell."],
            ),
        ];
        for (input, want) in cases {
            assert_eq!(split(input), want, "{input}");
        }
    }
}
