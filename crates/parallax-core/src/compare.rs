//! Who reported what: claim-sized units clustered into facts across articles, a coverage matrix,
//! pairwise overlap, exclusives and omissions, figures that disagree, framing evidence and a
//! side-by-side alignment of two articles.
//!
//! Everything is deterministic and explainable:
//! - a **unit** is a sentence of a paragraph, list item or table row;
//! - two units state the same **fact** when their content words, weighted by rarity (IDF over the
//!   corpus), overlap by at least [`FACT_THRESHOLD`] (weighted Jaccard), with a bonus when they
//!   name the same people or figures. Candidate pairs come only from units sharing a rare word, so
//!   the work grows with the number of real matches, not with all pairs;
//! - each [`Fact`] records the words that tied it together ([`Fact::why`]), so the view can say
//!   why two sentences were grouped.
//! - **framing** is shown as evidence: characterising words from a small lexicon, each with its
//!   sentence and whether it sits inside a quotation (the speaker's word) or in the outlet's own
//!   voice. There is no score.

use crate::disagree::Disagreement;
use crate::model::{Article, BlockKind, Span};
use crate::order::sort_indices;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// A claim-sized unit: one sentence of one article.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// Article index.
    pub article: u32,
    /// The sentence.
    pub span: Span,
    /// Content-word stems.
    pub words: BTreeSet<String>,
}

/// A fact: units from one or more articles that state the same thing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// Index in [`Comparison::facts`].
    pub id: u32,
    /// Short label: the most central sentence, shortened.
    pub label: String,
    /// The sentences: (article, sentence span).
    pub units: Vec<(u32, Span)>,
    /// Distinct articles carrying it, sorted.
    pub articles: Vec<u32>,
    /// Words shared by the grouped sentences (why they were grouped).
    pub why: Vec<String>,
}

/// A characterising word found in an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FramingHit {
    /// Article index.
    pub article: u32,
    /// The lexicon term ("symbolic win").
    pub term: String,
    /// Where the term is.
    pub span: Span,
    /// Its sentence.
    pub sentence: Span,
    /// True when the word is inside a quotation (the speaker's word, not the outlet's).
    pub quoted: bool,
}

/// The full comparison of a corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Comparison {
    /// Facts, most widely carried first.
    pub facts: Vec<Fact>,
    /// `overlap[i][j]`: share of facts of article i or j that both carry (Jaccard), 0..=1.
    pub overlap: Vec<Vec<f64>>,
    /// Facts only article i carries (indices into `facts`).
    pub exclusives: Vec<Vec<u32>>,
    /// Facts carried by at least two other articles but missing from article i.
    pub omissions: Vec<Vec<u32>>,
    /// Figures, and "first … since" reference points, that articles give differently
    /// ([`crate::disagree`]; dates are the timeline's).
    pub figure_disputes: Vec<Disagreement>,
    /// Framing evidence, by article then position.
    pub framing: Vec<FramingHit>,
}

/// Weighted-Jaccard threshold for two units to be the same fact.
pub const FACT_THRESHOLD: f64 = 0.22;

const STOP: &[&str] = &[
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "by",
    "from", "as", "that", "this", "these", "those", "its", "his", "her", "their", "our", "was",
    "were", "is", "are", "be", "been", "being", "has", "had", "have", "it", "he", "she", "they",
    "we", "you", "i", "which", "who", "whom", "what", "while", "also", "not", "no", "any", "some",
    "such", "than", "then", "there", "here", "would", "could", "should", "will", "can", "may",
    "might", "must", "did", "does", "do", "said", "says", "say", "told", "after", "before", "into",
    "over", "about", "more", "most", "very", "just", "only", "even", "yet", "still", "both", "all",
    "one", "two", "new",
];

/// Lower-case content-word stems of a text (first 6 letters, so inflections meet).
pub fn stems(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() > 1 && !STOP.contains(&w.as_str()))
        .map(|w| w.chars().take(6).collect())
        .collect()
}

