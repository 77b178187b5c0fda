//! Deterministic synthetic corpora for benchmarks: many articles and quotes made from a small
//! seed corpus by recombining and perturbing its sentences, quotes, speakers and outlets.
//!
//! [`Seed::from_articles`] gathers the material of the parsed seed articles; [`generate`] makes
//! articles holding exactly the requested number of quotes. The same seed material, count and
//! `rng_seed` always give the same articles (a SplitMix64 generator, no clock, no hashing of
//! addresses), so a benchmark is reproducible byte for byte.
//!
//! What a generated quote is, by draw:
//! - about one in eight **carries an earlier generated quote** again, as a newsroom picking up
//!   another's quote would: verbatim, with contractions or apostrophes changed ("there is" ↔
//!   "there's"), with case or final punctuation changed, or as an excerpt of three words or more —
//!   the variants [`crate::search::statements`] must group;
//! - about one in twelve is a **seed quote**, verbatim or varied the same way;
//! - the rest are **new**: the head of one seed quote or sentence joined to the tail of another,
//!   with a few words swapped for other seed words, digits redrawn, and often a coined proper
//!   noun (syllables of seed words), so the vocabulary keeps growing with the corpus as a real
//!   one does instead of staying at the seed's few thousand words.
//!
//! Speakers are the seed's speakers and people plus recombined first and last names; outlets are
//! the seed's outlets and cited sources plus made-up mastheads. Both are drawn with a skew, so a
//! few speakers and outlets carry most quotes, as in real coverage. Each article's clean text is
//! its quotes in sentences (`“…,” Speaker said.`), with quote, sentence and attribution spans
//! pointing into it, so the articles are usable by everything that reads a corpus.

use crate::model::{Article, Block, BlockKind, Quote, QuoteKind, Span};

/// SplitMix64: small, fast, and the same on every platform.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator started at `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A float in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// An index in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }

    /// An index in `0..n` skewed towards 0 (the square of a uniform draw): a few items are
    /// drawn often, most rarely.
    pub fn skewed(&mut self, n: usize) -> usize {
        let u = self.unit();
        ((u * u * n as f64) as usize).min(n.saturating_sub(1))
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        items.get(self.below(items.len()))
    }
}

/// The material a synthetic corpus is made of.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Seed {
    /// Seed quotes with their speakers.
    pub quotes: Vec<(String, Option<String>)>,
    /// Seed sentences (with at least four words).
    pub sentences: Vec<String>,
    /// Speaker names: the seed's speakers and people, then recombined names.
    pub speakers: Vec<String>,
    /// Outlet names: the seed's outlets and cited sources, then made-up mastheads.
    pub outlets: Vec<String>,
    /// Distinct written words of the quotes and sentences (letters only, in first-seen order).
    pub words: Vec<String>,
}

/// Made-up masthead words, combined with seed places and words for outlet names.
const MASTHEADS: [&str; 12] = [
    "Herald",
    "Tribune",
    "Courier",
    "Gazette",
    "Post",
    "Observer",
    "Dispatch",
    "Ledger",
    "Times",
    "Chronicle",
    "Wire",
    "Monitor",
];

/// Speaker pool size: seed names first, recombined names after.
const SPEAKERS: usize = 240;
/// Outlet pool size.
const OUTLETS: usize = 60;

fn push_unique(v: &mut Vec<String>, s: &str) {
    let s = s.trim();
    if !s.is_empty() && !v.iter().any(|x| x == s) {
        v.push(s.to_string());
    }
}

