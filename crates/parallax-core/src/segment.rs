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
    "Sgt.", "Capt.", "Rev.", "St.", "Supt.", "Insp.", "Det.", "Hon.", "Messrs.", "Ir.", "Barr.",
    "Engr.", "Alh.",
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

/// Month abbreviations of the AP style ("Jan. 16", "Sept. 3"): before a day number they do not
/// end a sentence.
const MONTH_ABBREVIATIONS: &[&str] = &[
    "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
];

/// True when `sentence` ends with a month abbreviation (see [`MONTH_ABBREVIATIONS`]).
fn ends_with_month(sentence: &str) -> bool {
    let last = sentence.split_whitespace().next_back().unwrap_or("");
    MONTH_ABBREVIATIONS.contains(&last.trim_start_matches('('))
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

/// True when `sentence` ends with an initialism of two or more letters ("U.S.", "U.N."):
/// an even number of at least four characters, capitals at even places and full stops at odd
/// ones. Walked without collecting the characters (this runs once per sentence).
fn ends_with_initialism(sentence: &str) -> bool {
    let last = sentence.split_whitespace().next_back().unwrap_or("");
    let mut n = 0usize;
    for (k, c) in last.chars().enumerate() {
        let ok = if k % 2 == 0 {
            c.is_uppercase()
        } else {
            c == '.'
        };
        if !ok {
            return false;
        }
        n += 1;
    }
    n >= 4 && n.is_multiple_of(2)
}

/// True when `sentence` ends with a question or exclamation mark inside closing quotation
/// marks: `“Where are the roads?” she asked.` goes on when a lower-case word follows (UAX #29
/// breaks after `?` and `!` whatever follows).
fn ends_with_quoted_question(sentence: &str) -> bool {
    let t = sentence.trim_end_matches(['"', '”', '’', '\'', '»']);
    t.len() < sentence.len() && t.ends_with(['?', '!'])
}

/// True when the piece after a quoted question goes on with its attribution: it opens with a
/// lower-case word (`she asked`), or a speech verb is its second, third or fourth word
/// (`Odongo asked.`, `Mr Langat said on Thursday.`).
fn attribution_follows(piece: &str) -> bool {
    // `“OMG!!!” while her bandmate posted …`: a new clause is left to stand apart.
    let first = piece.split_whitespace().next().unwrap_or("");
    let clause = matches!(
        first,
        "while"
            | "and"
            | "but"
            | "as"
            | "when"
            | "because"
            | "or"
            | "so"
            | "though"
            | "although"
            | "whereas"
            | "before"
            | "after"
            | "until"
            | "if"
            | "then"
    );
    piece.starts_with(|c: char| c.is_lowercase()) && !clause
        || piece
            .split_whitespace()
            .skip(1)
            .take(3)
            .map(|w| w.trim_end_matches(['.', ',', ':', ';']))
            .any(crate::entities::lexicon::is_speech_cue)
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
    // One break buffer for the whole article rather than a `Vec` (and a `Vec` of pieces) per
    // block.
    let mut breaks: Vec<usize> = Vec::new();
    for b in blocks {
        let Some(block) = text.get(b.span.range()) else {
            continue;
        };
        let mut glue = false;
        let mut after_month = false;
        let mut after_initialism = false;
        let mut after_quoted_question = false;
        let mut piece = |i: usize, s: &str| {
            let t = s.trim_end();
            if t.trim().is_empty() {
                return;
            }
            let start = b.span.start as usize + i;
            let end = start + t.len();
            let join = glue
                || (after_quoted_question && attribution_follows(t))
                || (after_initialism && continues_initialism(t))
                || (after_month && t.starts_with(|c: char| c.is_ascii_digit()));
            match out.last_mut() {
                Some(prev) if join => prev.end = end as u32,
                _ => out.push(Span::new(start, end)),
            }
            glue = ends_with_title(t);
            after_month = ends_with_month(t);
            after_initialism = ends_with_initialism(t);
            after_quoted_question = ends_with_quoted_question(t);
        };
        if fast_breaks_into(block, &mut breaks) {
            for w in breaks.windows(2) {
                if let Some(s) = block.get(w[0]..w[1]) {
                    piece(w[0], s);
                }
            }
        } else {
            for (i, s) in block.split_sentence_bound_indices() {
                piece(i, s);
            }
        }
    }
    if out.iter().any(|s| s.len() > MAX_SENTENCE_BYTES) {
        out = out.into_iter().flat_map(|s| cut_long(text, s)).collect();
    }
    out
}

/// The UAX #29 sentence bounds of `block` as `(offset, piece)`, exactly as
/// `unicode-segmentation`'s `split_sentence_bound_indices` gives them: by [`fast_breaks_into`]
/// when the block holds only characters it knows (Latin-script text), else by the crate.
/// [`sentences`] does the same without collecting; this is the form the tests compare.
#[cfg(test)]
fn sentence_bounds(block: &str) -> Vec<(usize, &str)> {
    let mut breaks = Vec::new();
    if fast_breaks_into(block, &mut breaks) {
        breaks
            .windows(2)
            .filter_map(|w| Some((w[0], block.get(w[0]..w[1])?)))
            .collect()
    } else {
        block.split_sentence_bound_indices().collect()
    }
}

/// UAX #29 sentence classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SentenceCat {
    ATerm,
    Any,
    CR,
    Close,
    Extend,
    Format,
    LF,
    Lower,
    Numeric,
    OLetter,
    SContinue,
    STerm,
    Sep,
    Sp,
    Upper,
}