/// The units of one article: sentences of paragraphs, list items and table rows.
pub fn units(article_index: u32, article: &Article) -> Vec<Unit> {
    let body: Vec<Span> = article
        .blocks
        .iter()
        .filter(|b| {
            matches!(
                b.kind,
                BlockKind::Paragraph | BlockKind::ListItem | BlockKind::TableRow
            )
        })
        .map(|b| b.span)
        .collect();
    article
        .sentences
        .iter()
        .filter(|s| body.iter().any(|b| b.contains(**s)))
        .map(|&span| Unit {
            article: article_index,
            span,
            words: stems(article.slice(span)),
        })
        .filter(|u| u.words.len() >= 3)
        .collect()
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

fn shorten(s: &str, max: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map(|(a, _)| a).unwrap_or(&cut);
    format!("{cut}…")
}

/// Clusters units of all articles into facts.
pub fn facts(articles: &[Article]) -> Vec<Fact> {
    let all: Vec<Unit> = articles
        .iter()
        .enumerate()
        .flat_map(|(i, a)| units(i as u32, a))
        .collect();
    let n = all.len().max(1) as f64;
    let mut df: HashMap<&str, usize> = HashMap::new();
    for u in &all {
        for w in &u.words {
            *df.entry(w.as_str()).or_default() += 1;
        }
    }
    let idf = |w: &str| (n / (*df.get(w).unwrap_or(&1) as f64)).ln() + 1.0;
    // Candidate pairs: units of different articles sharing a word that is not everywhere.
    let max_df = ((n * 0.25) as usize).max(3);
    let mut postings: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, u) in all.iter().enumerate() {
        for w in &u.words {
            if df.get(w.as_str()).copied().unwrap_or(0) <= max_df {
                postings.entry(w.as_str()).or_default().push(i);
            }
        }
    }
    let mut pairs: BTreeSet<(usize, usize)> = BTreeSet::new();
    for list in postings.values() {
        for (k, &i) in list.iter().enumerate() {
            for &j in list.iter().skip(k + 1) {
                if all[i].article != all[j].article {
                    pairs.insert((i, j));
                }
            }
        }
    }
    let mut parent: Vec<usize> = (0..all.len()).collect();
    let mut why: BTreeMap<usize, BTreeSet<String>> = BTreeMap::new();
    for (i, j) in pairs {
        let (a, b) = (&all[i].words, &all[j].words);
        let inter: f64 = a.intersection(b).map(|w| idf(w)).sum();
        let union: f64 = a.union(b).map(|w| idf(w)).sum();
        if union > 0.0 && inter / union >= FACT_THRESHOLD {
            let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
            if ri != rj {
                parent[rj] = ri;
            }
            let shared: Vec<String> = a.intersection(b).cloned().collect();
            why.entry(i).or_default().extend(shared.iter().cloned());
            why.entry(j).or_default().extend(shared);
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..all.len() {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut out: Vec<Fact> = groups
        .values()
        .map(|m| {
            // Label: the member sharing most words with the others.
            let central = m
                .iter()
                .copied()
                .max_by_key(|&x| {
                    let s: usize = m
                        .iter()
                        .map(|&y| all[x].words.intersection(&all[y].words).count())
                        .sum();
                    (s, std::cmp::Reverse(x))
                })
                .unwrap_or(m[0]);
            let u = &all[central];
            let text = articles
                .get(u.article as usize)
                .map(|a| a.slice(u.span))
                .unwrap_or("");
            let articles_set: BTreeSet<u32> = m.iter().map(|&i| all[i].article).collect();
            let shared: BTreeSet<String> = m
                .iter()
                .filter_map(|i| why.get(i))
                .flatten()
                .cloned()
                .collect();
            let mut shared: Vec<String> = shared.into_iter().collect();
            shared.sort_by(|a, b| idf(b).total_cmp(&idf(a)).then_with(|| a.cmp(b)));
            shared.truncate(6);
            Fact {
                id: 0,
                label: shorten(text, 90),
                units: m.iter().map(|&i| (all[i].article, all[i].span)).collect(),
                articles: articles_set.into_iter().collect(),
                why: shared,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.articles
            .len()
            .cmp(&a.articles.len())
            .then_with(|| a.units.first().cmp(&b.units.first()))
    });
    for (i, f) in out.iter_mut().enumerate() {
        f.id = i as u32;
    }
    out
}

/// The characterising words and phrases looked for. Deliberately small and visible: the view
/// lists it, so a reader can judge what counts as framing.
pub const FRAMING_LEXICON: &[&str] = &[
    "productive",
    "constructive",
    "symbolic",
    "symbolic win",
    "win",
    "victory",
    "defeat",
    "failure",
    "failed",
    "breakthrough",
    "no breakthrough",
    "sell out",
    "theatre",
    "theater",
    "spectacle",
    "optics",
    "anticlimactic",
    "dramatic",
    "pivotal",
    "historic",
    "landmark",
    "much-anticipated",
    "long-anticipated",
    "highly anticipated",
    "vague",
    "tangible",
    "concession",
    "concessions",
    "legitimate",
    "legitimizing",
    "legitimising",
    "ostracized",
    "ostracised",
    "isolation",
    "boost",
    "diplomatic boost",
    "public relations win",
    "red carpet",
    "warmly",
    "bluntly",
    "deadliest",
    "aggression",
    "brutal",
    "regime",
    "propaganda",
    "unprovoked",
    "special military operation",
    "tough",
    "weak",
    "strong",
    "humiliation",
    "humiliating",
    "triumph",
    "disappointment",
    "cautious",
    "tight-lipped",
    "formidable",
    "grinding",
    "stall",
    "raised eyebrows",
    "deal-maker",
    "relief",
    "risk",
    "uncertain",
    "firm",
    "watchful",
];

/// Finds framing words in an article (whole-word, case-insensitive), marking quoted ones.
pub fn framing(article_index: u32, article: &Article) -> Vec<FramingHit> {
    let lower = article.text.to_lowercase();
    // `to_lowercase` can change byte lengths for some scripts; only use hits whose bytes line up.
    if lower.len() != article.text.len() {
        return Vec::new();
    }
    let ac = match aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(FRAMING_LEXICON)
    {
        Ok(ac) => ac,
        Err(_) => return Vec::new(),
    };
    let bytes = lower.as_bytes();
    let is_word = |i: usize| bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric());
    let mut out = Vec::new();
    for m in ac.find_iter(&lower) {
        if (m.start() > 0 && is_word(m.start() - 1)) || is_word(m.end()) {
            continue;
        }
        let span = Span::new(m.start(), m.end());
        let sentence = article
            .sentences
            .iter()
            .copied()
            .find(|s| s.contains(span))
            .unwrap_or(span);
        let quoted = article
            .quotes
            .iter()
            .any(|q| q.parts.iter().any(|p| p.contains(span)) || q.span.contains(span));
        out.push(FramingHit {
            article: article_index,
            term: FRAMING_LEXICON
                .get(m.pattern().as_usize())
                .copied()
                .unwrap_or_default()
                .to_string(),
            span,
            sentence,
            quoted,
        });
    }
    out
}

/// Builds the whole comparison.
pub fn compare(articles: &[Article]) -> Comparison {
    let facts = facts(articles);
    let n = articles.len();
    let mut carried: Vec<BTreeSet<u32>> = vec![BTreeSet::new(); n];
    for f in &facts {
        for &a in &f.articles {
            if let Some(set) = carried.get_mut(a as usize) {
                set.insert(f.id);
            }
        }
    }
    let overlap = (0..n)
        .map(|i| {
            (0..n)
                .map(|j| {
                    let inter = carried[i].intersection(&carried[j]).count() as f64;
                    let union = carried[i].union(&carried[j]).count() as f64;
                    if union == 0.0 { 0.0 } else { inter / union }
                })
                .collect()
        })
        .collect();
    let exclusives = (0..n)
        .map(|i| {
            facts
                .iter()
                .filter(|f| f.articles == [i as u32])
                .map(|f| f.id)
                .collect()
        })
        .collect();
    let omissions = (0..n)
        .map(|i| {
            facts
                .iter()
                .filter(|f| f.articles.len() >= 2 && !f.articles.contains(&(i as u32)))
                .map(|f| f.id)
                .collect()
        })
        .collect();
    let framing = articles
        .iter()
        .enumerate()
        .flat_map(|(i, a)| framing(i as u32, a))
        .collect();
    Comparison {
        facts,
        overlap,
        exclusives,
        omissions,
        figure_disputes: crate::disagree::disagreements(articles, &[]),
        framing,
    }
}

/// One row of a side-by-side reading.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlignedRow {
    /// Sentence of the left article, if any.
    pub left: Option<Span>,
    /// Sentence of the right article, if any.
    pub right: Option<Span>,
    /// The fact both sentences state, when aligned.
    pub fact: Option<u32>,
}

/// Aligns two articles sentence by sentence through the facts: rows follow the left article's
/// order; right sentences with no counterpart are inserted after the last aligned row before
/// them. Rows with one side empty are exclusives.
pub fn align(
    comparison: &Comparison,
    left_index: u32,
    left: &Article,
    right_index: u32,
    right: &Article,
) -> Vec<AlignedRow> {
    let mut fact_of: HashMap<(u32, Span), u32> = HashMap::new();
    for f in &comparison.facts {
        for &(a, s) in &f.units {
            fact_of.insert((a, s), f.id);
        }
    }
    let right_by_fact: HashMap<u32, Span> = right
        .sentences
        .iter()
        .rev()
        .filter_map(|&s| fact_of.get(&(right_index, s)).map(|&f| (f, s)))
        .collect();
    let mut used_right: BTreeSet<Span> = BTreeSet::new();
    let mut rows: Vec<AlignedRow> = Vec::new();
    for &s in &left.sentences {
        let fact = fact_of.get(&(left_index, s)).copied();
        let partner = fact
            .and_then(|f| right_by_fact.get(&f).copied())
            .filter(|r| !used_right.contains(r));
        if let Some(r) = partner {
            used_right.insert(r);
        }
        rows.push(AlignedRow {
            left: Some(s),
            right: partner,
            fact: fact.filter(|_| partner.is_some()),
        });
    }
    // Insert unmatched right sentences after the row holding their nearest aligned predecessor.
    let mut insert_after: BTreeMap<usize, Vec<Span>> = BTreeMap::new();
    let mut last_row: Option<usize> = None;
    for &s in &right.sentences {
        if used_right.contains(&s) {
            last_row = rows.iter().position(|r| r.right == Some(s));
        } else {
            insert_after
                .entry(last_row.map_or(0, |r| r + 1))
                .or_default()
                .push(s);
        }
    }
    let mut out =
        Vec::with_capacity(rows.len() + insert_after.values().map(Vec::len).sum::<usize>());
    for (i, row) in rows.into_iter().enumerate() {
        if let Some(extra) = insert_after.remove(&i) {
            out.extend(extra.into_iter().map(|s| AlignedRow {
                left: None,
                right: Some(s),
                fact: None,
            }));
        }
        out.push(row);
    }
    for extra in insert_after.into_values() {
        out.extend(extra.into_iter().map(|s| AlignedRow {
            left: None,
            right: Some(s),
            fact: None,
        }));
    }
    out
}

/// Byte ranges `(start, end)` within a sentence.
pub type Ranges = Vec<(usize, usize)>;

/// Word-level differences between two aligned sentences: for each side, the byte ranges (relative
/// to the sentence) of words the other side does not have.
pub fn word_diff(left: &str, right: &str) -> (Ranges, Ranges) {
    let words = |s: &str| -> Vec<(usize, usize, String)> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
            match (c.is_alphanumeric() || c == '\'' || c == '’', start) {
                (true, None) => start = Some(i),
                (false, Some(st)) => {
                    out.push((
                        st,
                        i,
                        s.get(st..i).unwrap_or("").to_lowercase().replace('’', "'"),
                    ));
                    start = None;
                }
                _ => {}
            }
        }
        out
    };
    let (lw, rw) = (words(left), words(right));
    let ls: BTreeSet<&str> = lw.iter().map(|w| w.2.as_str()).collect();
    let rs: BTreeSet<&str> = rw.iter().map(|w| w.2.as_str()).collect();
    (
        lw.iter()
            .filter(|w| !rs.contains(w.2.as_str()))
            .map(|w| (w.0, w.1))
            .collect(),
        rw.iter()
            .filter(|w| !ls.contains(w.2.as_str()))
            .map(|w| (w.0, w.1))
            .collect(),
    )
}

