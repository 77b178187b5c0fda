//! Lines → clean blocks: boilerplate removed, collapsed bullets split, tables recognised.
//!
//! Works line by line in three linear passes:
//!
//! 1. **Classify** each trimmed line. Whole-line boilerplate is removed and recorded in
//!    [`Cleaned::removed`] (so [`crate::meta`] can still read a brand or a date from it):
//!    - advertising markers: "Advertisement", "ADVERTISEMENT", "Sponsored", "Story continues
//!      below advertisement";
//!    - navigation: "Next Story", "Send Push", "Skip to content", "Read more: …", "Read More",
//!      "Also read …", "See also", "Related: …", "5 min read", "Listen to this article";
//!    - promos: "Download the app", "Loving X? Download the app now", "Sign up for our
//!      newsletter", "Subscribe now", "Get the X app";
//!    - share prompts: "Share this article", "Follow us on …", rows of share buttons;
//!    - captions and credits: "(Photo by … / Getty Images)", "(AP Photo/…)", "Image caption",
//!      "Photograph: …", "File photo", lines ending in "/ Reuters)";
//!    - cookie notices ("We use cookies…", "Accept all cookies");
//!    - "Copyright © …", "All rights reserved";
//!    - metadata lines kept out of the text but recorded: bylines ("By Jane Doe and John Roe",
//!      "Jane Doe | Reuters" before the body), date stamps ("Published August 16, 2025",
//!      "Updated: 16 Aug 2025 10:32 GMT", an ISO date alone), a lone URL;
//!    - decoration lines ("* * *", "---") and Markdown table separators (`---|---|`).
//! 2. **Brand lines**: a single word alone on a line ("Newszop") next to removed boilerplate,
//!    before the first or after the last body paragraph, is the site's chrome, not content.
//! 3. **Blocks**: pipe rows (`a | b |`, in a run of rows or with outer pipes) become
//!    [`BlockKind::TableRow`] with cells joined by `\t`; lines starting `- `, `* `, `• `, `1. `
//!    (or hinted by the format) become list items; a paragraph whose tail is a collapsed bullet
//!    ("… emerged. - No press questions allowed") is split into paragraph + list item;
//!    "Sources: …" and "Reporting by …" lines become [`BlockKind::Sources`]; the first
//!    title-like line before any body (or the HTML `<h1>`) is the
//!    [`BlockKind::Headline`]; other short title-like lines are headings.
//!
//! Every piece of clean text is copied from a line with a checkpoint in
//! [`Cleaned::offset_map`], so each clean byte maps back to the input.

use crate::html::{Hint, Line};
use crate::model::{Block, BlockKind, Span};
use regex::{Regex, RegexSet, RegexSetBuilder};
use std::sync::LazyLock;

/// What a removed line was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Removal {
    /// "Advertisement", "Sponsored".
    Advertising,
    /// "Next Story", "Read more: …", "Send Push".
    Navigation,
    /// App and newsletter promotions.
    Promo,
    /// Share and follow prompts.
    Share,
    /// Photo captions and credits.
    Caption,
    /// Cookie notices.
    Cookie,
    /// Copyright lines.
    Copyright,
    /// A lone brand name beside boilerplate.
    Brand,
    /// A byline ("By Jane Doe").
    Byline,
    /// A publication or update date stamp.
    DateStamp,
    /// A lone URL.
    Url,
}

/// A line removed from the text, kept for metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed {
    /// Why it was removed.
    pub kind: Removal,
    /// The trimmed line.
    pub text: String,
    /// Original byte offset of the line.
    pub offset: usize,
    /// Whether it came before the first body paragraph.
    pub before_body: bool,
}

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
    /// Lines removed as boilerplate or metadata, in input order.
    pub removed: Vec<Removed>,
}

fn re(s: &str) -> Regex {
    // The patterns are constants checked by the tests; an invalid one matches nothing.
    Regex::new(s).unwrap_or_else(|_| Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!()))
}

/// Boilerplate patterns, tried in order on the trimmed line. `short` patterns only apply to
/// lines of at most 25 words so a paragraph that merely mentions an app is kept.
static BOILERPLATE: LazyLock<Vec<(Removal, bool, Regex)>> = LazyLock::new(|| {
    use Removal::*;
    vec![
        (
            Advertising,
            false,
            re(
                r"(?i)^(?:advertisements?|advertising|ads?|sponsored(?: content| links?| stories)?|promoted(?: content)?|paid (?:content|post|partnership)|partner content|(?:story|article|content) continues below(?: this)?(?: advertisement| ad)?|continue reading (?:below|the main story)|scroll (?:down )?to continue(?: with content)?|ad feedback|report (?:this )?ad|skip (?:ad|advert(?:isement)?))\W*$",
            ),
        ),
        (
            Navigation,
            true,
            re(
                r"(?i)^(?:next|previous|prev|related|recommended|more|up next|latest|trending|popular|top|most read|most (?:popular|viewed|shared|emailed|commented)|editor'?s'? picks|you may also like|in other news|related topics|more topics|topics|tags|filed under|contact us|follow(?: us)?) ?(?:stories|story|articles?|news|reads?|videos?|for you|on this story)?\W*$|^(?:filed under|tags|topics)\s*:.{0,120}$|^(?:show )?key events(?: only)?\W*$|^please (?:turn on|enable) javascript.{0,60}$|^our standards\s*:.{0,80}$",
            ),
        ),
        (
            Navigation,
            true,
            re(
                r"(?i)^(?:send push|skip to (?:main )?content|skip (?:to|next)(?-u:\b).{0,40}|skip navigation|back to top|open menu|toggle navigation|click here(?: to .*)?|(?:view|show|load) (?:comments|more)|\d+ comments?|listen(?: to (?:this|the) (?:article|story))?(?: \d+ min(?:ute)?s?)?|\d+ min(?:ute)?s? read|read time:? .*)\W*$",
            ),
        ),
        (
            Navigation,
            true,
            re(
                r"(?i)^(?:read more|also read|read also|see also|more on this story|related (?:coverage|content|reading|stories|articles?)|read the full (?:story|article)|watch now|recommended for you)(?-u:\b)\W*.*$",
            ),
        ),
        (
            Navigation,
            true,
            re(
                r"(?i)^(?:related|watch|video|listen|must read|don'?t miss|explainer|live updates?)\s*[:|»›>]\s*\S.*$",
            ),
        ),
        (
            Promo,
            true,
            re(
                r"(?i)(?:download|install|get) (?:the|our) (?:\S+ ){0,4}app(?-u:\b)|^loving .{1,40}\? .*(?-u:\b)app(?-u:\b)|available on (?:the )?(?:app store|google play)",
            ),
        ),
        (
            Promo,
            true,
            re(
                r"(?i)(?:sign up|subscribe|register) (?:for|to) (?:our|the|my|a) (?:\S+ ){0,5}newsletters?|^get (?:our|the) (?:\S+ ){0,5}newsletter|^subscribe(?: now| today| here)?(?:\W*$|\s*[:|–-]\s*.{0,40}$)|^subscribe to \S.{0,80}$|^sign up(?: here| now| today)?\W*$|learn more about\s?\S|^serving .{3,60} since \d{4}\W*$|^get the latest .{0,60}(?:delivered|inbox|straight to).{0,40}$|^already (?:a subscriber|have an account)|^(?:become a (?:member|subscriber|supporter)|support (?:our|independent) journalism)(?-u:\b)",
            ),
        ),
        (
            Share,
            true,
            re(
                r"(?i)^share (?:this|on|via|the|article|story|page)(?-u:\b).*$|^gift (?:this )?(?:article|story)\W*.{0,30}$|^e-?mail (?:the )?(?:author|reporter|writer)(?-u:\b).{0,60}$|^(?:click|tap) to (?:share|print|email|tweet)(?-u:\b).{0,60}$|^share\W*$|^(?:follow|join) (?:us|.{1,40}) on (?:twitter|x|facebook|instagram|whatsapp|telegram|google news|threads|linkedin|youtube|tiktok)(?-u:\b).*$|^join our (?:whatsapp|telegram) (?:channel|group)(?-u:\b).*$",
            ),
        ),
        // Kept apart from the anchored share lines above: one unanchored alternative beside
        // the bounded repeats there made the lazy DFA build new states on every line (a third
        // of all parse time, found with callgrind).
        (Share, true, re(r"(?i)\(opens in (?:a )?new window\)\W*$")),
        (
            Share,
            true,
            re(
                r"(?i)^(?:(?:share|tweet|email|e-mail|print|copy link|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|messenger|copy|save|comment)(?:\s*[|·•,/]\s*|\s+|$))+$",
            ),
        ),
        (
            Caption,
            false,
            re(
                r"(?i)\((?:[A-Z]{2,5} )?(?:photos?|photograph|images?|pictures?|pic|video)(?: by|:| credit| courtesy|\s*/)[^)]*\)\W*$",
            ),
        ),
        (
            Caption,
            false,
            re(
                r"(?i)^(?:image caption|photo caption|caption|photograph|file photo|file image|photo credit|image credit|image source|picture credit|credit|pictured|photo|image|picture|video)(?-u:\b)\s*[:,|-]?\s*\S.*$|^file photo\W*$",
            ),
        ),
        (
            Caption,
            true,
            re(
                r"(?i)[/|]\s*(?:getty images|afp|reuters|ap|ap photo|shutterstock|epa(?:-efe)?|anadolu(?: agency)?|bloomberg|sputnik|tass|xinhua)\)?\W*$",
            ),
        ),
        (
            Cookie,
            true,
            re(
                r"(?i)(?-u:\b)we use cookies(?-u:\b)|(?-u:\b)this (?:site|website) uses cookies(?-u:\b)|(?-u:\b)accept (?:all )?cookies(?-u:\b)|(?-u:\b)cookie (?:policy|settings|preferences|consent|notice)(?-u:\b)|(?-u:\b)manage (?:cookie|privacy) (?:settings|preferences)(?-u:\b)",
            ),
        ),
        (
            Copyright,
            true,
            re(
                r"(?i)^(?:copyright|©|\(c\))(?:\W|$)|(?-u:\b)copyright\s*©|(?-u:\b)all rights reserved(?-u:\b)",
            ),
        ),
        (Url, false, re(r"(?i)^(?:source:\s*)?https?://\S+$")),
    ]
});

