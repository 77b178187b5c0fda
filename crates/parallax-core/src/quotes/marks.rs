//! Quotation marks → quoted spans, one left-to-right pass per block.
//!
//! Recognised:
//! - curly double marks `“…”`, guillemets `«…»`, low-high `„…“`, and straight `"…"` (a straight
//!   mark opens when no quote is open and closes the quote it opened);
//! - single marks `‘…’` and `'…'` when the opening mark starts a word and the closing mark ends
//!   one — so apostrophes (Putin’s, don't, ’90s, rock ’n’ roll, the players’ union) are not
//!   quotes;
//! - nesting: single marks inside a double quote (and any mark inside it that does not close
//!   it) belong to the outer quote, which alone is reported; a lone ’ inside a double quote is
//!   an apostrophe (`“… the doves’ work …”`), never its close;
//! - a double quote still open at the end of a block is kept as *open-ended* only when the next
//!   block starts with an opening mark (the convention for a quote continued into the next
//!   paragraph); otherwise it is dropped, so an unbalanced mark never swallows the rest of the
//!   article.

use crate::model::{Block, Span};

/// A quoted stretch of one block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marked {
    /// From the opening mark to the end of the closing mark (or the block end when open-ended).
    pub span: Span,
    /// The words inside the marks, trimmed.
    pub inner: Span,
    /// Index of the block.
    pub block: usize,
    /// No closing mark: the quote continues in the next block.
    pub open_ended: bool,
    /// The opening mark is the first character of its block.
    pub starts_block: bool,
}

#[derive(Debug, Clone, Copy)]
struct Open {
    at: usize,
    inner: usize,
    double: bool,
    curly: bool,
    mark: char,
}

impl Open {
    /// A curly double mark `mark` at `at`, its words from `inner`.
    fn curly_double(at: usize, inner: usize, mark: char) -> Self {
        Open {
            at,
            inner,
            double: true,
            curly: true,
            mark,
        }
    }
}

const DOUBLE_OPEN: &[char] = &['“', '«', '„'];
const DOUBLE_CLOSE: &[char] = &['”', '»'];

/// Words written with a leading apostrophe, not quotes: rock ’n’ roll, ’em, ’til.
const ELISIONS: &[&str] = &[
    "n", "em", "til", "cause", "tis", "twas", "round", "bout", "cos",
];

/// Finds every quoted stretch of every block, in text order.
pub fn scan(text: &str, blocks: &[Block]) -> Vec<Marked> {
    let mut out = Vec::new();
    for (bi, b) in blocks.iter().enumerate() {
        let Some(block) = text.get(b.span.range()) else {
            continue;
        };
        let base = b.span.start as usize;
        let next_opens = blocks
            .get(bi + 1)
            .and_then(|n| text.get(n.span.range()))
            .map(str::trim_start)
            .is_some_and(|t| {
                let mut cs = t.chars();
                let c = cs.next();
                c.is_some_and(|c| DOUBLE_OPEN.contains(&c) || c == '"')
                    || c.is_some_and(|c| DOUBLE_CLOSE.contains(&c))
                        && nordic_opener(None, cs.next())
            });
        scan_block(block, base, bi, next_opens, &mut out);
    }
    out
}

fn is_word(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

fn opener_context(prev: Option<char>) -> bool {
    prev.is_none_or(|p| p.is_whitespace() || "([{—–-/:;,\"“‘".contains(p))
}

/// Whether byte `b` can start a character [`scan_block`] acts on: `"`, `'`, or the lead byte
/// of `“ ” ‘ ’ „` (0xE2) and of `« »` (0xC2). Lead bytes always sit on a character boundary.
/// [`MarkFinder`] finds these bytes; this is its reference in the tests.
#[cfg(test)]
fn may_start_mark(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | 0xE2 | 0xC2)
}

/// Finds the bytes that [`may_start_mark`], each search vectorised: `memchr3` for `"`, `'` and
/// 0xE2, and for 0xC2 (four bytes are one more than `memchr` takes at once) a `memchr` whose
/// answer is kept until the scan passes it.
struct MarkFinder<'a> {
    bytes: &'a [u8],
    /// The first 0xC2 at or after the position last asked for (`None`: there is none).
    next_c2: Option<usize>,
    /// The position `next_c2` was searched from (`usize::MAX` before any search).
    c2_from: usize,
}

