//! People and organisations, found without a statistical model, with aliases merged.
//!
//! ## People
//! A person is a run of capitalised words (joined by single spaces, possibly with particles
//! such as "de", "van", "bin") that has a *cue*:
//! - a title or role before it, capitalised or not: "Russian President Vladimir Putin",
//!   "Secretary of State Marco Rubio", "Mr. Putin", "special envoy Steve Witkoff",
//!   "Ukraine’s President Volodymyr Zelenskyy";
//! - an age or appositive after it: "Trump, 79,", "Jan Lipavsky, the Czech foreign minister,";
//! - a speech verb next to it: "Putin said", "said Trump", "Trump later told";
//! - an outlet possessive before it: "Fox News’ Sean Hannity".
//!
//! Places, months, days, nationalities and sentence-opening common words are never names
//! ([`lexicon::NOT_NAME`]). Once a person is known, every other mention of the full name, the
//! surname alone or a title form joins it. Spelling variants merge: names are compared after
//! removing diacritics and normalising transliteration endings (`-yy`, `-iy`, `-i` → `-y`), and
//! surnames closer than [`SURNAME_SIMILARITY`] (Jaro–Winkler) are one name.
//!
//! Definite descriptions — "the Russian leader", "the U.S. president", "the Kremlin chief",
//! "the 79-year-old", "the former president" — become mentions of the one person whose stated
//! role, nationality or age fits (a nation word may fit a person whose nation the text never
//! stated when nobody fits strictly; "the top diplomat" fits a foreign minister, "the boss" a
//! manager or coach; a demonym noun, "the Spaniard", is a description and never a name); when
//! none or several fit, they stay unresolved (the quote step then reads them like a pronoun).
//! Runs ending in a competition word ("… League", "… Cup") are organisations, and a run after a
//! speech verb that opens a reported clause ("says Aston Villa will …") has no cue from it.
//!
//! ## Organisations
//! Known bodies and outlets ([`lexicon::ORGS`], with their acronyms), capitalised runs ending in
//! an institutional word ("… Court", "… Ministry"), and stand-alone acronyms; an acronym merges
//! with a long form whose initials it spells ("ICC" ↔ "International Criminal Court").
//!
//! [`unify_across`] then makes canonical names agree across a corpus.

pub mod lexicon;

use crate::model::{Article, Entity, EntityKind, Span};
use regex::Regex;
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;

/// Two surnames at least this similar (Jaro–Winkler on normalised forms) are one name.
pub const SURNAME_SIMILARITY: f64 = 0.94;

/// People and organisations of one article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Entities {
    /// People.
    pub people: Vec<Entity>,
    /// Organisations.
    pub organisations: Vec<Entity>,
}

/// A word of the text with where it is and what surrounds it.
#[derive(Debug, Clone)]
pub(crate) struct Tok<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    /// Followed by `’s`, `'s` or a bare `’` (plural possessive): "Putin’s", "Fox News’".
    pub possessive: bool,
    /// First letter upper-case.
    pub cap: bool,
}

/// The token pattern [`tokens`] follows, by hand: `(?:\p{Lu}\.){2,}` (initialisms),
/// `(?:Mr|Mrs|…)\.` (titles with their stop), else a run of letters, marks and digits joined by
/// `-`, `'` or `’`. Kept to check the hand-written scanner against.
#[cfg(test)]
const TOKEN_PATTERN: &str = r"(?:\p{Lu}\.){2,}|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Gov|Lt|Col|Adm|Prof|St|Jr|Sr|Rev|Hon|Sgt|Capt|Supt|Insp|Det|Ir|Barr|Engr|Alh)\.|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*";

/// Titles written with a full stop that are one token with it.
const STOP_TITLES: &[&[u8]] = &[
    b"Mr", b"Mrs", b"Ms", b"Dr", b"Sen", b"Rep", b"Gen", b"Gov", b"Lt", b"Col", b"Adm", b"Prof",
    b"St", b"Jr", b"Sr", b"Rev", b"Hon", b"Sgt", b"Capt", b"Supt", b"Insp", b"Det", b"Ir", b"Barr",
    b"Engr", b"Alh",
];

/// For characters outside ASCII: word characters (`[\p{L}\p{M}\p{N}]`) and upper-case letters
/// (`\p{Lu}`), by the regex crate's own Unicode tables.
static WORD_CHAR: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"^[\p{L}\p{M}\p{N}]").ok());
static UPPER_CHAR: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"^\p{Lu}").ok());

/// The length of the character at byte `i` when it is a word character (`[\p{L}\p{M}\p{N}]`).
#[inline(always)]
fn word_char_at(text: &str, i: usize) -> Option<usize> {
    let b = *text.as_bytes().get(i)?;
    if b.is_ascii() {
        b.is_ascii_alphanumeric().then_some(1)
    } else {
        wide_word_char_at(text, i)
    }
}

/// [`word_char_at`] for a character outside ASCII.
fn wide_word_char_at(text: &str, i: usize) -> Option<usize> {
    // General Punctuation (U+2000–U+206F: spaces, dashes, curly quotes, ellipsis, format
    // characters) holds no letter, mark or digit (checked against the class for every one of
    // them in the tests), and its characters are the commonest non-ASCII ones in news text:
    // they skip the regex. In UTF-8 they are `E2 80 xx` (U+2000–U+203F) and `E2 81 80`…`E2 81
    // AF` (U+2040–U+206F); U+2070 on (superscript digits) are left to the class.
    let bytes = text.as_bytes();
    if bytes.get(i) == Some(&0xE2) {
        let general_punctuation = match bytes.get(i + 1) {
            Some(0x80) => true,
            Some(0x81) => bytes.get(i + 2).is_some_and(|&b| b < 0xB0),
            _ => false,
        };
        if general_punctuation {
            return None;
        }
    }
    char_in_class(&WORD_CHAR, text, i)
}

/// The length of the character at byte `i` when `class` (a pattern anchored at `^` matching one
/// character) matches it.
fn char_in_class(class: &Option<Regex>, text: &str, i: usize) -> Option<usize> {
    let rest = text.get(i..)?;
    let c = rest.chars().next()?;
    class
        .as_ref()
        .is_some_and(|re| re.is_match(rest))
        .then_some(c.len_utf8())
}

/// The length of the character at byte `i` when it is an upper-case letter (`\p{Lu}`).
fn upper_at(text: &str, i: usize) -> Option<usize> {
    let b = *text.as_bytes().get(i)?;
    if b.is_ascii() {
        return b.is_ascii_uppercase().then_some(1);
    }
    char_in_class(&UPPER_CHAR, text, i)
}

/// ASCII letters and digits by byte value: the bytes [`word_run`] steps over by table.
static ASCII_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// The end of the run of word characters from byte `i`.
#[inline(always)]
fn word_run(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        // ASCII letters and digits in one tight scan; a non-ASCII character is asked about
        // by class, and anything else ends the run.
        let rest = bytes.get(i..).unwrap_or_default();
        i += rest
            .iter()
            .position(|&b| !ASCII_WORD[usize::from(b)])
            .unwrap_or(rest.len());
        match bytes.get(i) {
            Some(b) if !b.is_ascii() => match wide_word_char_at(text, i) {
                Some(l) => i += l,
                None => return i,
            },
            _ => return i,
        }
    }
}

/// Where the token starting at word character `i` ends (see [`TOKEN_PATTERN`]; leftmost-first,
/// so the alternatives are tried in order). Both stop forms need the first run of word
/// characters to end at a full stop: an initialism's first letter stands alone before it, and
/// a title is the whole run.
fn token_end(text: &str, i: usize) -> usize {
    let bytes = text.as_bytes();
    let run = word_run(text, i);
    if bytes.get(run) == Some(&b'.') {
        // Initialisms: two or more capital-and-stop pairs, as many as there are.
        if upper_at(text, i).is_some_and(|l| i + l == run) {
            let (mut j, mut pairs) = (i, 0);
            while let Some(l) = upper_at(text, j)
                && bytes.get(j + l) == Some(&b'.')
            {
                j += l + 1;
                pairs += 1;
            }
            if pairs >= 2 {
                return j;
            }
        }
        // Titles with their full stop.
        if bytes.get(i..run).is_some_and(|w| STOP_TITLES.contains(&w)) {
            return run + 1;
        }
    }
    // A run of word characters, joined by hyphens and apostrophes.
    let mut j = run;
    loop {
        let sep = match bytes.get(j) {
            Some(b'-' | b'\'') => 1,
            Some(0xE2) if bytes.get(j..j + 3) == Some("’".as_bytes()) => 3,
            _ => return j,
        };
        if word_char_at(text, j + sep).is_none() {
            return j;
        }
        j = word_run(text, j + sep);
    }
}

/// The next token at or after byte `i`, as `(start, end)`.
fn next_token(text: &str, mut i: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    // From a character boundary, character by character: an ASCII byte is a character, a lead
    // byte (`11xxxxxx`) starts one, and continuation bytes (`10xxxxxx`) are stepped over.
    while let Some(&b) = bytes.get(i) {
        let word = if b.is_ascii() {
            b.is_ascii_alphanumeric()
        } else {
            b >= 0xC0 && wide_word_char_at(text, i).is_some()
        };
        if word {
            return Some((i, token_end(text, i)));
        }
        i += 1;
    }
    None
}

/// An Arabic name written with its article in lower case, "al-Mazroui", "el-Sisi",
/// "ash-Sharaa": a name word like any capitalised one.
fn article_prefixed(t: &str) -> bool {
    [
        "al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "an-", "az-",
    ]
    .iter()
    .any(|p| {
        t.strip_prefix(p)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_uppercase)
    })
}

/// Splits text into word tokens (one linear pass).
pub(crate) fn tokens(text: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::with_capacity(text.len() / 6);
    let mut i = 0;
    while let Some((start, stop)) = next_token(text, i) {
        i = stop.max(start + 1);
        let Some(whole) = text.get(start..stop) else {
            continue;
        };
        let mut t = whole;
        let mut end = stop;
        let mut possessive = false;
        for suf in ["’s", "'s", "’S", "'S"] {
            if !t.ends_with(['s', 'S']) {
                break;
            }
            if let Some(s) = t.strip_suffix(suf)
                && !s.is_empty()
            {
                t = s;
                end = start + s.len();
                possessive = true;
                break;
            }
        }
        if !possessive {
            let rest = text.get(stop..).unwrap_or("");
            possessive = (rest.starts_with('’') || rest.starts_with('\''))
                && !rest.chars().nth(1).is_some_and(|c| c.is_alphanumeric())
                && t.ends_with('s');
        }
        out.push(Tok {
            start,
            end,
            text: t,
            possessive,
            cap: match t.as_bytes().first() {
                // The same test as `char::is_uppercase` on an ASCII first character.
                Some(b) if b.is_ascii() => b.is_ascii_uppercase() || article_prefixed(t),
                _ => t.chars().next().is_some_and(char::is_uppercase),
            },
        });
    }
    out
}

/// Lower-cases, strips diacritics and normalises transliteration endings so that
/// "Zelenskyy", "Zelenskiy", "Zelensky" and "Zelenski" compare equal.
pub fn name_key(word: &str) -> String {
    // ASCII needs no decomposition and has no combining marks: the same key, quicker.
    let mut s: String = if word.is_ascii() {
        // Sized once: the key is never longer than the word.
        let mut s = String::with_capacity(word.len());
        s.extend(
            word.bytes()
                .filter(|b| b.is_ascii_alphanumeric() || *b == b'-')
                .map(|b| char::from(b.to_ascii_lowercase())),
        );
        s
    } else {
        word.nfd()
            .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
            .flat_map(char::to_lowercase)
            .filter(|c| c.is_alphanumeric() || *c == '-')
            .collect()
    };
    for (from, to) in [
        ("yy", "y"),
        ("iy", "y"),
        ("ij", "y"),
        ("ii", "y"),
        ("yi", "y"),
    ] {
        // The ending replaced in place (same as `format!("{stem}{to}")`).
        if s.ends_with(from) {
            s.truncate(s.len() - from.len());
            s.push_str(to);
            break;
        }
    }
    if s.ends_with('i') && s.len() > 4 {
        s.truncate(s.len() - 1);
        s.push('y');
    }
    s
}

/// True when two surnames are the same name in different spellings.
pub fn same_surname(a: &str, b: &str) -> bool {
    same_surname_keys(&name_key(a), &name_key(b))
}

/// [`same_surname`] on keys already made by [`name_key`].
#[inline]
fn same_surname_keys(ka: &str, kb: &str) -> bool {
    // Keys whose first bytes differ are neither equal nor share a first letter: the test most
    // pairs fail, on bytes, before anything else.
    if ka.as_bytes().first() != kb.as_bytes().first() {
        return false;
    }
    if ka == kb {
        return true;
    }
    ka.chars().next() == kb.chars().next()
        && ka.chars().count() >= 5
        && kb.chars().count() >= 5
        && may_reach_surname_similarity(ka, kb)
        && strsim::jaro_winkler(ka, kb) >= SURNAME_SIMILARITY
}

/// Whether [`strsim::jaro_winkler`] of two keys can reach [`SURNAME_SIMILARITY`] (0.94), told
/// from their letters alone; always true for keys outside ASCII. Jaro pairs equal characters
/// one to one, so its match count `m` is at most the letters the keys share, counted with
/// repeats. With `a` and `b` the keys' lengths, Jaro is at most `(m/a + m/b + 1) / 3` and the
/// Winkler bonus at most `0.4 · (1 − jaro)`, so the score is at most `0.2 · (m/a + m/b) + 0.6`,
/// below 0.94 when `10·m·(a + b) < 17·a·b` — by at least `0.02 / (a·b)`, far above rounding
/// for words.
fn may_reach_surname_similarity(ka: &str, kb: &str) -> bool {
    if !ka.is_ascii() || !kb.is_ascii() {
        return true;
    }
    let mut counts = [0u32; 128];
    for b in ka.bytes() {
        counts[usize::from(b)] += 1;
    }
    let mut shared = 0usize;
    for b in kb.bytes() {
        let n = &mut counts[usize::from(b)];
        if *n > 0 {
            *n -= 1;
            shared += 1;
        }
    }
    let (a, b) = (ka.len(), kb.len());
    10 * shared * (a + b) >= 17 * a * b
}

/// [`name_key`] of each [`lexicon::PUBLIC_FIGURES`] surname, in list order, made once.
fn public_figure_keys() -> &'static [String] {
    static KEYS: LazyLock<Vec<String>> = LazyLock::new(|| {
        lexicon::PUBLIC_FIGURES
            .iter()
            .map(|(surname, _, _)| name_key(surname))
            .collect()
    });
    &KEYS
}

/// The public figures (as indices into [`lexicon::PUBLIC_FIGURES`], in list order) that may
/// share a surname with a name whose key is `key`: [`same_surname_keys`] holds only for equal
/// keys or keys with the same first character, so only figures whose key starts as `key`'s
/// does are worth trying.
fn public_figures_like(key: &str) -> &'static [usize] {
    type ByInitial = HashMap<Option<char>, Vec<usize>, crate::text::FastHash>;
    static BY_INITIAL: LazyLock<ByInitial> = LazyLock::new(|| {
        let mut m = ByInitial::default();
        for (i, k) in public_figure_keys().iter().enumerate() {
            m.entry(k.chars().next()).or_default().push(i);
        }
        m
    });
    BY_INITIAL
        .get(&key.chars().next())
        .map_or(&[], Vec::as_slice)
}

/// The first public figure (in list order) whose surname key is the same surname as `key`
/// under [`same_surname_keys`], with the figure's key first, and passing `keep`.
fn public_figure_by_key(
    key: &str,
    keep: impl Fn(&(&'static str, &'static str, &'static str)) -> bool,
) -> Option<&'static (&'static str, &'static str, &'static str)> {
    let keys = public_figure_keys();
    public_figures_like(key)
        .iter()
        .filter_map(|&i| Some((lexicon::PUBLIC_FIGURES.get(i)?, keys.get(i)?)))
        .find(|(f, figure)| keep(f) && same_surname_keys(figure, key))
        .map(|(f, _)| f)
}

/// The first public figure whose surname is `word` under [`same_surname`] (the same test, with
/// the figures' keys made once and `word`'s made once).
fn public_figure_with_surname(
    word: &str,
) -> Option<&'static (&'static str, &'static str, &'static str)> {
    public_figure_by_key(&name_key(word), |_| true)
}

/// A name found in the text, before merging.
#[derive(Debug, Clone)]
struct Candidate<'a> {
    /// Span of the name words only.
    span: Span,
    /// The name words (borrowed from the text).
    words: Vec<&'a str>,
    /// `words` joined by single spaces, as a person's form (borrowed from the text when it
    /// writes them so).
    form: Cow<'a, str>,
    /// As written with its title ("Mr. Putin"), for aliases.
    titled: Option<String>,
    /// A cue says this is a person.
    evidence: bool,
    /// Role as written ("Russian President", "special envoy").
    role: Option<String>,
    /// Lower-case role nouns ("president", "foreign minister").
    role_nouns: Vec<String>,
    nation: Option<&'static str>,
    age: Option<u32>,
    former: bool,
    /// [`name_key`] of the last name word.
    surname_key: String,
    /// [`name_key`] of the first name word, for names of two words or more.
    first_key: Option<String>,
    /// A one-word name used as a body is: `Ryanair said its …`, `Orvane, which …`,
    /// `Fraport spokesman Tobias Wendling`.
    body_cue: bool,
}

/// What is known about one person while building the article's entities.
#[derive(Debug, Clone, Default)]
pub(crate) struct PersonInfo {
    pub forms: Vec<(String, usize)>,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
    pub role_nouns: Vec<String>,
    pub nations: Vec<&'static str>,
    pub ages: Vec<u32>,
    pub former: bool,
    pub mentions: Vec<Span>,
    pub first: Option<String>,
    /// [`name_key`] of the surname.
    pub surname_key: String,
    /// [`name_key`] of `first`.
    pub first_key: Option<String>,
    /// Some one-word mention was used as a body's name ([`Candidate::body_cue`]).
    pub body_cue: bool,
    /// [`name_key`] of the inner capitalised words of every form with three or more (see
    /// [`middle_matches`]), kept as forms are added.
    pub middle_keys: Vec<String>,
}

