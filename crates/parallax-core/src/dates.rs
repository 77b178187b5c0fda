//! Date expressions → dated events ([`Event`]), relative dates resolved against an anchor.
//!
//! The anchor is the article's published date, else the corpus event date. Without one,
//! expressions that need it ("Friday", "last month", "August 15" with no year) are skipped:
//! a date the text does not support is never guessed.
//!
//! Recognised patterns (one linear regex pass per sentence, checked against the words around):
//!
//! | pattern | example | precision | approximate | relative |
//! |---|---|---|---|---|
//! | ISO | `2025-08-15` | day | | |
//! | month day, year | `Aug. 15, 2025`, `August 15 2025` | day | | |
//! | day month year | `15 August 2025`, `15th of August, 2025` | day | | |
//! | month year | `February 2022`, `early February 2022` | month | with early/late/mid | |
//! | month day / day month | `August 15`, `15 Aug` | day | | yes (year inferred) |
//! | decade | `the 1990s`, `the early 2000s` | year | yes | |
//! | qualified year | `early 2025`, `mid-2023`, `the summer of 2024` | year | yes | |
//! | year | `in 2018`, `1867`, `since 2019`, `their 2018 Helsinki talks` | year | | |
//! | day words | `today`, `tonight`, `yesterday`, `tomorrow`, `overnight`, `last night` | day | overnight | yes |
//! | this/last/next | `last week`, `this year`, `next month` | day/month/year | weeks | yes |
//! | earlier/later this … | `earlier this year`, `later this month` | month/year | yes | yes |
//! | … ago | `two weeks ago`, `3 1/2 years ago` | day/month/year | yes (not days) | yes |
//! | weekday | `on Friday`, `last Monday`, `next Tuesday` | day | | yes |
//! | bare month | `in March`, `A February meeting`, `mid-February` | month | with early/late/mid | yes |
//!
//! A weekday or bare month resolves to the latest such day/month on or before the anchor, or the
//! next one after it when the clause is in the future tense ("will meet on Friday") or says
//! "next". Not dates: numbers with a comma (`2,022 drones`), numbers followed by a unit
//! (`1500 troops`, `2000 hours`), money and percentages, times (`10:30`), ordinals and names
//! (`World War II`, `No. 10`, `F-16`), and "May"/"March" unless a preposition marks them as months.

mod label;

use crate::model::{Entity, Event, Precision, Span};
use crate::numbers;
use crate::split::{AltMatch, Alternatives, Group};
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use regex::Regex;
use std::borrow::Cow;
use std::sync::{LazyLock, OnceLock};

const MONTHS: &str = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
const DAY: &str = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
const YEAR: &str = r"(?:1[0-9]{3}|20[0-9]{2})";
const QUAL: &str =
    r"(?i:early|late|mid-?|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of)";

/// The date pattern's alternatives, in priority order (the pattern is their alternation).
fn date_alternatives() -> &'static [String] {
    static ALTS: OnceLock<Vec<String>> = OnceLock::new();
    ALTS.get_or_init(|| {
        let mon = |g: &str| format!(r"(?P<{g}>(?:{MONTHS})(?-u:\b)\.?)");
        vec![
            r"(?-u:\b)(?P<iso>\d{4}-\d{2}-\d{2})(?-u:\b)".to_string(),
            format!(r"(?-u:\b){}\s+(?P<mdy_d>{DAY})(?-u:\b),?\s+(?P<mdy_y>{YEAR})(?-u:\b)", mon("mdy_m")),
            format!(r"(?-u:\b)(?P<dmy_d>{DAY})\s+(?:of\s+)?{},?\s+(?P<dmy_y>{YEAR})(?-u:\b)", mon("dmy_m")),
            format!(r"(?-u:\b)(?:(?P<my_q>{QUAL})\s*)?{},?\s+(?:of\s+)?(?P<my_y>{YEAR})(?-u:\b)", mon("my_m")),
            format!(r"(?-u:\b){}\s+(?P<md_d>{DAY})(?-u:\b)", mon("md_m")),
            format!(r"(?-u:\b)(?P<dm_d>{DAY})\s+(?:of\s+)?{}", mon("dm_m")),
            format!(r"(?-u:\b)(?:(?i:the)\s+)?(?:(?P<dec_q>{QUAL})\s*)?(?P<dec>(?:1[0-9]|20)[0-9]0)s(?-u:\b)"),
            format!(
                r"(?-u:\b)(?P<qy_q>{QUAL}|(?i:(?:the\s+)?(?:spring|summer|autumn|fall|winter)(?:\s+of)?))\s*(?P<qy_y>{YEAR})(?-u:\b)"
            ),
            r"(?-u:\b)(?P<rel>(?i:(?:earlier|later|early|late)\s+this\s+(?:year|month|week)|(?:this|last|next)\s+(?:spring|summer|autumn|fall|winter)|the\s+(?:spring|summer|autumn|winter)|(?:this|last|next)\s+(?:year|month|weekend|week)|(?:over|in|during)\s+the\s+(?:past|last)\s+day|today|tonight|yesterday|tomorrow|overnight|last\s+night|this\s+(?:morning|afternoon|evening)))(?-u:\b)".to_string(),
            format!(
                r"(?-u:\b)(?P<ago_n>{}|(?i:an?))\s+(?P<ago_u>(?i:years?|months?|weeks?|days?|decades?))\s+(?i:ago)(?-u:\b)",
                numbers::pattern()
            ),
            r"(?-u:\b)(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?-u:\b)".to_string(),
            r"(?-u:\b)(?P<mo>January|February|March|April|May|June|July|August|September|October|November|December)(?-u:\b)".to_string(),
            format!(r"(?-u:\b)(?P<yr>{YEAR})(?-u:\b)"),
        ]
    })
}

/// The whole date pattern as one regex with every group: what [`scan`] matched with before it
/// was split (see [`crate::split`]), kept to check the split against.
#[cfg(test)]
fn date_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // The pattern is a constant; a failure here is a programming error caught by every test.
        Regex::new(&date_alternatives().join("|"))
            .unwrap_or_else(|_| Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!()))
    })
}

/// The date pattern, split for speed (see [`crate::split`]), with each alternative's group
/// indices.
struct DateFinder {
    alts: Alternatives,
    groups: Vec<Groups>,
}

fn date_finder() -> &'static DateFinder {
    static FINDER: OnceLock<DateFinder> = OnceLock::new();
    FINDER.get_or_init(|| {
        let mut alts = Alternatives::new(date_alternatives());
        // These alternatives are `\b(?P<g>…)\b` with no other group: the word boundaries are
        // empty, so group `g` is always the whole match, read off its span.
        for name in ["iso", "rel", "wd", "mo", "yr"] {
            if let Some(k) = (0..alts.len()).find(|&k| alts.index(k, name) != usize::MAX) {
                alts = alts.with_whole_group(k, name, |_| false);
            }
        }
        let groups = (0..alts.len()).map(|k| Groups::of(&alts, k)).collect();
        DateFinder { alts, groups }
    })
}

/// Every match of the date pattern in `sent`, in order (as `date_regex().captures_iter`).
fn date_matches(sent: &str) -> Vec<AltMatch> {
    date_finder().alts.matches(sent)
}

/// A date match read against its sentence, with the group indices of its alternative.
struct Caps<'s> {
    sent: &'s str,
    m: &'s AltMatch,
    groups: &'s Groups,
}

impl<'s> Caps<'s> {
    fn new(sent: &'s str, m: &'s AltMatch) -> Option<Self> {
        let groups = date_finder().groups.get(m.alt)?;
        Some(Caps { sent, m, groups })
    }

    /// Group `i` (0 is the whole match), `None` when it did not take part.
    fn get(&self, i: usize) -> Option<Group<'s>> {
        self.m.get(self.sent, i)
    }
}

/// Indices of the date pattern's named groups in one alternative's regex, looked up once
/// (`usize::MAX` for the groups it lacks).
#[derive(Debug, Clone)]
struct Groups {
    iso: usize,
    mdy: (usize, usize, usize),
    dmy: (usize, usize, usize),
    my_m: usize,
    my_y: usize,
    my_q: usize,
    md: (usize, usize),
    dm: (usize, usize),
    dec: usize,
    dec_q: usize,
    qy_y: usize,
    rel: usize,
    ago_n: usize,
    ago_u: usize,
    wd: usize,
    mo: usize,
    yr: usize,
}

impl Groups {
    fn of(alts: &Alternatives, alt: usize) -> Self {
        let g = |name: &str| alts.index(alt, name);
        Groups {
            iso: g("iso"),
            mdy: (g("mdy_m"), g("mdy_d"), g("mdy_y")),
            dmy: (g("dmy_m"), g("dmy_d"), g("dmy_y")),
            my_m: g("my_m"),
            my_y: g("my_y"),
            my_q: g("my_q"),
            md: (g("md_m"), g("md_d")),
            dm: (g("dm_m"), g("dm_d")),
            dec: g("dec"),
            dec_q: g("dec_q"),
            qy_y: g("qy_y"),
            rel: g("rel"),
            ago_n: g("ago_n"),
            ago_u: g("ago_u"),
            wd: g("wd"),
            mo: g("mo"),
            yr: g("yr"),
        }
    }
}