impl Seed {
    /// Gathers the quotes, sentences, speakers, outlets and words of parsed seed articles, and
    /// fills the speaker and outlet pools up with recombinations. Deterministic.
    pub fn from_articles(articles: &[Article]) -> Seed {
        let mut seed = Seed::default();
        let mut people: Vec<String> = Vec::new();
        for a in articles {
            for q in &a.quotes {
                if q.text.split_whitespace().count() >= 2 {
                    seed.quotes.push((q.text.clone(), q.speaker.clone()));
                }
                if let Some(s) = &q.speaker {
                    push_unique(&mut people, s);
                }
            }
            for p in &a.people {
                if p.name.split_whitespace().count() >= 2 {
                    push_unique(&mut people, &p.name);
                }
            }
            for s in &a.sentences {
                let text = a.slice(*s).trim();
                if text.split_whitespace().count() >= 4 && !text.contains('\t') {
                    seed.sentences.push(text.to_string());
                }
            }
            if let Some(o) = &a.outlet {
                push_unique(&mut seed.outlets, o);
            }
            for c in &a.cited_sources {
                push_unique(&mut seed.outlets, c);
            }
        }
        let mut seen = std::collections::HashSet::new();
        for text in seed.quotes.iter().map(|q| &q.0).chain(&seed.sentences) {
            for w in text.split_whitespace() {
                let w: String = w.chars().filter(|c| c.is_alphabetic()).collect();
                if w.len() >= 2 && seen.insert(w.clone()) {
                    seed.words.push(w);
                }
            }
        }
        if seed.words.is_empty() {
            seed.words = ["said", "talks", "peace", "deal", "summit", "meeting"]
                .map(String::from)
                .to_vec();
        }
        let mut rng = Rng::new(0x5EED);
        seed.speakers = people.clone();
        let firsts: Vec<&str> = people
            .iter()
            .filter_map(|p| p.split_whitespace().next())
            .collect();
        let lasts: Vec<&str> = people
            .iter()
            .filter_map(|p| p.split_whitespace().last())
            .collect();
        let capitalised: Vec<&String> = seed
            .words
            .iter()
            .filter(|w| w.len() >= 4 && w.chars().next().is_some_and(char::is_uppercase))
            .collect();
        let mut tries = 0;
        while seed.speakers.len() < SPEAKERS && tries < SPEAKERS * 20 {
            tries += 1;
            let first = rng.pick(&firsts).copied().unwrap_or("Alex");
            let last = if rng.chance(0.5) {
                rng.pick(&lasts).copied().map(str::to_string)
            } else {
                Some(coin(&seed.words, &mut rng))
            };
            let name = format!("{first} {}", last.unwrap_or_else(|| "Smith".into()));
            push_unique(&mut seed.speakers, &name);
        }
        let mut tries = 0;
        while seed.outlets.len() < OUTLETS && tries < OUTLETS * 20 {
            tries += 1;
            let head = match rng.pick(&capitalised) {
                Some(w) if rng.chance(0.6) => w.to_string(),
                _ => coin(&seed.words, &mut rng),
            };
            let tail = rng.pick(&MASTHEADS).copied().unwrap_or("Post");
            let name = if rng.chance(0.5) {
                format!("The {head} {tail}")
            } else {
                format!("{head} {tail}")
            };
            push_unique(&mut seed.outlets, &name);
        }
        seed
    }
}

/// A coined proper noun: the head of one seed word and the tail of another ("Anchtrov").
fn coin(words: &[String], rng: &mut Rng) -> String {
    let part = |rng: &mut Rng, head: bool| -> String {
        let w: Vec<char> = rng
            .pick(words)
            .map(|w| w.to_lowercase().chars().collect())
            .unwrap_or_default();
        let n = (2 + rng.below(3)).min(w.len());
        if head {
            w[..n].iter().collect()
        } else {
            w[w.len() - n..].iter().collect()
        }
    };
    let mut s = part(rng, true);
    s.push_str(&part(rng, false));
    if rng.chance(0.3) {
        s.push_str(&part(rng, false));
    }
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => "Novak".into(),
    }
}

/// Contraction pairs swapped by a variant (full form, contracted form).
const CONTRACTIONS: [(&str, &str); 10] = [
    ("there is", "there's"),
    ("it is", "it's"),
    ("do not", "don't"),
    ("does not", "doesn't"),
    ("we are", "we're"),
    ("we have", "we've"),
    ("will not", "won't"),
    ("can not", "can't"),
    ("that is", "that's"),
    ("I am", "I'm"),
];

/// A variant of `text` that reports the same words: contractions or apostrophes swapped, case or
/// final punctuation changed, or an excerpt of at least three words.
pub fn variant(text: &str, rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => {
            let mut out = text.to_string();
            for (full, short) in CONTRACTIONS {
                if out.contains(full) {
                    out = out.replace(full, short);
                } else if out.contains(short) {
                    out = out.replace(short, full);
                }
            }
            if out == text {
                out = if text.contains('\'') {
                    text.replace('\'', "’")
                } else {
                    text.replace('’', "'")
                };
            }
            out
        }
        1 => {
            let trimmed = text.trim_end_matches(['.', ',', '!', '?', ';']);
            let mut c = trimmed.chars();
            let first = match c.next() {
                Some(f) if f.is_uppercase() => f.to_lowercase().collect::<String>(),
                Some(f) => f.to_uppercase().collect(),
                None => String::new(),
            };
            let end = if trimmed.len() == text.len() { "." } else { "" };
            format!("{first}{}{end}", c.as_str())
        }
        2 => {
            let words: Vec<&str> = text.split_whitespace().collect();
            if words.len() <= 4 {
                return text.to_string();
            }
            let len = 3 + rng.below(words.len() - 3);
            let start = rng.below(words.len() - len + 1);
            words[start..start + len].join(" ")
        }
        _ => text.to_string(),
    }
}