/// The sentence class of `c` (as in `unicode-segmentation`'s tables), `None` outside ASCII,
/// Latin-1, Latin Extended-A/B, general punctuation and currency signs.
fn sentence_cat(c: char) -> Option<SentenceCat> {
    use SentenceCat::*;
    Some(match c {
        '\t' | '\u{b}' | '\u{c}' | ' ' | '\u{a0}' => Sp,
        '\n' => LF,
        '\r' => CR,
        '!' | '?' => STerm,
        '"' | '\'' | '(' | ')' | '[' | ']' | '{' | '}' | '\u{ab}' | '\u{bb}' => Close,
        ',' | '-' | ':' | ';' => SContinue,
        '.' => ATerm,
        '0'..='9' => Numeric,
        'A'..='Z' => Upper,
        'a'..='z' | '\u{aa}' | '\u{b5}' | '\u{ba}' => Lower,
        '\u{85}' => Sep,
        '\u{ad}' => Format,
        '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{de}' => Upper,
        '\u{df}'..='\u{f6}' | '\u{f8}'..='\u{ff}' => Lower,
        '\0'..='\u{ff}' => Any,
        '\u{1bb}' | '\u{1c0}'..='\u{1c3}' => OLetter,
        '\u{1c5}' | '\u{1c8}' | '\u{1cb}' | '\u{1f2}' => Upper,
        '\u{100}'..='\u{24f}' if c.is_uppercase() => Upper,
        '\u{100}'..='\u{24f}' if c.is_lowercase() => Lower,
        '\u{2000}'..='\u{200a}' | '\u{202f}' => Sp,
        '\u{200b}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' => Format,
        '\u{200c}' | '\u{200d}' => Extend,
        '\u{2013}' | '\u{2014}' => SContinue,
        '\u{2018}'..='\u{201f}' | '\u{2039}' | '\u{203a}' => Close,
        '\u{2024}' => ATerm,
        '\u{2028}' | '\u{2029}' => Sep,
        '\u{203c}' | '\u{203d}' => STerm,
        '\u{2010}'..='\u{203f}' | '\u{20a0}'..='\u{20cf}' => Any,
        _ => return None,
    })
}

/// What the sentence-break state machine remembers of a character (or a run of them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Sot,
    Other,
    CR,
    LF,
    Sep,
    ATerm,
    UpperLower,
    ClosePlus,
    SpPlus,
    STerm,
}

/// The last four parts; runs of Close and of Sp collapse into one.
fn advance(parts: [Part; 4], cat: SentenceCat) -> [Part; 4] {
    match (parts[3], cat) {
        (Part::ClosePlus, SentenceCat::Close) | (Part::SpPlus, SentenceCat::Sp) => parts,
        _ => [
            parts[1],
            parts[2],
            parts[3],
            match cat {
                SentenceCat::CR => Part::CR,
                SentenceCat::LF => Part::LF,
                SentenceCat::Sep => Part::Sep,
                SentenceCat::ATerm => Part::ATerm,
                SentenceCat::Upper | SentenceCat::Lower => Part::UpperLower,
                SentenceCat::Close => Part::ClosePlus,
                SentenceCat::Sp => Part::SpPlus,
                SentenceCat::STerm => Part::STerm,
                _ => Part::Other,
            },
        ],
    }
}

