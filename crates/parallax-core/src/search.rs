//! Quote search: statements across outlets, and a ranked, typo-tolerant search over them.
//!
//! **Statements.** Quotes that report the same words form one [`Statement`]: identical after
//! [`crate::normalize`] (case, diacritics, curly/straight marks, contractions — "There's" and
//! "There is" are one), or one an excerpt of the other ("no deal until there's a deal" inside
//! "There's no deal until there's a deal"). Grouping is by the normalised token sequence; an
//! excerpt of at least [`MIN_EXCERPT`] tokens joins the fullest quote containing it. Each
//! statement keeps every (article, quote) carrying it and each variant's word-level differences
//! from the fullest text.
//!
//! **Search.** [`Query::parse`] reads terms, `"phrases"`, `speaker:` and `outlet:` filters
//! (`speaker:"Marco Rubio"` too). The last bare term is a prefix while the user types. Terms
//! match with typo tolerance (one edit for words of 4+ letters, two for 8+). Ranking is BM25 over
//! statement texts, plus boosts for exact phrase matches and for terms that name the speaker.
//! Results carry highlight ranges in the statement's text and facet counts.
//!
//! Not yet: an embedded pre-built index (this scans the statements per query — fine for
//! thousands of quotes, not measured at 100k) and the browser benchmark against MiniSearch and
//! FlexSearch.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::model::{Article, QuoteKind};
use crate::normalize::{edit_distance, fold, tokens};

/// Shortest excerpt (in tokens) that joins a longer quote's statement.
pub const MIN_EXCERPT: usize = 3;

/// One quote as carried by one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Carrier {
    /// Article index.
    pub article: u32,
    /// Quote index in that article.
    pub quote: u32,
    /// Word-level differences of this variant from the statement text: (start, end) byte
    /// ranges in the variant's own text of words the fullest text does not have.
    pub extra: Vec<(u32, u32)>,
    /// Words of the fullest text this variant leaves out.
    pub missing: Vec<String>,
}

/// The same words, reported by one or more articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// The fullest wording.
    pub text: String,
    /// The most specific speaker any carrier gives.
    pub speaker: Option<String>,
    /// Full or fragment (of the fullest wording).
    pub kind: QuoteKind,
    /// Every carrier, in corpus order.
    pub carriers: Vec<Carrier>,
    /// Outlets (or labels) carrying it, deduplicated, in corpus order.
    pub outlets: Vec<String>,
}

fn outlet_name(a: &Article) -> String {
    a.short_name()
}

fn norm_tokens(text: &str) -> Vec<String> {
    tokens(text).into_iter().map(|t| t.text).collect()
}

