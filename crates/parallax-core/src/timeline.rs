//! The corpus timeline: dated events merged across articles, laid out on a compressed axis.
//!
//! - [`merge`] groups the [`Event`]s of every article that report the same happening: dates that are
//!   compatible (equal, or one a coarser prefix of the other, e.g. `2022` and `2022-02`) and
//!   descriptions that share enough content words or people. Grouping is a union–find over pairs
//!   inside the same year, so it is deterministic and explainable ([`MergedEvent::why`]).
//! - [`layout`] places merged events on an axis that stays readable from 1867 to 2025: long empty
//!   stretches are cut out and replaced by a fixed-width break, so dense years get the room;
//!   labels are put on rows so they never overlap.
//! - Disagreements: when articles give different years for the same event, or different figures for
//!   what they describe, the merged event lists the variants ([`MergedEvent::variants`]).

use crate::model::{Article, Event, Precision, Span};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// One article's mention of a merged event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// Index of the article in the corpus.
    pub article: u32,
    /// Index of the event in that article's `events`.
    pub event: u32,
}

/// An event merged across articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MergedEvent {
    /// Stable id for URLs: the date plus a slug of the label.
    pub id: String,
    /// The most precise date any mention gives (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
    pub date: String,
    /// Precision of [`MergedEvent::date`].
    pub precision: Precision,
    /// True when every mention is approximate.
    pub approximate: bool,
    /// The label of the most precise, most descriptive mention.
    pub label: String,
    /// Every mention, in corpus order.
    pub mentions: Vec<Mention>,
    /// People named in any mention.
    pub people: Vec<String>,
    /// Why the mentions were grouped (shared words and people), for the view to explain.
    pub why: Vec<String>,
    /// Different dates given for this event by different articles: (date, articles).
    pub variants: Vec<(String, Vec<u32>)>,
}

impl MergedEvent {
    /// Number of distinct articles mentioning the event.
    pub fn article_count(&self) -> usize {
        self.mentions
            .iter()
            .map(|m| m.article)
            .collect::<BTreeSet<_>>()
            .len()
    }
    /// True when articles disagree on the date.
    pub fn disputed(&self) -> bool {
        self.variants.len() > 1
    }
    /// The date as a fractional year (start of the period), for layout.
    pub fn year_value(&self) -> f64 {
        date_value(&self.date)
    }
}

/// Fractional year of a `YYYY[-MM[-DD]]` date (the start of the period; 1900 when unreadable).
pub fn date_value(date: &str) -> f64 {
    let mut parts = date.split('-').map(|p| p.parse::<f64>().ok());
    let y = parts.next().flatten().unwrap_or(1900.0);
    let m = parts.next().flatten().unwrap_or(1.0);
    let d = parts.next().flatten().unwrap_or(1.0);
    y + (m - 1.0) / 12.0 + (d - 1.0) / 365.0
}

const STOP: &[&str] = &[
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "by",
    "from", "since", "as", "that", "this", "its", "his", "her", "their", "was", "were", "is",
    "are", "be", "been", "has", "had", "have", "it", "he", "she", "they", "which", "who", "first",
    "year", "years", "ago", "early", "late", "earlier", "later", "last", "month", "friday", "s",
    "t", "u", "after", "before", "during", "over", "into", "than", "more", "most", "also", "not",
    "no",
];

fn content_words(s: &str) -> BTreeSet<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2 && !w.chars().all(|c| c.is_ascii_digit()))
        .map(|w| {
            let w = w.to_lowercase();
            // Crude stemming so "invaded" / "invasion" / "invade" meet.
            let stem: String = w.chars().take(6).collect();
            stem
        })
        .filter(|w| !STOP.contains(&w.as_str()))
        .collect()
}

fn compatible(a: &str, b: &str) -> bool {
    a.starts_with(b) || b.starts_with(a)
}

fn precision_of(date: &str) -> Precision {
    match date.split('-').count() {
        1 => Precision::Year,
        2 => Precision::Month,
        _ => Precision::Day,
    }
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for w in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
    {
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&w.to_lowercase());
    }
    out
}