/// SB8: `ATerm Close* Sp* × ( ¬(OLetter | Upper | Lower | ParaSep | SATerm) )* Lower`.
fn sb8(parts: &[Part; 4], ahead: &str) -> Option<bool> {
    let mut idx = if parts[3] == Part::SpPlus { 2 } else { 3 };
    if parts[idx] == Part::ClosePlus {
        idx -= 1;
    }
    if parts[idx] != Part::ATerm {
        return Some(false);
    }
    for c in ahead.chars() {
        use SentenceCat::*;
        match sentence_cat(c)? {
            Lower => return Some(true),
            OLetter | Upper | Sep | CR | LF | STerm | ATerm => return Some(false),
            _ => {}
        }
    }
    Some(false)
}

/// SB8a: `SATerm Close* Sp*` before.
fn sb8a(parts: &[Part; 4]) -> bool {
    let mut idx = if parts[3] == Part::SpPlus { 2 } else { 3 };
    if parts[idx] == Part::ClosePlus {
        idx -= 1;
    }
    matches!(parts[idx], Part::STerm | Part::ATerm)
}

/// SB9: `SATerm Close*` before.
fn sb9(parts: &[Part; 4]) -> bool {
    let idx = if parts[3] == Part::ClosePlus { 2 } else { 3 };
    matches!(parts[idx], Part::STerm | Part::ATerm)
}

/// SB11: `SATerm Close* Sp* ParaSep?` before.
fn sb11(parts: &[Part; 4]) -> bool {
    let mut idx = match parts[3] {
        Part::Sep | Part::CR | Part::LF => 2,
        _ => 3,
    };
    if parts[idx] == Part::SpPlus {
        idx -= 1;
    }
    if parts[idx] == Part::ClosePlus {
        idx -= 1;
    }
    matches!(parts[idx], Part::STerm | Part::ATerm)
}

/// An ASCII byte that can neither end a sentence nor separate paragraphs (anything but
/// `.` `!` `?` CR LF), and the part it leaves in the state.
const fn plain_ascii(b: u8) -> Option<Part> {
    match b {
        b'.' | b'!' | b'?' | b'\n' | b'\r' | 0x80.. => None,
        b'\t' | 0x0b | 0x0c | b' ' => Some(Part::SpPlus),
        b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => Some(Part::ClosePlus),
        b'A'..=b'Z' | b'a'..=b'z' => Some(Part::UpperLower),
        _ => Some(Part::Other),
    }
}

/// [`plain_ascii`] of every byte as a table, so the skip over a run of plain bytes in
/// [`fast_breaks_into`] is one load and compare per byte.
const PLAIN_ASCII: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = plain_ascii(b as u8).is_some();
        b += 1;
    }
    table
};

/// A state in which no rule can break or look back past the last part: no terminator or
/// separator among the parts remembered.
fn quiet(parts: &[Part; 4]) -> bool {
    !parts.iter().any(|p| {
        matches!(
            p,
            Part::Sot | Part::ATerm | Part::STerm | Part::Sep | Part::CR | Part::LF
        )
    })
}