/// Position of `needle` as a contiguous run inside `hay`.
fn contains_run(hay: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// Groups every quote of the corpus into statements. Deterministic; near-linear: quotes are
/// compared only with quotes sharing their rarest token.
pub fn statements(articles: &[Article]) -> Vec<Statement> {
    struct Q {
        article: u32,
        quote: u32,
        toks: Vec<String>,
    }
    let mut qs: Vec<Q> = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        for (qi, q) in a.quotes.iter().enumerate() {
            qs.push(Q {
                article: ai as u32,
                quote: qi as u32,
                toks: norm_tokens(&q.text),
            });
        }
    }
    // Longest first, so excerpts find the fullest quote that contains them.
    let mut order: Vec<usize> = (0..qs.len()).collect();
    order.sort_by(|&a, &b| qs[b].toks.len().cmp(&qs[a].toks.len()).then(a.cmp(&b)));
    let mut df: HashMap<&str, usize> = HashMap::new();
    for q in &qs {
        let mut seen: Vec<&str> = q.toks.iter().map(String::as_str).collect();
        seen.sort_unstable();
        seen.dedup();
        for t in seen {
            *df.entry(t).or_default() += 1;
        }
    }
    let mut group_of: Vec<Option<usize>> = vec![None; qs.len()];
    let mut groups: Vec<Vec<usize>> = Vec::new();
    // token → groups whose head contains it
    let mut by_token: HashMap<String, Vec<usize>> = HashMap::new();
    for &i in &order {
        let q = &qs[i];
        let rare = q
            .toks
            .iter()
            .min_by_key(|t| (df.get(t.as_str()).copied().unwrap_or(0), t.len()));
        let mut joined = None;
        if let Some(r) = rare {
            for &g in by_token.get(r).map(Vec::as_slice).unwrap_or(&[]) {
                let head = &qs[groups[g][0]];
                let same = head.toks == q.toks;
                let excerpt = q.toks.len() >= MIN_EXCERPT && contains_run(&head.toks, &q.toks);
                if same || excerpt {
                    joined = Some(g);
                    break;
                }
            }
        }
        let g = match joined {
            Some(g) => g,
            None => {
                groups.push(Vec::new());
                let g = groups.len() - 1;
                let mut uniq: Vec<&String> = q.toks.iter().collect();
                uniq.sort();
                uniq.dedup();
                for t in uniq {
                    by_token.entry(t.clone()).or_default().push(g);
                }
                g
            }
        };
        groups[g].push(i);
        group_of[i] = Some(g);
    }
    let mut out: Vec<(u32, u32, Statement)> = groups
        .iter()
        .filter_map(|members| {
            let head = &qs[*members.first()?];
            let ha = articles.get(head.article as usize)?;
            let hq = ha.quotes.get(head.quote as usize)?;
            let mut carriers: Vec<Carrier> = members
                .iter()
                .filter_map(|&m| {
                    let q = &qs[m];
                    let text = &articles
                        .get(q.article as usize)?
                        .quotes
                        .get(q.quote as usize)?
                        .text;
                    let (extra, missing) = diff(&hq.text, text);
                    Some(Carrier {
                        article: q.article,
                        quote: q.quote,
                        extra,
                        missing,
                    })
                })
                .collect();
            carriers.sort_by_key(|c| (c.article, c.quote));
            let speaker = members
                .iter()
                .filter_map(|&m| {
                    let q = &qs[m];
                    articles
                        .get(q.article as usize)?
                        .quotes
                        .get(q.quote as usize)?
                        .speaker
                        .clone()
                })
                .max_by_key(|s| (s.split_whitespace().count(), s.len()));
            let mut outlets = Vec::new();
            for c in &carriers {
                if let Some(a) = articles.get(c.article as usize) {
                    let n = outlet_name(a);
                    if !outlets.contains(&n) {
                        outlets.push(n);
                    }
                }
            }
            let first = carriers.first().map_or((0, 0), |c| (c.article, c.quote));
            Some((
                first.0,
                first.1,
                Statement {
                    text: hq.text.clone(),
                    speaker,
                    kind: hq.kind,
                    carriers,
                    outlets,
                },
            ))
        })
        .collect();
    out.sort_by_key(|(a, q, _)| (*a, *q));
    out.into_iter().map(|(_, _, s)| s).collect()
}

