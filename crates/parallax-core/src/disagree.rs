//! Disagreements: the places where articles give different answers to the same question.
//!
//! Three kinds are found, each from what the parser already extracted:
//!
//! - **date**: one merged event ([`crate::timeline::MergedEvent`]) dated differently by
//!   different articles;
//! - **figure**: the same measured thing given different numbers or qualifiers ("nearly three
//!   hours" / "more than two-and-a-half hours" of talks). Durations, counts and amounts are
//!   grouped by what they measure; the words for a meeting ("talks", "summit", "met for",
//!   "discussions", "dialogue", "negotiations") count as one thing, because outlets use them
//!   interchangeably for the same sitting;
//! - **reference point**: "first … since X" claims about the same kind of thing whose X differs
//!   ("their first meeting since 2019" / "his first meeting with a U.S. president since the 2022
//!   invasion"). Superlatives work the same way ("highest since 2008").
//!
//! Every variant keeps the articles and the sentence spans that carry it, so the view can show
//! each outlet's wording and link into the reader. Nothing here scores who is right.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::compare::stems;
use crate::model::{Article, FigureKind, Span};
use crate::timeline::MergedEvent;

/// What kind of disagreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DisagreementKind {
    /// Different dates for one event.
    Date,
    /// Different numbers or qualifiers for one measured thing.
    Figure,
    /// Different reference points for a "first … since" or "highest … since" claim.
    ReferencePoint,
}

/// One answer and who gives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Variant {
    /// The answer as a reader compares it ("nearly 3 hours", "2019", "Aug 2025").
    pub value: String,
    /// Each carrier: (article index, span of the words, span of the sentence).
    pub carriers: Vec<(u32, Span, Span)>,
}

impl Variant {
    /// Distinct articles carrying this variant, in corpus order.
    pub fn articles(&self) -> Vec<u32> {
        let set: BTreeSet<u32> = self.carriers.iter().map(|c| c.0).collect();
        set.into_iter().collect()
    }
}

/// A question the articles answer differently.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Disagreement {
    /// Kind.
    pub kind: DisagreementKind,
    /// What it is about ("how long the talks lasted", "first meeting since …").
    pub topic: String,
    /// At least two variants, each from at least one article; no article in two variants of
    /// the same value.
    pub variants: Vec<Variant>,
}

impl Disagreement {
    /// True when any variant's sentence lies inside or overlaps `sentence` of `article`.
    pub fn touches(&self, article: u32, sentence: Span) -> bool {
        self.variants.iter().any(|v| {
            v.carriers
                .iter()
                .any(|&(a, _, s)| a == article && s.start < sentence.end && sentence.start < s.end)
        })
    }
}

/// Words that name one sitting of people meeting; outlets swap them freely.
const MEETING_WORDS: &[&str] = &[
    "talk",
    "talks",
    "meeting",
    "meet",
    "met",
    "summit",
    "discussion",
    "discussions",
    "dialogue",
    "negotiation",
    "negotiations",
    "session",
    "conversation",
    "sitdown",
    "sit-down",
];

/// Concept of what a figure measures: the meeting words fold into one, other words stay as
/// their stems.
fn concept(words: &str) -> BTreeSet<String> {
    let lower = words.to_lowercase();
    let is_meeting = lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| MEETING_WORDS.contains(&w));
    if is_meeting {
        return BTreeSet::from(["meeting".to_string()]);
    }
    stems(words)
}

/// The few words before a span in its sentence (used when the parser found no "measures").
fn words_before(text: &str, sentence: Span, at: Span, n: usize) -> String {
    let start = sentence.start.min(at.start) as usize;
    let end = at.start as usize;
    let Some(before) = text.get(start..end) else {
        return String::new();
    };
    let words: Vec<&str> = before.split_whitespace().collect();
    words[words.len().saturating_sub(n)..].join(" ")
}

