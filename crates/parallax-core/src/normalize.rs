//! Text normalisation for matching quotes and search terms across outlets.
//!
//! Two outlets rarely print the same words byte for byte: one writes “There’s”, another
//! "There is"; one keeps diacritics, another drops them. Everything that compares words (the
//! statement clustering and the search index, still to be written)
//! goes through [`tokens`], so both sides agree on what a word is.
//!
//! What [`tokens`] recognises and folds:
//! - case (full Unicode lower-casing) and diacritics (canonical decomposition, combining marks
//!   removed), fullwidth letters and digits and the Latin ligatures (`ﬁ`) to their plain letters;
//! - curly / straight / modifier apostrophes (`’ ‘ ʼ ′ \``) inside words, all one apostrophe;
//! - English contractions, expanded to their full words: `n't` → `not` (`won't` → `will not`,
//!   `can't`/`cannot` → `can not`), `'re` → `are`, `'ve` → `have`, `'ll` → `will`, `'m` → `am`,
//!   `'d` → `would`, and `'s` → `is` after pronouns and adverbs (`there's`, `it's`, `that's`,
//!   `let's` → `let us`); any other `'s` is a possessive and is dropped (`Russia's` → `russia`);
//! - hyphens and dashes split words (`face-to-face` → `face to face`, `Trump–Putin`);
//! - dots inside abbreviations vanish (`U.S.` → `us`), commas inside numbers too (`2,000`);
//! - every other punctuation mark separates words and is otherwise ignored.
//!
//! Each token keeps the byte range of the written word it came from, so a match can be
//! highlighted in the original text; both words of an expanded contraction share that range.
//!
//! [`SpeakerNames`] maps speaker aliases ("Putin", "Mr. Zelensky") to one canonical name.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// One normalised word and where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The folded word (lower case, no diacritics, contractions expanded).
    pub text: String,
    /// First byte of the written word in the input.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
}

/// True for characters that are part of a word (letters, digits, combining marks).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// True for the apostrophe family: straight, curly, modifier letter, prime, backtick.
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '′' | '`')
}

/// Folds case and diacritics of one word, and unifies apostrophes to `'`.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    if word.is_ascii() {
        for c in word.chars() {
            out.push(if c == '`' {
                '\''
            } else {
                c.to_ascii_lowercase()
            });
        }
        return out;
    }
    for c in word.chars() {
        if is_apostrophe(c) {
            out.push('\'');
        } else if let Some(plain) = compatibility_letters(c) {
            out.push_str(&plain);
        } else {
            decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    out.extend(d.to_lowercase());
                }
            });
        }
    }
    out
}

/// The plain lower-case letters of a fullwidth ASCII letter or digit or of a Latin ligature
/// (U+FB00–U+FB06): the compatibility forms that turn up in copied text.
///
/// Folding uses canonical decomposition only: full compatibility decomposition (NFKD) would
/// also fold superscripts, circled letters and the like, which news text does not search
/// for, and its tables would add about 60 KB to the app's WebAssembly, which folds every query.
fn compatibility_letters(c: char) -> Option<String> {
    let shifted = |from: char, to: char| {
        char::from_u32(u32::from(to) + (u32::from(c) - u32::from(from))).map(String::from)
    };
    match c {
        '０'..='９' => shifted('０', '0'),
        'Ａ'..='Ｚ' => shifted('Ａ', 'a'),
        'ａ'..='ｚ' => shifted('ａ', 'a'),
        '\u{FB00}' => Some("ff".into()),
        '\u{FB01}' => Some("fi".into()),
        '\u{FB02}' => Some("fl".into()),
        '\u{FB03}' => Some("ffi".into()),
        '\u{FB04}' => Some("ffl".into()),
        '\u{FB05}' | '\u{FB06}' => Some("st".into()),
        _ => None,
    }
}

/// Words before `'s` that make it "is" rather than a possessive.
const S_IS: &[&str] = &[
    "it",
    "that",
    "there",
    "here",
    "what",
    "who",
    "he",
    "she",
    "where",
    "how",
    "when",
    "why",
    "this",
    "everything",
    "nothing",
    "something",
    "everyone",
    "nobody",
    "somebody",
    "everybody",
];