/// Word-level differences of `variant` against `full`: byte ranges of the variant's words the
/// full text lacks, and the full text's words the variant leaves out (normalised).
pub fn diff(full: &str, variant: &str) -> (Vec<(u32, u32)>, Vec<String>) {
    let f = tokens(full);
    let v = tokens(variant);
    let ft: Vec<&str> = f.iter().map(|t| t.text.as_str()).collect();
    let vt: Vec<&str> = v.iter().map(|t| t.text.as_str()).collect();
    // LCS table (quotes are short).
    let (n, m) = (ft.len(), vt.len());
    if n * m > 250_000 {
        return (Vec::new(), Vec::new());
    }
    let mut dp = vec![vec![0u16; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            dp[i][j] = if ft[i] == vt[j] {
                dp[i + 1][j + 1] + 1
            } else {
                dp[i + 1][j].max(dp[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut extra = Vec::new();
    let mut missing = Vec::new();
    while i < n || j < m {
        if i < n && j < m && ft[i] == vt[j] {
            i += 1;
            j += 1;
        } else if j < m && (i == n || dp[i][j + 1] >= dp[i + 1][j]) {
            let t = &v[j];
            if extra.last() != Some(&(t.start as u32, t.end as u32)) {
                extra.push((t.start as u32, t.end as u32));
            }
            j += 1;
        } else {
            missing.push(ft[i].to_string());
            i += 1;
        }
    }
    (extra, missing)
}

/// A parsed query.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Query {
    /// Normalised single terms.
    pub terms: Vec<String>,
    /// Normalised phrases (token sequences).
    pub phrases: Vec<Vec<String>>,
    /// `speaker:` filter, folded.
    pub speaker: Option<String>,
    /// `outlet:` filter, folded.
    pub outlet: Option<String>,
    /// The last term is still being typed (no trailing space).
    pub prefix_last: bool,
}

impl Query {
    /// Parses `speaker:putin "root causes" peac`.
    pub fn parse(input: &str) -> Query {
        let mut q = Query::default();
        let mut rest = input;
        while !rest.trim_start().is_empty() {
            rest = rest.trim_start();
            let (word, tail) = if let Some(stripped) = rest.strip_prefix('"') {
                let end = stripped.find('"').unwrap_or(stripped.len());
                let phrase = norm_tokens(&stripped[..end]);
                if !phrase.is_empty() {
                    q.phrases.push(phrase);
                }
                rest = stripped.get(end + 1..).unwrap_or("");
                continue;
            } else {
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                (&rest[..end], &rest[end..])
            };
            let lower = word.to_lowercase();
            let key = ["speaker:", "outlet:"]
                .into_iter()
                .find(|k| lower.starts_with(k));
            if let Some(key) = key {
                // `speaker:"Marco Rubio"` or `speaker:putin`
                let after_key = &rest[key.len()..];
                let (value, after) = match after_key.strip_prefix('"') {
                    Some(inner) => {
                        let end = inner.find('"').unwrap_or(inner.len());
                        (&inner[..end], inner.get(end + 1..).unwrap_or(""))
                    }
                    None => {
                        let end = after_key
                            .find(char::is_whitespace)
                            .unwrap_or(after_key.len());
                        (&after_key[..end], &after_key[end..])
                    }
                };
                let folded = norm_tokens(value).join(" ");
                if !folded.is_empty() {
                    if key == "speaker:" {
                        q.speaker = Some(folded);
                    } else {
                        q.outlet = Some(folded);
                    }
                }
                rest = after;
                continue;
            }
            q.terms.extend(norm_tokens(word));
            rest = tail;
        }
        q.prefix_last = !input.ends_with(char::is_whitespace)
            && !input.trim_end().ends_with('"')
            && !q.terms.is_empty();
        q
    }

    /// True when the query asks for nothing (show the empty state).
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
            && self.phrases.is_empty()
            && self.speaker.is_none()
            && self.outlet.is_none()
    }
}

/// One result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    /// Index into the statements.
    pub statement: usize,
    /// Relevance.
    pub score: f64,
    /// Byte ranges in the statement text to highlight.
    pub highlights: Vec<(u32, u32)>,
}

/// Results with facet counts over all matching statements.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Results {
    /// Ranked hits.
    pub hits: Vec<Hit>,
    /// Speaker → matching statements (before the speaker filter).
    pub speakers: BTreeMap<String, usize>,
    /// Outlet → matching statements (before the outlet filter).
    pub outlets: BTreeMap<String, usize>,
}

fn allowed_edits(term: &str) -> usize {
    match term.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// How well `term` matches token `tok`: 1.0 exact, 0.8 prefix (when typing), 0.6 per typo.
fn term_match(term: &str, tok: &str, prefix: bool) -> Option<f64> {
    if tok == term {
        return Some(1.0);
    }
    if prefix && tok.starts_with(term) {
        return Some(0.8);
    }
    let k = allowed_edits(term);
    if k > 0 {
        // A swap of two neighbouring letters ("dael") counts as one edit.
        let d = if transposed(term, tok) {
            1
        } else {
            edit_distance(term, tok, k)
        };
        if d <= k {
            return Some(0.7 - 0.1 * d as f64);
        }
        if prefix && tok.len() > term.len() {
            let cut: String = tok.chars().take(term.chars().count()).collect();
            if edit_distance(term, &cut, 1) <= 1 {
                return Some(0.5);
            }
        }
    }
    None
}

/// True when `b` is `a` with two neighbouring characters swapped.
fn transposed(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len() != b.len() {
        return false;
    }
    let diffs: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    matches!(diffs.as_slice(), [i, j] if *j == i + 1 && a[*i] == b[*j] && a[*j] == b[*i])
}

/// Searches the statements. Deterministic: ties break by statement order.
pub fn search(statements: &[Statement], query: &Query) -> Results {
    let toks: Vec<Vec<crate::normalize::Token>> =
        statements.iter().map(|s| tokens(&s.text)).collect();
    let n = statements.len().max(1) as f64;
    let avg_len = toks.iter().map(Vec::len).sum::<usize>() as f64 / n;
    let speaker_ok = |s: &Statement| {
        query.speaker.as_ref().is_none_or(|want| {
            s.speaker.as_deref().is_some_and(|sp| {
                let sp = norm_tokens(sp).join(" ");
                sp.contains(want.as_str())
            })
        })
    };
    let outlet_ok = |s: &Statement| {
        query.outlet.as_ref().is_none_or(|want| {
            s.outlets
                .iter()
                .any(|o| norm_tokens(o).join(" ").contains(want.as_str()))
        })
    };
    // Document frequency per query term (for idf).
    let last = query.terms.len().saturating_sub(1);
    let df: Vec<f64> = query
        .terms
        .iter()
        .enumerate()
        .map(|(ti, t)| {
            let prefix = query.prefix_last && ti == last;
            toks.iter()
                .filter(|ts| ts.iter().any(|x| term_match(t, &x.text, prefix).is_some()))
                .count() as f64
        })
        .collect();
    let mut hits = Vec::new();
    let mut speakers: BTreeMap<String, usize> = BTreeMap::new();
    let mut outlets: BTreeMap<String, usize> = BTreeMap::new();
    for (si, s) in statements.iter().enumerate() {
        let ts = &toks[si];
        let mut score = 0.0;
        let mut highlights: Vec<(u32, u32)> = Vec::new();
        let mut all = true;
        let speaker_words: Vec<String> = s.speaker.as_deref().map(norm_tokens).unwrap_or_default();
        for (ti, t) in query.terms.iter().enumerate() {
            let prefix = query.prefix_last && ti == last;
            let mut tf = 0.0;
            for x in ts {
                if let Some(w) = term_match(t, &x.text, prefix) {
                    tf += w;
                    highlights.push((x.start as u32, x.end as u32));
                }
            }
            let names_speaker = speaker_words
                .iter()
                .any(|w| term_match(t, w, prefix).is_some());
            if tf == 0.0 && !names_speaker {
                all = false;
                break;
            }
            let idf = ((n - df[ti] + 0.5) / (df[ti] + 0.5) + 1.0).ln();
            let len = ts.len() as f64;
            let (k1, b) = (1.2, 0.75);
            score += idf * (tf * (k1 + 1.0)) / (tf + k1 * (1.0 - b + b * len / avg_len.max(1.0)));
            if names_speaker {
                score += 1.5;
            }
        }
        for p in &query.phrases {
            let words: Vec<&str> = ts.iter().map(|x| x.text.as_str()).collect();
            let pos = words
                .windows(p.len())
                .position(|w| w.iter().zip(p).all(|(a, b)| *a == b));
            match pos {
                Some(i) => {
                    score += 3.0 + p.len() as f64 * 0.5;
                    if let (Some(first), Some(lastt)) = (ts.get(i), ts.get(i + p.len() - 1)) {
                        highlights.push((first.start as u32, lastt.end as u32));
                    }
                }
                None => all = false,
            }
        }
        if !all {
            continue;
        }
        // Facets count before their own filter, after the other one.
        if outlet_ok(s) {
            let key = s
                .speaker
                .clone()
                .unwrap_or_else(|| "Speaker unknown".to_string());
            *speakers.entry(key).or_default() += 1;
        }
        if speaker_ok(s) {
            for o in &s.outlets {
                *outlets.entry(o.clone()).or_default() += 1;
            }
        }
        if !speaker_ok(s) || !outlet_ok(s) {
            continue;
        }
        // Wider carriage ranks a little higher, as does a full quote.
        score += 0.1 * s.outlets.len() as f64;
        if s.kind == QuoteKind::Full {
            score += 0.05;
        }
        highlights.sort_unstable();
        highlights.dedup();
        hits.push(Hit {
            statement: si,
            score,
            highlights,
        });
    }
    hits.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.statement.cmp(&b.statement))
    });
    Results {
        hits,
        speakers,
        outlets,
    }
}