/// A resolved date before it becomes an [`Event`].
#[derive(Debug, Clone, PartialEq)]
struct Found {
    date: String,
    precision: Precision,
    approximate: bool,
    relative: bool,
    /// Byte range of the expression inside the sentence.
    start: usize,
    end: usize,
}

/// The date expressions of every sentence, matched once and shared by [`extract_scanned`] and
/// [`crate::figures::extract_scanned`] (figures skip the numbers of dates). Resolving a match
/// (against an anchor) is left to each user.
pub struct DateScan<'t> {
    /// Per sentence (in order, with an empty list as one sentence over the whole text): its
    /// span, its matches, and whether it speaks of the future (only worked out when it has
    /// matches).
    sentences: Vec<(Span, Vec<AltMatch>, bool)>,
    text: std::marker::PhantomData<&'t str>,
}

/// Matches the date pattern once per sentence (see [`DateScan`]).
pub fn scan<'t>(text: &'t str, sentences: &[Span]) -> DateScan<'t> {
    let whole = [Span::new(0, text.len())];
    let sentences = if sentences.is_empty() {
        &whole[..]
    } else {
        sentences
    };
    let sentences = sentences
        .iter()
        .filter_map(|&s| {
            let sent = text.get(s.range())?;
            let caps = date_matches(sent);
            let future = !caps.is_empty() && looks_ahead(sent, &caps);
            Some((s, caps, future))
        })
        .collect();
    DateScan {
        sentences,
        text: std::marker::PhantomData,
    }
}

impl DateScan<'_> {
    /// Each sentence's span and text with its resolved dates (`anchor` for relative ones).
    fn resolved<'a>(
        &'a self,
        text: &'a str,
        anchor: Option<NaiveDate>,
    ) -> impl Iterator<Item = (Span, &'a str, Vec<Found>)> + 'a {
        self.sentences.iter().filter_map(move |(s, caps, future)| {
            let sent = text.get(s.range())?;
            let found: Vec<Found> = caps
                .iter()
                .filter_map(|c| resolve(sent, c, anchor, *future))
                .collect();
            Some((*s, sent, found))
        })
    }

    /// Per sentence, the byte ranges (within the sentence) of its absolute and relative date
    /// expressions, anchor-independent (as [`date_ranges`]).
    /// Only the sentences `keep` accepts are resolved, so a caller that has no use for a
    /// sentence does not pay for its dates.
    pub(crate) fn ranges<'a>(
        &'a self,
        text: &'a str,
        keep: impl Fn(&str) -> bool + 'a,
    ) -> impl Iterator<Item = (Span, &'a str, Vec<(usize, usize)>)> + 'a {
        let anchor = range_anchor();
        self.sentences.iter().filter_map(move |(s, caps, future)| {
            let sent = text.get(s.range())?;
            if !keep(sent) {
                return None;
            }
            let r = caps
                .iter()
                .filter_map(|c| resolve_as(sent, c, anchor, *future, Want::Span))
                .map(|f| (f.start, f.end))
                .collect();
            Some((*s, sent, r))
        })
    }
}

/// The anchor [`date_ranges`] resolves against: any date works, relative expressions just
/// need one.
fn range_anchor() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2000, 6, 15)
}

/// Finds dated events; relative dates resolve against `anchor`.
pub fn extract(
    text: &str,
    sentences: &[Span],
    anchor: Option<NaiveDate>,
    people: &[Entity],
) -> Vec<Event> {
    extract_scanned(text, &scan(text, sentences), anchor, people)
}

/// [`extract`] on date matches already made by [`scan`].
pub fn extract_scanned(
    text: &str,
    scanned: &DateScan<'_>,
    anchor: Option<NaiveDate>,
    people: &[Entity],
) -> Vec<Event> {
    let mut out = Vec::new();
    let index = PeopleIndex::new(people);
    for (s, sent, found) in scanned.resolved(text, anchor) {
        if found.is_empty() || is_stamp_line(sent, &found) {
            continue;
        }
        let names = index.people_in(s, sent, people);
        for f in found {
            let expression = sent.get(f.start..f.end).unwrap_or("").to_string();
            out.push(Event {
                date: f.date,
                precision: f.precision,
                approximate: f.approximate,
                relative: f.relative,
                label: label::label(sent, f.start, f.end),
                expression,
                text: sent.to_string(),
                people: names.clone(),
                span: Span::new(s.start as usize + f.start, s.start as usize + f.end),
                sentence: s,
            });
        }
    }
    out
}

/// Words a date stamp is written with besides its date: "Updated 5:07 p.m. ET, Mon", "Fri …
/// 06.00 BST", "Published".
const STAMP_WORDS: &[&str] = &[
    "updated",
    "published",
    "posted",
    "modified",
    "last",
    "first",
    "on",
    "at",
    "am",
    "pm",
    "a.m",
    "p.m",
    "et",
    "est",
    "edt",
    "ct",
    "cst",
    "cdt",
    "pt",
    "pst",
    "pdt",
    "bst",
    "gmt",
    "utc",
    "ist",
    "cet",
    "cest",
    "eet",
    "eest",
    "aest",
    "aedt",
    "msk",
    "uk",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thurs",
    "fri",
    "sat",
    "sun",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A line that is only the article's (or an entry's) date stamp: a full date ("August 18,
/// 2025", "22 Aug 2025") with nothing else but times, time zones, weekday names, "Updated"/
/// "Published", and at most three capitalised words (a section or agency: "- Energy &
/// Environment", "PTI /"). The stamp dates the text; it is not an event the text reports.
fn is_stamp_line(sent: &str, found: &[Found]) -> bool {
    if sent.len() > 90
        || !found
            .iter()
            .any(|f| !f.relative && f.precision == Precision::Day)
    {
        return false;
    }
    let mut rest = String::with_capacity(sent.len());
    let mut at = 0;
    for f in found {
        if f.start < at {
            continue;
        }
        rest.push_str(sent.get(at..f.start).unwrap_or(""));
        rest.push(' ');
        at = f.end;
    }
    rest.push_str(sent.get(at..).unwrap_or(""));
    let mut others = 0;
    for w in rest.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty()
            || w.chars()
                .all(|c| c.is_ascii_digit() || c == ':' || c == '.')
            || STAMP_WORDS.contains(&w.to_lowercase().trim_end_matches('.'))
        {
            continue;
        }
        if !w.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        others += 1;
    }
    others <= 3
}

/// Byte ranges (within `sent`) of absolute and relative date expressions, anchor-independent:
/// what [`DateScan::ranges`] gives [`crate::figures`], for one sentence.
#[cfg(test)]
pub(crate) fn date_ranges(sent: &str) -> Vec<(usize, usize)> {
    find_in_sentence(sent, range_anchor())
        .into_iter()
        .map(|f| (f.start, f.end))
        .collect()
}

#[cfg(test)]
fn find_in_sentence(sent: &str, anchor: Option<NaiveDate>) -> Vec<Found> {
    let caps = date_matches(sent);
    let future = looks_ahead(sent, &caps);
    caps.iter()
        .filter_map(|c| resolve(sent, c, anchor, future))
        .collect()
}

/// True when the sentence speaks of the future, so bare weekdays and months look forward.
fn is_future(sent: &str) -> bool {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"\A\W*(?:Watch|Join|Tune\s+in|Expect|Listen|Register|Book)\s|(?i)(?-u:\b)(?:will|won['’]t|shall|(?:is|are)\s+(?:scheduled|due|set|expected)\s+to|plans?\s+to|planning\s+to|hopes?\s+to|aims?\s+to|intends?\s+to|upcoming|(?:would|will)\s+be\s+(?:installed|held|built|completed|finished|opened|published|announced|decided)|(?:meets|votes|begins|opens|starts|resumes|reconvenes|convenes|returns|expires|closes|ends|travels|visits|hosts|faces|plays)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:keeps?|runs|lasts|remains|stays|extends|continues)\s[^.;]{0,60}?(?:through|until|till)\s+(?:(?:early|mid|late)-?\s?)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)(?-u:\b)").ok()
    })
    .as_ref()
    .is_some_and(|re| re.is_match(sent))
}

/// True when the dates matched in `sent` look forward: the sentence speaks of the future, or
/// has a "would" of [`future_in_the_past`] before its first date.
fn looks_ahead(sent: &str, caps: &[AltMatch]) -> bool {
    is_future(sent)
        || caps
            .first()
            .and_then(|c| c.get(sent, 0))
            .and_then(|g| sent.get(..g.start()))
            .is_some_and(future_in_the_past)
}

/// `said she would push for a budget in January`: "would" reporting a plan, before the date it
/// governs, so the date lies ahead of the report. Not "would have" (a past that did not happen) or "would often"/"would
/// usually" (a past habit).
fn future_in_the_past(sent: &str) -> bool {
    if !sent.contains("ould") {
        return false;
    }
    let mut words = sent.split_whitespace();
    while let Some(w) = words.next() {
        let w = w.trim_start_matches(|c: char| !c.is_alphabetic());
        if w.eq_ignore_ascii_case("would") || w.eq_ignore_ascii_case("wouldn't") {
            let next = words
                .clone()
                .next()
                .unwrap_or("")
                .trim_matches(|c: char| !c.is_alphabetic())
                .to_ascii_lowercase();
            if !matches!(
                next.as_str(),
                "" | "have" | "often" | "usually" | "always" | "sometimes" | "never" | "later"
            ) {
                return true;
            }
        }
    }
    false
}

