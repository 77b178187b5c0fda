//! Figures: numbers with unit, qualifier and what they measure, normalised so outlets' numbers
//! can be compared ("nearly three hours" vs "more than two and a half hours").
//!
//! One regex pass per sentence over [`crate::numbers`]' number forms, then the words around
//! each number decide what it is:
//!
//! | kind | examples | normalised |
//! |---|---|---|
//! | money | `$1.5 billion`, `€20bn`, `£3m`, `US$2 trillion`, `1,000 roubles`, `5 million dollars` | currency units |
//! | percent | `a 50% tariff`, `50 percent`, `12 per cent` | ratio (0.5) |
//! | fraction | `nearly one-fifth of the country`, `two-thirds`, `half of` | ratio |
//! | rating | `10 out of 10`, `four stars` | value / scale |
//! | count with total | `61 of 85 drones`, `3 out of 4 voters` | value, total |
//! | duration | `nearly three hours`, `the three-hour meeting`, `a 30-day pause`, `3 1/2 years` | hours |
//! | count | `29 Ukrainian drones`, `more than a million people`, `thousands of lives` | value |
//!
//! Qualifiers before the number (nearly, almost, more than, over, about, around, at least, up
//! to, fewer than, some, roughly, just under…) are kept lower-cased. `measures` is the noun phrase
//! after "of" or after the unit, or the noun a compound modifies ("three-hour summit" →
//! "summit"). Not figures: the numbers of dates ([`crate::dates`] marks them), times of day
//! (`10:30`, `3 p.m.`), ages used as descriptions (`the 79-year-old`, `Trump, 79,`), ordinal
//! names (`World War II`, `No. 10`, `Fox 5`, `G7`, `F-16`), and bare numbers with no noun.

use crate::model::{Figure, FigureKind, Span};
use crate::numbers;
use crate::split::{AltMatch, Alternatives, Group};
use regex::Regex;
use std::sync::OnceLock;

const QUALIFIERS: &str = r"(?i:a\s+little\s+over|a\s+little\s+under|a\s+little\s+more\s+than|nearly|almost|more\s+than|over|about|around|at\s+least|up\s+to|fewer\s+than|less\s+than|some|roughly|approximately|just\s+under|just\s+over|close\s+to|as\s+many\s+as|as\s+much\s+as|an\s+estimated|well\s+over|under|barely|only|exactly)";

const DURATION_UNITS: &[(&str, f64)] = &[
    ("second", 1.0 / 3600.0),
    ("minute", 1.0 / 60.0),
    ("hour", 1.0),
    ("day", 24.0),
    ("week", 168.0),
    ("fortnight", 336.0),
    ("night", 24.0),
    ("month", 730.0),
    ("year", 8766.0),
    ("decade", 87660.0),
];

/// The figure pattern `(?:(?P<q>QUAL)\s+)?(?:MONEY|NUMBER)` as the alternation of its four
/// paths in priority order: qualified money, qualified number, money, number. The optional
/// qualifier is greedy, so the whole pattern tries the qualified paths first — money before
/// number for the same qualifier. Listing all qualified money before all qualified numbers is
/// the same order because at any place at most one qualifier (with the spaces after it, all of
/// them: neither path starts with a space) matches: no qualifier continues another into
/// something followed by a space. `figure_regex` checks this with a property test.
fn figure_alternatives() -> &'static [String] {
    static ALTS: OnceLock<Vec<String>> = OnceLock::new();
    ALTS.get_or_init(|| {
        let n = numbers::pattern();
        let money = format!(
            r"(?P<cur>US\$|A\$|C\$|NZ\$|HK\$|S\$|R\$|\$|€|£|¥|₹|₦|₱|₩|₺|₪|(?-u:\b)(?:Rs\.?|INR|K[Ss]h\.?|Sh\.?|RM|MYR|PKR|KES|USD|EUR|GBP|NGN|ZAR|GHS|AUD|CAD|CHF|UGX|TZS|Dhs?|AED|JD|JOD|CLP\$|CLP|NIS|SAR|QAR))\s?(?P<mnum>{n})(?P<msuf>bil|mil|mln|tril|bn|m|mn|k|tn|tr)?(?-u:\b)"
        );
        let number = format!(
            r"(?P<num>{n})(?P<frac>[\s-](?i:halves|half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?))?"
        );
        let qualified = format!(r"(?P<q>{QUALIFIERS})\s+");
        vec![
            format!("{qualified}{money}"),
            format!("{qualified}{number}"),
            money,
            number,
        ]
    })
}

/// The figure pattern as written before it was split, for tests.
#[cfg(test)]
fn figure_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let n = numbers::pattern();
        let pattern = format!(
            r"(?:(?P<q>{QUALIFIERS})\s+)?(?:(?P<cur>US\$|A\$|C\$|NZ\$|HK\$|S\$|R\$|\$|€|£|¥|₹|₦|₱|₩|₺|₪|(?-u:\b)(?:Rs\.?|INR|K[Ss]h\.?|Sh\.?|RM|MYR|PKR|KES|USD|EUR|GBP|NGN|ZAR|GHS|AUD|CAD|CHF|UGX|TZS|Dhs?|AED|JD|JOD|CLP\$|CLP|NIS|SAR|QAR))\s?(?P<mnum>{n})(?P<msuf>bil|mil|mln|tril|bn|m|mn|k|tn|tr)?(?-u:\b)|(?P<num>{n})(?P<frac>[\s-](?i:halves|half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?))?)"
        );
        Regex::new(&pattern).unwrap_or_else(|_| Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!()))
    })
}

/// The figure pattern, split for speed (see [`crate::split`]), with each alternative's group
/// indices.
struct FigureFinder {
    alts: Alternatives,
    groups: Vec<Groups>,
}

fn figure_finder() -> &'static FigureFinder {
    static FINDER: OnceLock<FigureFinder> = OnceLock::new();
    FINDER.get_or_init(|| {
        // The plain number (the last alternative) is `(?P<num>N)(?P<frac>[\s-]…)?`, and `frac`
        // starts with whitespace (`\s` is `char::is_whitespace`) or a hyphen: a match holding
        // neither is all `num`. Most figures are such numbers ("2022", "1,000", "1.5").
        let alts = Alternatives::new(figure_alternatives())
            .with_whole_group(3, "num", |c| c.is_whitespace() || c == '-');
        let groups = (0..alts.len())
            .map(|k| {
                let g = |name: &str| alts.index(k, name);
                Groups {
                    q: g("q"),
                    cur: g("cur"),
                    mnum: g("mnum"),
                    msuf: g("msuf"),
                    num: g("num"),
                    frac: g("frac"),
                }
            })
            .collect();
        FigureFinder { alts, groups }
    })
}

/// Indices of the figure pattern's named groups in one alternative (`usize::MAX` for the
/// groups it lacks).
struct Groups {
    q: usize,
    cur: usize,
    mnum: usize,
    msuf: usize,
    num: usize,
    frac: usize,
}

fn thousands_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)(?-u:\b)(?P<w>dozens|hundreds|thousands|millions|billions)\s+of\s+")
            .unwrap_or_else(|_| Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!()))
    })
}

fn denominator(word: &str) -> Option<f64> {
    let w = word.to_lowercase();
    let w = w.trim_end_matches('s');
    Some(match w {
        "half" | "halve" => 2.0,
        "third" => 3.0,
        "quarter" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        _ => return None,
    })
}

fn currency(sym: &str) -> &'static str {
    match sym {
        "$" => "USD",
        "US$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "₹" | "Rs" | "Rs." | "INR" => "INR",
        // Malaysia writes ringgit as `RM150mil`, `RM1.2bil`; Pakistan's rupee by its code.
        "RM" | "MYR" => "MYR",
        "PKR" => "PKR",
        // East Africa writes shillings as `Sh58bn`, `Ksh.900`, `KSh 1,200`.
        "Sh" | "Sh." | "Ksh" | "Ksh." | "KSh" | "KSh." | "KES" => "KES",
        "A$" | "AUD" => "AUD",
        "C$" | "CAD" => "CAD",
        "NZ$" => "NZD",
        "HK$" => "HKD",
        "S$" => "SGD",
        "R$" => "BRL",
        "₦" | "NGN" => "NGN",
        "₱" => "PHP",
        "₩" => "KRW",
        "₺" => "TRY",
        "USD" => "USD",
        "EUR" => "EUR",
        "GBP" => "GBP",
        "ZAR" => "ZAR",
        "GHS" => "GHS",
        "CHF" => "CHF",
        "UGX" => "UGX",
        "TZS" => "TZS",
        // The Gulf and the Levant: `Dh11 billion`, `JD150 million`, `NIS 10.9 billion`.
        "Dh" | "Dhs" | "AED" => "AED",
        "JD" | "JOD" => "JOD",
        "NIS" | "₪" => "ILS",
        "SAR" => "SAR",
        "QAR" => "QAR",
        "CLP$" | "CLP" => "CLP",
        _ => "",
    }
}

