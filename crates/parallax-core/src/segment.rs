//! Blocks → sentences.
//!
//! Unicode sentence boundaries (UAX #29, `unicode-segmentation`) within each block, then one
//! repair: a boundary right after a title or an initial is not a sentence end, so `Ms. Chen
//! said.` and `Sen. J. Smith spoke.` stay whole. One pass, linear in the block.
//!
//! A "sentence" longer than [`MAX_SENTENCE_BYTES`] (a table or list flattened into one line, a
//! page with no full stops) is cut into pieces of at most that size, at a space when there is
//! one. Later stages work per sentence (a date's label reads its clause, every event keeps its
//! sentence's text), so without a bound one long sentence with many dates or quotes costs work
//! quadratic in its length; with it, the whole pipeline stays linear.

use crate::model::{Block, Span};
use unicode_segmentation::UnicodeSegmentation;

/// Abbreviations that stand before a name and end with a full stop.
const TITLE_ABBREVIATIONS: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gov.", "Sen.", "Rep.", "Gen.", "Lt.", "Col.", "Adm.",
    "Sgt.", "Capt.", "Rev.", "St.", "Supt.", "Insp.", "Det.", "Hon.", "Messrs.",
];

/// The longest sentence, in bytes; longer ones are cut (see the module docs). Real sentences
/// are well under 1,000 bytes.
pub const MAX_SENTENCE_BYTES: usize = 2048;

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

/// Words that follow a country's initialism inside a sentence ("U.S. President", "U.K.
/// officials"): after "U.S." they continue the sentence rather than start one.
const AFTER_INITIALISM: &[&str] = &[
    "President",
    "Vice",
    "Secretary",
    "Ambassador",
    "Senator",
    "Sen.",
    "Rep.",
    "Representative",
    "Envoy",
    "Special",
    "Defense",
    "Defence",
    "State",
    "Treasury",
    "Trade",
    "Attorney",
    "Army",
    "Navy",
    "Air",
    "Marine",
    "Coast",
    "Department",
    "Supreme",
    "House",
    "Senate",
    "Congress",
    "National",
    "Central",
    "Embassy",
    "Security",
    "Commander",
    "General",
    "Foreign",
    "Prime",
    "Minister",
    "Chancellor",
    "Government",
    "Administration",
    "Forces",
    "Federal",
    "Justice",
];

/// True when `sentence` ends with an initialism of two or more letters ("U.S.", "U.N.").
fn ends_with_initialism(sentence: &str) -> bool {
    let last = sentence.split_whitespace().next_back().unwrap_or("");
    let letters: Vec<char> = last.chars().collect();
    letters.len() >= 4
        && letters
            .chunks(2)
            .all(|p| matches!(p, [c, '.'] if c.is_uppercase()))
}

/// True when `segment` opens with a word that continues an initialism ("President …").
fn continues_initialism(segment: &str) -> bool {
    let first = segment.split_whitespace().next().unwrap_or("");
    let first = first.trim_end_matches([',', ';', ':', '’', '\'']);
    AFTER_INITIALISM.contains(&first)
}

/// Splits every block into sentences (spans into `text`).
pub fn sentences(text: &str, blocks: &[Block]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for b in blocks {
        let Some(block) = text.get(b.span.range()) else {
            continue;
        };
        let mut glue = false;
        let mut after_initialism = false;
        for (i, s) in block.split_sentence_bound_indices() {
            let t = s.trim_end();
            if t.trim().is_empty() {
                continue;
            }
            let start = b.span.start as usize + i;
            let end = start + t.len();
            let join = glue || (after_initialism && continues_initialism(t));
            match out.last_mut() {
                Some(prev) if join => prev.end = end as u32,
                _ => out.push(Span::new(start, end)),
            }
            glue = ends_with_title(t);
            after_initialism = ends_with_initialism(t);
        }
    }
    if out.iter().any(|s| s.len() > MAX_SENTENCE_BYTES) {
        out = out.into_iter().flat_map(|s| cut_long(text, s)).collect();
    }
    out
}

/// `s` as pieces of at most [`MAX_SENTENCE_BYTES`], each cut after the last space that fits
/// (else at a character boundary), leading spaces of a piece skipped. Linear in the span.
fn cut_long(text: &str, s: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let (mut pos, end) = (s.start as usize, s.end as usize);
    while end - pos > MAX_SENTENCE_BYTES {
        let mut limit = pos + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = text.get(pos..limit).unwrap_or("");
        let cut = match window.rfind(char::is_whitespace) {
            Some(i) if i > 0 => pos + i,
            _ => limit,
        };
        out.push(Span::new(pos, cut));
        pos = cut;
        let rest = text.get(pos..end).unwrap_or("");
        pos += rest.len() - rest.trim_start().len();
    }
    if pos < end {
        out.push(Span::new(pos, end));
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
        let cases: [(&str, &[&str]); 6] = [
            (
                "A summit between U.S. President Donald Trump and Putin ended.",
                &["A summit between U.S. President Donald Trump and Putin ended."],
            ),
            (
                "He moved to the U.S. Then he left.",
                &["He moved to the U.S.", "Then he left."],
            ),
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

    #[test]
    fn overlong_sentences_are_cut_at_spaces_within_the_bound() {
        let words = "Trump met Putin on 16 August 2025 ".repeat(500);
        let unbroken = "é".repeat(3000);
        for input in [words.trim_end(), unbroken.as_str()] {
            let pieces = split(input);
            assert!(pieces.len() > 1, "cut");
            assert!(
                pieces
                    .iter()
                    .all(|p| p.len() <= MAX_SENTENCE_BYTES && !p.is_empty())
            );
            // Nothing lost but the spaces at the cuts.
            let joined: String = pieces.concat();
            let squeezed: String = input.chars().filter(|c| !c.is_whitespace()).collect();
            assert_eq!(joined.replace(' ', ""), squeezed);
        }
        // With spaces, every cut is at one: a piece is followed by a space (or the end).
        let first = split(&words)[0];
        assert!(words[first.len()..].starts_with(' '), "cut at a space");
    }
}