impl PersonInfo {
    fn canonical(&self) -> String {
        // The most frequent full form (two words or more), else the most frequent form. A
        // compound surname written alone (`Vasconcelos Prado`) counts for the full name that
        // ends with it (`Helena Vasconcelos Prado`).
        let count = |f: &(String, usize), min_words: usize| -> usize {
            if min_words < 2 {
                return f.1;
            }
            f.1 + self
                .forms
                .iter()
                .filter(|g| {
                    g.0.len() < f.0.len()
                        && g.0.contains(' ')
                        // Its first words (`Azman Shah` for `Azman Shah Ibrahim`).
                        && starts_with_words(&f.0, &g.0)
                        || g.0.len() < f.0.len()
                        && g.0.contains(' ')
                        // The head is a given name, not a title (`PM Kenjiro Asakawa`). A
                        // particle opening a sentence is capitalised (`Van der Meulen said`).
                        && suffix_ignoring_ascii_case(&f.0, &g.0).is_some_and(|head| {
                            head.ends_with(' ')
                                && head.split_whitespace().all(|w| {
                                    w.chars().any(char::is_lowercase) && !lexicon::is_title(w)
                                })
                        })
                })
                .map(|g| g.1)
                .sum::<usize>()
        };
        let best = |min_words: usize| {
            let mut best: Option<(&(String, usize), usize)> = None;
            for f in &self.forms {
                let n = count(f, min_words);
                if f.0.split(' ').count() >= min_words && best.is_none_or(|b| n > b.1) {
                    best = Some((f, n));
                }
            }
            best.map(|b| b.0.0.clone())
        };
        best(2).or_else(|| best(1)).unwrap_or_default()
    }

    fn add_form(&mut self, form: &str) {
        match self.forms.iter_mut().find(|f| f.0 == form) {
            Some(f) => f.1 += 1,
            None => {
                self.forms.push((form.to_string(), 1));
                self.middle_keys.extend(inner_keys(form));
            }
        }
    }
}

/// `s.strip_suffix(suffix)`, with ASCII letters compared without case.
fn suffix_ignoring_ascii_case<'s>(s: &'s str, suffix: &str) -> Option<&'s str> {
    let at = s.len().checked_sub(suffix.len())?;
    let tail = s.get(at..)?;
    tail.eq_ignore_ascii_case(suffix)
        .then(|| s.get(..at))
        .flatten()
}

/// Whether `word.to_lowercase()` is one of `words`, without lower-casing: `words` are
/// lower-case ASCII without "k", and the only non-ASCII letter that lower-cases to ASCII is
/// the Kelvin sign (to "k"), so ASCII case-insensitive equality is the same test.
fn is_lower_word_of(word: &str, words: &[&str]) -> bool {
    words.iter().any(|w| {
        debug_assert!(!w.contains('k') && !w.bytes().any(|b| b.is_ascii_uppercase()));
        word.eq_ignore_ascii_case(w)
    })
}

/// `word.to_lowercase()`, borrowed when `word` is ASCII without a capital (most words).
fn lowered(word: &str) -> std::borrow::Cow<'_, str> {
    if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(word.to_lowercase())
    }
}

fn push_unique(v: &mut Vec<String>, s: &str) {
    if !s.is_empty() && !v.iter().any(|x| x.eq_ignore_ascii_case(s)) {
        v.push(s.to_string());
    }
}

/// Finds people and organisations.
pub fn extract(text: &str, sentences: &[Span]) -> Entities {
    let toks = tokens(text);
    let starts = sentence_starts(text, sentences, &toks);
    let cands = candidates(text, &toks, &starts);
    let mut people = cluster(text, &cands);
    // `Passengers described scenes of panic`: one capitalised word, only ever at the start of
    // a sentence, that the text also writes in lower case (`1,100 passengers`) is a common
    // noun, not a name.
    people.retain(|p| !common_noun_at_starts(&toks, &starts, p));
    // A one-word name the text uses as a body's (`Ryanair said its …`) and never gives a
    // first name or an honorific is a company or body, unless it is a public figure's
    // surname (`Trump adviser Steve Bannon`).
    people.retain(|p| {
        !(p.body_cue
            && p.first.is_none()
            && p.forms.iter().all(|(f, _)| !f.contains(' '))
            && p.aliases.is_empty()
            && !p.forms.iter().any(|(f, _)| {
                lexicon::PUBLIC_FIGURES
                    .iter()
                    .any(|(surname, _, _)| same_surname(surname, f))
            }))
    });
    bare_titles_to_holders(&mut people);
    // A public figure's nation, when the text does not state it.
    for p in &mut people {
        if p.nations.is_empty()
            && let Some((_, _, code)) =
                public_figure_by_key(&p.surname_key, |(_, _, code)| !code.is_empty())
        {
            p.nations.push(code);
        }
    }
    describe(text, sentences, &toks, &mut people);
    let organisations = organisations(text, &toks, &starts);
    // `Terra Verde said` after `Terra Verde Agropecuária SA`: a short form of an organisation
    // the text names is that organisation, not a person.
    people.retain(|p| {
        let titled = p
            .aliases
            .iter()
            .any(|a| a.contains(' ') && !a.starts_with("the "));
        let org_prefix = !p.forms.is_empty()
            && p.forms.iter().all(|(f, _)| {
                // Word-bounded, with more words after (`Shares of Terra Verde SA` as a run).
                organisations.iter().any(|o| {
                    o.name.match_indices(f.as_str()).any(|(at, _)| {
                        (at == 0 || o.name[..at].ends_with(' '))
                            && o.name[at + f.len()..].starts_with(' ')
                            // `Ruth Gallagher of Capital Economics` is a person and her firm.
                            && !o.name[at + f.len()..].starts_with(" of ")
                    })
                })
            });
        titled || !org_prefix
    });
    Entities {
        people: people
            .into_iter()
            .filter(|p| !p.mentions.is_empty())
            .map(|mut p| {
                let mut name = p.canonical();
                let mut aliases = Vec::new();
                // "Trump said" in a story that never writes "Donald": the full name, as a reader
                // would give it (the surname stays an alias).
                if !name.contains(' ')
                    && let Some((_, given, _)) = public_figure_with_surname(&name)
                {
                    aliases.push(name.clone());
                    name = format!("{given} {name}");
                }
                // "DeWayne Pettaway Jr.": a generational suffix after the full name is part of
                // it (kept off the forms, so "Pettaway" still finds him).
                if let Some(g) = generational_suffix(text, &p.mentions) {
                    aliases.push(name.clone());
                    name = format!("{name} {g}");
                }
                for (f, _) in &p.forms {
                    if *f != name {
                        push_unique(&mut aliases, f);
                    }
                }
                for a in &p.aliases {
                    if *a != name {
                        push_unique(&mut aliases, a);
                    }
                }
                p.mentions.sort();
                p.mentions.dedup();
                Entity {
                    kind: EntityKind::Person,
                    name,
                    aliases,
                    roles: p.roles,
                    mentions: p.mentions,
                }
            })
            .collect(),
        organisations,
    }
}

/// `Sheriff says state law left deputies …` (a caption naming `Linn County Sheriff Wade
/// Mercer` below): a "person" whose only form is a title stands for the one person holding
/// that title, or for nobody when none or several do.
fn bare_titles_to_holders(people: &mut Vec<PersonInfo>) {
    let mut i = 0;
    while i < people.len() {
        // `The Prime Minister said`: a title of several words too, and a title with its
        // qualifier (`the Executive Director said`, `the Kelantan MB said`); other forms may
        // only be its first words (`Labour` beside `Labour Minister`).
        let forms = &people[i].forms;
        let longest = forms.iter().map(|(f, _)| f).max_by_key(|f| f.len());
        let title = match longest {
            Some(f)
                if (lexicon::is_title(f) || qualified_title(f))
                    && forms.iter().all(|(g, _)| g == f || starts_with_words(f, g)) =>
            {
                f.to_lowercase()
            }
            _ => {
                i += 1;
                continue;
            }
        };
        let bare = people.remove(i);
        let holders: Vec<usize> = people
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                p.role_nouns
                    .iter()
                    .any(|r| r == &title || ends_with_word(r, &title))
                    || p.roles.iter().any(|r| r.to_lowercase() == title)
            })
            .map(|(n, _)| n)
            .collect();
        if let [only] = holders.as_slice()
            && let Some(p) = people.get_mut(*only)
        {
            p.mentions.extend(bare.mentions);
        }
    }
}

/// Two or three capitalised words ending in a title, the first no given name: `Executive
/// Director`, `Kelantan MB` (not `Billie Jean King`).
fn qualified_title(f: &str) -> bool {
    let words: Vec<&str> = f.split(' ').collect();
    (2..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && words.last().is_some_and(|w| lexicon::is_title(w))
        && words.first().is_some_and(|w| !lexicon::is_given_name(w))
}

/// True for a "person" known only by one word that opens every sentence it is in, that no
/// public figure bears, and that the text also writes in lower case as a word of its own.
fn common_noun_at_starts(toks: &[Tok<'_>], starts: &[bool], p: &PersonInfo) -> bool {
    let [(form, _)] = p.forms.as_slice() else {
        return false;
    };
    if form.contains(' ') || p.mentions.is_empty() || public_figure_with_surname(form).is_some() {
        return false;
    }
    let at_start = |m: &Span| {
        let i = toks.partition_point(|t| t.start < m.start as usize);
        starts.get(i).copied().unwrap_or(false)
    };
    if !p.mentions.iter().all(at_start) {
        return false;
    }
    let lower = form.to_lowercase();
    if lower == *form {
        return false;
    }
    toks.iter().any(|t| t.text == lower)
}

/// For each token, whether it opens a sentence or block (so its capital letter says nothing).
fn sentence_starts(text: &str, sentences: &[Span], toks: &[Tok<'_>]) -> Vec<bool> {
    let mut out = vec![false; toks.len()];
    let mut boundaries: Vec<usize> = sentences.iter().map(|s| s.start as usize).collect();
    boundaries.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    boundaries.push(0);
    boundaries.sort_unstable();
    let mut bi = 0;
    let mut prev_end = 0;
    for (i, t) in toks.iter().enumerate() {
        while boundaries.get(bi + 1).is_some_and(|&b| b <= t.start) {
            bi += 1;
        }
        let b = boundaries.get(bi).copied().unwrap_or(0);
        // First token at or after the boundary: nothing but punctuation between them.
        if b <= t.start && prev_end <= b {
            out[i] = true;
        }
        prev_end = t.end;
    }
    out
}

/// Words for a news medium after its name (see [`candidate`]).
const MEDIUM_NOUNS: &[&str] = &[
    "agency",
    "newspaper",
    "daily",
    "tabloid",
    "broadcaster",
    "channel",
    "website",
    "magazine",
    "radio",
    "television",
];

const PARTICLES: &[&str] = &[
    "de", "van", "von", "bin", "al", "da", "der", "la", "le", "del", "ibn", "of", "the", "di",
    "dos", "du", "binti", "bt",
];
const PREFIXES: &[&str] = &[
    "former",
    "acting",
    "opposition",
    "special",
    "deputy",
    "senior",
    "veteran",
    "then",
    "ex",
    "interim",
    "outgoing",
    "incoming",
];

/// Gap between two tokens is a single space (same block, no punctuation).
fn joined(text: &str, a: &Tok<'_>, b: &Tok<'_>) -> bool {
    !a.possessive && text.get(a.end..b.start) == Some(" ")
}

/// Capitalised runs → name candidates with their cues.
fn candidates<'a>(text: &'a str, toks: &[Tok<'a>], starts: &[bool]) -> Vec<Candidate<'a>> {
    let mut out = Vec::new();
    let lower_words = LowerWords {
        toks,
        set: std::cell::OnceCell::new(),
    };
    let mut i = 0;
    while i < toks.len() {
        let Some(t) = toks.get(i) else { break };
        if !t.cap {
            i += 1;
            continue;
        }
        // Grow the run.
        let mut j = i + 1;
        while let (Some(prev), Some(next)) = (toks.get(j - 1), toks.get(j)) {
            if !joined(text, prev, next) {
                if middle_initial(text, toks, i, j) || j == i + 1 && leading_initial(text, toks, i)
                {
                    j += 1;
                    continue;
                }
                break;
            }
            if next.cap {
                j += 1;
                continue;
            }
            // A particle joins only if a capitalised word follows it.
            if PARTICLES.contains(&next.text) {
                let mut k = j + 1;
                while toks
                    .get(k)
                    .is_some_and(|x| PARTICLES.contains(&x.text) && !x.cap)
                {
                    k += 1;
                }
                if let (Some(a), Some(b)) = (toks.get(k - 1), toks.get(k))
                    && b.cap
                    && joined(text, a, b)
                {
                    j = k + 1;
                    continue;
                }
            }
            break;
        }
        if let Some(c) = candidate(text, toks, starts, &lower_words, i, j) {
            out.push(c);
        }
        i = j;
    }
    out
}

/// Whether the word at `x`, which is otherwise never a name ("Even", "Sunday", "Israel"), is
/// a given name because a title comes just before it and a name word after it, both in the
/// run that ends before `j`: "Trade Minister Even Stordal", "Foreign Minister Israel Katz".
/// The title may be a portfolio's last word or a role noun with a comma (see below).
/// A headline's small word is never one ("Governor Against Transit Chief").
fn given_name_after_title(text: &str, toks: &[Tok<'_>], x: usize, j: usize) -> bool {
    let (Some(prev), Some(t), Some(next)) = (
        x.checked_sub(1).and_then(|p| toks.get(p)),
        toks.get(x),
        toks.get(x + 1),
    ) else {
        return false;
    };
    // `Minister of Trade and Industry Even Stordal`, `the industry minister, Even Stordal,`: a
    // portfolio's last word, or a role noun and a comma, stand where the title would.
    let gap = text.get(prev.end..t.start).unwrap_or("");
    let office = lexicon::is_title(prev.text)
        || gap == " " && lexicon::PORTFOLIOS.contains(&prev.text)
        || gap == ", " && lexicon::is_role_noun(prev.text);
    x + 1 < j
        && t.cap
        && next.cap
        && office
        && !headline_function_word(t.text)
        && !lexicon::not_name(next.text)
        && !lexicon::is_title(next.text)
}

/// The words a text writes in lower case, gathered the first time they are asked for.
struct LowerWords<'t, 'a> {
    toks: &'t [Tok<'a>],
    set: std::cell::OnceCell<std::collections::HashSet<&'a str>>,
}

impl LowerWords<'_, '_> {
    fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| {
                self.toks
                    .iter()
                    .filter(|t| !t.cap)
                    .map(|t| t.text)
                    .collect()
            })
            .contains(word)
    }
}

/// A middle initial with its full stop inside a name: the run `i..j` ends on a lone capital
/// letter after a capitalised word, ". " follows, and then a capitalised word that can be a
/// name ("Lorraine M. Abernathy", "Peter K. Wachira").
fn middle_initial(text: &str, toks: &[Tok<'_>], i: usize, j: usize) -> bool {
    let (Some(before), Some(initial), Some(next)) = (
        j.checked_sub(2)
            .filter(|&b| b >= i)
            .and_then(|b| toks.get(b)),
        toks.get(j - 1),
        toks.get(j),
    ) else {
        return false;
    };
    initial.text.len() == 1
        && initial.text.bytes().all(|b| b.is_ascii_uppercase())
        && before.cap
        && before.text.len() > 1
        && joined(text, before, initial)
        && text.get(initial.end..next.start) == Some(". ")
        && next.cap
        && next.text.len() > 1
        && !lexicon::not_name(next.text)
        && !lexicon::not_name(before.text)
}

/// An initial before a one-word name, as South Indian copy writes names (`said M.
/// Senthilkumar, an exporter`): a lone capital at token `i` with ". " and a capitalised name
/// word after it, after a lower-case word or a comma (so never a sentence's last letter, `in
/// Group A. Officials said`).
fn leading_initial(text: &str, toks: &[Tok<'_>], i: usize) -> bool {
    let (Some(initial), Some(next)) = (toks.get(i), toks.get(i + 1)) else {
        return false;
    };
    let after_word = i
        .checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_some_and(|p| !p.cap && joined(text, p, initial));
    let after_comma = text.get(..initial.start).is_some_and(|b| b.ends_with(", "));
    initial.text.len() == 1
        && initial.text.bytes().all(|b| b.is_ascii_uppercase())
        && (after_word || after_comma)
        && text.get(initial.end..next.start) == Some(". ")
        && next.cap
        && next.text.len() > 2
        && !lexicon::not_name(next.text)
}

/// Longest title (from [`lexicon::TITLES`]) at token `i`, as (tokens used, title text).
fn title_at(toks: &[Tok<'_>], i: usize, end: usize) -> Option<(usize, String)> {
    let first = toks.get(i)?.text;
    let mut best: Option<(usize, &str)> = None;
    for (words, title) in titles_by_first_word().get(first)? {
        if i + words.len() > end {
            continue;
        }
        let ok = words
            .iter()
            .enumerate()
            .all(|(k, w)| toks.get(i + k).is_some_and(|t| t.text == *w));
        if ok && best.is_none_or(|b| words.len() > b.0) {
            best = Some((words.len(), title));
        }
    }
    best.map(|(n, t)| (n, t.to_string()))
}

/// The tokens of an honorific ([`lexicon::HONORIFICS`]) at token `i` with a name after it, or 0.
fn honorific_len(toks: &[Tok<'_>], i: usize, end: usize) -> usize {
    match title_at(toks, i, end) {
        Some((n, t)) if i + n < end && lexicon::HONORIFICS.contains(&t.as_str()) => n,
        _ => 0,
    }
}

/// A title's words, and the title.
type SplitTitle = (Vec<&'static str>, &'static str);

/// Titles by their first word.
type TitleTable = HashMap<&'static str, Vec<SplitTitle>, crate::text::FastHash>;

/// [`lexicon::TITLES`] split into words and grouped by their first word, built once.
fn titles_by_first_word() -> &'static TitleTable {
    static TABLE: std::sync::OnceLock<TitleTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m: TitleTable = HashMap::default();
        for &title in lexicon::TITLES.iter().chain(lexicon::HONORIFICS) {
            let words: Vec<&'static str> = title.split(' ').collect();
            if let Some(&first) = words.first() {
                m.entry(first).or_default().push((words, title));
            }
        }
        m
    })
}

/// [`DESCRIPTION_NOUNS`] split into words, in list order, built once.
fn description_nouns() -> &'static [(Vec<&'static str>, &'static str)] {
    static TABLE: std::sync::OnceLock<Vec<(Vec<&'static str>, &'static str)>> =
        std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        DESCRIPTION_NOUNS
            .iter()
            .map(|&d| (d.split(' ').collect(), d))
            .collect()
    })
}

