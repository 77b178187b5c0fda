//! Quote search: statements across outlets, and a ranked, typo-tolerant search over them.
//!
//! **Statements.** Quotes that report the same words form one [`Statement`]: identical after
//! [`crate::normalize`] (case, diacritics, curly/straight marks, contractions — "There's" and
//! "There is" are one), or one an excerpt of the other ("no deal until there's a deal" inside
//! "There's no deal until there's a deal"). Grouping is by the normalised token sequence; an
//! excerpt of at least [`MIN_EXCERPT`] tokens joins the fullest quote containing it (found
//! through its rarest word trigram, so grouping is near-linear). Each statement has every
//! (article, quote) carrying it and each variant's word-level differences from the fullest text.
//!
//! **Embedding.** [`SearchData`] is what the app embeds beside its corpus: each statement as
//! [`StatementRef`]s into the corpus (no copied text), and the [`Index`], which also holds
//! speakers, outlets and kinds. [`SearchData::statement`] makes the full [`Statement`] of one
//! (differences computed then) for display.
//!
//! **Search.** [`Query::parse`] reads terms, `"phrases"`, `speaker:` and `outlet:` filters
//! (`speaker:"Marco Rubio"` too). The last bare term is a prefix while the user types. Terms
//! match with typo tolerance (one edit for words of 4+ letters, two for 8+). Ranking is BM25 over
//! statement texts, plus boosts for exact phrase matches and for terms that name the speaker.
//! Results count every match ([`Results::total`], facets) and carry the ranked hits with
//! highlight ranges in the statement's text: all of them ([`Index::search`]), or the best page
//! ([`SearchData::search`], as the view shows).
//!
//! **Index.** [`Index`] is built once from the statements: a sorted dictionary walked as a trie
//! for prefixes and typos, varint postings, per-statement term sequences for phrases, and
//! speaker/outlet ids for filters and facets. [`search`] builds one per call (same results as
//! scanning every statement, which the tests check); callers that search on every keystroke
//! build or load it once. `cargo xtask bench search` measures it in the browser against
//! MiniSearch and FlexSearch.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::model::{Article, Quote, QuoteKind};
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

/// True when `needle` occurs as a contiguous run inside `hay`.
fn contains_run<T: PartialEq>(hay: &[T], needle: &[T]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// One quote of the corpus: its article and its position in that article's quotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct QuoteRef {
    /// Article index.
    pub article: u32,
    /// Quote index in that article.
    pub quote: u32,
}

impl QuoteRef {
    /// The quote in `articles`, with its article.
    pub fn get<'a>(&self, articles: &'a [Article]) -> Option<(&'a Article, &'a Quote)> {
        let a = articles.get(self.article as usize)?;
        Some((a, a.quotes.get(self.quote as usize)?))
    }
}

/// A statement as the app embeds it: references to the quotes carrying it (the corpus holds
/// their text, speakers and articles), not copies. [`SearchData::statement`] makes the full
/// [`Statement`] of one, variant differences included, for display.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct StatementRef {
    /// Every quote carrying it, in corpus order.
    pub carriers: Vec<QuoteRef>,
    /// Position in `carriers` of the fullest wording (the statement's text).
    pub head: u32,
}

impl StatementRef {
    /// The quote whose wording is the statement's text.
    pub fn head(&self) -> Option<QuoteRef> {
        self.carriers.get(self.head as usize).copied()
    }
}

/// A statement with what grouping decided about it: its references, and the speaker chosen
/// among its carriers (the most specific name, ties to the quote grouped last).
struct Grouped {
    statement: StatementRef,
    speaker: Option<QuoteRef>,
}

/// Groups every quote of the corpus (see the module docs). Deterministic and near-linear: an
/// excerpt is compared only with the statements containing its rarest word trigram, and an
/// exact repeat is found by hashing.
fn group(articles: &[Article]) -> Vec<Grouped> {
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut qs: Vec<(QuoteRef, Vec<u32>)> = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        for (qi, q) in a.quotes.iter().enumerate() {
            let toks = tokens(&q.text)
                .into_iter()
                .map(|t| {
                    let next = ids.len() as u32;
                    *ids.entry(t.text).or_insert(next)
                })
                .collect();
            let at = QuoteRef {
                article: ai as u32,
                quote: qi as u32,
            };
            qs.push((at, toks));
        }
    }
    drop(ids);
    // Longest first, so excerpts find the fullest quote that contains them; among equals the
    // first statement made wins.
    let mut order: Vec<usize> = (0..qs.len()).collect();
    order.sort_by(|&a, &b| qs[b].1.len().cmp(&qs[a].1.len()).then(a.cmp(&b)));
    let mut heads: Vec<usize> = Vec::new();
    let mut members: Vec<Vec<usize>> = Vec::new();
    // Whole token sequence of a statement's head → that statement.
    let mut exact: HashMap<&[u32], usize> = HashMap::new();
    // Word trigram → statements whose head has it, in creation order.
    let mut grams: HashMap<[u32; 3], Vec<u32>> = HashMap::new();
    let trigram = |w: &[u32]| [w[0], w[1], w[2]];
    for &i in &order {
        let toks = qs[i].1.as_slice();
        let joined = if toks.is_empty() {
            None
        } else if toks.len() < MIN_EXCERPT {
            exact.get(toks).copied()
        } else {
            // The rarest trigram's statements include every head containing the quote.
            let mut rarest: Option<&[u32]> = None;
            for w in toks.windows(3) {
                match grams.get(&trigram(w)) {
                    None => {
                        rarest = None;
                        break;
                    }
                    Some(list) => {
                        if rarest.is_none_or(|r| list.len() < r.len()) {
                            rarest = Some(list);
                        }
                    }
                }
            }
            rarest.and_then(|list| {
                list.iter()
                    .map(|&g| g as usize)
                    .find(|&g| contains_run(&qs[heads[g]].1, toks))
            })
        };
        match joined {
            Some(g) => members[g].push(i),
            None => {
                let g = heads.len();
                heads.push(i);
                members.push(vec![i]);
                if !toks.is_empty() {
                    exact.entry(toks).or_insert(g);
                }
                for w in toks.windows(3) {
                    let list = grams.entry(trigram(w)).or_default();
                    if list.last() != Some(&(g as u32)) {
                        list.push(g as u32);
                    }
                }
            }
        }
    }
    drop(grams);
    drop(exact);
    let mut out: Vec<Grouped> = members
        .iter()
        .zip(&heads)
        .map(|(ms, &h)| {
            let speaker = ms
                .iter()
                .filter_map(|&m| {
                    let at = qs[m].0;
                    let s = at.get(articles)?.1.speaker.as_deref()?;
                    Some((at, s))
                })
                .max_by_key(|(_, s)| (s.split_whitespace().count(), s.len()))
                .map(|(at, _)| at);
            let mut carriers: Vec<QuoteRef> = ms.iter().map(|&m| qs[m].0).collect();
            carriers.sort_unstable();
            let head_at = qs[h].0;
            let head = carriers.iter().position(|&c| c == head_at).unwrap_or(0) as u32;
            Grouped {
                statement: StatementRef { carriers, head },
                speaker,
            }
        })
        .collect();
    out.sort_by_key(|g| g.statement.carriers.first().copied());
    out
}

/// Groups every quote of the corpus into statements, each with its text, speaker, outlets and
/// every variant's differences. The embedded form is [`SearchData`], which keeps references
/// instead and makes these one at a time ([`SearchData::statement`]).
pub fn statements(articles: &[Article]) -> Vec<Statement> {
    let data = SearchData::build(articles);
    (0..data.len())
        .filter_map(|i| data.statement(articles, i))
        .collect()
}

/// What the quote search embeds beside the corpus: the statements as references into it, and
/// their [`Index`]. Serde-serialisable (postcard in the app); built once with
/// [`SearchData::build`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SearchData {
    /// Statements, in corpus order of their first carrier.
    pub statements: Vec<StatementRef>,
    /// Their search index (which also holds each statement's speaker, outlets and kind).
    pub index: Index,
}