fn figure_value(f: &crate::model::Figure) -> String {
    let v = if f.normalized.fract() == 0.0 {
        format!("{}", f.normalized)
    } else {
        format!("{:.2}", f.normalized)
            .trim_end_matches('0')
            .to_string()
    };
    let unit = match f.kind {
        FigureKind::Duration => "hours",
        FigureKind::Percent | FigureKind::Fraction => "share",
        _ => f.unit.as_str(),
    };
    // Qualifiers that mean the same are one answer ("almost" = "nearly").
    let qualifier = f.qualifier.as_deref().map(|q| match q {
        "almost" | "just under" | "close to" | "nearly" => "nearly",
        "about" | "around" | "roughly" | "approximately" | "some" => "about",
        "over" | "more than" | "upwards of" => "more than",
        other => other,
    });
    match qualifier {
        Some(q) => format!("{q} {v} {unit}"),
        None => format!("{v} {unit}"),
    }
}

/// Each answer → its carriers.
type Answers = BTreeMap<String, Vec<(u32, Span, Span)>>;

/// The variants of a question, when it is disputed: at least two answers, given by at least
/// two articles (one article contradicting itself is not a disagreement between outlets).
fn disputed(answers: Answers) -> Option<Vec<Variant>> {
    let articles: BTreeSet<u32> = answers.values().flatten().map(|c| c.0).collect();
    (answers.len() >= 2 && articles.len() >= 2).then(|| {
        answers
            .into_iter()
            .map(|(value, carriers)| Variant { value, carriers })
            .collect()
    })
}

