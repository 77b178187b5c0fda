//! Short labels for dated events: a few words naming what happened, taken from the clause that
//! holds the date expression.
//!
//! The clause is the stretch between punctuation breaks (`,` `;` `:` dashes, quote marks,
//! parentheses) around the expression. The expression itself and the words that only tie it to
//! the clause ("in", "since", "on", "of", "the", "earlier this year") are dropped; a leading
//! conjunction or relative word goes too; a year used as a modifier stays as context ("their
//! 2018 Helsinki talks" → "Helsinki talks"). At most [`MAX_WORDS`] words; when the clause around
//! the date is empty, the words before it in the sentence are used.

/// Longest label, in words.
pub const MAX_WORDS: usize = 10;

const BREAKS: &[char] = &[
    ',', ';', ':', '—', '–', '(', ')', '“', '”', '"', '.', '?', '!',
];

/// Words that open a subordinate clause: the label starts after the last one before the date.
const BOUNDARY_WORDS: &[&str] = &[
    "since",
    "after",
    "before",
    "that",
    "which",
    "when",
    "following",
    "until",
    "while",
    "because",
    "where",
];

/// Words that only tie the date to its clause, dropped at the label's edges.
const EDGE_WORDS: &[&str] = &[
    "in", "on", "at", "since", "until", "till", "by", "from", "of", "the", "a", "an", "and", "but",
    "or", "that", "which", "who", "when", "as", "after", "before", "during", "for", "to", "this",
    "last", "next", "its", "their", "his", "her", "early", "late", "mid", "earlier", "later",
    "back", "was", "were", "is", "are", "had", "has", "have", "been", "be", "it", "there", "then",
    "also", "first",
];

/// How far a clause may reach on either side of the date, in bytes: labels are a few words,
/// and the bound keeps a sentence with thousands of dates linear.
const REACH: usize = 240;

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn clause_bounds(sent: &str, start: usize, end: usize) -> (usize, usize) {
    let lo = floor_boundary(sent, start.saturating_sub(REACH));
    let hi = floor_boundary(sent, (end + REACH).min(sent.len()));
    let (left, right) = clause_bounds_in(sent, lo, hi, start, end);
    (left.max(lo), right.min(hi))
}

fn clause_bounds_in(sent: &str, lo: usize, hi: usize, start: usize, end: usize) -> (usize, usize) {
    let left = sent
        .get(lo..start)
        .and_then(last_break)
        .map(|(i, c)| lo + i + c.len_utf8())
        .unwrap_or(lo);
    let right = sent
        .get(end..hi)
        .and_then(first_break)
        .map(|(i, _)| end + i)
        .unwrap_or(hi);
    (left, right)
}

/// Bytes that can start one of the [`BREAKS`] characters: the ASCII ones themselves, and the
/// lead byte of each other one (all are three-byte characters, below U+10000).
const MAY_BREAK: [bool; 256] = {
    let mut table = [false; 256];
    let mut k = 0;
    while k < BREAKS.len() {
        let c = BREAKS[k] as u32;
        let lead = if c < 0x80 {
            c
        } else {
            assert!(
                c >= 0x800 && c < 0x10000,
                "BREAKS holds a non-three-byte character"
            );
            0xe0 | (c >> 12)
        };
        table[lead as usize] = true;
        k += 1;
    }
    table
};

/// The character at byte `i` of `s`, which must be a character boundary.
fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|r| r.chars().next())
}

/// The last character of `s` that [`is_break`], with its byte offset: what
/// `s.char_indices().rev().find(|&(i, c)| is_break(s, i, c))` finds. [`is_break`] is false for
/// every character outside [`BREAKS`], and each of those starts with a byte in [`MAY_BREAK`],
/// so only the characters at such bytes are decoded and tried. Each such byte is ASCII or a
/// lead byte, so a character boundary.
fn last_break(s: &str) -> Option<(usize, char)> {
    let bytes = s.as_bytes();
    let mut end = bytes.len();
    while let Some(i) = bytes
        .get(..end)?
        .iter()
        .rposition(|&b| MAY_BREAK[usize::from(b)])
    {
        if let Some(c) = char_at(s, i)
            && is_break(s, i, c)
        {
            return Some((i, c));
        }
        end = i;
    }
    None
}