/// The [`description_nouns`] whose first word can be `word` (ASCII case-insensitive), in
/// list order. Only an ASCII word can equal an ASCII noun without case, so a lookup by its
/// lower-case form replaces trying all forty nouns at every word after "the".
fn description_nouns_from(
    word: &str,
) -> impl Iterator<Item = &'static (Vec<&'static str>, &'static str)> {
    // Keyed by bytes: the lower-cased copy on the stack needs no UTF-8 check to be looked up.
    type ByFirst = HashMap<Vec<u8>, Vec<usize>, crate::text::FastHash>;
    static BY_FIRST: std::sync::OnceLock<ByFirst> = std::sync::OnceLock::new();
    let nouns = description_nouns();
    let by_first = BY_FIRST.get_or_init(|| {
        let mut m = ByFirst::default();
        for (i, (parts, _)) in nouns.iter().enumerate() {
            if let Some(first) = parts.first() {
                m.entry(first.to_ascii_lowercase().into_bytes())
                    .or_default()
                    .push(i);
            }
        }
        m
    });
    // Lower-cased on the stack: every noun's first word is short.
    let mut buf = [0u8; 24];
    let hits = match buf.get_mut(..word.len()) {
        Some(lower) if word.is_ascii() => {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            by_first.get(&*lower)
        }
        _ => None,
    };
    hits.into_iter()
        .flatten()
        .filter_map(move |&i| nouns.get(i))
}

/// `r.ends_with(&format!(" {word}"))`, without building the string.
fn ends_with_word(r: &str, word: &str) -> bool {
    r.strip_suffix(word).is_some_and(|head| head.ends_with(' '))
}