/// Most-quoted speakers (statements per speaker), for the empty state.
pub fn top_speakers(statements: &[Statement], n: usize) -> Vec<(String, usize)> {
    let mut c: BTreeMap<String, usize> = BTreeMap::new();
    for s in statements {
        if let Some(sp) = &s.speaker {
            *c.entry(sp.clone()).or_default() += 1;
        }
    }
    let mut v: Vec<(String, usize)> = c.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v.truncate(n);
    v
}

/// The statements carried by the most outlets, for the empty state.
pub fn most_carried(statements: &[Statement], n: usize) -> Vec<usize> {
    let mut v: Vec<usize> = (0..statements.len())
        .filter(|&i| statements[i].outlets.len() > 1)
        .collect();
    v.sort_by(|&a, &b| {
        statements[b]
            .outlets
            .len()
            .cmp(&statements[a].outlets.len())
            .then(a.cmp(&b))
    });
    v.truncate(n);
    v
}

/// CSV of results: statement, speaker, outlets, carriers.
pub fn to_csv(statements: &[Statement], results: &Results) -> String {
    let f = crate::timeline::csv_field;
    let mut out = String::from("quote,speaker,outlets,carried_by\r\n");
    for h in &results.hits {
        let Some(s) = statements.get(h.statement) else {
            continue;
        };
        out.push_str(&format!(
            "{},{},{},{}\r\n",
            f(&s.text),
            f(s.speaker.as_deref().unwrap_or("")),
            f(&s.outlets.join("; ")),
            s.carriers.len()
        ));
    }
    out
}

