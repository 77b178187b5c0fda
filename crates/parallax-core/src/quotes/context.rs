//! What attribution knows about the article beyond one quote: which named entities are
//! people (a pronoun never stands for an organisation), each person's grammatical gender when
//! the text shows it, and where the quoted stretches are (a name inside quotation marks is not
//! a clause subject).
//!
//! Gender comes only from the text, never from a list of first names:
//! - a title or role word in one of the person's forms: `Mr`, `Sir`, `Lord`, `King`,
//!   `chairman`, `spokesman`, `husband`… → he; `Mrs`, `Ms`, `Miss`, `Dame`, `Lady`, `Queen`,
//!   `chairwoman`, `spokeswoman`, `wife`… → she;
//! - otherwise the subject pronouns (he, she) that follow a sentence naming that person alone:
//!   in the rest of that sentence and in the next one when it names nobody else, outside
//!   quotation marks. The majority wins; a tie leaves the gender unknown.
//!
//! An unknown gender fits either pronoun.

use crate::model::{Entity, EntityKind, Span};
use std::borrow::Borrow;
use std::collections::{HashMap, HashSet};

/// A person's grammatical gender as the text shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// he / him / his.
    Male,
    /// she / her / hers.
    Female,
}

/// The gender of a third-person pronoun, if it is one.
pub fn pronoun_gender(word: &str) -> Option<Gender> {
    match word {
        "he" | "He" | "him" | "his" | "His" | "himself" => Some(Gender::Male),
        "she" | "She" | "her" | "Her" | "hers" | "herself" => Some(Gender::Female),
        _ => None,
    }
}

const MALE_MARKS: &[&str] = &[
    "mr",
    "mr.",
    "sir",
    "lord",
    "king",
    "prince",
    "father",
    "grandfather",
    "brother",
    "son",
    "husband",
    "chairman",
    "spokesman",
    "councilman",
    "congressman",
    "assemblyman",
    "landlord",
    "uncle",
];
const FEMALE_MARKS: &[&str] = &[
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "miss",
    "madam",
    "mdm",
    "dame",
    "lady",
    "queen",
    "princess",
    "mother",
    "grandmother",
    "sister",
    "daughter",
    "wife",
    "chairwoman",
    "spokeswoman",
    "councilwoman",
    "congresswoman",
    "assemblywoman",
    "landlady",
    "aunt",
];

/// Whether `w.to_lowercase()` is one of `marks` (lower-case ASCII). An ASCII word is compared
/// without case in place, which is the same test; any other word is lower-cased (the Kelvin
/// sign lower-cases to an ASCII "k").
fn lower_is_one_of(w: &str, marks: &[&str]) -> bool {
    if w.is_ascii() {
        marks.iter().any(|m| w.eq_ignore_ascii_case(m))
    } else {
        marks.contains(&w.to_lowercase().as_str())
    }
}

/// The gender a form or role states, from its title and role words.
pub fn gender_of_form(form: &str) -> Option<Gender> {
    let mut out = None;
    for w in form.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
        let g = mark_gender(w);
        if g.is_some() {
            out = g;
        }
    }
    out
}

/// `Male` when [`lower_is_one_of`]`(w, MALE_MARKS)`, else `Female` when
/// `lower_is_one_of(w, FEMALE_MARKS)`, else `None`: an ASCII word (every mark is lower-case
/// ASCII, and no word is in both lists) is lower-cased on the stack and looked up once, which
/// is the same test; any other word goes to [`lower_is_one_of`].
fn mark_gender(w: &str) -> Option<Gender> {
    // Keyed by bytes, so the lower-cased stack copy below needs no UTF-8 check.
    type Marks = HashMap<&'static [u8], Gender, crate::text::FastHash>;
    static MARKS: std::sync::LazyLock<Marks> = std::sync::LazyLock::new(|| {
        let mut m = Marks::default();
        for &f in FEMALE_MARKS {
            m.insert(f.as_bytes(), Gender::Female);
        }
        // Male marks win, as they are tried first.
        for &f in MALE_MARKS {
            m.insert(f.as_bytes(), Gender::Male);
        }
        m
    });
    let mut buf = [0u8; 16];
    match buf.get_mut(..w.len()) {
        Some(lower) if w.is_ascii() => {
            lower.copy_from_slice(w.as_bytes());
            lower.make_ascii_lowercase();
            MARKS.get(&*lower).copied()
        }
        // Longer than every mark.
        None if w.is_ascii() => None,
        _ => {
            if lower_is_one_of(w, MALE_MARKS) {
                Some(Gender::Male)
            } else if lower_is_one_of(w, FEMALE_MARKS) {
                Some(Gender::Female)
            } else {
                None
            }
        }
    }
}