/// Sentence break offsets of `s` into `out` (cleared first; the first is 0, the last
/// `s.len()`; none for ""), by the same state machine as `unicode-segmentation` 1.x with a
/// fast class lookup; `false` (and `out` unspecified) when `s` holds a character
/// [`sentence_cat`] does not know.
///
/// In a [`quiet`] state a run of plain ASCII bytes ([`plain_ascii`]) is skipped at once: no
/// break can fall inside it, and of the parts it leaves only the last can ever be read again
/// (by SB7, right after a full stop), so the state becomes that part after three `Other`s.
fn fast_breaks_into(s: &str, out: &mut Vec<usize>) -> bool {
    use SentenceCat as C;
    out.clear();
    let bytes = s.as_bytes();
    let mut state = [Part::Sot; 4];
    let mut i = 0;
    while i < bytes.len() {
        if PLAIN_ASCII[usize::from(bytes[i])] && quiet(&state) {
            let run = bytes[i..]
                .iter()
                .position(|&b| !PLAIN_ASCII[usize::from(b)])
                .unwrap_or(bytes.len() - i);
            i += run;
            let last = plain_ascii(bytes[i - 1]).unwrap_or(Part::Other);
            state = [Part::Other, Part::Other, Part::Other, last];
            continue;
        }
        let ahead = s.get(i..).unwrap_or("");
        let Some(c) = ahead.chars().next() else {
            return false;
        };
        let Some(cat) = sentence_cat(c) else {
            return false;
        };
        let before = state;
        state = advance(state, cat);
        let brk = if before[3] == Part::Sot {
            true // SB1
        } else if matches!(before[3], Part::Sep | Part::CR | Part::LF) {
            !(cat == C::LF && before[3] == Part::CR) // SB3, SB4
        } else if matches!(cat, C::Extend | C::Format) {
            state = before; // SB5
            false
        } else {
            // SB6–SB10 keep the sentence going; else SB11 ends it after a terminator.
            let keep = cat == C::Numeric && before[3] == Part::ATerm
                || cat == C::Upper && before[2] == Part::UpperLower && before[3] == Part::ATerm
                || match sb8(&before, ahead) {
                    Some(k) => k,
                    None => return false,
                }
                || matches!(cat, C::SContinue | C::STerm | C::ATerm) && sb8a(&before)
                || matches!(cat, C::Close | C::Sp | C::Sep | C::CR | C::LF) && sb9(&before)
                || matches!(cat, C::Sp | C::Sep | C::CR | C::LF) && sb8a(&before);
            !keep && sb11(&before)
        };
        if brk {
            out.push(i);
        }
        i += c.len_utf8();
    }
    if !s.is_empty() {
        out.push(s.len()); // SB2
    }
    true
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
    use proptest::prelude::*;

    fn reference(block: &str) -> Vec<(usize, &str)> {
        block.split_sentence_bound_indices().collect()
    }

    #[test]
    fn sentence_bounds_match_unicode_segmentation() {
        for text in [
            "",
            " ",
            "He moved to the U.S. Then he left.",
            "“It is small,” Ms. Chen said. Then she left!  Why? 3.5 etc. and more.",
            "He said (quietly.) Then: “no.” ‘Yes.’ — a. b. C. 1. 2",
            "Zelenskyy’s café. Łódź ǅemal. ƻx. \u{ad}A.\u{301} b",
            "Line\r\nNext.\rThird\u{85}fourth\u{2029}fifth\u{a0}sixth",
            "日本語。テキスト. שָׁלוֹם. ok",
        ] {
            assert_eq!(sentence_bounds(text), reference(text), "{text:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn random_sentence_bounds_match_unicode_segmentation(
            text in proptest::collection::vec(prop_oneof![
                Just("a"), Just("Z"), Just("é"), Just("Ł"), Just("ǅ"), Just("ƻ"), Just("7"),
                Just("."), Just("!"), Just("?"), Just(","), Just(":"), Just("-"), Just("—"),
                Just("’"), Just("“"), Just("”"), Just("("), Just(")"), Just("\""), Just("«"),
                Just(" "), Just("  "), Just("\t"), Just("\n"), Just("\r"), Just("\u{a0}"),
                Just("\u{85}"), Just("\u{2029}"), Just("\u{ad}"), Just("\u{200d}"),
                Just("\u{301}"), Just("\u{2024}"), Just("‼"), Just("日"), Just("。"),
                Just("€"), Just("…"), Just("U.S."), Just("Mr. "), Just("etc. "),
            ], 0..40).prop_map(|v| v.concat())
        ) {
            prop_assert_eq!(sentence_bounds(&text), reference(&text), "{:?}", text);
        }
    }

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
        let cases: [(&str, &[&str]); 8] = [
            (
                "They met on Jan. 16. Then they left.",
                &["They met on Jan. 16.", "Then they left."],
            ),
            (
                "He paid in Dec. Then he left.",
                &["He paid in Dec.", "Then he left."],
            ),
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

    #[test]
    fn a_quoted_question_before_its_attribution_is_one_sentence() {
        let text = "“Where are the roads?” she asked. Then she left. “Enough!” Odongo shouted. \"Why?\" He left.";
        let blocks = [Block {
            kind: crate::model::BlockKind::Paragraph,
            span: Span::new(0, text.len()),
        }];
        let got: Vec<&str> = sentences(text, &blocks)
            .iter()
            .map(|s| &text[s.range()])
            .collect();
        assert_eq!(
            got,
            [
                "“Where are the roads?” she asked.",
                "Then she left.",
                "“Enough!” Odongo shouted.",
                "\"Why?\"",
                "He left."
            ]
        );
    }
}