impl SearchData {
    /// Groups the quotes of `articles` into statements and indexes them.
    pub fn build(articles: &[Article]) -> SearchData {
        let grouped = group(articles);
        let metas: Vec<Meta<'_>> = grouped
            .iter()
            .map(|g| {
                let head = g.statement.head().and_then(|h| h.get(articles));
                let mut outlets: Vec<String> = Vec::new();
                for c in &g.statement.carriers {
                    if let Some(a) = articles.get(c.article as usize) {
                        let n = outlet_name(a);
                        if !outlets.contains(&n) {
                            outlets.push(n);
                        }
                    }
                }
                Meta {
                    text: head.map_or("", |(_, q)| q.text.as_str()),
                    speaker: g
                        .speaker
                        .and_then(|s| s.get(articles))
                        .and_then(|(_, q)| q.speaker.as_deref()),
                    outlets,
                    full: head.is_none_or(|(_, q)| q.kind == QuoteKind::Full),
                }
            })
            .collect();
        let index = Index::build_from(&metas);
        SearchData {
            statements: grouped.into_iter().map(|g| g.statement).collect(),
            index,
        }
    }

    /// Checks that this data, read from a file, fits `articles`: every quote reference inside
    /// the corpus and every id and offset of the index inside its tables, so that searching can
    /// never index out of range. The reason names the first problem found.
    pub fn check(&self, articles: &[Article]) -> Result<(), String> {
        for (i, s) in self.statements.iter().enumerate() {
            if s.carriers.iter().any(|c| c.get(articles).is_none()) {
                return Err(format!(
                    "search statement {i} refers to a quote not in the corpus"
                ));
            }
            if s.head().is_none() {
                return Err(format!("search statement {i} has no quote of its own"));
            }
        }
        self.index.check(self.statements.len())
    }

    /// Number of statements.
    pub fn len(&self) -> usize {
        self.statements.len()
    }

    /// True when there is no statement.
    pub fn is_empty(&self) -> bool {
        self.statements.is_empty()
    }

    /// The statement's text: its fullest wording, as the corpus has it.
    pub fn text<'a>(&self, articles: &'a [Article], statement: usize) -> Option<&'a str> {
        let head = self.statements.get(statement)?.head()?;
        Some(head.get(articles)?.1.text.as_str())
    }

    /// The statement's speaker (the most specific name any carrier gives).
    pub fn speaker(&self, statement: usize) -> Option<&str> {
        self.index.speaker_of(statement)
    }

    /// Outlets carrying the statement, deduplicated, in corpus order.
    pub fn outlets(&self, statement: usize) -> impl Iterator<Item = &str> + '_ {
        self.index.outlets_of(statement)
    }

    /// Full or fragment (of the fullest wording).
    pub fn kind(&self, statement: usize) -> QuoteKind {
        if self.index.full.get(statement).copied().unwrap_or(true) {
            QuoteKind::Full
        } else {
            QuoteKind::Fragment
        }
    }

    /// The whole statement for display: text, speaker, outlets, and each carrier's word-level
    /// differences from the text (computed now, [`diff`]).
    pub fn statement(&self, articles: &[Article], statement: usize) -> Option<Statement> {
        let st = self.statements.get(statement)?;
        let text = self.text(articles, statement)?;
        let carriers = st
            .carriers
            .iter()
            .filter_map(|c| {
                let (_, q) = c.get(articles)?;
                let (extra, missing) = diff(text, &q.text);
                Some(Carrier {
                    article: c.article,
                    quote: c.quote,
                    extra,
                    missing,
                })
            })
            .collect();
        Some(Statement {
            text: text.to_string(),
            speaker: self.speaker(statement).map(str::to_string),
            kind: self.kind(statement),
            carriers,
            outlets: self.outlets(statement).map(str::to_string).collect(),
        })
    }

    /// Searches the statements as the view does: the best [`PAGE`] hits, ranked, with
    /// highlights ([`Results::total`] and the facets count every match). `articles` is the
    /// corpus they were built from (highlights are ranges in [`SearchData::text`]).
    pub fn search(&self, articles: &[Article], query: &Query) -> Results {
        self.search_top(articles, query, PAGE)
    }

    /// As [`SearchData::search`], ranking the best `limit` hits (`usize::MAX`: all, as the
    /// exports want).
    pub fn search_top(&self, articles: &[Article], query: &Query, limit: usize) -> Results {
        self.index
            .search_by(self.len(), |i| self.text(articles, i), query, limit)
    }

    /// Most-quoted speakers (statements per speaker), for the empty state.
    pub fn top_speakers(&self, n: usize) -> Vec<(String, usize)> {
        rank_speakers((0..self.len()).filter_map(|i| self.speaker(i)), n)
    }

    /// The statements carried by the most outlets, for the empty state.
    pub fn most_carried(&self, n: usize) -> Vec<usize> {
        rank_carried(
            self.len(),
            |i| self.kind(i),
            |i| self.index.outlet_range(i).len(),
            n,
        )
    }

    /// CSV of results: statement, speaker, outlets, carriers.
    pub fn to_csv(&self, articles: &[Article], results: &Results) -> String {
        let rows = results.hits.iter().filter_map(|h| {
            Some(CsvRow {
                text: self.text(articles, h.statement)?,
                speaker: self.speaker(h.statement),
                outlets: self.outlets(h.statement).collect(),
                carriers: self.statements.get(h.statement)?.carriers.len(),
            })
        });
        csv(rows)
    }

    /// JSON of results: the statements in rank order.
    pub fn to_json(&self, articles: &[Article], results: &Results) -> String {
        let v: Vec<Statement> = results
            .hits
            .iter()
            .filter_map(|h| self.statement(articles, h.statement))
            .collect();
        serde_json::to_string_pretty(&v).unwrap_or_else(|_| "[]".into())
    }
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
    /// Ranked hits: every match, or the best ones when the search was limited.
    pub hits: Vec<Hit>,
    /// Number of matching statements (all of them, however many `hits` holds).
    pub total: usize,
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

#[cfg(test)]
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
///
/// Builds an [`Index`] first; callers that search repeatedly should build (or load) the index
/// once and call [`Index::search`].
pub fn search(statements: &[Statement], query: &Query) -> Results {
    Index::build(statements).search(statements, query)
}

/// Hits, in rank order, that get highlight ranges (the view shows this many cards).
pub const HIGHLIGHTED: usize = 100;

/// Hits [`SearchData::search`] ranks and returns: the cards the view shows.
pub const PAGE: usize = HIGHLIGHTED;

/// Appends `v` as a LEB128 varint.
fn put_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Reads a LEB128 varint at `*pos`, advancing it (0 past the end).
fn get_varint(bytes: &[u8], pos: &mut usize) -> u32 {
    let mut v = 0u32;
    let mut shift = 0;
    while let Some(&b) = bytes.get(*pos) {
        *pos += 1;
        v |= u32::from(b & 0x7f) << shift;
        if b < 0x80 {
            break;
        }
        shift += 7;
        if shift > 28 {
            break;
        }
    }
    v
}