/// Expands a folded word (apostrophes already `'`) into its full words.
fn expand(word: &str, out: &mut Vec<String>) {
    let w = word.trim_matches('\'');
    if w.is_empty() {
        return;
    }
    let Some(pos) = w.rfind('\'') else {
        push_word(w, out);
        return;
    };
    let (head, tail) = (&w[..pos], &w[pos + 1..]);
    // `n't` belongs to the head ("didn't" = "didn" + "'t").
    if tail == "t" && head.ends_with('n') {
        let base = &head[..head.len() - 1];
        let base = match base {
            "wo" => "will",
            "ca" => "can",
            "sha" => "shall",
            "ai" => "is",
            b => b,
        };
        push_word(base, out);
        out.push("not".to_string());
        return;
    }
    let full = match tail {
        "re" => Some("are"),
        "ve" => Some("have"),
        "ll" => Some("will"),
        "m" => Some("am"),
        "d" => Some("would"),
        "s" if head == "let" => Some("us"),
        "s" if S_IS.contains(&head) => Some("is"),
        "s" => None,
        _ => {
            // "o'brien", "rock'n'roll": not a contraction; the apostrophe is just dropped.
            push_word(&w.replace('\'', ""), out);
            return;
        }
    };
    push_word(head, out);
    if let Some(f) = full {
        out.push(f.to_string());
    }
}

/// Pushes a word, dropping abbreviation dots and digit-group commas; "cannot" splits.
fn push_word(w: &str, out: &mut Vec<String>) {
    let w: String = w.chars().filter(|&c| c != '.' && c != ',').collect();
    if w.is_empty() {
        return;
    }
    if w == "cannot" {
        out.push("can".to_string());
        out.push("not".to_string());
        return;
    }
    out.push(w);
}

/// Splits text into normalised [`Token`]s. Linear in the input; never panics.
///
/// ```
/// use parallax_core::normalize::tokens;
/// let words: Vec<String> = tokens("There’s no deal, U.S. says").into_iter().map(|t| t.text).collect();
/// assert_eq!(words, ["there", "is", "no", "deal", "us", "says"]);
/// ```
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut words = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, end)) = next_word(text, &mut chars) {
        let written = text.get(start..end).unwrap_or("");
        words.clear();
        expand(&fold(written), &mut words);
        for w in words.drain(..) {
            out.push(Token {
                text: w,
                start,
                end,
            });
        }
    }
    out
}

/// The byte spans of [`tokens`]`(text)`, in order (a contraction's words share the span of the
/// word written), without making the normalised words: cheaper when only the positions are
/// wanted, as for highlighting.
pub fn token_spans(text: &str, out: &mut Vec<(u32, u32)>) {
    out.clear();
    let mut words = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, end)) = next_word(text, &mut chars) {
        let written = text.get(start..end).unwrap_or("");
        // A plain ASCII word (no apostrophe, dot or comma, not "cannot") is one token: the
        // fold only lowers its case.
        let plain = written.is_ascii()
            && !written
                .bytes()
                .any(|b| matches!(b, b'\'' | b'`' | b'.' | b','))
            && !written.eq_ignore_ascii_case("cannot");
        let n = if plain {
            1
        } else {
            words.clear();
            expand(&fold(written), &mut words);
            words.len()
        };
        out.extend(std::iter::repeat_n((start as u32, end as u32), n));
    }
}

/// The next written word's byte span: a word continues through letters, and through an
/// apostrophe, an abbreviation dot or a digit-group comma when a word character follows it.
fn next_word(
    text: &str,
    chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>,
) -> Option<(usize, usize)> {
    while let Some((start, c)) = chars.next() {
        if !is_word_char(c) {
            continue;
        }
        let mut end = start + c.len_utf8();
        let mut prev = c;
        while let Some(&(i, d)) = chars.peek() {
            if is_word_char(d) {
                end = i + d.len_utf8();
                prev = d;
                chars.next();
                continue;
            }
            let joiner = is_apostrophe(d)
                || (d == '.' && prev.is_alphabetic())
                || (d == ',' && prev.is_ascii_digit());
            if !joiner {
                break;
            }
            let next = text.get(i + d.len_utf8()..).and_then(|s| s.chars().next());
            match next {
                Some(n) if is_word_char(n) && (d != ',' || n.is_ascii_digit()) => {
                    chars.next();
                    prev = d;
                }
                _ => {
                    // "U.S." keeps its final dot out of the word; a trailing apostrophe
                    // ("Ukrainians’") is a plural possessive and is dropped.
                    break;
                }
            }
        }
        return Some((start, end));
    }
    None
}

