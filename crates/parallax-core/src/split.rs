//! Patterns that are an alternation, matched without asking the whole pattern for its groups.
//!
//! Asking `regex` for the capture groups of a large alternation makes it re-run every match
//! through a backtracker over the NFA of all the alternatives — for the date and figure
//! patterns (month lists, number words, Unicode classes) some 10k instructions a match. Here
//! one multi-pattern regex over the alternatives finds each match and which alternative it is
//! without any groups (lazy DFA only); then that alternative's own, much smaller regex fills
//! in the groups, anchored on the match's span.
//!
//! This gives what the alternation gives: with leftmost-first semantics a multi-pattern regex
//! matches as the alternation of its patterns in order, so it gives the same spans and the
//! first alternative that matches at the start. That alternative, anchored there, takes the
//! same path as it does inside the alternation (nothing follows it), so its groups are the
//! alternation's, and every group of the other alternatives is unset. Look-around (`\b`) at
//! the span's edges still sees the text around it. Each user checks this with a property test
//! against its whole pattern.

use regex_automata::meta::Regex;
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input, PatternID};

/// An alternation `alts[0]|alts[1]|…`, split (see the module docs).
#[derive(Debug)]
pub(crate) struct Alternatives {
    /// All alternatives, as patterns 0, 1, … in order.
    any: Regex,
    /// Each alternative alone, for its groups.
    alone: Vec<Regex>,
    /// For each alternative, how to read its groups off its span without `alone`, if known.
    whole: Vec<Option<WholeGroup>>,
}

/// An alternative whose groups follow from its span whenever the span holds no character
/// that `stop` accepts: then group `group` is the whole match and no other group took part.
/// (The figure pattern's plain number, `(?P<num>N)(?P<frac>[\s-]…)?`: without whitespace or a
/// hyphen in the match `frac` did not take part, so `num` is all of it.)
#[derive(Debug, Clone, Copy)]
struct WholeGroup {
    group: usize,
    stop: fn(char) -> bool,
}

/// One match: the alternative that matched and its groups.
#[derive(Debug, Clone)]
pub(crate) struct AltMatch {
    /// Index of the alternative.
    pub alt: usize,
    caps: Caps,
}

/// The groups of an [`AltMatch`].
#[derive(Debug, Clone)]
enum Caps {
    /// As the alternative's own regex gave them.
    Searched(Captures),
    /// Group 0 and group `group` are `span`; no other group took part (see [`WholeGroup`]).
    Whole { group: usize, span: (usize, usize) },
}

/// A matched group: its place in the haystack and its text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Group<'s> {
    start: usize,
    end: usize,
    text: &'s str,
}

impl<'s> Group<'s> {
    pub fn start(&self) -> usize {
        self.start
    }
    pub fn end(&self) -> usize {
        self.end
    }
    pub fn as_str(&self) -> &'s str {
        self.text
    }
}

impl Alternatives {
    /// The alternation of `alts`, in order. The patterns are constants: a failure to compile
    /// is a programming error caught by every test, and a regex that never matches stands in.
    pub fn new(alts: &[String]) -> Self {
        let never = || Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!());
        Alternatives {
            any: Regex::new_many(alts).unwrap_or_else(|_| never()),
            alone: alts
                .iter()
                .map(|p| Regex::new(p).unwrap_or_else(|_| never()))
                .collect(),
            whole: vec![None; alts.len()],
        }
    }

    /// Declares that when a match of alternative `alt` holds no character `stop` accepts, its
    /// group `name` is the whole match and no other group takes part, so [`Self::matches`]
    /// need not run the alternative's regex for its groups. The caller must prove this for its
    /// pattern (and test it against the whole pattern).
    pub fn with_whole_group(mut self, alt: usize, name: &str, stop: fn(char) -> bool) -> Self {
        let group = self.index(alt, name);
        if let Some(w) = self.whole.get_mut(alt)
            && group != usize::MAX
        {
            *w = Some(WholeGroup { group, stop });
        }
        self
    }

    /// Every match in `hay`, in order, as the alternation's `captures_iter` gives them.
    pub fn matches(&self, hay: &str) -> Vec<AltMatch> {
        let mut out = Vec::new();
        for m in self.any.find_iter(hay) {
            let alt = m.pattern().as_usize();
            if let Some(Some(w)) = self.whole.get(alt)
                && hay.get(m.range()).is_some_and(|t| !t.contains(w.stop))
            {
                out.push(AltMatch {
                    alt,
                    caps: Caps::Whole {
                        group: w.group,
                        span: (m.start(), m.end()),
                    },
                });
                continue;
            }
            let Some(re) = self.alone.get(alt) else {
                continue;
            };
            let mut caps = re.create_captures();
            re.search_captures(
                &Input::new(hay).span(m.range()).anchored(Anchored::Yes),
                &mut caps,
            );
            if caps.is_match() {
                out.push(AltMatch {
                    alt,
                    caps: Caps::Searched(caps),
                });
            }
        }
        out
    }

    /// The index of group `name` in alternative `alt`, `usize::MAX` when it has none (then
    /// [`AltMatch::get`] gives `None`).
    pub fn index(&self, alt: usize, name: &str) -> usize {
        self.alone
            .get(alt)
            .and_then(|re| re.group_info().to_index(PatternID::ZERO, name))
            .unwrap_or(usize::MAX)
    }

    /// The number of alternatives.
    pub fn len(&self) -> usize {
        self.alone.len()
    }
}

impl AltMatch {
    /// Group `i` of the match in `hay` (0 is the whole match); `None` when it did not take
    /// part or the alternative has no such group.
    pub fn get<'s>(&self, hay: &'s str, i: usize) -> Option<Group<'s>> {
        let (start, end) = match &self.caps {
            Caps::Searched(caps) => {
                let span = caps.get_group(i)?;
                (span.start, span.end)
            }
            Caps::Whole { group, span } => (i == 0 || i == *group).then_some(*span)?,
        };
        Some(Group {
            start,
            end,
            text: hay.get(start..end)?,
        })
    }
}

/// Test helper: every match of `whole` (the alternation as one regex) with each of its named
/// groups' spans, and the same from `split`, to compare.
#[cfg(test)]
pub(crate) type GroupSpans = Vec<Vec<(String, Option<(usize, usize)>)>>;

#[cfg(test)]
pub(crate) fn by_whole(whole: &regex::Regex, hay: &str) -> GroupSpans {
    whole
        .captures_iter(hay)
        .map(|c| {
            whole
                .capture_names()
                .enumerate()
                .map(|(i, n)| {
                    let name = n.unwrap_or("").to_string();
                    (name, c.get(i).map(|m| (m.start(), m.end())))
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
pub(crate) fn by_split(whole: &regex::Regex, split: &Alternatives, hay: &str) -> GroupSpans {
    split
        .matches(hay)
        .iter()
        .map(|m| {
            whole
                .capture_names()
                .map(|n| {
                    let name = n.unwrap_or("").to_string();
                    let i = n.map_or(0, |n| split.index(m.alt, n));
                    (name, m.get(hay, i).map(|g| (g.start(), g.end())))
                })
                .collect()
        })
        .collect()
}