/// Every term of the sorted `terms` that `term` matches, weighted as `term_match` would:
/// exact 1.0, prefix 0.8 (when typing), within the allowed edits 0.7 − 0.1 per edit, a prefix
/// within one edit 0.5.
fn expand_in(terms: &[String], dict: &Dict, term: &str, prefix: bool) -> Vec<Expansion> {
    let q: Vec<char> = term.chars().collect();
    let k = allowed_edits(term);
    let mut out = Vec::new();
    if k == 0 {
        let start = terms.partition_point(|t| t.as_str() < term);
        for (i, t) in terms.iter().enumerate().skip(start) {
            if t == term {
                out.push(Expansion {
                    term: i as u32,
                    weight: 1.0,
                });
            } else if prefix && t.starts_with(term) {
                out.push(Expansion {
                    term: i as u32,
                    weight: 0.8,
                });
            } else {
                break;
            }
            if !prefix {
                break;
            }
        }
        return out;
    }
    // Trie walk over the sorted terms with optimal-string-alignment rows: row r holds the
    // distances between the term's first r chars and every prefix of the query. OSA never
    // exceeds the Levenshtein-or-swap distance `term_match` uses, so it only prunes terms
    // that cannot match; the few survivors get the exact distance. Rows of the prefix a term
    // shares with the previous one visited are kept (`dict.lcp`).
    let width = q.len() + 1;
    let max_depth = q.len() + k;
    // Distances are capped at k + 1 and only the band |row − col| ≤ k is computed: a cell
    // outside it is more than k edits anyway.
    let cap = (k + 1) as u8;
    let mut rows: Vec<u8> = vec![cap; (max_depth + 1) * width];
    for (c, cell) in rows.iter_mut().take(width).enumerate() {
        *cell = c.min(k + 1) as u8;
    }
    let mut mins: Vec<u8> = vec![0; max_depth + 1];
    // When row r is "tight" (its smallest distance is exactly k), only a few characters at
    // position r keep a term alive: those that extend a k-cell diagonally or by a swap. They
    // are listed here (`FREE`: any), so the walk jumps over the other siblings at once.
    const FREE: u8 = u8::MAX;
    let stride = 2 * (2 * k + 1);
    let mut allow: Vec<char> = vec!['\0'; (max_depth + 1) * stride];
    let mut allow_len: Vec<u8> = vec![FREE; max_depth + 1];
    let mut target: Vec<char> = Vec::new();
    // Rows computed for the current term: 0..=depth.
    let mut depth = 0usize;
    let mut i = 0;
    while i < terms.len() {
        let t = &terms[i];
        let cur = dict.term(i);
        depth = depth.min(dict.lcp.get(i).copied().unwrap_or(0) as usize);
        // Some(len): no term starting with the term's first `len` chars can match.
        let mut dead = None;
        // Some(r): the char at r is not allowed after a tight row r.
        let mut blocked = None;
        for (r, &c) in cur.iter().enumerate().skip(depth) {
            if r >= max_depth {
                // Too long for a whole-word match; only a prefix match is still possible.
                if !prefix {
                    dead = Some(r + 1);
                }
                break;
            }
            let n_allow = allow_len[r];
            if n_allow != FREE && !allow[r * stride..r * stride + usize::from(n_allow)].contains(&c)
            {
                blocked = Some(r);
                break;
            }
            let row = r + 1;
            let base = row * width;
            let first = row.min(k + 1) as u8;
            rows[base..base + width].fill(cap);
            rows[base] = first;
            let mut min = first;
            for col in row.saturating_sub(k).max(1)..=(row + k).min(q.len()) {
                let up = rows[base - width + col];
                let left = rows[base + col - 1];
                let diag = rows[base - width + col - 1];
                let mut d = (up + 1).min(left + 1).min(diag + u8::from(c != q[col - 1]));
                if row > 1 && col > 1 && c == q[col - 2] && cur[r - 1] == q[col - 1] {
                    d = d.min(rows[base - 2 * width + col - 2] + 1);
                }
                let d = d.min(cap);
                rows[base + col] = d;
                min = min.min(d);
            }
            depth = row;
            let before = mins[row - 1];
            mins[row] = min;
            if usize::from(min) > k && usize::from(before) >= k {
                // No whole-word match below here; past the query's length a longer word
                // can still start with the query within one edit.
                if !(prefix && row > q.len()) {
                    dead = Some(row);
                }
                break;
            }
            allow_len[row] = FREE;
            let next = row + 1;
            if usize::from(min) == k && next <= max_depth && !(prefix && next > q.len()) {
                // Row `next` has a cell ≤ k only through a diagonal from a k-cell of this row
                // (matching q[col − 1]) or a swap from a cell < k two rows up.
                let at = row * stride;
                let mut n = 0;
                for col in next.saturating_sub(k).max(1)..=(next + k).min(q.len()) {
                    if usize::from(rows[base + col - 1]) <= k {
                        allow[at + n] = q[col - 1];
                        n += 1;
                    }
                    if col > 1 && c == q[col - 1] && usize::from(rows[base - width + col - 2]) < k {
                        allow[at + n] = q[col - 2];
                        n += 1;
                    }
                }
                allow_len[row] = n as u8;
            }
        }
        if let Some(r) = blocked {
            // Every term with this term's first r chars and a char at r that is not allowed is
            // dead: go to the next allowed sibling, or past them all.
            let at = r * stride;
            let later = allow[at..at + usize::from(allow_len[r])]
                .iter()
                .copied()
                .filter(|&a| a > cur[r])
                .min();
            i = match later {
                Some(a) => {
                    target.clear();
                    target.extend_from_slice(&cur[..r]);
                    target.push(a);
                    let (mut lo, mut hi) = (i + 1, terms.len());
                    while lo < hi {
                        let mid = lo + (hi - lo) / 2;
                        if dict.term(mid) < target.as_slice() {
                            lo = mid + 1;
                        } else {
                            hi = mid;
                        }
                    }
                    lo
                }
                None => dict.past_stem(i, r),
            };
            continue;
        }
        if let Some(len) = dead {
            i = dict.past_stem(i, len);
            continue;
        }
        let weight = if t == term {
            Some(1.0)
        } else if prefix && t.starts_with(term) {
            Some(0.8)
        } else {
            let osa = if cur.len() <= max_depth && depth == cur.len() {
                usize::from(rows[cur.len() * width + q.len()])
            } else {
                k + 1
            };
            let d = if osa > k {
                osa
            } else if transposed(term, t) {
                1
            } else {
                edit_distance(term, t, k)
            };
            if d <= k {
                Some(0.7 - 0.1 * d as f64)
            } else if prefix && t.len() > term.len() && {
                let cut: String = cur.iter().take(q.len()).collect();
                edit_distance(term, &cut, 1) <= 1
            } {
                Some(0.5)
            } else {
                None
            }
        };
        if let Some(weight) = weight {
            out.push(Expansion {
                term: i as u32,
                weight,
            });
        }
        i += 1;
    }
    out
}

/// A sorted word list as characters, for the trie walk: each word's chars, and how many it
/// shares with the word before it.
#[derive(Debug, Clone, Default)]
struct Dict {
    chars: Vec<char>,
    at: Vec<u32>,
    lcp: Vec<u32>,
}

impl Dict {
    fn new(terms: &[String]) -> Dict {
        let mut d = Dict {
            at: vec![0],
            ..Dict::default()
        };
        for t in terms {
            let start = d.chars.len();
            d.chars.extend(t.chars());
            let prev = d.at.len().checked_sub(2).map(|p| d.term(p)).unwrap_or(&[]);
            let common = prev
                .iter()
                .zip(&d.chars[start..])
                .take_while(|(a, b)| a == b)
                .count();
            d.lcp.push(common as u32);
            d.at.push(d.chars.len() as u32);
        }
        d
    }

    /// The first word after `i` that does not share word `i`'s first `len` chars.
    fn past_stem(&self, i: usize, len: usize) -> usize {
        let mut j = i + 1;
        while self.lcp.get(j).is_some_and(|&l| l as usize >= len) {
            j += 1;
        }
        j
    }

    fn term(&self, i: usize) -> &[char] {
        let a = self.at.get(i).copied().unwrap_or(0) as usize;
        let b = self.at.get(i + 1).copied().unwrap_or(0) as usize;
        self.chars.get(a..b).unwrap_or(&[])
    }
}

/// What the index derives from its own fields when first searched (not serialised).
#[derive(Debug, Clone, Default)]
struct Derived {
    terms: Dict,
    speaker_words: Dict,
}

/// [`Derived`], made once.
#[derive(Debug, Clone, Default)]
struct Lazy(std::cell::OnceCell<Derived>);