/// How the coverage matrix orders its facts.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactOrder {
    /// Most widely carried first (ties: first stated first).
    #[default]
    Widest,
    /// Least widely carried first: the exclusives lead.
    Narrowest,
    /// In the order the articles state them (article 1's facts, then article 2's new ones, …).
    Story,
    /// The facts one article carries first (index into the corpus), widest first within.
    Article(u32),
}

/// Indices into `facts` in the chosen order, keeping only facts carried by at least `min`
/// articles.
pub fn order_facts(facts: &[Fact], order: &FactOrder, min: usize) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..facts.len())
        .filter(|&i| facts[i].articles.len() >= min)
        .collect();
    let first_seen = |f: &Fact| {
        f.units
            .iter()
            .map(|(a, s)| (*a, s.start))
            .min()
            .unwrap_or((u32::MAX, u32::MAX))
    };
    match order {
        FactOrder::Widest => sort_indices(&mut idx, &mut |x, y| {
            let key = |i: usize| {
                (
                    std::cmp::Reverse(facts[i].articles.len()),
                    first_seen(&facts[i]),
                )
            };
            key(x).cmp(&key(y))
        }),
        FactOrder::Narrowest => sort_indices(&mut idx, &mut |x, y| {
            let key = |i: usize| (facts[i].articles.len(), first_seen(&facts[i]));
            key(x).cmp(&key(y))
        }),
        FactOrder::Story => sort_indices(&mut idx, &mut |x, y| {
            first_seen(&facts[x]).cmp(&first_seen(&facts[y]))
        }),
        FactOrder::Article(a) => sort_indices(&mut idx, &mut |x, y| {
            let key = |i: usize| {
                (
                    !facts[i].articles.contains(a),
                    std::cmp::Reverse(facts[i].articles.len()),
                    first_seen(&facts[i]),
                )
            };
            key(x).cmp(&key(y))
        }),
    }
    idx
}