/// A new quote: the head of one seed text joined to the tail of another, perturbed.
fn recombine(seed: &Seed, coined: &mut Vec<String>, rng: &mut Rng) -> String {
    let source = |rng: &mut Rng| -> Vec<String> {
        let from_quote = rng.chance(0.5) || seed.sentences.is_empty();
        let text = if from_quote {
            seed.quotes.get(rng.below(seed.quotes.len())).map(|q| &q.0)
        } else {
            seed.sentences.get(rng.below(seed.sentences.len()))
        };
        text.map(|t| t.split_whitespace().map(str::to_string).collect())
            .unwrap_or_default()
    };
    let a = source(rng);
    let b = source(rng);
    let cut_a = if a.len() > 2 {
        2 + rng.below(a.len() - 1)
    } else {
        a.len()
    };
    let cut_b = rng.below(b.len().max(1));
    let mut words: Vec<String> = a.into_iter().take(cut_a).collect();
    words.extend(b.into_iter().skip(cut_b));
    words.truncate(40);
    while words.len() < 4 {
        words.push(
            rng.pick(&seed.words)
                .cloned()
                .unwrap_or_else(|| "talks".into()),
        );
    }
    for w in words.iter_mut() {
        if w.chars().any(|c| c.is_ascii_digit()) {
            *w = (1 + rng.below(2000)).to_string();
        } else if rng.chance(0.06)
            && let Some(s) = rng.pick(&seed.words)
        {
            *w = s.to_lowercase();
        }
    }
    if rng.chance(0.6) {
        // Half new coinages, half reuse (skewed): the vocabulary grows like a real corpus's.
        let word = if coined.is_empty() || rng.chance(0.5) {
            let c = coin(&seed.words, rng);
            coined.push(c.clone());
            c
        } else {
            coined[coined.len() - 1 - rng.skewed(coined.len())].clone()
        };
        let at = rng.below(words.len());
        words[at] = word;
    }
    let mut text = words.join(" ");
    if !text.ends_with(['.', ',', '!', '?']) && rng.chance(0.5) {
        text.push('.');
    }
    text
}

/// Makes articles holding exactly `quotes` quotes from `seed`. Deterministic in all arguments.
pub fn generate(seed: &Seed, quotes: usize, rng_seed: u64) -> Vec<Article> {
    let mut rng = Rng::new(rng_seed);
    let mut coined: Vec<String> = Vec::new();
    // Recent generated quotes, which later articles may carry again.
    let mut recent: Vec<(String, Option<String>)> = Vec::new();
    let mut articles = Vec::new();
    let mut made = 0;
    while made < quotes {
        let n = (8 + rng.below(17)).min(quotes - made);
        let outlet = seed
            .outlets
            .get(rng.skewed(seed.outlets.len()))
            .cloned()
            .unwrap_or_else(|| "The Wire".into());
        let mut qs: Vec<(String, Option<String>)> = Vec::with_capacity(n);
        for _ in 0..n {
            let r = rng.unit();
            let q = if r < 0.12 && !recent.is_empty() {
                let (t, s) = &recent[recent.len() - 1 - rng.skewed(recent.len())];
                let t = if rng.chance(0.4) {
                    t.clone()
                } else {
                    variant(t, &mut rng)
                };
                (t, s.clone())
            } else if r < 0.2 && !seed.quotes.is_empty() {
                let (t, s) = &seed.quotes[rng.below(seed.quotes.len())];
                let t = if rng.chance(0.5) {
                    t.clone()
                } else {
                    variant(t, &mut rng)
                };
                (t, s.clone())
            } else {
                let speaker = if rng.chance(0.9) {
                    seed.speakers.get(rng.skewed(seed.speakers.len())).cloned()
                } else {
                    None
                };
                let t = recombine(seed, &mut coined, &mut rng);
                recent.push((t.clone(), speaker.clone()));
                if recent.len() > 4000 {
                    recent.drain(..2000);
                }
                (t, speaker)
            };
            qs.push(q);
        }
        made += qs.len();
        articles.push(article(articles.len(), &outlet, &qs));
    }
    articles
}

