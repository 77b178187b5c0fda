//! What the cross-article views show, computed once from the whole corpus: the outlet comparison
//! ([`crate::compare`]) and the timeline ([`crate::timeline`], [`crate::disagree`]) for all
//! articles and for each outlet on its own.
//!
//! [`Views::build`] runs when a corpus file is written (by the app's build script, `parallax
//! build` or the import worker), and the result travels in the file after the search data
//! ([`crate::format`]). The app then only reads it: the clustering, the framing lexicon's
//! automaton and the disagreement finder stay out of the app's WebAssembly, and a view does not
//! recompute them each time it is opened.

use crate::compare::{self, Comparison};
use crate::disagree::{self, Disagreement};
use crate::model::{Article, Corpus, Span};
use crate::timeline::{self, MergedEvent, Moment};
use serde::{Deserialize, Serialize};

/// The comparison and the timelines of one corpus.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Views {
    /// The outlet comparison of every article.
    pub comparison: Comparison,
    /// The timeline of all articles first, then one per outlet key ([`outlet_key`]) in corpus
    /// order.
    pub timelines: Vec<TimelineView>,
}

/// The timeline of a set of articles: all of them, or one outlet's.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TimelineView {
    /// The outlet key the view is limited to; `None` for all articles.
    pub outlet: Option<String>,
    /// The corpus indices of the articles in the view, ascending. Article numbers inside
    /// `events`, `disagreements` and `moments` are positions in this list.
    pub articles: Vec<u32>,
    /// Dated events merged across the view's articles, in date order.
    pub events: Vec<MergedEvent>,
    /// Where the view's articles disagree: dates, figures, reference points.
    pub disagreements: Vec<Disagreement>,
    /// The event day as the articles tell it (empty when the corpus has no event date).
    pub moments: Vec<Moment>,
}

/// The key an article is filtered by on the timeline: its outlet, else its id.
pub fn outlet_key(a: &Article) -> String {
    a.outlet.clone().unwrap_or_else(|| a.id.clone())
}

impl Views {
    /// Computes the comparison and every timeline of `corpus`.
    pub fn build(corpus: &Corpus) -> Views {
        let all: Vec<u32> = (0..corpus.articles.len() as u32).collect();
        let mut timelines = vec![TimelineView::build(corpus, None, all)];
        let mut keys: Vec<String> = Vec::new();
        for a in &corpus.articles {
            let k = outlet_key(a);
            if !keys.contains(&k) {
                keys.push(k);
            }
        }
        for k in keys {
            let members: Vec<u32> = corpus
                .articles
                .iter()
                .enumerate()
                .filter(|(_, a)| outlet_key(a) == k)
                .map(|(i, _)| i as u32)
                .collect();
            timelines.push(TimelineView::build(corpus, Some(k), members));
        }
        Views {
            comparison: compare::compare(&corpus.articles),
            timelines,
        }
    }

    /// The timeline for an outlet key, or for all articles with `None`.
    pub fn timeline(&self, outlet: Option<&str>) -> Option<&TimelineView> {
        self.timelines
            .iter()
            .find(|t| t.outlet.as_deref() == outlet)
    }