/// An event's content words (of label + sentence) as word ids, ascending, and its people:
/// computed once per event, so comparing two events is a merge of two short sorted lists rather
/// than re-tokenising both texts for every pair (an article with hundreds of events in one year
/// made `merge` quadratic in text length, not just in events).
struct Profile<'a> {
    words: Vec<u32>,
    people: BTreeSet<&'a String>,
}

/// Profiles of `events`, and the words behind the ids. Ids are assigned in string order, so
/// ascending ids list words in the same order a `BTreeSet<String>` would.
fn profiles<'a>(events: &[&'a Event]) -> (Vec<Profile<'a>>, Vec<String>) {
    let sets: Vec<BTreeSet<String>> = events
        .iter()
        .map(|e| content_words(&format!("{} {}", e.label, e.text)))
        .collect();
    let vocab: Vec<String> = sets
        .iter()
        .flatten()
        .cloned()
        .collect::<BTreeSet<String>>()
        .into_iter()
        .collect();
    let id = |w: &String| vocab.binary_search(w).map_or(0, |i| i as u32);
    let profiles = sets
        .iter()
        .zip(events)
        .map(|(set, e)| Profile {
            // The set iterates in string order, so the ids come out ascending.
            words: set.iter().map(id).collect(),
            people: e.people.iter().collect(),
        })
        .collect();
    (profiles, vocab)
}

/// Similarity of two events' descriptions: Jaccard of content words of label + sentence, plus a
/// bonus for shared people. Returns the score and the shared word ids (ascending).
fn similarity(a: &Profile<'_>, b: &Profile<'_>) -> (f64, Vec<u32>) {
    let (wa, wb) = (&a.words, &b.words);
    let mut shared = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < wa.len() && j < wb.len() {
        match wa[i].cmp(&wb[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared.push(wa[i]);
                i += 1;
                j += 1;
            }
        }
    }
    let union = (wa.len() + wb.len() - shared.len()).max(1);
    let mut score = shared.len() as f64 / union as f64;
    if !a.people.is_empty() && a.people.intersection(&b.people).next().is_some() {
        score += 0.1;
    }
    (score, shared)
}

/// Threshold above which two compatible-date events are the same event.
pub const MERGE_THRESHOLD: f64 = 0.2;