/// A full date as written in date stamps.
const DATE: &str = r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,? \d{4}|\d{4}-\d{2}-\d{2}(?:T[0-9:.+Z-]+)?)";

/// A live page's entry time alone on a line: "14.05 BST", "2:14 p.m. ET", "Updated at 09:30".
fn clock_line(t: &str) -> bool {
    static CLOCK: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^(?:(?:updated|posted|published)(?: at)?\s*:?\s*)?\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4})?$",
        )
    });
    t.starts_with(|c: char| c.is_ascii_digit() || matches!(c, 'U' | 'u' | 'P' | 'p'))
        && t.bytes().any(|b| b == b'.' || b == b':')
        && CLOCK.is_match(t)
}

/// "Published 3 hours ago": a stamp with no date in it.
static RELATIVE_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:(?:first |last )?(?:published|posted|updated|modified)\s*:?\s*)?(?:(?:\d{1,2}|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)|\d{1,2}\s?[hmd])\s+ago\W*$",
    )
});

static DATE_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)^(?:[\w .&-]{{1,30}}\s*[/|·•]\s*)?(?:(?:first |last )?(?:published|posted|updated|modified)(?: on)?\s*:?\s*.{{0,40}}{DATE}.{{0,80}}|(?:[a-z]+day,?\s+)?{DATE}(?:\s*(?:,|at|-|–|\|)?\s*\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s*[a-z]{{2,5}})?)?\W*)$"
    ))
});

static LIST_MARKER: LazyLock<Regex> = LazyLock::new(|| re(r"^(?:[-*•·▪◦‣]|\d{1,3}[.)])\s+"));
/// The end of a sentence, then a spaced bullet marker, then the start of the next item.
static COLLAPSED: LazyLock<Regex> =
    LazyLock::new(|| re(r"[.!?…][”\x22’)]?(\s+[-•*▪]\s+)[\p{Lu}\p{N}“\x22‘']"));
static SOURCES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:sources?|source\(s\)|credits?|with (?:additional )?reporting from)\s*:|^(?:(?:additional )?reporting|writing|editing) by(?-u:\b)",
    )
});
static TABLE_SEP: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$"));
static DECORATION: LazyLock<Regex> = LazyLock::new(|| re(r"^[\s*\-_=~•·#]+$"));

// Cheap checks in front of the line patterns above: each is true whenever its pattern can
// match (a necessary condition read off the pattern), so the ordinary line skips the regex
// search, which costs a few hundred instructions even when it fails at once. The property
// test `prefilters_agree_with_the_patterns` checks each against its pattern alone.

/// [`TABLE_SEP`] on a trimmed line: every match holds `--`.
fn is_table_sep(t: &str) -> bool {
    t.contains("--") && TABLE_SEP.is_match(t)
}

/// [`DECORATION`]: a match starts with one of its characters.
fn is_decoration(t: &str) -> bool {
    t.starts_with(|c: char| {
        c.is_whitespace() || matches!(c, '*' | '-' | '_' | '=' | '~' | '•' | '·' | '#')
    }) && DECORATION.is_match(t)
}

/// [`LIST_MARKER`]: a match starts with a marker or a digit (`\d` is a Unicode decimal digit,
/// which `char::is_numeric` covers).
fn list_marker(t: &str) -> Option<regex::Match<'_>> {
    if !t.starts_with(|c: char| {
        matches!(c, '-' | '*' | '•' | '·' | '▪' | '◦' | '‣') || c.is_numeric()
    }) {
        return None;
    }
    LIST_MARKER.find(t)
}

/// [`SOURCES`]: every alternative is anchored and starts, case-insensitively, with one of
/// `s c w a r e` (non-ASCII first characters, such as the long s that folds to `s`, go to the
/// regex).
fn is_sources(t: &str) -> bool {
    t.starts_with(|c: char| {
        !c.is_ascii() || matches!(c.to_ascii_lowercase(), 's' | 'c' | 'w' | 'a' | 'r' | 'e')
    }) && SOURCES.is_match(t)
}

/// [`DATE_STAMP`]: every match holds a date, and every date a digit.
fn is_date_stamp(t: &str) -> bool {
    t.chars()
        .any(|c| c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric()))
        && DATE_STAMP.is_match(t)
}

/// Connectors allowed between the names of a byline.
const NAME_CONNECTORS: &[&str] = &[
    "and", "&", "in", "de", "da", "van", "von", "bin", "al", "la", "le", "der",
];

/// Whether `s` is a short list of capitalised names ("Jane Doe and John Roe").
fn name_like(s: &str, max_words: usize) -> bool {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty()
        && words.len() <= max_words
        && words.iter().all(|w| {
            NAME_CONNECTORS.contains(&w.to_lowercase().as_str())
                || w.chars().next().is_some_and(char::is_uppercase)
        })
        && words
            .first()
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// "Interview by Tom Ashby" → "by Tom Ashby": the credit words some outlets put before "by".
pub fn without_credit_word(t: &str) -> &str {
    for credit in [
        "Interview ",
        "Words ",
        "Reporting ",
        "Written ",
        "Story ",
        "Text ",
        "Report ",
    ] {
        if let Some(rest) = t.strip_prefix(credit)
            && rest
                .as_bytes()
                .get(..3)
                .is_some_and(|head| head.eq_ignore_ascii_case(b"by "))
        {
            return rest;
        }
    }
    t
}

/// "By Jane Doe and John Roe", "By JANE DOE, Reuters", "Jane Doe | Reuters", "Interview by Tom
/// Ashby · 12 August 2026".
pub fn is_byline(t: &str) -> bool {
    let t = without_credit_word(t);
    // Compared in place rather than lower-cased into a `String` (this runs on every line);
    // three bytes equal to "by " ignoring ASCII case are ASCII, so end on a char boundary.
    if t.as_bytes()
        .get(..3)
        .is_some_and(|head| head.eq_ignore_ascii_case(b"by "))
    {
        let rest = t.get(3..).unwrap_or("").trim();
        let rest = rest.split(['|', '•', '·']).next().unwrap_or(rest);
        return name_like(rest, 14);
    }
    match t.split_once('|') {
        Some((a, b)) => !b.contains('|') && name_like(a.trim(), 4) && name_like(b.trim(), 4),
        None => false,
    }
}

/// Every word-count threshold the classifiers use is below this, so counting stops here.
const WORD_CAP: usize = 26;

/// `t.split_whitespace().count()`, saturating at [`WORD_CAP`]: the classifiers only compare
/// it with thresholds up to 25, so a long paragraph is not walked to its end.
///
/// Inside a word only a byte that [`MAY_START_SPACE`] can end it, so the walk jumps from one
/// such byte to the next instead of classifying every byte: in text without ASCII spaces
/// (Chinese, Japanese) or with many multi-byte letters (Cyrillic, Greek) most bytes are never
/// looked at twice. Each candidate is a character boundary (an ASCII byte or a lead byte), and
/// is then decoded to see whether it really is whitespace.
fn word_count(t: &str) -> usize {
    let bytes = t.as_bytes();
    let (mut count, mut i) = (0, 0);
    loop {
        // Between words: skip whitespace characters.
        while i < bytes.len() {
            match space_len(t, i) {
                Some(len) => i += len,
                None => break,
            }
        }
        if i == bytes.len() {
            return count;
        }
        count += 1;
        if count >= WORD_CAP {
            return count;
        }
        // In a word whose first character starts at `i` (not whitespace). Its other bytes are
        // continuation bytes, which `MAY_START_SPACE` never holds, so searching from `i + 1`
        // finds the next character that may be whitespace.
        loop {
            match bytes[i + 1..]
                .iter()
                .position(|&b| MAY_START_SPACE[usize::from(b)])
            {
                None => return count,
                Some(offset) => i += 1 + offset,
            }
            if space_len(t, i).is_some() {
                break;
            }
        }
    }
}

/// The byte length of the whitespace character (`char::is_whitespace`) starting at byte `i`
/// of `t`, or `None` if the character there is not whitespace (or `i` is not a character
/// boundary, which [`word_count`] never asks).
#[inline(always)]
fn space_len(t: &str, i: usize) -> Option<usize> {
    let b = t.as_bytes()[i];
    if !MAY_START_SPACE[usize::from(b)] {
        return None;
    }
    // The ASCII bytes in the table are exactly the ASCII whitespace characters.
    if b.is_ascii() {
        return Some(1);
    }
    t.get(i..)
        .and_then(|r| r.chars().next())
        .filter(|c| c.is_whitespace())
        .map(char::len_utf8)
}

/// Bytes that can start a whitespace character (`char::is_whitespace`): the ASCII ones
/// (space, `\t`, `\n`, vertical tab, form feed, `\r`) and the lead bytes of the others, which
/// are U+0085 and U+00A0 (0xC2), U+1680 (0xE1), U+2000–U+205F (0xE2) and U+3000 (0xE3). The
/// test `may_start_space_covers_every_whitespace_char` checks this against every `char`.
const MAY_START_SPACE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = matches!(b, 0x09..=0x0d | 0x20 | 0xc2 | 0xe1 | 0xe2 | 0xe3);
        b += 1;
    }
    table
};