    /// Checks every reference into the corpus (article numbers, event numbers, spans, fact
    /// numbers), so that a damaged or hand-made file is refused when it is opened rather than
    /// showing wrong sentences later.
    pub fn check(&self, corpus: &Corpus) -> Result<(), String> {
        let arts = &corpus.articles;
        let n = arts.len();
        let c = &self.comparison;
        let all: Vec<&Article> = arts.iter().collect();
        for (i, f) in c.facts.iter().enumerate() {
            if f.articles.iter().any(|&a| a as usize >= n) {
                return Err(format!(
                    "comparison fact {i} names an article not in the corpus"
                ));
            }
            check_spans(&all, f.units.iter().map(|&(a, s)| (a, s)))
                .map_err(|e| format!("comparison fact {i}: {e}"))?;
        }
        if c.overlap.len() != n || c.overlap.iter().any(|r| r.len() != n) {
            return Err("the comparison's overlap table does not match the articles".into());
        }
        if c.overlap.iter().flatten().any(|x| !x.is_finite()) {
            return Err("the comparison's overlap table holds a value that is not a number".into());
        }
        let facts = c.facts.len();
        for (what, lists) in [("exclusives", &c.exclusives), ("omissions", &c.omissions)] {
            if lists.len() != n || lists.iter().flatten().any(|&f| f as usize >= facts) {
                return Err(format!("the comparison's {what} do not match its facts"));
            }
        }
        check_disagreements(&all, &c.figure_disputes).map_err(|e| format!("comparison: {e}"))?;
        check_spans(
            &all,
            c.framing
                .iter()
                .flat_map(|h| [(h.article, h.span), (h.article, h.sentence)]),
        )
        .map_err(|e| format!("framing: {e}"))?;
        if self.timeline(None).is_none() {
            return Err("the timeline of all articles is missing".into());
        }
        for t in &self.timelines {
            let name = t.outlet.as_deref().unwrap_or("all articles");
            t.check(arts)
                .map_err(|e| format!("timeline of {name}: {e}"))?;
        }
        Ok(())
    }
}

impl TimelineView {
    fn build(corpus: &Corpus, outlet: Option<String>, articles: Vec<u32>) -> TimelineView {
        let members: Vec<Article> = articles
            .iter()
            .filter_map(|&i| corpus.articles.get(i as usize).cloned())
            .collect();
        let events = timeline::merge(&members);
        let disagreements = disagree::disagreements(&members, &events);
        let moments = corpus
            .event_date
            .as_deref()
            .map(|day| timeline::day_moments(&members, day))
            .unwrap_or_default();
        TimelineView {
            outlet,
            articles,
            events,
            disagreements,
            moments,
        }
    }

    /// The view's articles, cloned out of the corpus in view order.
    pub fn members(&self, corpus: &Corpus) -> Vec<Article> {
        self.articles
            .iter()
            .filter_map(|&i| corpus.articles.get(i as usize).cloned())
            .collect()
    }

    fn check(&self, arts: &[Article]) -> Result<(), String> {
        if self.articles.windows(2).any(|w| w[0] >= w[1])
            || self.articles.iter().any(|&i| i as usize >= arts.len())
        {
            return Err("its article list is not a list of corpus articles".into());
        }
        let members: Vec<&Article> = self
            .articles
            .iter()
            .filter_map(|&i| arts.get(i as usize))
            .collect();
        for (i, e) in self.events.iter().enumerate() {
            let bad_mention = e.mentions.iter().any(|m| {
                members
                    .get(m.article as usize)
                    .is_none_or(|a| a.events.get(m.event as usize).is_none())
            });
            let bad_variant = e
                .variants
                .iter()
                .flat_map(|v| &v.1)
                .any(|&a| a as usize >= members.len());
            if bad_mention || bad_variant {
                return Err(format!("event {i} refers to an event not in its articles"));
            }
        }
        check_disagreements(&members, &self.disagreements)?;
        check_spans(
            &members,
            self.moments
                .iter()
                .flat_map(|m| m.sentences.iter().copied()),
        )
        .map_err(|e| format!("event day: {e}"))
    }
}

/// Every carrier of every disagreement names an article of `members` and spans inside its text.
fn check_disagreements(members: &[&Article], list: &[Disagreement]) -> Result<(), String> {
    for (i, d) in list.iter().enumerate() {
        check_spans(
            members,
            d.variants
                .iter()
                .flat_map(|v| &v.carriers)
                .flat_map(|&(a, w, s)| [(a, w), (a, s)]),
        )
        .map_err(|e| format!("disagreement {i}: {e}"))?;
    }
    Ok(())
}