/// Currency words after a number ("1,000 roubles", "5 million dollars").
fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w.to_lowercase().trim_end_matches('s') {
        "dollar" => "USD",
        "euro" => "EUR",
        "pound" => "GBP",
        "rouble" | "ruble" => "RUB",
        "hryvnia" | "hryvnias" => "UAH",
        "yen" => "JPY",
        "yuan" => "CNY",
        "rupee" => "INR",
        "shilling" => "KES",
        "naira" => "NGN",
        "rand" => "ZAR",
        "cedi" => "GHS",
        "ringgit" => "MYR",
        "baht" => "THB",
        "lira" => "TRY",
        "dirham" => "AED",
        "riyal" => "SAR",
        "rupiah" => "IDR",
        "zloty" => "PLN",
        "shekel" => "ILS",
        "real" | "reai" => "BRL",
        "won" => "KRW",
        "koruna" | "koruny" | "korun" => "CZK",
        "krona" | "kronor" => "SEK",
        "krone" | "kroner" => "NOK",
        "forint" => "HUF",
        "leu" | "lei" => "RON",
        "birr" => "ETB",
        "taka" => "BDT",
        "kwacha" => "ZMW",
        _ => return None,
    })
}

/// A currency word after a nationality (`Norwegian crowns`, `Chilean pesos`, `Tanzanian
/// shillings`): the nation's own currency, where the word alone names several.
fn national_currency(nation: &str, w: &str) -> Option<&'static str> {
    let word = w.to_lowercase();
    let word = word.trim_end_matches('s');
    Some(match (nation, word) {
        ("no", "crown" | "krone" | "kroner") => "NOK",
        ("dk", "crown" | "krone" | "kroner") => "DKK",
        ("se", "crown" | "krona" | "kronor") => "SEK",
        ("is", "crown" | "krona" | "kronur") => "ISK",
        ("cz", "crown" | "koruna" | "koruny" | "korun") => "CZK",
        ("au", "dollar") => "AUD",
        ("ca", "dollar") => "CAD",
        ("nz", "dollar") => "NZD",
        ("sg", "dollar") => "SGD",
        ("tw", "dollar") => "TWD",
        ("tz", "shilling") => "TZS",
        ("ug", "shilling") => "UGX",
        ("so", "shilling") => "SOS",
        ("cl", "peso") => "CLP",
        ("mx", "peso") => "MXN",
        ("ar", "peso") => "ARS",
        ("co", "peso") => "COP",
        ("ph", "peso") => "PHP",
        ("uy", "peso") => "UYU",
        ("cu", "peso") => "CUP",
        ("pk", "rupee") => "PKR",
        ("lk", "rupee") => "LKR",
        ("np", "rupee") => "NPR",
        ("id", "rupiah") => "IDR",
        ("jo", "dinar") => "JOD",
        ("kw", "dinar") => "KWD",
        ("iq", "dinar") => "IQD",
        ("bh", "dinar") => "BHD",
        ("dz", "dinar") => "DZD",
        ("tn", "dinar") => "TND",
        ("ly", "dinar") => "LYD",
        ("rs", "dinar") => "RSD",
        ("ch", "franc") => "CHF",
        ("qa", "riyal") => "QAR",
        ("om", "rial") => "OMR",
        ("ir", "rial") => "IRR",
        ("eg", "pound") => "EGP",
        ("lb", "pound") => "LBP",
        ("sd", "pound") => "SDG",
        ("sy", "pound") => "SYP",
        ("kr", "won") => "KRW",
        ("kp", "won") => "KPW",
        ("cn", "yuan") => "CNY",
        ("ma", "dirham") => "MAD",
        _ => return None,
    })
}

/// Singular nouns for a person: "one person", "one soldier" count one.
const PERSON_NOUNS: &[&str] = &[
    "person",
    "man",
    "woman",
    "child",
    "boy",
    "girl",
    "soldier",
    "civilian",
    "officer",
    "resident",
    "worker",
    "patient",
    "student",
    "firefighter",
    "passenger",
    "driver",
    "journalist",
];

/// Casualty words: a number right after "killing"/"injured" or before "injured"/"were killed"
/// counts people ("killing one person and injuring three", "two were injured", "27 injured",
/// "injured at least 20").
const CASUALTY_WORDS: &[&str] = &[
    "killed", "killing", "injured", "injuring", "wounded", "wounding", "hurt", "hurting", "dead",
    "missing", "kill", "kills", "injure", "injures", "wound", "wounds",
];

/// Words after a number that start no noun of its own: "kills 7 ahead of the talks", "injure
/// 27 across Ukraine".
const NOT_A_NOUN: &[&str] = &[
    "across",
    "ahead",
    "near",
    "including",
    "after",
    "during",
    "amid",
    "as",
    "in",
    "on",
    "at",
];

/// Whether the number at `start..end` (its qualifier included) counts casualties with no noun
/// of its own: a casualty word before it, or one after it (alone or after "was"/"were").
/// `counted` is the noun phrase after the number, if any.
fn casualty_count(sent: &str, start: usize, end: usize, counted: Option<&str>) -> bool {
    let mut words = sent
        .get(end..)
        .unwrap_or("")
        .split_whitespace()
        .map(|w| clean_word(w).to_lowercase());
    let after = words.next().unwrap_or_default();
    let is_casualty = |w: &str| CASUALTY_WORDS.contains(&w);
    if is_casualty(&after) {
        return true;
    }
    if matches!(after.as_str(), "were" | "was") && counted.is_none() {
        return words.next().is_some_and(|w| is_casualty(&w));
    }
    // Nothing counted after the number (it ends the clause, or a preposition follows): read
    // the word before it.
    let ends_clause = sent
        .get(end..)
        .is_some_and(|r| r.trim_start().is_empty() || r.starts_with([',', '.', ';', ')']))
        || NOT_A_NOUN.contains(&after.as_str());
    if ends_clause {
        let before = sent
            .get(..start)
            .and_then(|b| b.split_whitespace().next_back())
            .map(|w| clean_word(w).to_lowercase())
            .unwrap_or_default();
        return is_casualty(&before) && before != "dead" && before != "missing";
    }
    false
}

/// "percentage points" / "basis points" / "bps" after a number: the unit, the divisor that
/// normalises it to a ratio, and how many bytes the unit takes after `end`.
fn points_after(
    sent: &str,
    end: usize,
    next: &WordsAfter<'_>,
    next0: &str,
) -> Option<(&'static str, f64, usize)> {
    let glued = sent.get(end..).unwrap_or("");
    for (abbr, n) in [("bps", 3), ("bp", 2)] {
        if glued.starts_with(abbr) && !glued[n..].starts_with(char::is_alphanumeric) {
            return Some(("basis point", 10_000.0, n));
        }
    }
    let second = next
        .get(1)
        .map(|(w, at)| (clean_word(w).to_lowercase(), *at, *w))?;
    if !second.0.starts_with("point") || !matches!(second.0.as_str(), "point" | "points") {
        return None;
    }
    let skip = second.1 + clean_word_end(second.2) - end;
    match next0 {
        "percentage" => Some(("percent", 100.0, skip)),
        "basis" => Some(("basis point", 10_000.0, skip)),
        _ => None,
    }
}

/// The most words [`words_after`] is asked for (a phrase of four words and the one after).
const MAX_WORDS_AFTER: usize = 5;