/// A heading or headline: short, starts with a capital / digit / quote, and does not end
/// like a sentence.
pub fn title_like(t: &str) -> bool {
    if t.len() > 200 {
        return false;
    }
    let first_ok = t
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric() || "“\"‘'".contains(c));
    let mut rev = t.chars().rev();
    let last = rev.next().unwrap_or(' ');
    let before = rev.next().unwrap_or(' ');
    let end_ok = if "”\"’')".contains(last) {
        !".!?,…".contains(before)
    } else {
        last.is_alphanumeric() || ":;%".contains(last)
    };
    // The ends are checked first: most lines are sentences and fail there, without a count.
    first_ok && end_ok && (1..=20).contains(&word_count(t))
}

/// Words of a line that hold a letter or digit ("Shots - Health News" has three).
fn real_words(t: &str) -> usize {
    t.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// The headline of a page without an `<h1>`, among the lines up to the first body line: the
/// first title-like line of at least five words (section labels and mastheads are shorter);
/// else the last of at least three ("Margaret Ashdown obituary", nearest the body); else the
/// first long line with no closing full stop (a tabloid's forty-word headline).
fn pick_headline(lines: &[Line], class: &[Class], first_body: usize) -> Option<usize> {
    let mut last3 = None;
    let mut long = None;
    let mut first5 = None;
    // The body may begin with a headline of short sentences; a byline under it says it is one.
    let byline_within = |i: usize, n: usize| {
        (i + 1..lines.len())
            .filter(|&j| class.get(j) != Some(&Class::Blank))
            .take(n)
            .any(|j| class.get(j) == Some(&Class::Removed(Removal::Byline)))
    };
    let byline_follows = |i: usize| byline_within(i, 2);
    for (i, l) in lines.iter().enumerate().take(first_body.saturating_add(1)) {
        if class.get(i) != Some(&Class::Content) || l.hint != Hint::Plain {
            continue;
        }
        let t = l.text.trim();
        if list_marker(t).is_some() || t.ends_with([':', ';']) {
            continue;
        }
        let w = real_words(t);
        let candidate = title_like(t)
            || (t.ends_with('?') && w <= 20)
            || (short_sentences(t) && (i < first_body || byline_follows(i)));
        // The first such line, unless it stands far from any byline and a later one has the
        // byline under it: a masthead's tagline ("Exclusive news, data and analytics for
        // financial market professionals") comes first and is title-like too, while a
        // headline's deck lines stand between it and its byline.
        if candidate && w >= 5 {
            match first5 {
                None if byline_within(i, 6) => return Some(i),
                None => first5 = Some(i),
                Some(_) if byline_follows(i) => return Some(i),
                Some(_) => {}
            }
        }
        if candidate && w >= 3 {
            last3 = Some(i);
        }
        // A brand's tagline in the masthead ("Exclusive news, data and analytics for …") is
        // such a line too: a later one with a byline under it is the headline.
        if (long.is_none() || long.is_some_and(|l| !byline_follows(l)) && byline_follows(i))
            && (5..=80).contains(&w)
            && !t.ends_with(['.', '!', '?', '…', '”', '"', '’', '\'', ')'])
            && t.starts_with(|c: char| c.is_uppercase() || "‘“'\"".contains(c))
        {
            long = Some(i);
        }
    }
    if first5.is_some() {
        return first5;
    }
    // A long headline under a short label in capitals ("HEALTH · DRUG SAFETY") is the headline.
    match (last3, long) {
        (Some(s), Some(l))
            if l > s
                && lines
                    .get(s)
                    .is_some_and(|x| !x.text.chars().any(char::is_lowercase)) =>
        {
            Some(l)
        }
        _ => last3.or(long),
    }
}

/// A headline of two or three short sentences, each capitalised and of at most eighteen words
/// ("Missouri Paid a Contractor $41 Million to Inspect Group Homes. Its Own Emails Show It Fell
/// Months Behind."). Above the body, a standfirst is one longer sentence.
fn short_sentences(t: &str) -> bool {
    if !t.ends_with('.') || t.ends_with("..") {
        return false;
    }
    let parts: Vec<&str> = t.split(". ").collect();
    (2..=3).contains(&parts.len())
        && (8..=30).contains(&real_words(t))
        && parts.iter().all(|p| {
            let n = real_words(p);
            (2..=18).contains(&n) && p.starts_with(|c: char| c.is_uppercase() || c.is_numeric())
        })
}

/// The separators [`menu_line`] looks for, by index: a run of spaces, the list bullets
/// (from [`LISTS`]), the breadcrumbs (from [`SLASH`]) and the tags' comma ([`COMMA`]).
const MENU_SEPARATORS: [&str; 9] = ["  ", " | ", " • ", " · ", " / ", " › ", " » ", " > ", ", "];
const DOUBLE_SPACE: usize = 0;
const LISTS: usize = 1;
const SLASH: usize = 4;
const COMMA: usize = 8;

/// A prepared searcher for each of [`MENU_SEPARATORS`]: `memmem::find` would build one per
/// call, which costs more than the search on a short line.
fn menu_finders() -> &'static [memchr::memmem::Finder<'static>] {
    static FINDERS: LazyLock<Vec<memchr::memmem::Finder<'static>>> = LazyLock::new(|| {
        MENU_SEPARATORS
            .iter()
            .map(|s| memchr::memmem::Finder::new(s.as_bytes()))
            .collect()
    });
    &FINDERS
}

/// A menu or breadcrumb line above the body: items apart by runs of spaces or tabs ("News
/// Sports  Opinion", each item at most four words), by three or more pipes or bullets of short
/// items, by two or more breadcrumb separators ("News / City / Pune"), or four or more short
/// capitalised tags apart by commas ("News Feed, Ukraine, Russian attacks, Drone attacks").
///
/// Each shape needs its separator: the spaced items a run of two spaces or a tab, the listed
/// items and the breadcrumbs two separators, the tags three ", " (`split` and
/// `memmem::find_iter` both count non-overlapping matches). A line without them skips that
/// shape's splitting and collecting: one memchr search instead. `menu_line_matches_the_splitting_version`
/// checks this against [`menu_line_by_splitting`], the function as first written.
fn menu_line(t: &str) -> bool {
    // Most lines are sentences: a full stop at the end and no run of spaces rules out all four.
    let f = menu_finders();
    let at_least = |sep: usize, n: usize| {
        f.get(sep)
            .is_some_and(|f| f.find_iter(t.as_bytes()).nth(n - 1).is_some())
    };
    let double_space = at_least(DOUBLE_SPACE, 1);
    let tab = memchr::memchr(b'\t', t.as_bytes()).is_some();
    if t.ends_with(['.', '!', '?', '"', '”']) && !double_space && !tab && !at_least(SLASH, 1) {
        return false;
    }
    if section_menu(t) {
        return true;
    }
    let short = |item: &str, max: usize| {
        let n = item.split_whitespace().count();
        (1..=max).contains(&n)
    };
    if double_space || tab {
        let spaced: Vec<&str> = t
            .split("  ")
            .flat_map(|p| p.split('\t'))
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        if spaced.len() >= 2 && spaced.iter().all(|p| short(p, 4)) {
            return true;
        }
    }
    for (k, sep) in MENU_SEPARATORS.iter().enumerate().skip(LISTS).take(3) {
        if !at_least(k, 2) {
            continue;
        }
        let items: Vec<&str> = t.split(sep).collect();
        // "U.S." may end an item; a sentence may not.
        if items.len() >= 3
            && items.iter().all(|p| {
                short(p, 5)
                    && !p.trim_end().ends_with(['!', '?'])
                    && (!p.trim_end().ends_with('.') || short(p, 1))
            })
        {
            return true;
        }
    }
    if (SLASH..SLASH + 4).any(|k| at_least(k, 2)) {
        return true;
    }
    if t.ends_with(['.', '!', '?', ':']) || !at_least(COMMA, 3) {
        return false;
    }
    let tags: Vec<&str> = t.split(", ").collect();
    tags.len() >= 4
        && tags.iter().all(|p| {
            short(p, 3)
                && p.chars().next().is_some_and(char::is_uppercase)
                && !p.contains(['“', '"'])
        })
}