fn candidate<'a>(
    text: &'a str,
    toks: &[Tok<'a>],
    starts: &[bool],
    lower_words: &LowerWords<'_, 'a>,
    i: usize,
    j: usize,
) -> Option<Candidate<'a>> {
    // A run that is a known organisation ("Fox News" after "told") is not a person.
    if let (Some(a), Some(b)) = (toks.get(i), toks.get(j.wrapping_sub(1)))
        && j > i + 1
        && text.get(a.start..b.end).is_some_and(is_org_name)
    {
        return None;
    }
    // A name that a word for a news medium follows is the medium's: "the official Petra
    // news agency", "the Haaretz daily".
    if let (Some(last), Some(next)) = (toks.get(j.wrapping_sub(1)), toks.get(j))
        && !next.cap
        && joined(text, last, next)
        && (MEDIUM_NOUNS.contains(&next.text)
            // "news" alone may be a conference: "a Trump news conference".
            || next.text == "news"
                && toks
                    .get(j + 1)
                    .is_some_and(|t| {
                        MEDIUM_NOUNS.contains(&t.text)
                            || matches!(t.text, "service" | "site" | "outlet")
                    }))
    {
        return None;
    }
    let mut k = i;
    let mut nation = None;
    let mut role_words: Vec<String> = Vec::new();
    let mut role_nouns = Vec::new();
    let mut former = false;
    let mut evidence = false;
    let mut honorific = None;
    // A nationality from a possessive country just before: "Ukraine’s President …".
    if let Some(p) = i.checked_sub(1).and_then(|p| toks.get(p))
        && p.possessive
        && text
            .get(p.end..toks.get(i)?.start)
            .is_some_and(|g| g.trim_start_matches(['’', '\'', 's']).trim().is_empty())
        && let Some(n) = lexicon::nation_of(p.text)
    {
        nation = Some(n);
        role_words.push(format!("{}’s", p.text));
    }
    // Peel nationality, prefixes and titles off the front.
    while k < j {
        let t = toks.get(k)?;
        if k + 1 < j
            && let Some(n) = lexicon::nation_of(t.text)
            && !lexicon::COUNTRY_NOUNS.contains(&t.text.to_lowercase().as_str())
        {
            nation = Some(n);
            role_words.push(t.text.to_string());
            k += 1;
        } else if k + 2 < j
            && t.text.len() >= 2
            && t.text.chars().all(|c| c.is_ascii_uppercase())
            && (is_org_name(t.text) || crate::meta::canonical_outlet(t.text).is_some())
        {
            // `told EFE Norma Quiroga`: an agency's or body's acronym before a full name is
            // not part of it.
            k += 1;
        } else if k + 1 < j && is_lower_word_of(t.text, PREFIXES) {
            former |= is_lower_word_of(t.text, &["former", "ex"]);
            role_words.push(t.text.to_string());
            k += 1;
        } else if let Some((n, title)) = title_at(toks, k, j).or_else(|| compound_title(toks, k, j))
        {
            if k + n >= j {
                break;
            }
            evidence = true;
            if title.starts_with('M') && title.len() <= 4
                || title.starts_with("Dr")
                || title == "Madam"
                || lexicon::HONORIFICS.contains(&title.as_str())
            {
                honorific = Some(title);
            } else {
                role_nouns.push(title.to_lowercase());
                role_words.push(title);
            }
            k += n;
        } else {
            break;
        }
    }
    // `Minister of Mineral Resources Mandla Dube`, `President of the European Commission
    // Ursula von der Leyen`: after a title, an `of` phrase names the office or body, and the
    // name (two words at least) follows the body's last word; with no such word
    // (`Minister of Mineral` before `and`), the run holds no name.
    // `DUP MLA for North Antrim Mervyn Stewart`: a run right after a title and "for" is a
    // constituency and then the name, which starts at a known given name, else is the last two
    // words.
    if k == i
        && j >= i + 3
        && let (Some(f), Some(t)) = (
            i.checked_sub(1).and_then(|p| toks.get(p)),
            i.checked_sub(2).and_then(|p| toks.get(p)),
        )
        && f.text == "for"
        && joined(text, t, f)
        && text.get(f.end..toks.get(i)?.start) == Some(" ")
        && lexicon::is_title(t.text)
    {
        let office_end = (i..j.saturating_sub(2)).rev().find(|&x| {
            toks.get(x).is_some_and(|t| {
                lexicon::is_org_suffix(t.text) || lexicon::PORTFOLIOS.contains(&t.text)
            })
        });
        // `TD for Donegal Máire Ní Bhrolcháin`: a surname particle before the last word takes
        // one more word.
        let surname_particle = |x: usize| {
            toks.get(x).is_some_and(|t| {
                matches!(
                    t.text,
                    "Ní" | "Nic"
                        | "Ó"
                        | "Uí"
                        | "Mac"
                        | "Mc"
                        | "Van"
                        | "Von"
                        | "De"
                        | "Da"
                        | "Di"
                        | "Du"
                        | "Le"
                        | "La"
                        | "Al"
                        | "El"
                        | "Bin"
                        | "Abu"
                )
            })
        };
        let last_two = if surname_particle(j - 2) && j >= i + 4 {
            j - 3
        } else {
            j - 2
        };
        k = office_end.map(|x| x + 1).unwrap_or_else(|| {
            (i + 1..j - 1)
                .find(|&x| toks.get(x).is_some_and(|t| lexicon::is_given_name(t.text)))
                .unwrap_or(last_two)
        });
        evidence = true;
    }
    // `Minister of State Pádraig Ó Dónaill`: "State" ends an office too.
    if k > i && k < j && toks.get(k).is_some_and(|t| t.text == "of") {
        let office_end = (k..j).rev().find(|&x| {
            toks.get(x).is_some_and(|t| {
                lexicon::is_org_suffix(t.text)
                    || lexicon::PORTFOLIOS.contains(&t.text)
                    || t.text == "State"
            })
        });
        match office_end {
            Some(x) if j >= x + 3 => k = x + 1,
            _ => return None,
        }
    }
    // `lexicon::not_name` of the last token asked: the first loop below ends on the token the
    // second one starts with, and both ask about it.
    let mut memo: Option<(usize, bool)> = None;
    let mut not_name_at = |x: usize, word: &str| match memo {
        Some((at, v)) if at == x => v,
        _ => {
            let v = lexicon::not_name(word);
            memo = Some((x, v));
            v
        }
    };
    // Name words: stop at the first word that is never a name.
    let mut name_start = k;
    while name_start < j
        && toks.get(name_start).is_some_and(|t| {
            // After a title, a month word is a first name: "Foreign Minister Jan Lipavsky".
            let month_first_name = k > i
                && name_start == k
                && name_start + 1 < j
                && lexicon::is_month_word(t.text);
            not_name_at(name_start, t.text)
                && !month_first_name
                && !given_name_after_title(text, toks, name_start, j)
                // A sentence-opening participle: "Cross-examining Ms Mensah, …".
                || starts.get(name_start).copied().unwrap_or(false)
                    && t.text.len() > 5
                    && t.text.ends_with("ing")
                // An honorific left after a participle: "Cross-examining Ms Mensah".
                || name_start > k && matches!(t.text, "Mr" | "Mr." | "Mrs" | "Mrs." | "Ms" | "Ms." | "Dr" | "Dr." | "Miss")
                // "I'll", "I’m": a pronoun with its verb.
                || t.text.starts_with("I'")
                || t.text.starts_with("I’")
        })
    {
        name_start += 1;
    }
    // `Quarterback Brody Kessler wrote`, `Lonko Arturo Calfucura said`: a word opening the
    // sentence before a name of two words or more, that the text also writes in lower case
    // (`the quarterback`) and that is no given name, is the person's role.
    if name_start == i
        && j >= i + 3
        && starts.get(i).copied().unwrap_or(false)
        && let Some(t) = toks.get(i)
        && !lexicon::is_given_name(t.text)
        && !lexicon::is_title(t.text)
        && lower_words.contains(&t.text.to_lowercase())
    {
        evidence = true;
        role_nouns.push(t.text.to_lowercase());
        role_words.push(t.text.to_string());
        name_start += 1;
        k = name_start;
    }
    let mut name_end = name_start;
    while name_end < j
        && toks.get(name_end).is_some_and(|t| {
            !not_name_at(name_end, t.text)
                || !t.cap
                // A middle initial that is also a word: "Halima A. Danjuma".
                || name_end > name_start
                    && name_end + 1 < j
                    && t.text.len() == 1
                    && text.as_bytes().get(t.end) == Some(&b'.')
                || name_end == k && k > i && name_end + 1 < j && lexicon::is_month_word(t.text)
                || given_name_after_title(text, toks, name_end, j)
        })
    {
        name_end += 1;
    }
    // "of" and "the" join organisation names, never a person's: "Professor Erik Lindgren of
    // Karolinska Institutet" is Erik Lindgren.
    if let Some(cut) = (name_start..name_end).find(|&x| {
        toks.get(x)
            .is_some_and(|t| t.text == "of" || t.text == "the")
    }) {
        name_end = cut;
    }
    // A title inside the run ends a descriptor before the name: "Senate Majority Leader Tom
    // Reyes", "House Speaker Anne Wallace", "State Sen. Rebecca Tall". A title as the run's
    // last word is a surname ("Billie Jean King").
    // At most three words on either side, so a headline in title case ("Fare Fight Pits
    // Governor Against Transit Chief") is not read as one; four before when none of them is a
    // headline's small word ("Byron Police District Acting Superintendent Mark Derwent").
    // The descriptor may hold words that are never names ("Kilimanjaro Regional Police
    // Commander Hamisi Mushi"), so the run is read to its end; with no title in it, the name
    // ends where it did.
    // A body's name with `of` may open the descriptor ("Bank of Mexico Deputy Governor Tomás
    // Arriaga Luna").
    let short_end = name_end;
    let mut long_end = name_end;
    while long_end < j
        && toks
            .get(long_end)
            .is_some_and(|t| t.cap || matches!(t.text, "of" | "the" | "and" | "for"))
    {
        long_end += 1;
    }
    let descriptor_title = |name_end: usize| {
        if name_end < name_start + 3 {
            return None;
        }
        (name_start + 1..name_end.saturating_sub(1).min(name_start + 5)).find_map(|x| {
            title_at(toks, x, name_end)
                .filter(|_| {
                    x < name_start + 4
                        || (name_start..x).all(|y| {
                            toks.get(y)
                                .is_some_and(|t| t.cap && !headline_function_word(t.text))
                        })
                })
                .filter(|(n, _)| {
                    // Particles and honorifics do not count: "… President Ursula von der
                    // Leyen", "Kelantan Mentri Besar Datuk Nik Rosli Nik Daud".
                    let after = (x + n + honorific_len(toks, x + n, name_end)..name_end)
                        .filter(|&y| toks.get(y).is_some_and(|t| t.cap))
                        .count();
                    // Four words only when none is a headline's small word: "Kelantan
                    // MB Nik Rosli Nik Daud".
                    x + n < name_end
                        && (after <= 3
                            || after == 4
                                && (x + n..name_end).all(|y| {
                                    toks.get(y).is_some_and(|t| !headline_function_word(t.text))
                                }))
                        && toks
                            .get(x + n)
                            .is_some_and(|t| !headline_function_word(t.text))
                })
                .map(|(n, _)| (x, n))
        })
    };
    // The name as first read, else read to the run's end.
    let found = descriptor_title(short_end)
        .map(|d| (d, short_end))
        .or_else(|| {
            (long_end > short_end)
                .then(|| descriptor_title(long_end).map(|d| (d, long_end)))
                .flatten()
        });
    if let Some(((x, n), end)) = found {
        name_end = end;
        let (Some(a), Some(b)) = (toks.get(name_start), toks.get(x + n - 1)) else {
            return None;
        };
        let descriptor = text.get(a.start..b.end)?.to_string();
        evidence = true;
        if let Some(t) = toks.get(x + n - 1) {
            role_nouns.push(t.text.to_lowercase());
        }
        role_words.push(descriptor);
        k = x + n;
        name_start = x + n;
        let h = honorific_len(toks, name_start, name_end);
        if h > 0 {
            let (Some(a), Some(b)) = (toks.get(name_start), toks.get(name_start + h - 1)) else {
                return None;
            };
            honorific = text.get(a.start..b.end).map(str::to_string);
            k += h;
            name_start += h;
        }
        // The name itself still ends before a word that is never a name.
        if let Some(cut) = (name_start + 1..name_end).find(|&y| {
            toks.get(y)
                .is_some_and(|t| t.cap && lexicon::not_name(t.text))
        }) {
            name_end = cut;
        }
    }
    // An occupation written as a capitalised word before a full name: "Builder Gary Pearson",
    // "Neighbour Sue Clarke" (tabloid style).
    if name_end >= name_start + 3
        && let Some(t) = toks.get(name_start)
        && lexicon::ROLE_NOUNS
            .iter()
            .any(|r| t.text.eq_ignore_ascii_case(r))
    {
        evidence = true;
        role_nouns.push(t.text.to_lowercase());
        role_words.push(t.text.to_string());
        name_start += 1;
        k = name_start;
    }
    // Post-nominal letters are not part of a name: "Simon Ashworth KC".
    while name_end > name_start + 1
        && toks
            .get(name_end - 1)
            .is_some_and(|t| POSTNOMINALS.contains(&t.text))
    {
        name_end -= 1;
    }
    // Trailing particles are not part of a name.
    while name_end > name_start && toks.get(name_end - 1).is_some_and(|t| !t.cap) {
        name_end -= 1;
    }
    // `… and Petroleum Resources Mandla Dube`: the end of a body's or portfolio's name inside
    // the run, with two words after it, closes a descriptor; the name is what follows.
    if k == i
        && let Some(x) = (name_start..name_end.saturating_sub(2)).rev().find(|&x| {
            toks.get(x).is_some_and(|t| {
                lexicon::is_org_suffix(t.text) || lexicon::PORTFOLIOS.contains(&t.text)
            })
        })
    {
        name_start = x + 1;
    }
    // Up to four capitalised words; particles do not count ("Luiz Inácio Lula da Silva").
    let capitalised = (name_start..name_end)
        .filter(|&x| toks.get(x).is_some_and(|t| t.cap))
        .count();
    if name_end <= name_start || capitalised > 4 || name_end - name_start > 6 {
        return None;
    }
    // "the Trump White House": a known body ending the run is not part of the name.
    if name_end > name_start + 1
        && let Some(end) = toks.get(name_end - 1).map(|t| t.end)
        && let Some(cut) = (name_start + 1..name_end).find(|&x| {
            toks.get(x)
                .and_then(|t| text.get(t.start..end))
                .is_some_and(|tail| lexicon::org_canonical(tail).is_some())
        })
    {
        name_end = cut;
    }
    // `Kingsmere City BANNED`: a tabloid's shouted word after a name is not part of it.
    while name_end > name_start + 1
        && toks.get(name_end - 1).is_some_and(|t| {
            t.text.chars().count() >= 3
                && t.text.chars().all(|c| c.is_uppercase() || c == '-')
                && toks
                    .get(name_end - 2)
                    .is_some_and(|p| p.text.chars().any(char::is_lowercase))
        })
    {
        name_end -= 1;
    }
    let first = toks.get(name_start)?;
    let last = toks.get(name_end - 1)?;
    let mut words: Vec<&str> = (name_start..name_end)
        .filter_map(|x| toks.get(x).map(|t| t.text))
        .collect();
    // A title the cue steps above left in the run ("President Trump meets …" opening a
    // caption) is not the first name: the name is what follows it.
    while words.len() >= 2 && words.first().is_some_and(|w| lexicon::is_title(w)) {
        words.remove(0);
    }
    // `Minister of Environment, Water and Agriculture Fahad Al-Mansour`, `Secretary of
    // Defense Pete Hegseth`: the portfolio's last word, right after "of" or "and" inside a
    // title, is not the first name.
    if words.len() >= 3
        && let Some(prev) = name_start.checked_sub(1).and_then(|p| toks.get(p))
        && (matches!(prev.text, "of" | "on" | "for")
            || prev.text == "and" && lexicon::PORTFOLIOS.contains(&words[0]))
    {
        words.remove(0);
    }
    // The words joined by single spaces: the text itself when it writes them so (most names),
    // else built. They are the tokens from `from` to `name_end`, each its token's text. A
    // middle initial keeps its full stop ("Lorraine M. Abernathy").
    let from = name_end - words.len();
    let single_spaced = (from + 1..name_end).all(|x| {
        matches!((toks.get(x - 1), toks.get(x)), (Some(a), Some(b))
            if text.get(a.end..b.start) == Some(" ")
                || a.text.len() == 1 && text.get(a.end..b.start) == Some(". "))
    });
    let joined_name: Cow<'a, str> = match (toks.get(from), toks.get(name_end - 1)) {
        (Some(a), Some(b)) if single_spaced => text
            .get(a.start..b.end)
            .map_or_else(|| Cow::Owned(words.join(" ")), Cow::Borrowed),
        _ => Cow::Owned(words.join(" ")),
    };
    // `The Ohio Republican, who …`: a party member's description, not a name.
    if words.len() >= 2
        && words
            .last()
            .is_some_and(|w| matches!(*w, "Republican" | "Democrat" | "Republicans" | "Democrats"))
    {
        return None;
    }
    // `the opposition Conservatives accused …`: a party's members, not a name.
    if let [w] = words.as_slice()
        && matches!(
            *w,
            "Conservatives"
                | "Tories"
                | "Liberals"
                | "Greens"
                | "Republicans"
                | "Democrats"
                | "Socialists"
                | "Nationalists"
                | "Unionists"
        )
    {
        return None;
    }
    // `the farm lobby Copa-Cogeca said`, `the campaign group Save Ullswater`: a body's noun
    // right before the run names a body.
    if k == i
        && let Some(p) = i.checked_sub(1).and_then(|p| toks.get(p))
        && !p.cap
        && lexicon::is_body_noun(p.text)
        && text.get(p.end..first.start) == Some(" ")
    {
        return None;
    }
    // `the Gaeltacht said`, `the Dáil`: one capitalised word after a lower-case "the" names a
    // body or a place, not a person (a title names its holder: `the Speaker`).
    if k == i
        && j == i + 1
        && let Some(p) = i.checked_sub(1).and_then(|p| toks.get(p))
        && p.text == "the"
        && text.get(p.end..first.start) == Some(" ")
        // `the Speaker told him`: a title stands for its holder.
        && !lexicon::is_title(first.text)
        && !lexicon::is_role_noun(&first.text.to_lowercase())
    {
        return None;
    }
    // `The company operating the ferry, Vestlandske Ferjer, said`: an appositive naming the
    // body that heads the clause before it (a determiner and a body's noun, no role noun).
    if k == i
        && let Some(p) = i.checked_sub(1).and_then(|p| toks.get(p))
        && text.get(p.end..first.start) == Some(", ")
        && text.get(last.end..).is_some_and(|a| a.starts_with(','))
        && let Some(before) = p
            .end
            .checked_sub(80)
            .and_then(|s| (s..p.end).find(|&x| text.is_char_boundary(x)))
            .or(Some(0))
            .and_then(|s| text.get(s..p.end))
    {
        let clause = before.rsplit(['.', ';', ',', '\n']).next().unwrap_or("");
        let words: Vec<&str> = clause.split_whitespace().collect();
        if words.len() <= 6
            && words
                .first()
                .is_some_and(|w| matches!(*w, "The" | "the" | "A" | "a" | "An" | "an"))
            && words.get(1).is_some_and(|w| lexicon::is_body_noun(w))
            && !words.iter().any(|w| lexicon::is_role_noun(w))
        {
            return None;
        }
    }
    // An outlet ("Records obtained by ProPublica show") is not a person.
    // Only the outlet's own full name: "Hill" (a surname) is not "The Hill".
    if words.len() <= 3
        && crate::meta::canonical_outlet(&joined_name).is_some_and(|o| o == joined_name)
    {
        return None;
    }
    if words.len() >= 2
        && words
            .first()
            .is_some_and(|w| lexicon::ROMANCE_ORG_HEADS.contains(w))
    {
        return None;
    }
    // `Kingsmere City Supporters’ Trust`, `Lakeside Residents`: a run ending in a plural role
    // noun names a group.
    if words.len() >= 2
        && let Some(stem) = words.last().and_then(|w| w.strip_suffix('s'))
        && lexicon::is_role_noun(&stem.to_lowercase())
    {
        return None;
    }
    // `JLM MLAs`, `Opposition MPs`: a run ending in a plural title is a group.
    if let Some(stem) = words.last().and_then(|w| w.strip_suffix('s'))
        && stem.len() >= 2
        && lexicon::is_title(stem)
    {
        return None;
    }
    // A plural role noun ("Prosecutors said", "Officials told") is a group, not a name.
    if let [w] = words.as_slice()
        && let Some(stem) = w.strip_suffix('s')
        && lexicon::is_role_noun(&stem.to_lowercase())
    {
        return None;
    }
    // Organisations and acronyms are not people, nor a university or state named for a
    // place ("Piedmont State", "Islamic State"; not an org suffix, which would end offices
    // such as "Minister of State").
    if is_org_name(&joined_name)
        || words.iter().all(|w| w.chars().all(|c| !c.is_lowercase()))
        || words
            .last()
            .is_some_and(|w| lexicon::is_org_suffix(w) || *w == "State")
    {
        return None;
    }
    // `the office in Bonn said`, `Co Mayo`: a one-word place after a locative preposition, or
    // an Irish county, is not a person.
    if k == i
        && (words.len() == 1
            && i.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|p| {
                matches!(p.text, "in" | "at" | "near")
                    && toks
                        .get(i)
                        .is_some_and(|t| text.get(p.end..t.start) == Some(" "))
                    // `in Mamani’s words`, `in Ortiz’s view`: a person's.
                    && !(toks.get(i).is_some_and(|t| t.possessive)
                        && toks
                            .get(i + 1)
                            .is_some_and(|n| matches!(n.text, "words" | "view" | "telling")))
            })
            || words.len() == 2 && words.first().is_some_and(|w| *w == "Co" || *w == "County"))
    {
        return None;
    }
    // A country is not a person (`S. Korea vows …`, `Korea said`); a few country names are as
    // often first names, and a title makes anyone a person.
    if k == i
        && honorific.is_none()
        && let Some(w) = words.last()
        && words
            .iter()
            .all(|w| w.len() <= 2 || lexicon::nation_of(w).is_some())
        && lexicon::nation_of(w).is_some()
        && !matches!(*w, "Jordan" | "Georgia" | "Chad" | "Israel" | "India")
        && !lexicon::DEMONYM_NOUNS.contains(&w.to_lowercase().as_str())
    {
        return None;
    }
    // Lower-case role nouns before the run: "special envoy Steve Witkoff".
    if k == i
        && nation.is_none()
        && let Some(p) = i.checked_sub(1).and_then(|p| toks.get(p))
        && !p.cap
        && lexicon::is_role_noun(p.text)
        && text.get(p.end..first.start) == Some(" ")
    {
        evidence = true;
        let mut words_before = vec![p.text.to_string()];
        let mut q = i - 1;
        while let Some(pp) = q.checked_sub(1).and_then(|x| toks.get(x)) {
            let Some(cur) = toks.get(q) else { break };
            let lower = pp.text.to_lowercase();
            if words_before.len() >= 3
                || pp.possessive
                || text.get(pp.end..cur.start) != Some(" ")
                || lexicon::is_not_name_word(&lower) && !PREFIXES.contains(&lower.as_str())
            {
                break;
            }
            if let Some(n) = lexicon::nation_of(pp.text)
                && !lexicon::COUNTRY_NOUNS.contains(&lower.as_str())
            {
                nation = Some(n);
            }
            former |= lower == "former";
            words_before.insert(0, pp.text.to_string());
            q -= 1;
        }
        role_nouns.push(p.text.to_string());
        role_words = words_before;
    }
    // `The Minister of Agriculture, Otávio Brandão,`: a title-case office and a comma before
    // a full name.
    if k == i
        && name_end - name_start >= 2
        && let Some(before) = text.get(..first.start)
        && let Some(clause) = before.strip_suffix(", ")
    {
        let clause = clause
            .rsplit(['.', ',', ';', ':', '(', '\n'])
            .next()
            .unwrap_or("")
            .trim();
        let mut ws = clause.split_whitespace();
        if clause.len() <= 60
            && matches!(ws.next(), Some("The" | "the"))
            && ws.next().is_some_and(lexicon::is_title)
        {
            evidence = true;
        }
    }
    // A role noun and a comma before the name: "The agriculture minister, Bertrand Lemaire,",
    // "their captain, Luca Ferraro", "Her co-organiser, Kwame Asante".
    if k == i
        && let Some((noun, phrase)) = role_before_comma(text, toks, i)
    {
        evidence = true;
        role_nouns.push(noun);
        if role_words.is_empty() {
            role_words = vec![phrase];
        }
    }
    // Cues after the name.
    let after = text.get(last.end..).unwrap_or("");
    // A relative clause about a person: "Luc Bertin, who raises dairy cows, said".
    // A one-word name takes it too (`Dube, who visited the mine, told reporters`): places and
    // bodies take `which` or `where`.
    if after.starts_with(", who ") || after.starts_with(", whose ") {
        evidence = true;
    }
    // `Abir Haj Yahia of the Abraham Initiatives, a nonprofit …, says`: a full name, the body
    // it belongs to, then (after a comma, in the same sentence) a speech verb.
    if name_end - name_start >= 2
        && let Some(rest) = after.strip_prefix(" of ")
        && rest.starts_with(|c: char| c.is_uppercase() || c == 't')
    {
        let sentence = rest.get(..rest.len().min(240)).unwrap_or(rest);
        let sentence = sentence.split(". ").next().unwrap_or(sentence);
        // `Marta Kowalczyk of the Green Foundation said`: the body's name, then the verb.
        let verb_after_body = sentence
            .split_whitespace()
            .find(|w| {
                !(w.starts_with(char::is_uppercase)
                    || matches!(*w, "the" | "of" | "and" | "for" | "&"))
            })
            .is_some_and(lexicon::is_speech_cue);
        if verb_after_body
            || sentence.split(", ").skip(1).any(|clause| {
                clause
                    .split_whitespace()
                    .next()
                    .is_some_and(lexicon::is_speech_cue)
            })
        {
            evidence = true;
        }
    }
    // `says senior MDA paramedic Yonatan Sharabi.`: a full name after a speech verb and a
    // short description of a few words.
    if name_end - name_start >= 2 && k == i {
        let mut q = i;
        let mut steps = 0;
        while steps < 6
            && let Some(p) = q.checked_sub(1).and_then(|x| toks.get(x))
            && toks
                .get(q)
                .is_some_and(|c| text.get(p.end..c.start) == Some(" "))
        {
            if lexicon::is_speech_cue(p.text) {
                evidence |= steps > 0;
                break;
            }
            if matches!(
                p.text,
                "the" | "a" | "an" | "to" | "that" | "of" | "and" | "in" | "on" | "for" | "with"
            ) {
                break;
            }
            q -= 1;
            steps += 1;
        }
    }
    let mut age = None;
    // `Marisol Henríquez, a 47-year-old fish vendor,`, `Tshepo Molefe, the 34-year-old shift
    // supervisor who …`: an age in an appositive.
    if name_end - name_start >= 2
        && let Some(rest) = after
            .strip_prefix(", a ")
            .or_else(|| after.strip_prefix(", an "))
            .or_else(|| after.strip_prefix(", the "))
        && let Some(n) = rest
            .split_whitespace()
            .next()
            .and_then(|w| w.strip_suffix("-year-old"))
            .and_then(|n| n.parse::<u32>().ok())
    {
        age = Some(n);
        evidence = true;
    }
    // Both patterns start with a comma; most names are not followed by one.
    let comma_after = after.starts_with(',');
    if let Some(caps) = AGE_AFTER
        .as_ref()
        .filter(|_| comma_after)
        .and_then(|r| r.captures(after))
    {
        age = caps.get(1).and_then(|m| m.as_str().parse().ok());
        evidence = true;
    }
    // A single word before an appositive may be a place ("plants in Oregon and Malaysia, a
    // company spokesperson told …"): it takes a title or a known full name to be a person.
    if let Some(caps) = APPOSITIVE
        .as_ref()
        .filter(|_| comma_after && (name_end - name_start >= 2 || k > i))
        .and_then(|r| r.captures(after))
    {
        evidence = true;
        if let Some(m) = caps.get(1) {
            let r = m.as_str().trim().to_string();
            for w in r.split(' ') {
                if let Some(n) = lexicon::nation_of(w) {
                    nation = Some(n);
                }
            }
            if let Some(noun) = r.split(' ').next_back() {
                role_nouns.push(noun.to_lowercase());
            }
            if role_words.is_empty() {
                role_words = vec![r];
            }
        }
    }
    // `The Minister of the Environment, Beatriz Toledo Rangel, said`: a full name closing an
    // appositive right before a speech verb; `Juliana Tapajoara Borari, coordinator of the
    // Indigenous Alliance`: a full name with a bare role and its body.
    if name_end - name_start >= 2
        && let Some(rest) = after.strip_prefix(", ")
    {
        let word = rest
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let opens_appositive = i
            .checked_sub(1)
            .and_then(|p| toks.get(p))
            .and_then(|p| text.get(p.end..first.start))
            // `The Executive Director of the Centre … (CEIA), Ngozi Eze-Ukaegbu, told`.
            .is_some_and(|g| g == ", " || g == "), ");
        // `the Tanzanian minister of Transports, Rehema Mwakyusa, judged the compromise`: a
        // role just before the appositive, a past-tense verb after it.
        let role_before = opens_appositive
            && text.get(..first.start).is_some_and(|b| {
                b.trim_end_matches([',', ' '])
                    .rsplit(' ')
                    .take(5)
                    .any(lexicon::is_role_noun)
            });
        if opens_appositive && lexicon::is_speech_cue(word)
            || role_before
                && word.len() > 3
                && word.ends_with("ed")
                && !word.starts_with(char::is_uppercase)
            || lexicon::is_role_noun(word)
                && rest
                    .get(word.len()..)
                    .is_some_and(|r| r.starts_with(" of "))
        {
            evidence = true;
        } else if let Some(role) = role_of_body(rest) {
            evidence = true;
            role_nouns.push(role);
        }
    }
    // `Reguera: "I am a coach, not a lawyer"` opening a block: a speaker's label.
    if starts.get(i).copied().unwrap_or(false)
        && (after.starts_with(": \"") || after.starts_with(": “") || after.starts_with(": ‘"))
    {
        evidence = true;
    }
    let next_words: Vec<&Tok<'_>> = toks.get(name_end..).unwrap_or(&[]).iter().take(2).collect();
    if !last.possessive
        && next_words
            .iter()
            .take_while(|t| !t.cap)
            .enumerate()
            .any(|(n, t)| {
                lexicon::is_speech_cue(t.text)
                    && (n == 0 && lexicon::speech_verb_lemma(t.text) != Some(t.text)
                        || n == 1 && next_words.first().is_some_and(|a| is_adverb(a.text)))
            })
        && text
            .get(last.end..next_words.first().map_or(last.end, |t| t.start))
            .is_some_and(|g| g.trim().is_empty())
    {
        evidence = true;
    }
    // "said Trump" / "told Fox News’ Sean Hannity" — but not "says Aston Villa will …", where
    // the run is the subject of the reported clause.
    if let Some(p) = i.checked_sub(1).and_then(|p| toks.get(p))
        && text
            .get(p.end..first.start)
            .is_some_and(|g| g.trim().is_empty())
        && (lexicon::is_speech_cue(p.text) || p.possessive && p.cap && is_org_name(p.text))
        && !toks.get(name_end).is_some_and(|n| {
            text.get(last.end..n.start) == Some(" ") && reported_clause_verb(n.text)
        })
    {
        evidence = true;
    }
    // Two-word outlets: "Fox News’ Sean Hannity" (the possessive is on the second word).
    if let (Some(p), Some(q)) = (
        i.checked_sub(2).and_then(|p| toks.get(p)),
        i.checked_sub(1).and_then(|q| toks.get(q)),
    ) && q.possessive
        && is_org_name(&format!("{} {}", p.text, q.text))
    {
        evidence = true;
    }
    // The name of a body: "Department for Levelling Up", "Ministry of Defence".
    if org_head_before(toks, i) {
        return None;
    }
    // A US party-and-state tag ("Tom Reyes, D-Ill.,"), or an appositive closed by a comma right
    // before a speech verb ("Rebecca Moore, a Democrat who represents the county, said").
    if comma_after
        && (party_tag_after(after)
            || (name_end - name_start >= 2 || k > i) && appositive_then_verb(after)
            || role_appositive_then_verb(after))
    {
        evidence = true;
    }
    // `Kendra Beasley spent 11 years in the lab before she was fired`: a full name as its
    // clause's subject, taken up by a personal pronoun later in its sentence.
    if !evidence
        && k == i
        && (2..=4).contains(&words.len())
        && subject_taken_up_by_pronoun(text, first.start, last.end)
    {
        evidence = true;
    }
    // A common given name before a capitalised surname: "Rebecca Moore visited the hospital".
    if !evidence
        && (2..=3).contains(&words.len())
        && words.first().is_some_and(|w| lexicon::is_given_name(w))
        && words
            .iter()
            .skip(1)
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        evidence = true;
    }
    // A lone capitalised word opening a sentence says nothing by its capital: without a cue
    // it may only join a person already known (pass 2 of `cluster`).
    let _ = starts.get(name_start);
    let titled = honorific.map(|h| format!("{h} {joined_name}")).or_else(|| {
        (!role_words.is_empty() && k > i).then(|| format!("{} {joined_name}", role_words.join(" ")))
    });
    let role = (!role_words.is_empty() && !role_nouns.is_empty()).then(|| role_words.join(" "));
    let surname_key = words.last().map(|w| name_key(w)).unwrap_or_default();
    // `De Graaf said` opening a sentence: a particle first is part of the surname, not a
    // first name (`Femke de Graaf`).
    let first_key = (words.len() >= 2
        && !words
            .first()
            .is_some_and(|w| is_lower_word_of(w, PARTICLES) || *w == "El" || *w == "Al"))
    .then(|| words.first().map(|w| name_key(w)))
    .flatten();
    let body_cue =
        words.len() == 1 && k == i && titled.is_none() && used_as_body(text, toks, name_end, after);
    Some(Candidate {
        body_cue,
        surname_key,
        first_key,
        span: Span::new(first.start, last.end),
        words,
        form: joined_name,
        titled,
        evidence,
        role,
        role_nouns,
        nation,
        age,
        former,
    })
}