/// Characters that end a clause for [`clause_tense`].
fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”' | '—' | '–' | '?' | '!'
    )
}

/// Past-tense forms decided by their spelling alone are too loose ("scheduled", "expected" look
/// ahead); these `-ed` words do not mark the past.
const ED_NOT_PAST: &[&str] = &[
    "scheduled",
    "rescheduled",
    "expected",
    "planned",
    "slated",
    "billed",
    "timetabled",
    "proposed",
    "forecasted",
    "needed",
    "based",
    "related",
    "limited",
    "red",
    "bed",
    "led",
    "united",
];

/// A word as [`clause_tense`] reads it: without the punctuation around it, lower-cased, and
/// empty for the month "May" as written (capitalised, it is not the modal). A word that is
/// already lower-case ASCII is borrowed: no allocation for most words.
fn tense_word(w: &str) -> Cow<'_, str> {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
    if w == "May" {
        Cow::Borrowed("")
    } else if w.is_ascii() && !w.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Borrowed(w)
    } else {
        Cow::Owned(w.to_lowercase())
    }
}

/// Words that start a clause of their own.
const CLAUSE_WORDS: &[&str] = &[
    "that", "which", "who", "whom", "and", "but", "while", "whereas", "because", "although",
];

/// Irregular past tenses that mark a clause as past.
const PAST_WORDS: &[&str] = &[
    "was", "were", "had", "did", "saw", "said", "told", "met", "won", "lost", "went", "came",
    "took", "gave", "made", "began", "fell", "rose", "left", "held", "felt", "thought", "knew",
    "struck", "hit", "ago", "wrote", "spoke", "ran", "sent", "drew", "fought", "broke", "brought",
];

/// Words that mark a clause as looking ahead: modals, plans and forecasts, and present-tense
/// fixture verbs ("we play on Sunday", "they face Leeds on Monday").
const FUTURE_WORDS: &[&str] = &[
    "will",
    "shall",
    "won't",
    "won’t",
    "would",
    "may",
    "might",
    "can",
    "forecasts",
    "forecasting",
    "expect",
    "expects",
    "expecting",
    "expected",
    "scheduled",
    "due",
    "upcoming",
    "ahead",
    "brace",
    "braces",
    "bracing",
    "play",
    "plays",
    "face",
    "faces",
    "host",
    "hosts",
    "visit",
    "visits",
    "meet",
    "meets",
];

/// The word lists [`tense_of_word`] looks words up in.
#[derive(Clone, Copy)]
enum Words {
    Future,
    Past,
}

/// `FUTURE_WORDS.contains(&w)` / `PAST_WORDS.contains(&w)` by one hash lookup: every word
/// before and after a date is looked up, and comparing it with the sixty-odd words one by one
/// was most of [`tense_of_word`]'s cost. Exact lookups both ways.
fn in_word_set(w: &str, list: Words) -> bool {
    type Set = std::collections::HashSet<&'static str, crate::text::FastHash>;
    static SETS: LazyLock<[Set; 2]> = LazyLock::new(|| {
        [
            FUTURE_WORDS.iter().copied().collect(),
            PAST_WORDS.iter().copied().collect(),
        ]
    });
    let set = match list {
        Words::Future => &SETS[0],
        Words::Past => &SETS[1],
    };
    set.contains(w)
}

/// Whether a word marks its clause as past (`Some(false)`), looking ahead (`Some(true)`), or
/// neither. `prev` is the word before it, lower-cased (a passive "are cleaned" is not past;
/// "would have", "would often" are not ahead).
fn tense_of_word(w: &str, prev: &str, next: &str) -> Option<bool> {
    if w == "would" {
        return (!matches!(
            next,
            "have" | "often" | "usually" | "always" | "sometimes" | "never" | "later" | ""
        ))
        .then_some(true);
    }
    // "are forecast to worsen" looks ahead; "than it forecast in August" is its past tense.
    if w == "forecast" {
        if next == "to" || matches!(prev, "is" | "are" | "be") {
            return Some(true);
        }
        return matches!(
            prev,
            "it" | "he" | "she" | "they" | "we" | "i" | "you" | "who"
        )
        .then_some(false);
    }
    if w.ends_with("'ll") || w.ends_with("’ll") || in_word_set(w, Words::Future) {
        // "May" is a month; the modal is written lower-case (the caller lower-cases, so the
        // month was already rejected by its capital).
        return Some(true);
    }
    if in_word_set(w, Words::Past) {
        return Some(false);
    }
    if w.len() >= 5
        && w.ends_with("ed")
        && w.chars().all(|c| c.is_ascii_lowercase())
        && !ED_NOT_PAST.contains(&w)
        && !matches!(
            prev,
            "is" | "are"
                | "be"
                | "been"
                | "being"
                | "to"
                | "get"
                | "gets"
                | "the"
                | "a"
                | "an"
                | "for"
                | "of"
                | "in"
                | "on"
                | "with"
                | "by"
                | "from"
                | "at"
                | "into"
                | "as"
                | "than"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "my"
                | "your"
                | "these"
                | "those"
                | "newly"
                | "recently"
        )
    {
        return Some(false);
    }
    None
}

/// The bytes around a date that its tense is read from: at most [`TENSE_WINDOW`] bytes each
/// side, so a sentence with many dates is not read once per date in full.
fn window(sent: &str, start: usize, end: usize) -> (usize, usize) {
    let mut from = start.saturating_sub(TENSE_WINDOW);
    while !sent.is_char_boundary(from) {
        from += 1;
    }
    let mut to = end.saturating_add(TENSE_WINDOW).min(sent.len());
    while !sent.is_char_boundary(to) {
        to -= 1;
    }
    (from.min(start), to.max(end))
}

const TENSE_WINDOW: usize = 240;

/// Whether any word of the sentence (near the date) marks the past, the reporting verb ("she said") aside: a
/// quote's own tense is not the report's.
fn sentence_has_past(sent: &str, start: usize, end: usize) -> bool {
    let (from, to) = window(sent, start, end);
    let mut prev = String::new();
    let mut words = sent
        .get(from..to)
        .unwrap_or("")
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .to_lowercase()
        });
    let mut cur = words.next();
    while let Some(w) = cur {
        let next = words.next();
        if !matches!(
            w.as_str(),
            "said" | "told" | "added" | "asked" | "wrote" | "explained" | "noted" | "replied"
        ) && tense_of_word(&w, &prev, next.as_deref().unwrap_or("")) == Some(false)
        {
            return true;
        }
        prev = w;
        cur = next;
    }
    false
}

/// The tense of the clause around the date at `start..end`, read from the nearest marking word:
/// first walking back from the date to the clause's start, then forward to its end. `None`
/// when the clause has no marking word (the sentence's tense then decides). "We played on
/// Thursday, we play on Sunday" has a past clause and a future one.
fn clause_tense(sent: &str, start: usize, end: usize) -> Option<bool> {
    let (from, to) = window(sent, start, end);
    let before = sent.get(from..start)?;
    let before = before
        .rfind(is_clause_break)
        .and_then(|i| before.get(i + 1..))
        .unwrap_or(before);
    let after = sent.get(end..to)?;
    // "on Wednesday, when the fire grew": the "when" clause tells of that day.
    if let Some(when) = after
        .strip_prefix(", when ")
        .or_else(|| after.strip_prefix(" when "))
    {
        let when = when
            .find(is_clause_break)
            .and_then(|i| when.get(..i))
            .unwrap_or(when);
        let words: Vec<String> = when
            .split_whitespace()
            .take(12)
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                    .to_lowercase()
            })
            .collect();
        for i in 0..words.len() {
            let prev = if i > 0 { words[i - 1].as_str() } else { "" };
            let next = words.get(i + 1).map_or("", String::as_str);
            if let Some(t) = tense_of_word(&words[i], prev, next) {
                return Some(t);
            }
        }
    }
    let after = after
        .find(is_clause_break)
        .and_then(|i| after.get(..i))
        .unwrap_or(after);
    // The words nearest the date, last first: the walk back reads at most 14 of them, and the
    // one before each (so no word further back is cleaned or lower-cased).
    let back: Vec<Cow<'_, str>> = before
        .split_whitespace()
        .rev()
        .take(15)
        .map(tense_word)
        .collect();
    for j in 0..back.len().min(14) {
        let w = back[j].as_ref();
        let prev = back.get(j + 1).map_or("", |p| p.as_ref());
        let next = if j > 0 { back[j - 1].as_ref() } else { "" };
        if let Some(t) = tense_of_word(w, prev, next) {
            return Some(t);
        }
        // A relative or joined clause starts here: "passed a bill that keeps it open through
        // December" is not past at December.
        if CLAUSE_WORDS.contains(&w) {
            break;
        }
    }
    let fwd: Vec<Cow<'_, str>> = after.split_whitespace().take(12).map(tense_word).collect();
    for i in 0..fwd.len() {
        let prev = if i > 0 { fwd[i - 1].as_ref() } else { "" };
        let next = fwd.get(i + 1).map_or("", |n| n.as_ref());
        if let Some(t) = tense_of_word(&fwd[i], prev, next) {
            return Some(t);
        }
    }
    None
}