/// Figures of the same kind (and unit, for counts and money) in different articles whose
/// concepts overlap — grouped transitively — and whose values or qualifiers differ. Durations
/// longer than a week are left out (they are ages and periods, not the event's own length).
fn figure_disagreements(articles: &[Article]) -> Vec<Disagreement> {
    struct Item {
        article: u32,
        kind: FigureKind,
        unit: String,
        concept: BTreeSet<String>,
        value: String,
        span: Span,
        sentence: Span,
    }
    let mut items = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        for f in &a.figures {
            if f.kind == FigureKind::Duration && !(0.0..=168.0).contains(&f.normalized) {
                continue;
            }
            let what = f
                .measures
                .clone()
                .unwrap_or_else(|| words_before(&a.text, f.sentence, f.span, 4));
            let concept = concept(&what);
            // A figure must be about something in particular to be compared.
            if concept.is_empty() || (f.measures.is_none() && !concept.contains("meeting")) {
                continue;
            }
            items.push(Item {
                article: ai as u32,
                kind: f.kind,
                unit: if f.kind == FigureKind::Duration {
                    String::new()
                } else {
                    f.unit.clone()
                },
                concept,
                value: figure_value(f),
                span: f.span,
                sentence: f.sentence,
            });
        }
    }
    // Union-find over items that could be the same measured thing.
    let mut parent: Vec<usize> = (0..items.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for i in 0..items.len() {
        for j in i + 1..items.len() {
            let (a, b) = (&items[i], &items[j]);
            if a.kind == b.kind && a.unit == b.unit && !a.concept.is_disjoint(&b.concept) {
                let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
                parent[rj] = ri;
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..items.len() {
        groups.entry(root(&mut parent, i)).or_default().push(i);
    }
    groups
        .into_values()
        .filter_map(|members| {
            let mut values = Answers::new();
            for &i in &members {
                let it = &items[i];
                values.entry(it.value.clone()).or_default().push((
                    it.article,
                    it.span,
                    it.sentence,
                ));
            }
            let variants = disputed(values)?;
            let first = &items[members[0]];
            let shared = members
                .iter()
                .map(|&i| items[i].concept.clone())
                .reduce(|a, b| a.intersection(&b).cloned().collect())
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| first.concept.clone());
            let what = shared.into_iter().collect::<Vec<_>>().join(" ");
            let topic = match first.kind {
                FigureKind::Duration => format!("how long the {what} lasted"),
                _ => format!("how many: {what}"),
            };
            Some(Disagreement {
                kind: DisagreementKind::Figure,
                topic,
                variants,
            })
        })
        .collect()
}

/// The words that open a "first … since YYYY" claim.
const SUPERLATIVES: [&str; 9] = [
    "first",
    "highest",
    "lowest",
    "largest",
    "biggest",
    "worst",
    "best",
    "deadliest",
    "longest",
];

/// One "first [up to 8 words] since [up to 60 characters ending in] YYYY" claim in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
struct SinceClaim<'a> {
    /// Byte range of the whole claim, from the superlative to the end of the year.
    all: std::ops::Range<usize>,
    /// The superlative as written ("first", "Highest").
    word: &'a str,
    /// The words between the superlative and "since" (with their leading space), maybe empty.
    what: &'a str,
    /// The reference year.
    year: &'a str,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The first year from 1000 to 2099, standing as a whole number, within 60 characters after
/// `after` and before any full stop or semicolon: its byte offset and its digits.
fn year_after(text: &str, after: usize) -> Option<(usize, &str)> {
    let mut prev: Option<char> = text[..after].chars().next_back();
    for (n, (i, c)) in text[after..].char_indices().enumerate() {
        if c == '.' || c == ';' || n > 60 {
            return None;
        }
        let at = after + i;
        if c.is_ascii_digit() && prev.is_none_or(|p| !is_word_char(p)) {
            let digits = text.get(at..at + 4).filter(|d| {
                d.bytes().all(|b| b.is_ascii_digit())
                    && (d.starts_with('1') || d.starts_with("20"))
                    && text[at + 4..]
                        .chars()
                        .next()
                        .is_none_or(|c| !is_word_char(c))
            });
            if let Some(d) = digits {
                return Some((at, d));
            }
        }
        prev = Some(c);
    }
    None
}

/// Finds "first … since YYYY" claims, left to right and without overlap: a superlative standing
/// as a whole word, up to eight words made of word characters, apostrophes, full stops and
/// hyphens, the word "since", then within 60 characters that hold no full stop or semicolon the
/// first year from 1000 to 2099 standing as a whole number.
///
/// A hand-written scanner rather than a regex, so the app (which groups these claims in the
/// browser) does not carry a regex engine; one pass over the text, each word looked at a bounded
/// number of times.
fn since_claims(text: &str) -> Vec<SinceClaim<'_>> {
    // Whitespace-separated words with their byte ranges.
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                words.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, text.len()));
    }
    let mut out = Vec::new();
    let mut resume = 0usize;
    let mut wi = 0usize;
    while wi < words.len() {
        let (ws, we) = words[wi];
        wi += 1;
        if we <= resume {
            continue;
        }
        // The superlative ends the whitespace-separated word and starts after a non-word char.
        let token = &text[ws.max(resume)..we];
        let Some(word) = SUPERLATIVES.iter().find_map(|s| {
            let at = token.len().checked_sub(s.len())?;
            let cand = token.get(at..)?;
            let before = token[..at].chars().next_back();
            (cand.eq_ignore_ascii_case(s) && before.is_none_or(|c| !is_word_char(c)))
                .then_some((we - s.len(), cand))
        }) else {
            continue;
        };
        let (word_start, word) = word;
        // Up to eight plain words, then "since" as a whole word and a year after it. A "since"
        // with no year after it may itself be one of the eight words.
        let mut found = None;
        for k in 0..=8 {
            let Some(&(ns, ne)) = words.get(wi + k) else {
                break;
            };
            let next = &text[ns..ne];
            let is_since = next.len() >= 5
                && next.is_char_boundary(5)
                && next[..5].eq_ignore_ascii_case("since")
                && next[5..].chars().next().is_none_or(|c| !is_word_char(c));
            if is_since && let Some(year) = year_after(text, ns + 5) {
                found = Some((ns, year));
                break;
            }
            let plain = next
                .chars()
                .all(|c| is_word_char(c) || matches!(c, '’' | '\'' | '.' | '-'));
            if k == 8 || !plain {
                break;
            }
        }
        let Some((since_start, (year_at, year))) = found else {
            continue;
        };
        let what_end = text[..since_start].trim_end().len();
        out.push(SinceClaim {
            all: word_start..year_at + 4,
            word,
            what: &text[word_start + word.len()..what_end.max(word_start + word.len())],
            year,
        });
        resume = year_at + 4;
    }
    out
}