impl PartialEq for Lazy {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// The bits of `x` as an integer ordered like [`f64::total_cmp`].
fn ordered_bits(x: f64) -> u64 {
    let b = x.to_bits();
    if b >> 63 == 1 { !b } else { b | (1 << 63) }
}

/// The inverse of [`ordered_bits`].
fn f64_of_ordered(o: u64) -> f64 {
    f64::from_bits(if o >> 63 == 1 { o & !(1 << 63) } else { !o })
}

/// No speaker.
const NONE: u32 = u32::MAX;

/// What the index needs of a statement.
struct Meta<'a> {
    text: &'a str,
    speaker: Option<&'a str>,
    outlets: Vec<String>,
    full: bool,
}

/// The search index over a list of statements, built once with the corpus and embedded with it
/// (serde; postcard in the app): a sorted term dictionary, postings, each statement's term
/// sequence (for phrases), lengths, and speaker and outlet ids for filters and facets.
///
/// Postings and term sequences are delta/varint byte strings, kept so in memory too: loading is
/// a copy, and the index stays smaller than the quote text it indexes.
///
/// Typo tolerance walks the sorted dictionary as a trie: each term reuses the edit-distance rows
/// of the prefix it shares with the previous term, a whole run of terms under a prefix that is
/// already too far from the query is skipped, and below a prefix exactly k edits away only the
/// few next letters that can stay within k are visited (binary search). (The `fst` crate's Levenshtein
/// automata do the same over a compressed dictionary; at the few tens of thousands of distinct
/// words of even a large quote corpus a sorted array is as fast and needs no dependency.)
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Index {
    /// Distinct normalised words, sorted.
    terms: Vec<String>,
    /// Byte offset of each term's postings in `postings` (one more than `terms`).
    post_at: Vec<u32>,
    /// Per term: (statement gap << 1 | tf > 1) varint, then tf varint when > 1.
    postings: Vec<u8>,
    /// Byte offset of each statement's term sequence in `seq` (one more than statements).
    seq_at: Vec<u32>,
    /// Per statement: its term ids in text order, varints.
    seq: Vec<u8>,
    /// Tokens per statement.
    lens: Vec<u16>,
    /// Average tokens per statement.
    avg_len: f64,
    /// Per statement: speaker id, or `u32::MAX`.
    speaker: Vec<u32>,
    /// Speaker display names by id.
    speakers: Vec<String>,
    /// Speaker names normalised (words joined by spaces), by id.
    speakers_norm: Vec<String>,
    /// Offset of each statement's outlet ids in `outlet_ids` (one more than statements).
    outlets_at: Vec<u32>,
    /// Outlet ids of each statement.
    outlet_ids: Vec<u32>,
    /// Outlet display names by id.
    outlets: Vec<String>,
    /// Outlet names normalised, by id.
    outlets_norm: Vec<String>,
    /// Per statement: a full quote (not a fragment).
    full: Vec<bool>,
    /// Distinct words of the normalised speaker names, sorted.
    speaker_words: Vec<String>,
    /// Per speaker: ids of its words in `speaker_words`.
    speaker_word_ids: Vec<Vec<u32>>,
    /// Expansions of the previous query's words, reused while the user types on.
    #[serde(skip)]
    recent: Recent,
    /// Buffers reused from one search to the next.
    #[serde(skip)]
    scratch: Scratch,
    /// The dictionaries as characters, made on the first search.
    #[serde(skip)]
    derived: Lazy,
}

/// The dictionary expansions of the last query's words: typing "extremely productive m" then
/// "extremely productive me" walks the dictionary for the changed last word only. Not part of
/// the index's value (never serialised, always equal).
#[derive(Debug, Clone, Default)]
pub struct Recent(std::cell::RefCell<Vec<(String, bool, std::rc::Rc<Vec<Expansion>>)>>);

impl PartialEq for Recent {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// A dictionary term matched by a query term, and its weight.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Expansion {
    term: u32,
    weight: f64,
}

impl Index {
    /// Indexes `statements` (their texts, speakers, outlets and kinds).
    pub fn build(statements: &[Statement]) -> Index {
        let metas: Vec<Meta<'_>> = statements
            .iter()
            .map(|s| Meta {
                text: &s.text,
                speaker: s.speaker.as_deref(),
                outlets: s.outlets.clone(),
                full: s.kind == QuoteKind::Full,
            })
            .collect();
        Index::build_from(&metas)
    }