/// A few words after a position, in a fixed array: [`words_after`] runs several times per
/// figure, and a `Vec` each time was a heap allocation each time.
struct WordsAfter<'s> {
    words: [(&'s str, usize); MAX_WORDS_AFTER],
    len: usize,
}

impl<'s> std::ops::Deref for WordsAfter<'s> {
    type Target = [(&'s str, usize)];
    fn deref(&self) -> &Self::Target {
        self.words.get(..self.len).unwrap_or_default()
    }
}

/// The words after a position: (word, start offset in `s`), at most `n` of them (and never
/// more than [`MAX_WORDS_AFTER`]).
fn words_after(s: &str, from: usize, n: usize) -> WordsAfter<'_> {
    let n = n.min(MAX_WORDS_AFTER);
    let rest = s.get(from..).unwrap_or("");
    let mut out = WordsAfter {
        words: [("", 0); MAX_WORDS_AFTER],
        len: 0,
    };
    let mut pos = 0;
    for piece in rest.split_inclusive(|c: char| c.is_whitespace()) {
        let w = piece.trim();
        if !w.is_empty() {
            let lead = piece.len() - piece.trim_start().len();
            if let Some(slot) = out.words.get_mut(out.len) {
                *slot = (w, from + pos + lead);
                out.len += 1;
            }
            if out.len >= n {
                break;
            }
        }
        pos += piece.len();
    }
    out
}

fn clean_word(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
}

/// Where [`clean_word`] of `w` ends inside `w`, in bytes (after what it trims at the start:
/// `“euros”` ends 8 bytes in, not 5).
fn clean_word_end(w: &str) -> usize {
    let lead = w.len()
        - w.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '-')
            .len();
    lead + clean_word(w).len()
}

/// Words that end a noun phrase ([`phrase`]).
const PHRASE_STOP: &[&str] = &[
    "and", "or", "but", "that", "which", "who", "was", "were", "is", "are", "had", "has", "have",
    "will", "would", "said", "in", "on", "at", "with", "for", "to", "from", "by", "since", "after",
    "before", "as", "than", "over", "during", "into", "it", "they", "he", "she", "we", "when",
    "while", "of", "away", "ago", "apart", "later", "earlier", "apiece", "ahead", "behind", "a",
    "an", "per", "each", "every",
];

/// Whether `w` is one of [`PHRASE_STOP`] in any ASCII case (`stop.eq_ignore_ascii_case(w)` for
/// some stop), by one hashed lookup of its lower-cased copy instead of a scan of the list: the
/// stops are short lower-case ASCII words, so a longer word is none of them, and lower-casing
/// only ASCII letters leaves any other byte to fail the comparison as before.
fn is_phrase_stop(w: &str) -> bool {
    type Set = std::collections::HashSet<&'static [u8], crate::text::FastHash>;
    static SET: OnceLock<Set> = OnceLock::new();
    let set = SET.get_or_init(|| PHRASE_STOP.iter().map(|s| s.as_bytes()).collect());
    let mut buf = [0u8; PHRASE_STOP_MAX_LEN];
    match buf.get_mut(..w.len()) {
        Some(lower) => {
            lower.copy_from_slice(w.as_bytes());
            lower.make_ascii_lowercase();
            set.contains(&*lower)
        }
        None => false,
    }
}

/// No [`PHRASE_STOP`] word is longer (checked by `phrase_stops_fit_the_buffer`).
const PHRASE_STOP_MAX_LEN: usize = 16;

/// `78,000 adults published …`, `85 drones launched …`: a past participle right after a plural
/// noun starts the clause that follows the figure, so the measured phrase ends before it.
fn participle_after_plural(prev: &str, word: &str) -> bool {
    word.len() > 4 && word.ends_with("ed") && prev.ends_with('s')
}

/// A noun phrase of up to `max` words (at most 4) starting at `from`, stopping at
/// punctuation, verbs-ish function words and quote marks.
///
/// The phrase is built in one `String`, and the stop words are compared ignoring ASCII case
/// instead of lower-casing each word: the same test, since no stop word holds a "k" and only
/// the Kelvin sign lower-cases to ASCII from outside it. `phrase_matches_the_lowercasing_version`
/// checks this.
fn phrase(s: &str, from: usize, max: usize) -> Option<(String, usize)> {
    let mut out = String::new();
    let mut count = 0;
    let mut last = "";
    let mut end = from;
    for &(w, at) in words_after(s, from, max + 1).iter() {
        let c = clean_word(w);
        // Another number starts another figure: "3.6 million four years ago".
        let number = count == 0 && numbers::parse(c).is_some();
        if c.is_empty() || number || is_phrase_stop(c) || participle_after_plural(last, c) {
            break;
        }
        if count > 0 {
            out.push(' ');
        }
        out.push_str(c);
        last = c;
        count += 1;
        // The phrase ends with its last word, not with the mark after it (`millions of
        // families.”`).
        end = at + clean_word_end(w);
        if w.ends_with([',', '.', ';', ':', '”', '"', ')', '?', '!']) || count >= max {
            break;
        }
    }
    (count > 0).then(|| (out, end.min(s.len())))
}

/// [`phrase`] as it was written, for the property test.
#[cfg(test)]
fn phrase_by_lowercasing(s: &str, from: usize, max: usize) -> Option<(String, usize)> {
    let mut out: Vec<&str> = Vec::new();
    let mut end = from;
    for &(w, at) in words_after(s, from, max + 1).iter() {
        let c = clean_word(w);
        let number = out.is_empty() && numbers::parse(c).is_some();
        if c.is_empty()
            || number
            || PHRASE_STOP.contains(&c.to_lowercase().as_str())
            || out
                .last()
                .is_some_and(|prev| participle_after_plural(prev, c))
        {
            break;
        }
        out.push(c);
        // The phrase ends with its last word, not with the mark after it (`millions of
        // families.”`).
        end = at + clean_word_end(w);
        if w.ends_with([',', '.', ';', ':', '”', '"', ')', '?', '!']) || out.len() >= max {
            break;
        }
    }
    (!out.is_empty()).then(|| (out.join(" "), end.min(s.len())))
}

/// `s.to_lowercase().starts_with(prefix)` for an ASCII `prefix` without "k" or "i", without
/// lower-casing the whole rest of the sentence: only ASCII letters lower-case to those letters
/// (the Kelvin sign and dotted İ are the exceptions, hence the condition on `prefix`).
fn starts_with_ignore_ascii_case(s: &str, prefix: &str) -> bool {
    s.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// `2am`, `7 p.m.`, `44C`, `30 °C`, `90 degrees`: the text right after a number makes it a
/// time of day or a temperature, which no figure kind holds.
fn clock_or_temperature_after(rest: &str) -> bool {
    let r = rest.strip_prefix(' ').unwrap_or(rest);
    let word_ends = |tail: &str| !tail.starts_with(char::is_alphanumeric);
    ["am", "pm", "a.m.", "p.m.", "°", "C", "F"].iter().any(|u| {
        r.strip_prefix(u).is_some_and(|tail| {
            // "C"/"F" only written against the number ("44C"), not "5 Fire engines".
            (!matches!(*u, "C" | "F") || !rest.starts_with(' ')) && (*u == "°" || word_ends(tail))
        })
    }) || starts_with_ignore_ascii_case(r, "degrees")
}

fn is_age_or_name(sent: &str, start: usize, end: usize) -> bool {
    let before = sent.get(..start).unwrap_or("");
    let after = sent.get(end..).unwrap_or("");
    let prev = before.trim_end();
    // `Trump, 79,` — an age apposition.
    if prev.ends_with(',') && after.starts_with(',') {
        return true;
    }
    // `79-year-old`
    if starts_with_ignore_ascii_case(after, "-year-old")
        || starts_with_ignore_ascii_case(after, " year-old")
    {
        return true;
    }
    // Names and ordinals: `No. 10`, `Fox 5`, `G7`, `F-16`, `Route 66`, `Channel 4`.
    let prev_word = prev
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    if matches!(
        prev_word,
        "No."
            | "no."
            | "Number"
            | "Fox"
            | "Channel"
            | "Route"
            | "Room"
            | "Article"
            | "Section"
            | "Chapter"
            | "Page"
            | "page"
            | "Flight"
            | "Highway"
            | "Interstate"
            | "Apollo"
    ) {
        return true;
    }
    let glued_before = before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphabetic() || c == '-');
    glued_before
        // time of day
        || after.starts_with(':')
        || starts_with_ignore_ascii_case(after.trim_start(), "a.m")
        || starts_with_ignore_ascii_case(after.trim_start(), "p.m")
        || after.trim_start().starts_with("GMT")
        || after.trim_start().starts_with("BST")
}

/// Finds figures.
pub fn extract(text: &str, sentences: &[Span]) -> Vec<Figure> {
    extract_scanned(text, &crate::dates::scan(text, sentences))
}

/// [`extract`] with the sentences' date matches already made by [`crate::dates::scan`] (the
/// numbers of dates are not figures).
pub fn extract_scanned(text: &str, scanned: &crate::dates::DateScan<'_>) -> Vec<Figure> {
    let mut out = Vec::new();
    for (s, sent, dates) in scanned.ranges(text, may_hold_number) {
        for f in in_sentence_with(sent, &dates) {
            out.push(Figure {
                span: Span::new(s.start as usize + f.0, s.start as usize + f.1),
                sentence: s,
                ..f.2
            });
        }
    }
    out
}

/// False only when `sent` can hold no match of [`figure_regex`], [`thousands_regex`] or
/// [`article_fraction_regex`] (whose matches hold a fraction word), so
/// sentences without a number skip both (and the resolving of their dates). Each match holds
/// a written number ([`numbers::NUMBER`]), and each of its forms holds a match of this
/// pattern: a digit, a scale word, or a number word after the same `\b` — with the same
/// Unicode classes and case folding. `is_match` stops at the first hit and finds no groups,
/// so it costs far less than the figure pattern.
fn may_hold_number(sent: &str) -> bool {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&format!(
            r"\d|(?i:hundred|thousand|million|billion|trillion|dozen|half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)|(?-u:\b)(?i:an?)\s+(?i:minute|hour|day|week|fortnight|month|year|decade)|(?-u:\b)(?i:{})",
            numbers::WORDS
        ))
        .ok()
    })
    .as_ref()
    .is_none_or(|re| re.is_match(sent))
}