pub(crate) fn month_number(name: &str) -> Option<u32> {
    let n = name.trim_end_matches('.').to_ascii_lowercase();
    let m = match n.get(..3)? {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(m)
}

fn num(c: &Caps<'_>, g: usize) -> Option<u32> {
    let t = c.get(g)?.as_str();
    t.trim_end_matches(|ch: char| ch.is_ascii_alphabetic())
        .parse()
        .ok()
}

/// The last word before byte `at`, lower-cased, without surrounding punctuation.
fn word_before(sent: &str, at: usize) -> Option<String> {
    let before = sent.get(..at)?;
    let w = before.split_whitespace().next_back()?;
    let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '\'');
    Some(w.to_lowercase())
}

/// The word before `at` exactly as written (to test capitalisation).
fn raw_word_before(sent: &str, at: usize) -> Option<&str> {
    sent.get(..at)?.split_whitespace().next_back()
}

fn raw_word_after(sent: &str, at: usize) -> Option<&str> {
    sent.get(at..)?.split_whitespace().next()
}

/// Words that, right before a bare month or year, mark it as a date.
const DATE_PREPS: &[&str] = &[
    "in", "since", "last", "this", "next", "early", "late", "mid", "until", "till", "by", "from",
    "through", "of", "during", "before", "after", "between", "and", "or", "to", "around", "circa",
    "c.", "on", "that", "each", "every",
];

const DETERMINERS: &[&str] = &[
    "a", "an", "the", "their", "his", "her", "its", "our", "your", "my", "this", "that",
];

/// What [`resolve_as`] is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Want {
    /// The whole [`Found`]: date, precision and span.
    Date,
    /// Only whether the match is a date expression, and its span ([`DateScan::ranges`], for
    /// figures). The tense of the clause then matters only where it moves the span ("this
    /// Friday" widens to "this" only when the clause looks ahead), so it is read only there;
    /// elsewhere it picks only which way a weekday or month resolves, and with the fixed
    /// [`range_anchor`] every direction resolves. `Found::date` is then unspecified.
    /// `span_only_resolve_matches_full_resolve` checks this against [`Want::Date`].
    Span,
}

fn resolve(sent: &str, m: &AltMatch, anchor: Option<NaiveDate>, future: bool) -> Option<Found> {
    resolve_as(sent, m, anchor, future, Want::Date)
}

fn resolve_as(
    sent: &str,
    m: &AltMatch,
    anchor: Option<NaiveDate>,
    future: bool,
    want: Want,
) -> Option<Found> {
    let c = &Caps::new(sent, m)?;
    let whole = c.get(0)?;
    let (start, end) = (whole.start(), whole.end());
    let g = c.groups;
    let found = |date: String, precision, approximate, relative, start, end| {
        Some(Found {
            date,
            precision,
            approximate,
            relative,
            start,
            end,
        })
    };
    if let Some(iso) = c.get(g.iso) {
        let d = NaiveDate::parse_from_str(iso.as_str(), "%Y-%m-%d").ok()?;
        return found(ymd(d), Precision::Day, false, false, start, end);
    }
    for (mg, dg, yg) in [g.mdy, g.dmy] {
        if let Some(mo) = c.get(mg) {
            let d = NaiveDate::from_ymd_opt(
                i32::try_from(num(c, yg)?).ok()?,
                month_number(mo.as_str())?,
                num(c, dg)?,
            )?;
            return found(ymd(d), Precision::Day, false, false, start, end);
        }
    }
    if let Some(mo) = c.get(g.my_m) {
        let month = month_number(mo.as_str())?;
        let year = num(c, g.my_y)?;
        let (s, approx) = widen_qualifier(sent, start, c.get(g.my_q).is_some());
        return found(
            format!("{year:04}-{month:02}"),
            Precision::Month,
            approx,
            false,
            s,
            end,
        );
    }
    for (mg, dg) in [g.md, g.dm] {
        if let Some(mo) = c.get(mg) {
            // "Sept. 11" as a name, "4 May" as a date; times ("August 15:30") are not days.
            if sent.get(end..)?.starts_with(':') {
                return None;
            }
            let month = month_number(mo.as_str())?;
            let day = num(c, dg)?;
            let d = nearest_year(anchor?, month, day)?;
            return found(ymd(d), Precision::Day, false, true, start, end);
        }
    }
    if let Some(dec) = c.get(g.dec) {
        let base: i32 = dec.as_str().parse().ok()?;
        let offset = match c.get(g.dec_q).map(|q| q.as_str().to_lowercase()) {
            Some(q) if q.starts_with("mid") => 5,
            Some(q) if q.starts_with("late") => 7,
            _ => 0,
        };
        return found(
            format!("{:04}", base + offset),
            Precision::Year,
            true,
            false,
            start,
            end,
        );
    }
    if let Some(y) = c.get(g.qy_y) {
        return found(
            y.as_str().to_string(),
            Precision::Year,
            true,
            false,
            start,
            end,
        );
    }
    if let Some(rel) = c.get(g.rel) {
        let a = anchor?;
        let phrase = rel.as_str().to_lowercase();
        let phrase: Vec<&str> = phrase.split_whitespace().collect();
        // "overnight on Aug. 20", "overnight Sunday": the date that follows is the event.
        if phrase.first() == Some(&"overnight") && vague_before_date(sent, end) {
            return None;
        }
        let (date, precision, approx) = relative_phrase(a, &phrase)?;
        return found(date, precision, approx, true, start, end);
    }
    if let Some(n) = c.get(g.ago_n) {
        let a = anchor?;
        let n = match n.as_str().to_lowercase().as_str() {
            "a" | "an" => 1.0,
            other => numbers::parse(other)?,
        };
        let unit = c.get(g.ago_u)?.as_str().to_lowercase();
        let (date, precision, approx) = ago(a, n, unit.trim_end_matches('s'))?;
        return found(date, precision, approx, true, start, end);
    }
    if let Some(wd) = c.get(g.wd) {
        let a = anchor?;
        // "Good Friday", "Black Monday", "Cyber Monday": a capitalised word before makes a name.
        let prev_raw = raw_word_before(sent, start);
        let prev = word_before(sent, start);
        let is_sentence_start = sent.get(..start).is_some_and(|b| b.trim().is_empty());
        if !is_sentence_start
            && prev_raw.is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
            && !prev.as_deref().is_some_and(|p| DATE_PREPS.contains(&p))
        {
            return None;
        }
        if weekday_before_date(sent, end) {
            return None;
        }
        let weekday: Weekday = wd.as_str().parse().ok()?;
        let tense_moves_span = want == Want::Date || prev.as_deref() == Some("this");
        let future = if tense_moves_span {
            clause_tense(sent, start, end).unwrap_or(future)
        } else {
            future
        };
        let (s, direction) = match prev.as_deref() {
            Some("last") => (widen_word(sent, start), Direction::Before),
            Some("next") => (widen_word(sent, start), Direction::After),
            Some("this") if future => (widen_word(sent, start), Direction::OnOrAfter),
            _ if future => (start, Direction::OnOrAfter),
            _ => (start, Direction::OnOrBefore),
        };
        let d = nearest_weekday(a, weekday, direction)?;
        return found(ymd(d), Precision::Day, false, true, s, end);
    }
    if let Some(mo) = c.get(g.mo) {
        let a = anchor?;
        let prev = word_before(sent, start);
        let prev = prev.as_deref();
        let mid = sent
            .get(..start)
            .is_some_and(|b| b.to_lowercase().ends_with("mid-"));
        let marked =
            mid || prev.is_some_and(|p| DATE_PREPS.contains(&p) || DETERMINERS.contains(&p));
        let name = mo.as_str();
        // "May" and "March" are also a verb/noun; a name follows "April"/"June" as a given name.
        if matches!(name, "May" | "March") && !marked {
            return None;
        }
        let next_cap = raw_word_after(sent, end)
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
        if next_cap && !marked {
            return None;
        }
        let month = month_number(name)?;
        // Only the direction depends on the tense, and the span does not (see [`Want::Span`]).
        let tense = match want {
            Want::Date => clause_tense(sent, start, end),
            Want::Span => None,
        };
        let future = tense.unwrap_or(future);
        let direction = match prev {
            Some("last") => Direction::Before,
            Some("next") => Direction::After,
            _ if future => Direction::OnOrAfter,
            _ if want == Want::Span => Direction::OnOrBefore,
            // Nothing in the sentence says which way: the nearer of the two ("a move in
            // January" written in October is the coming January).
            _ if tense.is_none() && !sentence_has_past(sent, start, end) => Direction::Nearest,
            _ => Direction::OnOrBefore,
        };
        let (y, m) = nearest_month(a, month, direction)?;
        let approx = mid || matches!(prev, Some("early" | "late" | "mid"));
        let s = if mid {
            start.saturating_sub(4)
        } else if matches!(prev, Some("early" | "late" | "last" | "next")) {
            widen_word(sent, start)
        } else {
            start
        };
        return found(
            format!("{y:04}-{m:02}"),
            Precision::Month,
            approx,
            true,
            s,
            end,
        );
    }
    if let Some(y) = c.get(g.yr) {
        if !is_year_in_context(sent, start, end) {
            return None;
        }
        let s = if word_before(sent, start).as_deref() == Some("since") {
            widen_word(sent, start)
        } else {
            start
        };
        return found(
            y.as_str().to_string(),
            Precision::Year,
            false,
            false,
            s,
            end,
        );
    }
    None
}