/// Different reference years for the same "first X since" claim.
fn since_disagreements(articles: &[Article]) -> Vec<Disagreement> {
    type Groups = BTreeMap<(String, Vec<String>), BTreeMap<String, Vec<(u32, Span, Span)>>>;
    let mut groups: Groups = BTreeMap::new();
    for (ai, a) in articles.iter().enumerate() {
        for &s in &a.sentences {
            let text = a.slice(s);
            for m in since_claims(text) {
                let (all, word, what, year) = (m.all, m.word, m.what, m.year);
                // The thing counted may stand before the claim ("The summit, their first since").
                let lead = words_before(
                    text,
                    Span::new(0, text.len()),
                    Span::new(all.start, all.start),
                    4,
                );
                let c = concept(&format!("{lead} {what}"));
                if c.is_empty() {
                    continue;
                }
                let span = Span::new(s.start as usize + all.start, s.start as usize + all.end);
                groups
                    .entry((word.to_lowercase(), c.into_iter().collect()))
                    .or_default()
                    .entry(year.to_string())
                    .or_default()
                    .push((ai as u32, span, s));
            }
        }
    }
    groups
        .into_iter()
        .filter_map(|((word, concept), years)| {
            let years: Answers = years
                .into_iter()
                .map(|(year, carriers)| (format!("since {year}"), carriers))
                .collect();
            Some(Disagreement {
                kind: DisagreementKind::ReferencePoint,
                topic: format!("{word} {} since when", concept.join(" ")),
                variants: disputed(years)?,
            })
        })
        .collect()
}

/// Dates of merged events that articles give differently.
fn date_disagreements(articles: &[Article], events: &[MergedEvent]) -> Vec<Disagreement> {
    events
        .iter()
        .filter(|e| e.disputed())
        .map(|e| {
            let variants = e
                .variants
                .iter()
                .map(|(date, who)| Variant {
                    value: date.clone(),
                    carriers: e
                        .mentions
                        .iter()
                        .filter(|m| who.contains(&m.article))
                        .filter_map(|m| {
                            let ev = articles
                                .get(m.article as usize)?
                                .events
                                .get(m.event as usize)?;
                            (ev.date == *date).then_some((m.article, ev.span, ev.sentence))
                        })
                        .collect(),
                })
                .collect();
            Disagreement {
                kind: DisagreementKind::Date,
                topic: format!("when: {}", e.label),
                variants,
            }
        })
        .collect()
}