/// Merges the events of all articles. Events of the same article are merged too when they are
/// the same happening mentioned twice. Output is sorted by date, then label.
pub fn merge(articles: &[Article]) -> Vec<MergedEvent> {
    let mut all: Vec<(u32, u32, &Event)> = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        for (ei, e) in a.events.iter().enumerate() {
            all.push((ai as u32, ei as u32, e));
        }
    }
    let mut parent: Vec<usize> = (0..all.len()).collect();
    // Per event, the ids of the words it shared with the events it merged with.
    let mut why: BTreeMap<usize, BTreeSet<u32>> = BTreeMap::new();
    // Bucket by year so pair comparisons stay within a year (dates must be compatible anyway).
    let mut by_year: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, (_, _, e)) in all.iter().enumerate() {
        by_year
            .entry(e.date.get(..4).unwrap_or(&e.date))
            .or_default()
            .push(i);
    }
    let events: Vec<&Event> = all.iter().map(|(_, _, e)| *e).collect();
    let (profile, vocab) = profiles(&events);
    for idx in by_year.values() {
        for (k, &i) in idx.iter().enumerate() {
            for &j in idx.iter().skip(k + 1) {
                let (a, b) = (all[i].2, all[j].2);
                if !compatible(&a.date, &b.date) {
                    continue;
                }
                let (score, shared) = similarity(&profile[i], &profile[j]);
                if score >= MERGE_THRESHOLD {
                    let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
                    if ri != rj {
                        parent[rj] = ri;
                    }
                    why.entry(i).or_default().extend(shared.iter().copied());
                    why.entry(j).or_default().extend(shared);
                }
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..all.len() {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut out: Vec<MergedEvent> = groups
        .values()
        .map(|members| {
            let best = members
                .iter()
                .copied()
                .max_by(|&x, &y| {
                    let (ex, ey) = (all[x].2, all[y].2);
                    (ex.precision, !ex.approximate, std::cmp::Reverse(x)).cmp(&(
                        ey.precision,
                        !ey.approximate,
                        std::cmp::Reverse(y),
                    ))
                })
                .unwrap_or(members[0]);
            let e = all[best].2;
            let mut dates: BTreeMap<String, BTreeSet<u32>> = BTreeMap::new();
            for &m in members {
                dates
                    .entry(all[m].2.date.clone())
                    .or_default()
                    .insert(all[m].0);
            }
            // Coarser dates compatible with a finer one are not disagreements: fold them in.
            let keys: Vec<String> = dates.keys().cloned().collect();
            for k in &keys {
                if keys.iter().any(|o| o != k && o.starts_with(k.as_str())) {
                    dates.remove(k);
                }
            }
            let people: BTreeSet<String> = members
                .iter()
                .flat_map(|&m| all[m].2.people.iter().cloned())
                .collect();
            // Ascending ids are the words in string order (see `profiles`).
            let shared: BTreeSet<u32> = members
                .iter()
                .filter_map(|m| why.get(m))
                .flatten()
                .copied()
                .collect();
            MergedEvent {
                id: format!("{}-{}", e.date, slug(&e.label)),
                date: e.date.clone(),
                precision: precision_of(&e.date),
                approximate: members.iter().all(|&m| all[m].2.approximate),
                label: e.label.clone(),
                mentions: members
                    .iter()
                    .map(|&m| Mention {
                        article: all[m].0,
                        event: all[m].1,
                    })
                    .collect(),
                people: people.into_iter().collect(),
                why: shared
                    .into_iter()
                    .filter_map(|w| vocab.get(w as usize).cloned())
                    .take(8)
                    .collect(),
                variants: dates
                    .into_iter()
                    .map(|(d, a)| (d, a.into_iter().collect()))
                    .collect(),
            }
        })
        .collect();
    out.sort_by(|a, b| {
        a.year_value()
            .total_cmp(&b.year_value())
            .then_with(|| a.label.cmp(&b.label))
    });
    // Ids must be unique for URLs.
    let mut seen = BTreeSet::new();
    for e in &mut out {
        let base = e.id.clone();
        let mut n = 2;
        while !seen.insert(e.id.clone()) {
            e.id = format!("{base}-{n}");
            n += 1;
        }
    }
    out
}

/// A stretch of the axis drawn at linear scale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AxisSegment {
    /// First year covered (fractional).
    pub from: f64,
    /// Last year covered (fractional).
    pub to: f64,
    /// Left edge in px.
    pub x0: f64,
    /// Right edge in px.
    pub x1: f64,
}

/// A year tick on the axis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tick {
    /// x in px.
    pub x: f64,
    /// The label ("2022").
    pub label: String,
}

/// Where one merged event is drawn.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Marker {
    /// Index into the merged events.
    pub event: usize,
    /// Centre x in px.
    pub x: f64,
    /// Radius in px (grows with the number of articles).
    pub r: f64,
    /// Label row (0 = closest to the axis).
    pub row: u32,
    /// Left edge of the label in px.
    pub label_x: f64,
}

/// The computed layout of the timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Layout {
    /// Linear stretches, left to right.
    pub segments: Vec<AxisSegment>,
    /// Breaks between segments, as x positions of the gap centres.
    pub breaks: Vec<f64>,
    /// Year ticks.
    pub ticks: Vec<Tick>,
    /// Markers, in event order.
    pub markers: Vec<Marker>,
    /// Number of label rows used.
    pub rows: u32,
    /// Total width in px.
    pub width: f64,
}

/// Width of an axis break in px.
pub const BREAK_WIDTH: f64 = 28.0;
/// Approximate width of one label character in px, for overlap avoidance.
pub const CHAR_WIDTH: f64 = 6.5;