/// Figures of one sentence: (start, end, figure with placeholder spans).
#[cfg(test)]
fn in_sentence(sent: &str) -> Vec<(usize, usize, Figure)> {
    in_sentence_with(sent, &crate::dates::date_ranges(sent))
}

/// A figure match read against its sentence.
struct FigureCaps<'s> {
    sent: &'s str,
    m: &'s AltMatch,
}

impl<'s> FigureCaps<'s> {
    /// Group `i` (0 is the whole match), `None` when it did not take part.
    fn get(&self, i: usize) -> Option<Group<'s>> {
        self.m.get(self.sent, i)
    }
}

/// Figures of one sentence whose date expressions are at `dates`.
fn in_sentence_with(sent: &str, dates: &[(usize, usize)]) -> Vec<(usize, usize, Figure)> {
    let in_date = |a: usize, b: usize| dates.iter().any(|&(s, e)| a < e && b > s);
    let mut out: Vec<(usize, usize, Figure)> = Vec::new();
    let mut taken_until = 0usize;
    let finder = figure_finder();
    for m in finder.alts.matches(sent) {
        let Some(g) = finder.groups.get(m.alt) else {
            continue;
        };
        let c = FigureCaps { sent, m: &m };
        let Some(all) = c.get(0) else { continue };
        let (start, mut end) = (all.start(), all.end());
        if start < taken_until {
            continue;
        }
        let qualifier = c.get(g.q).map(|q| {
            q.as_str()
                .to_lowercase()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        });
        let num_m = c.get(g.mnum).or_else(|| c.get(g.num));
        let Some(num_m) = num_m else { continue };
        // Word boundaries: not inside a longer word or number.
        let before_ok = sent
            .get(..start)
            .and_then(|b| b.chars().next_back())
            .is_none_or(|ch| !ch.is_alphanumeric());
        // An ordinal ("the 78th minute", "21st century") counts nothing.
        let ordinal = sent.get(num_m.end()..).is_some_and(|r| {
            ["st", "nd", "rd", "th"].iter().any(|o| {
                r.strip_prefix(o)
                    .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
            })
        });
        // A clock time ("7:05 p.m.") is not a figure.
        let clock = sent.get(..num_m.start()).is_some_and(|b| {
            b.ends_with(':') && b[..b.len() - 1].ends_with(|c: char| c.is_ascii_digit())
        }) || sent.get(num_m.end()..).is_some_and(|r| {
            r.strip_prefix(':')
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
                || clock_or_temperature_after(r)
        });
        if !before_ok
            || ordinal
            || clock
            || in_date(num_m.start(), num_m.end())
            // A currency written against its number (`Sh25`, `Rs50`) makes it money, not a
            // name or a code.
            || c.get(g.cur).is_none() && is_age_or_name(sent, num_m.start(), num_m.end())
        {
            continue;
        }
        let Some(mut value) = numbers::parse(num_m.as_str()) else {
            continue;
        };
        let mk = |kind,
                  value: f64,
                  unit: &str,
                  normalized: f64,
                  total: Option<f64>,
                  measures: Option<String>| Figure {
            text: String::new(),
            kind,
            value,
            total,
            unit: unit.to_string(),
            normalized,
            qualifier: qualifier.clone(),
            measures,
            span: Span::default(),
            sentence: Span::default(),
        };
        let next = words_after(sent, end, 4);
        let next0 = next
            .first()
            .map(|(w, _)| clean_word(w).to_lowercase())
            .unwrap_or_default();
        let figure = if let Some(cur) = c.get(g.cur) {
            // Money with a symbol.
            if let Some(suf) = c.get(g.msuf) {
                value *= numbers::scale(suf.as_str()).unwrap_or(1.0);
            }
            let measures = if next0 == "in" || next0 == "of" || next0 == "for" {
                next.get(1)
                    .and_then(|(_, at)| phrase(sent, *at, 4))
                    .map(|(p, _)| p)
            } else {
                phrase(sent, end, 3).map(|(p, _)| p)
            };
            Some(mk(
                FigureKind::Money,
                value,
                currency(cur.as_str()),
                value,
                None,
                measures,
            ))
        } else if let Some(fr) = c.get(g.frac) {
            // one-fifth, two-thirds
            let d = denominator(fr.as_str().trim_start_matches([' ', '-'])).unwrap_or(1.0);
            let measures = if next0 == "of" {
                next.get(1)
                    .and_then(|(_, at)| phrase(sent, *at, 4))
                    .map(|(p, e)| {
                        end = end.max(e);
                        p
                    })
            } else {
                None
            };
            Some(mk(
                FigureKind::Fraction,
                value / d,
                "ratio",
                value / d,
                None,
                measures,
            ))
        } else if let Some((unit, per, skip)) = points_after(sent, end, &next, &next0) {
            // "0.25 percentage points", "45 basis points", "20bps".
            end += skip;
            let measures = phrase(sent, end, 3).map(|(p, _)| p);
            Some(mk(
                FigureKind::Percent,
                value,
                unit,
                value / per,
                None,
                measures,
            ))
        } else if sent.get(end..).is_some_and(|r| r.starts_with('%'))
            || next0 == "percent"
            || (next0 == "per"
                && next
                    .get(1)
                    .is_some_and(|(w, _)| clean_word(w).eq_ignore_ascii_case("cent")))
        {
            let skip = if sent.get(end..).is_some_and(|r| r.starts_with('%')) {
                1
            } else if next0 == "percent" {
                next.first().map_or(0, |(w, at)| at + w.len() - end)
            } else {
                next.get(1).map_or(0, |(w, at)| at + w.len() - end)
            };
            end += skip;
            let measures = phrase(sent, end, 3).map(|(p, _)| p);
            Some(mk(
                FigureKind::Percent,
                value,
                "percent",
                value / 100.0,
                None,
                measures,
            ))
        } else if next0 == "of"
            || (next0 == "out" && next.get(1).is_some_and(|(w, _)| clean_word(w) == "of"))
        {
            // 61 of 85 drones; 10 out of 10
            let mut idx = if next0 == "of" { 1 } else { 2 };
            // 40 of its 210 jobs
            if next
                .get(idx)
                .is_some_and(|(w, _)| matches!(*w, "its" | "their" | "the" | "his" | "her" | "our"))
            {
                idx += 1;
            }
            let total = next.get(idx).and_then(|(w, at)| {
                // The figure ends with the number, not with the mark after it (“10 out of 10”).
                let c = clean_word(w);
                let c_end = w.find(c).map_or(w.len(), |i| i + c.len());
                numbers::parse(c).map(|t| (t, *at + c_end))
            });
            match total {
                Some((t, tend)) if t >= value && t > 0.0 => {
                    end = tend.min(sent.len());
                    let measures = phrase(sent, end, 3).map(|(p, _)| p);
                    if measures.is_none() && next0 == "out" {
                        Some(mk(
                            FigureKind::Rating,
                            value,
                            "score",
                            value / t,
                            Some(t),
                            None,
                        ))
                    } else {
                        Some(mk(
                            FigureKind::Count,
                            value,
                            measures
                                .as_deref()
                                .map(unit_word)
                                .unwrap_or_default()
                                .as_str(),
                            value,
                            Some(t),
                            measures,
                        ))
                    }
                }
                // "two of her college roommates", "five of the men": a part of a group with
                // no number for the whole is a count of the group's noun.
                _ if idx == 2 && next0 == "of" => next
                    .get(idx)
                    .and_then(|(_, at)| phrase(sent, *at, 3))
                    .filter(|(p, _)| p.chars().next().is_some_and(char::is_lowercase))
                    .map(|(p, _)| {
                        mk(
                            FigureKind::Count,
                            value,
                            &unit_word(&p),
                            value,
                            None,
                            Some(p),
                        )
                    }),
                _ => None,
            }
        } else {
            // Durations: "three hours", "three-hour summit", "30-day pause".
            let glued = sent.get(end..).and_then(|r| r.strip_prefix('-')).map(|r| {
                let w: String = r.chars().take_while(|ch| ch.is_alphabetic()).collect();
                (w, end + 1)
            });
            let (unit_word_raw, unit_at, compound) = match &glued {
                Some((w, at)) if !w.is_empty() => (w.to_lowercase(), *at, true),
                _ => (
                    next0.clone(),
                    next.first().map_or(end, |(_, at)| *at),
                    false,
                ),
            };
            // "three night shelters": a bare singular "night" names a kind of thing.
            let singular_night = !compound && unit_word_raw == "night";
            let unit_word_raw = unit_word_raw.trim_end_matches('s').to_string();
            if let Some((u, per_hour)) = DURATION_UNITS
                .iter()
                .find(|(u, _)| *u == unit_word_raw)
                .filter(|_| !singular_night)
            {
                let unit_end = sent.get(unit_at..).map_or(unit_at, |r| {
                    unit_at + r.find(|ch: char| !ch.is_alphabetic()).unwrap_or(r.len())
                });
                end = unit_end;
                let measures = if compound {
                    phrase(sent, unit_end, 1).map(|(p, _)| p)
                } else {
                    let after = words_after(sent, unit_end, 2);
                    match after.first().map(|(w, _)| clean_word(w).to_lowercase()) {
                        Some(o) if o == "of" => after
                            .get(1)
                            .and_then(|(_, at)| phrase(sent, *at, 3))
                            .map(|(p, _)| p),
                        _ => None,
                    }
                };
                // "3 1/2 years ago" is a date, not a duration figure — unless it measures something.
                let ago = words_after(sent, unit_end, 1)
                    .first()
                    .is_some_and(|(w, _)| clean_word(w).eq_ignore_ascii_case("ago"));
                if ago {
                    None
                } else {
                    Some(mk(
                        FigureKind::Duration,
                        value,
                        u,
                        value * per_hour,
                        None,
                        measures,
                    ))
                }
            } else if let Some((cur, k)) = currency_word(&next0).map(|c| (c, 0)).or_else(|| {
                // `25 Kenyan shillings`: a nationality before the currency word, which then
                // names that nation's currency (`Norwegian crowns`, `Chilean pesos`).
                let nation = crate::entities::lexicon::nation_of(&next0);
                next.get(1)
                    .filter(|_| next0.ends_with("an") || nation.is_some())
                    .and_then(|(w, _)| {
                        let w = clean_word(w);
                        nation
                            .and_then(|n| national_currency(n, w))
                            .or_else(|| currency_word(w))
                    })
                    .map(|c| (c, 1))
            }) {
                end = next.get(k).map_or(end, |(w, at)| at + clean_word_end(w));
                Some(mk(FigureKind::Money, value, cur, value, None, None))
            } else {
                // A count: the noun phrase after the number.
                // "two more clinics": the noun after "more"/"extra" is what is counted.
                let from = sent
                    .get(end..)
                    .and_then(|r| {
                        [" more ", " extra ", " further "]
                            .iter()
                            .find_map(|a| r.strip_prefix(a).map(|rest| sent.len() - rest.len() - 1))
                    })
                    .unwrap_or(end);
                let counted = phrase(sent, from, 3)
                    .filter(|(p, _)| p.chars().next().is_some_and(|ch| ch.is_alphabetic()));
                // Word numbers count only plural nouns ("three drones"), not "the two met".
                let worded = num_m.as_str().contains(char::is_alphabetic);
                let plural = |p: &str| {
                    p.split_whitespace().any(|w| {
                        let w = w.to_lowercase();
                        (w.ends_with('s') && !w.ends_with("ss"))
                            || matches!(
                                w.as_str(),
                                "people"
                                    | "children"
                                    | "men"
                                    | "women"
                                    | "police"
                                    | "staff"
                                    | "troops"
                            )
                    })
                };
                // "one person", "one soldier": a single person is counted too.
                let one_person = |p: &str| {
                    value == 1.0
                        && p.split_whitespace()
                            .next()
                            .is_some_and(|w| PERSON_NOUNS.contains(&w.to_lowercase().as_str()))
                };
                let casualties =
                    casualty_count(sent, start, end, counted.as_ref().map(|c| c.0.as_str()));
                let counted = counted.filter(|(p, _)| !worded || plural(p) || one_person(p));
                match counted {
                    _ if casualties => {
                        Some(mk(FigureKind::Count, value, "person", value, None, None))
                    }
                    Some((p, _)) if value.fract() == 0.0 || worded => {
                        let stars = p.to_lowercase().starts_with("star");
                        if stars {
                            Some(mk(
                                FigureKind::Rating,
                                value,
                                "stars",
                                value / 5.0,
                                Some(5.0),
                                None,
                            ))
                        } else {
                            Some(mk(
                                FigureKind::Count,
                                value,
                                &unit_word(&p),
                                value,
                                None,
                                Some(p),
                            ))
                        }
                    }
                    _ => None,
                }
            }
        };
        if let Some(mut f) = figure {
            // Word numbers must carry a unit or noun to be a figure ("one of the leaders" is not).
            if num_m.as_str().chars().all(char::is_alphabetic)
                && f.kind == FigureKind::Count
                && value < 2.0
                && f.unit != "person"
            {
                continue;
            }
            f.text = sent.get(start..end).unwrap_or("").trim().to_string();
            taken_until = end;
            out.push((start, end, f));
        }
    }
    // "thousands of lives": approximate counts.
    for c in thousands_regex().captures_iter(sent) {
        let (Some(all), Some(w)) = (c.get(0), c.name("w")) else {
            continue;
        };
        if out
            .iter()
            .any(|(s, e, _)| all.start() < *e && all.end() > *s)
        {
            continue;
        }
        let Some((p, pend)) = phrase(sent, all.end(), 3) else {
            continue;
        };
        let value = numbers::scale(w.as_str().trim_end_matches('s')).unwrap_or(1.0) * 2.0;
        out.push((
            all.start(),
            pend,
            Figure {
                text: sent.get(all.start()..pend).unwrap_or("").trim().to_string(),
                kind: FigureKind::Count,
                value,
                total: None,
                unit: unit_word(&p),
                normalized: value,
                qualifier: Some(w.as_str().to_lowercase()),
                measures: Some(p),
                span: Span::default(),
                sentence: Span::default(),
            },
        ));
    }
    // "for a month", "less than an hour": one unit of time written with an article.
    let durations = if may_hold_article_duration(sent) {
        article_duration_regex().captures_iter(sent).collect()
    } else {
        Vec::new()
    };
    for c in durations {
        let (Some(all), Some(a), Some(u), Some(p)) =
            (c.get(0), c.name("a"), c.name("u"), c.name("p"))
        else {
            continue;
        };
        let next = words_after(sent, all.end(), 1)
            .first()
            .map(|(w, _)| clean_word(w).to_lowercase())
            .unwrap_or_default();
        // "a year ago", "a day later", "a year old", "a day care centre" are dates, ages and
        // names, not lengths of time: the unit must end its phrase.
        let ends_phrase = sent.get(all.end()..).is_some_and(|r| {
            r.is_empty() || r.starts_with(|c: char| !c.is_alphanumeric() && !c.is_whitespace())
        }) || matches!(
            next.as_str(),
            "of" | "and"
                | "or"
                | "but"
                | "to"
                | "as"
                | "in"
                | "at"
                | "with"
                | "when"
                | "while"
                | "because"
                | "until"
                | "so"
                | "than"
        );
        // "about an hour before the vote": with a qualifier, the offset is a length of time.
        let offset = matches!(next.as_str(), "before" | "after")
            && !matches!(
                p.as_str().to_lowercase().as_str(),
                "for" | "in" | "after" | "within" | "by"
            );
        if !(ends_phrase || offset)
            || out
                .iter()
                .any(|(s, e, _)| all.start() < *e && all.end() > *s)
            || in_date(a.start(), all.end())
        {
            continue;
        }
        let unit = u.as_str().to_lowercase();
        let Some((unit, per_hour)) = DURATION_UNITS.iter().find(|(d, _)| *d == unit) else {
            continue;
        };
        let p = p.as_str().to_lowercase();
        let p = p.split_whitespace().collect::<Vec<_>>().join(" ");
        let qualified = !matches!(p.as_str(), "for" | "in" | "after" | "within" | "by");
        let from = if qualified { all.start() } else { a.start() };
        out.push((
            from,
            all.end(),
            Figure {
                text: sent.get(from..all.end()).unwrap_or("").trim().to_string(),
                kind: FigureKind::Duration,
                value: 1.0,
                total: None,
                unit: (*unit).to_string(),
                normalized: *per_hour,
                qualifier: qualified.then_some(p),
                measures: None,
                span: Span::default(),
                sentence: Span::default(),
            },
        ));
    }
    // "a third of the money", "half of the staff": fractions written with an article.
    // Most sentences hold no fraction word: a literal search rules them out first.
    let fractions = if fraction_word_regex().is_match(sent) {
        article_fraction_regex().captures_iter(sent).collect()
    } else {
        Vec::new()
    };
    for c in fractions {
        let Some(all) = c.get(0) else { continue };
        if out
            .iter()
            .any(|(s, e, _)| all.start() < *e && all.end() > *s)
            || in_date(all.start(), all.end())
        {
            continue;
        }
        let d = c
            .name("d")
            .and_then(|d| denominator(d.as_str()))
            .unwrap_or(2.0);
        let from = c.name("det").map_or(all.end(), |m| m.start());
        // "a fifth of a classroom": the article before the noun is not where the phrase stops.
        let from = sent
            .get(from..)
            .and_then(|r| {
                ["a ", "an "]
                    .iter()
                    .find_map(|a| r.strip_prefix(a).map(|rest| sent.len() - rest.len()))
            })
            .unwrap_or(from);
        let (measures, end) = match phrase(sent, from, 4) {
            Some((p, e)) => (Some(p), e),
            None => (None, all.end()),
        };
        let Some(measures) = measures else { continue };
        out.push((
            all.start(),
            end,
            Figure {
                text: sent.get(all.start()..end).unwrap_or("").trim().to_string(),
                kind: FigureKind::Fraction,
                value: 1.0 / d,
                total: None,
                unit: "ratio".to_string(),
                normalized: 1.0 / d,
                qualifier: c.name("q").map(|q| q.as_str().to_lowercase()),
                measures: Some(measures),
                span: Span::default(),
                sentence: Span::default(),
            },
        ));
    }
    out.sort_by_key(|(s, _, _)| *s);
    out
}