/// The words "he", "He", "she" and "She" of `part` (split at every non-alphabetic
/// character), as (byte offset, gender), in order. A byte scan for `he`/`He` with a look at
/// the characters around it: the same words as `part.split(|c: char| !c.is_alphabetic())`
/// finds, without decoding every character of the sentence.
fn subject_pronouns(part: &str) -> impl Iterator<Item = (usize, Gender)> + '_ {
    let b = part.as_bytes();
    let alphabetic = |c: Option<char>| c.is_some_and(char::is_alphabetic);
    // Only an `h` or `H` (not the last byte) can start one: found by `memchr2`.
    let heads = b.get(..b.len().saturating_sub(1)).unwrap_or(&[]);
    memchr::memchr2_iter(b'h', b'H', heads).filter_map(move |p| {
        let (h, e) = (*b.get(p)?, *b.get(p + 1)?);
        if e != b'e' || !matches!(h, b'h' | b'H') {
            return None;
        }
        let she = h == b'h' && p >= 1 && matches!(b.get(p - 1), Some(b's' | b'S'));
        let start = if she { p - 1 } else { p };
        let before = part.get(..start).and_then(|s| s.chars().next_back());
        let after = part.get(p + 2..).and_then(|s| s.chars().next());
        if alphabetic(before) || alphabetic(after) {
            return None;
        }
        Some((start, if she { Gender::Female } else { Gender::Male }))
    })
}

/// Attribution context for one article.
pub struct Context {
    /// Names of the people (not organisations).
    pub persons: HashSet<String>,
    /// Gender per person name, where the text shows it.
    pub genders: HashMap<String, Gender>,
    /// Every quoted stretch (opening to closing mark), sorted.
    pub quoted: Vec<Span>,
}

impl Context {
    /// Builds the context from the entities (owned or borrowed), the quoted stretches and the
    /// sentences.
    pub fn new<E: Borrow<Entity>>(
        text: &str,
        sentences: &[Span],
        entities: &[E],
        quoted: Vec<Span>,
    ) -> Self {
        let persons: HashSet<String> = entities
            .iter()
            .map(Borrow::borrow)
            .filter(|e| e.kind == EntityKind::Person)
            .map(|e| e.name.clone())
            .collect();
        let mut ctx = Context {
            persons,
            genders: HashMap::new(),
            quoted,
        };
        for e in entities
            .iter()
            .map(Borrow::borrow)
            .filter(|e| e.kind == EntityKind::Person)
        {
            let g = e
                .aliases
                .iter()
                .chain(e.roles.iter())
                .find_map(|a| gender_of_form(a));
            if let Some(g) = g {
                ctx.genders.insert(e.name.clone(), g);
            }
        }
        ctx.vote_genders(text, sentences, entities);
        ctx
    }

    /// True when `at` lies inside a quoted stretch.
    pub fn in_quote(&self, at: usize) -> bool {
        let i = self.quoted.partition_point(|q| (q.end as usize) <= at);
        self.quoted
            .get(i)
            .is_some_and(|q| q.start as usize <= at && at < q.end as usize)
    }