    fn build_from(statements: &[Meta<'_>]) -> Index {
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut seqs: Vec<Vec<u32>> = Vec::with_capacity(statements.len());
        for s in statements {
            let seq = tokens(s.text)
                .into_iter()
                .map(|t| {
                    let next = ids.len() as u32;
                    *ids.entry(t.text).or_insert(next)
                })
                .collect();
            seqs.push(seq);
        }
        let mut terms: Vec<(String, u32)> = ids.into_iter().collect();
        terms.sort_unstable();
        let mut remap = vec![0u32; terms.len()];
        for (new, (_, old)) in terms.iter().enumerate() {
            remap[*old as usize] = new as u32;
        }
        let mut post: Vec<Vec<(u32, u32)>> = vec![Vec::new(); terms.len()];
        let mut ix = Index {
            terms: terms.into_iter().map(|(t, _)| t).collect(),
            ..Index::default()
        };
        let mut counts: Vec<(u32, u32)> = Vec::new();
        ix.seq_at.push(0);
        for (si, seq) in seqs.iter_mut().enumerate() {
            for t in seq.iter_mut() {
                *t = remap[*t as usize];
                put_varint(&mut ix.seq, *t);
            }
            ix.seq_at.push(ix.seq.len() as u32);
            ix.lens.push(seq.len().min(u16::MAX as usize) as u16);
            counts.clear();
            counts.extend(seq.iter().map(|&t| (t, 1)));
            counts.sort_unstable();
            counts.dedup_by(|b, a| {
                let same = a.0 == b.0;
                if same {
                    a.1 += 1;
                }
                same
            });
            for &(t, tf) in &counts {
                post[t as usize].push((si as u32, tf));
            }
        }
        ix.post_at.push(0);
        for list in &post {
            let mut prev = 0u32;
            for &(doc, tf) in list {
                let gap = doc - prev;
                prev = doc;
                put_varint(&mut ix.postings, (gap << 1) | u32::from(tf > 1));
                if tf > 1 {
                    put_varint(&mut ix.postings, tf);
                }
            }
            ix.post_at.push(ix.postings.len() as u32);
        }
        let n = statements.len().max(1) as f64;
        ix.avg_len = ix.lens.iter().map(|&l| f64::from(l)).sum::<f64>() / n;
        let mut speaker_id: HashMap<&str, u32> = HashMap::new();
        let mut outlet_id: HashMap<&str, u32> = HashMap::new();
        ix.outlets_at.push(0);
        for s in statements {
            let sp = match s.speaker {
                Some(name) => *speaker_id.entry(name).or_insert_with(|| {
                    ix.speakers.push(name.to_string());
                    ix.speakers_norm.push(norm_tokens(name).join(" "));
                    ix.speakers.len() as u32 - 1
                }),
                None => NONE,
            };
            ix.speaker.push(sp);
            for o in &s.outlets {
                let id = *outlet_id.entry(o.as_str()).or_insert_with(|| {
                    ix.outlets.push(o.clone());
                    ix.outlets_norm.push(norm_tokens(o).join(" "));
                    ix.outlets.len() as u32 - 1
                });
                ix.outlet_ids.push(id);
            }
            ix.outlets_at.push(ix.outlet_ids.len() as u32);
            ix.full.push(s.full);
        }
        let mut words: Vec<String> = ix
            .speakers_norm
            .iter()
            .flat_map(|s| s.split(' ').map(str::to_string))
            .filter(|w| !w.is_empty())
            .collect();
        words.sort_unstable();
        words.dedup();
        ix.speaker_word_ids = ix
            .speakers_norm
            .iter()
            .map(|s| {
                s.split(' ')
                    .filter_map(|w| words.binary_search_by(|x| x.as_str().cmp(w)).ok())
                    .map(|i| i as u32)
                    .collect()
            })
            .collect();
        ix.speaker_words = words;
        ix
    }

    /// See [`SearchData::check`]: the index's tables agree with each other and with `n`
    /// statements.
    fn check(&self, n: usize) -> Result<(), String> {
        let offsets = |name: &str, at: &[u32], count: usize, data: usize| -> Result<(), String> {
            let monotone = at.windows(2).all(|w| w[0] <= w[1]);
            if at.len() != count + 1 || at.first() != Some(&0) || !monotone {
                return Err(format!(
                    "the search index's {name} offsets are inconsistent"
                ));
            }
            if at.last().map(|&l| l as usize) != Some(data) {
                return Err(format!(
                    "the search index's {name} offsets overrun their data"
                ));
            }
            Ok(())
        };
        let terms = self.terms.len();
        offsets("postings", &self.post_at, terms, self.postings.len())?;
        offsets("sequence", &self.seq_at, n, self.seq.len())?;
        offsets("outlet", &self.outlets_at, n, self.outlet_ids.len())?;
        if [self.lens.len(), self.speaker.len(), self.full.len()] != [n; 3]
            || self.speakers_norm.len() != self.speakers.len()
            || self.outlets_norm.len() != self.outlets.len()
            || self.speaker_word_ids.len() != self.speakers.len()
        {
            return Err("the search index's tables disagree in length".into());
        }
        if !self.avg_len.is_finite() || self.terms.windows(2).any(|w| w[0] >= w[1]) {
            return Err("the search index's dictionary is damaged".into());
        }
        fn out_of(ids: &[u32], max: usize) -> bool {
            ids.iter().any(|&i| i != NONE && i as usize >= max)
        }
        if out_of(&self.speaker, self.speakers.len())
            || self.outlet_ids.contains(&NONE)
            || out_of(&self.outlet_ids, self.outlets.len())
            || self
                .speaker_word_ids
                .iter()
                .any(|w| out_of(w, self.speaker_words.len()) || w.contains(&NONE))
        {
            return Err("the search index names a speaker or outlet it does not list".into());
        }
        for t in 0..terms {
            if self
                .postings(t as u32)
                .any(|(doc, tf)| doc as usize >= n || tf == 0)
            {
                return Err(format!(
                    "the search index's postings of term {t} are damaged"
                ));
            }
        }
        let mut seq = Vec::new();
        for s in 0..n {
            self.sequence(s, &mut seq);
            if seq.iter().any(|&t| t as usize >= terms) {
                return Err(format!(
                    "the search index's words of statement {s} are damaged"
                ));
            }
        }
        Ok(())
    }

    fn derived(&self) -> &Derived {
        self.derived.0.get_or_init(|| Derived {
            terms: Dict::new(&self.terms),
            speaker_words: Dict::new(&self.speaker_words),
        })
    }

    /// Forgets the previous query's expansions (the next search walks the dictionary afresh).
    pub fn forget_recent(&self) {
        self.recent.0.borrow_mut().clear();
    }

    /// `expand_in` over the dictionary, reusing the previous query's expansions.
    fn expand(
        &self,
        term: &str,
        prefix: bool,
        keep: &mut Vec<(String, bool, std::rc::Rc<Vec<Expansion>>)>,
    ) -> std::rc::Rc<Vec<Expansion>> {
        let found = self
            .recent
            .0
            .borrow()
            .iter()
            .find(|(t, p, _)| t == term && *p == prefix)
            .map(|(_, _, e)| e.clone());
        let exp = found.unwrap_or_else(|| {
            let dict = &self.derived().terms;
            std::rc::Rc::new(expand_in(&self.terms, dict, term, prefix))
        });
        keep.push((term.to_string(), prefix, exp.clone()));
        exp
    }

    /// Number of statements indexed.
    pub fn len(&self) -> usize {
        self.lens.len()
    }

    /// True when no statement is indexed.
    pub fn is_empty(&self) -> bool {
        self.lens.is_empty()
    }

    /// Number of distinct terms.
    pub fn term_count(&self) -> usize {
        self.terms.len()
    }

    /// A statement's speaker.
    pub fn speaker_of(&self, statement: usize) -> Option<&str> {
        let id = *self.speaker.get(statement)?;
        self.speakers.get(id as usize).map(String::as_str)
    }

    /// Positions in `outlet_ids` of a statement's outlets.
    fn outlet_range(&self, statement: usize) -> std::ops::Range<usize> {
        let a = self.outlets_at.get(statement).copied().unwrap_or(0) as usize;
        let b = self.outlets_at.get(statement + 1).copied().unwrap_or(0) as usize;
        a..b.max(a)
    }

    /// A statement's outlets, in corpus order.
    pub fn outlets_of(&self, statement: usize) -> impl Iterator<Item = &str> + '_ {
        self.outlet_ids
            .get(self.outlet_range(statement))
            .unwrap_or(&[])
            .iter()
            .filter_map(|&o| self.outlets.get(o as usize).map(String::as_str))
    }