/// A fraction word anywhere, any case: what every [`article_fraction_regex`] match holds.
fn fraction_word_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth")
            .unwrap_or_else(|_| Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!()))
    })
}

/// `about a third of`, `a quarter of`, `half of`, `half the`: a fraction with an article
/// instead of a number word (which the figure pattern reads as "one third").
fn article_fraction_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&format!(
            r"(?-u:\b)(?:(?P<q>{QUALIFIERS})\s+)?(?:(?i:a|an)\s+(?P<d>(?i:half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth))\s+of\s+|(?i:half)\s+of\s+|(?i:half)\s+(?P<det>the|its|their|his|her|our|all)(?-u:\b))"
        ))
        .unwrap_or_else(|_| Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!()))
    })
}

/// One unit of time with an article after a preposition or qualifier: "for a month", "in a
/// decade", "less than an hour", "over a year" (not "a week ago" or "£90 a year").
fn article_duration_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?-u:\b)(?P<p>(?i:less\s+than|more\s+than|at\s+least|up\s+to|for|in|after|within|over|about|nearly|almost|under|around|roughly|by|barely|just))\s+(?P<a>(?i:an?))\s+(?P<u>(?i:minute|hour|day|week|fortnight|month|year|decade))(?-u:\b)")
            .unwrap_or_else(|_| Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!()))
    })
}

