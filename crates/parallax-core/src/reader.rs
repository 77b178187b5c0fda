//! Reader layout: an article's clean text split into blocks of properly nested annotated runs.
//!
//! The app's reader draws an article block by block with its extractions marked in place:
//! quotations (each [`Quote::parts`](crate::model::Quote::parts) piece, or its whole span), person mentions, date
//! expressions and figures, plus an optional *target* (the item a `?at=<offset>` link points
//! at). Marks may overlap in any way: a name inside a quote nests, a date that crosses a
//! quote's closing mark is split into two pieces. This module does that arithmetic once, as a
//! pure function, so the component only walks a tree and draws text nodes.
//!
//! Guarantees of [`layout`] (pinned by the tests below):
//! - every byte of every block's text is covered by exactly one [`Run::Text`], in order
//!   (no lost or repeated text); table rows are split into cells at `\t`, which is dropped;
//! - marks nest: a mark that crosses another is cut into pieces, and only its first piece has
//!   [`MarkRun::first`] set (the component puts the anchor id there);
//! - outer marks are the ones that start earlier; on equal starts the longer one; on equal
//!   spans the order of [`MarkKind`] (target, quote, person, date, figure);
//! - spans outside the text or off a `char` boundary are ignored, never a panic.
//!
//! Cost: one sort of the marks plus a sweep over the boundaries of each block; each boundary
//! costs the current nesting depth, which is small for real text.

use crate::model::{Article, BlockKind, Span};

/// What a mark stands for; the order is the nesting preference (earlier = outer).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MarkKind {
    /// The item a `?at=` link points at (highlighted and scrolled to).
    Target,
    /// A quotation part; the index is into [`Article::quotes`].
    Quote,
    /// A person mention; the index is into [`Article::people`].
    Person,
    /// A date expression; the index is into [`Article::events`].
    Date,
    /// A figure; the index is into [`Article::figures`].
    Figure,
}

impl MarkKind {
    /// A short prefix for anchor ids (`q-310` is the quote starting at byte 310).
    pub fn id_prefix(self) -> &'static str {
        match self {
            MarkKind::Target => "target",
            MarkKind::Quote => "q",
            MarkKind::Person => "p",
            MarkKind::Date => "d",
            MarkKind::Figure => "f",
        }
    }
}

/// One annotation: its kind, the item it refers to and the span it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Mark {
    /// What it is.
    pub kind: MarkKind,
    /// Index into the article's list for that kind (0 for the target).
    pub index: usize,
    /// The whole span of this mark (before it is cut at blocks or crossing marks).
    pub span: Span,
}

impl Mark {
    /// The anchor id of this mark (`q-310`, `p-12`, `target`).
    pub fn anchor_id(&self) -> String {
        match self.kind {
            MarkKind::Target => "target".to_string(),
            k => format!("{}-{}", k.id_prefix(), self.span.start),
        }
    }
}

/// A piece of a block: plain text or a mark around further runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Run {
    /// Text under this span of the clean text (never empty).
    Text(Span),
    /// A marked piece containing runs.
    Mark(MarkRun),
}

/// A (piece of a) mark and what it contains.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkRun {
    /// The mark.
    pub mark: Mark,
    /// True on the first piece drawn for this mark (carries the anchor id).
    pub first: bool,
    /// True on the last piece drawn for this mark (carries e.g. the speaker label).
    pub last: bool,
    /// Contents.
    pub children: Vec<Run>,
}

/// A block ready to draw: its kind and its cells (one cell except for table rows).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LaidBlock {
    /// Paragraph, heading, list item…
    pub kind: BlockKind,
    /// The block's span in the clean text.
    pub span: Span,
    /// Cells of runs; a table row has one per `\t`-separated cell, other blocks exactly one.
    pub cells: Vec<Vec<Run>>,
}

/// Every mark of an article: quote parts, person mentions, date expressions, figures, and
/// the target when `at` is given (see [`target_span`]).
pub fn marks(article: &Article, at: Option<u32>) -> Vec<Mark> {
    let mut out = Vec::new();
    if let Some(span) = at.and_then(|at| target_span(article, at)) {
        out.push(Mark {
            kind: MarkKind::Target,
            index: 0,
            span,
        });
    }
    for (i, q) in article.quotes.iter().enumerate() {
        let parts: &[Span] = if q.parts.is_empty() {
            std::slice::from_ref(&q.span)
        } else {
            &q.parts
        };
        out.extend(parts.iter().map(|&span| Mark {
            kind: MarkKind::Quote,
            index: i,
            span,
        }));
    }
    for (i, p) in article.people.iter().enumerate() {
        out.extend(p.mentions.iter().map(|&span| Mark {
            kind: MarkKind::Person,
            index: i,
            span,
        }));
    }
    for (i, e) in article.events.iter().enumerate() {
        out.push(Mark {
            kind: MarkKind::Date,
            index: i,
            span: e.span,
        });
    }
    for (i, f) in article.figures.iter().enumerate() {
        out.push(Mark {
            kind: MarkKind::Figure,
            index: i,
            span: f.span,
        });
    }
    out
}