/// Section names a site's menu lists. A line of them apart by single spaces is a menu only by
/// its words: see [`section_menu`].
const SECTION_WORDS: &[&str] = &[
    "Home",
    "News",
    "World",
    "Politics",
    "Business",
    "Opinion",
    "Opinions",
    "Sport",
    "Sports",
    "Entertainment",
    "Video",
    "Videos",
    "Tech",
    "Technology",
    "Science",
    "Health",
    "Lifestyle",
    "Life",
    "Culture",
    "Arts",
    "Travel",
    "Money",
    "Markets",
    "Finance",
    "Economy",
    "Weather",
    "Local",
    "National",
    "Regional",
    "Counties",
    "Regions",
    "Education",
    "Podcasts",
    "Podcast",
    "Photos",
    "Gallery",
    "Live",
    "Latest",
    "Trending",
    "Features",
    "Style",
    "Food",
    "Music",
    "Movies",
    "Books",
    "Games",
    "Puzzles",
    "Crosswords",
    "Subscribe",
    "Newsletters",
    "Login",
    "Magazine",
    "ePaper",
    "E-Paper",
    "Epaper",
    "Columns",
    "Columnists",
    "Editorials",
    "Climate",
    "Environment",
    "Property",
    "Motoring",
    "Cars",
    "Jobs",
    "Obituaries",
    "Briefing",
    "International",
    "Nation",
    "Metro",
    "City",
    "Africa",
    "Asia",
    "Europe",
    "Americas",
];

/// A one-line menu whose items are single words apart by single spaces ("Home Kenya Politics
/// Business Opinion Counties Sports Entertainment Videos ePaper"): five or more words, no
/// closing punctuation, and at least four of them — and two thirds of all — section names. A
/// title-case headline has its own words ("Trump Meets Putin Amid Tensions Over Ukraine").
fn section_menu(t: &str) -> bool {
    if t.ends_with(['.', '!', '?', ':', '"', '”']) {
        return false;
    }
    let (mut words, mut sections) = (0usize, 0usize);
    for w in t.split_whitespace() {
        words += 1;
        if SECTION_WORDS.contains(&w) {
            sections += 1;
        }
    }
    words >= 5 && sections >= 4 && sections * 3 >= words * 2
}

/// [`menu_line`] as first written, for the property test.
#[cfg(test)]
fn menu_line_by_splitting(t: &str) -> bool {
    // Most lines are sentences: a full stop at the end and no run of spaces rules out all four.
    if t.ends_with(['.', '!', '?', '"', '”'])
        && !t.contains("  ")
        && !t.contains('\t')
        && !t.contains(" / ")
    {
        return false;
    }
    if section_menu(t) {
        return true;
    }
    let short = |item: &str, max: usize| {
        let n = item.split_whitespace().count();
        (1..=max).contains(&n)
    };
    let spaced: Vec<&str> = t
        .split("  ")
        .flat_map(|p| p.split('\t'))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if spaced.len() >= 2 && spaced.iter().all(|p| short(p, 4)) {
        return true;
    }
    for sep in [" | ", " • ", " · "] {
        let items: Vec<&str> = t.split(sep).collect();
        // "U.S." may end an item; a sentence may not.
        if items.len() >= 3
            && items.iter().all(|p| {
                short(p, 5)
                    && !p.trim_end().ends_with(['!', '?'])
                    && (!p.trim_end().ends_with('.') || short(p, 1))
            })
        {
            return true;
        }
    }
    if [" / ", " › ", " » ", " > "]
        .iter()
        .any(|sep| t.matches(sep).count() >= 2)
    {
        return true;
    }
    let tags: Vec<&str> = t.split(", ").collect();
    tags.len() >= 4
        && !t.ends_with(['.', '!', '?', ':'])
        && tags.iter().all(|p| {
            short(p, 3)
                && p.chars().next().is_some_and(char::is_uppercase)
                && !p.contains(['“', '"'])
        })
}

/// The outlet a masthead line names: a known outlet, or capitalised words ending in an outlet
/// word ("Tri-County Herald"), alone on the line or before "Homepage" / "- Back to home".
pub fn masthead(t: &str) -> Option<String> {
    let mut name = t.trim();
    // "My News", "My Account": a reader's own menu, not a masthead.
    if name.starts_with("My ") {
        return None;
    }
    for tail in [
        " - Back to homepage",
        " – Back to homepage",
        " - Back to home",
        " – Back to home",
        " Homepage",
        " home page",
        " Home",
        " home",
        " Logo",
        " logo",
    ] {
        if let Some(n) = name.strip_suffix(tail) {
            name = n.trim();
        }
    }
    if name.split_whitespace().count() > 5 || name.ends_with(['.', '!', '?', ':', ',']) {
        return None;
    }
    // "MercoPress, South Atlantic News Agency": a known name before its tagline.
    if let Some((brand, _)) = name.split_once(", ").or_else(|| name.split_once(". "))
        && let Some(known) = crate::meta::canonical_outlet(brand)
    {
        return Some(known.to_string());
    }
    crate::meta::outlet_like(name)
}

/// `- 'Very, very bad' -`, `- Talks resume -`: AFP's crosshead, a short line between a
/// leading and a trailing dash.
fn dashed_crosshead(t: &str) -> bool {
    t.len() > 4
        && t.starts_with("- ")
        && t.ends_with(" -")
        && (1..=10).contains(&word_count(t.get(2..t.len() - 2).unwrap_or("")))
}

/// `News24`, `The Citizen`, `Mail & Guardian` on the page's first lines: a short name-shaped line
/// (one to four capitalised words, no sentence punctuation) that the page's chrome names again
/// (`Subscribe to News24's free newsletters`, `© 2026 Mail & Guardian`, `Picture: … / The
/// Citizen`) is the site's masthead, even when no list knows the outlet.
fn named_again_in_chrome(t: &str, at: usize, lines: &[Line], class: &[Class]) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    if !(1..=4).contains(&words.len())
        || t.len() < 3
        || t.ends_with(['.', '!', '?', ':', ','])
        || !words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) || matches!(*w, "&" | "of" | "and")
        })
    {
        return false;
    }
    // Named as a brand: a copyright line, a possessive (`News24's newsletters`), a photo
    // credit (`/News24)`, `Picture: … / The Citizen`) or a site link (`About NHK WORLD-JAPAN`);
    // a topic list or a caption naming a place or a league is not.
    // A possessive counts only in chrome: `Saudi Arabia’s ministers` in the body is a place.
    let as_brand = |line: &str, at: usize, chrome: bool| {
        let before = line.get(..at).unwrap_or("").trim_end();
        let after = line.get(at + t.len()..).unwrap_or("");
        let lower = line.to_lowercase();
        let promo = chrome
            || [
                "newsletter",
                " app",
                "subscribe",
                "sign up",
                "download",
                "podcast",
            ]
            .iter()
            .any(|w| lower.contains(w));
        lower.contains('©')
            || lower.starts_with("copyright")
            || promo && (after.starts_with("'s ") || after.starts_with("’s "))
            || before.ends_with('/') && (after.is_empty() || after.starts_with(')'))
            || ["About", "Subscribe to", "Download", "Follow", "Sign up for"]
                .iter()
                .any(|w| before.ends_with(w))
    };
    // One searcher for every line: `match_indices` would build a new one per line. Its
    // non-overlapping matches are `match_indices`'s; `t` is whole characters, so each match
    // starts on a character boundary.
    let finder = memchr::memmem::Finder::new(t.as_bytes());
    lines.iter().enumerate().any(|(j, l)| {
        j != at
            && l.text.trim() != t
            && finder
                .find_iter(l.text.as_bytes())
                .any(|k| as_brand(&l.text, k, matches!(class.get(j), Some(Class::Removed(_)))))
    })
}