    /// The end of the quoted stretch `at` lies inside, if it does.
    pub fn quote_end(&self, at: usize) -> Option<usize> {
        let i = self.quoted.partition_point(|q| (q.end as usize) <= at);
        self.quoted
            .get(i)
            .filter(|q| q.start as usize <= at && at < q.end as usize)
            .map(|q| q.end as usize)
    }

    /// Whether a person of this name fits a pronoun of gender `g` (unknown gender fits both).
    pub fn fits(&self, name: &str, g: Option<Gender>) -> bool {
        self.persons.contains(name)
            && match (g, self.genders.get(name)) {
                (Some(want), Some(have)) => want == *have,
                _ => true,
            }
    }

    /// Gender from pronouns after sentences that name one person alone.
    fn vote_genders<E: Borrow<Entity>>(&mut self, text: &str, sentences: &[Span], entities: &[E]) {
        // Person mentions outside quotes, by sentence.
        let mut by_sentence: Vec<Vec<(usize, &str)>> = vec![Vec::new(); sentences.len()];
        for e in entities
            .iter()
            .map(Borrow::borrow)
            .filter(|e| e.kind == EntityKind::Person)
        {
            for m in &e.mentions {
                let at = m.start as usize;
                if self.in_quote(at) {
                    continue;
                }
                let i = sentences.partition_point(|s| (s.end as usize) <= at);
                if let Some(v) = by_sentence.get_mut(i) {
                    v.push((m.end as usize, e.name.as_str()));
                }
            }
        }
        let mut votes: HashMap<&str, (u32, u32)> = HashMap::new();
        for (i, s) in sentences.iter().enumerate() {
            let Some(here) = by_sentence.get(i) else {
                continue;
            };
            let Some(&(first_end, name)) = here.first() else {
                continue;
            };
            if here.iter().any(|(_, n)| *n != name) {
                continue;
            }
            let mut spans = vec![(first_end, s.end as usize)];
            if let (Some(next), Some(next_people)) = (sentences.get(i + 1), by_sentence.get(i + 1))
                && next_people.is_empty()
            {
                spans.push((next.start as usize, next.end as usize));
            }
            for (a, b) in spans {
                let Some(part) = text.get(a..b) else { continue };
                // Subject pronouns only: `accused him` is somebody else.
                for (off, g) in subject_pronouns(part) {
                    let at = a + off;
                    if self.in_quote(at) {
                        continue;
                    }
                    let v = votes.entry(name).or_default();
                    match g {
                        Gender::Male => v.0 += 1,
                        Gender::Female => v.1 += 1,
                    }
                }
            }
        }
        for (name, (m, f)) in votes {
            if self.genders.contains_key(name) || m == f {
                continue;
            }
            let g = if m > f { Gender::Male } else { Gender::Female };
            self.genders.insert(name.to_string(), g);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ArticleContext, InputFormat, parse_article};

    /// The straightforward split that [`subject_pronouns`] replaces.
    fn subject_pronouns_by_split(part: &str) -> Vec<(usize, Gender)> {
        part.split(|c: char| !c.is_alphabetic())
            .filter(|w| matches!(*w, "he" | "He" | "she" | "She"))
            .filter_map(|w| {
                let off = w.as_ptr() as usize - part.as_ptr() as usize;
                pronoun_gender(w).map(|g| (off, g))
            })
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn subject_pronouns_match_the_split(
            part in "([sShHeE]|he|she|She|He|[ .,’—“é\\u{10D0}aK]){0,24}"
        ) {
            proptest::prop_assert_eq!(
                subject_pronouns(&part).collect::<Vec<_>>(),
                subject_pronouns_by_split(&part)
            );
        }

        #[test]
        fn mark_gender_matches_the_lists(
            w in "(mr|Mr|MR|ms\\.|Mrs\\.|Wife|KING|\\u{212A}ing|Lady|Chairwoman|spokesMAN|İ|x|[a-zA-Z.\\u{212A}]){0,3}"
        ) {
            let want = if lower_is_one_of(&w, MALE_MARKS) {
                Some(Gender::Male)
            } else if lower_is_one_of(&w, FEMALE_MARKS) {
                Some(Gender::Female)
            } else {
                None
            };
            proptest::prop_assert_eq!(mark_gender(&w), want);
        }

        #[test]
        fn lower_is_one_of_matches_to_lowercase(
            w in "(mr|Mr|MR|ms\\.|Mrs\\.|Wife|KING|\\u{212A}ing|Lady|İ|x|[a-zA-Z.\\u{212A}]){0,3}"
        ) {
            proptest::prop_assert_eq!(
                lower_is_one_of(&w, MALE_MARKS),
                MALE_MARKS.contains(&w.to_lowercase().as_str())
            );
        }
    }

    #[test]
    fn gender_from_titles_and_roles() {
        let cases = [
            ("Mr. Alvarado", Some(Gender::Male)),
            ("Ms Chen", Some(Gender::Female)),
            ("Mrs Tulloch", Some(Gender::Female)),
            ("the council spokeswoman", Some(Gender::Female)),
            ("Sir Keir", Some(Gender::Male)),
            ("Dr. Anjali Rao", None),
            ("Mayor Lena Hoffmann", None),
        ];
        for (form, want) in cases {
            assert_eq!(gender_of_form(form), want, "{form}");
        }
    }

    #[test]
    fn gender_from_pronouns_after_a_lone_name() {
        let cases = [
            (
                "Headline here\n\nCoach Maria Lopez spoke after the match. She was unhappy with her defence.",
                "Maria Lopez",
                Some(Gender::Female),
            ),
            (
                "Headline here\n\nChief executive Tom Hardy said sales fell. He blamed the weather.",
                "Tom Hardy",
                Some(Gender::Male),
            ),
            // Two people in the sentence: no vote.
            (
                "Headline here\n\nChief executive Tom Hardy said Judge Ann Cole was wrong. She disagreed.",
                "Tom Hardy",
                None,
            ),
        ];
        for (input, name, want) in cases {
            let a = parse_article(input, InputFormat::Text, &ArticleContext::new("t.txt"));
            let ctx = Context::new(&a.text, &a.sentences, &a.people, Vec::new());
            assert_eq!(ctx.genders.get(name).copied(), want, "{input}");
        }
    }

    #[test]
    fn pronouns_inside_quotes_do_not_vote_after_multibyte_separators() {
        // “He” opens the quote after a dash, an apostrophe and a curly mark (3 bytes each): it
        // is inside the quote and must not vote, so only the later `she` does.
        let input = "Headline here\n\nCoach Maria Lopez — the club’s boss — told the rival “He never listens” and she left.";
        let a = parse_article(input, InputFormat::Text, &ArticleContext::new("t.txt"));
        let open = a.text.find('“').unwrap_or(0);
        let close = a.text.find('”').map_or(0, |i| i + '”'.len_utf8());
        let ctx = Context::new(
            &a.text,
            &a.sentences,
            &a.people,
            vec![Span::new(open, close)],
        );
        assert!(close > open);
        assert_eq!(
            ctx.genders.get("Maria Lopez").copied(),
            Some(Gender::Female)
        );
    }

    #[test]
    fn pronoun_fit_needs_a_person_of_that_gender() {
        let mut ctx = Context {
            persons: ["Ann Cole".to_string(), "Tom Hardy".to_string()]
                .into_iter()
                .collect(),
            genders: HashMap::new(),
            quoted: vec![Span::new(10, 20)],
        };
        ctx.genders.insert("Ann Cole".into(), Gender::Female);
        assert!(ctx.fits("Ann Cole", Some(Gender::Female)));
        assert!(!ctx.fits("Ann Cole", Some(Gender::Male)));
        assert!(ctx.fits("Tom Hardy", Some(Gender::Female)), "unknown fits");
        assert!(
            !ctx.fits("Kremlin", None),
            "organisations are not pronoun antecedents"
        );
        assert!(ctx.in_quote(10) && ctx.in_quote(19) && !ctx.in_quote(20) && !ctx.in_quote(9));
    }
}