/// Lays out merged events on a compressed axis of `width` px. `zoom` ≥ 1 scales the dense
/// stretches; `max_label_chars` bounds label width.
pub fn layout(events: &[MergedEvent], width: f64, zoom: f64, max_label_chars: usize) -> Layout {
    if events.is_empty() {
        return Layout {
            width,
            ..Layout::default()
        };
    }
    let years: Vec<f64> = events.iter().map(MergedEvent::year_value).collect();
    // Group time points into clusters separated by gaps longer than 3 years.
    let mut sorted = years.clone();
    crate::order::sort_by(&mut sorted, f64::total_cmp);
    let mut spans: Vec<(f64, f64)> = Vec::new();
    for &y in &sorted {
        match spans.last_mut() {
            Some(last) if y - last.1 <= 3.0 => last.1 = y,
            _ => spans.push((y, y)),
        }
    }
    // Each cluster spans whole years, padded so a lone year still has room.
    let spans: Vec<(f64, f64)> = spans
        .iter()
        .map(|&(a, b)| (a.floor(), b.floor() + 1.0))
        .collect();
    let total_years: f64 = spans.iter().map(|(a, b)| b - a).sum();
    let pad = 12.0;
    let usable =
        (width * zoom.max(1.0) - pad * 2.0 - BREAK_WIDTH * (spans.len() as f64 - 1.0)).max(10.0);
    // Lone years get a minimum width so they stay visible.
    let min_w = 40.0_f64.min(usable / spans.len() as f64);
    let mut widths: Vec<f64> = spans
        .iter()
        .map(|(a, b)| (b - a) / total_years * usable)
        .collect();
    let short: f64 = widths
        .iter()
        .filter(|w| **w < min_w)
        .map(|w| min_w - w)
        .sum();
    let long_total: f64 = widths.iter().filter(|w| **w >= min_w).sum();
    for w in &mut widths {
        if *w < min_w {
            *w = min_w;
        } else if long_total > 0.0 {
            *w -= short * (*w / long_total);
        }
    }
    let mut segments = Vec::new();
    let mut breaks = Vec::new();
    let mut x = pad;
    for (i, (&(from, to), w)) in spans.iter().zip(&widths).enumerate() {
        if i > 0 {
            breaks.push(x + BREAK_WIDTH / 2.0);
            x += BREAK_WIDTH;
        }
        segments.push(AxisSegment {
            from,
            to,
            x0: x,
            x1: x + w,
        });
        x += w;
    }
    let total_width = x + pad;
    let x_of = |y: f64| -> f64 {
        for s in &segments {
            if y >= s.from && y <= s.to {
                return s.x0 + (y - s.from) / (s.to - s.from).max(1e-9) * (s.x1 - s.x0);
            }
        }
        segments.last().map(|s| s.x1).unwrap_or(pad)
    };
    let mut ticks = Vec::new();
    for s in &segments {
        let span = s.to - s.from;
        let px_per_year = (s.x1 - s.x0) / span.max(1e-9);
        let step = [1.0, 2.0, 5.0, 10.0, 25.0, 50.0]
            .into_iter()
            .find(|st| st * px_per_year >= 44.0)
            .unwrap_or(100.0);
        let mut y = (s.from / step).ceil() * step;
        while y < s.to {
            ticks.push(Tick {
                x: x_of(y),
                label: format!("{y:.0}"),
            });
            y += step;
        }
    }
    let max_count = events
        .iter()
        .map(MergedEvent::article_count)
        .max()
        .unwrap_or(1)
        .max(1);
    // Labels greedily take the lowest row where they fit.
    let mut row_ends: Vec<f64> = Vec::new();
    let mut order: Vec<usize> = (0..events.len()).collect();
    crate::order::sort_indices(&mut order, &mut |a, b| {
        years[a].total_cmp(&years[b]).then(a.cmp(&b))
    });
    let mut markers = vec![None; events.len()];
    for i in order {
        let e = &events[i];
        let cx = x_of(years[i]);
        let chars = e.label.chars().count().min(max_label_chars) as f64;
        let w = chars * CHAR_WIDTH + 8.0;
        let label_x = (cx - 4.0).clamp(0.0, (total_width - w).max(0.0));
        let row = match row_ends.iter().position(|&end| end <= label_x) {
            Some(r) => r,
            None => {
                row_ends.push(0.0);
                row_ends.len() - 1
            }
        };
        row_ends[row] = label_x + w;
        let r = 4.0 + 6.0 * (e.article_count() as f64 / max_count as f64);
        markers[i] = Some(Marker {
            event: i,
            x: cx,
            r,
            row: row as u32,
            label_x,
        });
    }
    Layout {
        segments,
        breaks,
        ticks,
        markers: markers.into_iter().flatten().collect(),
        rows: row_ends.len() as u32,
        width: total_width,
    }
}