/// `Trump later posted on Truth Social:` / `Merz said:` — a line that introduces the quotation
/// in the next paragraph: it ends with a colon after a speech verb. Body text, not a subhead
/// (`Key points:` has no verb).
fn quote_intro(t: &str) -> bool {
    t.ends_with(':')
        && t.split_whitespace().skip(1).any(|w| {
            let w = w.trim_end_matches([':', ',']);
            crate::quotes::SPEECH_VERBS.contains(&w)
        })
}

/// A body paragraph for the brand-line rule: a sentence of some length.
fn body_like(t: &str, w: usize) -> bool {
    w >= 15
        || (w >= 6
            && t.trim_end_matches(['”', '"', '’', ')'])
                .ends_with(['.', '!', '?']))
}

/// All of [`BOILERPLATE`] in one set: one pass over a line tells whether any pattern can
/// match, so the ordinary line (most of them) skips the patterns one by one.
///
/// The set's lazy DFA needs far more states than the default 2 MiB cache holds (many
/// case-insensitive Unicode patterns): with the default it cleared its cache over and over and
/// spent a sixth of the whole parse re-building states (callgrind: `determinize::next`). The
/// cache grows only as states are made, so the larger limit costs memory only where it saves time.
static BOILERPLATE_SET: LazyLock<Option<RegexSet>> = LazyLock::new(|| {
    RegexSetBuilder::new(BOILERPLATE.iter().map(|(_, _, r)| r.as_str()))
        .dfa_size_limit(64 << 20)
        .build()
        .ok()
});

/// Whole-line boilerplate check.
pub fn boilerplate(t: &str) -> Option<Removal> {
    boilerplate_counted(t, word_count(t))
}

/// [`boilerplate`] for a line of `words` words (as [`word_count`] gives).
fn boilerplate_counted(t: &str, words: usize) -> Option<Removal> {
    if BOILERPLATE_SET.as_ref().is_some_and(|set| !set.is_match(t)) {
        return None;
    }
    let short = words <= 25;
    BOILERPLATE
        .iter()
        .find(|(_, needs_short, r)| (short || !needs_short) && r.is_match(t))
        .map(|(k, _, _)| *k)
}

#[derive(Clone, Copy, PartialEq)]
enum Class {
    Blank,
    Skip,
    Removed(Removal),
    Content,
}

/// Builds the clean text piece by piece, recording checkpoints.
struct Builder {
    c: Cleaned,
}

impl Builder {
    /// Copies `line.text[range]` into the clean text with checkpoints.
    fn piece(&mut self, line: &Line, range: std::ops::Range<usize>) {
        let Some(s) = line.text.get(range.clone()) else {
            return;
        };
        let base = self.c.text.len();
        let cp = |clean: usize, orig: usize| {
            (
                u32::try_from(clean).unwrap_or(u32::MAX),
                u32::try_from(orig).unwrap_or(u32::MAX),
            )
        };
        self.c.offset_map.push(cp(base, line.original(range.start)));
        for &(i, o) in &line.marks {
            if i > range.start && i < range.end {
                self.c.offset_map.push(cp(base + i - range.start, o));
            }
        }
        self.c.text.push_str(s);
    }

    /// Adds one block made of `pieces` (ranges in `line.text`), joined by `sep`.
    fn block(
        &mut self,
        kind: BlockKind,
        line: &Line,
        pieces: &[std::ops::Range<usize>],
        sep: char,
    ) {
        if pieces.is_empty() {
            return;
        }
        if !self.c.text.is_empty() {
            self.c.text.push('\n');
        }
        let start = self.c.text.len();
        for (i, r) in pieces.iter().enumerate() {
            if i > 0 {
                self.c.text.push(sep);
            }
            self.piece(line, r.clone());
        }
        self.c.blocks.push(Block {
            kind,
            span: Span::new(start, self.c.text.len()),
        });
    }
}

/// The range of `s[range]` with surrounding whitespace removed.
fn trim_range(s: &str, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let Some(sub) = s.get(range.clone()) else {
        return range.start..range.start;
    };
    let lead = sub.len() - sub.trim_start().len();
    let t = sub.trim();
    range.start + lead..range.start + lead + t.len()
}

/// Whether a line could be a pipe-table row.
fn pipe_like(t: &str) -> bool {
    // A pipe, and a cell that is not blank (stops at the first, where counting read them all).
    t.contains('|') && t.split('|').any(|c| !c.trim().is_empty())
}

/// [`pipe_like`] as first written, for the property test.
#[cfg(test)]
fn pipe_like_by_counting(t: &str) -> bool {
    t.matches('|').count() >= 1 && t.split('|').filter(|c| !c.trim().is_empty()).count() >= 1
}

/// Whether `t` may hold a [`COLLAPSED`] bullet: a marker (`-`, `*`, `•`, `▪`) with
/// whitespace on both sides. Far cheaper than the regex, and few lines have one.
fn may_hold_collapsed_bullet(t: &str) -> bool {
    // Only the marker bytes (`-`, `*`, and 0xE2, which starts `•` and `▪`) are tried: memchr
    // jumps to them instead of matching every byte of the line.
    memchr::memchr3_iter(b'-', b'*', 0xE2, t.as_bytes()).any(|i| {
        let len = match t.as_bytes().get(i) {
            Some(b'-' | b'*') => 1,
            Some(0xE2) if t.get(i..).is_some_and(|r| r.starts_with(['•', '▪'])) => 3,
            _ => return false,
        };
        let before = t.get(..i).and_then(|r| r.chars().next_back());
        let after = t.get(i + len..).and_then(|r| r.chars().next());
        before.is_some_and(char::is_whitespace) && after.is_some_and(char::is_whitespace)
    })
}

/// [`may_hold_collapsed_bullet`] as first written, byte by byte, for the property test.
#[cfg(test)]
fn may_hold_collapsed_bullet_by_byte(t: &str) -> bool {
    let bytes = t.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| {
        let len = match b {
            b'-' | b'*' => 1,
            0xE2 if t.get(i..).is_some_and(|r| r.starts_with(['•', '▪'])) => 3,
            _ => return false,
        };
        let before = t.get(..i).and_then(|r| r.chars().next_back());
        let after = t.get(i + len..).and_then(|r| r.chars().next());
        before.is_some_and(char::is_whitespace) && after.is_some_and(char::is_whitespace)
    })
}

