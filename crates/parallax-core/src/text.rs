//! Small text helpers shared by the stages: word counting and normalisation.

use unicode_segmentation::UnicodeSegmentation;

/// Number of words (Unicode word boundaries with at least one alphanumeric character).
///
/// The same count as `unicode_words().count()` (UAX #29), in one fast pass: ASCII whitespace
/// is always a word boundary, so the text is cut there and each piece is counted by the word
/// rules that Latin-script news text needs (letters, digits, `'` `’` `.` `:` `,` `;` `_`);
/// a piece holding any other character is counted by `unicode-segmentation` itself.
pub fn word_count(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut total = 0;
    // One pass over the bytes, cutting at ASCII whitespace. The commonest pieces are
    // "simple": printable ASCII without `_`, holding at most one run of letters and digits
    // ("Putin", "said,", "(2025)."). Letters and digits always join (WB5, WB8–WB10), so the run
    // is one word; the punctuation around it joins nothing without a second run or `_`
    // (WB13a/b), and makes no word of its own. So while a piece is still simple its runs are
    // counted on the way and it is read once; a piece that stops being simple, or has two
    // runs, is counted again at its end by [`fast_word_count`] (or `unicode-segmentation`).
    //
    // The walk goes piece by piece, and inside a piece run by run: a run of letters and
    // digits is passed over in a tight loop that only looks the bytes up, and the other bytes
    // (punctuation, non-ASCII) one at a time.
    let class = |i: usize| bytes.get(i).map(|&b| PIECE_CLASSES[usize::from(b)]);
    let mut i = 0;
    loop {
        while class(i) == Some(PIECE_SPACE) {
            i += 1;
        }
        if i >= bytes.len() {
            break;
        }
        let start = i;
        let (mut runs, mut simple) = (0usize, true);
        loop {
            match class(i) {
                None | Some(PIECE_SPACE) => break,
                Some(PIECE_ALNUM) => {
                    runs += 1;
                    i += 1;
                    while class(i) == Some(PIECE_ALNUM) {
                        i += 1;
                    }
                }
                Some(c) => {
                    simple &= c != PIECE_COMPLEX;
                    i += 1;
                }
            }
        }
        total += piece_word_count(text, start, i, simple, runs);
    }
    total
}

/// [`PIECE_CLASSES`]: ASCII whitespace (`u8::is_ascii_whitespace`), which cuts pieces.
const PIECE_SPACE: u8 = 0;
/// [`PIECE_CLASSES`]: an ASCII letter or digit.
const PIECE_ALNUM: u8 = 1;
/// [`PIECE_CLASSES`]: other printable ASCII but `_`.
const PIECE_PUNCT: u8 = 2;
/// [`PIECE_CLASSES`]: anything else (controls, `_`, DEL, bytes of non-ASCII characters): the
/// piece is not simple.
const PIECE_COMPLEX: u8 = 3;

/// What [`word_count`] needs to know of each byte.
const PIECE_CLASSES: [u8; 256] = {
    let mut table = [PIECE_COMPLEX; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_whitespace() {
            PIECE_SPACE
        } else if byte.is_ascii_alphanumeric() {
            PIECE_ALNUM
        } else if byte >= 0x20 && byte < 0x7f && byte != b'_' {
            PIECE_PUNCT
        } else {
            PIECE_COMPLEX
        };
        b += 1;
    }
    table
};

/// Words in the piece `text[start..end]` (no ASCII whitespace), given whether it is all
/// printable ASCII without `_` and, if so, its runs of letters and digits.
#[inline(always)]
fn piece_word_count(text: &str, start: usize, end: usize, simple: bool, runs: usize) -> usize {
    if simple && runs <= 1 {
        runs
    } else {
        complex_piece_word_count(text, start, end)
    }
}

/// [`piece_word_count`] for a piece that is not simple.
#[inline(never)]
fn complex_piece_word_count(text: &str, start: usize, end: usize) -> usize {
    // Cut at ASCII bytes only, so both ends are character boundaries.
    let Some(piece) = text.get(start..end) else {
        return 0;
    };
    fast_word_count(piece).unwrap_or_else(|| piece.unicode_words().count())
}

/// UAX #29 word classes, for the characters [`fast_word_count`] knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WordClass {
    Letter,
    Numeric,
    MidLetter,
    MidNum,
    /// MidNumLet and Single_Quote (the same outside Hebrew).
    MidNumLet,
    ExtendNumLet,
    Other,
}

/// The word class of `c`, `None` for characters left to `unicode-segmentation` (other
/// scripts, combining marks, format characters, line separators, Unicode spaces).
const fn word_class(c: char) -> Option<WordClass> {
    use WordClass::*;
    Some(match c {
        'a'..='z' | 'A'..='Z' => Letter,
        '0'..='9' => Numeric,
        ':' => MidLetter,
        ',' | ';' => MidNum,
        '.' | '\'' => MidNumLet,
        '_' => ExtendNumLet,
        '\u{b}' | '\u{85}' | '\u{ad}' => return None,
        '\0'..='\u{7f}' => Other,
        '\u{aa}' | '\u{b5}' | '\u{b8}' | '\u{ba}' => Letter,
        '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{f6}' | '\u{f8}'..='\u{24f}' => Letter,
        '\u{b7}' | '\u{2027}' => MidLetter,
        '\u{2018}' | '\u{2019}' | '\u{2024}' => MidNumLet,
        '\u{80}'..='\u{ff}' | '\u{2010}'..='\u{2026}' | '\u{2030}'..='\u{203e}' => Other,
        '\u{20a0}'..='\u{20cf}' => Other,
        _ => return None,
    })
}