/// The events as JSON: a list of `{id, date, precision, approximate, label, people, disputed,
/// mentions: [{article, outlet, expression, sentence}]}`, the same rows as [`to_csv`].
pub fn to_json(events: &[MergedEvent], articles: &[Article]) -> String {
    let rows: Vec<serde_json::Value> = events
        .iter()
        .map(|e| {
            let mentions: Vec<serde_json::Value> = e
                .mentions
                .iter()
                .filter_map(|m| {
                    let a = articles.get(m.article as usize)?;
                    let ev = a.events.get(m.event as usize)?;
                    Some(serde_json::json!({
                        "article": a.id, "outlet": a.outlet,
                        "expression": ev.expression, "sentence": ev.text,
                    }))
                })
                .collect();
            serde_json::json!({
                "id": e.id, "date": e.date, "precision": e.precision, "approximate": e.approximate,
                "label": e.label, "people": e.people, "disputed": e.disputed(), "mentions": mentions,
            })
        })
        .collect();
    serde_json::to_string_pretty(&rows).unwrap_or_default()
}

/// CSV of merged events: date, precision, approximate, label, articles, disputed, sentences.
pub fn to_csv(events: &[MergedEvent], articles: &[Article]) -> String {
    let mut out = String::from("date,precision,approximate,label,articles,disputed,sentences\n");
    for e in events {
        let labels: Vec<&str> = e
            .mentions
            .iter()
            .filter_map(|m| articles.get(m.article as usize))
            .map(|a| a.label.as_str())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let sentences: Vec<&str> = e
            .mentions
            .iter()
            .filter_map(|m| {
                articles
                    .get(m.article as usize)?
                    .events
                    .get(m.event as usize)
            })
            .map(|ev| ev.text.as_str())
            .collect();
        let row = [
            e.date.clone(),
            format!("{:?}", e.precision).to_lowercase(),
            e.approximate.to_string(),
            e.label.clone(),
            labels.join("; "),
            e.disputed().to_string(),
            sentences.join(" | "),
        ];
        let row: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

/// Quotes a CSV field when needed (RFC 4180), and defuses spreadsheet formulas.
pub fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(date: &str, label: &str, text: &str) -> Event {
        Event {
            date: date.into(),
            precision: precision_of(date),
            approximate: false,
            relative: false,
            expression: date.into(),
            text: text.into(),
            label: label.into(),
            people: vec![],
            span: Span::default(),
            sentence: Span::default(),
        }
    }

    fn art(events: Vec<Event>) -> Article {
        Article {
            events,
            label: "x".into(),
            ..Article::default()
        }
    }

    #[test]
    fn same_event_in_two_articles_merges() {
        let a = art(vec![ev(
            "2022",
            "Russia's full-scale invasion of Ukraine",
            "since Russia's full-scale invasion of Ukraine in 2022",
        )]);
        let b = art(vec![ev(
            "2022-02",
            "the Ukraine invasion",
            "since the onset of the Ukraine invasion in February 2022",
        )]);
        let m = merge(&[a, b]);
        assert_eq!(m.len(), 1, "{m:#?}");
        assert_eq!(m[0].date, "2022-02");
        assert_eq!(m[0].article_count(), 2);
        assert!(!m[0].disputed());
    }

    #[test]
    fn unrelated_events_same_year_stay_apart() {
        let a = art(vec![ev(
            "2022",
            "invasion of Ukraine",
            "the invasion of Ukraine in 2022",
        )]);
        let b = art(vec![ev(
            "2022",
            "World Cup final",
            "Argentina won the World Cup final in 2022",
        )]);
        assert_eq!(merge(&[a, b]).len(), 2);
    }

    #[test]
    fn different_days_are_not_merged() {
        let a = art(vec![ev("2025-08-15", "summit", "the summit in Alaska")]);
        let b = art(vec![ev("2025-08-18", "summit", "the summit in Washington")]);
        assert_eq!(merge(&[a, b]).len(), 2);
    }

    #[test]
    fn layout_compresses_gaps_and_keeps_labels_apart() {
        let arts = vec![art(vec![
            ev("1867", "Alaska purchase", "Alaska acquired in 1867"),
            ev("2018", "Helsinki talks", "2018 Helsinki talks"),
            ev("2022-02", "invasion", "invasion in February 2022"),
            ev("2025-02", "White House meeting", "February meeting"),
            ev("2025-08-15", "Anchorage summit", "summit on Friday"),
        ])];
        let m = merge(&arts);
        let l = layout(&m, 800.0, 1.0, 30);
        assert_eq!(l.markers.len(), 5);
        assert!(
            l.breaks.len() >= 2,
            "1867 and 2018 are cut off from 2022–2025: {l:#?}"
        );
        // 1867 gets a visible stretch, and the dense 2022–2025 part gets most of the width.
        let dense = l.segments.last().map(|s| s.x1 - s.x0).unwrap_or(0.0);
        assert!(dense > 400.0, "{dense}");
        let xs: Vec<f64> = l.markers.iter().map(|m| m.x).collect();
        assert!(xs.windows(2).all(|w| w[0] < w[1]), "{xs:?}");
        assert!(l.width <= 800.0 + 1e-6);
        // Labels on the same row never overlap.
        for a in &l.markers {
            for b in &l.markers {
                if a.event < b.event && a.row == b.row {
                    let wa = m[a.event].label.chars().count().min(30) as f64 * CHAR_WIDTH + 8.0;
                    assert!(a.label_x + wa <= b.label_x + 1e-6 || b.label_x >= a.label_x + wa);
                }
            }
        }
    }

    #[test]
    fn json_export_has_every_event_with_its_mentions() {
        let arts = vec![
            art(vec![ev(
                "2022-02-24",
                "Russia's invasion of Ukraine",
                "Russia invaded Ukraine in February 2022.",
            )]),
            art(vec![ev(
                "2022-02-24",
                "Russia's invasion of Ukraine",
                "The invasion of Ukraine by Russia began in 2022.",
            )]),
        ];
        let events = merge(&arts);
        let v: serde_json::Value = serde_json::from_str(&to_json(&events, &arts)).expect("JSON");
        let rows = v.as_array().expect("a list");
        assert_eq!(rows.len(), events.len());
        let total: usize = rows
            .iter()
            .map(|r| r["mentions"].as_array().map_or(0, Vec::len))
            .sum();
        assert_eq!(total, 2);
        assert_eq!(rows[0]["date"], "2022-02-24");
    }

    #[test]
    fn csv_escapes_and_defuses() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
    }
}