/// The first character of `s` that [`is_break`], with its byte offset (as [`last_break`],
/// from the front): what `s.char_indices().find(|&(i, c)| is_break(s, i, c))` finds.
fn first_break(s: &str) -> Option<(usize, char)> {
    let bytes = s.as_bytes();
    let mut from = 0;
    while let Some(offset) = bytes
        .get(from..)?
        .iter()
        .position(|&b| MAY_BREAK[usize::from(b)])
    {
        let i = from + offset;
        if let Some(c) = char_at(s, i)
            && is_break(s, i, c)
        {
            return Some((i, c));
        }
        from = i + 1;
    }
    None
}

/// Whether `c` at byte `i` of `s` ends a clause. Not a break: the full stop of an abbreviation
/// ("Mr.", "Dr.", "U.S."), and an en dash joining two words with no space ("Trump–Zelenskyy
/// meeting").
fn is_break(s: &str, i: usize, c: char) -> bool {
    if !BREAKS.contains(&c) {
        return false;
    }
    let before = &s[..i];
    let after = &s[i + c.len_utf8()..];
    match c {
        // Inside an initialism ("U.S.") a full stop is followed by a letter, not a space.
        '.' if after.chars().next().is_some_and(char::is_alphanumeric) => false,
        '.' => {
            // The letters and stops just before, borrowed rather than collected.
            let word_char = |ch: char| ch.is_alphabetic() || ch == '.';
            let word = before
                .get(before.trim_end_matches(word_char).len()..)
                .unwrap_or("");
            let abbreviation = {
                let w = word.trim_matches('.');
                (w.chars().count() <= 3 && w.chars().next().is_some_and(char::is_uppercase))
                    || word.contains('.')
            };
            !(abbreviation && after.starts_with(' '))
        }
        '–' => {
            let joined = before
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
                && after.chars().next().is_some_and(char::is_alphanumeric);
            !joined
        }
        // A thousands separator ("4,000 people") or a clock's colon ("9:58pm") is not a clause
        // break.
        ',' | ':' => {
            !(before.ends_with(|ch: char| ch.is_ascii_digit())
                && after.starts_with(|ch: char| ch.is_ascii_digit()))
        }
        _ => true,
    }
}