/// The normalised words of a text joined by single spaces: the key under which two quotes
/// count as "the same words".
pub fn normalize(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for t in tokens(text) {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(&t.text);
    }
    s
}

/// Edit distance between two short words (in chars), capped: returns `cap + 1` when larger.
pub fn edit_distance(a: &str, b: &str, cap: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > cap {
        return cap + 1;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        if let Some(c0) = cur.get_mut(0) {
            *c0 = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let sub = prev.get(j).copied().unwrap_or(0) + usize::from(ca != cb);
            let del = prev.get(j + 1).copied().unwrap_or(0) + 1;
            let ins = cur.get(j).copied().unwrap_or(0) + 1;
            if let Some(c) = cur.get_mut(j + 1) {
                *c = sub.min(del).min(ins);
            }
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev.last().copied().unwrap_or(0).min(cap + 1)
}

/// Honorifics that are not part of a name.
const HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "president",
    "prime",
    "minister",
    "sir",
];

/// The words of a person's name, without honorifics ("Mr. Putin" → `["putin"]`).
pub fn name_words(name: &str) -> Vec<String> {
    tokens(name)
        .into_iter()
        .map(|t| t.text)
        .filter(|w| !HONORIFICS.contains(&w.as_str()))
        .collect()
}

/// True when two spellings can name the same person: same surname (one edit allowed for
/// surnames of six letters or more: "Zelenskyy" / "Zelenskiy") and, when both give a first
/// name, the same first name or initial.
pub fn same_person(a: &[String], b: &[String]) -> bool {
    let (Some(la), Some(lb)) = (a.last(), b.last()) else {
        return false;
    };
    let surname_ok = la == lb || (la.chars().count() >= 6 && edit_distance(la, lb, 1) <= 1);
    if !surname_ok {
        return false;
    }
    if a.len() >= 2 && b.len() >= 2 {
        let (fa, fb) = (a.first(), b.first());
        return match (fa, fb) {
            (Some(fa), Some(fb)) => {
                fa == fb
                    || (fa.chars().next() == fb.chars().next() && (fa.len() == 1 || fb.len() == 1))
            }
            _ => false,
        };
    }
    true
}

/// Speaker aliases resolved to canonical names across a corpus.
///
/// Built from every name the corpus uses for a speaker; each name maps to the most specific
/// compatible name (most words, then longest, then alphabetical). A short name that fits two
/// different people ("Putin" when both "Vladimir Putin" and "Lyudmila Putina"... or two
/// "Smith"s) stays as written: ambiguity is never resolved by guessing.
#[derive(Debug, Clone, Default)]
pub struct SpeakerNames {
    names: Vec<(String, Vec<String>)>,
}

impl SpeakerNames {
    /// Collects the distinct names (order does not matter; the result is deterministic).
    pub fn new<'a>(names: impl IntoIterator<Item = &'a str>) -> Self {
        let mut v: Vec<(String, Vec<String>)> = names
            .into_iter()
            .map(|n| (n.trim().to_string(), name_words(n)))
            .filter(|(_, w)| !w.is_empty())
            .collect();
        v.sort();
        v.dedup();
        SpeakerNames { names: v }
    }

    /// The canonical name for `name`: the most specific compatible full name when it is
    /// unambiguous, else `name` itself.
    pub fn canonical(&self, name: &str) -> String {
        let words = name_words(name);
        if words.is_empty() {
            return name.trim().to_string();
        }
        let mut best: Option<&(String, Vec<String>)> = None;
        let mut rivals = false;
        for cand in &self.names {
            if !same_person(&words, &cand.1) {
                continue;
            }
            best = match best {
                None => Some(cand),
                Some(b) => {
                    let more = (cand.1.len(), cand.0.len(), std::cmp::Reverse(&cand.0))
                        > (b.1.len(), b.0.len(), std::cmp::Reverse(&b.0));
                    // Two full names compatible with `name` but not with each other: ambiguous.
                    if !same_person(&cand.1, &b.1) {
                        rivals = true;
                    }
                    if more { Some(cand) } else { Some(b) }
                }
            };
        }
        match best {
            Some(b) if !rivals => b.0.clone(),
            _ => name.trim().to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        tokens(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn fold_drops_diacritics_and_unpacks_fullwidth_letters_and_ligatures() {
        assert_eq!(fold("Zelénskyy"), "zelenskyy");
        assert_eq!(fold("ŁÓDŹ"), "łodz");
        assert_eq!(fold("Ｐｕｔｉｎ２０２５"), "putin2025");
        assert_eq!(fold("ﬁnal"), "final");
        assert_eq!(fold("Ångström’s"), "angstrom's");
        assert_eq!(fold("ГОРБАЧЁВ"), "горбачев");
        // Other compatibility forms stay as written.
        assert_eq!(fold("x²"), "x²");
    }

    #[test]
    fn token_table() {
        let cases: &[(&str, &str)] = &[
            (
                "There’s no deal until there’s a deal",
                "there is no deal until there is a deal",
            ),
            ("There's no deal", "there is no deal"),
            ("We didn’t get there", "we did not get there"),
            ("We’ve made some headway", "we have made some headway"),
            ("I’m not going to be happy", "i am not going to be happy"),
            (
                "They won't, we can't, I cannot",
                "they will not we can not i can not",
            ),
            (
                "they’re and we’ll and I’d",
                "they are and we will and i would",
            ),
            ("Let's go", "let us go"),
            (
                "Russia’s war, Ukrainians’ land",
                "russia war ukrainians land",
            ),
            (
                "Zelenskyy – Zelenskiy — Zélenský",
                "zelenskyy zelenskiy zelensky",
            ),
            ("face-to-face, Trump–Putin", "face to face trump putin"),
            (
                "U.S. president, 2,000 drones, 50%",
                "us president 2000 drones 50",
            ),
            ("“Quoted” and \"straight\"", "quoted and straight"),
            ("ÉCOLE Ｆｕｌｌwidth", "ecole fullwidth"),
            ("end. Next", "end next"),
            ("O’Brien", "obrien"),
            ("'tis ''", "tis"),
            ("", ""),
        ];
        for (input, expected) in cases {
            assert_eq!(normalize(input), *expected, "input {input:?}");
        }
    }

    #[test]
    fn token_offsets_point_at_written_words() {
        let s = "Trump: “There’s no deal.”";
        for t in tokens(s) {
            let written = s.get(t.start..t.end).unwrap_or("");
            assert!(!written.is_empty(), "{t:?}");
        }
        let ts = tokens(s);
        assert_eq!(ts.get(1).map(|t| &s[t.start..t.end]), Some("There’s"));
        assert_eq!(ts.get(2).map(|t| t.text.as_str()), Some("is"));
    }

    #[test]
    fn edit_distance_table() {
        let cases = [
            ("zelenskyy", "zelenskiy", 1),
            ("peace", "peace", 0),
            ("peace", "pace", 1),
            ("ceasefire", "ceasfire", 1),
            ("abc", "xyz", 2), // capped at 1 + 1
        ];
        for (a, b, d) in cases {
            assert_eq!(edit_distance(a, b, 1), d, "{a} {b}");
        }
    }

    #[test]
    fn speaker_alias_table() {
        let names = SpeakerNames::new([
            "Vladimir Putin",
            "Putin",
            "Mr. Putin",
            "Volodymyr Zelenskiy",
            "Volodymyr Zelenskyy",
            "Zelensky",
            "John Smith",
            "Jane Smith",
        ]);
        let cases = [
            ("Putin", "Vladimir Putin"),
            ("Mr. Putin", "Vladimir Putin"),
            ("Zelensky", "Volodymyr Zelenskiy"), // one edit from both spellings, which agree
            ("Smith", "Smith"),                  // ambiguous: two Smiths
            ("Marco Rubio", "Marco Rubio"),
        ];
        for (n, c) in cases {
            assert_eq!(names.canonical(n), c, "{n}");
        }
        // The two spellings of Zelenskyy resolve to one name.
        assert_eq!(
            names.canonical("Volodymyr Zelenskiy"),
            names.canonical("Volodymyr Zelenskyy")
        );
    }

    #[test]
    fn never_panics_on_odd_input() {
        for s in [
            "'",
            "’’’",
            ".,.,",
            "a.",
            "1,",
            "\u{301}",
            "x\u{301}'s",
            "n't",
            "'t",
        ] {
            let _ = words(s);
        }
    }
}