/// One moment of the event day, as one or more articles tell it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Moment {
    /// Short label (the phase and the most telling words).
    pub label: String,
    /// Phase used for ordering, 0 (arrival) to 5 (aftermath).
    pub phase: u8,
    /// The sentences telling it: (article, sentence span).
    pub sentences: Vec<(u32, Span)>,
    /// The ordering cue that placed it ("before", "after", "later", "then"), if any.
    pub cue: Option<String>,
}

/// Phases of an event day, in order, with the words that signal them. Generic to meetings,
/// summits, visits and hearings; a sentence takes the phase of its earliest-listed signal word.
pub const DAY_PHASES: &[(&str, &[&str])] = &[
    (
        "Arrival",
        &[
            "arriv",
            "landed",
            "land ",
            "greet",
            "welcom",
            "red carpet",
            "red-carpet",
            "touched down",
            "set foot",
        ],
    ),
    (
        "On the way",
        &[
            "limousine",
            "motorcade",
            "en route",
            "rode",
            "ride",
            "drove",
            "escorted",
        ],
    ),
    (
        "Before the talks",
        &[
            "ahead of the",
            "before the talks",
            "before the meeting",
            "before the summit",
        ],
    ),
    (
        "The talks",
        &[
            "talks",
            "met ",
            "meeting",
            "discussion",
            "negotiat",
            "sat face-to-face",
            "behind closed doors",
            "lasted",
        ],
    ),
    (
        "Statements",
        &[
            "press conference",
            "statement",
            "remarks",
            "told reporters",
            "questions",
            "emerged",
            "stage",
            "backdrop",
        ],
    ),
    (
        "Afterwards",
        &[
            "later",
            "afterwards",
            "interview",
            "departed",
            "left alaska",
            "flew",
            "after the summit",
            "post-summit",
        ],
    ),
];