/// True when the words after a one-word name (ending before token `end`, `after` the text
/// from there) use it as a body's name: a speech verb and `its` (`Ryanair said its own
/// operations …`), a relative `which` (`Orvane, which makes …`), or a lower-case role noun
/// with a name after it (`Fraport spokesman Tobias Wendling`, `Orvane chief executive
/// Maarten Kleijwegt`), where the one word modifies the role.
fn used_as_body(text: &str, toks: &[Tok<'_>], end: usize, after: &str) -> bool {
    if after.starts_with(", which ") {
        return true;
    }
    let joined = |a: usize| matches!((toks.get(a), toks.get(a + 1)), (Some(x), Some(y)) if text.get(x.end..y.start) == Some(" "));
    let (Some(first), Some(second)) = (toks.get(end), toks.get(end + 1)) else {
        return false;
    };
    if !after.starts_with(' ') {
        return false;
    }
    if lexicon::is_speech_cue(first.text) && second.text == "its" && joined(end) {
        return true;
    }
    // A role noun, perhaps after one more lower-case word (`chief executive`, `vice
    // president`), then a capitalised name.
    let mut x = end;
    let mut role = false;
    while x < end + 3 {
        let Some(t) = toks.get(x) else { return false };
        if t.cap {
            return role;
        }
        role |= lexicon::is_role_noun(t.text);
        if !joined(x) {
            return false;
        }
        x += 1;
    }
    role && toks.get(x).is_some_and(|t| t.cap)
}

/// A finite verb that opens a reported clause after its subject (`says Aston Villa will not
/// change`, `said Smith had left`): the name before it is not the speaker.
fn reported_clause_verb(word: &str) -> bool {
    matches!(
        word,
        "will"
            | "would"
            | "could"
            | "can"
            | "should"
            | "may"
            | "might"
            | "must"
            | "shall"
            | "have"
            | "has"
            | "had"
            | "is"
            | "are"
            | "was"
            | "were"
            | "did"
            | "does"
            | "do"
    )
}

/// A preposition, conjunction or article as a headline in title case writes it ("Pits Governor
/// Against Transit Chief"): never the first word of a name.
fn headline_function_word(word: &str) -> bool {
    is_lower_word_of(
        word,
        &[
            "against", "for", "with", "in", "on", "at", "to", "of", "from", "over", "after",
            "before", "as", "by", "and", "or", "but", "the", "a", "an", "amid", "into",
        ],
    )
}

/// True when the run at token `i` follows "for" or "of" after a capitalised organisation word
/// ("Department for Levelling Up", "Secretary of State for Health" aside: the run is then a
/// title's field, never a name).
fn org_head_before(toks: &[Tok<'_>], i: usize) -> bool {
    let (Some(link), Some(head)) = (
        i.checked_sub(1).and_then(|p| toks.get(p)),
        i.checked_sub(2).and_then(|p| toks.get(p)),
    ) else {
        return false;
    };
    matches!(link.text, "for" | "of")
        && head.cap
        && (lexicon::is_org_suffix(head.text) || is_lower_word_of(head.text, &["ministry"]))
}

/// `, D-Ill.,` / `, R-Ohio,` right after a name: a US legislator's party and state.
fn party_tag_after(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(", ") else {
        return false;
    };
    // The text up to the first `,` or `)` (what `split([',', ')']).next()` gives), found by
    // `memchr2` rather than a character walk.
    let tag_end = memchr::memchr2(b',', b')', rest.as_bytes()).unwrap_or(rest.len());
    is_party_tag(rest.get(..tag_end).unwrap_or(""))
}

/// `D-Ill.`, `R-Ohio`, `D-N.Y.`: a US legislator's party and state, as wire copy writes it
/// after a name.
pub(crate) fn is_party_tag(tag: &str) -> bool {
    let Some((party, state)) = tag.split_once('-') else {
        return false;
    };
    matches!(party, "D" | "R" | "I")
        && (2..=6).contains(&state.len())
        && state.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && state.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
}

/// `, a Democrat who represents the county, said` right after a name: a short appositive,
/// closed by a comma, then a speech verb.
fn appositive_then_verb(after: &str) -> bool {
    appositive_before_verb(after).is_some()
}

/// The appositive of [`appositive_then_verb`], when there is one.
fn appositive_before_verb(after: &str) -> Option<&str> {
    let rest = after.strip_prefix(", ")?;
    let close = rest
        .get(..rest.len().min(160))
        .and_then(|r| comma_space().find(r.as_bytes()))?;
    let inner = rest.get(..close)?;
    // The appositive opens with an article, a relative pronoun or `of` (`, a Democrat who …,`,
    // `, of the civic group Voda,`) or with a bare role (`, secretary general of the CDPJ,`,
    // `, chief executive at Acme,`).
    let opens_with_role = || {
        // `, Donegal County Council's director of services,`: a body's possessive name first.
        let words: Vec<&str> = inner.split_whitespace().collect();
        let skip = words
            .iter()
            .take(5)
            .position(|w| w.ends_with("'s") || w.ends_with("’s"))
            .filter(|&p| {
                words
                    .iter()
                    .take(p + 1)
                    .all(|w| w.starts_with(char::is_uppercase))
            })
            .map_or(0, |p| p + 1);
        words
            .into_iter()
            .skip(skip)
            .take(4)
            // `, chief UK economist at Capital Economics,`: a short acronym may qualify it.
            .take_while(|w| {
                w.chars().next().is_some_and(char::is_lowercase)
                    || w.len() <= 4 && w.chars().all(|c| c.is_ascii_uppercase() || c == '.')
            })
            .any(|w| lexicon::is_role_noun(w) || w.ends_with("-year-old"))
    };
    if has_clause_mark(inner)
        || inner.split_whitespace().count() > 14
        || !(inner
            .split_whitespace()
            .next()
            // `, of the Czech civic group Voda,`, `, from the nearby village,`.
            .is_some_and(|w| {
                matches!(
                    w,
                    "a" | "an" | "the" | "who" | "whose" | "one" | "of" | "from"
                )
            })
            || opens_with_role())
    {
        return None;
    }
    fn first_word(s: &str) -> &str {
        s.split(|c: char| !c.is_alphabetic()).next().unwrap_or("")
    }
    let tail = rest.get(close + 2..).unwrap_or("");
    let verb = first_word(tail);
    if !verb.is_empty() && lexicon::is_speech_cue(verb) {
        return Some(inner);
    }
    // A second appositive may follow the first (`Haruka Nishimoto, leader of the CDP, Japan's
    // main opposition party, demanded`): short, plain, and closed right before the verb.
    let close2 = tail
        .get(..tail.len().min(80))
        .and_then(|r| comma_space().find(r.as_bytes()))?;
    let second = tail.get(..close2)?;
    if has_clause_mark(second) || second.split_whitespace().count() > 6 {
        return None;
    }
    let verb = first_word(tail.get(close2 + 2..).unwrap_or(""));
    (!verb.is_empty() && lexicon::is_speech_cue(verb)).then_some(inner)
}

/// `chief executive of Nubo`, `CEO of French cloud provider Nuvéo`, `executive director at
/// the centre`: an appositive of up to three words in lower case (or a short acronym), one of
/// them a role noun, then `of` or `at` and its body. Gives the role, in lower case.
fn role_of_body(rest: &str) -> Option<String> {
    let head = rest.get(..rest.len().min(48)).unwrap_or(rest);
    let end = head.find(" of ").or_else(|| head.find(" at "))?;
    let role = head.get(..end)?;
    let words: Vec<&str> = role.split(' ').collect();
    (words.len() <= 3
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_lowercase)
                || (2..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
        })
        && words
            .iter()
            .any(|w| lexicon::is_role_noun(&w.to_lowercase())))
    .then(|| role.to_lowercase())
}

/// `", "`'s searcher, built once (`str::find` builds one on every call).
fn comma_space() -> &'static memchr::memmem::Finder<'static> {
    static FINDER: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b", "));
    &FINDER
}

/// Whether `s` holds a mark that ends an appositive: `s.contains(['.', ';', ':', '"', '“', '”',
/// '(', ')'])`, with the ASCII marks found in one byte scan and the curly quotes by search.
fn has_clause_mark(s: &str) -> bool {
    s.bytes()
        .any(|b| matches!(b, b'.' | b';' | b':' | b'"' | b'(' | b')'))
        || s.contains('“')
        || s.contains('”')
}

/// `Rutte, the Nato secretary general, insisted`: a one-word name whose appositive ends in a
/// person's role noun and is closed right before a speech verb (a place is never described so).
fn role_appositive_then_verb(after: &str) -> bool {
    appositive_before_verb(after)
        .and_then(|inner| inner.split_whitespace().next_back())
        .is_some_and(lexicon::is_role_noun)
}

/// The generational suffix written after some full-name mention: "Jr.", "Sr.", "III".
fn generational_suffix<'t>(text: &'t str, mentions: &[Span]) -> Option<&'t str> {
    mentions.iter().find_map(|m| {
        let name = text.get(m.start as usize..m.end as usize)?;
        let after = text.get(m.end as usize..)?;
        let after = after
            .strip_prefix(", ")
            .unwrap_or(after)
            .strip_prefix(' ')?;
        if !name.contains(' ') {
            return None;
        }
        ["Jr.", "Sr.", "Jr", "Sr", "III", "II", "IV"]
            .iter()
            .find(|g| {
                after
                    .strip_prefix(**g)
                    .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
            })
            .and_then(|g| after.get(..g.len()))
    })
}

/// Letters written after a name: honours, silks, degrees, "Jr.".
const POSTNOMINALS: &[&str] = &[
    "KC", "QC", "SC", "MP", "MEP", "MSP", "CBE", "OBE", "MBE", "KBE", "PhD", "MD", "Jr", "Jr.",
    "Sr", "Sr.", "II", "III", "Esq",
];

/// Words that may stand between a name and its speech verb: "Trump later said".
fn is_adverb(w: &str) -> bool {
    w.len() > 3 && w.ends_with("ly")
        || matches!(
            w,
            "also"
                | "later"
                | "then"
                | "again"
                | "earlier"
                | "once"
                | "previously"
                | "had"
                | "have"
                | "was"
                | "is"
                | "will"
                | "would"
                | "has"
                | "first"
        )
}

/// A title made of a capitalised field and a title head: "Environment Secretary", "Council
/// Member", "Health Minister" (the listed titles are tried first).
fn compound_title(toks: &[Tok<'_>], k: usize, j: usize) -> Option<(usize, String)> {
    const HEADS: &[&str] = &[
        "Secretary",
        "Minister",
        "Member",
        "Commissioner",
        "Spokesman",
        "Spokeswoman",
        "Spokesperson",
        "Director",
        "Chief",
    ];
    let (a, b) = (toks.get(k)?, toks.get(k + 1)?);
    (k + 2 < j
        && a.cap
        && !a.possessive
        && HEADS.contains(&b.text)
        && lexicon::nation_of(a.text).is_none())
    .then(|| (2, format!("{} {}", a.text, b.text)))
}

/// `ROLE, ` right before token `i` (within one clause): the role noun and the phrase from its
/// determiner ("The agriculture minister").
fn role_before_comma(text: &str, toks: &[Tok<'_>], i: usize) -> Option<(String, String)> {
    let first = toks.get(i)?;
    let p = toks.get(i.checked_sub(1)?)?;
    if text.get(p.end..first.start) != Some(", ") || p.cap || p.possessive {
        return None;
    }
    let noun = p.text.to_lowercase();
    if !lexicon::is_role_noun(noun.as_str()) {
        return None;
    }
    // Walk back over modifiers to a determiner or possessive, at most four words.
    let mut start = p.start;
    let mut q = i - 1;
    for _ in 0..4 {
        let Some(pp) = q.checked_sub(1).and_then(|x| toks.get(x)) else {
            break;
        };
        let Some(cur) = toks.get(q) else { break };
        if text
            .get(pp.end..cur.start)
            .is_none_or(|g| g.trim().len() > 2 || g.contains(['.', ',', ';', '“', '"']))
        {
            break;
        }
        start = pp.start;
        let lower = pp.text.to_lowercase();
        if pp.possessive
            || matches!(
                lower.as_str(),
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "my" | "our" | "your"
            )
        {
            break;
        }
        q -= 1;
    }
    let phrase = text.get(start..p.end)?.to_string();
    Some((noun, phrase))
}

static AGE_AFTER: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"^,\s+(\d{1,3}),").ok());
static APPOSITIVE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let roles = lexicon::ROLE_NOUNS.join("|");
    Regex::new(&format!(
        r"^,\s+(?:the|a|an|[\p{{Lu}}][\p{{L}}.]*’s|[\p{{Lu}}][\p{{L}}.]*'s)\s+((?:[\p{{L}}.\-]+\s+){{0,3}}?(?:{roles}))(?-u:\b)"
    ))
    .ok()
});

/// True when `name` is a known organisation or one of its forms.
pub fn is_org_name(name: &str) -> bool {
    lexicon::org_canonical(name).is_some()
}

/// Merges candidates into people.
fn cluster(text: &str, cands: &[Candidate<'_>]) -> Vec<PersonInfo> {
    let mut people: Vec<PersonInfo> = Vec::new();
    let mut assigned = vec![false; cands.len()];
    // Pass 1: people with a cue, full names first so surnames find them.
    // The first cue-less full name for each first name, looked up by one-word mentions below.
    let mut by_first: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (j, f) in cands.iter().enumerate() {
        if let (false, true, Some(k)) = (f.evidence, f.words.len() >= 2, f.first_key.as_deref()) {
            by_first.entry(k).or_insert(j);
        }
    }
    let mut order: Vec<usize> = (0..cands.len()).filter(|&i| cands[i].evidence).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(cands[i].words.len().min(2)));
    for i in order {
        let Some(c) = cands.get(i) else { continue };
        // "Kai, 29," with a cue, and "footballer Kai Bennett" without one: the first name is
        // that full name's, so the person is the full name.
        let full = (c.words.len() == 1 && find_person(&people, c).is_none())
            .then(|| by_first.get(c.surname_key.as_str()).copied())
            .flatten();
        if let Some(j) = full.filter(|&j| !assigned[j])
            && let Some(f) = cands.get(j)
        {
            people.push(PersonInfo {
                first: Some(f.words[0].to_string()),
                surname_key: f.surname_key.clone(),
                first_key: f.first_key.clone(),
                ..PersonInfo::default()
            });
            let idx = people.len() - 1;
            absorb(&mut people[idx], f);
            assigned[j] = true;
        }
        let idx = match find_person(&people, c) {
            Some(p) => p,
            None if c.words.len() >= 2 || !people.iter().any(|p| first_matches(p, c)) => {
                people.push(PersonInfo {
                    first: (c.words.len() >= 2).then(|| c.words[0].to_string()),
                    surname_key: c.surname_key.clone(),
                    first_key: c.first_key.clone(),
                    ..PersonInfo::default()
                });
                people.len() - 1
            }
            None => continue,
        };
        absorb(&mut people[idx], c);
        assigned[i] = true;
    }
    // Pass 2: cue-less mentions of names already known.
    for (i, c) in cands.iter().enumerate() {
        if assigned[i] {
            continue;
        }
        if let Some(p) = find_person(&people, c) {
            absorb(&mut people[p], c);
            assigned[i] = true;
        }
    }
    // Pass 3: `all eyes are on Nico Valbuena and Álvaro Reguera`: a full name coordinated
    // with a person's (and nothing else between) is a person too.
    for i in 0..cands.len() {
        let Some(c) = cands.get(i).filter(|c| !assigned[i] && c.words.len() >= 2) else {
            continue;
        };
        let coordinated = |j: usize| {
            let Some(o) = cands.get(j).filter(|_| assigned[j]) else {
                return false;
            };
            let (a, b) = if o.span.end <= c.span.start {
                (o.span.end, c.span.start)
            } else {
                (c.span.end, o.span.start)
            };
            text.get(a as usize..b as usize) == Some(" and ") && find_person(&people, o).is_some()
        };
        if (i > 0 && coordinated(i - 1)) || coordinated(i + 1) {
            people.push(PersonInfo {
                first: c.words.first().map(|w| w.to_string()),
                surname_key: c.surname_key.clone(),
                first_key: c.first_key.clone(),
                ..PersonInfo::default()
            });
            let idx = people.len() - 1;
            absorb(&mut people[idx], c);
            assigned[i] = true;
            // Its later one-word mentions (`Reguera said`) join it.
            for (k, d) in cands.iter().enumerate().skip(i + 1) {
                if !assigned[k] && find_person(&people, d) == Some(idx) {
                    absorb(&mut people[idx], d);
                    assigned[k] = true;
                }
            }
        }
    }
    // Pass 4: `seven legislators, led by Dilip Kumar Sahu, wrote …` and later `Sahu read out
    // a statement`: a cue-less full name whose last word later stands alone as a clause's
    // subject (a lower-case word right after it) is a person named by surname, as news copy
    // names people. Later one-word mentions, by surname key, looked up once.
    let mut subjects: std::collections::HashMap<&str, Vec<usize>> =
        std::collections::HashMap::new();
    for (k, d) in cands.iter().enumerate() {
        if !assigned[k] && d.words.len() == 1 && !d.body_cue && lone_subject(text, d.span) {
            subjects.entry(d.surname_key.as_str()).or_default().push(k);
        }
    }
    if subjects.is_empty() {
        return people;
    }
    // A form written anywhere before a role noun (`Aston Villa boss Unai Emery`) or `vs`
    // names a team or body, whose short form (`Villa face …`) is no surname.
    let bodies: std::collections::HashSet<&str> = cands
        .iter()
        .filter(|c| {
            let after = text.get(c.span.end as usize..).unwrap_or("");
            let next = after
                .strip_prefix(' ')
                .and_then(|r| r.split(|ch: char| !ch.is_alphabetic()).next())
                .unwrap_or("");
            matches!(next, "vs" | "v") || lexicon::is_role_noun(next)
        })
        .map(|c| c.form.as_ref())
        .collect();
    for i in 0..cands.len() {
        let Some(c) = cands.get(i).filter(|c| {
            !assigned[i] && (2..=4).contains(&c.words.len()) && !bodies.contains(c.form.as_ref())
        }) else {
            continue;
        };
        let Some(later) = subjects.get(c.surname_key.as_str()) else {
            continue;
        };
        if !later.iter().any(|&k| k > i && !assigned[k]) {
            continue;
        }
        let idx = match find_person(&people, c) {
            Some(p) => p,
            None => {
                people.push(PersonInfo {
                    first: c.words.first().map(|w| w.to_string()),
                    surname_key: c.surname_key.clone(),
                    first_key: c.first_key.clone(),
                    ..PersonInfo::default()
                });
                people.len() - 1
            }
        };
        absorb(&mut people[idx], c);
        assigned[i] = true;
        for &k in later.iter().filter(|&&k| k > i) {
            if let Some(d) = cands.get(k)
                && !assigned[k]
                && find_person(&people, d) == Some(idx)
            {
                absorb(&mut people[idx], d);
                assigned[k] = true;
            }
        }
    }
    people
}