    fn postings(&self, term: u32) -> impl Iterator<Item = (u32, u32)> + '_ {
        let (a, b) = (
            self.post_at.get(term as usize).copied().unwrap_or(0) as usize,
            self.post_at.get(term as usize + 1).copied().unwrap_or(0) as usize,
        );
        let bytes = self.postings.get(a..b).unwrap_or(&[]);
        let mut pos = 0;
        let mut doc = 0u32;
        std::iter::from_fn(move || {
            if pos >= bytes.len() {
                return None;
            }
            let v = get_varint(bytes, &mut pos);
            doc += v >> 1;
            let tf = if v & 1 == 1 {
                get_varint(bytes, &mut pos)
            } else {
                1
            };
            Some((doc, tf))
        })
    }

    fn sequence(&self, statement: usize, out: &mut Vec<u32>) {
        out.clear();
        let (a, b) = (
            self.seq_at.get(statement).copied().unwrap_or(0) as usize,
            self.seq_at.get(statement + 1).copied().unwrap_or(0) as usize,
        );
        let bytes = self.seq.get(a..b).unwrap_or(&[]);
        let mut pos = 0;
        while pos < bytes.len() {
            out.push(get_varint(bytes, &mut pos));
        }
    }

    fn term_id(&self, term: &str) -> Option<u32> {
        self.terms
            .binary_search_by(|t| t.as_str().cmp(term))
            .ok()
            .map(|i| i as u32)
    }

    /// Searches `statements` (the ones this index was built from) and ranks every hit. Same
    /// results as a scan of every statement with `term_match`; highlights for the first
    /// [`HIGHLIGHTED`] hits.
    pub fn search(&self, statements: &[Statement], query: &Query) -> Results {
        self.search_top(statements, query, usize::MAX)
    }

    /// As [`Index::search`], but only the best `limit` hits are ranked and returned
    /// ([`Results::total`] and the facets still count every match).
    pub fn search_top(&self, statements: &[Statement], query: &Query, limit: usize) -> Results {
        self.search_by(
            statements.len(),
            |i| statements.get(i).map(|s| s.text.as_str()),
            query,
            limit,
        )
    }

    /// Searches the first `count` statements indexed, whose texts `text` gives (for the
    /// highlights); ranks the best `limit` hits.
    fn search_by<'t>(
        &self,
        count: usize,
        text: impl Fn(usize) -> Option<&'t str>,
        query: &Query,
        limit: usize,
    ) -> Results {
        let n_docs = self.len().min(count);
        let n = count.max(1) as f64;
        let mut guard = self.scratch.0.borrow_mut();
        let sc = &mut *guard;
        sc.ready(n_docs);
        let allowed = |want: &Option<String>, names: &[String]| -> Option<Vec<bool>> {
            want.as_ref()
                .map(|w| names.iter().map(|s| s.contains(w.as_str())).collect())
        };
        let speaker_allowed = allowed(&query.speaker, &self.speakers_norm);
        let outlet_allowed = allowed(&query.outlet, &self.outlets_norm);
        let speaker_ok = |d: usize| match &speaker_allowed {
            None => true,
            Some(a) => a.get(self.speaker[d] as usize).copied().unwrap_or(false),
        };
        let outlet_ids = |d: usize| {
            let (a, b) = (self.outlets_at[d] as usize, self.outlets_at[d + 1] as usize);
            self.outlet_ids.get(a..b).unwrap_or(&[])
        };
        let outlet_ok = |d: usize| match &outlet_allowed {
            None => true,
            Some(a) => outlet_ids(d)
                .iter()
                .any(|&o| a.get(o as usize).copied().unwrap_or(false)),
        };
        // Candidates: statements matching every term so far (None = all statements). `score`
        // and `in_cands` are nonzero only for them, `tf` and `seen` only for `touched`.
        let mut cands: Option<Vec<u32>> = None;
        let mut matched_terms: Vec<u32> = Vec::new();
        let last = query.terms.len().saturating_sub(1);
        let mut keep = Vec::new();
        for (ti, t) in query.terms.iter().enumerate() {
            let prefix = query.prefix_last && ti == last;
            let exp = self.expand(t, prefix, &mut keep);
            matched_terms.extend(exp.iter().map(|e| e.term));
            let mut word_hit = vec![false; self.speaker_words.len()];
            for e in expand_in(
                &self.speaker_words,
                &self.derived().speaker_words,
                t,
                prefix,
            ) {
                word_hit[e.term as usize] = true;
            }
            let names: Vec<bool> = self
                .speaker_word_ids
                .iter()
                .map(|ws| ws.iter().any(|&w| word_hit[w as usize]))
                .collect();
            let names_any = names.iter().any(|&b| b);
            let names_speaker = |d: usize| {
                names_any
                    && names
                        .get(self.speaker[d] as usize)
                        .copied()
                        .unwrap_or(false)
            };
            let mut df = 0usize;
            sc.touched.clear();
            let filtering = cands.is_some();
            for e in exp.iter() {
                for (doc, count) in self.postings(e.term) {
                    let d = doc as usize;
                    if d >= n_docs {
                        continue;
                    }
                    if !sc.seen[d] {
                        sc.seen[d] = true;
                        df += 1;
                        sc.touched.push(doc);
                    }
                    if !filtering || sc.in_cands[d] {
                        sc.tf[d] += e.weight * f64::from(count);
                    }
                }
            }
            let idf = ((n - df as f64 + 0.5) / (df as f64 + 0.5) + 1.0).ln();
            let mut next: Vec<u32> = Vec::new();
            let (k1, b) = (1.2, 0.75);
            let avg = self.avg_len.max(1.0);
            let consider = |d: usize, tf: &[f64], score: &mut [f64], next: &mut Vec<u32>| {
                let f = tf[d];
                let named = names_speaker(d);
                if f == 0.0 && !named {
                    return;
                }
                let len = f64::from(self.lens[d]);
                score[d] += idf * (f * (k1 + 1.0)) / (f + k1 * (1.0 - b + b * len / avg));
                if named {
                    score[d] += 1.5;
                }
                next.push(d as u32);
            };
            match &cands {
                None => {
                    if names_any {
                        for d in 0..n_docs {
                            consider(d, &sc.tf, &mut sc.score, &mut next);
                        }
                    } else {
                        if sc.touched.len() > n_docs / 32 {
                            // Many: reading them off the bitmap in order beats sorting.
                            sc.touched.clear();
                            sc.touched
                                .extend((0..n_docs).filter(|&d| sc.seen[d]).map(|d| d as u32));
                        } else {
                            sc.touched.sort_unstable();
                        }
                        for &d in &sc.touched {
                            consider(d as usize, &sc.tf, &mut sc.score, &mut next);
                        }
                    }
                }
                Some(c) => {
                    for &d in c {
                        consider(d as usize, &sc.tf, &mut sc.score, &mut next);
                    }
                }
            }
            for &d in &sc.touched {
                sc.seen[d as usize] = false;
                sc.tf[d as usize] = 0.0;
            }
            if let Some(c) = &cands {
                for &d in c {
                    sc.in_cands[d as usize] = false;
                    sc.score_dirty.push(d);
                }
            }
            for &d in &next {
                sc.in_cands[d as usize] = true;
            }
            cands = Some(next);
        }
        if let Some(c) = &cands {
            for &d in c {
                sc.in_cands[d as usize] = false;
            }
        }
        *self.recent.0.borrow_mut() = keep;
        let mut seq = Vec::new();
        let mut phrase_ids: Vec<Vec<u32>> = Vec::new();
        for p in &query.phrases {
            let ids: Option<Vec<u32>> = p.iter().map(|w| self.term_id(w)).collect();
            let Some(ids) = ids else {
                if let Some(c) = cands.replace(Vec::new()) {
                    sc.score_dirty.extend(c);
                }
                break;
            };
            let pool: Vec<u32> = match cands.take() {
                Some(c) => c,
                None => {
                    // Statements having every word of the phrase: the rarest word's postings,
                    // intersected with the others' (rarest first).
                    let mut words = ids.clone();
                    words.sort_by_key(|&t| self.post_at[t as usize + 1] - self.post_at[t as usize]);
                    words.dedup();
                    let mut pool: Vec<u32> = match words.first() {
                        Some(&t) => self
                            .postings(t)
                            .map(|(d, _)| d)
                            .filter(|&d| (d as usize) < n_docs)
                            .collect(),
                        None => Vec::new(),
                    };
                    for &t in words.iter().skip(1) {
                        let mut docs = self.postings(t).map(|(d, _)| d).peekable();
                        pool.retain(|&d| {
                            while docs.next_if(|&x| x < d).is_some() {}
                            docs.peek() == Some(&d)
                        });
                    }
                    pool
                }
            };
            let mut next = Vec::new();
            for d in pool {
                self.sequence(d as usize, &mut seq);
                if seq.windows(ids.len()).any(|w| w == ids.as_slice()) {
                    sc.score[d as usize] += 3.0 + p.len() as f64 * 0.5;
                    next.push(d);
                } else {
                    sc.score_dirty.push(d);
                }
            }
            cands = Some(next);
            phrase_ids.push(ids);
        }
        let mut speaker_counts = vec![0usize; self.speakers.len() + 1];
        let mut outlet_counts = vec![0usize; self.outlets.len()];
        // Rank by score (descending), then statement order: integer keys sort much faster
        // than float comparisons, and only the best `limit` are put in order.
        let mut keys: Vec<(u64, u32)> = Vec::new();
        let mut each = |d: usize| {
            let (s_ok, o_ok) = (speaker_ok(d), outlet_ok(d));
            if o_ok {
                let sp = self.speaker[d];
                let slot = if sp == NONE {
                    self.speakers.len()
                } else {
                    sp as usize
                };
                speaker_counts[slot] += 1;
            }
            if s_ok {
                for &o in outlet_ids(d) {
                    outlet_counts[o as usize] += 1;
                }
            }
            if !(s_ok && o_ok) {
                return;
            }
            let mut score = sc.score[d] + 0.1 * (outlet_ids(d).len() as f64);
            if self.full[d] {
                score += 0.05;
            }
            keys.push((!ordered_bits(score), d as u32));
        };
        match &cands {
            Some(c) => c.iter().for_each(|&d| each(d as usize)),
            None => (0..n_docs).for_each(each),
        }
        if let Some(c) = &cands {
            sc.score_dirty.extend_from_slice(c);
        }
        for &d in &sc.score_dirty {
            sc.score[d as usize] = 0.0;
        }
        sc.score_dirty.clear();
        drop(guard);
        let total = keys.len();
        if keys.len() > limit {
            if limit == 0 {
                keys.clear();
            } else {
                keys.select_nth_unstable(limit - 1);
                keys.truncate(limit);
            }
        }
        keys.sort_unstable();
        let mut hits: Vec<Hit> = keys
            .into_iter()
            .map(|(bits, d)| Hit {
                statement: d as usize,
                score: f64_of_ordered(!bits),
                highlights: Vec::new(),
            })
            .collect();
        matched_terms.sort_unstable();
        matched_terms.dedup();
        let mut spans = Vec::new();
        for h in hits.iter_mut().take(HIGHLIGHTED) {
            let t = text(h.statement).unwrap_or("");
            self.sequence(h.statement, &mut seq);
            crate::normalize::token_spans(t, &mut spans);
            // The index's sequence is this text's tokens, so ids and spans line up.
            let mut hl: Vec<(u32, u32)> = spans
                .iter()
                .zip(&seq)
                .filter(|(_, id)| matched_terms.binary_search(id).is_ok())
                .map(|(&span, _)| span)
                .collect();
            for ids in &phrase_ids {
                let pos = seq.windows(ids.len()).position(|w| w == ids.as_slice());
                if let Some(i) = pos
                    && let (Some(first), Some(lastt)) = (spans.get(i), spans.get(i + ids.len() - 1))
                {
                    hl.push((first.0, lastt.1));
                }
            }
            hl.sort_unstable();
            hl.dedup();
            h.highlights = hl;
        }
        let mut speakers = BTreeMap::new();
        for (i, &c) in speaker_counts.iter().enumerate() {
            if c > 0 {
                let name = self
                    .speakers
                    .get(i)
                    .cloned()
                    .unwrap_or_else(|| "Speaker unknown".to_string());
                *speakers.entry(name).or_default() += c;
            }
        }
        let mut outlets = BTreeMap::new();
        for (i, &c) in outlet_counts.iter().enumerate() {
            if c > 0 {
                *outlets.entry(self.outlets[i].clone()).or_default() += c;
            }
        }
        Results {
            hits,
            total,
            speakers,
            outlets,
        }
    }
}