/// Every disagreement in the corpus: dates of the merged `events`, then figures, then
/// reference points.
pub fn disagreements(articles: &[Article], events: &[MergedEvent]) -> Vec<Disagreement> {
    let mut out = date_disagreements(articles, events);
    out.extend(figure_disagreements(articles));
    out.extend(since_disagreements(articles));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Figure;
    use proptest::prelude::*;

    /// The pattern the scanner replaces, kept here as its specification.
    static SINCE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)\b(first|highest|lowest|largest|biggest|worst|best|deadliest|longest)\b((?:\s+[\w’'.\-]+){0,8}?)\s+since\b([^.;]{0,60}?)\b(1[0-9]{3}|20[0-9]{2})\b",
        )
        .expect("valid pattern")
    });

    fn by_regex(text: &str) -> Vec<(std::ops::Range<usize>, String, String, String)> {
        SINCE
            .captures_iter(text)
            .filter_map(|c| {
                Some((
                    c.get(0)?.range(),
                    c.get(1)?.as_str().to_string(),
                    c.get(2)?.as_str().to_string(),
                    c.get(4)?.as_str().to_string(),
                ))
            })
            .collect()
    }

    fn by_scanner(text: &str) -> Vec<(std::ops::Range<usize>, String, String, String)> {
        since_claims(text)
            .into_iter()
            .map(|c| (c.all, c.word.into(), c.what.into(), c.year.into()))
            .collect()
    }

    #[test]
    fn since_scanner_finds_the_claims_the_pattern_describes() {
        for text in [
            "The nearly three-hour summit, their first since 2019, ended.",
            "The meeting, his first with a U.S. president since Russia’s full-scale invasion in 2022, helped.",
            "Prices saw the HIGHEST rise since 2008; first since 1999 again.",
            "first since the war began in 19999 or 2021",
            "the first meeting since. 2019",
            "xfirst since 2019 and (first) since 1867",
            "first a b c d e f g h since 2001 / first a b c d e f g h i since 2001",
            "first since é2019 then first since 2019é and first since 2019",
        ] {
            assert_eq!(by_scanner(text), by_regex(text), "{text}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5000))]
        /// Sentences recombined from the words the pattern cares about agree with the regex.
        #[test]
        fn since_scanner_agrees_with_the_pattern(words in prop::collection::vec(
            prop::sample::select(vec![
                "first", "First", "highest", "best", "since", "Since", "2019", "1867", "2099",
                "2100", "999", "the", "U.S.", "Russia’s", "war,", "in", ".", ";", "(first", "—",
                "é", "two-year", "x2019", "2019x", "since2019", "sinces", "\n", "  ",
            ]),
            0..24,
        ), seps in prop::collection::vec(prop::sample::select(vec![" ", "  ", "\t", ""]), 24)) {
            let mut text = String::new();
            for (w, s) in words.iter().zip(seps.iter().cycle()) {
                text.push_str(w);
                text.push_str(s);
            }
            prop_assert_eq!(by_scanner(&text), by_regex(&text), "{:?}", text);
        }
    }

    fn article(text: &str, figures: Vec<Figure>) -> Article {
        // One sentence per line is enough here.
        let mut sentences = Vec::new();
        let mut start = 0;
        for line in text.split_inclusive('\n') {
            sentences.push(Span::new(start, start + line.trim_end().len()));
            start += line.len();
        }
        Article {
            text: text.to_string(),
            sentences,
            figures,
            ..Article::default()
        }
    }

    fn duration(
        text: &str,
        whole: &str,
        value: f64,
        qualifier: Option<&str>,
        measures: Option<&str>,
    ) -> Figure {
        let at = whole.find(text).expect("figure in text");
        Figure {
            text: text.into(),
            kind: FigureKind::Duration,
            value,
            total: None,
            unit: "hour".into(),
            normalized: value,
            qualifier: qualifier.map(str::to_string),
            measures: measures.map(str::to_string),
            span: Span::new(at, at + text.len()),
            sentence: Span::new(0, whole.len()),
        }
    }

    #[test]
    fn talks_summit_and_met_for_are_one_thing_measured() {
        let a = "The nearly three-hour summit ended.";
        let b = "The two leaders met for more than two-and-a-half hours.";
        let c = "Talks lasted nearly three hours.";
        let arts = vec![
            article(
                a,
                vec![duration(
                    "nearly three-hour",
                    a,
                    3.0,
                    Some("nearly"),
                    Some("summit"),
                )],
            ),
            article(
                b,
                vec![duration(
                    "more than two-and-a-half hours",
                    b,
                    2.5,
                    Some("more than"),
                    None,
                )],
            ),
            article(
                c,
                vec![duration(
                    "nearly three hours",
                    c,
                    3.0,
                    Some("nearly"),
                    Some("talks"),
                )],
            ),
        ];
        let d = figure_disagreements(&arts);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].topic, "how long the meeting lasted");
        let values: Vec<_> = d[0]
            .variants
            .iter()
            .map(|v| (v.value.as_str(), v.articles()))
            .collect();
        assert_eq!(
            values,
            vec![
                ("more than 2.5 hours", vec![1]),
                ("nearly 3 hours", vec![0, 2])
            ]
        );
    }

    #[test]
    fn the_same_figure_everywhere_is_no_disagreement() {
        let a = "Talks lasted nearly three hours.";
        let b = "The talks took nearly three hours.";
        let arts = vec![
            article(
                a,
                vec![duration(
                    "nearly three hours",
                    a,
                    3.0,
                    Some("nearly"),
                    Some("talks"),
                )],
            ),
            article(
                b,
                vec![duration(
                    "nearly three hours",
                    b,
                    3.0,
                    Some("nearly"),
                    Some("talks"),
                )],
            ),
        ];
        assert!(figure_disagreements(&arts).is_empty());
    }

    #[test]
    fn ages_and_periods_are_not_the_events_length() {
        let a = "It was his first visit in 80 years of talks.";
        let b = "The talks were the first in 10 years.";
        let arts = vec![
            article(
                a,
                vec![duration("80 years", a, 80.0 * 8766.0, None, Some("talks"))],
            ),
            article(
                b,
                vec![duration("10 years", b, 10.0 * 8766.0, None, Some("talks"))],
            ),
        ];
        assert!(figure_disagreements(&arts).is_empty());
    }

    #[test]
    fn first_meeting_since_different_years_disagree() {
        let arts = vec![
            article(
                "The nearly three-hour summit, their first since 2019, ended.",
                vec![],
            ),
            article(
                "The meeting, his first with a U.S. president since Russia’s full-scale invasion in 2022, helped him.",
                vec![],
            ),
            article("It was their first summit since 2019.", vec![]),
            article("Prices saw the highest rise since 2008.", vec![]),
        ];
        let d = since_disagreements(&arts);
        assert_eq!(d.len(), 1, "{d:?}");
        let values: Vec<_> = d[0]
            .variants
            .iter()
            .map(|v| (v.value.as_str(), v.articles()))
            .collect();
        assert_eq!(
            values,
            vec![("since 2019", vec![0, 2]), ("since 2022", vec![1])]
        );
    }

    #[test]
    fn one_article_alone_cannot_disagree_with_itself() {
        let arts = vec![article(
            "It was the first meeting since 2019.\nSome say the first meeting since 2022.",
            vec![],
        )];
        assert!(since_disagreements(&arts).is_empty());
    }

    #[test]
    fn touches_finds_overlapping_sentences() {
        let d = Disagreement {
            kind: DisagreementKind::Figure,
            topic: "t".into(),
            variants: vec![Variant {
                value: "v".into(),
                carriers: vec![(2, Span::new(10, 12), Span::new(5, 30))],
            }],
        };
        assert!(d.touches(2, Span::new(0, 8)));
        assert!(!d.touches(2, Span::new(30, 40)));
        assert!(!d.touches(1, Span::new(5, 30)));
    }

    /// The seed corpus: outlets give the talks as "nearly three hours", "almost three hours",
    /// "more than two-and-a-half hours"; and the first meeting "since 2019" vs "since … 2022".
    #[test]
    fn the_seed_corpus_disagrees_on_the_talks_and_the_reference_year() {
        let manifest = crate::manifest::Manifest {
            event_date: Some("2025-08-15".into()),
            ..Default::default()
        };
        let files: Vec<(String, Vec<u8>)> = crate::seeds::SEEDS
            .iter()
            .enumerate()
            .map(|(i, s)| (format!("seed-{i}.txt"), s.as_bytes().to_vec()))
            .collect();
        let corpus = crate::build_corpus(&manifest, &files);
        let events = crate::timeline::merge(&corpus.articles);
        let all = disagreements(&corpus.articles, &events);
        let talks = all
            .iter()
            .find(|d| d.kind == DisagreementKind::Figure && d.topic.contains("meeting"))
            .expect("a disagreement on how long the talks lasted");
        assert!(
            talks.variants.iter().any(|v| v.value.contains("2.5")),
            "{talks:?}"
        );
        assert!(
            talks.variants.iter().any(|v| v.value.contains('3')),
            "{talks:?}"
        );
        let since = all
            .iter()
            .find(|d| d.kind == DisagreementKind::ReferencePoint)
            .expect("a disagreement on the reference year");
        let years: Vec<&str> = since.variants.iter().map(|v| v.value.as_str()).collect();
        assert_eq!(years, ["since 2019", "since 2022"], "{since:?}");
    }
}