fn words(s: &str) -> Vec<&str> {
    s.split_whitespace()
        .map(|w| {
            let edge =
                |c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-' && c != '%';
            let core = w.trim_matches(edge);
            // Titles keep their full stop ("Mr.", "Dr."). The stop is tested first: most words
            // have none, and counting characters reads the whole word.
            let title = w.ends_with('.')
                && core.chars().next().is_some_and(char::is_uppercase)
                && core.chars().count() <= 3;
            if title {
                // Where `core` starts in `w`: after the edge characters trimmed off the front.
                // (The first occurrence of `core`, `w.find(core)`, is there too: it cannot
                // start inside that run, whose characters all differ from core's first.)
                let at = w.len() - w.trim_start_matches(edge).len();
                &w[at..=at + core.len()]
            } else {
                core
            }
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether `word.to_lowercase()` is one of the lower-case ASCII `words`. An ASCII word is
/// compared without lower-casing it (no allocation per word); any other word is lower-cased,
/// as some non-ASCII letters (the Kelvin sign) lower-case into ASCII.
fn lower_in(word: &str, words: &[&str]) -> bool {
    if word.is_ascii() {
        words.iter().any(|w| word.eq_ignore_ascii_case(w))
    } else {
        words.contains(&word.to_lowercase().as_str())
    }
}

/// [`lower_in`]`(word, EDGE_WORDS)`, by one hash lookup instead of fifty comparisons: an ASCII
/// word is lower-cased on the stack (the same as `eq_ignore_ascii_case` against lower-case
/// words); any other word goes to [`lower_in`].
fn is_edge_word(word: &str) -> bool {
    // Keyed by bytes, so the lower-cased stack copy below needs no UTF-8 check.
    type Set = std::collections::HashSet<&'static [u8], crate::text::FastHash>;
    static SET: std::sync::OnceLock<Set> = std::sync::OnceLock::new();
    let set = SET.get_or_init(|| EDGE_WORDS.iter().map(|w| w.as_bytes()).collect());
    let mut buf = [0u8; 16];
    match buf.get_mut(..word.len()) {
        Some(lower) if word.is_ascii() => {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            set.contains(&*lower)
        }
        // Longer than every edge word.
        None if word.is_ascii() => false,
        _ => lower_in(word, EDGE_WORDS),
    }
}

fn trim_edges(mut w: Vec<&str>) -> Vec<&str> {
    let edge = |x: &&str| is_edge_word(x);
    while w.first().is_some_and(edge) {
        w.remove(0);
    }
    while w.last().is_some_and(edge) {
        w.pop();
    }
    w
}

/// A short label for the event whose date expression is `sent[start..end]`.
pub fn label(sent: &str, start: usize, end: usize) -> String {
    let (left, right) = clause_bounds(sent, start, end);
    let before = words(sent.get(left..start).unwrap_or(""));
    let after = words(sent.get(end..right).unwrap_or(""));
    let is_boundary = |w: &&str| lower_in(w, BOUNDARY_WORDS);
    // 1. What the subordinate clause holding the date says ("since Russia’s invasion in 2022").
    let tail = match before.iter().rposition(is_boundary) {
        Some(i) => before.get(i + 1..).unwrap_or(&[]).to_vec(),
        None => before.clone(),
    };
    let mut w = trim_edges(tail);
    // 0. A date used as a modifier names the event after it ("their 2018 Helsinki talks").
    let determiner = before.last().is_some_and(|l| {
        let l = l.to_lowercase();
        matches!(
            l.as_str(),
            "the" | "their" | "his" | "her" | "its" | "our" | "a" | "an" | "this"
        ) || l.ends_with("'s")
            || l.ends_with("’s")
    });
    if determiner && !after.is_empty() {
        let modified: Vec<&str> = after
            .iter()
            .copied()
            .take_while(|x| !is_boundary(x))
            .collect();
        let modified = trim_edges(modified);
        if !modified.is_empty() {
            w = modified;
        }
    }
    // 2. Else the whole clause without the date; 3. else the clause after it; 4. else before it.
    if w.len() < 2 {
        let mut all = before.clone();
        all.extend(after.iter().copied());
        w = trim_edges(all);
    }
    if w.is_empty() {
        let next = sent.get(right..).unwrap_or("").trim_start_matches(BREAKS);
        let (_, next_end) = clause_bounds(next, 0, 0);
        w = trim_edges(words(next.get(..next_end).unwrap_or("")));
    }
    if w.is_empty() {
        let lo = floor_boundary(sent, start.saturating_sub(REACH));
        w = trim_edges(words(sent.get(lo..start).unwrap_or("")));
        let n = w.len();
        w = w.split_off(n.saturating_sub(MAX_WORDS));
    }
    w.truncate(MAX_WORDS);
    let w = trim_edges(w);
    let mut out = w.join(" ");
    if let Some(first) = out.chars().next() {
        let upper: String = first.to_uppercase().collect();
        out.replace_range(..first.len_utf8(), &upper);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{BREAKS, MAY_BREAK, first_break, is_break, label, last_break};
    use proptest::prelude::*;

    #[test]
    fn may_break_holds_every_break_lead_byte() {
        for &c in BREAKS {
            let mut buf = [0; 4];
            let lead = c.encode_utf8(&mut buf).as_bytes()[0];
            assert!(MAY_BREAK[usize::from(lead)], "{c:?}");
        }
        // No continuation byte: every candidate is a character boundary.
        assert!((0x80..0xc0).all(|b| !MAY_BREAK[b]));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn break_search_is_the_char_walk(
            text in proptest::collection::vec(prop_oneof![
                Just("a"), Just("Mr"), Just("U"), Just("S"), Just("ab"), Just("7"), Just("é"),
                Just("É"), Just("日"), Just(" "), Just(","), Just(";"), Just(":"), Just("—"),
                Just("–"), Just("-"), Just("("), Just(")"), Just("“"), Just("”"), Just("‘"),
                Just("’"), Just("\""), Just("."), Just("?"), Just("!"), Just("…"), Just("€"),
            ], 0..40).prop_map(|v| v.concat())
        ) {
            let s = text.as_str();
            prop_assert_eq!(
                first_break(s),
                s.char_indices().find(|&(i, c)| is_break(s, i, c)),
                "{:?}", s
            );
            prop_assert_eq!(
                last_break(s),
                s.char_indices().rev().find(|&(i, c)| is_break(s, i, c)),
                "{:?}", s
            );
        }
    }

    fn at(sent: &str, expr: &str) -> String {
        let i = sent.find(expr).unwrap_or(0);
        label(sent, i, i + expr.len())
    }

    #[test]
    fn labels_name_what_happened() {
        let cases = [
            (
                "It was the first meeting since Russia’s full-scale invasion of Ukraine in 2022.",
                "2022",
                "Russia’s full-scale invasion of Ukraine",
            ),
            (
                "The leaders last met at their 2018 Helsinki talks.",
                "2018",
                "Helsinki talks",
            ),
            (
                "More than 4,000 people were evacuated overnight.",
                "overnight",
                "More than 4,000 people were evacuated",
            ),
            (
                "Alaska was sold by Russia to the United States in 1867.",
                "1867",
                "Alaska was sold by Russia to the United States",
            ),
            (
                "On Friday, the two men met in Anchorage.",
                "Friday",
                "Two men met in Anchorage",
            ),
            (
                "Earlier this year, talks stalled.",
                "Earlier this year",
                "Talks stalled",
            ),
            ("Prices rose 4% in March.", "March", "Prices rose 4%"),
            // An abbreviation's full stop does not end the clause.
            (
                "Earlier this year, Mr. Trump warned of severe consequences.",
                "Earlier this year",
                "Mr. Trump warned of severe consequences",
            ),
            // A full stop inside an initialism does not either.
            (
                "Talks between U.S. President Donald Trump and Putin ended on Friday.",
                "Friday",
                "Talks between U.S. President Donald Trump and Putin ended",
            ),
            // An en dash joining two names is part of the words.
            (
                "A February Trump–Zelenskyy meeting at the White House ended without progress.",
                "February",
                "Trump–Zelenskyy meeting at the White House ended without progress",
            ),
        ];
        for (sent, expr, want) in cases {
            assert_eq!(at(sent, expr), want, "{sent}");
        }
    }

    #[test]
    fn edge_word_lookup_is_lower_in() {
        for w in [
            "in",
            "In",
            "IN",
            "the",
            "The",
            "tHe",
            "earlier",
            "EARLIER",
            "also",
            "first",
            "x",
            "",
            "inn",
            "é",
            "Kelvin",
            "\u{212A}",
            "a",
            "An",
            "talks",
            "longer-than-sixteen",
        ] {
            assert_eq!(
                super::is_edge_word(w),
                super::lower_in(w, super::EDGE_WORDS),
                "{w:?}"
            );
        }
        assert!(super::EDGE_WORDS.iter().all(|w| w.len() <= 16));
    }

    #[test]
    fn never_panics_at_edges() {
        assert_eq!(label("", 0, 0), "");
        assert_eq!(label("2025", 0, 4), "");
        let s = "“In 2019,” he said.";
        let i = s.find("2019").unwrap_or(0);
        let _ = label(s, i, i + 4);
        let _ = label("é", 1, 5);
    }
}