/// Per-statement buffers one search needs, kept between searches so a keystroke allocates and
/// clears only what it touches. Not part of the index's value (never serialised, always equal).
#[derive(Debug, Clone, Default)]
struct Scratch(std::cell::RefCell<Buffers>);

impl PartialEq for Scratch {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

#[derive(Debug, Clone, Default)]
struct Buffers {
    /// Score so far, per statement (zero outside the current candidates).
    score: Vec<f64>,
    /// Weighted term frequency of the current term (zero outside `touched`).
    tf: Vec<f64>,
    /// Statement has the current term (false outside `touched`).
    seen: Vec<bool>,
    /// Statement is a current candidate.
    in_cands: Vec<bool>,
    /// Statements having the current term.
    touched: Vec<u32>,
    /// Statements whose `score` must be reset.
    score_dirty: Vec<u32>,
}

impl Buffers {
    /// Sizes the buffers for `n` statements (all clear, as every search leaves them).
    fn ready(&mut self, n: usize) {
        if self.score.len() < n {
            self.score.resize(n, 0.0);
            self.tf.resize(n, 0.0);
            self.seen.resize(n, false);
            self.in_cands.resize(n, false);
        }
    }
}

/// The original scan over every statement, kept to check the index against.
#[cfg(test)]
fn search_scan(statements: &[Statement], query: &Query) -> Results {
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
        total: hits.len(),
        hits,
        speakers,
        outlets,
    }
}

/// Most-quoted speakers (statements per speaker), for the empty state.
pub fn top_speakers(statements: &[Statement], n: usize) -> Vec<(String, usize)> {
    rank_speakers(statements.iter().filter_map(|s| s.speaker.as_deref()), n)
}

/// Speakers by statements (one name per statement), most first, then by name.
fn rank_speakers<'a>(names: impl Iterator<Item = &'a str>, n: usize) -> Vec<(String, usize)> {
    let mut c: BTreeMap<&str, usize> = BTreeMap::new();
    for sp in names {
        *c.entry(sp).or_default() += 1;
    }
    let mut v: Vec<(String, usize)> = c.into_iter().map(|(s, k)| (s.to_string(), k)).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v.truncate(n);
    v
}

/// The statements carried by the most outlets, for the empty state.
pub fn most_carried(statements: &[Statement], n: usize) -> Vec<usize> {
    rank_carried(
        statements.len(),
        |i| statements[i].kind,
        |i| statements[i].outlets.len(),
        n,
    )
}

/// Statements carried by more than one outlet: whole statements before scare-quoted fragments
/// ("productive"), then by reach, then in order.
fn rank_carried(
    len: usize,
    kind: impl Fn(usize) -> QuoteKind,
    outlets: impl Fn(usize) -> usize,
    n: usize,
) -> Vec<usize> {
    let mut v: Vec<usize> = (0..len).filter(|&i| outlets(i) > 1).collect();
    v.sort_by(|&a, &b| {
        let fragment = |i: usize| kind(i) != QuoteKind::Full;
        fragment(a)
            .cmp(&fragment(b))
            .then(outlets(b).cmp(&outlets(a)))
            .then(a.cmp(&b))
    });
    v.truncate(n);
    v
}

/// One line of the CSV export.
struct CsvRow<'a> {
    text: &'a str,
    speaker: Option<&'a str>,
    outlets: Vec<&'a str>,
    carriers: usize,
}

fn csv<'a>(rows: impl Iterator<Item = CsvRow<'a>>) -> String {
    let f = crate::timeline::csv_field;
    let mut out = String::from("quote,speaker,outlets,carried_by\r\n");
    for r in rows {
        out.push_str(&format!(
            "{},{},{},{}\r\n",
            f(r.text),
            f(r.speaker.unwrap_or("")),
            f(&r.outlets.join("; ")),
            r.carriers
        ));
    }
    out
}