/// A day word followed by the date it means: "overnight on Aug. 20", "overnight Sunday into
/// Monday".
fn vague_before_date(sent: &str, end: usize) -> bool {
    let mut words = sent.get(end..).unwrap_or("").split_whitespace();
    let mut w = words.next().unwrap_or("");
    if matches!(w, "on" | "into" | "to") {
        w = words.next().unwrap_or("");
    }
    let w = w.trim_end_matches([',', '.', ';']);
    let weekday = w.parse::<Weekday>().is_ok() && w.len() > 3;
    let w = w.trim_end_matches('.');
    let month = MONTHS.split('|').any(|m| m == w);
    weekday || month
}

/// "Sunday 26th October", "Friday, Oct. 24": a weekday written before its date is part of that
/// date, not an event of its own.
fn weekday_before_date(sent: &str, end: usize) -> bool {
    let Some(after) = sent.get(end..) else {
        return false;
    };
    let after = after.trim_start_matches(',').trim_start();
    let mut words = after.split_whitespace();
    let (Some(a), b) = (words.next(), words.next()) else {
        return false;
    };
    let is_day = |w: &str| {
        let w = w.trim_end_matches([',', '.']);
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        !digits.is_empty()
            && digits.len() <= 2
            && digits.chars().all(|c| c.is_ascii_digit())
            && matches!(&w[digits.len()..], "" | "st" | "nd" | "rd" | "th")
    };
    let is_month = |w: &str| {
        let t = w.trim_end_matches([',', '.']);
        t.chars().next().is_some_and(char::is_uppercase)
            && month_number(t).is_some()
            && MONTHS.split('|').any(|m| m == t)
    };
    let b = b.unwrap_or("");
    (is_day(a) && (is_month(b) || b.eq_ignore_ascii_case("of"))) || (is_month(a) && is_day(b))
}

/// Moves `start` back over the word before it ("last Friday", "since 2019").
fn widen_word(sent: &str, start: usize) -> usize {
    let Some(before) = sent.get(..start) else {
        return start;
    };
    let trimmed = before.trim_end();
    // After the whitespace character, whatever its width (a no-break space is two bytes).
    trimmed
        .char_indices()
        .rfind(|(_, c)| c.is_whitespace())
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0)
        .min(start)
}

/// "early February 2022" is matched with its qualifier already; the start stays.
fn widen_qualifier(_sent: &str, start: usize, qualified: bool) -> (usize, bool) {
    (start, qualified)
}

/// Units after a number that make it a quantity rather than a year.
const QUANTITY_WORDS: &[&str] = &[
    "hours",
    "hrs",
    "minutes",
    "seconds",
    "days",
    "weeks",
    "months",
    "years",
    "people",
    "persons",
    "troops",
    "soldiers",
    "civilians",
    "men",
    "women",
    "children",
    "drones",
    "missiles",
    "tanks",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "metres",
    "meters",
    "feet",
    "tons",
    "tonnes",
    "dollars",
    "euros",
    "pounds",
    "roubles",
    "rubles",
    "votes",
    "deaths",
    "casualties",
    "gmt",
    "utc",
    "local",
    "times",
    "points",
    "prisoners",
    "homes",
    "jobs",
    "residents",
    "workers",
];