impl<'a> MarkFinder<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        MarkFinder {
            bytes,
            next_c2: None,
            c2_from: usize::MAX,
        }
    }

    /// The first byte at or after `from` that [`may_start_mark`]: what
    /// `bytes[from..].iter().position(|&b| may_start_mark(b))` finds, as an absolute offset.
    fn next_from(&mut self, from: usize) -> Option<usize> {
        let rest = self.bytes.get(from..)?;
        // The kept 0xC2 is still the first one at or after `from` unless the scan has passed it
        // (or nothing was searched yet, or the scan went back, which it never does).
        let stale = self.c2_from == usize::MAX
            || from < self.c2_from
            || self.next_c2.is_some_and(|p| p < from);
        if stale {
            self.next_c2 = memchr::memchr(0xC2, rest).map(|off| from + off);
            self.c2_from = from;
        }
        let other = memchr::memchr3(b'"', b'\'', 0xE2, rest).map(|off| from + off);
        match (other, self.next_c2) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

fn scan_block(block: &str, base: usize, bi: usize, next_opens: bool, out: &mut Vec<Marked>) {
    let mut open: Option<Open> = None;
    let mut nested = false;
    let bytes = block.as_bytes();
    let mut pos = 0;
    let first_char = block
        .char_indices()
        .find(|(_, c)| !c.is_whitespace())
        .map(|(i, _)| i);
    let mut emit = |o: Open, close_at: usize, close_end: usize, open_ended: bool| {
        let inner_raw = block.get(o.inner..close_at).unwrap_or("");
        let lead = inner_raw.len() - inner_raw.trim_start().len();
        let trimmed = inner_raw.trim();
        if trimmed.is_empty() {
            return;
        }
        // Single-quoted stretches need real words: 'n' is an elision, not a quote.
        if !o.double && trimmed.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
            return;
        }
        let s = base + o.inner + lead;
        out.push(Marked {
            span: Span::new(base + o.at, base + close_end),
            inner: Span::new(s, s + trimmed.len()),
            block: bi,
            open_ended,
            starts_block: first_char == Some(o.at),
        });
    };
    // Only quotation marks change the state, so jump from one candidate byte to the next
    // instead of walking every character; the characters around a mark are read from the text.
    let mut marks = MarkFinder::new(bytes);
    while let Some(i) = marks.next_from(pos) {
        let Some(c) = block.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        let end = i + c.len_utf8();
        pos = end;
        let prev = block.get(..i).and_then(|r| r.chars().next_back());
        let next = block.get(end..).and_then(|r| r.chars().next());
        match c {
            _ if DOUBLE_OPEN.contains(&c) => match open {
                // German „…“: the high mark closes.
                Some(o) if o.double && (o.mark == '„' && c == '“' || o.mark == '»' && c == '«') =>
                {
                    emit(o, i, end, false);
                    open = None;
                    nested = false;
                }
                Some(o) if o.double => {}
                _ => {
                    // A double mark overrides a doubtful single quote.
                    open = Some(Open::curly_double(i, end, c));
                    nested = false;
                }
            },
            _ if DOUBLE_CLOSE.contains(&c) => {
                if let Some(o) = open.filter(|o| o.double) {
                    emit(o, i, end, false);
                    open = None;
                    nested = false;
                } else if open.is_none() && nordic_opener(prev, next) {
                    // Finnish and Swedish `”…”`, Danish `»…«` and Swedish `»…»`: with no quote
                    // open, a closing-shaped mark before a word opens one.
                    open = Some(Open::curly_double(i, end, c));
                    nested = false;
                }
            }
            '"' => match open {
                Some(o) if o.double && !o.curly => {
                    emit(o, i, end, false);
                    open = None;
                    nested = false;
                }
                // A straight mark inside a curly quote is a nested quote's mark.
                Some(o) if o.double => {}
                _ => {
                    if next.is_some_and(|n| !n.is_whitespace()) {
                        open = Some(Open {
                            at: i,
                            inner: end,
                            double: true,
                            curly: false,
                            mark: c,
                        });
                        nested = false;
                    }
                }
            },
            '‘' | '\'' => {
                let starts_word = opener_context(prev) && is_word(next);
                let ends_word = prev.is_some_and(|p| !p.is_whitespace()) && !is_word(next);
                match open {
                    Some(o) if o.double => {
                        if starts_word {
                            nested = true;
                        } else if ends_word {
                            nested = false;
                        }
                    }
                    Some(o) if c == '\'' && ends_word => {
                        emit(o, i, end, false);
                        open = None;
                    }
                    None if starts_word && !elision(block.get(end..).unwrap_or("")) => {
                        open = Some(Open {
                            at: i,
                            inner: end,
                            double: false,
                            curly: c == '‘',
                            mark: c,
                        });
                    }
                    _ => {}
                }
            }
            '’' => {
                let ends_word = prev.is_some_and(|p| !p.is_whitespace()) && !is_word(next);
                match open {
                    Some(o) if o.double && ends_word && nested => {
                        nested = false;
                    }
                    // Inside a double quote a lone ’ is an apostrophe (`the doves’ work`),
                    // never its close.
                    Some(o) if !o.double && ends_word => {
                        emit(o, i, end, false);
                        open = None;
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    if let Some(o) = open
        && o.double
        && next_opens
    {
        let end = block.trim_end().len();
        emit(o, end, end, true);
    }
}

/// Whether a closing-shaped double mark (`”`, `»`) between `prev` and `next` opens a quote,
/// as in Finnish and Swedish `”…”` and Danish `»…«`: it starts a word (an opener's context
/// before it, a letter, digit or opening punctuation after it).
pub(super) fn nordic_opener(prev: Option<char>, next: Option<char>) -> bool {
    opener_context(prev) && next.is_some_and(|n| n.is_alphanumeric() || "‘'(.…".contains(n))
}

/// True when the text after an opening single mark is an elided word ('90s, ’n’, 'em).
fn elision(after: &str) -> bool {
    let word: String = after.chars().take_while(|c| c.is_alphanumeric()).collect();
    let digits = word.chars().take_while(char::is_ascii_digit).count();
    (digits == 2 && (word.len() == 2 || word.get(2..) == Some("s")))
        || ELISIONS.contains(&word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    proptest::proptest! {
        #[test]
        fn mark_finder_finds_what_the_byte_walk_finds(
            text in "([\"'a «»“”‘’„\u{A0}é—]){0,40}",
            steps in proptest::collection::vec(0usize..4, 0..12),
        ) {
            let bytes = text.as_bytes();
            let mut finder = MarkFinder::new(bytes);
            let mut pos = 0;
            // Forward as the scan goes: to just past the mark found, or a few bytes on.
            for step in steps {
                let want = bytes
                    .get(pos..)
                    .and_then(|r| r.iter().position(|&b| may_start_mark(b)))
                    .map(|off| pos + off);
                proptest::prop_assert_eq!(finder.next_from(pos), want);
                pos = want.map_or(pos + step, |i| i + 1 + step);
            }
        }
    }

    use super::*;
    use crate::model::BlockKind;

    fn blocks_of(text: &str) -> Vec<Block> {
        let mut out = Vec::new();
        let mut start = 0;
        for line in text.split('\n') {
            out.push(Block {
                kind: BlockKind::Paragraph,
                span: Span::new(start, start + line.len()),
            });
            start += line.len() + 1;
        }
        out
    }

    fn inner(text: &str) -> Vec<(String, bool)> {
        scan(text, &blocks_of(text))
            .into_iter()
            .map(|m| {
                (
                    text.get(m.inner.range()).unwrap_or("?").to_string(),
                    m.open_ended,
                )
            })
            .collect()
    }

    #[test]
    fn marks_table() {
        let table: &[(&str, &[&str])] = &[
            (
                "He said “very productive,” then left.",
                &["very productive,"],
            ),
            ("He said \"we are close\" and left.", &["we are close"]),
            (
                "Headline: a 'productive' but 'no deal yet' meeting",
                &["productive", "no deal yet"],
            ),
            ("Key ‘talks’ end", &["talks"]),
            (
                "Putin’s aides don't know it's rock ’n’ roll from the ’90s.",
                &[],
            ),
            ("In the '90s, rock 'n' roll was the players' game.", &[]),
            ("“He told me ‘no’,” she said.", &["He told me ‘no’,"]),
            ("“He told me \"no\",” she said.", &["He told me \"no\","]),
            ("“Unbalanced forever and ever", &[]),
            ("«Nous verrons», a-t-il dit.", &["Nous verrons"]),
            // Finnish and Swedish marks: the same mark opens and closes.
            (
                "She said: ”We ran to the deck.” Then: ”Nobody spoke,” she said.",
                &["We ran to the deck.", "Nobody spoke,"],
            ),
            // Danish `»…«` and Swedish `»…»`.
            ("»Det er alvorligt«, sagde han.", &["Det er alvorligt"]),
            ("»Vi får se», sa hon.", &["Vi får se"]),
            // A closing mark after a word or before a space still opens nothing.
            ("It was over” and he left ” then.", &[]),
            (
                "“We’ve made some headway. There’s no deal,” he said.",
                &["We’ve made some headway. There’s no deal,"],
            ),
            ("‘We won’t yield,’ she said.", &["We won’t yield,"]),
            (
                "“Leave it to the workers’ union,” he said.",
                &["Leave it to the workers’ union,"],
            ),
        ];
        for (input, want) in table {
            let got: Vec<String> = inner(input).into_iter().map(|g| g.0).collect();
            assert_eq!(got, *want, "{input}");
        }
    }

    #[test]
    fn unbalanced_mark_resets_at_block_end() {
        let text = "He said “this never closes.\nNext paragraph has “a quote” here.";
        assert_eq!(inner(text), vec![("a quote".to_string(), false)]);
    }

    #[test]
    fn nordic_quote_continued_into_next_paragraph() {
        let text = "”First part of it.\n”Second part,” he said.";
        assert_eq!(
            inner(text),
            vec![
                ("First part of it.".to_string(), true),
                ("Second part,".to_string(), false)
            ]
        );
    }

    #[test]
    fn continued_paragraph_is_open_ended() {
        let text = "“First part of it.\n“Second part,” he said.";
        assert_eq!(
            inner(text),
            vec![
                ("First part of it.".to_string(), true),
                ("Second part,".to_string(), false)
            ]
        );
    }
}