/// [`word_class`] of every ASCII character.
const ASCII_CLASSES: [Option<WordClass>; 128] = {
    let mut table = [None; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = word_class(b as u8 as char);
        b += 1;
    }
    table
};

/// The word class of the character at byte `i` of `piece`, whether it is alphanumeric, and
/// its length in bytes.
#[inline(always)]
fn class_at(piece: &str, i: usize) -> Option<(Option<WordClass>, bool, usize)> {
    let b = *piece.as_bytes().get(i)?;
    if let Some(&class) = ASCII_CLASSES.get(usize::from(b)) {
        return Some((class, b.is_ascii_alphanumeric(), 1));
    }
    let c = piece.get(i..)?.chars().next()?;
    Some((word_class(c), c.is_alphanumeric(), c.len_utf8()))
}

/// Words in `piece` (no ASCII whitespace) by UAX #29 rules WB5–WB13b, or `None` when it holds
/// a character [`word_class`] does not know.
fn fast_word_count(piece: &str) -> Option<usize> {
    use WordClass::*;
    let mut count = 0;
    let mut i = 0;
    // Class of the previous character while inside a word, and whether that word has a letter
    // or digit yet.
    let mut word: Option<(WordClass, bool)> = None;
    while let Some((class, alnum, len)) = class_at(piece, i) {
        let class = class?;
        i += len;
        match (word, class) {
            // WB5, WB8, WB9, WB10, WB13a, WB13b: letters, digits and connectors join.
            (Some((_, has)), Letter | Numeric | ExtendNumLet) => word = Some((class, has || alnum)),
            // WB6/WB7: a letter, a mid-letter mark, a letter. WB11/WB12: the same for digits.
            (Some((prev @ (Letter | Numeric), has)), MidLetter | MidNum | MidNumLet) => {
                let next = class_at(piece, i).and_then(|(c, _, _)| c);
                let joins = match (prev, class) {
                    (Letter, MidLetter | MidNumLet) => next == Some(Letter),
                    (Numeric, MidNum | MidNumLet) => next == Some(Numeric),
                    _ => false,
                };
                if joins {
                    word = Some((prev, has));
                } else {
                    count += usize::from(has);
                    word = None;
                }
            }
            (None, Letter | Numeric | ExtendNumLet) => word = Some((class, alnum)),
            (Some((_, has)), _) => {
                count += usize::from(has);
                word = None;
                count += usize::from(alnum);
            }
            (None, _) => count += usize::from(alnum),
        }
    }
    if let Some((_, has)) = word {
        count += usize::from(has);
    }
    Some(count)
}

/// A quick, non-keyed hash (the Fx multiply-rotate) for the built-in word tables: their keys
/// are fixed, so the std SipHash's protection against chosen keys buys nothing there, and
/// looking words up is a hot path.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct FastHash;

/// The hasher of [`FastHash`].
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct FastHasher(u64);

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl std::hash::Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl std::hash::BuildHasher for FastHash {
    type Hasher = FastHasher;
    fn build_hasher(&self) -> FastHasher {
        FastHasher::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn reference(text: &str) -> usize {
        text.unicode_words().count()
    }

    #[test]
    fn counts_like_unicode_words() {
        for text in [
            "",
            "Trump met Putin.",
            "U.S. President Donald Trump's 3.5% tariff, 1,000 drones; e-mail a:b",
            "“We made headway,” Trump said — nearly £2,000.",
            "can’t won't ‘quoted’ _under_score__ __ 3.a a.3 a..b 1,,2 a’ ’a",
            "Zelenskyy’s café naïve Łódź ǅemal ƻ ¹²³ ½",
            "日本語 テキスト שָׁלוֹם e\u{301}te \u{301}x a\u{200d}b 🇺🇸🇷🇺",
            "a\r\nb\tc\u{b}d\u{c}e\u{85}f\u{a0}g\u{2003}h",
            "(2025). \"Putin,\" x!? -- $5 #a @b [c] {d} a/b a-b 3% ~ ` ^ | < > = + * & %",
        ] {
            assert_eq!(word_count(text), reference(text), "{text:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn random_text_counts_like_unicode_words(
            text in proptest::collection::vec(prop_oneof![
                Just("a"), Just("Z"), Just("é"), Just("ǅ"), Just("ß"), Just("7"), Just("²"),
                Just("."), Just(","), Just(";"), Just(":"), Just("'"), Just("’"), Just("‘"),
                Just("_"), Just("-"), Just("“"), Just("—"), Just("·"), Just("…"), Just("€"),
                Just(" "), Just("\t"), Just("\n"), Just("\r"), Just("\u{a0}"), Just("\u{2009}"),
                Just("\u{301}"), Just("\u{200d}"), Just("\u{ad}"), Just("日"), Just("テ"),
                Just("ש"), Just("🇺"), Just("😀"), Just("\u{b}"), Just("\u{85}"), Just("\""),
            ], 0..40).prop_map(|v| v.concat())
        ) {
            prop_assert_eq!(word_count(&text), reference(&text), "{:?}", text);
        }
    }
}