/// Decides whether a bare four-digit number is a year from the words around it.
fn is_year_in_context(sent: &str, start: usize, end: usize) -> bool {
    let before = sent.get(..start).unwrap_or("");
    let after = sent.get(end..).unwrap_or("");
    // Money, ranks, flight and model numbers: "$2000", "No. 1999", "F-2000", "#2024".
    if before.ends_with(['$', '€', '£', '#', '-', '/', '.', ':'])
        || before.ends_with(|c: char| c.is_alphanumeric())
    {
        return false;
    }
    if after.starts_with(['%', ':', '/']) || after.starts_with(|c: char| c.is_alphanumeric()) {
        return false;
    }
    // "2018-19 season" is a year; "2,022" never reaches here (a comma splits it).
    if let Some(prev) = word_before(sent, start)
        && matches!(
            prev.as_str(),
            "no."
                | "number"
                | "page"
                | "p."
                | "pp."
                | "flight"
                | "room"
                | "route"
                | "highway"
                | "than"
                | "nearly"
                | "almost"
                | "some"
                | "least"
                | "over"
                | "roughly"
                | "approximately"
                | "about"
        )
    {
        return false;
    }
    if let Some(next) = raw_word_after(sent, end) {
        let next = next
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        if QUANTITY_WORDS.contains(&next.as_str()) || next == "percent" || next == "per" {
            return false;
        }
    }
    true
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Direction {
    Before,
    OnOrBefore,
    OnOrAfter,
    After,
    /// The nearer of on-or-before and after (months only; a tie goes back).
    Nearest,
}

fn nearest_weekday(a: NaiveDate, wd: Weekday, dir: Direction) -> Option<NaiveDate> {
    let back = (7 + a.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
    let fwd = (7 - back) % 7;
    match dir {
        Direction::OnOrBefore => a.checked_sub_days(Days::new(back.into())),
        Direction::Before => a.checked_sub_days(Days::new(if back == 0 { 7 } else { back }.into())),
        Direction::OnOrAfter => a.checked_add_days(Days::new(fwd.into())),
        Direction::After => a.checked_add_days(Days::new(if fwd == 0 { 7 } else { fwd }.into())),
        Direction::Nearest if fwd < back => a.checked_add_days(Days::new(fwd.into())),
        Direction::Nearest => a.checked_sub_days(Days::new(back.into())),
    }
}

fn nearest_month(a: NaiveDate, month: u32, dir: Direction) -> Option<(i32, u32)> {
    let y = a.year();
    let am = a.month();
    let year = match dir {
        Direction::OnOrBefore if month <= am => y,
        Direction::OnOrBefore => y - 1,
        Direction::Before if month < am => y,
        Direction::Before => y - 1,
        Direction::OnOrAfter if month >= am => y,
        Direction::OnOrAfter => y + 1,
        Direction::After if month > am => y,
        Direction::After => y + 1,
        Direction::Nearest => {
            let back = (12 + am - month) % 12;
            let ahead = (12 + month - am) % 12;
            let dir = if back <= ahead {
                Direction::OnOrBefore
            } else {
                Direction::After
            };
            return nearest_month(a, month, dir);
        }
    };
    Some((year, month))
}

/// "August 15" without a year: the year that puts it closest to the anchor.
fn nearest_year(a: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    [a.year() - 1, a.year(), a.year() + 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .min_by_key(|d| (*d - a).num_days().abs())
}

/// `d.format("%Y-%m-%d").to_string()`, written by hand: chrono's formatter interprets the
/// format string on every call (some 1.5k instructions), and every dated event needs one. For
/// years 0 to 9999 `%Y` is the year zero-padded to four digits; other years (which chrono
/// writes with a sign) still go through chrono. `ymd_matches_chrono` checks both.
fn ymd(d: NaiveDate) -> String {
    let mut s = ym(d);
    if s.len() == 7 {
        s.push('-');
        push_digits(&mut s, d.day(), 2);
        s
    } else {
        d.format("%Y-%m-%d").to_string()
    }
}

/// `d.format("%Y-%m").to_string()`, as [`ymd`].
fn ym(d: NaiveDate) -> String {
    match u32::try_from(d.year()) {
        Ok(y) if y <= 9999 => {
            let mut s = String::with_capacity(10);
            push_digits(&mut s, y, 4);
            s.push('-');
            push_digits(&mut s, d.month(), 2);
            s
        }
        _ => d.format("%Y-%m").to_string(),
    }
}

/// Appends the last `width` decimal digits of `n`, zero-padded.
fn push_digits(s: &mut String, n: u32, width: u32) {
    for k in (0..width).rev() {
        let digit = n / 10u32.pow(k) % 10;
        s.push(char::from(b'0' + u8::try_from(digit).unwrap_or(0)));
    }
}

fn relative_phrase(a: NaiveDate, words: &[&str]) -> Option<(String, Precision, bool)> {
    use Precision::{Day, Month, Year};
    let month_shift = |n: i32| -> Option<NaiveDate> {
        if n >= 0 {
            a.checked_add_months(Months::new(n.unsigned_abs()))
        } else {
            a.checked_sub_months(Months::new(n.unsigned_abs()))
        }
    };
    let days = |n: i64| -> Option<NaiveDate> {
        if n >= 0 {
            a.checked_add_days(Days::new(n.unsigned_abs()))
        } else {
            a.checked_sub_days(Days::new(n.unsigned_abs()))
        }
    };
    Some(match words {
        ["today"] | ["tonight"] | ["this", "morning" | "afternoon" | "evening"] => {
            (ymd(a), Day, false)
        }
        ["overnight"] => (ymd(a), Day, true),
        // "over the past day": the day that ends with the report.
        [_, "the", "past" | "last", "day"] => (ymd(a), Day, true),
        ["yesterday"] | ["last", "night"] => (ymd(days(-1)?), Day, false),
        ["tomorrow"] => (ymd(days(1)?), Day, false),
        ["this", "week" | "weekend"] => (ymd(a), Day, true),
        ["last", "week" | "weekend"] => (ymd(days(-7)?), Day, true),
        ["next", "week" | "weekend"] => (ymd(days(7)?), Day, true),
        ["this", "month"] => (ym(a), Month, false),
        ["last", "month"] => (ym(month_shift(-1)?), Month, false),
        ["next", "month"] => (ym(month_shift(1)?), Month, false),
        ["this", "year"] => (a.year().to_string(), Year, false),
        ["last", "year"] => ((a.year() - 1).to_string(), Year, false),
        ["next", "year"] => ((a.year() + 1).to_string(), Year, false),
        [_, "this", "week"] => (ymd(a), Day, true),
        [_, "this", "month"] => (ym(a), Month, true),
        [_, "this", "year"] => (a.year().to_string(), Year, true),
        [which @ ("last" | "next" | "this" | "the"), season] => {
            (season_year(a, which, season)?.to_string(), Year, true)
        }
        _ => return None,
    })
}

/// The year a season named relative to `a` falls in ("last spring", "next winter", "this
/// summer", "the autumn"), winter counted in the year of its January. "last" is the latest
/// season wholly before `a`, "next" the first one starting after it, "this" the latest one
/// started on or before it, and a bare "the summer" the one of the anchor's year ("moved in
/// the summer", "comes out in the autumn").
fn season_year(a: NaiveDate, which: &str, season: &str) -> Option<i32> {
    let start_month = match season {
        "spring" => 3,
        "summer" => 6,
        "autumn" | "fall" => 9,
        "winter" => 12,
        _ => return None,
    };
    let start = |y: i32| NaiveDate::from_ymd_opt(y, start_month, 1);
    // Three months long: the day after it ends.
    let end = |y: i32| start(y).and_then(|d| d.checked_add_months(Months::new(3)));
    let label = |y: i32| if start_month == 12 { y + 1 } else { y };
    let y0 = a.year();
    let years = [y0 + 1, y0, y0 - 1, y0 - 2];
    match which {
        "the" => Some(y0),
        "last" => years
            .iter()
            .find(|&&y| end(y).is_some_and(|e| e <= a))
            .map(|&y| label(y)),
        "next" => years
            .iter()
            .rev()
            .find(|&&y| start(y).is_some_and(|s| s > a))
            .map(|&y| label(y)),
        _ => years
            .iter()
            .find(|&&y| start(y).is_some_and(|s| s <= a))
            .map(|&y| label(y)),
    }
}

fn ago(a: NaiveDate, n: f64, unit: &str) -> Option<(String, Precision, bool)> {
    if !(n.is_finite() && n > 0.0 && n < 10_000.0) {
        return None;
    }
    let months_back = |m: f64| a.checked_sub_months(Months::new(m.round() as u32));
    Some(match unit {
        "day" => (
            ymd(a.checked_sub_days(Days::new(n.round() as u64))?),
            Precision::Day,
            false,
        ),
        "week" => (
            ymd(a.checked_sub_days(Days::new((n * 7.0).round() as u64))?),
            Precision::Day,
            true,
        ),
        "month" => (ym(months_back(n)?), Precision::Month, true),
        // "3 1/2 years ago" keeps its half year: month precision.
        "year" if n.fract() != 0.0 => (ym(months_back(n * 12.0)?), Precision::Month, true),
        "year" => ((a.year() - n as i32).to_string(), Precision::Year, true),
        "decade" => (
            (a.year() - (n * 10.0) as i32).to_string(),
            Precision::Year,
            true,
        ),
        _ => return None,
    })
}

/// Canonical names of the people the sentence mentions: by mention span, else by name or alias.
/// True when `needle` occurs in `hay` with word boundaries on both sides.
fn contains_word(hay: &str, needle: &memchr::memmem::Finder<'_>) -> bool {
    let len = needle.needle().len();
    // Non-overlapping matches, left to right, as `hay.match_indices(needle)` gives them; a
    // match of a whole (UTF-8) needle starts and ends on character boundaries.
    needle.find_iter(hay.as_bytes()).any(|i| {
        let before_ok = hay
            .get(..i)
            .and_then(|b| b.chars().next_back())
            .is_none_or(|c| !c.is_alphanumeric());
        let after_ok = hay
            .get(i + len..)
            .and_then(|a| a.chars().next())
            .is_none_or(|c| !c.is_alphanumeric());
        before_ok && after_ok
    })
}

/// Who a sentence names, found in time linear in the sentence: every mention span (sorted) and
/// one Aho–Corasick automaton over every name and alias, matched on word boundaries.
struct PeopleIndex {
    /// (mention, person index), sorted by mention start.
    mentions: Vec<(Span, usize)>,
    /// Person index per automaton pattern.
    owners: Vec<usize>,
    names: Option<aho_corasick::AhoCorasick>,
    /// The patterns themselves when there are few (searched one by one), each prepared once
    /// per article rather than once per sentence.
    small: Vec<memchr::memmem::Finder<'static>>,
}

/// Up to this many names and aliases, each is searched on its own.
const SMALL_NAME_SET: usize = 48;

impl PeopleIndex {
    fn new(people: &[Entity]) -> Self {
        let mut mentions: Vec<(Span, usize)> = people
            .iter()
            .enumerate()
            .flat_map(|(i, p)| p.mentions.iter().map(move |m| (*m, i)))
            .collect();
        mentions.sort_by_key(|(m, _)| (m.start, m.end));
        let mut owners = Vec::new();
        let mut patterns: Vec<&str> = Vec::new();
        for (i, p) in people.iter().enumerate() {
            for alias in std::iter::once(&p.name).chain(p.aliases.iter()) {
                if !alias.trim().is_empty() {
                    patterns.push(alias);
                    owners.push(i);
                }
            }
        }
        // Few names: a plain search per name is cheaper than building an automaton.
        let names = (patterns.len() > SMALL_NAME_SET)
            .then(|| aho_corasick::AhoCorasick::new(&patterns).ok())
            .flatten();
        let small = if names.is_none() {
            patterns
                .iter()
                .map(|p| memchr::memmem::Finder::new(p.as_bytes()).into_owned())
                .collect()
        } else {
            Vec::new()
        };
        PeopleIndex {
            mentions,
            owners,
            names,
            small,
        }
    }

    /// Names of the people mentioned in sentence `s` (text `sent`), in entity order.
    fn people_in(&self, s: Span, sent: &str, people: &[Entity]) -> Vec<String> {
        let mut hit: Vec<usize> = Vec::new();
        let from = self.mentions.partition_point(|(m, _)| m.start < s.start);
        for (m, i) in self.mentions.get(from..).unwrap_or(&[]) {
            if m.start >= s.end {
                break;
            }
            if s.contains(*m) {
                hit.push(*i);
            }
        }
        if let Some(ac) = &self.names {
            for m in ac.find_overlapping_iter(sent) {
                let before_ok = sent
                    .get(..m.start())
                    .and_then(|b| b.chars().next_back())
                    .is_none_or(|c| !c.is_alphanumeric());
                let after_ok = sent
                    .get(m.end()..)
                    .and_then(|a| a.chars().next())
                    .is_none_or(|c| !c.is_alphanumeric());
                if before_ok
                    && after_ok
                    && let Some(&i) = self.owners.get(m.pattern().as_usize())
                {
                    hit.push(i);
                }
            }
        }
        for (k, pat) in self.small.iter().enumerate() {
            if contains_word(sent, pat)
                && let Some(&i) = self.owners.get(k)
            {
                hit.push(i);
            }
        }
        hit.sort_unstable();
        hit.dedup();
        let mut names: Vec<String> = Vec::new();
        for i in hit {
            if let Some(p) = people.get(i)
                && !names.contains(&p.name)
            {
                names.push(p.name.clone());
            }
        }
        names
    }
}

#[cfg(test)]
mod season_tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    #[test]
    fn would_before_a_date_looks_ahead() {
        let anchor = Some(date("2026-11-20"));
        let days = |sent: &str| -> Vec<String> {
            find_in_sentence(sent, anchor)
                .into_iter()
                .map(|f| f.date)
                .collect()
        };
        assert_eq!(
            days("She said she would push for a full-year budget in January."),
            ["2027-01"]
        );
        assert_eq!(
            days("The White House said the president would sign it Saturday morning."),
            ["2026-11-21"]
        );
        // A present-tense span that lasts until a month: the month lies ahead.
        assert_eq!(
            days("The bill keeps the government open through mid-December."),
            ["2026-12"]
        );
        assert_eq!(days("The exhibition ran through December."), ["2025-12"]);
        // The date comes before "would": it is when the fear was voiced, not what lies ahead.
        assert_eq!(
            days(
                "When the building went up for sale in February, villagers feared it would close."
            ),
            ["2026-02"]
        );
        // A scheduled event in the present tense: the coming weekday.
        assert_eq!(
            days("The county commission meets Thursday to vote on a tax."),
            ["2026-11-26"]
        );
        assert_eq!(
            days("Workers would have been furloughed on Saturday."),
            ["2026-11-14"]
        );
    }

    #[test]
    fn seasons_relative_to_the_anchor() {
        let cases = [
            ("2025-09-10", "last", "spring", Some(2025)),
            ("2025-04-10", "last", "spring", Some(2024)),
            ("2025-10-21", "last", "winter", Some(2025)),
            ("2025-01-15", "last", "winter", Some(2024)),
            ("2025-11-13", "next", "spring", Some(2026)),
            ("2025-02-01", "next", "spring", Some(2025)),
            ("2025-07-01", "this", "summer", Some(2025)),
            ("2025-11-26", "the", "summer", Some(2025)),
            ("2025-02-11", "the", "autumn", Some(2025)),
            ("2025-11-26", "the", "monsoon", None),
        ];
        for (anchor, which, season, want) in cases {
            assert_eq!(
                season_year(date(anchor), which, season),
                want,
                "{which} {season} from {anchor}"
            );
        }
    }

    #[test]
    fn season_phrases_and_future_months_in_sentences() {
        let a = Some(date("2025-10-04"));
        let cases = [
            ("The debate has divided the city since last spring.", "2025"),
            ("Work will begin next spring.", "2026"),
            (
                "New lifts would be installed by the end of November.",
                "2025-11",
            ),
            ("The lifts failed in November.", "2024-11"),
            ("She moved here in the summer.", "2025"),
        ];
        for (sent, want) in cases {
            let got: Vec<String> = find_in_sentence(sent, a)
                .into_iter()
                .map(|f| f.date)
                .collect();
            assert_eq!(got, vec![want.to_string()], "{sent}");
        }
    }
}

#[cfg(test)]
mod split_pattern_tests {
    use super::*;
    use proptest::prelude::*;

    fn by_whole_pattern(sent: &str) -> crate::split::GroupSpans {
        crate::split::by_whole(date_regex(), sent)
    }

    fn by_split_pattern(sent: &str) -> crate::split::GroupSpans {
        crate::split::by_split(date_regex(), &date_finder().alts, sent)
    }

    #[test]
    fn split_pattern_matches_whole_pattern_on_dates() {
        for sent in [
            "On Aug. 15, 2025 they met; 15th of August, 2025 too, and 2025-08-15.",
            "In early February 2022, the 1990s and the early 2000s, mid-2023, the summer of 2024.",
            "Earlier this year, last week, two weeks ago, 3 1/2 years ago, an hour ago, today.",
            "On Friday in March, A February meeting, mid-February, 4 May, May 4, 1867, 2,022.",
            "Sept. 11 and August 15:30, the end of 2019, the start of March 2020, 12 Dec",
        ] {
            assert_eq!(by_split_pattern(sent), by_whole_pattern(sent), "{sent}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn split_pattern_matches_whole_pattern(
            text in proptest::collection::vec(prop_oneof![
                Just("August"), Just("Aug"), Just("Sept"), Just("May"), Just("March"),
                Just("Friday"), Just("15"), Just("15th"), Just("3"), Just("31"), Just("2025"),
                Just("1990s"), Just("2000"), Just("-"), Just("08"), Just("of"), Just("the"),
                Just("early"), Just("mid-"), Just("late"), Just("summer"), Just("this"),
                Just("last"), Just("year"), Just("weeks"), Just("ago"), Just("two"),
                Just("an"), Just("a"), Just("1/2"), Just(" "), Just("  "), Just(","),
                Just("."), Just(":"), Just("é"), Just("\u{a0}"), Just("today"), Just("x"),
                Just("٣"), Just("end"), Just("\n"),
            ], 0..24).prop_map(|v| v.concat())
        ) {
            prop_assert_eq!(by_split_pattern(&text), by_whole_pattern(&text), "{:?}", text);
        }
    }
}

#[cfg(test)]
mod span_only_tests {
    use super::*;
    use proptest::prelude::*;

    /// Each match's span as [`DateScan::ranges`] reads it, and as the full resolve gives it.
    fn both(sent: &str) -> (Vec<(usize, usize)>, Vec<(usize, usize)>) {
        let caps = date_matches(sent);
        let future = !caps.is_empty() && looks_ahead(sent, &caps);
        let spans = |want| {
            caps.iter()
                .filter_map(|c| resolve_as(sent, c, range_anchor(), future, want))
                .map(|f| (f.start, f.end))
                .collect::<Vec<_>>()
        };
        (spans(Want::Span), spans(Want::Date))
    }

    #[test]
    fn span_only_resolve_matches_full_resolve_on_sentences() {
        for sent in [
            "They will meet this Friday, after talks this Monday failed.",
            "She said this Friday was hard; this Friday he will go, mid-March or early May.",
            "In March the bill passed; in May it will pass; last June, next July, in April.",
            "Talks resumed Friday and will end on Saturday, officials said in August.",
        ] {
            let (span, full) = both(sent);
            assert_eq!(span, full, "{sent}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn span_only_resolve_matches_full_resolve(
            text in proptest::collection::vec(prop_oneof![
                Just("this"), Just("last"), Just("next"), Just("on"), Just("in"),
                Just("Friday"), Just("Monday"), Just("March"), Just("May"), Just("June"),
                Just("mid-"), Just("early"), Just("late"), Just("will"), Just("would"),
                Just("said"), Just("passed"), Just("meets"), Just("is"), Just("expected"),
                Just("to"), Just("when"), Just("that"), Just("The"), Just("Good"),
                Just("August 15"), Just("2025"), Just("since"), Just("ago"), Just("two weeks"),
                Just(" "), Just(","), Just("."), Just(";"), Just("x"),
            ], 0..24).prop_map(|v| v.join(" "))
        ) {
            let (span, full) = both(&text);
            prop_assert_eq!(span, full, "{:?}", text);
        }
    }
}

#[cfg(test)]
mod clause_tense_prop {
    use super::*;
    use proptest::prelude::*;

    /// [`clause_tense`] as it was written (every word of the clause cleaned and lower-cased
    /// into a `Vec<String>`), for the property test.
    fn clause_tense_as_written(sent: &str, start: usize, end: usize) -> Option<bool> {
        let (from, to) = window(sent, start, end);
        let before = sent.get(from..start)?;
        let before = before
            .rfind(is_clause_break)
            .and_then(|i| before.get(i + 1..))
            .unwrap_or(before);
        let after = sent.get(end..to)?;
        // "on Wednesday, when the fire grew": the "when" clause tells of that day.
        if let Some(when) = after
            .strip_prefix(", when ")
            .or_else(|| after.strip_prefix(" when "))
        {
            let when = when
                .find(is_clause_break)
                .and_then(|i| when.get(..i))
                .unwrap_or(when);
            let words: Vec<String> = when
                .split_whitespace()
                .take(12)
                .map(|w| {
                    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                        .to_lowercase()
                })
                .collect();
            for i in 0..words.len() {
                let prev = if i > 0 { words[i - 1].as_str() } else { "" };
                let next = words.get(i + 1).map_or("", String::as_str);
                if let Some(t) = tense_of_word(&words[i], prev, next) {
                    return Some(t);
                }
            }
        }
        let after = after
            .find(is_clause_break)
            .and_then(|i| after.get(..i))
            .unwrap_or(after);
        let clean = |w: &str| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .to_string()
        };
        // Words as written: the month "May" (capitalised) is not the modal.
        let back: Vec<String> = before.split_whitespace().map(clean).collect();
        let lower = |w: &String| {
            if w == "May" {
                String::new()
            } else {
                w.to_lowercase()
            }
        };
        let back: Vec<String> = back.iter().map(lower).collect();
        for i in (0..back.len()).rev().take(14) {
            let prev = if i > 0 { back[i - 1].as_str() } else { "" };
            let next = back.get(i + 1).map_or("", String::as_str);
            if let Some(t) = tense_of_word(&back[i], prev, next) {
                return Some(t);
            }
            // A relative or joined clause starts here: "passed a bill that keeps it open through
            // December" is not past at December.
            if CLAUSE_WORDS.contains(&back[i].as_str()) {
                break;
            }
        }
        let fwd: Vec<String> = after
            .split_whitespace()
            .take(12)
            .map(clean)
            .map(|w| lower(&w))
            .collect();
        for i in 0..fwd.len() {
            let prev = if i > 0 { fwd[i - 1].as_str() } else { "" };
            let next = fwd.get(i + 1).map_or("", String::as_str);
            if let Some(t) = tense_of_word(&fwd[i], prev, next) {
                return Some(t);
            }
        }
        None
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn clause_tense_matches_the_collecting_version(
            words in proptest::collection::vec(prop_oneof![
                Just("will"), Just("would"), Just("have"), Just("said"), Just("passed"),
                Just("Passed"), Just("is"), Just("cleaned"), Just("that"), Just("and"),
                Just("May"), Just("MAY"), Just("may"), Just("forecast"), Just("to"),
                Just("they'll"), Just("SHE’LL"), Just("ÉTÉ"), Just("\u{212a}illed"),
                Just("x"), Just("(were)"), Just("when"), Just(","), Just(";"), Just("—"),
                Just("Friday"), Just("on"), Just("expected"), Just("next"), Just("the"),
            ], 0..40),
            at in 0usize..40,
        ) {
            let at = at.min(words.len());
            let before = words[..at].join(" ");
            let sent = format!("{before} Friday {}", words[at..].join(" "));
            let start = before.len() + 1;
            let end = start + "Friday".len();
            prop_assert_eq!(
                clause_tense(&sent, start, end),
                clause_tense_as_written(&sent, start, end),
                "{:?}", sent
            );
        }
    }
}

#[cfg(test)]
mod ymd_tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn ymd_matches_chrono(days in prop_oneof![-800_000i32..800_000, -100_000_000i32..100_000_000]) {
            if let Some(d) = NaiveDate::from_num_days_from_ce_opt(days) {
                prop_assert_eq!(ymd(d), d.format("%Y-%m-%d").to_string());
                prop_assert_eq!(ym(d), d.format("%Y-%m").to_string());
            }
        }
    }

    #[test]
    fn ymd_at_the_edges() {
        for (y, m, d) in [
            (0, 1, 1),
            (9, 2, 3),
            (999, 12, 31),
            (9999, 12, 31),
            (10000, 1, 1),
            (-1, 6, 15),
        ] {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
            assert_eq!(ymd(date), date.format("%Y-%m-%d").to_string());
            assert_eq!(ym(date), date.format("%Y-%m").to_string());
        }
    }
}

#[cfg(test)]
mod word_set_tests {
    use super::*;

    #[test]
    fn word_sets_hold_their_lists_exactly() {
        for (list, words) in [(Words::Future, FUTURE_WORDS), (Words::Past, PAST_WORDS)] {
            for w in FUTURE_WORDS.iter().chain(PAST_WORDS) {
                assert_eq!(in_word_set(w, list), words.contains(w), "{w}");
            }
            for w in [
                "", "Will", "wil", "willing", "was ", "ago.", "won't've", "saw\u{0}",
            ] {
                assert!(!in_word_set(w, list), "{w}");
            }
        }
    }
}

#[cfg(test)]
mod contains_word_tests {
    use super::contains_word;
    use proptest::prelude::*;

    /// The search as written over `str::match_indices`, to check the memchr one against.
    fn by_match_indices(hay: &str, needle: &str) -> bool {
        hay.match_indices(needle).any(|(i, _)| {
            let before_ok = hay
                .get(..i)
                .and_then(|b| b.chars().next_back())
                .is_none_or(|c| !c.is_alphanumeric());
            let after_ok = hay
                .get(i + needle.len()..)
                .and_then(|a| a.chars().next())
                .is_none_or(|c| !c.is_alphanumeric());
            before_ok && after_ok
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn memchr_search_matches_match_indices(
            hay in proptest::collection::vec(prop_oneof![
                Just("Putin"), Just("Put"), Just("in"), Just(" "), Just("é"), Just("’s"),
                Just("a"), Just("Trump"), Just("."), Just("PutinPutin"), Just("ö"),
            ], 0..16).prop_map(|v| v.concat()),
            needle in prop_oneof![
                Just("Putin"), Just("in"), Just("Put in"), Just("é"), Just("Trump’s"),
                Just("aa"), Just("Putin Putin"),
            ],
        ) {
            let finder = memchr::memmem::Finder::new(needle.as_bytes());
            prop_assert_eq!(contains_word(&hay, &finder), by_match_indices(&hay, needle));
        }
    }
}

#[cfg(test)]
mod clause_tense_tests {
    use super::*;

    fn dates(sent: &str, anchor: &str) -> Vec<String> {
        let a = NaiveDate::parse_from_str(anchor, "%Y-%m-%d").ok();
        find_in_sentence(sent, a)
            .into_iter()
            .map(|f| f.date)
            .collect()
    }

    #[test]
    fn each_clause_keeps_its_own_tense() {
        // Anchor: Friday 2030-03-15.
        let a = "2030-03-15";
        assert_eq!(
            dates(
                "They lost on Tuesday, they play on Saturday, they play again on Wednesday.",
                a
            ),
            ["2030-03-12", "2030-03-16", "2030-03-20"]
        );
        assert_eq!(
            dates("The Hawks face the Owls on Sunday at home.", a),
            ["2030-03-17"]
        );
        assert_eq!(
            dates(
                "On Sunday we will see winds as strong as what we saw on Wednesday.",
                a
            ),
            ["2030-03-17", "2030-03-13"]
        );
        assert_eq!(
            dates("Storms are forecast to return on Monday.", a),
            ["2030-03-18"]
        );
        assert_eq!(
            dates(
                "Officials said on Tuesday that the bridge will reopen on Monday.",
                a
            ),
            ["2030-03-12", "2030-03-18"]
        );
        assert_eq!(dates("Crews brace for Sunday's storm.", a), ["2030-03-17"]);
        assert_eq!(
            dates("She expects the vote to slip to June.", a),
            ["2030-06"]
        );
        assert_eq!(
            dates("The board may pause in January, analysts said.", a),
            ["2031-01"]
        );
        // A passive present is not the past; the sentence's "will" decides.
        assert_eq!(
            dates(
                "If the roads are cleared before June, traffic will improve.",
                a
            ),
            ["2030-06"]
        );
        assert_eq!(dates("The market opened in February.", a), ["2030-02"]);
        // An adjective in -ed after a preposition is no past verb; "forecast" without "to" is.
        assert_eq!(
            dates(
                "The club will hold two meetings for affected members in June.",
                a
            ),
            ["2030-06"]
        );
        assert_eq!(
            dates("Growth will be weaker than it forecast in February.", a),
            ["2030-02"]
        );
        // The past verb belongs to another clause.
        assert_eq!(
            dates("They signed a deal that runs until mid-June.", a),
            ["2030-06"]
        );
    }

    #[test]
    fn an_unmarked_month_is_the_nearer_one() {
        let a = "2030-10-15";
        assert_eq!(
            dates("The club wants a new striker in January.", a),
            ["2031-01"]
        );
        assert_eq!(dates("Prices in June set the tone.", a), ["2030-06"]);
        assert_eq!(dates("The striker signed in January.", a), ["2030-01"]);
        // A past verb elsewhere in the sentence, not the reporting verb, dates it back.
        assert_eq!(
            dates("When the river rose in January, 200 homes were flooded.", a),
            ["2030-01"]
        );
        assert_eq!(dates("\"Ask me in January,\" she said.", a), ["2031-01"]);
        // A "when" clause after the date tells its tense; an imperative looks ahead.
        assert_eq!(
            dates(
                "Winds will be like those on Wednesday, when the fire doubled in size.",
                a
            ),
            ["2030-10-09"]
        );
        assert_eq!(
            dates("Watch the final live from 4pm on Sunday.", a),
            ["2030-10-20"]
        );
    }

    #[test]
    fn the_past_day_and_overnight_before_a_date() {
        let a = "2030-03-15";
        assert_eq!(
            dates(
                "Two towns were shelled over the past day, officials said.",
                a
            ),
            ["2030-03-15"]
        );
        assert_eq!(
            dates("Drones struck the port overnight on March 14.", a),
            ["2030-03-14"]
        );
        assert_eq!(
            dates("Drones struck the port overnight.", a),
            ["2030-03-15"]
        );
    }

    #[test]
    fn a_weekday_written_before_its_date_is_that_date() {
        let a = "2030-03-15";
        assert_eq!(dates("Kick-off: Sunday 17th March 4pm", a), ["2030-03-17"]);
        assert_eq!(
            dates("The final is on Sunday, March 17.", a),
            ["2030-03-17"]
        );
        assert_eq!(dates("Friday 15 March 2030 09:12", a), ["2030-03-15"]);
    }
}

#[cfg(test)]
mod stamp_tests {
    use super::*;

    fn events(text: &str) -> Vec<String> {
        let anchor = NaiveDate::from_ymd_opt(2030, 3, 15);
        let sentences: Vec<Span> = {
            let mut out = Vec::new();
            let mut at = 0;
            for line in text.split_inclusive('\n') {
                out.push(Span::new(at, at + line.trim_end().len()));
                at += line.len();
            }
            out
        };
        extract(text, &sentences, anchor, &[])
            .into_iter()
            .map(|e| e.expression)
            .collect()
    }

    #[test]
    fn a_date_stamp_line_is_not_an_event() {
        let text = "Updated 9:41 a.m. ET, Fri March 15, 2030\n\
                    Thu 14 Mar 2030 18.05 GMT\n\
                    Mar 14, 2030 - Science & Health\n\
                    The dam was finished on March 14, 2030.\n\
                    March 14, 2030: the dam opens\n";
        assert_eq!(events(text), ["March 14, 2030", "March 14, 2030"]);
    }
}