/// What a `?at=<offset>` link highlights: the quote, mention, date or figure starting exactly
/// there; else the sentence containing the offset; else the block containing it; else nothing.
pub fn target_span(article: &Article, at: u32) -> Option<Span> {
    let starts_at = |s: &Span| s.start == at && !s.is_empty();
    let exact = article
        .quotes
        .iter()
        .map(|q| q.span)
        .chain(
            article
                .people
                .iter()
                .flat_map(|p| p.mentions.iter().copied()),
        )
        .chain(article.events.iter().map(|e| e.span))
        .chain(article.figures.iter().map(|f| f.span))
        .find(starts_at);
    let within = |s: &Span| s.start <= at && at < s.end;
    exact
        .or_else(|| article.sentences.iter().copied().find(within))
        .or_else(|| article.blocks.iter().map(|b| b.span).find(within))
}

/// Lays out every block of `article` with `marks` nested inside (see the module docs).
pub fn layout(article: &Article, marks: &[Mark]) -> Vec<LaidBlock> {
    let text = article.text.as_str();
    let valid = |s: Span| {
        !s.is_empty()
            && (s.end as usize) <= text.len()
            && text.is_char_boundary(s.start as usize)
            && text.is_char_boundary(s.end as usize)
    };
    let mut sorted: Vec<Mark> = marks.iter().copied().filter(|m| valid(m.span)).collect();
    crate::order::sort_by(&mut sorted, nesting_order);
    sorted.dedup();
    let mut sweep = Sweep {
        sorted: &sorted,
        next: 0,
        carry: Vec::new(),
        seen: vec![false; sorted.len()],
    };
    let mut blocks: Vec<LaidBlock> = article
        .blocks
        .iter()
        .filter(|b| b.span.is_empty() || valid(b.span))
        .map(|b| LaidBlock {
            kind: b.kind,
            span: b.span,
            cells: cell_spans(text, b.span, b.kind)
                .into_iter()
                .map(|cell| sweep.cell(cell))
                .collect(),
        })
        .collect();
    // Flag the last piece of every mark: walking backwards, the first piece met is the last.
    let mut met = std::collections::HashSet::new();
    for block in blocks.iter_mut().rev() {
        for cell in block.cells.iter_mut().rev() {
            flag_last(cell, &mut met);
        }
    }
    blocks
}

fn flag_last(runs: &mut [Run], met: &mut std::collections::HashSet<Mark>) {
    for run in runs.iter_mut().rev() {
        if let Run::Mark(m) = run {
            flag_last(&mut m.children, met);
            m.last = met.insert(m.mark);
        }
    }
}

/// The total nesting order: earlier start, then longer, then kind, then index.
fn nesting_order(a: &Mark, b: &Mark) -> std::cmp::Ordering {
    a.span
        .start
        .cmp(&b.span.start)
        .then(b.span.end.cmp(&a.span.end))
        .then(a.kind.cmp(&b.kind))
        .then(a.index.cmp(&b.index))
}

/// The cells of a block: `\t`-separated for table rows, else the whole block.
fn cell_spans(text: &str, span: Span, kind: BlockKind) -> Vec<Span> {
    let Some(body) = text.get(span.range()) else {
        return vec![];
    };
    if kind != BlockKind::TableRow {
        return vec![span];
    }
    let mut out = Vec::new();
    let mut start = span.start as usize;
    for (i, _) in body.match_indices('\t') {
        let abs = span.start as usize + i;
        out.push(Span::new(start, abs));
        start = abs + 1;
    }
    out.push(Span::new(start, span.end as usize));
    out
}