/// True when the name from `start` to `end` is its clause's subject (a lower-case word after
/// it, no preposition before it) and a personal pronoun (`he`, `she`, `his`, `her`) follows
/// later in the same sentence: places and bodies are taken up by `it`.
fn subject_taken_up_by_pronoun(text: &str, start: usize, end: usize) -> bool {
    if !lone_subject(text, Span::new(start, end)) && !fronted_topic(text, start, end) {
        return false;
    }
    let rest = text.get(end..).unwrap_or("");
    let mut cut = rest.len().min(240);
    while !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    let rest = rest.get(..cut).unwrap_or("");
    let sentence = rest
        .find(['.', '!', '?', '\n', '“', '"', ';'])
        .map_or(rest, |i| rest.get(..i).unwrap_or(rest));
    sentence.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
        matches!(
            w,
            "he" | "she" | "his" | "her" | "him" | "himself" | "herself"
        )
    })
}

/// `For Che Rohani Che Mat, the sound of water … was one she had heard before`: a feature's
/// opening topic, `For` and the name and a comma at the start of a sentence.
fn fronted_topic(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).unwrap_or("");
    let Some(head) = before.strip_suffix("For ") else {
        return false;
    };
    let head = head.trim_end_matches(' ');
    (head.is_empty() || head.ends_with(['\n', '.', '!', '?', ':', '—', '–', '-']))
        && text.get(end..).is_some_and(|r| r.starts_with(", "))
}

/// True when the one-word name at `span` is a clause's subject: a lower-case word (its verb)
/// right after it, and no preposition right before it (`flew to Ranchi on`).
fn lone_subject(text: &str, span: Span) -> bool {
    let after = text.get(span.end as usize..).unwrap_or("");
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let word = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    let before = text.get(..span.start as usize).unwrap_or("");
    let prev = before.split_whitespace().next_back().unwrap_or("");
    word.len() >= 2
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !matches!(
            word,
            "and"
                | "or"
                | "of"
                | "in"
                | "on"
                | "at"
                | "to"
                | "for"
                | "the"
                | "a"
                | "an"
                | "from"
                | "with"
                | "by"
                | "as"
                | "but"
                | "nor"
                | "than"
                | "that"
                | "which"
                | "where"
        )
        && !matches!(
            prev,
            "in" | "at"
                | "to"
                | "from"
                | "of"
                | "near"
                | "by"
                | "with"
                | "for"
                | "into"
                | "on"
                | "the"
                | "a"
                | "an"
        )
}

/// A first-name-only mention ("Volodymyr") of a known person.
fn first_matches(p: &PersonInfo, c: &Candidate<'_>) -> bool {
    c.words.len() == 1 && p.first_key.as_deref() == Some(c.surname_key.as_str())
}

/// A one-word mention of an inner word of a long name: "Lula" for Luiz Inácio Lula da Silva,
/// "García" for María José García Pérez (Spanish names lead with the first of two surnames).
fn middle_matches(p: &PersonInfo, c: &Candidate<'_>) -> bool {
    c.words.len() == 1 && p.middle_keys.contains(&c.surname_key)
}

/// [`name_key`] of the capitalised words of `form` other than its first and last capitalised
/// ones, when it has three or more: the words a one-word mention may match in
/// [`middle_matches`].
fn inner_keys(form: &str) -> Vec<String> {
    // Most forms are one or two words: no inner word to try, and nothing to allocate.
    if form.bytes().filter(|&b| b == b' ').count() < 2 {
        return Vec::new();
    }
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let n = form.split(' ').filter(capitalised).count();
    if n < 3 {
        return Vec::new();
    }
    form.split(' ')
        .filter(capitalised)
        .skip(1)
        .take(n - 2)
        .map(name_key)
        .collect()
}

/// A mention that is the end of a known full name: "del Pozo Cruz" (written "Pozo Cruz" once the
/// particle opens the sentence) for Borja del Pozo Cruz — a compound surname, not a first name
/// and a surname.
fn tail_matches(p: &PersonInfo, c: &Candidate<'_>) -> bool {
    if c.words.len() < 2 {
        return false;
    }
    let tail = &c.form;
    p.forms
        .iter()
        .any(|(form, _)| form.len() > tail.len() + 1 && form.ends_with(&**tail))
}

/// A mention whose full name ends with a known compound surname: `Helena Vasconcelos Prado`
/// after `Vasconcelos Prado said` (the surname written first, alone).
fn ends_with_form(p: &PersonInfo, c: &Candidate<'_>) -> bool {
    c.words.len() >= 3
        && p.forms.iter().any(|(f, _)| {
            f.contains(' ')
                && c.form.len() > f.len() + 1
                && c.form
                    .strip_suffix(f.as_str())
                    .is_some_and(|h| h.ends_with(' '))
        })
}

/// A full name and its first words, two at least: "Azman Shah" for Azman Shah Ibrahim, "Nik
/// Rosli" for Nik Rosli Nik Daud, "Malik Zaheer" for Malik Zaheer Abbas Khokhar — the given
/// names in copy that names people without a family name, in either order of mention.
fn prefix_matches(p: &PersonInfo, c: &Candidate<'_>) -> bool {
    c.words.len() >= 2
        && p.forms.iter().any(|(f, _)| {
            let (short, long) = if f.len() < c.form.len() {
                (f.as_str(), &*c.form)
            } else {
                (&*c.form, f.as_str())
            };
            short.contains(' ') && starts_with_words(long, short)
        })
}

/// Whether `long` is `short` and more words: `Azman Shah Ibrahim` starts with `Azman Shah`.
fn starts_with_words(long: &str, short: &str) -> bool {
    long.strip_prefix(short)
        .is_some_and(|rest| rest.starts_with(' ') && rest.len() > 1)
}

fn find_person(people: &[PersonInfo], c: &Candidate<'_>) -> Option<usize> {
    c.words.last()?;
    // Every way to match below finds one of the person's keys (surname, first name, an inner
    // word) equal to the candidate's surname key or, for surnames, sharing its first byte: a
    // person with no key starting with that byte is passed over before any comparison.
    let lead = c.surname_key.as_bytes().first();
    let may_match = |p: &PersonInfo| {
        p.surname_key.as_bytes().first() == lead
            || p.first_key
                .as_ref()
                .is_some_and(|k| k.as_bytes().first() == lead)
            || p.middle_keys.iter().any(|k| k.as_bytes().first() == lead)
            || c.words.len() >= 3 && p.first_key.is_some() && p.first_key == c.first_key
    };
    // Prefer the person mentioned most recently before this candidate.
    let mut best: Option<(usize, u32)> = None;
    for (i, p) in people.iter().enumerate() {
        if !may_match(p) {
            continue;
        }
        let surname_ok = same_surname_keys(&p.surname_key, &c.surname_key);
        let first_ok = match (&c.first_key, &p.first_key) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        if surname_ok && first_ok
            || first_matches(p, c)
            || middle_matches(p, c)
            || surname_ok && (tail_matches(p, c) || ends_with_form(p, c))
            || first_ok && prefix_matches(p, c)
        {
            let last_before = p
                .mentions
                .iter()
                .filter(|m| m.start <= c.span.start)
                .map(|m| m.start + 1)
                .max()
                .unwrap_or(0);
            if best.is_none_or(|b| last_before > b.1) {
                best = Some((i, last_before));
            }
        }
    }
    best.map(|b| b.0)
}

fn absorb(p: &mut PersonInfo, c: &Candidate<'_>) {
    p.add_form(&c.form);
    if c.words.len() >= 2 && p.first.is_none() && c.first_key.is_some() {
        p.first = c.words.first().map(|w| w.to_string());
        p.first_key = c.first_key.clone();
    }
    if let Some(t) = &c.titled {
        push_unique(&mut p.aliases, t);
    }
    if let Some(r) = &c.role {
        push_unique(&mut p.roles, r);
    }
    for n in &c.role_nouns {
        push_unique(&mut p.role_nouns, n);
    }
    if let Some(n) = c.nation
        && !p.nations.contains(&n)
    {
        p.nations.push(n);
    }
    if let Some(a) = c.age {
        p.ages.push(a);
    }
    p.former |= c.former;
    p.body_cue |= c.body_cue;
    p.mentions.push(c.span);
}

/// Role nouns a description can use, longest first.
const DESCRIPTION_NOUNS: &[&str] = &[
    "secretary of state",
    "prime minister",
    "foreign minister",
    "defense minister",
    "defence minister",
    "supreme leader",
    "president",
    "leader",
    "chief",
    "chancellor",
    "premier",
    "minister",
    "envoy",
    "aide",
    "senator",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "head",
    "king",
    "queen",
    "lawmaker",
    "governor",
    "ambassador",
    "captain",
    "manager",
    "coach",
    "judge",
    "mayor",
    "chairman",
    "chairwoman",
    "chief executive",
    "executive",
    "author",
    "lead author",
    "senior author",
    "striker",
    "goalkeeper",
    "prosecutor",
    "lawyer",
    "barrister",
    "top diplomat",
    "diplomat",
    "boss",
    "deputy",
    "congressman",
    "congresswoman",
    "justice",
    "rapporteur",
    "coordinator",
    "economist",
    "analyst",
    "midfielder",
    "defender",
    "forward",
    "winger",
    "commissioner",
    "director",
    "founder",
];

/// The head of a description that fits any person ("the Spaniard": only the nation counts).
const ANY_PERSON: &str = "person";

/// Description nouns that name a role under another word: "the top diplomat" is the foreign
/// minister, the secretary of state or an ambassador; "the boss" is a manager, coach, head or
/// chief.
fn same_role(description: &str, role: &str) -> bool {
    let heads: &[&str] = match description {
        "diplomat" | "top diplomat" => &[
            "foreign minister",
            "secretary of state",
            "foreign secretary",
            "ambassador",
            "envoy",
        ],
        "boss" => &[
            "manager",
            "head coach",
            "coach",
            "chief executive",
            "head",
            "chief",
        ],
        _ => return false,
    };
    heads.iter().any(|h| role == *h || ends_with_word(role, h))
}

/// True when, in the text just before `at` (the paragraph before and this one), an
/// indefinite description with the same head introduces someone (`A Western diplomat familiar
/// with the talks told …`, `one official said`): `the diplomat` is that person.
pub(crate) fn introduced_unnamed(text: &str, at: usize, head: &str) -> bool {
    let mut from = at.saturating_sub(700);
    while from < at && !text.is_char_boundary(from) {
        from += 1;
    }
    let Some(before) = text.get(from..at) else {
        return false;
    };
    let head = head.to_lowercase();
    // A word equal to `head` (ASCII case aside) is `head`'s bytes somewhere in `before`: most
    // texts have none, and finding that needs no word splitting.
    if !contains_ignore_ascii_case(before, &head) {
        return false;
    }
    // Whether each of the last three words (the one just before first) is "a", "an" or "one".
    let mut indefinite_back = [false; 3];
    for w in before.split_whitespace() {
        if indefinite_back.contains(&true)
            && w.trim_end_matches([',', '.', ';', ':'])
                .eq_ignore_ascii_case(&head)
        {
            return true;
        }
        indefinite_back = [
            matches!(w, "a" | "A" | "an" | "An" | "one" | "One"),
            indefinite_back[0],
            indefinite_back[1],
        ];
    }
    false
}

/// True when `needle` occurs in `hay` with ASCII letters compared without case (other bytes
/// exactly), as [`str::eq_ignore_ascii_case`] compares.
fn contains_ignore_ascii_case(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else {
        return true;
    };
    memchr::memchr2_iter(first.to_ascii_lowercase(), first.to_ascii_uppercase(), h).any(|i| {
        h.get(i..i + n.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(n))
    })
}