/// JSON of results: the statements in rank order.
pub fn to_json(statements: &[Statement], results: &Results) -> String {
    let v: Vec<&Statement> = results
        .hits
        .iter()
        .filter_map(|h| statements.get(h.statement))
        .collect();
    serde_json::to_string_pretty(&v).unwrap_or_else(|_| "[]".into())
}

/// Folded form of a display name, for comparing facet values with query filters.
pub fn fold_name(s: &str) -> String {
    s.split_whitespace().map(fold).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Quote, Span};

    fn article(outlet: &str, quotes: &[(&str, Option<&str>)]) -> Article {
        Article {
            outlet: Some(outlet.to_string()),
            label: outlet.to_string(),
            quotes: quotes
                .iter()
                .map(|(t, s)| Quote {
                    text: t.to_string(),
                    speaker: s.map(str::to_string),
                    kind: if t.split_whitespace().count() < 4 {
                        QuoteKind::Fragment
                    } else {
                        QuoteKind::Full
                    },
                    span: Span::default(),
                    parts: vec![],
                    sentence: Span::default(),
                    attribution: None,
                    cue: None,
                })
                .collect(),
            ..Article::default()
        }
    }

    fn corpus() -> Vec<Article> {
        vec![
            article(
                "Reuters",
                &[
                    (
                        "There's no deal until there's a deal,",
                        Some("Donald Trump"),
                    ),
                    ("root causes", Some("Vladimir Putin")),
                ],
            ),
            article(
                "AP",
                &[("There is no deal until there is a deal.", Some("Trump"))],
            ),
            article(
                "BBC",
                &[
                    ("no deal until there's a deal", None),
                    ("We are counting on America.", Some("Volodymyr Zelenskyy")),
                ],
            ),
        ]
    }

    #[test]
    fn the_three_no_deal_variants_are_one_statement() {
        let st = statements(&corpus());
        let deal: Vec<&Statement> = st
            .iter()
            .filter(|s| s.text.to_lowercase().contains("no deal"))
            .collect();
        assert_eq!(deal.len(), 1, "{st:#?}");
        assert_eq!(deal[0].carriers.len(), 3);
        assert_eq!(deal[0].outlets, vec!["Reuters", "AP", "BBC"]);
        assert_eq!(deal[0].speaker.as_deref(), Some("Donald Trump"));
        assert_eq!(st.len(), 3);
    }

    #[test]
    fn diffs_show_what_a_variant_changes() {
        let (extra, missing) = diff(
            "We had an extremely productive meeting",
            "We had a productive meeting",
        );
        assert_eq!(extra.len(), 1); // "a"
        assert_eq!(missing, vec!["an", "extremely"]);
        let (extra, missing) = diff("There's no deal", "There is no deal");
        assert!(extra.is_empty() && missing.is_empty());
    }

    #[test]
    fn queries_parse_filters_phrases_and_prefixes() {
        let q = Query::parse("speaker:putin \"root causes\" peac");
        assert_eq!(q.speaker.as_deref(), Some("putin"));
        assert_eq!(
            q.phrases,
            vec![vec!["root".to_string(), "causes".to_string()]]
        );
        assert_eq!(q.terms, vec!["peac"]);
        assert!(q.prefix_last);
        let q = Query::parse("speaker:\"Marco Rubio\" outlet:reuters deal ");
        assert_eq!(q.speaker.as_deref(), Some("marco rubio"));
        assert_eq!(q.outlet.as_deref(), Some("reuters"));
        assert!(!q.prefix_last);
        assert!(Query::parse("   ").is_empty());
    }

    #[test]
    fn search_prefix_typo_phrase_filters_and_facets() {
        let st = statements(&corpus());
        let find = |q: &str| -> Vec<String> {
            search(&st, &Query::parse(q))
                .hits
                .iter()
                .map(|h| st[h.statement].text.clone())
                .collect()
        };
        assert_eq!(find("dea").len(), 1, "prefix while typing");
        assert_eq!(find("countng").len(), 1, "one typo in a 7-letter word");
        assert_eq!(
            find("dael ").len(),
            1,
            "a swap of neighbouring letters is one edit"
        );
        assert!(find("cat").is_empty());
        assert_eq!(find("\"root causes\""), vec!["root causes"]);
        assert_eq!(find("speaker:zelenskyy america").len(), 1);
        assert!(find("speaker:putin deal").is_empty());
        assert_eq!(find("outlet:bbc counting").len(), 1);
        assert_eq!(find("trump").len(), 1, "speaker names match");
        let r = search(&st, &Query::parse("deal"));
        assert_eq!(r.outlets.get("AP"), Some(&1));
        assert_eq!(r.speakers.get("Donald Trump"), Some(&1));
        let h = &r.hits[0];
        let text = &st[h.statement].text;
        assert!(h.highlights.iter().all(|&(a, b)| {
            text.get(a as usize..b as usize)
                .is_some_and(|w| w.to_lowercase().starts_with("deal"))
        }));
    }

    #[test]
    fn exports_escape_fields() {
        let st = statements(&corpus());
        let r = search(&st, &Query::parse("deal"));
        let csv = to_csv(&st, &r);
        assert!(csv.starts_with("quote,speaker,outlets,carried_by\r\n"));
        assert!(csv.contains("\"There's no deal until there's a deal,\""));
        assert!(to_json(&st, &r).contains("Donald Trump"));
    }
}