/// The coverage matrix as JSON: `{"articles": [{id, label, outlet}], "facts": [{label,
/// articles: [id…], why: […], sentences: [{article, text}]}]}`.
pub fn matrix_json(comparison: &Comparison, articles: &[Article]) -> String {
    let arts: Vec<serde_json::Value> = articles
        .iter()
        .map(|a| serde_json::json!({ "id": a.id, "label": a.label, "outlet": a.outlet }))
        .collect();
    let facts: Vec<serde_json::Value> = comparison
        .facts
        .iter()
        .map(|f| {
            let ids: Vec<&str> = f
                .articles
                .iter()
                .filter_map(|&i| articles.get(i as usize))
                .map(|a| a.id.as_str())
                .collect();
            let sentences: Vec<serde_json::Value> = f
                .units
                .iter()
                .filter_map(|&(ai, span)| {
                    let a = articles.get(ai as usize)?;
                    Some(serde_json::json!({ "article": a.id, "text": a.text.get(span.range())? }))
                })
                .collect();
            serde_json::json!({ "label": f.label, "articles": ids, "why": f.why, "sentences": sentences })
        })
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({ "articles": arts, "facts": facts }))
        .unwrap_or_default()
}

/// CSV of the coverage matrix: one row per fact, one column per article (1 = carries it).
pub fn matrix_csv(comparison: &Comparison, articles: &[Article]) -> String {
    use crate::timeline::csv_field;
    let mut out = String::from("fact,articles");
    for a in articles {
        out.push(',');
        out.push_str(&csv_field(&a.label));
    }
    out.push('\n');
    for f in &comparison.facts {
        out.push_str(&csv_field(&f.label));
        out.push_str(&format!(",{}", f.articles.len()));
        for i in 0..articles.len() {
            out.push_str(if f.articles.contains(&(i as u32)) {
                ",1"
            } else {
                ",0"
            });
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Block;

    fn art(sentences: &[&str]) -> Article {
        let mut text = String::new();
        let mut spans = Vec::new();
        for s in sentences {
            if !text.is_empty() {
                text.push('\n');
            }
            let start = text.len();
            text.push_str(s);
            spans.push(Span::new(start, text.len()));
        }
        Article {
            blocks: spans
                .iter()
                .map(|&span| Block {
                    kind: BlockKind::Paragraph,
                    span,
                })
                .collect(),
            sentences: spans,
            text,
            label: "x".into(),
            ..Article::default()
        }
    }

    fn corpus() -> Vec<Article> {
        vec![
            art(&[
                "The summit in Anchorage ended without a ceasefire agreement for Ukraine.",
                "Putin arrived at Joint Base Elmendorf-Richardson on a red carpet.",
                "Rubio and Witkoff joined the American delegation.",
            ]),
            art(&[
                "The Anchorage summit ended with no ceasefire agreement on Ukraine.",
                "Oil prices rose sharply in Asian trading on Monday morning.",
            ]),
            art(&[
                "No ceasefire agreement for Ukraine came out of the Anchorage summit.",
                "Putin was welcomed at Joint Base Elmendorf-Richardson with a red carpet.",
            ]),
        ]
    }

    #[test]
    fn same_fact_across_outlets_clusters() {
        let f = facts(&corpus());
        let ceasefire = f
            .iter()
            .find(|f| f.label.contains("ceasefire"))
            .expect("ceasefire fact");
        assert_eq!(ceasefire.articles, vec![0, 1, 2]);
        assert!(
            ceasefire
                .why
                .iter()
                .any(|w| w.starts_with("ceasef") || w.starts_with("anchor")),
            "{:?}",
            ceasefire.why
        );
        let carpet = f
            .iter()
            .find(|f| f.label.contains("carpet"))
            .expect("carpet fact");
        assert_eq!(carpet.articles, vec![0, 2]);
        let oil = f
            .iter()
            .find(|f| f.label.contains("Oil"))
            .expect("oil fact");
        assert_eq!(oil.articles, vec![1]);
    }

    #[test]
    fn exclusives_omissions_and_overlap() {
        let c = compare(&corpus());
        let oil = c
            .facts
            .iter()
            .find(|f| f.label.contains("Oil"))
            .map(|f| f.id)
            .expect("oil");
        assert!(c.exclusives[1].contains(&oil));
        let carpet = c
            .facts
            .iter()
            .find(|f| f.label.contains("carpet"))
            .map(|f| f.id)
            .expect("carpet");
        assert!(c.omissions[1].contains(&carpet));
        assert!((c.overlap[0][0] - 1.0).abs() < 1e-9);
        assert!(c.overlap[0][2] > c.overlap[0][1]);
        assert_eq!(c.overlap[0][2], c.overlap[2][0]);
    }

    #[test]
    fn facts_sort_widest_narrowest_story_and_by_article() {
        let arts = corpus();
        let c = compare(&arts);
        let labels = |order: FactOrder, min: usize| -> Vec<String> {
            order_facts(&c.facts, &order, min)
                .into_iter()
                .map(|i| c.facts[i].label.clone())
                .collect()
        };
        let widest = labels(FactOrder::Widest, 1);
        assert!(widest[0].contains("ceasefire"), "{widest:?}");
        let narrowest = labels(FactOrder::Narrowest, 1);
        assert_eq!(
            c.facts
                .iter()
                .find(|f| f.label == narrowest[0])
                .map(|f| f.articles.len()),
            Some(1)
        );
        let story = labels(FactOrder::Story, 1);
        assert!(
            story[0].contains("summit"),
            "the first sentence of article 1 leads: {story:?}"
        );
        let by_second = labels(FactOrder::Article(1), 1);
        assert!(
            by_second.iter().take(2).any(|l| l.contains("Oil")),
            "{by_second:?}"
        );
        assert!(
            labels(FactOrder::Widest, 2)
                .iter()
                .all(|l| !l.contains("Oil"))
        );
        assert_eq!(labels(FactOrder::Widest, 4), Vec::<String>::new());
    }

    #[test]
    fn matrix_json_names_articles_by_id_and_keeps_sentences() {
        let mut arts = corpus();
        for (i, a) in arts.iter_mut().enumerate() {
            a.id = format!("a{i}");
        }
        let c = compare(&arts);
        let v: serde_json::Value = serde_json::from_str(&matrix_json(&c, &arts)).expect("JSON");
        assert_eq!(v["articles"].as_array().map(Vec::len), Some(3));
        let ceasefire = v["facts"]
            .as_array()
            .and_then(|f| {
                f.iter()
                    .find(|f| f["label"].as_str().is_some_and(|l| l.contains("ceasefire")))
            })
            .expect("ceasefire fact");
        assert_eq!(ceasefire["articles"], serde_json::json!(["a0", "a1", "a2"]));
        assert_eq!(ceasefire["sentences"].as_array().map(Vec::len), Some(3));
    }

    #[test]
    fn alignment_pairs_facts_and_marks_exclusives() {
        let arts = corpus();
        let c = compare(&arts);
        let rows = align(&c, 0, &arts[0], 1, &arts[1]);
        assert_eq!(rows.len(), 4, "{rows:#?}");
        assert!(rows[0].left.is_some() && rows[0].right.is_some());
        assert!(rows.iter().any(|r| r.left.is_none() && r.right.is_some()));
    }

    #[test]
    fn framing_marks_quoted_words() {
        let mut a =
            art(&["The talks were “productive,” Trump said, in a symbolic win for Moscow."]);
        let start = a.text.find('“').unwrap_or(0);
        let end = a.text.find('”').map(|e| e + '”'.len_utf8()).unwrap_or(0);
        a.quotes.push(crate::model::Quote {
            text: "productive,".into(),
            speaker: Some("Donald Trump".into()),
            kind: crate::model::QuoteKind::Fragment,
            span: Span::new(start, end),
            parts: vec![Span::new(start, end)],
            sentence: a.sentences[0],
            attribution: None,
            cue: None,
        });
        let hits = framing(0, &a);
        let terms: Vec<(&str, bool)> = hits.iter().map(|h| (h.term.as_str(), h.quoted)).collect();
        assert_eq!(terms, vec![("productive", true), ("symbolic win", false)]);
    }

    #[test]
    fn word_diff_finds_changed_words() {
        let (l, r) = word_diff(
            "talks lasted nearly three hours",
            "talks lasted more than two hours",
        );
        assert_eq!(l.len(), 2);
        assert_eq!(r.len(), 3);
    }

    #[test]
    fn matrix_csv_has_one_column_per_article() {
        let arts = corpus();
        let c = compare(&arts);
        let csv = matrix_csv(&c, &arts);
        let header = csv.lines().next().unwrap_or("");
        assert_eq!(header.split(',').count(), 2 + arts.len());
        assert_eq!(csv.lines().count(), 1 + c.facts.len());
    }
}