/// A left-to-right sweep over the article's cells with the marks in nesting order.
struct Sweep<'a> {
    /// Valid marks in [`nesting_order`].
    sorted: &'a [Mark],
    /// The first mark not yet taken into `carry`.
    next: usize,
    /// Marks already started that may still reach into later cells (indices into `sorted`,
    /// ascending, hence in nesting order).
    carry: Vec<usize>,
    /// Whether a piece of each mark has been drawn (the next piece is not the first).
    seen: Vec<bool>,
}

/// An open mark while sweeping a cell.
struct Open {
    slot: usize,
    children: Vec<Run>,
    first: bool,
}

impl Sweep<'_> {
    fn mark(&self, i: usize) -> Option<&Mark> {
        self.sorted.get(i)
    }

    /// Lays out one cell: the runs covering `cell` exactly, marks nested.
    fn cell(&mut self, cell: Span) -> Vec<Run> {
        let sorted = self.sorted;
        // Drop carried marks that ended before this cell; take in marks starting before its end.
        self.carry
            .retain(|&i| sorted.get(i).is_some_and(|m| m.span.end > cell.start));
        while let Some(m) = sorted.get(self.next) {
            if m.span.start >= cell.end {
                break;
            }
            if m.span.end > cell.start {
                self.carry.push(self.next);
            }
            self.next += 1;
        }
        let active = self.carry.clone();
        // Boundaries inside the cell where the set of active marks changes.
        let mut cuts: Vec<u32> = vec![cell.start, cell.end];
        for m in active.iter().filter_map(|&i| self.mark(i)) {
            cuts.extend(
                [m.span.start, m.span.end]
                    .into_iter()
                    .filter(|&c| c > cell.start && c < cell.end),
            );
        }
        cuts.sort_unstable();
        cuts.dedup();

        let mut root: Vec<Run> = Vec::new();
        let mut stack: Vec<Open> = Vec::new();
        let mut here: Vec<usize> = Vec::new();
        let mut taken = 0usize;
        for w in cuts.windows(2) {
            let (Some(&a), Some(&b)) = (w.first(), w.get(1)) else {
                continue;
            };
            // Marks covering [a, b): every cut is a mark boundary, so that is "started at or
            // before a and ends after a". `active` is ascending (start-major), so appending
            // keeps `here` in nesting order; the cost per cut is the nesting depth.
            while let Some(&i) = active.get(taken) {
                if self.mark(i).is_some_and(|m| m.span.start > a) {
                    break;
                }
                here.push(i);
                taken += 1;
            }
            here.retain(|&i| self.mark(i).is_some_and(|m| m.span.end > a));
            let common = stack
                .iter()
                .zip(&here)
                .take_while(|(o, i)| o.slot == **i)
                .count();
            while stack.len() > common {
                self.close(&mut stack, &mut root);
            }
            for &i in here.get(common..).unwrap_or(&[]) {
                let first = self.seen.get(i).is_some_and(|s| !s);
                if let Some(s) = self.seen.get_mut(i) {
                    *s = true;
                }
                stack.push(Open {
                    slot: i,
                    children: Vec::new(),
                    first,
                });
            }
            let run = Run::Text(Span { start: a, end: b });
            match stack.last_mut() {
                Some(top) => top.children.push(run),
                None => root.push(run),
            }
        }
        while !stack.is_empty() {
            self.close(&mut stack, &mut root);
        }
        root
    }

    /// Pops the innermost open mark into its parent.
    fn close(&self, stack: &mut Vec<Open>, root: &mut Vec<Run>) {
        let Some(open) = stack.pop() else { return };
        let Some(&mark) = self.mark(open.slot) else {
            return;
        };
        let run = Run::Mark(MarkRun {
            mark,
            first: open.first,
            last: false,
            children: open.children,
        });
        match stack.last_mut() {
            Some(top) => top.children.push(run),
            None => root.push(run),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Block, Entity, EntityKind, Event, Precision, Quote, QuoteKind};

    /// An article whose blocks are the lines of `text`, with the given kinds (the rest
    /// paragraphs).
    fn article(text: &str, kinds: &[BlockKind]) -> Article {
        let mut blocks = Vec::new();
        let mut start = 0;
        for (i, line) in text.split('\n').enumerate() {
            blocks.push(Block {
                kind: kinds.get(i).copied().unwrap_or(BlockKind::Paragraph),
                span: Span::new(start, start + line.len()),
            });
            start += line.len() + 1;
        }
        Article {
            text: text.to_string(),
            blocks,
            ..Article::default()
        }
    }

    /// The span of the `n`th occurrence (0-based) of `needle`.
    fn find(text: &str, needle: &str, n: usize) -> Span {
        let start = text.match_indices(needle).nth(n).map_or(0, |(i, _)| i);
        Span::new(start, start + needle.len())
    }

    fn mark(kind: MarkKind, span: Span) -> Mark {
        Mark {
            kind,
            index: 0,
            span,
        }
    }

    /// Draws runs as `Q[..]`, `P[..]`; `+` after the letter on a first piece, `$` on a last.
    fn draw(text: &str, runs: &[Run]) -> String {
        let mut out = String::new();
        for r in runs {
            match r {
                Run::Text(s) => out.push_str(text.get(s.range()).unwrap_or("<BAD>")),
                Run::Mark(m) => {
                    out.push(match m.mark.kind {
                        MarkKind::Target => 'T',
                        MarkKind::Quote => 'Q',
                        MarkKind::Person => 'P',
                        MarkKind::Date => 'D',
                        MarkKind::Figure => 'F',
                    });
                    if m.first {
                        out.push('+');
                    }
                    if m.last {
                        out.push('$');
                    }
                    out.push('[');
                    out.push_str(&draw(text, &m.children));
                    out.push(']');
                }
            }
        }
        out
    }

    fn draw_all(a: &Article, blocks: &[LaidBlock]) -> Vec<String> {
        blocks
            .iter()
            .map(|b| {
                b.cells
                    .iter()
                    .map(|c| draw(&a.text, c))
                    .collect::<Vec<_>>()
                    .join("|")
            })
            .collect()
    }

    /// Concatenated plain text of runs.
    fn plain(text: &str, runs: &[Run]) -> String {
        runs.iter()
            .map(|r| match r {
                Run::Text(s) => text.get(s.range()).unwrap_or("").to_string(),
                Run::Mark(m) => plain(text, &m.children),
            })
            .collect()
    }

    #[test]
    fn nesting_table() {
        use MarkKind::*;
        let t = "“Hi Bob,” Ann said on Friday.";
        // (case, marks as (kind, needle, occurrence), expected drawing)
        let cases: &[(&str, &[(MarkKind, &str, usize)], &str)] = &[
            ("no marks", &[], "“Hi Bob,” Ann said on Friday."),
            (
                "name inside quote",
                &[(Quote, "“Hi Bob,”", 0), (Person, "Bob", 0)],
                "Q+$[“Hi P+$[Bob],”] Ann said on Friday.",
            ),
            (
                "disjoint marks",
                &[(Person, "Ann", 0), (Date, "Friday", 0)],
                "“Hi Bob,” P+$[Ann] said on D+$[Friday].",
            ),
            (
                "date crossing the quote end is cut in two",
                &[(Quote, "“Hi Bob,”", 0), (Date, "Bob,” Ann", 0)],
                "Q+$[“Hi D+[Bob,”]]D$[ Ann] said on Friday.",
            ),
            (
                "same span: quote is outer",
                &[(Person, "Ann", 0), (Quote, "Ann", 0)],
                "“Hi Bob,” Q+$[P+$[Ann]] said on Friday.",
            ),
            (
                "duplicates collapse",
                &[(Person, "Ann", 0), (Person, "Ann", 0)],
                "“Hi Bob,” P+$[Ann] said on Friday.",
            ),
            (
                "target wraps the sentence",
                &[(Target, t, 0), (Person, "Ann", 0)],
                "T+$[“Hi Bob,” P+$[Ann] said on Friday.]",
            ),
        ];
        for (case, ms, want) in cases {
            let a = article(t, &[]);
            let marks: Vec<Mark> = ms.iter().map(|&(k, n, o)| mark(k, find(t, n, o))).collect();
            let got = draw_all(&a, &layout(&a, &marks));
            assert_eq!(got, vec![want.to_string()], "{case}");
        }
    }

    #[test]
    fn marks_across_blocks_and_cells() {
        use MarkKind::*;
        let t = "Head\nA “long\nquote” here\nName\tAge\nAnn Lee\t40";
        let kinds = [
            BlockKind::Headline,
            BlockKind::Paragraph,
            BlockKind::Paragraph,
            BlockKind::TableRow,
            BlockKind::TableRow,
        ];
        let a = article(t, &kinds);
        let marks = [
            mark(Quote, find(t, "“long\nquote”", 0)),
            mark(Person, find(t, "Lee\t40", 0)),
        ];
        let got = draw_all(&a, &layout(&a, &marks));
        assert_eq!(
            got,
            vec![
                "Head",
                "A Q+[“long]",
                "Q$[quote”] here",
                "Name|Age",
                "Ann P+[Lee]|P$[40]"
            ]
        );
    }

    #[test]
    fn bad_spans_are_ignored() {
        let t = "Zoë said “hi”.";
        let a = article(t, &[]);
        let marks = [
            mark(MarkKind::Person, Span::new(2, 3)), // inside the two-byte "ë"
            mark(MarkKind::Person, Span::new(5, 500)),
            mark(MarkKind::Person, Span::new(9, 4)),
            mark(MarkKind::Quote, find(t, "“hi”", 0)),
        ];
        let got = draw_all(&a, &layout(&a, &marks));
        assert_eq!(got, vec!["Zoë said Q+$[“hi”]."]);
    }

    #[test]
    fn every_byte_once_with_many_overlaps() {
        // Marks of every length starting at every char boundary: the text must survive intact.
        let t = "Putin met “Trump” in Alaska; 3 hours.\nNext day — «Zelenskyy».";
        let a = article(t, &[]);
        let bounds: Vec<usize> = t.char_indices().map(|(i, _)| i).chain([t.len()]).collect();
        let mut marks = Vec::new();
        for (n, &s) in bounds.iter().enumerate().step_by(3) {
            for &e in bounds.iter().skip(n + 1).step_by(7) {
                let kind = [MarkKind::Quote, MarkKind::Person, MarkKind::Date][n % 3];
                marks.push(Mark {
                    kind,
                    index: n,
                    span: Span::new(s, e),
                });
            }
        }
        let laid = layout(&a, &marks);
        let lines: Vec<String> = laid
            .iter()
            .map(|b| plain(&a.text, b.cells.first().map_or(&[][..], |c| c)))
            .collect();
        assert_eq!(lines.join("\n"), t);
        // Each mark has exactly one first piece and one last piece.
        fn count(runs: &[Run], firsts: &mut usize, lasts: &mut usize) {
            for r in runs {
                if let Run::Mark(m) = r {
                    *firsts += usize::from(m.first);
                    *lasts += usize::from(m.last);
                    count(&m.children, firsts, lasts);
                }
            }
        }
        let (mut firsts, mut lasts) = (0, 0);
        for b in &laid {
            for c in &b.cells {
                count(c, &mut firsts, &mut lasts);
            }
        }
        let mut unique = marks.clone();
        unique.sort_by(nesting_order);
        unique.dedup();
        assert_eq!((firsts, lasts), (unique.len(), unique.len()));
    }

    #[test]
    fn marks_from_article_and_target() {
        let t = "“We made headway,” Trump said on Friday.";
        let mut a = article(t, &[]);
        a.sentences = vec![Span::new(0, t.len())];
        a.quotes.push(Quote {
            text: "We made headway,".into(),
            speaker: Some("Donald Trump".into()),
            kind: QuoteKind::Full,
            span: find(t, "“We made headway,”", 0),
            parts: vec![],
            sentence: Span::new(0, t.len()),
            attribution: None,
            cue: Some("said".into()),
        });
        a.people.push(Entity {
            kind: EntityKind::Person,
            name: "Donald Trump".into(),
            aliases: vec![],
            roles: vec![],
            mentions: vec![find(t, "Trump", 0)],
        });
        a.events.push(Event {
            date: "2025-08-15".into(),
            precision: Precision::Day,
            approximate: false,
            relative: true,
            expression: "Friday".into(),
            text: t.into(),
            label: String::new(),
            people: vec![],
            span: find(t, "Friday", 0),
            sentence: Span::new(0, t.len()),
        });
        let trump = find(t, "Trump", 0).start;
        // (at, expected target span)
        let cases = [
            (None, None),
            (Some(0), Some(find(t, "“We made headway,”", 0))),
            (Some(trump), Some(find(t, "Trump", 0))),
            (Some(trump + 2), Some(Span::new(0, t.len()))),
            (Some(9_999), None),
        ];
        for (at, want) in cases {
            assert_eq!(at.and_then(|at| target_span(&a, at)), want, "at {at:?}");
        }
        let got = draw_all(&a, &layout(&a, &marks(&a, Some(trump))));
        assert_eq!(
            got,
            vec!["Q+$[“We made headway,”] T+$[P+$[Trump]] said on D+$[Friday]."]
        );
        assert_eq!(
            marks(&a, None).first().map(Mark::anchor_id),
            Some("q-0".to_string())
        );
    }
}