/// The units of [`article_duration_regex`].
const ARTICLE_DURATION_UNITS: [&str; 8] = [
    "minute",
    "hour",
    "day",
    "week",
    "fortnight",
    "month",
    "year",
    "decade",
];

/// False only when `sent` can hold no match of [`article_duration_regex`]. The regex's own
/// search cost some 5k instructions per sentence (its leading words — "in", "for", "by" — are
/// everywhere, so it is started again and again), and few sentences hold one.
///
/// Every match holds whitespace, `a` or `an` (any case), whitespace, then a unit (any case).
/// So this finds each `a`/`A` after a whitespace character, and looks for the rest after it.
/// `\s` is the White_Space property, as `char::is_whitespace`; under `(?i)` the only
/// characters outside ASCII that match an ASCII letter are the Kelvin sign (k) and the long s
/// (`case_folds_into_ascii_only_from_kelvin_and_long_s`), and of the units only "week" holds
/// either letter. `article_duration_gate_lets_every_match_through` checks the whole.
fn may_hold_article_duration(sent: &str) -> bool {
    let unit_at = |r: &str| {
        ARTICLE_DURATION_UNITS.iter().any(|u| {
            r.as_bytes()
                .get(..u.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(u.as_bytes()))
        }) || (r
            .as_bytes()
            .get(..3)
            .is_some_and(|head| head.eq_ignore_ascii_case(b"wee"))
            && r.get(3..).is_some_and(|k| k.starts_with('\u{212a}')))
    };
    memchr::memchr2_iter(b'a', b'A', sent.as_bytes()).any(|i| {
        let after_space = sent
            .get(..i)
            .and_then(|b| b.chars().next_back())
            .is_some_and(char::is_whitespace);
        if !after_space {
            return false;
        }
        // `a` is one byte: `i + 1` is a character boundary.
        let rest = sent.get(i + 1..).unwrap_or("");
        let rest = rest.strip_prefix(['n', 'N']).unwrap_or(rest);
        let unit = rest.trim_start_matches(char::is_whitespace);
        unit.len() < rest.len() && unit_at(unit)
    })
}