/// An article of `quotes`, one sentence per quote: `“text,” Speaker said.`
fn article(i: usize, outlet: &str, quotes: &[(String, Option<String>)]) -> Article {
    let mut text = String::new();
    let mut out_quotes = Vec::with_capacity(quotes.len());
    let mut blocks = Vec::with_capacity(quotes.len());
    for (t, speaker) in quotes {
        if !text.is_empty() {
            text.push('\n');
        }
        let start = text.len();
        text.push('“');
        let inner = text.len();
        text.push_str(t);
        let inner_end = text.len();
        text.push('”');
        let close = text.len();
        text.push(' ');
        let attr = text.len();
        text.push_str(speaker.as_deref().unwrap_or("an official"));
        text.push_str(" said");
        let attr_end = text.len();
        text.push('.');
        let end = text.len();
        let sentence = Span::new(start, end);
        blocks.push(Block {
            kind: BlockKind::Paragraph,
            span: sentence,
        });
        out_quotes.push(Quote {
            text: t.clone(),
            speaker: speaker.clone(),
            kind: if t.split_whitespace().count() >= 4 {
                QuoteKind::Full
            } else {
                QuoteKind::Fragment
            },
            span: Span::new(start, close),
            parts: vec![Span::new(inner, inner_end)],
            sentence,
            attribution: Some(Span::new(attr, attr_end)),
            cue: Some("said".into()),
        });
    }
    let sentences = blocks.iter().map(|b| b.span).collect();
    Article {
        id: format!("synth-{i:05}"),
        file: format!("synth-{i:05}.txt"),
        label: format!("Article {} · {outlet}", i + 1),
        outlet: Some(outlet.to_string()),
        word_count: text.split_whitespace().count() as u32,
        text,
        blocks,
        sentences,
        quotes: out_quotes,
        ..Article::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;

    fn seed_articles() -> Vec<Article> {
        let quotes = [
            (
                "There's no deal until there's a deal.",
                Some("Donald Trump"),
            ),
            (
                "We had an extremely productive meeting in Anchorage on Friday.",
                Some("Donald Trump"),
            ),
            (
                "The root causes of the conflict must be eliminated.",
                Some("Vladimir Putin"),
            ),
            ("We are counting on America.", Some("Volodymyr Zelenskyy")),
            ("It is a very good first step, 25 years on.", None),
        ];
        vec![article(
            0,
            "Reuters",
            &quotes.map(|(t, s)| (t.to_string(), s.map(String::from))),
        )]
    }

    #[test]
    fn same_inputs_same_corpus_and_exact_counts() {
        let seed = Seed::from_articles(&seed_articles());
        assert_eq!(seed.quotes.len(), 5);
        assert!(seed.sentences.len() >= 5);
        assert_eq!(seed.speakers.len(), SPEAKERS, "{:?}", seed.speakers);
        assert_eq!(seed.outlets.len(), OUTLETS);
        assert_eq!(seed.outlets[0], "Reuters");
        let a = generate(&seed, 1000, 7);
        assert_eq!(a, generate(&seed, 1000, 7));
        assert_ne!(a, generate(&seed, 1000, 8));
        for n in [0, 1, 23, 1000] {
            let got: usize = generate(&seed, n, 1).iter().map(|a| a.quotes.len()).sum();
            assert_eq!(got, n);
        }
    }

    #[test]
    fn spans_point_at_the_quotes_and_speakers_come_from_the_pool() {
        let seed = Seed::from_articles(&seed_articles());
        for a in generate(&seed, 500, 3) {
            let outlet = a.outlet.as_deref().unwrap_or("");
            assert!(seed.outlets.iter().any(|o| o == outlet));
            for q in &a.quotes {
                assert_eq!(a.slice(q.parts[0]), q.text);
                assert!(a.slice(q.span).starts_with('“'));
                assert!(a.slice(q.sentence).ends_with("said."));
                if let Some(s) = &q.speaker {
                    assert!(seed.speakers.contains(s), "{s}");
                }
            }
        }
    }

    #[test]
    fn carries_variants_and_grows_the_vocabulary() {
        let seed = Seed::from_articles(&seed_articles());
        let small = generate(&seed, 1000, 11);
        let large = generate(&seed, 10_000, 11);
        let vocab = |arts: &[Article]| {
            let mut v: Vec<String> = arts
                .iter()
                .flat_map(|a| a.quotes.iter())
                .flat_map(|q| {
                    normalize(&q.text)
                        .split(' ')
                        .map(String::from)
                        .collect::<Vec<_>>()
                })
                .collect();
            v.sort();
            v.dedup();
            v.len()
        };
        assert!(
            vocab(&large) > 3 * vocab(&small),
            "{} vs {}",
            vocab(&large),
            vocab(&small)
        );
        // Some quotes are carried again, so there are fewer statements than quotes.
        let st = crate::search::statements(&small);
        let multi = st.iter().filter(|s| s.carriers.len() > 1).count();
        assert!(
            st.len() < 1000 && multi > 50,
            "{} statements, {multi} carried",
            st.len()
        );
        let mut rng = Rng::new(1);
        let excerpt = (0..50)
            .map(|_| variant("one two three four five six", &mut rng))
            .find(|v| v.split(' ').count() < 6);
        assert!(excerpt.is_some_and(|e| e.split(' ').count() >= 3));
    }

    #[test]
    fn the_generator_is_uniform_enough() {
        let mut r = Rng::new(42);
        let mut counts = [0usize; 10];
        for _ in 0..10_000 {
            counts[r.below(10)] += 1;
        }
        assert!(
            counts.iter().all(|&c| (800..1200).contains(&c)),
            "{counts:?}"
        );
        assert!((0..1000).all(|_| r.skewed(5) < 5));
    }
}