/// Each `(article, span)` names one of `members` and lies on character boundaries of its text.
fn check_spans(
    members: &[&Article],
    spans: impl IntoIterator<Item = (u32, Span)>,
) -> Result<(), String> {
    for (a, s) in spans {
        let Some(article) = members.get(a as usize) else {
            return Err(format!("it names article {a}, which is not there"));
        };
        let t = &article.text;
        let ok = s.start <= s.end
            && (s.end as usize) <= t.len()
            && t.is_char_boundary(s.start as usize)
            && t.is_char_boundary(s.end as usize);
        if !ok {
            return Err(format!(
                "a span {}..{} lies outside the text of {}",
                s.start, s.end, article.file
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> Corpus {
        let mut m = crate::manifest::Manifest {
            title: "Summit".into(),
            event_date: Some("2025-08-15".into()),
            ..Default::default()
        };
        for (file, outlet) in [("a.txt", "Wire"), ("b.txt", "Daily")] {
            m.files.insert(
                file.into(),
                crate::manifest::ArticleMeta {
                    outlet: Some(outlet.into()),
                    ..Default::default()
                },
            );
        }
        let texts = [
            (
                "a.txt",
                "Summit ends without a deal\n\nPresident Donald Trump met Vladimir Putin in Anchorage on Friday. The talks lasted nearly three hours. It was their first meeting since 2019.",
            ),
            (
                "b.txt",
                "Leaders meet in Alaska\n\nDonald Trump and Vladimir Putin met in Anchorage on Friday. The talks lasted about two and a half hours. It was the first summit since 2018.",
            ),
            (
                "c.txt",
                "No ceasefire\n\nTrump met Putin on Friday in Anchorage, Alaska. In February 2022 Russia invaded Ukraine.",
            ),
        ];
        let files: Vec<(String, Vec<u8>)> = texts
            .iter()
            .map(|(f, t)| (f.to_string(), t.as_bytes().to_vec()))
            .collect();
        crate::build_corpus(&m, &files)
    }

    #[test]
    fn one_timeline_for_all_and_one_per_outlet() {
        let c = corpus();
        let v = Views::build(&c);
        let keys: Vec<Option<&str>> = v.timelines.iter().map(|t| t.outlet.as_deref()).collect();
        let third = c.articles[2].id.as_str();
        assert_eq!(keys, vec![None, Some("Wire"), Some("Daily"), Some(third)]);
        assert_eq!(
            v.timeline(None).map(|t| t.articles.clone()),
            Some(vec![0, 1, 2])
        );
        assert_eq!(
            v.timeline(Some("Daily")).map(|t| t.articles.clone()),
            Some(vec![1])
        );
        assert!(v.timeline(Some("Nobody")).is_none());
        // The same computation the views used to run themselves.
        let all = v
            .timeline(None)
            .map(|t| t.events.clone())
            .unwrap_or_default();
        assert_eq!(all, timeline::merge(&c.articles));
        assert!(!all.is_empty());
        assert_eq!(v.comparison, compare::compare(&c.articles));
        assert!(v.check(&c).is_ok());
    }

    #[test]
    fn positions_in_an_outlet_timeline_are_within_its_articles() {
        let c = corpus();
        let v = Views::build(&c);
        let daily = v.timeline(Some("Daily")).cloned().unwrap_or_default();
        assert!(!daily.events.is_empty());
        assert!(
            daily
                .events
                .iter()
                .flat_map(|e| &e.mentions)
                .all(|m| m.article == 0)
        );
        assert_eq!(daily.members(&c)[0].file, "b.txt");
    }

    #[test]
    fn check_refuses_references_outside_the_corpus() {
        let c = corpus();
        let good = Views::build(&c);
        let mut v = good.clone();
        v.timelines.remove(0);
        assert!(v.check(&c).is_err_and(|e| e.contains("all articles")));
        let mut v = good.clone();
        v.timelines[1].articles = vec![7];
        assert!(v.check(&c).is_err());
        let mut v = good.clone();
        if let Some(e) = v.timelines[0].events.first_mut() {
            e.mentions[0].event = 999;
        }
        assert!(v.check(&c).is_err_and(|e| e.contains("event 0")));
        let mut v = good.clone();
        v.comparison.overlap.pop();
        assert!(v.check(&c).is_err());
        let mut v = good.clone();
        if let Some(f) = v.comparison.facts.first_mut() {
            f.units[0].1 = Span {
                start: 0,
                end: 100_000,
            };
        }
        assert!(v.check(&c).is_err_and(|e| e.contains("outside the text")));
        let mut v = good;
        v.comparison.exclusives = vec![vec![9999]; c.articles.len()];
        assert!(v.check(&c).is_err());
    }
}