/// CSV of results: statement, speaker, outlets, carriers.
pub fn to_csv(statements: &[Statement], results: &Results) -> String {
    csv(results.hits.iter().filter_map(|h| {
        let s = statements.get(h.statement)?;
        Some(CsvRow {
            text: &s.text,
            speaker: s.speaker.as_deref(),
            outlets: s.outlets.iter().map(String::as_str).collect(),
            carriers: s.carriers.len(),
        })
    }))
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

    #[test]
    fn most_carried_puts_whole_statements_before_fragments() {
        let st = |text: &str, kind: QuoteKind, outlets: &[&str]| Statement {
            text: text.into(),
            speaker: None,
            kind,
            carriers: Vec::new(),
            outlets: outlets.iter().map(|o| o.to_string()).collect(),
        };
        let statements = vec![
            st("productive", QuoteKind::Fragment, &["A", "B", "C", "D"]),
            st(
                "We had an extremely productive meeting",
                QuoteKind::Full,
                &["A", "B"],
            ),
            st(
                "There is no deal until there is a deal",
                QuoteKind::Full,
                &["A", "B", "C"],
            ),
            st("alone", QuoteKind::Full, &["A"]),
        ];
        assert_eq!(most_carried(&statements, 5), vec![2, 1, 0]);
    }

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

    /// `quotes` synthetic quotes recombined from [`corpus`] plus one sentence with the longer
    /// words the typo and phrase queries need, generated from `seed`.
    fn synthetic(quotes: usize, seed: u64) -> Vec<Article> {
        let mut s = crate::synth::Seed::from_articles(&corpus());
        s.sentences
            .push("The negotiations over territory and sanctions went on.".into());
        crate::synth::generate(&s, quotes, seed)
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
    fn the_index_finds_what_a_scan_of_every_statement_finds() {
        let arts = synthetic(3000, 5);
        let st = statements(&arts);
        let ix = Index::build(&st);
        let back: Index = postcard::from_bytes(&postcard::to_allocvec(&ix).unwrap_or_default())
            .unwrap_or_default();
        assert_eq!(back, ix);
        let queries = [
            "deal",
            "d",
            "de",
            "no deal unt",
            "countng",
            "dael ",
            "negotiatons",
            "negotiatoin",
            "negxt",
            "sanctons territ",
            "\"no deal\"",
            "\"root causes\" of",
            "speaker:trump deal",
            "outlet:reuters america",
            "speaker:putin",
            "trump",
            "zzzz",
        ];
        for q in queries {
            let query = Query::parse(q);
            let want = search_scan(&st, &query);
            let got = ix.search(&st, &query);
            assert_eq!(got.hits.len(), want.hits.len(), "{q}");
            let mut w: Vec<(usize, f64)> =
                want.hits.iter().map(|h| (h.statement, h.score)).collect();
            let mut g: Vec<(usize, f64)> =
                got.hits.iter().map(|h| (h.statement, h.score)).collect();
            w.sort_by_key(|x| x.0);
            g.sort_by_key(|x| x.0);
            for (a, b) in w.iter().zip(&g) {
                assert!(
                    a.0 == b.0 && (a.1 - b.1).abs() < 1e-9,
                    "{q}: {a:?} vs {b:?}"
                );
            }
            assert_eq!(got.speakers, want.speakers, "{q}");
            assert_eq!(got.outlets, want.outlets, "{q}");
            for h in got.hits.iter().take(HIGHLIGHTED) {
                let old = want.hits.iter().find(|x| x.statement == h.statement);
                assert_eq!(Some(&h.highlights), old.map(|x| &x.highlights), "{q}");
            }
        }
    }

    #[test]
    fn search_data_references_the_corpus_and_searches_like_the_statements() {
        let arts = synthetic(2000, 7);
        let data = SearchData::build(&arts);
        let back: SearchData =
            postcard::from_bytes(&postcard::to_allocvec(&data).unwrap_or_default())
                .unwrap_or_default();
        assert_eq!(back, data);
        let st = statements(&arts);
        assert_eq!(st.len(), data.len());
        let quotes: usize = arts.iter().map(|a| a.quotes.len()).sum();
        let carried: usize = data.statements.iter().map(|s| s.carriers.len()).sum();
        assert_eq!(carried, quotes, "every quote is in exactly one statement");
        for (i, s) in st.iter().enumerate() {
            assert_eq!(data.text(&arts, i), Some(s.text.as_str()));
            assert_eq!(data.speaker(i), s.speaker.as_deref());
            assert_eq!(data.outlets(i).collect::<Vec<_>>(), s.outlets);
            assert_eq!(data.kind(i), s.kind);
        }
        assert_eq!(data.top_speakers(5), top_speakers(&st, 5));
        assert_eq!(data.most_carried(5), most_carried(&st, 5));
        for q in [
            "deal",
            "d",
            "no deal unt",
            "negotiatons",
            "\"no deal\"",
            "speaker:trump",
        ] {
            let query = Query::parse(q);
            let all = search(&st, &query);
            let page = data.search(&arts, &query);
            assert_eq!(page.total, all.hits.len(), "{q}");
            assert_eq!(page.speakers, all.speakers, "{q}");
            assert_eq!(page.outlets, all.outlets, "{q}");
            assert_eq!(page.hits.len(), all.hits.len().min(PAGE), "{q}");
            assert_eq!(page.hits[..], all.hits[..page.hits.len()], "{q}");
            let full = data.search_top(&arts, &query, usize::MAX);
            assert_eq!(data.to_csv(&arts, &full), to_csv(&st, &all), "{q}");
            assert_eq!(data.to_json(&arts, &full), to_json(&st, &all), "{q}");
        }
    }

    #[test]
    fn the_dictionary_walk_finds_what_term_match_finds() {
        let arts = synthetic(1500, 11);
        let ix = Index::build(&statements(&arts));
        let dict = Dict::new(&ix.terms);
        let mut rng = crate::synth::Rng::new(5);
        let mut queries: Vec<String> = Vec::new();
        for _ in 0..150 {
            let w: Vec<char> = ix.terms[rng.below(ix.terms.len())].chars().collect();
            let mut v = w.clone();
            let at = rng.below(v.len().max(1));
            match rng.below(5) {
                0 if v.len() > 1 => {
                    v.remove(at);
                }
                1 => v.insert(at, 'e'),
                2 if at + 1 < v.len() => v.swap(at, at + 1),
                3 => v[at] = 'x',
                _ => v.truncate(at + 1),
            }
            queries.push(v.into_iter().collect());
            queries.push(w.into_iter().collect());
        }
        for q in &queries {
            for prefix in [false, true] {
                let got: Vec<(u32, f64)> = expand_in(&ix.terms, &dict, q, prefix)
                    .iter()
                    .map(|e| (e.term, e.weight))
                    .collect();
                let want: Vec<(u32, f64)> = ix
                    .terms
                    .iter()
                    .enumerate()
                    .filter_map(|(i, t)| Some((i as u32, term_match(q, t, prefix)?)))
                    .collect();
                assert_eq!(got, want, "{q} prefix {prefix}");
            }
        }
    }

    #[test]
    fn token_spans_line_up_with_tokens() {
        let mut texts: Vec<String> = [
            "There’s no deal, U.S. says — we can't, won't; it's 1,000 cannot CANNOT can.not",
            "Zelenskyy’s “root causes” o'brien rock'n'roll Ukrainians’ café naïve `quoted`",
            "",
            "... !!",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for a in crate::synth::generate(&crate::synth::Seed::from_articles(&corpus()), 300, 3) {
            texts.extend(a.quotes.into_iter().map(|q| q.text));
        }
        let mut spans = Vec::new();
        for t in &texts {
            crate::normalize::token_spans(t, &mut spans);
            let want: Vec<(u32, u32)> = tokens(t)
                .iter()
                .map(|x| (x.start as u32, x.end as u32))
                .collect();
            assert_eq!(spans, want, "{t}");
        }
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

    #[test]
    fn check_accepts_what_build_made_and_refuses_damage() {
        let articles = synthetic(300, 7);
        let good = SearchData::build(&articles);
        assert_eq!(good.check(&articles), Ok(()));
        assert_eq!(SearchData::build(&[]).check(&[]), Ok(()));
        // Each damage a file could carry, and a word of the message it gets.
        type Damage = fn(&mut SearchData);
        let damages: [(Damage, &str); 9] = [
            (
                |d| d.statements[0].carriers[0].quote = 1 << 30,
                "refers to a quote",
            ),
            (|d| d.statements[0].head = 99, "no quote of its own"),
            (
                |d| d.index.post_at.pop().map(drop).unwrap_or(()),
                "postings offsets",
            ),
            (|d| d.index.seq_at[1] = u32::MAX, "sequence offsets"),
            (|d| d.index.lens.push(1), "disagree in length"),
            (|d| d.index.speaker[0] = 1 << 20, "names a speaker"),
            (|d| d.index.terms.swap(0, 1), "dictionary"),
            (
                |d| {
                    let past_end = (d.statements.len() as u32) << 1;
                    let ix = &mut d.index;
                    splice(&mut ix.postings, &mut ix.post_at, 0, past_end);
                },
                "postings of term 0",
            ),
            (
                |d| {
                    let ix = &mut d.index;
                    let no_term = ix.terms.len() as u32;
                    splice(&mut ix.seq, &mut ix.seq_at, 0, no_term);
                },
                "words of statement 0",
            ),
        ];
        for (damage, word) in damages {
            let mut d = good.clone();
            damage(&mut d);
            let err = d.check(&articles).expect_err(word);
            assert!(err.contains(word), "{err:?} should say {word:?}");
        }
    }

    /// Replaces item `i` of a varint table with the single varint `v`, shifting the offsets.
    fn splice(bytes: &mut Vec<u8>, at: &mut [u32], i: usize, v: u32) {
        let mut new = Vec::new();
        put_varint(&mut new, v);
        let (a, b) = (at[i] as usize, at[i + 1] as usize);
        bytes.splice(a..b, new.iter().copied());
        let delta = new.len() as i64 - (b - a) as i64;
        for o in &mut at[i + 1..] {
            *o = (i64::from(*o) + delta) as u32;
        }
    }
}