/// Past-tense verbs of things happening on the day; a moment's sentence needs one.
const NARRATIVE_VERBS: &[&str] = &[
    "arrived",
    "landed",
    "greeted",
    "welcomed",
    "rode",
    "drove",
    "met",
    "began",
    "started",
    "ended",
    "lasted",
    "concluded",
    "held",
    "delivered",
    "spoke",
    "left",
    "departed",
    "flew",
    "walked",
    "shook",
    "emerged",
    "took",
    "gathered",
    "stood",
    "waited",
    "touched down",
    "sat",
    "opened",
    "closed",
    "broke off",
    "wrapped up",
    "headed",
    "told",
    "urged",
    "gave",
    "made",
    "announced",
    "posted",
    "wrote",
    "greeted",
    "appeared",
    "posed",
];

fn phase_of(sentence: &str) -> Option<(u8, Option<String>)> {
    let s = sentence.to_lowercase();
    let mut phase = DAY_PHASES
        .iter()
        .enumerate()
        .filter_map(|(i, (_, words))| {
            words
                .iter()
                .filter_map(|w| s.find(w))
                .min()
                .map(|pos| (pos, i))
        })
        .min()
        .map(|(_, i)| i as u8)?;
    let mut cue = None;
    for (word, delta) in [
        ("before ", -1i8),
        ("ahead of", -1),
        ("after ", 1),
        ("following ", 1),
        ("later", 1),
        ("then ", 1),
    ] {
        if s.contains(word) {
            cue = Some(word.trim().to_string());
            // "Before the talks, X urged…" sits before the talks; "later told" after the statements.
            if word == "later" {
                phase = 5;
            } else if delta < 0 && phase >= 3 {
                phase = 2;
            } else if delta > 0 && phase < 3 && s.contains("talks") {
                phase = 4;
            }
            break;
        }
    }
    Some((phase, cue))
}

/// A candidate moment: (phase, cue, article index, sentence span, people).
type MomentItem = (u8, Option<String>, u32, Span, BTreeSet<String>);

