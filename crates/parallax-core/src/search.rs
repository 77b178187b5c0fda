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
//! **Index.** [`Index`] is built once from the statements (and can be embedded with them): a
//! sorted dictionary walked as a trie for prefixes and typos, varint postings, per-statement
//! term sequences for phrases, and speaker/outlet ids for filters and facets. [`search`] builds
//! one per call (same results as scanning every statement, which the tests check); callers
//! that search on every keystroke build or load it once and call [`Index::search`].
//! `cargo xtask bench search` measures it in the browser against MiniSearch and FlexSearch.

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

/// The first index after `i` whose term does not start with `stem` (`terms[i]` does): a
/// galloping search, as most runs under a dead prefix are short.
fn skip_stem(terms: &[String], i: usize, stem: &str) -> usize {
    let has = |j: usize| terms.get(j).is_some_and(|t| t.starts_with(stem));
    let mut step = 1;
    let mut lo = i; // has(lo)
    while has(lo + step) {
        lo += step;
        step *= 2;
    }
    let hi = (lo + step).min(terms.len()); // !has(hi) or the end
    lo + 1 + terms[lo + 1..hi].partition_point(|t| t.starts_with(stem))
}

/// Every term of the sorted `terms` that `term` matches, weighted as `term_match` would:
/// exact 1.0, prefix 0.8 (when typing), within the allowed edits 0.7 − 0.1 per edit, a prefix
/// within one edit 0.5.
fn expand_in(terms: &[String], term: &str, prefix: bool) -> Vec<Expansion> {
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
    // that cannot match; the few survivors get the exact distance.
    let width = q.len() + 1;
    let max_depth = q.len() + k;
    // Distances are capped at k + 1 and only the band |row − col| ≤ k is computed: a cell
    // outside it is more than k edits anyway.
    let cap = (k + 1) as u8;
    let mut rows: Vec<u8> = (0..width).map(|c| c.min(k + 1) as u8).collect();
    let mut mins: Vec<u8> = vec![0];
    let mut chars: Vec<char> = Vec::new();
    let mut cur: Vec<char> = Vec::new();
    let mut i = 0;
    while i < terms.len() {
        let t = &terms[i];
        cur.clear();
        if t.is_ascii() {
            cur.extend(t.bytes().map(char::from));
        } else {
            cur.extend(t.chars());
        }
        let common = chars.iter().zip(&cur).take_while(|(a, b)| a == b).count();
        chars.truncate(common);
        rows.truncate((common + 1) * width);
        mins.truncate(common + 1);
        // Some(len): no term starting with the term's first `len` chars can match.
        let mut dead = None;
        for (r, &c) in cur.iter().enumerate().skip(common) {
            if r >= max_depth {
                // Too long for a whole-word match; only a prefix match is still possible.
                if !prefix {
                    dead = Some(r + 1);
                }
                break;
            }
            let row = r + 1;
            let base = row * width;
            rows.resize(base + width, cap);
            rows[base] = row.min(k + 1) as u8;
            let mut min = rows[base];
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
            chars.push(c);
            let before = mins[row - 1];
            mins.push(min);
            if usize::from(min) > k && usize::from(before) >= k {
                // No whole-word match below here; past the query's length a longer word
                // can still start with the query within one edit.
                if !(prefix && row > q.len()) {
                    dead = Some(row);
                }
                break;
            }
        }
        if let Some(len) = dead {
            let bytes = t.char_indices().nth(len).map_or(t.len(), |(b, _)| b);
            i = skip_stem(terms, i, &t[..bytes]);
            continue;
        }
        let weight = if t == term {
            Some(1.0)
        } else if prefix && t.starts_with(term) {
            Some(0.8)
        } else {
            let osa = if cur.len() <= max_depth && chars.len() == cur.len() {
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
                let cut: String = t.chars().take(q.len()).collect();
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

/// The bits of `x` as an integer ordered like [`f64::total_cmp`].
fn ordered_bits(x: f64) -> u64 {
    let b = x.to_bits();
    if b >> 63 == 1 { !b } else { b | (1 << 63) }
}

/// No speaker.
const NONE: u32 = u32::MAX;

/// The search index over a list of statements, built once with the corpus and embedded with it
/// (serde; postcard in the app): a sorted term dictionary, postings, each statement's term
/// sequence (for phrases), lengths, and speaker and outlet ids for filters and facets.
///
/// Postings and term sequences are delta/varint byte strings, kept so in memory too: loading is
/// a copy, and the index stays smaller than the quote text it indexes.
///
/// Typo tolerance walks the sorted dictionary as a trie: each term reuses the edit-distance rows
/// of the prefix it shares with the previous term, and a whole run of terms under a prefix that
/// is already too far from the query is skipped by binary search. (The `fst` crate's Levenshtein
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
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut seqs: Vec<Vec<u32>> = Vec::with_capacity(statements.len());
        for s in statements {
            let seq = tokens(&s.text)
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
            let sp = match s.speaker.as_deref() {
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
            ix.full.push(s.kind == QuoteKind::Full);
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
        let exp = found.unwrap_or_else(|| std::rc::Rc::new(expand_in(&self.terms, term, prefix)));
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

    /// Searches `statements` (the ones this index was built from). Same results as a scan of
    /// every statement with `term_match`; highlights for the first [`HIGHLIGHTED`] hits.
    pub fn search(&self, statements: &[Statement], query: &Query) -> Results {
        let n_docs = self.len().min(statements.len());
        let n = statements.len().max(1) as f64;
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
        let mut score = vec![0.0f64; n_docs];
        // Candidates: statements matching every term so far (None = all statements).
        let mut cands: Option<Vec<u32>> = None;
        let mut in_cands = vec![false; n_docs];
        let mut tf = vec![0.0f64; n_docs];
        let mut seen = vec![false; n_docs];
        let mut matched_terms: Vec<u32> = Vec::new();
        let last = query.terms.len().saturating_sub(1);
        let mut keep = Vec::new();
        for (ti, t) in query.terms.iter().enumerate() {
            let prefix = query.prefix_last && ti == last;
            let exp = self.expand(t, prefix, &mut keep);
            matched_terms.extend(exp.iter().map(|e| e.term));
            let mut word_hit = vec![false; self.speaker_words.len()];
            for e in expand_in(&self.speaker_words, t, prefix) {
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
            let mut touched: Vec<u32> = Vec::new();
            for e in exp.iter() {
                for (doc, count) in self.postings(e.term) {
                    let d = doc as usize;
                    if d >= n_docs {
                        continue;
                    }
                    if !seen[d] {
                        seen[d] = true;
                        df += 1;
                        touched.push(doc);
                    }
                    if cands.is_none() || in_cands[d] {
                        tf[d] += e.weight * f64::from(count);
                    }
                }
            }
            let idf = ((n - df as f64 + 0.5) / (df as f64 + 0.5) + 1.0).ln();
            let mut next: Vec<u32> = Vec::new();
            let mut consider = |d: usize, next: &mut Vec<u32>| {
                let f = tf[d];
                let named = names_speaker(d);
                if f == 0.0 && !named {
                    return;
                }
                let len = f64::from(self.lens[d]);
                let (k1, b) = (1.2, 0.75);
                score[d] +=
                    idf * (f * (k1 + 1.0)) / (f + k1 * (1.0 - b + b * len / self.avg_len.max(1.0)));
                if named {
                    score[d] += 1.5;
                }
                next.push(d as u32);
            };
            match &cands {
                None => {
                    if names_any {
                        for d in 0..n_docs {
                            consider(d, &mut next);
                        }
                    } else {
                        touched.sort_unstable();
                        for &d in &touched {
                            consider(d as usize, &mut next);
                        }
                    }
                }
                Some(c) => {
                    for &d in c {
                        consider(d as usize, &mut next);
                    }
                }
            }
            for &d in &touched {
                seen[d as usize] = false;
                tf[d as usize] = 0.0;
            }
            if let Some(c) = &cands {
                for &d in c {
                    in_cands[d as usize] = false;
                }
            }
            for &d in &next {
                in_cands[d as usize] = true;
            }
            cands = Some(next);
        }
        *self.recent.0.borrow_mut() = keep;
        let mut seq = Vec::new();
        for p in &query.phrases {
            let ids: Option<Vec<u32>> = p.iter().map(|w| self.term_id(w)).collect();
            let Some(ids) = ids else {
                cands = Some(Vec::new());
                break;
            };
            let pool: Vec<u32> = match cands.take() {
                Some(c) => c,
                None => {
                    // The rarest word's postings hold every statement with the phrase.
                    let rare = ids
                        .iter()
                        .copied()
                        .min_by_key(|&t| self.post_at[t as usize + 1] - self.post_at[t as usize]);
                    rare.map(|t| self.postings(t).map(|(d, _)| d).collect())
                        .unwrap_or_default()
                }
            };
            let mut next = Vec::new();
            for d in pool {
                self.sequence(d as usize, &mut seq);
                if seq.windows(ids.len()).any(|w| w == ids.as_slice()) {
                    score[d as usize] += 3.0 + p.len() as f64 * 0.5;
                    next.push(d);
                }
            }
            cands = Some(next);
        }
        let all: Vec<u32>;
        let cands: &[u32] = match &cands {
            Some(c) => c,
            None => {
                all = (0..n_docs as u32).collect();
                &all
            }
        };
        let mut speaker_counts = vec![0usize; self.speakers.len() + 1];
        let mut outlet_counts = vec![0usize; self.outlets.len()];
        let mut hits = Vec::new();
        for &d in cands {
            let d = d as usize;
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
                continue;
            }
            let mut sc = score[d] + 0.1 * (outlet_ids(d).len() as f64);
            if self.full[d] {
                sc += 0.05;
            }
            hits.push(Hit {
                statement: d,
                score: sc,
                highlights: Vec::new(),
            });
        }
        // Rank by score (descending), then statement order: integer keys sort much faster
        // than float comparisons when a short prefix matches most of the corpus.
        let mut keys: Vec<(u64, u32)> = hits
            .iter()
            .enumerate()
            .map(|(i, h)| (!ordered_bits(h.score), i as u32))
            .collect();
        keys.sort_unstable();
        let hits: Vec<Hit> = keys
            .into_iter()
            .map(|(_, i)| {
                let h = &hits[i as usize];
                Hit {
                    statement: h.statement,
                    score: h.score,
                    highlights: Vec::new(),
                }
            })
            .collect();
        let mut hits = hits;
        matched_terms.sort_unstable();
        matched_terms.dedup();
        let matched: std::collections::HashSet<&str> = matched_terms
            .iter()
            .filter_map(|&t| self.terms.get(t as usize).map(String::as_str))
            .collect();
        for h in hits.iter_mut().take(HIGHLIGHTED) {
            let ts = tokens(&statements[h.statement].text);
            let mut hl: Vec<(u32, u32)> = ts
                .iter()
                .filter(|x| matched.contains(x.text.as_str()))
                .map(|x| (x.start as u32, x.end as u32))
                .collect();
            for p in &query.phrases {
                let pos = ts
                    .windows(p.len())
                    .position(|w| w.iter().zip(p).all(|(a, b)| a.text == *b));
                if let Some(i) = pos
                    && let (Some(first), Some(lastt)) = (ts.get(i), ts.get(i + p.len() - 1))
                {
                    hl.push((first.start as u32, lastt.end as u32));
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
            speakers,
            outlets,
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
    // Whole statements before scare-quoted fragments ("productive"), then by reach.
    v.sort_by(|&a, &b| {
        let full = |i: usize| statements[i].kind != QuoteKind::Full;
        full(a)
            .cmp(&full(b))
            .then(
                statements[b]
                    .outlets
                    .len()
                    .cmp(&statements[a].outlets.len()),
            )
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
        let mut seed = crate::synth::Seed::from_articles(&corpus());
        seed.sentences
            .push("The negotiations over territory and sanctions went on.".into());
        let arts = crate::synth::generate(&seed, 3000, 5);
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
    fn exports_escape_fields() {
        let st = statements(&corpus());
        let r = search(&st, &Query::parse("deal"));
        let csv = to_csv(&st, &r);
        assert!(csv.starts_with("quote,speaker,outlets,carried_by\r\n"));
        assert!(csv.contains("\"There's no deal until there's a deal,\""));
        assert!(to_json(&st, &r).contains("Donald Trump"));
    }
}