/// Resolves definite descriptions ("the Russian leader", "the 79-year-old") to the one person
/// they fit and records them as mentions and aliases.
fn describe(text: &str, sentences: &[Span], toks: &[Tok<'_>], people: &mut [PersonInfo]) {
    for (i, t) in toks.iter().enumerate() {
        // "the Russian leader", and "Egypt's foreign minister": a nation's possessive opens a
        // description as "the" does, with its nation.
        let possessive_nation = (t.possessive || t.text.ends_with("’s") || t.text.ends_with("'s"))
            .then(|| lexicon::nation_of(t.text))
            .flatten();
        if !t.text.eq_ignore_ascii_case("the") && possessive_nation.is_none() {
            continue;
        }
        let mut k = i + 1;
        let mut former = false;
        let mut nation = possessive_nation;
        let mut age = None;
        let mut noun = None;
        let mut end = t.end;
        // A modifier the fit does not check (`the Conservative leader`) was skipped.
        let mut modified = false;
        let mut modifiers: Vec<String> = Vec::new();
        for _ in 0..4 {
            let Some(w) = toks.get(k) else { break };
            let lower = lowered(w.text);
            if let Some(n) = lower
                .strip_suffix("-year-old")
                .and_then(|n| n.parse::<u32>().ok())
            {
                age = Some(n);
                end = w.end;
                k += 1;
                break;
            }
            if lower == "former" || lower == "ex" {
                former = true;
                k += 1;
                continue;
            }
            // "the Spaniard": a demonym noun is the head itself, a person of that nation.
            if lexicon::DEMONYM_NOUNS.contains(&lower.as_ref()) {
                nation = lexicon::nation_of(w.text);
                noun = Some(ANY_PERSON);
                end = w.end;
                k += 1;
                break;
            }
            if let Some(n) = lexicon::nation_of(w.text) {
                nation = Some(n);
                k += 1;
                continue;
            }
            // Longest role noun starting here.
            let found = description_nouns_from(w.text).find(|(parts, _)| {
                parts.iter().enumerate().all(|(o, part)| {
                    toks.get(k + o)
                        .is_some_and(|x| x.text.eq_ignore_ascii_case(part))
                })
            });
            if let Some((parts, d)) = found {
                let n = parts.len();
                end = toks.get(k + n - 1).map_or(end, |x| x.end);
                noun = Some(*d);
                k += n;
                break;
            }
            // A modifier before the role noun: a team or body ("the Brentmoor captain") or an
            // adjective ("the Russian presidential spokesman"); the noun must still follow.
            let joined_next = toks
                .get(k + 1)
                .is_some_and(|x| text.get(w.end..x.start) == Some(" "));
            // A conjunction or preposition ends the phrase: `The trouble started when Leader
            // of the Opposition …` describes nobody.
            let clause_word = matches!(
                lower.as_ref(),
                "when"
                    | "while"
                    | "as"
                    | "after"
                    | "before"
                    | "that"
                    | "which"
                    | "who"
                    | "and"
                    | "or"
                    | "but"
                    | "if"
                    | "because"
                    | "since"
                    | "until"
                    | "of"
                    | "in"
                    | "on"
                    | "at"
                    | "to"
                    | "for"
                    | "with"
                    | "by"
                    | "from"
                    | "was"
                    | "is"
                    | "were"
            );
            if joined_next && !w.possessive && lower != "the" && !clause_word {
                modified = true;
                modifiers.push(lower.into_owned());
                k += 1;
                continue;
            }
            break;
        }
        if noun.is_none() && age.is_none() {
            continue;
        }
        // `A Western diplomat … told …. “…,” the diplomat said`: someone unnamed.
        if let Some(head) = toks.get(k.saturating_sub(1))
            && noun.is_some()
            && introduced_unnamed(text, t.start, head.text)
        {
            continue;
        }
        // "the U.S. President Donald Trump" is a title, not a description; but after an age,
        // capitalised words before a role noun modify it (`the 61-year-old Jharkhand Lok
        // Morcha (JLM) leader`).
        if let Some(next) = toks.get(k)
            && next.cap
            && text.get(end..next.start) == Some(" ")
            && !(age.is_some() && noun.is_none() && capitalised_modifiers_then_role(toks, k))
        {
            continue;
        }
        // `The leader of the main opposition party, Ms Haruka Nishimoto, called …`: the
        // description introduces the name in the appositive after it, not someone known.
        if appositive_names_someone(text, end, people) {
            continue;
        }
        let known_ages: Vec<u32> = people.iter().flat_map(|p| p.ages.iter().copied()).collect();
        // Strictly (every stated nation must be the person's), then, when nobody fits, letting
        // a person whose nation the text never stated fit a nation word ("the Kremlin aide" for
        // "presidential aide Yury Ushakov").
        let fitting = |loose: bool| -> Vec<usize> {
            people
                .iter()
                .enumerate()
                .filter(|(_, p)| {
                    let nation_ok = nation
                        .is_none_or(|n| p.nations.contains(&n) || loose && p.nations.is_empty());
                    // An age nobody has been given may describe the one person without a stated
                    // age ("Furious boss Gary Doyle … The 54-year-old fumed").
                    let age_ok = age.is_none_or(|a| {
                        p.ages.contains(&a) || p.ages.is_empty() && !known_ages.contains(&a)
                    });
                    let former_ok = !former || p.former;
                    let noun_ok = noun.is_none_or(|d| {
                        d == ANY_PERSON
                            || p.role_nouns.iter().any(|r| {
                                r == d
                                    || ends_with_word(r, d)
                                    // `leader of the opposition` is a leader.
                                    || r.strip_prefix(d).is_some_and(|t| t.starts_with(" of "))
                                    || same_role(d, r)
                                    || lexicon::LEADER_ROLES.contains(&d)
                                        && lexicon::LEADER_ROLES
                                            .iter()
                                            .any(|l| r == l || ends_with_word(r, l))
                                        && (d == "leader" || d == "chief" || d == "head")
                            })
                    });
                    nation_ok && age_ok && former_ok && noun_ok
                })
                .map(|(i, _)| i)
                .collect()
        };
        let mut fits = fitting(false);
        if fits.is_empty() && nation.is_some() {
            fits = fitting(true);
        }
        // Several fit (`the spokesperson` in a story quoting two): the one in the closest
        // earlier sentence (at most two back) naming any of them, and in it the one named first (its subject),
        // as a reader takes it.
        // `the opposition leader` when two leaders fit: the one whose role has the modifier.
        if fits.len() > 1 && modified {
            let with_modifier: Vec<usize> = fits
                .iter()
                .copied()
                .filter(|&x| {
                    people.get(x).is_some_and(|p| {
                        p.role_nouns
                            .iter()
                            .any(|r| modifiers.iter().all(|m| r.split(' ').any(|w| w == m)))
                    })
                })
                .collect();
            if with_modifier.len() == 1 {
                fits = with_modifier;
            }
        }
        if fits.len() > 1 && !modified {
            let sentence_of = |at: u32| sentences.partition_point(|s| s.end <= at);
            let here = sentence_of(t.start as u32);
            let key = |x: &usize| {
                let p = people.get(*x)?;
                let last = p
                    .mentions
                    .iter()
                    .filter(|m| (m.end as usize) <= t.start)
                    .map(|m| sentence_of(m.start))
                    .filter(|&i| i <= here)
                    .max()
                    // Only someone named in this sentence or the two before: further back,
                    // the person in focus is a better guess (left to the quote step).
                    .filter(|&i| i + 2 >= here)?;
                let first_in_it = p
                    .mentions
                    .iter()
                    .filter(|m| sentence_of(m.start) == last)
                    .map(|m| m.start)
                    .min()?;
                Some((last, std::cmp::Reverse(first_in_it)))
            };
            if let Some(best) = fits.iter().copied().max_by_key(key)
                && key(&best).is_some()
            {
                fits = vec![best];
            }
        }
        // `…, says Datuk Seri Azman Shah Ibrahim. The Prime Minister, who visited …`: a role
        // nobody was given, right after a sentence naming one person whose role the text has
        // not stated, is that person's.
        let mut learned = false;
        // Not with a modifier the fit cannot check (`the Villa boss`, then `the City boss`).
        if fits.is_empty()
            && !modified
            && let Some(d) = noun.filter(|d| *d != ANY_PERSON && age.is_none() && !former)
        {
            let sentence_of = |at: u32| sentences.partition_point(|s| s.end <= at);
            let here = sentence_of(t.start as u32);
            let named_before: Vec<usize> = people
                .iter()
                .enumerate()
                .filter(|(_, p)| {
                    p.mentions
                        .iter()
                        .any(|m| here > 0 && sentence_of(m.start) == here - 1)
                })
                .map(|(n, _)| n)
                .collect();
            if let [only] = named_before.as_slice()
                && people.get(*only).is_some_and(|p| p.role_nouns.is_empty())
                && !people.iter().any(|p| p.role_nouns.iter().any(|r| r == d))
            {
                fits = vec![*only];
                learned = true;
            }
        }
        if let [only] = fits.as_slice()
            && let Some(p) = people.get_mut(*only)
            && let Some(words) = text.get(t.start..end)
        {
            if learned && let Some(d) = noun {
                p.role_nouns.push(d.to_string());
            }
            p.mentions.push(Span::new(t.start, end));
            let lower = words.to_lowercase();
            push_unique(&mut p.aliases, &lower);
            // "Egypt's foreign minister" resolved to a person with no stated nation states it:
            // a later "the Dutch diplomat" no longer fits them loosely.
            if let Some(n) = nation
                && p.nations.is_empty()
            {
                p.nations.push(n);
            }
        }
    }
}

/// True when tokens from `k` are at most six capitalised words and then a role noun
/// (`Jharkhand Lok Morcha (JLM) leader`).
fn capitalised_modifiers_then_role(toks: &[Tok<'_>], k: usize) -> bool {
    for t in toks.iter().skip(k).take(7) {
        if !t.cap {
            return description_nouns_from(t.text).next().is_some()
                || lexicon::ROLE_NOUNS
                    .iter()
                    .any(|r| t.text.eq_ignore_ascii_case(r));
        }
        if t.possessive {
            return false;
        }
    }
    false
}

/// True when a description ending at `end` is followed, in its own clause, by a comma and a
/// known person's name (`the leader of the opposition, Ms Haruka Nishimoto,`): the name is
/// what the description stands for, so it is no mention of its own.
fn appositive_names_someone(text: &str, end: usize, people: &[PersonInfo]) -> bool {
    let Some(rest) = text.get(end..) else {
        return false;
    };
    let window = rest.get(..rest.len().min(120)).unwrap_or("");
    let Some(comma) = window.find(", ") else {
        return false;
    };
    // Only an `of …` phrase may stand between (`the leader of the Greens, X`).
    let between = window.get(..comma).unwrap_or("");
    if !(between.is_empty() || between.starts_with(" of ")) || between.contains(['.', ';', ':']) {
        return false;
    }
    let name_from = end + comma + 2;
    // An honorific or a title may open the name (`Ms Haruka Nishimoto`, `Minister Rodrigo
    // Sarmento`): the mention is the name words, after capitalised words only.
    let titled_gap = |start: usize| {
        text.get(name_from..start).is_some_and(|g| {
            g.len() <= 40
                && g.split_whitespace()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        })
    };
    people.iter().any(|p| {
        p.mentions
            .iter()
            .any(|m| m.start as usize >= name_from && titled_gap(m.start as usize))
    })
}

/// Known organisations, institutional runs and acronyms, merged by acronym.
fn organisations(text: &str, toks: &[Tok<'_>], starts: &[bool]) -> Vec<Entity> {
    let mut orgs: Vec<Entity> = Vec::new();
    let mut add = |name: &str, form: &str, span: Span| {
        let e = match orgs.iter_mut().find(|e| e.name == name) {
            Some(e) => e,
            None => {
                orgs.push(Entity {
                    kind: EntityKind::Organisation,
                    name: name.to_string(),
                    aliases: Vec::new(),
                    roles: Vec::new(),
                    mentions: Vec::new(),
                });
                let Some(e) = orgs.last_mut() else { return };
                e
            }
        };
        if form != name {
            push_unique(&mut e.aliases, form);
        }
        e.mentions.push(span);
    };
    let mut i = 0;
    while i < toks.len() {
        // Every known form, institutional run and acronym starts with a capital.
        if toks.get(i).is_some_and(|t| !t.cap) {
            i += 1;
            continue;
        }
        // Longest known form starting at this token (up to five words).
        let mut matched = None;
        // How many tokens from `i` (up to five) are joined by single spaces: every run tried
        // below must be, so the gaps are checked once here rather than again for each length.
        let mut run = 1;
        while run < 5
            && toks
                .get(i + run - 1)
                .zip(toks.get(i + run))
                .is_some_and(|(p, q)| joined(text, p, q))
        {
            run += 1;
        }
        for n in (1..=run).rev() {
            let (Some(a), Some(b)) = (toks.get(i), toks.get(i + n - 1)) else {
                continue;
            };
            let Some(form) = text.get(a.start..b.end) else {
                continue;
            };
            if let Some(canon) = lexicon::org_canonical(form) {
                matched = Some((
                    n,
                    canon.to_string(),
                    form.to_string(),
                    Span::new(a.start, b.end),
                ));
                break;
            }
            // Institutional runs: "International Criminal Court", "Ministry of Defence".
            if n >= 2
                && toks.get(i).is_some_and(|t| t.cap)
                && (i..i + n).all(|x| {
                    toks.get(x)
                        .is_some_and(|t| t.cap || PARTICLES.contains(&t.text))
                })
                && lexicon::is_org_suffix(b.text)
                && (!starts.get(i).copied().unwrap_or(false)
                    || toks.get(i).is_some_and(|t| !lexicon::not_name(t.text)))
                // "Gideon Harel of the Arava Institute": a run through "of" that starts inside
                // a name is the name and the body after it, not one body.
                && !(i > 0
                    && toks
                        .get(i - 1)
                        .zip(toks.get(i))
                        .is_some_and(|(p, q)| p.cap && joined(text, p, q))
                    && (i..i + n).any(|x| toks.get(x).is_some_and(|t| !t.cap)))
                // "the Trump White House": a known body ends the run; the words before it
                // are not part of its name (the body is matched from its own first word).
                && !(1..n).any(|k| {
                    toks.get(i + k)
                        .and_then(|t| text.get(t.start..b.end))
                        .is_some_and(|tail| lexicon::org_canonical(tail).is_some())
                })
            {
                matched = Some((
                    n,
                    form.to_string(),
                    form.to_string(),
                    Span::new(a.start, b.end),
                ));
                break;
            }
        }
        if let Some((n, canon, form, span)) = matched {
            add(&canon, &form, span);
            i += n;
            continue;
        }
        // Stand-alone acronyms: "NATO", "ICC", "OSCE".
        if let Some(t) = toks.get(i) {
            // The capitals test first: it fails at the second letter of most words, where
            // counting the letters reads the whole word.
            if t.text
                .chars()
                .all(|c| c.is_uppercase() || c == '.' || c.is_ascii_digit())
                && (2..=6).contains(&t.text.chars().filter(|c| c.is_alphabetic()).count())
                && !lexicon::NOT_ORG_ACRONYMS.contains(&t.text)
                && !shouting(toks, i)
                // "CAIRO, March 3 (Reuters)": a dateline's place in capitals.
                && lexicon::nation_of(t.text).is_none()
            {
                add(t.text, t.text, Span::new(t.start, t.end));
            }
        }
        i += 1;
    }
    merge_acronyms(&mut orgs);
    orgs
}

/// True when a neighbouring word is in capitals too (a dateline, a shouted headline).
fn shouting(toks: &[Tok<'_>], i: usize) -> bool {
    let caps = |t: &Tok<'_>| {
        t.text.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && t.text.chars().all(|c| !c.is_lowercase())
            && !is_org_name(t.text)
    };
    // "UN WARNS OF HUNGER": a function word in capitals beside it is a shouted line too.
    let caps_function_word = |t: &Tok<'_>| {
        matches!(
            t.text,
            "OF" | "IN" | "TO" | "THE" | "AND" | "ON" | "AT" | "FOR" | "A" | "IS" | "AS" | "BY"
        )
    };
    let near = |t: &Tok<'_>| caps(t) || caps_function_word(t);
    i.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(near)
        || toks.get(i + 1).is_some_and(near)
}

/// Initials of the significant words: "International Criminal Court" → "ICC".
fn initials(name: &str) -> String {
    name.split([' ', '-'])
        .filter(|w| !PARTICLES.contains(w) && !w.is_empty() && *w != "and" && *w != "for")
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

fn merge_acronyms(orgs: &mut Vec<Entity>) {
    let mut i = 0;
    while i < orgs.len() {
        let Some(acro) = orgs.get(i).map(|e| e.name.replace('.', "")) else {
            break;
        };
        let is_acro = acro.len() >= 2 && acro.chars().all(|c| c.is_uppercase());
        let target = is_acro
            .then(|| {
                orgs.iter()
                    .position(|e| e.name.contains(' ') && initials(&e.name) == acro)
            })
            .flatten();
        if let Some(t) = target
            && t != i
        {
            let e = orgs.remove(i);
            let t = if t > i { t - 1 } else { t };
            if let Some(long) = orgs.get_mut(t) {
                push_unique(&mut long.aliases, &e.name);
                for a in e.aliases {
                    push_unique(&mut long.aliases, &a);
                }
                long.mentions.extend(e.mentions);
                long.mentions.sort();
            }
            continue;
        }
        i += 1;
    }
}

/// Makes canonical person names consistent across a corpus: every spelling group of one
/// person (same surname under [`same_surname`], compatible first name) takes the spelling the
/// most articles use (ties: the earliest article); other spellings become aliases. A surname-only
/// entity joins the one full name that fits it corpus-wide. Quote speakers and event people
/// are renamed to match.
pub fn unify_across(articles: &mut [Article]) {
    // Collect distinct person names with the number of articles using each.
    let mut names: Vec<(String, usize, usize)> = Vec::new(); // (name, articles, first article)
    for (ai, a) in articles.iter().enumerate() {
        for p in &a.people {
            match names.iter_mut().find(|n| n.0 == p.name) {
                Some(n) => n.1 += 1,
                None => names.push((p.name.clone(), 1, ai)),
            }
        }
    }
    // "Mr. Trump" is the surname form of a name: titles do not count as first names.
    let bare = |n: &str| -> Vec<String> {
        let w: Vec<&str> = n.split(' ').collect();
        let skip = w
            .iter()
            .take_while(|x| lexicon::is_title(x) && w.len() > 1)
            .count();
        w[skip.min(w.len().saturating_sub(1))..]
            .iter()
            .map(|x| x.to_string())
            .collect()
    };
    let compatible = |a: &str, b: &str| {
        let wa = bare(a);
        let wb = bare(b);
        let (Some(sa), Some(sb)) = (wa.last(), wb.last()) else {
            return false;
        };
        same_surname(sa, sb)
            && (wa.len() < 2 || wb.len() < 2 || name_key(&wa[0]) == name_key(&wb[0]))
    };
    // Pick a representative per group: full names before surname-only, then most articles.
    let mut rename: HashMap<String, String> = HashMap::new();
    for (name, _, _) in &names {
        let group: Vec<&(String, usize, usize)> =
            names.iter().filter(|n| compatible(&n.0, name)).collect();
        let full: Vec<&&(String, usize, usize)> =
            group.iter().filter(|n| bare(&n.0).len() > 1).collect();
        // A surname-only name joins a full name only when exactly one person fits.
        let distinct_full = {
            let mut firsts: Vec<String> = full
                .iter()
                .filter_map(|n| bare(&n.0).first().map(|f| name_key(f)))
                .collect();
            firsts.sort();
            firsts.dedup();
            firsts.len()
        };
        if bare(name).len() < 2 && distinct_full > 1 {
            continue;
        }
        let pool: Vec<&(String, usize, usize)> = if full.is_empty() {
            group.clone()
        } else {
            full.iter()
                .map(|n| **n)
                .filter(|n| compatible(&n.0, name))
                .collect()
        };
        let best = pool.iter().max_by(|a, b| {
            a.1.cmp(&b.1)
                .then(b.2.cmp(&a.2))
                .then(a.0.len().cmp(&b.0.len()))
        });
        if let Some(b) = best
            && b.0 != *name
        {
            rename.insert(name.clone(), b.0.clone());
        }
    }
    if rename.is_empty() {
        return;
    }
    for a in articles.iter_mut() {
        let mut people: Vec<Entity> = Vec::new();
        for mut p in std::mem::take(&mut a.people) {
            if let Some(new) = rename.get(&p.name) {
                let old = std::mem::replace(&mut p.name, new.clone());
                push_unique(&mut p.aliases, &old);
                p.aliases.retain(|x| x != new);
            }
            // Two entities of one article may now share a name: merge them.
            match people.iter_mut().find(|e| e.name == p.name) {
                Some(e) => {
                    for al in p.aliases {
                        push_unique(&mut e.aliases, &al);
                    }
                    for r in p.roles {
                        push_unique(&mut e.roles, &r);
                    }
                    e.mentions.extend(p.mentions);
                    e.mentions.sort();
                    e.mentions.dedup();
                }
                None => people.push(p),
            }
        }
        a.people = people;
        for q in &mut a.quotes {
            if let Some(s) = &q.speaker
                && let Some(new) = rename.get(s)
            {
                q.speaker = Some(new.clone());
            }
        }
        for e in &mut a.events {
            for p in &mut e.people {
                if let Some(new) = rename.get(p) {
                    *p = new.clone();
                }
            }
        }
    }
}

#[cfg(test)]
mod token_tests {
    use super::*;
    use proptest::prelude::*;

    fn spans(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut i = 0;
        while let Some((a, b)) = next_token(text, i) {
            out.push((a, b));
            i = b.max(a + 1);
        }
        out
    }

    fn reference(text: &str) -> Vec<(usize, usize)> {
        Regex::new(TOKEN_PATTERN)
            .map(|re| re.find_iter(text).map(|m| (m.start(), m.end())).collect())
            .unwrap_or_default()
    }

    #[test]
    fn general_punctuation_has_no_word_characters() {
        let class = Regex::new(r"^[\p{L}\p{M}\p{N}]").ok();
        for c in ('\u{1F00}'..='\u{20FF}').chain(['é', 'a', '’']) {
            let s = c.to_string();
            let want = class.as_ref().is_some_and(|re| re.is_match(&s));
            assert_eq!(wide_word_char_at(&s, 0).is_some(), want, "{c:?}");
        }
    }

    #[test]
    fn tokens_match_the_pattern() {
        for text in [
            "",
            "U.S. President Donald Trump's talks with Mr. Putin, Mrs. May and Dr.Rao.",
            "U.S.A. A.B.c U.S Sen. Gen.X St.Louis Strand. Prof Jr. Sr",
            "Zelenskyy’s co-chair rock'n'roll -x- x'' x’ ’y 3.5 1,000 É.Ü. Ǆ.Ǳ. ǅ.ǅ.",
            "日本語 テキスト שָׁלוֹם e\u{301}te Ⓐ.Ⓑ. ⅫⅫ ² ½ 🇺🇸 a\u{200d}b",
        ] {
            assert_eq!(spans(text), reference(text), "{text:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn random_tokens_match_the_pattern(
            text in proptest::collection::vec(prop_oneof![
                Just("a"), Just("Z"), Just("É"), Just("é"), Just("ǅ"), Just("Ⓐ"), Just("7"),
                Just("²"), Just("Ⅻ"), Just("\u{301}"), Just("日"), Just("ש"), Just("."),
                Just("-"), Just("'"), Just("’"), Just("‘"), Just(" "), Just(","), Just("“"),
                Just("Mr"), Just("Mrs"), Just("St"), Just("Prof"), Just("U."), Just("😀"),
            ], 0..30).prop_map(|v| v.concat())
        ) {
            prop_assert_eq!(spans(&text), reference(&text), "{:?}", text);
        }
    }
}

#[cfg(test)]
mod outlet_possessive_tests {
    use super::*;

    #[test]
    fn public_figures_named_by_surname_get_their_full_name() {
        let text = "Trump said the talks went well. Zelenskiy said he was ready. Mayor Okafor said little.";
        let found = extract(text, &[Span::new(0, text.len())]);
        let people: Vec<&str> = found.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(people, ["Donald Trump", "Volodymyr Zelenskiy", "Okafor"]);
    }

    #[test]
    fn a_known_body_at_the_end_of_a_run_stands_alone() {
        let text =
            "President Donald Trump spoke. Critics of the Trump White House said Trump was wrong.";
        let found = extract(text, &[Span::new(0, text.len())]);
        let orgs: Vec<&str> = found
            .organisations
            .iter()
            .map(|o| o.name.as_str())
            .collect();
        assert!(!orgs.contains(&"Trump White House"), "{orgs:?}");
        assert!(orgs.contains(&"White House"), "{orgs:?}");
        let people: Vec<&str> = found.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(people, ["Donald Trump"]);
    }

    #[test]
    fn countries_datelines_and_shouted_words_are_not_entities() {
        let text = "CAIRO, March 3 (Reuters) - Egypt said on Monday it would not accept the plan. UN WARNS OF HUNGER. Egyptian officials told Reuters that Egypt was in contact with NATO.";
        let found = extract(text, &[Span::new(0, text.len())]);
        let people: Vec<&str> = found.people.iter().map(|p| p.name.as_str()).collect();
        let orgs: Vec<&str> = found
            .organisations
            .iter()
            .map(|o| o.name.as_str())
            .collect();
        assert!(people.is_empty(), "{people:?}");
        for not in ["CAIRO", "WARNS", "HUNGER"] {
            assert!(!orgs.contains(&not), "{not} in {orgs:?}");
        }
        assert!(orgs.contains(&"NATO"), "{orgs:?}");
    }

    #[test]
    fn a_two_word_outlet_before_a_name_is_an_organisation_and_a_cue() {
        let text = "Trump later told Fox News’ Sean Hannity that he would pause.";
        let found = extract(text, &[Span::new(0, text.len())]);
        let people: Vec<&str> = found.people.iter().map(|p| p.name.as_str()).collect();
        let orgs: Vec<&str> = found
            .organisations
            .iter()
            .map(|o| o.name.as_str())
            .collect();
        assert!(people.contains(&"Sean Hannity"), "{people:?}");
        assert!(!people.iter().any(|p| p.contains("Fox")), "{people:?}");
        assert!(orgs.contains(&"Fox News"), "{orgs:?}");
    }
}

#[cfg(test)]
mod introduction_tests {
    use super::*;

    /// The names of the people found in `text`, read as one sentence.
    fn names(text: &str) -> Vec<String> {
        extract(text, &[Span::new(0, text.len())])
            .people
            .into_iter()
            .map(|p| p.name)
            .collect()
    }

    /// (sentence, person it introduces, the role the text gives). Each fails without its rule:
    /// a descriptor ending in a title, an occupation before the name, a party tag, an
    /// appositive before the verb, a common given name.
    #[test]
    fn people_introduced_without_a_listed_title_or_an_adjacent_verb() {
        let cases = [
            (
                "Senate Majority Leader Tom Reyes spoke first.",
                "Tom Reyes",
                Some("Senate Majority Leader"),
            ),
            (
                "House Speaker Anne Wallace praised the deal.",
                "Anne Wallace",
                Some("House Speaker"),
            ),
            (
                "State Sen. Rebecca Tall voted no.",
                "Rebecca Tall",
                Some("State Sen."),
            ),
            (
                "Builder Gary Pearson, 41, heard screams.",
                "Gary Pearson",
                Some("Builder"),
            ),
            (
                "The vote passed after Reyes Tomlin, D-Ill., called it fair.",
                "Reyes Tomlin",
                None,
            ),
            (
                "Moore Hatfield, a Democrat who represents the county, said it was fair.",
                "Moore Hatfield",
                None,
            ),
            (
                "Rebecca Moore visited the hospital on Monday.",
                "Rebecca Moore",
                None,
            ),
            (
                "Okafor, the league's chief executive, insisted the rules were fair.",
                "Okafor",
                None,
            ),
        ];
        for (text, name, role) in cases {
            let found = extract(text, &[Span::new(0, text.len())]);
            let p = found.people.iter().find(|p| p.name == name);
            assert!(p.is_some(), "{text}: {:?}", found.people);
            if let (Some(p), Some(role)) = (p, role) {
                assert!(p.roles.iter().any(|r| r == role), "{text}: {:?}", p.roles);
            }
        }
    }

    #[test]
    fn places_companies_and_departments_are_not_people() {
        for text in [
            "The layoffs hit its plants in Oregon and Malaysia, a company spokesperson told Reuters, adding that pay would follow.",
            "Veltrix Corp said on Tuesday it would cut jobs.",
            "A spokesperson for the Department for Levelling Up said councils had more money.",
            "Asked about the weather, the Spaniard said it would hold.",
            "The coach says Northfield Albion will not change their style.",
            "Tickets for the Western Counties League final sold out.",
            "Prosecutors said the driver had been fixated on her.",
        ] {
            let found = extract(text, &[Span::new(0, text.len())]);
            assert!(found.people.is_empty(), "{text}: {:?}", found.people);
        }
    }

    #[test]
    fn groups_bodies_parties_and_outlets_are_not_people() {
        let text = "Seven passengers died when the train left the rails. Passengers described the panic in the dark.";
        let found = extract(text, &[Span::new(0, 52), Span::new(53, text.len())]);
        assert!(found.people.is_empty(), "{text}: {:?}", found.people);
        for text in [
            "The farm lobby Agrivalle said in a statement that the deal was a betrayal.",
            "The campaign group Save Lake Orla said the fine was too small.",
            "The opposition Conservatives accused the minister of hiding the cost.",
            "Records obtained by ProPublica show that inspections were missed.",
            "The Ohio Republican, who was first elected in 2016, added that he would vote no.",
            "Norvale Water said it would appeal the fine.",
        ] {
            let found = extract(text, &[Span::new(0, text.len())]);
            assert!(found.people.is_empty(), "{text}: {:?}", found.people);
        }
    }

    #[test]
    fn titles_portfolios_and_new_cues() {
        // A portfolio word ending a minister's title is not the first name.
        let found = names(
            "At the meeting, the Minister of Environment, Water and Agriculture Fahad Al-Rashidi said the plan was ready.",
        );
        assert!(
            found.contains(&"Fahad Al-Rashidi".to_string())
                && !found.iter().any(|n| n.contains("Agriculture")),
            "{found:?}"
        );
        assert_eq!(
            names(
                "First Deputy Chairman of the Committee on Defense Oleg Lavrin told TASS it was a bill."
            ),
            vec!["Oleg Lavrin".to_string()]
        );
        // A bare title stands for the one person holding it.
        let text = "Sheriff says deputies were caught in the middle\n\nMarion County Sheriff Dale Whitacre said the law was unclear.";
        let found = extract(text, &[Span::new(0, 48), Span::new(50, text.len())]);
        assert_eq!(found.people.len(), 1, "{:?}", found.people);
        assert!(found.people.iter().all(|p| p.mentions.len() >= 2));
        // Cues: an age in an appositive, a name after a speech verb and a description, a
        // name with its body before a speech verb, a bare role opening an appositive.
        for (text, want) in [
            (
                "Ines Carvalho, a 47-year-old fish seller, was at the market.",
                "Ines Carvalho",
            ),
            (
                "“It spread fast,” says senior MDA paramedic Yonit Barak.",
                "Yonit Barak",
            ),
            (
                "Samira Haddad of the Tel Aviv Initiative, a charity, says the numbers rose.",
                "Samira Haddad",
            ),
            (
                "“We were misled,” Kenji Morikawa, secretary general of the party, said.",
                "Kenji Morikawa",
            ),
        ] {
            assert_eq!(names(text), vec![want.to_string()], "{text}");
        }
    }

    #[test]
    fn bodies_places_and_offices_are_not_people() {
        for (text, want) in [
            // A one-word name used as a body's: `said its`, a role it modifies, `which`.
            (
                "Brightwing said its own flights were unaffected. Brightwing spokesman Tomas Verhoek said crews were ready.",
                vec!["Tomas Verhoek"],
            ),
            (
                "Kelvara, which makes the software, said it was working with police.",
                vec![],
            ),
            // A company, a miner, an airport.
            (
                "Hollins Gold said the shaft was safe. Ostend Airport said flights resumed.",
                vec![],
            ),
            // The office after a title and `of`, and a portfolio inside a run.
            (
                "The inquiry was ordered by Minister of Water and Forest Resources Nomsa Khumalo, who visited the site.",
                vec!["Nomsa Khumalo"],
            ),
            (
                "President of the European Commission Ingrid Vallo said the talks would resume.",
                vec!["Ingrid Vallo"],
            ),
            // A place after `in`, an Irish county, a country.
            (
                "The agency in Arnhem said it was in contact. Aoife Byrne, 41, from Ballina, Co Sligo, said it was chaos.",
                vec!["Aoife Byrne"],
            ),
            ("S. Korea vows to keep up 'shuttle diplomacy'", vec![]),
            // A club, a tabloid's shouted word, a group, a mixed-case acronym.
            ("Lakeview City said the ruling was wrong.", vec![]),
            ("Lakeview City BANNED from Europe as owner fumes", vec![]),
            ("Lakeside Residents said the plan was rushed.", vec![]),
            ("Uefa said the panel had ruled.", vec![]),
            // A Romance-language body, and a company's short name.
            (
                "Observatório da Floresta Pública said the data were clear.",
                vec![],
            ),
            (
                "Shares of Verdana Agro SA fell. Verdana Agro said in a filing that it would appeal.",
                vec![],
            ),
        ] {
            assert_eq!(names(text), want, "{text}");
        }
    }

    #[test]
    fn particles_honorifics_relatives_and_stacked_appositives() {
        let people = |text: &str| extract(text, &[Span::new(0, text.len())]).people;
        // A particle opening a sentence is part of the surname.
        let found =
            people("Spokesperson Femke de Wit declined to comment. De Wit said the work went on.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].name, "Femke de Wit");
        assert!(found[0].mentions.len() >= 2);
        // `Madam` is an honorific.
        let found =
            people("Retiree Lim Bee Hoon, 61, was on board. “It was slow,” said Madam Lim.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].aliases.iter().any(|a| a == "Madam Lim"),
            "{found:?}"
        );
        // A one-word name before `, who` is a person, and joins the full name.
        let found = people(
            "The order came from Deputy Minister Sipho Ndaba. Ndaba, who toured the site, told reporters it would reopen.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        // Two appositives before the verb.
        let found = people(
            "Akemi Sato, leader of the Green Party, the main opposition party, demanded a vote.",
        );
        assert_eq!(
            found.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
            vec!["Akemi Sato"]
        );
        // A title-case office and a comma before a full name; a bare role and its body after
        // one; a speaker's label opening a block.
        for (text, want) in [
            (
                "The Minister of Agriculture, Otávio Brandão, adopted a more cautious tone.",
                "Otávio Brandão",
            ),
            (
                "For Juliana Tapajoara Borari, coordinator of the Xingu Alliance, the vote was a relief.",
                "Juliana Tapajoara Borari",
            ),
            ("Reguera: “I am a coach, not a lawyer”", "Reguera"),
        ] {
            let found = people(text);
            assert_eq!(
                found.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
                vec![want],
                "{text}"
            );
        }
        // A full name coordinated with a known person's is a person's.
        let found =
            people("“We stay,” said Nico Valdés. All eyes are on Nico Valdés and Álvaro Requena.");
        assert_eq!(found.len(), 2, "{found:?}");
        // A compound surname written alone counts for the full name that ends with it.
        let found = people(
            "Vasconcelos Peixoto said the law was void. Minister Helena Vasconcelos Peixoto wrote the ruling. Vasconcelos Peixoto added more.",
        );
        assert_eq!(
            found.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
            vec!["Helena Vasconcelos Peixoto"]
        );
        // A description followed by the name it introduces is no mention of someone known.
        let text = "Chief Secretary Taro Ueda spoke first. The leader of the main opposition party, Ms Yumi Hara, called for an election.";
        let found = people(text);
        let ueda = found.iter().find(|p| p.name == "Taro Ueda");
        assert!(
            ueda.is_some_and(|p| p.mentions.iter().all(|m| (m.start as usize) < 40)),
            "{found:?}"
        );
    }

    #[test]
    fn descriptions_by_nation_role_synonym_and_the_newest_surname_bearer() {
        let mention_of = |text: &str, name: &str, phrase: &str| -> bool {
            let found = extract(text, &[Span::new(0, text.len())]);
            let at = text.find(phrase).unwrap_or(usize::MAX);
            found
                .people
                .iter()
                .find(|p| p.name == name)
                .is_some_and(|p| p.mentions.iter().any(|m| m.start as usize == at))
        };
        // A nation word fits a person whose nation the text never stated.
        let t = "Presidential aide Piotr Malek met them. Later the Warsaw aide said more.";
        assert!(mention_of(t, "Piotr Malek", "the Warsaw aide"), "{t}");
        // "the top diplomat" is the foreign minister.
        let t = "Canadian Foreign Minister Claire Dubois arrived. The Canadian top diplomat said little.";
        assert!(
            mention_of(t, "Claire Dubois", "The Canadian top diplomat"),
            "{t}"
        );
        // "Vance said" after the second Vance is introduced is the second one.
        let t = "Maria Vance, 19, said she was scared. Her father, Tomas Vance, said nothing at first. Later Vance said he was proud.";
        assert!(mention_of(t, "Tomas Vance", "Vance said he"), "{t}");
    }

    #[test]
    fn long_names_with_particles_and_their_inner_words() {
        let text = "Luiz Inácio Lula da Silva said it was fine. Lula called the deal a start. Brazil’s trade minister, María José García Pérez, said more. García said exports would rise.";
        let found = extract(text, &[Span::new(0, text.len())]);
        let names: Vec<&str> = found.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            names,
            ["Luiz Inácio Lula da Silva", "María José García Pérez"],
            "{:?}",
            found.people
        );
    }

    #[test]
    fn a_compound_surname_alone_is_the_full_name() {
        let text = "The team was led by Dr. Borja del Pozo Cruz of the university. Later, del Pozo Cruz said it was fine.";
        let found = extract(text, &[Span::new(0, text.len())]);
        let names: Vec<&str> = found.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Borja del Pozo Cruz"], "{:?}", found.people);
    }

    #[test]
    fn a_title_case_headline_is_not_a_titled_name() {
        for text in [
            "Subway Fare Fight Pits Governor Against Transit Chief",
            "Fare Fight Pits Governor Against Transit Chief",
        ] {
            let found = extract(text, &[Span::new(0, text.len())]);
            assert!(found.people.is_empty(), "{text}: {:?}", found.people);
        }
    }
}

#[cfg(test)]
mod surname_similarity_tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_bound_is_worked_out_for_this_threshold() {
        // `may_reach_surname_similarity` holds 17/10 = (0.94 − 0.6) / 0.2.
        assert!((SURNAME_SIMILARITY - 0.94).abs() < 1e-12);
        for (a, b) in [("zelensky", "zelenskiy"), ("peskov", "peskova")] {
            assert!(strsim::jaro_winkler(a, b) >= SURNAME_SIMILARITY, "{a} {b}");
            assert!(may_reach_surname_similarity(a, b), "{a} {b}");
        }
        assert!(!may_reach_surname_similarity("zelensky", "zhang"));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5000))]
        /// The letter bound never turns away a pair Jaro–Winkler accepts.
        #[test]
        fn letter_bound_keeps_every_similar_pair(
            stem in "[a-e]{3,9}",
            a_tail in "[a-f]{0,4}",
            b_tail in "[a-f]{0,4}",
            swap in 0usize..8,
        ) {
            let a = format!("{stem}{a_tail}");
            let mut b: Vec<u8> = format!("{stem}{b_tail}").into_bytes();
            if swap + 1 < b.len() {
                b.swap(swap, swap + 1);
            }
            let b = String::from_utf8(b).unwrap_or_default();
            if strsim::jaro_winkler(&a, &b) >= SURNAME_SIMILARITY {
                prop_assert!(may_reach_surname_similarity(&a, &b), "{} {}", a, b);
            }
        }
    }
}