/// The unit of a counted noun phrase: its last word, singular, lower-case ("Ukrainian drones" → "drone").
fn unit_word(phrase: &str) -> String {
    let last = phrase
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_lowercase();

    if last.ends_with("ies") && last.len() > 4 {
        format!("{}y", &last[..last.len() - 3])
    } else if ["ches", "shes", "xes", "sses", "zes"]
        .iter()
        .any(|e| last.ends_with(e))
        && last.len() > 4
    {
        // "matches" → "match", "boxes" → "box", "buses"/"bosses" stay "bus"/"boss".
        last[..last.len() - 2].to_string()
    } else if last.ends_with('s') && !last.ends_with("ss") && last.len() > 3 {
        last[..last.len() - 1].to_string()
    } else {
        last
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrase_stops_fit_the_buffer() {
        for stop in PHRASE_STOP {
            assert!(stop.len() <= PHRASE_STOP_MAX_LEN, "{stop}");
            assert!(stop.bytes().all(|b| b.is_ascii_lowercase()), "{stop}");
            assert!(is_phrase_stop(stop) && is_phrase_stop(&stop.to_uppercase()));
        }
        assert!(!is_phrase_stop("drones") && !is_phrase_stop("Ánd"));
    }

    mod phrase_prop {
        use super::super::{phrase, phrase_by_lowercasing};
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2000))]
            #[test]
            fn phrase_matches_the_lowercasing_version(
                text in proptest::collection::vec(prop_oneof![
                    Just("drones"), Just("AND"), Just("Of"), Just("\u{212a}"), Just("İn"),
                    Just("ſaid"), Just("people,"), Just("“x”"), Just(" "), Just("\u{a0}"),
                    Just("é"), Just("-"),
                ], 0..12).prop_map(|v| v.concat()),
                from in 0usize..4,
                max in 1usize..5,
            ) {
                let from = (0..=from.min(text.len()))
                    .rev()
                    .find(|&f| text.is_char_boundary(f))
                    .unwrap_or(0);
                prop_assert_eq!(phrase(&text, from, max), phrase_by_lowercasing(&text, from, max));
            }
        }
    }
    use proptest::prelude::*;

    #[test]
    fn case_folds_into_ascii_only_from_kelvin_and_long_s() {
        let letter = Regex::new(r"\A(?i:[a-z])\z").unwrap_or_else(|_| unreachable!());
        let mut buf = [0u8; 4];
        let folding: Vec<char> = ('\u{80}'..=char::MAX)
            .filter(|c| letter.is_match(c.encode_utf8(&mut buf)))
            .collect();
        assert_eq!(folding, ['\u{17f}', '\u{212a}']);
    }

    #[test]
    fn article_duration_gate_on_sentences() {
        for (sent, holds) in [
            ("It lasted for a month.", true),
            ("Talks ran for AN\u{a0}\u{a0}Hour", true),
            ("over a wee\u{212a}s", true),
            ("a week ago", false),
            ("in a way, for an age, by a day-trip", true),
            ("in a way, for an age", false),
            ("for a\nyear", true),
        ] {
            assert_eq!(article_duration_regex().is_match(sent), holds, "{sent}");
            assert!(may_hold_article_duration(sent) || !holds, "{sent}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn article_duration_gate_lets_every_match_through(
            text in proptest::collection::vec(prop_oneof![
                Just("for"), Just("in"), Just("less than"), Just("a"), Just("A"), Just("an"),
                Just("AN"), Just("aN"), Just("n"), Just(" "), Just("  "), Just("\u{a0}"),
                Just("\u{2003}"), Just("\n"), Just("\u{b}"), Just("minute"), Just("HOUR"),
                Just("days"), Just("wee"), Just("k"), Just("K"), Just("\u{212a}"),
                Just("fortnight"), Just("Month"), Just("year"), Just("decade"), Just("x"),
                Just("é"), Just(","), Just("-"), Just("over"), Just("about"), Just("just"),
            ], 0..16).prop_map(|v| v.concat())
        ) {
            prop_assert!(
                may_hold_article_duration(&text) || !article_duration_regex().is_match(&text),
                "{:?}", text
            );
        }
    }

    fn by_split_pattern(sent: &str) -> crate::split::GroupSpans {
        crate::split::by_split(figure_regex(), &figure_finder().alts, sent)
    }

    #[test]
    fn split_pattern_matches_whole_pattern_on_figures() {
        for sent in [
            "Nearly three hours, more than $1.5 billion, a little over 20bn, US$ 2 trillion.",
            "About two-thirds of 61 of 85 drones; up to half a million; at least 50% of 3 1/2.",
            "just under €3m, as many as 1,000 roubles, an estimated twenty-five, well over ½",
            "some 5k, only one-fifth, exactly 10 out of 10, over  two and a half hours",
        ] {
            assert_eq!(
                by_split_pattern(sent),
                crate::split::by_whole(figure_regex(), sent),
                "{sent}"
            );
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn split_pattern_matches_whole_pattern(
            text in proptest::collection::vec(prop_oneof![
                Just("a little"), Just("over"), Just("under"), Just("more than"), Just("a"),
                Just("just"), Just("as many as"), Just("as much"), Just("some"), Just("an"),
                Just("estimated"), Just("up to"), Just("well"), Just("only"), Just("$"),
                Just("US$"), Just("€"), Just("£"), Just("1"), Just("1,000"), Just("1.5"),
                Just("1/2"), Just("½"), Just("bn"), Just("m"), Just("k"), Just("million"),
                Just("two"), Just("twenty"), Just("-"), Just("five"), Just("and"), Just("half"),
                Just("thirds"), Just("quarter"), Just("hundred"), Just("dozen"), Just(" "),
                Just("  "), Just(","), Just("."), Just("x"), Just("٣"), Just("\u{a0}"),
                Just("NEARLY"), Just("\n"),
            ], 0..24).prop_map(|v| v.concat())
        ) {
            prop_assert_eq!(
                by_split_pattern(&text),
                crate::split::by_whole(figure_regex(), &text),
                "{:?}",
                text
            );
        }
    }

    #[test]
    fn the_number_prefilter_passes_every_sentence_the_regexes_match() {
        let mut sents: Vec<String> = [
            "Six drones",
            "ſix drones",
            "\u{212A}",
            "٣ drones",
            "twenty-five",
            "a dozen",
            "thousands of lives",
            "HUNDREDS OF people",
            "$5",
            "50%",
            "no number here",
            "someone phoned",
            "G7",
            "often",
            "Ten",
            "x-ten",
            "for a month",
            "less than AN HOUR",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for seed in crate::seeds::SEEDS {
            sents.extend(seed.split(['.', '\n']).map(str::to_string));
        }
        for s in &sents {
            if figure_regex().is_match(s)
                || thousands_regex().is_match(s)
                || article_duration_regex().is_match(s)
            {
                assert!(may_hold_number(s), "{s:?}");
            }
        }
        assert!(!may_hold_number("no number here"));
        assert!(!may_hold_number("someone often phoned"));
        assert!(
            may_hold_number("٣ drones") && may_hold_number("SEVEN") && may_hold_number("a Million")
        );
    }

    fn one(
        sent: &str,
    ) -> Vec<(
        FigureKind,
        f64,
        Option<f64>,
        String,
        Option<String>,
        Option<String>,
    )> {
        extract(sent, &[Span::new(0, sent.len())])
            .into_iter()
            .map(|f| {
                (
                    f.kind,
                    f.normalized,
                    f.total,
                    f.unit,
                    f.qualifier,
                    f.measures,
                )
            })
            .collect()
    }

    #[test]
    fn ordinals_are_not_figures_and_units_are_singular() {
        let cases: [(&str, Vec<(f64, &str)>); 4] = [
            ("He scored in the 78th minute.", vec![]),
            (
                "It was their first defeat in 11 league matches.",
                vec![(11.0, "match")],
            ),
            ("Police seized 40 boxes of files.", vec![(40.0, "box")]),
            ("The 21st century began with 3 wars.", vec![(3.0, "war")]),
        ];
        for (sent, want) in cases {
            let got: Vec<(f64, String)> = in_sentence(sent)
                .into_iter()
                .map(|(_, _, f)| (f.value, f.unit))
                .collect();
            let want: Vec<(f64, String)> =
                want.into_iter().map(|(v, u)| (v, u.to_string())).collect();
            assert_eq!(got, want, "{sent}");
        }
    }

    #[test]
    fn kinds_values_qualifiers() {
        use FigureKind::*;
        let cases: Vec<(&str, FigureKind, f64, Option<&str>)> = vec![
            (
                "The leaders held nearly three hours of talks.",
                Duration,
                3.0,
                Some("nearly"),
            ),
            ("The three-hour summit ended early.", Duration, 3.0, None),
            (
                "They talked for more than two and a half hours.",
                Duration,
                2.5,
                Some("more than"),
            ),
            (
                "Kyiv proposed a 30-day pause in strikes.",
                Duration,
                720.0,
                None,
            ),
            (
                "Ukraine said it downed 61 of 85 Russian-launched drones.",
                Count,
                61.0,
                None,
            ),
            (
                "Russia said it destroyed 29 Ukrainian drones overnight.",
                Count,
                29.0,
                None,
            ),
            ("Trump imposed a 50% tariff on India.", Percent, 0.5, None),
            (
                "Turnout reached 62 per cent in the north.",
                Percent,
                0.62,
                None,
            ),
            (
                "Russia holds nearly one-fifth of the country.",
                Fraction,
                0.2,
                Some("nearly"),
            ),
            (
                "The deal is worth $1.5 billion to the port.",
                Money,
                1.5e9,
                None,
            ),
            ("Brussels pledged €20bn in aid.", Money, 2e10, None),
            (
                "More than a million people have been killed or wounded.",
                Count,
                1e6,
                Some("more than"),
            ),
            ("The critic gave it 10 out of 10.", Rating, 1.0, None),
            ("Tickets cost 1,000 roubles each.", Money, 1000.0, None),
        ];
        for (sent, kind, norm, qual) in cases {
            let got = one(sent);
            let f = got.first().unwrap_or_else(|| panic!("no figure in {sent}"));
            assert_eq!(f.0, kind, "{sent}: {got:?}");
            assert!(
                (f.1 - norm).abs() < 1e-6 * norm.abs().max(1.0),
                "{sent}: {got:?}"
            );
            assert_eq!(f.4.as_deref(), qual, "{sent}: {got:?}");
        }
    }

    #[test]
    fn a_closing_mark_after_a_total_is_not_part_of_the_figure() {
        let sent = "He rated the meeting “10 out of 10” and left.";
        let got = extract(sent, &[Span::new(0, sent.len())]);
        assert_eq!(got.first().map(|f| f.text.as_str()), Some("10 out of 10"));
    }

    #[test]
    fn what_it_measures_and_totals() {
        let got = one("Ukraine said it downed 61 of 85 Russian-launched drones.");
        assert_eq!(got[0].2, Some(85.0));
        assert_eq!(got[0].5.as_deref(), Some("Russian-launched drones"));
        assert_eq!(got[0].3, "drone");
        let got = one("The hospital cut 40 of its 210 jobs in January.");
        assert_eq!((got[0].1, got[0].2), (40.0, Some(210.0)));
        assert_eq!(got[0].3, "job");
        let got = one("Patients travel at least 50 miles away.");
        assert_eq!(got[0].3, "mile");
        let sent = "It was chaos for millions of families.”";
        let got = extract(sent, &[Span::new(0, sent.len())]);
        assert_eq!(
            got.first().map(|f| f.text.as_str()),
            Some("millions of families")
        );
        for (sent, value, measures) in [
            (
                "He had repaid about a third of the money.",
                1.0 / 3.0,
                "the money",
            ),
            ("It cut a quarter of its jobs.", 0.25, "its jobs"),
            ("Half of the staff were laid off.", 0.5, "the staff"),
            ("Half the staff were laid off.", 0.5, "the staff"),
        ] {
            let got = one(sent);
            assert!((got[0].1 - value).abs() < 1e-9, "{sent}: {got:?}");
            assert_eq!(got[0].5.as_deref(), Some(measures), "{sent}: {got:?}");
        }
        // The pattern compiles (a regex that fails to compile matches nothing).
        assert!(article_fraction_regex().is_match("a third of it"));
        let got = one("People who walk about 4,000 steps a day have a lower risk.");
        assert_eq!(got[0].3, "step");
        let got = one("A study of more than 78,000 adults published on Monday.");
        assert_eq!(got[0].5.as_deref(), Some("adults"));
        let got = one("The three-hour summit ended early.");
        assert_eq!(got[0].5.as_deref(), Some("summit"));
        let got = one("Russia holds nearly one-fifth of the country.");
        assert_eq!(got[0].5.as_deref(), Some("the country"));
    }

    #[test]
    fn not_figures() {
        for sent in [
            "Trump, 79, arrived first.",
            "The 79-year-old spoke briefly.",
            "They met at 10:30 in the hall.",
            "The wind changed at about 2am and again at 4 pm.",
            "Temperatures reached 44C, or 111 °F, on Monday.",
            "It was 90 degrees in the shade.",
            "The shift starts at 7 p.m., and by 7:05 she is behind.",
            "It was the worst war since World War II.",
            "He lives at No. 10 Downing Street.",
            "In 2018, the two met in Helsinki.",
            "On August 15, 2025, they met.",
            "One of the leaders left early.",
            "3 1/2 years ago the war began.",
        ] {
            assert!(one(sent).is_empty(), "{sent}: {:?}", one(sent));
        }
    }
}
#[cfg(test)]
mod rupees_points_casualties_tests {
    use super::*;
    use FigureKind::{Count, Money, Percent};

    fn figs(s: &str) -> Vec<(FigureKind, f64, String)> {
        in_sentence(s)
            .into_iter()
            .map(|(_, _, f)| (f.kind, f.value, f.unit))
            .collect()
    }

    #[test]
    fn rupees_in_lakh_and_crore() {
        let got = figs(
            "The board approved a Rs 3,400 crore bridge, a ₹12 lakh penalty and Rs. 7.5 lakh in fees.",
        );
        assert_eq!(
            got,
            [
                (Money, 34_000_000_000.0, "INR".to_string()),
                (Money, 1_200_000.0, "INR".to_string()),
                (Money, 750_000.0, "INR".to_string()),
            ]
        );
        // "Mrs 5" is no currency.
        assert!(figs("Mrs 5 said so.").iter().all(|f| f.0 != Money));
    }

    /// East African shillings (`Sh25`, `Ksh.900`, `KSh 1,200`, `58bn shillings`, `25 Kenyan
    /// shillings`) and other currencies written against the number.
    #[test]
    fn shillings_naira_and_symbols_written_against_the_number() {
        let got = figs(
            "The levy rises from Sh18 to Sh25 and raises Sh58 billion; fares, now Ksh.900, reach KSh 1,200, a rider earns 900 shillings or 25 Kenyan shillings, traders pay ₦50,000, A$3 million and Rs50.",
        );
        let money = |v: f64, c: &str| (Money, v, c.to_string());
        assert_eq!(
            got,
            [
                money(18.0, "KES"),
                money(25.0, "KES"),
                money(58_000_000_000.0, "KES"),
                money(900.0, "KES"),
                money(1_200.0, "KES"),
                money(900.0, "KES"),
                money(25.0, "KES"),
                money(50_000.0, "NGN"),
                money(3_000_000.0, "AUD"),
                money(50.0, "INR"),
            ]
        );
        // A word that merely starts like a currency is none: `Shah 5`, `Bush 18`.
        assert!(figs("Shah 5 and Bush 18 met.").iter().all(|f| f.0 != Money));
    }

    /// Ringgit (`RM150mil`, `RM1.2bil`, `RM300 mln`, `RM1,000`) and the rupee by its code.
    #[test]
    fn ringgit_with_malaysian_scales_and_rupee_codes() {
        let got = figs(
            "The state gets RM150mil now, RM1.2bil later, RM300 mln more and RM1,000 a family; wheat costs PKR 3,900.",
        );
        let money = |v: f64, c: &str| (Money, v, c.to_string());
        assert_eq!(
            got,
            [
                money(150_000_000.0, "MYR"),
                money(1_200_000_000.0, "MYR"),
                money(300_000_000.0, "MYR"),
                money(1_000.0, "MYR"),
                money(3_900.0, "PKR"),
            ]
        );
        // A word that merely starts like one is none: `RMT 5`, `Rome 18`.
        assert!(figs("RMT 5 and Rome 18 met.").iter().all(|f| f.0 != Money));
    }

    /// Currency words of their own (`4.2 trillion won`, `140 million koruna`) and words that
    /// several nations use, named by the nationality before them (`310 million Norwegian
    /// crowns`, `80,000 Chilean pesos`, `5 million Tanzanian shillings`).
    #[test]
    fn currency_words_and_national_currencies() {
        let got = figs(
            "It costs 4.2 trillion won, 140 million koruna, 310 million Norwegian crowns, 2 million Czech crowns, 80,000 Chilean pesos, 5 million Tanzanian shillings and 9 million Swiss francs.",
        );
        let money = |v: f64, c: &str| (Money, v, c.to_string());
        assert_eq!(
            got,
            [
                money(4_200_000_000_000.0, "KRW"),
                money(140_000_000.0, "CZK"),
                money(310_000_000.0, "NOK"),
                money(2_000_000.0, "CZK"),
                money(80_000.0, "CLP"),
                money(5_000_000.0, "TZS"),
                money(9_000_000.0, "CHF"),
            ]
        );
    }

    /// Gulf, Levant and Chilean symbols (`Dh11 billion`, `JD150 million`, `NIS 10.9 billion`,
    /// `CLP$ 45 billion`) and the Canadian hyphen before a scale (`$61.4-million`).
    #[test]
    fn gulf_levant_chilean_currencies_and_hyphenated_scales() {
        let got = figs(
            "The deal is worth Dh11 billion, or JD2.13 billion, NIS 10.9 billion and CLP$ 45 billion; the city pays $61.4-million.",
        );
        let money = |v: f64, c: &str| (Money, v, c.to_string());
        assert_eq!(
            got,
            [
                money(11_000_000_000.0, "AED"),
                money(2_130_000_000.0, "JOD"),
                money(10_900_000_000.0, "ILS"),
                money(45_000_000_000.0, "CLP"),
                money(61_400_000.0, "USD"),
            ]
        );
    }

    #[test]
    fn percentage_and_basis_points_and_glued_millions() {
        let got = figs(
            "Yields rose 0.5 percentage points, then 30 basis points and 15bps more across 2.4mn accounts.",
        );
        assert_eq!(
            got,
            [
                (Percent, 0.5, "percent".to_string()),
                (Percent, 30.0, "basis point".to_string()),
                (Percent, 15.0, "basis point".to_string()),
                (Count, 2_400_000.0, "account".to_string()),
            ]
        );
    }

    #[test]
    fn casualties_count_people() {
        let got = figs("The blast killed one person and injured four, and two were wounded.");
        assert_eq!(
            got,
            [
                (Count, 1.0, "person".to_string()),
                (Count, 4.0, "person".to_string()),
                (Count, 2.0, "person".to_string()),
            ]
        );
        assert_eq!(
            figs("Nine injured were taken to hospital."),
            [(Count, 9.0, "person".to_string())]
        );
        // A headline's present tense, the number before a preposition.
        assert_eq!(
            figs("Floods kill 4, injure 12 across the valley"),
            [
                (Count, 4.0, "person".to_string()),
                (Count, 12.0, "person".to_string()),
            ]
        );
        // "one of them", "the two met": no count.
        assert!(figs("One of them left before the two met.").is_empty());
    }

    #[test]
    fn parts_of_groups_nights_and_more() {
        use FigureKind::{Duration, Fraction};
        assert_eq!(
            figs("She sat with two of her oldest friends."),
            [(Count, 2.0, "friend".to_string())]
        );
        assert_eq!(
            figs("They spent three nights in a tent."),
            [(Duration, 3.0, "night".to_string())]
        );
        assert_eq!(
            figs("The council shut three night shelters."),
            [(Count, 3.0, "shelter".to_string())]
        );
        assert_eq!(
            figs("The city will open two more weekend clinics."),
            [(Count, 2.0, "clinic".to_string())]
        );
        assert_eq!(
            figs("Nearly a quarter of a school was absent."),
            [(Fraction, 0.25, "ratio".to_string())]
        );
    }

    #[test]
    fn one_unit_of_time_with_an_article() {
        use FigureKind::Duration;
        assert_eq!(
            figs("The works stopped for a month, then less than an hour of rain fell."),
            [
                (Duration, 1.0, "month".to_string()),
                (Duration, 1.0, "hour".to_string()),
            ]
        );
        // Dates, rates and ages are not lengths of time.
        assert!(
            figs("It opened a week ago, costs £9 a year and is in a day care centre.")
                .iter()
                .all(|f| f.0 != Duration)
        );
        assert!(figs("She left after a year earlier spent abroad.").is_empty());
        assert_eq!(
            figs("It was tabled about an hour before the vote."),
            [(Duration, 1.0, "hour".to_string())]
        );
        assert!(figs("She called an hour before the vote.").is_empty());
        assert!(figs("One of them left before the two met.").is_empty());
    }
}