/// Cleans lines into blocks. Linear in the total input size.
pub fn clean(lines: &[Line]) -> Cleaned {
    // Each trimmed line's word count (capped), worked out once for the classifiers below.
    let words: Vec<usize> = lines.iter().map(|l| word_count(l.text.trim())).collect();
    // Pass 1: classify.
    let mut class: Vec<Class> = lines
        .iter()
        .zip(&words)
        .map(|(l, &w)| {
            let t = l.text.trim();
            if t.is_empty() {
                Class::Blank
            } else if is_table_sep(t) || is_decoration(t) {
                Class::Skip
            } else if l.hint != Hint::TableRow && l.hint != Hint::ListItem {
                match boilerplate_counted(t, w) {
                    Some(k) => Class::Removed(k),
                    None if is_byline(t) => Class::Removed(Removal::Byline),
                    None if w <= 20 && is_date_stamp(t) => Class::Removed(Removal::DateStamp),
                    None if w <= 6 && t.ends_with("ago") && RELATIVE_STAMP.is_match(t) => {
                        Class::Removed(Removal::DateStamp)
                    }
                    None if w <= 4 && clock_line(t) => Class::Removed(Removal::DateStamp),
                    None => Class::Content,
                }
            } else {
                Class::Content
            }
        })
        .collect();
    let is_body: Vec<bool> = lines
        .iter()
        .zip(&class)
        .zip(&words)
        .map(|((l, c), &w)| {
            *c == Class::Content && body_like(l.text.trim(), w) && !menu_line(l.text.trim())
        })
        .collect();
    let first_body = is_body.iter().position(|&b| b).unwrap_or(lines.len());
    let last_body = is_body.iter().rposition(|&b| b);

    // "Jane Doe | Reuters" is only a byline above the body; below it, it could be a table row.
    for (i, c) in class.iter_mut().enumerate() {
        if *c == Class::Removed(Removal::Byline)
            && i > first_body
            && !lines
                .get(i)
                .is_some_and(|l| l.text.trim().to_lowercase().starts_with("by "))
        {
            *c = Class::Content;
        }
    }

    // Pass 1b: page chrome above the body that no single pattern names: menus ("News  Sports
    // Opinion", "Germany | World | Business"), breadcrumbs, tag lists, and the masthead line
    // ("The Kyiv Independent", "Sky Sports Homepage").
    let mut above_headline = true;
    for (i, l) in lines.iter().enumerate().take(first_body) {
        let t = l.text.trim();
        if class.get(i) != Some(&Class::Content) || l.hint == Hint::TableRow {
            continue;
        }
        let kind = if menu_line(t) {
            Some(Removal::Navigation)
        } else if above_headline
            && (masthead(t).is_some() || named_again_in_chrome(t, i, lines, &class))
        {
            Some(Removal::Brand)
        } else {
            None
        };
        match (kind, class.get_mut(i)) {
            (Some(k), Some(c)) => *c = Class::Removed(k),
            // The masthead is above the headline: a long title-like line ends the search.
            _ if words.get(i).is_some_and(|&w| w >= 5) => above_headline = false,
            _ => {}
        }
    }

    // Pass 2: lone brand words beside boilerplate, outside the body.
    let chrome = |c: Option<&Class>| matches!(c, Some(Class::Removed(k)) if !matches!(k, Removal::Byline | Removal::DateStamp | Removal::Brand));
    let mut brand = vec![false; lines.len()];
    for (i, l) in lines.iter().enumerate() {
        let t = l.text.trim();
        if class.get(i) != Some(&Class::Content)
            || l.hint != Hint::Plain
            || words.get(i) != Some(&1)
            || !t.chars().next().is_some_and(char::is_uppercase)
            || !t
                .chars()
                .all(|c| c.is_alphanumeric() || "-.&'’".contains(c))
            || !(i < first_body || last_body.is_some_and(|lb| i > lb))
        {
            continue;
        }
        let prev = (0..i).rev().find(|&j| class.get(j) != Some(&Class::Blank));
        let next = (i + 1..lines.len()).find(|&j| class.get(j) != Some(&Class::Blank));
        if chrome(prev.and_then(|j| class.get(j))) || chrome(next.and_then(|j| class.get(j))) {
            brand[i] = true;
        }
    }
    for (i, b) in brand.iter().enumerate() {
        if *b && let Some(c) = class.get_mut(i) {
            *c = Class::Removed(Removal::Brand);
        }
    }

    // Pass 3: blocks.
    let mut b = Builder {
        c: Cleaned::default(),
    };
    let has_h1 = lines.iter().any(|l| l.hint == Hint::Heading(1));
    let headline_at = if has_h1 {
        None
    } else {
        pick_headline(lines, &class, first_body)
    };
    let mut seen_body = false;
    let mut have_headline = false;
    let mut sources_next = false;
    let content: Vec<bool> = class.iter().map(|c| *c == Class::Content).collect();
    let pipe: Vec<bool> = lines
        .iter()
        .zip(&content)
        .map(|(l, &c)| c && pipe_like(l.text.trim()))
        .collect();
    let sep: Vec<bool> = lines.iter().map(|l| is_table_sep(l.text.trim())).collect();
    for (i, line) in lines.iter().enumerate() {
        let t = line.text.trim();
        match class.get(i).copied().unwrap_or(Class::Blank) {
            Class::Blank | Class::Skip => continue,
            Class::Removed(kind) => {
                b.c.removed.push(Removed {
                    kind,
                    text: t.to_string(),
                    offset: line.offset + (line.text.len() - line.text.trim_start().len()),
                    before_body: i < first_body,
                });
                continue;
            }
            Class::Content => {}
        }
        let full = trim_range(&line.text, 0..line.text.len());
        // A neighbouring row continues the same table only when it has the same number of cells
        // and the same outer-pipe style; a separator row always does.
        let shape_of = |l: &Line| {
            let t = l.text.trim();
            let n = t.trim_matches('|').split('|').count();
            (n, t.starts_with('|'))
        };
        let neighbour_pipe = |j: Option<usize>| {
            j.is_some_and(|j| {
                sep.get(j).copied().unwrap_or(false)
                    || (pipe.get(j).copied().unwrap_or(false)
                        && lines.get(j).map(shape_of) == Some(shape_of(line)))
            })
        };
        let is_table = line.hint == Hint::TableRow
            || (pipe.get(i).copied().unwrap_or(false)
                && (t.starts_with('|')
                    || t.ends_with('|')
                    || neighbour_pipe(i.checked_sub(1))
                    || neighbour_pipe(Some(i + 1))));
        if is_table {
            let mut cells = Vec::new();
            let mut pos = full.start;
            for cell in t.split('|') {
                let r = trim_range(&line.text, pos..pos + cell.len());
                pos += cell.len() + 1;
                cells.push(r);
            }
            // Outer pipes leave empty first/last cells; inner empty cells are kept.
            if t.starts_with('|') && cells.first().is_some_and(|r| r.is_empty()) {
                cells.remove(0);
            }
            if t.ends_with('|') && cells.last().is_some_and(|r| r.is_empty()) {
                cells.pop();
            }
            b.block(BlockKind::TableRow, line, &cells, '\t');
            seen_body = true;
            sources_next = false;
            continue;
        }
        // List marker.
        let (mut kind, body) = match list_marker(t) {
            // `- 'Very, very bad' -`: a wire crosshead between dashes, not a list item.
            Some(_) if line.hint == Hint::Plain && dashed_crosshead(t) => (
                BlockKind::Heading,
                trim_range(&line.text, full.start + 2..full.end - 2),
            ),
            Some(m) if line.hint == Hint::Plain => (
                BlockKind::ListItem,
                trim_range(&line.text, full.start + m.end()..full.end),
            ),
            _ if line.hint == Hint::ListItem => (BlockKind::ListItem, full.clone()),
            _ => (BlockKind::Paragraph, full.clone()),
        };
        let Some(body_text) = line.text.get(body.clone()) else {
            continue;
        };
        // Collapsed bullets: "… emerged. - No press questions allowed".
        let mut segments = Vec::new();
        let mut seg_start = body.start;
        let collapsed = may_hold_collapsed_bullet(body_text)
            .then(|| COLLAPSED.captures_iter(body_text))
            .into_iter()
            .flatten();
        for caps in collapsed {
            if let Some(g) = caps.get(1) {
                segments.push(trim_range(&line.text, seg_start..body.start + g.start()));
                seg_start = body.start + g.end();
            }
        }
        segments.push(trim_range(&line.text, seg_start..body.end));
        let first_text = segments
            .first()
            .and_then(|r| line.text.get(r.clone()))
            .unwrap_or("");
        if kind == BlockKind::Paragraph {
            kind = if sources_next || is_sources(first_text) {
                BlockKind::Sources
            } else if let Hint::Heading(level) = line.hint {
                if !have_headline && (level == 1 || (!has_h1 && !seen_body)) {
                    BlockKind::Headline
                } else {
                    BlockKind::Heading
                }
            } else if !have_headline && headline_at == Some(i) && segments.len() == 1 {
                BlockKind::Headline
            } else if segments.len() == 1
                && title_like(first_text)
                && word_count(first_text) <= 12
                && !quote_intro(first_text)
            {
                BlockKind::Heading
            } else {
                BlockKind::Paragraph
            };
        }
        sources_next = kind == BlockKind::Sources
            && first_text.trim_end_matches(':').split_whitespace().count() <= 1
            && first_text.ends_with(':');
        if kind == BlockKind::Headline {
            have_headline = true;
        }
        if matches!(kind, BlockKind::Paragraph | BlockKind::ListItem) {
            seen_body = true;
        }
        for (n, seg) in segments.iter().enumerate() {
            if seg.is_empty() {
                continue;
            }
            let k = if n == 0 { kind } else { BlockKind::ListItem };
            b.block(k, line, std::slice::from_ref(seg), ' ');
        }
    }
    b.c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn menus_and_mastheads_above_the_body() {
        for menu in [
            "News  Sports  Business  Opinion  Obituaries  e-Edition  Subscribe  Log In",
            "Sign In  Subscribe",
            "Germany | World | Business | Science | Environment | Culture | Sports",
            "NEWS / CITY NEWS / PUNE NEWS / PMC clears a flood plan",
            "Home | News | Royals | U.S. | Sport | TV | Showbiz",
            "News Feed, Ukraine, Russian attacks, Drone attacks",
        ] {
            assert!(menu_line(menu), "{menu}");
        }
        for line in [
            "Trump and Putin meet in Alaska as Europe watches",
            "Trump, Putin agree to meet again, says Kremlin aide",
            "Pipes | and commas, in a sentence.",
            "Alaska summit | Live updates",
        ] {
            assert!(!menu_line(line), "{line}");
        }
        assert_eq!(
            masthead("Sky Sports Homepage").as_deref(),
            Some("Sky Sports")
        );
        assert_eq!(
            masthead("The Guardian - Back to home").as_deref(),
            Some("The Guardian")
        );
        assert_eq!(
            masthead("Tri-County Herald").as_deref(),
            Some("Tri-County Herald")
        );
        assert_eq!(
            masthead("FINANCIAL TIMES").as_deref(),
            Some("Financial Times")
        );
        assert_eq!(masthead("Markets"), None);
        assert_eq!(masthead("Russia-Ukraine war"), None);
    }

    #[test]
    fn live_page_entry_times_are_stamps() {
        for t in ["14.05 BST", "2:14 p.m. ET", "Updated at 09:30", "13:12"] {
            assert!(clock_line(t), "{t}");
        }
        for t in ["12.5 million", "3.2 percent", "Updated rules"] {
            assert!(!clock_line(t), "{t}");
        }
        assert!(RELATIVE_STAMP.is_match("1h ago"));
        assert!(RELATIVE_STAMP.is_match("Published 3 hours ago"));
    }

    #[test]
    fn date_stamps_with_a_credit_before_them() {
        assert!(is_date_stamp("PTI / Updated: Nov 18, 2025, 21:42 IST"));
        assert!(is_date_stamp("Reuters | Published 12 October 2025"));
        assert!(is_date_stamp("Thursday, May 7th 2026 - 09:52 UTC"));
        assert!(!is_date_stamp(
            "The council met on Nov 18, 2025 and approved the budget."
        ));
    }

    #[test]
    fn quote_intros_are_body_not_subheads() {
        assert!(quote_intro("Trump later posted on Truth Social:"));
        assert!(quote_intro("Merz said:"));
        assert!(!quote_intro("Key points:"));
        assert!(!quote_intro("What they said"));
        assert!(!quote_intro("Said:"));
    }

    #[test]
    fn word_count_is_split_whitespace() {
        for t in [
            "",
            "  ",
            "one",
            " Trump met\tPutin\n\u{b}in\u{c}Alaska\r ",
            "a\u{a0}b\u{2003}c\u{3000}d\u{85}e\u{2028}f “quoted” — é",
        ] {
            assert_eq!(word_count(t), t.split_whitespace().count(), "{t:?}");
        }
        for n in [WORD_CAP - 1, WORD_CAP, WORD_CAP + 1, 100] {
            let t = "word ".repeat(n);
            assert_eq!(word_count(&t), n.min(WORD_CAP), "{n} words");
        }
    }
    use crate::html::text_lines;
    use crate::seeds;
    use proptest::prelude::*;

    #[test]
    fn may_start_space_covers_every_whitespace_char() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            if c.is_whitespace() {
                let mut buf = [0; 4];
                let lead = c.encode_utf8(&mut buf).as_bytes()[0];
                assert!(MAY_START_SPACE[usize::from(lead)], "{c:?}");
            }
        }
        // Continuation bytes never start a character, so the word walk may skip them.
        assert!((0x80..0xc0).all(|b| !MAY_START_SPACE[b]));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn random_text_word_count_is_split_whitespace(
            text in proptest::collection::vec(prop_oneof![
                Just("a"), Just("word"), Just("é"), Just("日本"), Just("Ж"), Just("😀"),
                Just(" "), Just("\t"), Just("\n"), Just("\r"), Just("\u{b}"), Just("\u{c}"),
                Just("\u{1c}"), Just("\u{85}"), Just("\u{a0}"), Just("\u{1680}"),
                Just("\u{2000}"), Just("\u{2009}"), Just("\u{200b}"), Just("\u{2028}"),
                Just("\u{202f}"), Just("\u{205f}"), Just("\u{3000}"), Just("\u{3001}"),
                Just("—"), Just("“"), Just("\u{c2}"), Just("\u{e1}"), Just("\u{2060}"),
            ], 0..60).prop_map(|v| v.concat())
        ) {
            prop_assert_eq!(
                word_count(&text),
                text.split_whitespace().count().min(WORD_CAP),
                "{:?}", text
            );
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn line_tests_match_their_first_versions(
            text in proptest::collection::vec(prop_oneof![
                Just("a"), Just("word"), Just(" "), Just("\u{a0}"), Just("\t"), Just("-"),
                Just("*"), Just("•"), Just("▪"), Just("—"), Just("“"), Just("|"), Just(" | "),
                Just("é"), Just("\u{2003}"),
            ], 0..16).prop_map(|v| v.concat())
        ) {
            prop_assert_eq!(
                may_hold_collapsed_bullet(&text),
                may_hold_collapsed_bullet_by_byte(&text),
                "{:?}", text
            );
            prop_assert_eq!(pipe_like(&text), pipe_like_by_counting(&text), "{:?}", text);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn menu_line_matches_the_splitting_version(
            text in proptest::collection::vec(prop_oneof![
                Just("News"), Just("Sports"), Just("U.S."), Just("a b c"), Just("Opinion"),
                Just("world"), Just(" "), Just("  "), Just("\t"), Just(" | "), Just("|"),
                Just(" • "), Just(" · "), Just(" / "), Just("/"), Just(" › "), Just(" » "),
                Just(" > "), Just(", "), Just(","), Just("."), Just("!"), Just("?"), Just(":"),
                Just("”"), Just("\""), Just("“"), Just("é"), Just("Élan"), Just("x y z w v"),
            ], 0..16).prop_map(|v| v.concat())
        ) {
            for t in [text.as_str(), text.trim()] {
                prop_assert_eq!(menu_line(t), menu_line_by_splitting(t), "{:?}", t);
            }
        }
    }

    fn blocks(input: &str) -> Vec<(BlockKind, String)> {
        let c = clean(&text_lines(input));
        c.blocks
            .iter()
            .map(|b| (b.kind, c.text.get(b.span.range()).unwrap_or("").to_string()))
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn prefilters_agree_with_the_patterns(
            text in proptest::collection::vec(prop_oneof![
                Just("a"), Just("S"), Just("ſ"), Just("source"), Just("Sources"), Just("credit"),
                Just("Reporting by"), Just("editing"), Just("with reporting from"), Just(":"),
                Just(" "), Just("\t"), Just("\u{a0}"), Just("|"), Just("-"), Just("--"),
                Just("*"), Just("_"), Just("="), Just("~"), Just("•"), Just("·"), Just("#"),
                Just("▪"), Just("◦"), Just("‣"), Just("1"), Just("12."), Just("3)"), Just("٣"),
                Just("Aug"), Just("August 16, 2025"), Just("2025-08-16"), Just("Published"),
                Just("Monday, "), Just("10:30"), Just("pm"), Just("é"), Just("“"),
            ], 0..12).prop_map(|v| v.concat())
        ) {
            for t in [text.as_str(), text.trim()] {
                prop_assert_eq!(is_table_sep(t), TABLE_SEP.is_match(t), "{:?}", t);
                prop_assert_eq!(is_decoration(t), DECORATION.is_match(t), "{:?}", t);
                prop_assert_eq!(
                    list_marker(t).map(|m| m.range()),
                    LIST_MARKER.find(t).map(|m| m.range()),
                    "{:?}", t
                );
                prop_assert_eq!(is_sources(t), SOURCES.is_match(t), "{:?}", t);
                prop_assert_eq!(is_date_stamp(t), DATE_STAMP.is_match(t), "{:?}", t);
            }
        }
    }

    #[test]
    fn patterns_compile() {
        for (_, _, r) in BOILERPLATE.iter() {
            assert!(!r.as_str().contains("[^\\s\\S]"));
        }
        assert!(DATE_STAMP.is_match("Published August 16, 2025"));
    }

    #[test]
    fn boilerplate_lines() {
        use Removal::*;
        let cases: &[(&str, Option<Removal>)] = &[
            ("Advertisement", Some(Advertising)),
            ("ADVERTISEMENT", Some(Advertising)),
            ("Sponsored", Some(Advertising)),
            ("Story continues below advertisement", Some(Advertising)),
            ("Next Story", Some(Navigation)),
            ("Send Push", Some(Navigation)),
            ("Read more", Some(Navigation)),
            (
                "Read More: Trump and Putin to meet in Alaska",
                Some(Navigation),
            ),
            (
                "Also read: What the summit means for Kyiv",
                Some(Navigation),
            ),
            ("5 min read", Some(Navigation)),
            ("Download the app", Some(Promo)),
            ("Loving Newspoint? Download the app now", Some(Promo)),
            ("Gift this article", Some(Share)),
            (
                "Serving Millbrook and Harlan Township since 1889",
                Some(Promo),
            ),
            (
                "Exclusive news, data and analytics for financial market professionalsLearn more aboutRefinitiv",
                Some(Promo),
            ),
            ("Show key events only", Some(Navigation)),
            (
                "Please turn on JavaScript to use this feature",
                Some(Navigation),
            ),
            (
                "Click to share on Facebook (Opens in new window)",
                Some(Share),
            ),
            ("Sign up here.", Some(Promo)),
            ("Subscribe: $1 for 3 months", Some(Promo)),
            (
                "Subscribe to The Athletic for in-depth coverage.",
                Some(Promo),
            ),
            ("Get the latest news delivered to your inbox", Some(Promo)),
            ("Most Popular", Some(Navigation)),
            ("Filed under: Transport, Cycling", Some(Navigation)),
            (
                "Our Standards: The Thomson Reuters Trust Principles.",
                Some(Navigation),
            ),
            ("Follow", Some(Navigation)),
            (
                "Sign up to vote in the council elections before Friday.",
                None,
            ),
            ("Sign up for our newsletter", Some(Promo)),
            (
                "Sign up for our free Morning Briefing newsletter",
                Some(Promo),
            ),
            ("Share this article", Some(Share)),
            ("Follow us on Google News", Some(Share)),
            ("Facebook Twitter WhatsApp Email", Some(Share)),
            (
                "Putin and Trump shake hands. (Photo by Andrew Harnik / Getty Images)",
                Some(Caption),
            ),
            (
                "President Trump greets Putin. (AP Photo/Julia Demaree Nikhinson)",
                Some(Caption),
            ),
            (
                "Image caption, The leaders met at a military base",
                Some(Caption),
            ),
            ("Photograph: Kevin Lamarque/Reuters", Some(Caption)),
            ("File photo", Some(Caption)),
            (
                "We use cookies to improve your experience. Accept all cookies",
                Some(Cookie),
            ),
            (
                "Copyright © 2025 Newspoint. All rights reserved.",
                Some(Copyright),
            ),
            ("https://example.com/news/summit", Some(Url)),
            // Real content stays.
            (
                "Trump called the talks “very productive,” yet he did not reveal commitments.",
                None,
            ),
            ("The summit offered a public relations win for Putin.", None),
            (
                "Zelenskiy, excluded from the talks, reiterated on Telegram that Russia must act.",
                None,
            ),
            (
                "He said he would download nothing and share no details of the talks with reporters.",
                None,
            ),
            ("European anxiety", None),
            (
                "More than 60 drones were shot down overnight, officials said.",
                None,
            ),
        ];
        for (line, want) in cases {
            assert_eq!(boilerplate(line), *want, "{line}");
        }
    }

    #[test]
    fn bylines_and_titles() {
        let bylines: &[(&str, bool)] = &[
            ("By Jane Doe and John Roe", true),
            ("Interview by Tom Ashby · 12 August 2026", true),
            ("Interview by the numbers: what we found", false),
            ("By JANE DOE", true),
            ("Jane Doe | Reuters", true),
            ("By Friday, the talks had stalled.", false),
            (
                "Summit Result | No ceasefire; symbolic event with little substantive progress |",
                false,
            ),
        ];
        for (t, want) in bylines {
            assert_eq!(is_byline(t), *want, "{t}");
        }
        let titles: &[(&str, bool)] = &[
            (
                "Trump–Putin Alaska Summit Ends With No Ukraine Ceasefire Deal",
                true,
            ),
            ("Putin’s “root causes” message", true),
            ("The “Coalition of the Willing”", true),
            ("Key takeaways from the Alaska Summit;", true),
            ("“We are counting on America.”", false),
            ("No timeline or plan for peace emerged.", false),
            ("the talks ended", false),
        ];
        for (t, want) in titles {
            assert_eq!(title_like(t), *want, "{t}");
        }
    }

    #[test]
    fn wire_copy_and_chrome() {
        use BlockKind::*;
        let input = "Skip to content\nSummit ends without a ceasefire deal\nBy Jane Doe and John Roe\nPublished August 16, 2025\n\nANCHORAGE, Alaska (Reuters) - Talks ended. Both sides left.\nAdvertisement\n- First point\n* Second point\n1. Third point\nShare this article\nReporting by Jane Doe; Editing by John Roe\n";
        assert_eq!(
            blocks(input),
            vec![
                (Headline, "Summit ends without a ceasefire deal".into()),
                (
                    Paragraph,
                    "ANCHORAGE, Alaska (Reuters) - Talks ended. Both sides left.".into()
                ),
                (ListItem, "First point".into()),
                (ListItem, "Second point".into()),
                (ListItem, "Third point".into()),
                (Sources, "Reporting by Jane Doe; Editing by John Roe".into()),
            ]
        );
        let c = clean(&text_lines(input));
        let kinds: Vec<Removal> = c.removed.iter().map(|r| r.kind).collect();
        assert_eq!(
            kinds,
            vec![
                Removal::Navigation,
                Removal::Byline,
                Removal::DateStamp,
                Removal::Advertising,
                Removal::Share
            ]
        );
    }

    #[test]
    fn pipe_tables() {
        use BlockKind::*;
        let input = "Figures at a glance\n| Side | Drones |\n|---|---:|\n| Russia | 29 |\n| Ukraine | 61 of 85 |\nJane Doe | Reuters wrote nothing here.";
        assert_eq!(
            blocks(input),
            vec![
                (Headline, "Figures at a glance".into()),
                (TableRow, "Side\tDrones".into()),
                (TableRow, "Russia\t29".into()),
                (TableRow, "Ukraine\t61 of 85".into()),
                (Paragraph, "Jane Doe | Reuters wrote nothing here.".into()),
            ]
        );
    }

    #[test]
    fn offsets_map_back_to_the_input() {
        for seed in seeds::SEEDS {
            let c = clean(&text_lines(seed));
            let a = crate::Article {
                text: c.text.clone(),
                offset_map: c.offset_map.clone(),
                ..Default::default()
            };
            // Every block's first and last character sits at the mapped original offset.
            for blk in &c.blocks {
                for off in [blk.span.start, blk.span.end.saturating_sub(1)] {
                    let o = a.original_offset(off) as usize;
                    let ch = c.text.get(off as usize..).and_then(|s| s.chars().next());
                    let orig = seed.get(o..).and_then(|s| s.chars().next());
                    if ch != Some('\t') {
                        assert_eq!(ch, orig, "offset {off} -> {o}");
                    }
                }
            }
        }
    }

    #[test]
    fn seed_000_bullets_and_table() {
        let b = blocks(seeds::S000);
        let items: Vec<&str> = b
            .iter()
            .filter(|(k, _)| *k == BlockKind::ListItem)
            .map(|(_, t)| t.as_str())
            .collect();
        for want in [
            "No formal agreement",
            "No press questions allowed",
            "Putin’s “root causes” message",
            "Trump’s view",
            "Europe’s warning",
            "Past tensions",
        ] {
            assert!(items.contains(&want), "missing item {want}: {items:?}");
        }
        assert!(b.contains(&(
            BlockKind::Paragraph,
            "Trump called the talks “very productive,” yet he did not reveal specific commitments. Putin spoke of an “understanding” and warned Western nations not to “interfere” in the process. No timeline or plan for peace emerged.".into()
        )));
        let rows: Vec<&str> = b
            .iter()
            .filter(|(k, _)| *k == BlockKind::TableRow)
            .map(|(_, t)| t.as_str())
            .collect();
        assert_eq!(rows.len(), 5);
        assert_eq!(rows.first(), Some(&"Aspect\tSummary"));
        assert_eq!(
            b.first(),
            Some(&(
                BlockKind::Headline,
                "Trump–Putin Alaska Summit Ends With No Ukraine Ceasefire Deal".into()
            ))
        );
        assert!(b.contains(&(
            BlockKind::Heading,
            "Key Outcomes From the Alaska Summit".into()
        )));
        assert!(b.contains(&(BlockKind::Sources, "Sources:".into())));
        assert!(b.contains(&(
            BlockKind::Sources,
            "Vox, AP News, The Guardian, The Times, Reuters".into()
        )));
    }

    #[test]
    fn seeds_lose_boilerplate_keep_content() {
        let c2 = clean(&text_lines(seeds::S002));
        for gone in [
            "Next Story",
            "Send Push",
            "Newszop",
            "Loving Newspoint",
            "Download the app",
        ] {
            assert!(!c2.text.contains(gone), "{gone} left in seed 002");
        }
        assert_eq!(
            c2.blocks.first().and_then(|b| c2.text.get(b.span.range())),
            Some(
                "Trump-Putin Alaska Summit: Key highlights from a 'productive' but 'no deal yet' meeting"
            )
        );
        assert!(
            c2.text
                .contains("Czech Foreign Minister Jan Lipavsky welcomed U.S. mediation")
        );
        assert!(c2.text.contains("Kyiv on Edge"));
        let c1 = clean(&text_lines(seeds::S001));
        assert!(!c1.text.contains("Advertisement"));
        assert!(c1.text.starts_with("ANCHORAGE — A much-anticipated summit"));
        assert!(c1.blocks.iter().all(|b| b.kind != BlockKind::Headline));
        let c3 = clean(&text_lines(seeds::S003));
        assert!(c3.blocks.iter().all(|b| b.kind != BlockKind::Headline));
        assert_eq!(c3.blocks.len(), 17);
        for seed in seeds::SEEDS {
            let c = clean(&text_lines(seed));
            let words = |s: &str| {
                s.split_whitespace()
                    .filter(|w| w.chars().any(char::is_alphanumeric))
                    .count()
            };
            // Only a handful of chrome words are dropped from each seed.
            assert!(words(seed) - words(&c.text) < 20, "too much removed");
        }
    }
}