/// The moments of the event day (`event_date`, `YYYY-MM-DD`): sentences of articles whose events
/// fall on that day, or of articles anchored on it, that narrate a phase of the day; similar
/// sentences from different articles are merged; ordered by phase, then by first mention.
pub fn day_moments(articles: &[Article], event_date: &str) -> Vec<Moment> {
    let mut items: Vec<MomentItem> = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        let on_day = a.published.as_deref().is_none_or(|p| p == event_date)
            || a.events.iter().any(|e| e.date == event_date);
        if !on_day {
            continue;
        }
        for &s in &a.sentences {
            let text = a.slice(s);
            // Only narrative sentences: they must name a dated thing of the day or a past-tense verb.
            let dated_elsewhere = a
                .events
                .iter()
                .any(|e| s.contains(e.span) && e.date != event_date);
            if dated_elsewhere || text.len() < 30 {
                continue;
            }
            let in_body = a.blocks.iter().any(|b| {
                matches!(
                    b.kind,
                    crate::model::BlockKind::Paragraph | crate::model::BlockKind::ListItem
                ) && b.span.contains(s)
            });
            if !in_body {
                continue;
            }
            // Narration, not commentary: a past-tense verb of something happening, and not
            // mostly somebody's quoted words.
            let lower = text.to_lowercase();
            let narrates = NARRATIVE_VERBS.iter().any(|v| {
                lower.match_indices(v).any(|(i, _)| {
                    let before = lower[..i].chars().next_back();
                    let after = lower[i + v.len()..].chars().next();
                    before.is_none_or(|c| !c.is_alphanumeric())
                        && after.is_none_or(|c| !c.is_alphanumeric())
                })
            });
            let quoted: usize = a
                .quotes
                .iter()
                .filter(|q| s.contains(q.span))
                .map(|q| q.text.len())
                .sum();
            if !narrates || quoted * 2 > text.len() {
                continue;
            }
            if let Some((phase, cue)) = phase_of(text) {
                items.push((phase, cue, ai as u32, s, content_words(text)));
            }
        }
    }
    let mut parent: Vec<usize> = (0..items.len()).collect();
    for i in 0..items.len() {
        for j in i + 1..items.len() {
            if items[i].0 != items[j].0 || items[i].2 == items[j].2 {
                continue;
            }
            let inter = items[i].4.intersection(&items[j].4).count() as f64;
            let union = items[i].4.union(&items[j].4).count().max(1) as f64;
            if inter / union >= 0.25 {
                let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
                if ri != rj {
                    parent[rj] = ri;
                }
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..items.len() {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut out: Vec<(usize, Moment)> = groups
        .values()
        .map(|m| {
            let first = m[0];
            let (phase, cue, ai, s, _) = &items[first];
            let text = articles
                .get(*ai as usize)
                .map(|a| a.slice(*s))
                .unwrap_or("");
            let name = DAY_PHASES.get(*phase as usize).map(|p| p.0).unwrap_or("");
            let short: String = text.chars().take(70).collect();
            (
                first,
                Moment {
                    label: format!(
                        "{name}: {}{}",
                        short.trim(),
                        if text.chars().count() > 70 { "…" } else { "" }
                    ),
                    phase: *phase,
                    sentences: m.iter().map(|&i| (items[i].2, items[i].3)).collect(),
                    cue: cue.clone(),
                },
            )
        })
        .collect();
    out.sort_by_key(|(first, m)| (m.phase, std::cmp::Reverse(m.sentences.len()), *first));
    out.into_iter().map(|(_, m)| m).collect()
}

#[cfg(test)]
mod day_tests {
    use super::*;
    use crate::model::{Block, BlockKind};

    fn art(sentences: &[&str]) -> Article {
        let mut text = String::new();
        let mut spans = Vec::new();
        for s in sentences {
            if !text.is_empty() {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(s);
            spans.push(Span::new(start, text.len()));
        }
        Article {
            blocks: vec![Block {
                kind: BlockKind::Paragraph,
                span: Span::new(0, text.len()),
            }],
            sentences: spans,
            text,
            ..Article::default()
        }
    }

    #[test]
    fn moments_are_ordered_by_phase_and_cues() {
        let a = art(&[
            "Trump later told Fox News that he would pause new tariffs on China.",
            "The leaders made short statements and took no questions from reporters.",
            "Putin was greeted with a red carpet reception at the air base.",
            "The two rode together in the presidential limousine to the venue.",
        ]);
        let b = art(&[
            "Putin arrived to a red carpet reception and a military flyover at the base.",
            "Before the talks, Zelenskiy urged necessary steps toward ending the war.",
            "The talks lasted nearly three hours behind closed doors.",
        ]);
        let m = day_moments(&[a, b], "2025-08-15");
        let phases: Vec<u8> = m.iter().map(|m| m.phase).collect();
        assert!(phases.windows(2).all(|w| w[0] <= w[1]), "{m:#?}");
        assert_eq!(m[0].phase, 0);
        assert_eq!(
            m[0].sentences.len(),
            2,
            "both red-carpet sentences merge: {m:#?}"
        );
        assert_eq!(m.last().map(|m| m.phase), Some(5));
        assert!(
            m.iter()
                .any(|x| x.phase == 2 && x.cue.as_deref() == Some("before"))
        );
    }
}
