//! Input formats → lines of plain text with their original byte offsets, plus page metadata.
//!
//! Three readers, one output ([`Extracted`]): a list of [`Line`]s (one per block element or
//! text line) that [`crate::clean`] turns into blocks, and the metadata a page states outside
//! its text ([`PageMeta`]) that [`crate::meta`] uses.
//!
//! - **Plain text** ([`text_lines`]): one line per `\n`, `\r\n` or lone `\r`; offsets exact.
//! - **Markdown** ([`markdown_lines`], pulldown-cmark with its offset iterator): one line per
//!   paragraph, heading (hint [`Hint::Heading`]), list item ([`Hint::ListItem`]) and table row
//!   ([`Hint::TableRow`], cells joined by ` | `). Emphasis, links and code are reduced to their
//!   text; raw HTML and image alt text are dropped. Every text run carries a checkpoint back to
//!   its source bytes, so offsets stay exact through markup.
//! - **HTML** ([`extract`], scraper/html5ever): the article body is the first of
//!   `[itemprop=articleBody]`, the `<article>` with the most paragraph text, `<main>` /
//!   `[role=main]`, the element whose `<p>` children hold the most text, `<body>`. Inside it,
//!   script, style, noscript, nav, footer, aside, form, iframe, figure/figcaption, buttons,
//!   and elements whose class or id names chrome (share, social, newsletter, related, promo,
//!   advert, cookie, subscribe, caption, credit, comments, sidebar, breadcrumb…) are dropped;
//!   a `<header>` is kept only when it holds the `<h1>`. One line per block element (h1–h6,
//!   p, li, blockquote, div text, table rows as `a | b | c`, `<br>` breaks). Markup never
//!   survives: only text nodes are read, entities decoded by the parser. HTML offsets are
//!   approximate: each line is located in the source by its first word, searching forward.
//!   Metadata comes from `og:title`, `<title>`, `<h1>`, `article:published_time`,
//!   `<time datetime>`, `og:site_name`, author meta / `rel=author`, canonical / `og:url`, and
//!   JSON-LD (`headline`, `datePublished`, `author.name`, `publisher.name`).

use crate::corpus::InputFormat;
use ego_tree::iter::Edge;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use scraper::{ElementRef, Html, Node, Selector};

/// What the source format says about a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Hint {
    /// Nothing known: plain text or a paragraph.
    #[default]
    Plain,
    /// A heading of this level (1–6).
    Heading(u8),
    /// An item of a list (marker already removed).
    ListItem,
    /// A table row, cells joined by ` | `.
    TableRow,
}

/// One line of input text and where it started in the original input.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Line {
    /// The line's text (no line terminator, no markup).
    pub text: String,
    /// Byte offset of the line's first byte in the original input.
    pub offset: usize,
    /// What the format says the line is.
    pub hint: Hint,
    /// Extra checkpoints `(byte index in text, original offset)`, sorted, for lines whose
    /// text is not one contiguous run of the source (Markdown with markup removed).
    pub marks: Vec<(usize, usize)>,
}

impl Line {
    /// A plain line whose text is a contiguous copy of the source at `offset`.
    pub fn new(text: &str, offset: usize) -> Self {
        Line {
            text: text.to_string(),
            offset,
            ..Line::default()
        }
    }

    /// The original offset of byte `idx` of [`Line::text`].
    pub fn original(&self, idx: usize) -> usize {
        let i = self.marks.partition_point(|&(m, _)| m <= idx);
        match i.checked_sub(1).and_then(|i| self.marks.get(i)) {
            Some(&(m, o)) => o + (idx - m),
            None => self.offset + idx,
        }
    }
}

/// Metadata a page states outside its body text (HTML head, JSON-LD).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    /// `og:title` / JSON-LD `headline`.
    pub og_title: Option<String>,
    /// The `<title>` element.
    pub title: Option<String>,
    /// The first `<h1>` anywhere on the page.
    pub h1: Option<String>,
    /// `article:published_time`, JSON-LD `datePublished`, `<time datetime>` (raw).
    pub published: Option<String>,
    /// `og:site_name` / JSON-LD `publisher.name`.
    pub site_name: Option<String>,
    /// Author meta, JSON-LD `author.name`, `rel=author` text.
    pub author: Option<String>,
    /// Canonical URL (`link[rel=canonical]`, `og:url`).
    pub url: Option<String>,
}

/// The lines of an input and what its format says besides.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extracted {
    /// Lines in reading order.
    pub lines: Vec<Line>,
    /// Page metadata (HTML only; empty otherwise).
    pub page: PageMeta,
    /// Notes (e.g. "HTML without an article element").
    pub warnings: Vec<String>,
}

/// Reads an input in the given format.
pub fn lines_for(input: &str, format: InputFormat) -> Extracted {
    match format {
        InputFormat::Html => extract(input),
        InputFormat::Markdown => Extracted {
            lines: markdown_lines(input),
            ..Extracted::default()
        },
        InputFormat::Text => Extracted {
            lines: text_lines(input),
            ..Extracted::default()
        },
    }
}

/// Splits plain text into lines (`\n`, `\r\n` or a lone `\r`), keeping offsets. The line
/// ends are found with `memchr2` rather than byte by byte; the `\n` of a `\r\n` comes before
/// the next line's start and is skipped.
pub fn text_lines(input: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let bytes = input.as_bytes();
    let mut start = 0;
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        if i < start {
            continue;
        }
        out.push(Line::new(input.get(start..i).unwrap_or(""), start));
        start = if bytes.get(i) == Some(&b'\r') && bytes.get(i + 1) == Some(&b'\n') {
            i + 2
        } else {
            i + 1
        };
    }
    if start < bytes.len() {
        out.push(Line::new(input.get(start..).unwrap_or(""), start));
    }
    out
}

/// [`text_lines`] as it was written, byte by byte, for the property test.
#[cfg(test)]
fn text_lines_by_byte(input: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let bytes = input.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes.get(i) {
            Some(b'\n') => {
                out.push(Line::new(input.get(start..i).unwrap_or(""), start));
                i += 1;
                start = i;
            }
            Some(b'\r') => {
                out.push(Line::new(input.get(start..i).unwrap_or(""), start));
                i += if bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                start = i;
            }
            _ => i += 1,
        }
    }
    if start < bytes.len() {
        out.push(Line::new(input.get(start..).unwrap_or(""), start));
    }
    out
}

/// Builds one line from text runs, collapsing whitespace and keeping checkpoints.
#[derive(Default)]
struct LineBuf {
    text: String,
    marks: Vec<(usize, usize)>,
    /// Whether the last pushed char was whitespace (collapse runs).
    space: bool,
}

impl LineBuf {
    /// Appends `s`; `orig` is the source offset of its first byte when known.
    ///
    /// `s` is taken as runs of whitespace and of other characters: a whitespace run adds one
    /// space (none at the start of the line or after another space), a word run is copied
    /// whole with one mark at its start. The same as pushing character by character
    /// (`push_matches_the_char_walk` checks it against [`Self::push_by_char`]), without
    /// encoding each character again; ASCII bytes are classed without decoding.
    fn push(&mut self, s: &str, orig: Option<usize>) {
        // Whether the character at byte `i` is whitespace (`char::is_whitespace`: for ASCII,
        // tab to carriage return and the space), and its length.
        let class_at = |i: usize| -> Option<(bool, usize)> {
            let b = *s.as_bytes().get(i)?;
            if b.is_ascii() {
                return Some((matches!(b, b'\t'..=b'\r' | b' '), 1));
            }
            let c = s.get(i..)?.chars().next()?;
            Some((c.is_whitespace(), c.len_utf8()))
        };
        let mut i = 0;
        while let Some((space, len)) = class_at(i) {
            let start = i;
            i += len;
            while let Some((next, len)) = class_at(i) {
                if next != space {
                    break;
                }
                i += len;
            }
            if space {
                if !self.space && !self.text.is_empty() {
                    self.text.push(' ');
                }
                self.space = true;
            } else {
                if let Some(o) = orig {
                    self.marks.push((self.text.len(), o + start));
                }
                self.text.push_str(s.get(start..i).unwrap_or(""));
                self.space = false;
            }
        }
    }

    /// [`Self::push`] as first written, character by character, for the property test.
    #[cfg(test)]
    fn push_by_char(&mut self, s: &str, orig: Option<usize>) {
        let mut run_start: Option<usize> = None;
        for (i, c) in s.char_indices() {
            if c.is_whitespace() {
                if !self.space && !self.text.is_empty() {
                    self.text.push(' ');
                }
                self.space = true;
                run_start = None;
            } else {
                if run_start.is_none() {
                    if let Some(o) = orig {
                        self.marks.push((self.text.len(), o + i));
                    }
                    run_start = Some(i);
                }
                self.text.push(c);
                self.space = false;
            }
        }
    }

    /// Separator between table cells.
    fn cell_sep(&mut self) {
        while self.text.ends_with(' ') {
            self.text.pop();
        }
        self.text.push_str(" | ");
        self.space = true;
    }

    /// Emits the line (if it has text) with `hint`; `fallback` is its offset without marks.
    fn flush(&mut self, hint: Hint, fallback: usize, out: &mut Vec<Line>) {
        let text = std::mem::take(&mut self.text);
        let marks = std::mem::take(&mut self.marks);
        self.space = false;
        let trimmed = text.trim_end();
        if trimmed.is_empty() {
            return;
        }
        let offset = marks.first().map(|&(i, o)| o.saturating_sub(i));
        let marks: Vec<_> = marks
            .into_iter()
            .filter(|&(i, _)| i < trimmed.len())
            .collect();
        out.push(Line {
            text: trimmed.to_string(),
            offset: offset.unwrap_or(fallback),
            hint,
            marks,
        });
    }
}

/// Markdown → lines, with offsets mapped back to the source through pulldown-cmark.
pub fn markdown_lines(input: &str) -> Vec<Line> {
    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES;
    let mut out = Vec::new();
    let mut buf = LineBuf::default();
    let mut hints: Vec<Hint> = Vec::new();
    let mut image_depth = 0usize;
    let mut home_link = false;
    let mut cells = 0usize;
    let mut last = 0usize;
    for (event, range) in Parser::new_ext(input, opts).into_offset_iter() {
        last = range.start;
        let hint = hints.last().copied().unwrap_or_default();
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph | Tag::CodeBlock(_) | Tag::BlockQuote(_) => {
                    buf.flush(hint, last, &mut out);
                }
                Tag::Heading { level, .. } => {
                    buf.flush(hint, last, &mut out);
                    hints.push(Hint::Heading(level as u8));
                }
                Tag::Item => {
                    buf.flush(hint, last, &mut out);
                    hints.push(Hint::ListItem);
                }
                Tag::TableHead | Tag::TableRow => {
                    buf.flush(hint, last, &mut out);
                    hints.push(Hint::TableRow);
                    cells = 0;
                }
                Tag::TableCell => {
                    if cells > 0 {
                        buf.cell_sep();
                    }
                    cells += 1;
                }
                Tag::Image { .. } => image_depth += 1,
                Tag::Link { dest_url, .. } => home_link = site_root(&dest_url),
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Paragraph | TagEnd::CodeBlock | TagEnd::BlockQuote(_) => {
                    buf.flush(hint, last, &mut out);
                }
                TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableHead | TagEnd::TableRow => {
                    buf.flush(hint, last, &mut out);
                    hints.pop();
                }
                TagEnd::Image => image_depth = image_depth.saturating_sub(1),
                TagEnd::Link => home_link = false,
                _ => {}
            },
            // A logo linked to the site's home page (`[![Daily Maverick](logo.svg)](https://…/)`)
            // keeps its alt text: the masthead, as the page shows it.
            Event::Text(t) | Event::Code(t) if image_depth == 0 || home_link => {
                // Text events that are not a verbatim copy of the source (entities, escapes)
                // get no checkpoint; they inherit the previous one's approximate mapping.
                let exact = input.get(range.clone()) == Some(&*t);
                buf.push(&t, exact.then_some(range.start));
            }
            Event::SoftBreak => buf.push(" ", None),
            Event::HardBreak => buf.flush(hint, last, &mut out),
            _ => {}
        }
    }
    buf.flush(Hint::Plain, last, &mut out);
    out
}

/// True for a link to a site's home page: `https://www.example.com/`, `/`, or a language root
/// (`https://www.example.com/en/`).
fn site_root(url: &str) -> bool {
    let path = match url.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("", |i| rest.get(i..).unwrap_or("")),
        None => url,
    };
    let path = path.trim_end_matches('/');
    path.is_empty()
        || path.len() == 3
            && path.starts_with('/')
            && path.bytes().skip(1).all(|b| b.is_ascii_lowercase())
}

/// Tags whose whole subtree is chrome, never article text.
const SKIP_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "nav",
    "footer",
    "aside",
    "form",
    "iframe",
    "figure",
    "figcaption",
    "button",
    "svg",
    "template",
    "select",
    "textarea",
    "input",
    "label",
    "object",
    "embed",
    "video",
    "audio",
    "canvas",
    "dialog",
    "menu",
    "head",
    "title",
    "picture",
];

/// Class / id fragments that name chrome.
const CHROME_NAMES: &[&str] = &[
    "share",
    "social",
    "newsletter",
    "related",
    "promo",
    "advert",
    "cookie",
    "subscribe",
    "caption",
    "credit",
    "comment",
    "sidebar",
    "breadcrumb",
    "recommend",
    "outbrain",
    "taboola",
    "sponsor",
    "paywall",
    "signup",
    "sign-up",
    "read-more",
    "readmore",
    "most-popular",
];

/// Tags that end a line.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "tr",
    "table",
    "thead",
    "tbody",
    "section",
    "article",
    "main",
    "header",
    "pre",
    "address",
    "hr",
    "br",
    "body",
    "caption",
];

fn selector(s: &str) -> Option<Selector> {
    Selector::parse(s).ok()
}

/// Collapsed text of an element.
fn element_text(e: ElementRef<'_>) -> String {
    let mut buf = LineBuf::default();
    for t in e.text() {
        buf.push(t, None);
    }
    buf.text.trim().to_string()
}

fn non_empty(s: Option<&str>) -> Option<String> {
    let t = s?.split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}

/// HTML → lines of the article body and the page's metadata.
pub fn extract(input: &str) -> Extracted {
    let doc = Html::parse_document(input);
    let page = page_meta(&doc);
    let mut warnings = Vec::new();
    let root = body_root(&doc, &mut warnings);
    let Some(root) = root else {
        warnings.push("HTML page without a body".to_string());
        return Extracted {
            lines: Vec::new(),
            page,
            warnings,
        };
    };
    let mut lines = walk(root);
    locate_lines(input, &mut lines);
    Extracted {
        lines,
        page,
        warnings,
    }
}

/// Picks the element holding the article text (see the module docs for the order).
fn body_root<'a>(doc: &'a Html, warnings: &mut Vec<String>) -> Option<ElementRef<'a>> {
    let first = |s: &str| selector(s).and_then(|sel| doc.select(&sel).next());
    if let Some(e) = first("[itemprop=articleBody]") {
        return Some(e);
    }
    let p_text = |e: ElementRef<'_>| -> usize {
        selector("p")
            .map(|sel| e.select(&sel).map(|p| element_text(p).len()).sum())
            .unwrap_or(0)
    };
    if let Some(sel) = selector("article")
        && let Some(best) = doc.select(&sel).max_by_key(|e| p_text(*e))
    {
        return Some(best);
    }
    if let Some(e) = first("main").or_else(|| first("[role=main]")) {
        return Some(e);
    }
    // The parent with the most paragraph text: sum each <p>'s text into its parent.
    let mut best: Option<(usize, ElementRef<'_>)> = None;
    if let Some(sel) = selector("p") {
        let mut totals: std::collections::HashMap<ego_tree::NodeId, usize> =
            std::collections::HashMap::new();
        for p in doc.select(&sel) {
            if let Some(parent) = p.parent().and_then(ElementRef::wrap) {
                let n = totals.entry(parent.id()).or_default();
                *n += element_text(p).len();
                if best.is_none_or(|(b, _)| *n > b) {
                    best = Some((*n, parent));
                }
            }
        }
    }
    if let Some((_, e)) = best {
        warnings
            .push("HTML without <article> or <main>: took the densest block of paragraphs".into());
        return Some(e);
    }
    first("body")
}

fn is_chrome(e: &scraper::node::Element, node: ElementRef<'_>) -> bool {
    let name = e.name();
    if SKIP_TAGS.contains(&name) {
        return true;
    }
    if name == "header" {
        let has_h1 = selector("h1").is_some_and(|s| node.select(&s).next().is_some());
        return !has_h1;
    }
    if e.attr("hidden").is_some() || e.attr("aria-hidden") == Some("true") {
        return true;
    }
    let names = e
        .attr("class")
        .unwrap_or("")
        .split_whitespace()
        .chain(e.attr("id"))
        .map(str::to_ascii_lowercase);
    for n in names {
        if CHROME_NAMES.iter().any(|c| n.contains(c))
            || n == "ad"
            || n == "ads"
            || n.starts_with("ad-")
            || n.starts_with("ads-")
        {
            return true;
        }
    }
    false
}

/// Walks the body root iteratively (deep pages cannot overflow the stack).
fn walk(root: ElementRef<'_>) -> Vec<Line> {
    let mut out = Vec::new();
    let mut buf = LineBuf::default();
    let mut hints: Vec<(ego_tree::NodeId, Hint)> = Vec::new();
    let mut skipping: Option<ego_tree::NodeId> = None;
    let mut cells = 0usize;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                let hint = hints.last().map(|h| h.1).unwrap_or_default();
                match node.value() {
                    Node::Text(t) => buf.push(t, None),
                    Node::Element(e) => {
                        let Some(el) = ElementRef::wrap(node) else {
                            continue;
                        };
                        if node.id() != root.id() && is_chrome(e, el) {
                            skipping = Some(node.id());
                            continue;
                        }
                        let name = e.name();
                        if BLOCK_TAGS.contains(&name) {
                            buf.flush(hint, 0, &mut out);
                        }
                        let new_hint = match name {
                            "h1" => Some(Hint::Heading(1)),
                            "h2" => Some(Hint::Heading(2)),
                            "h3" => Some(Hint::Heading(3)),
                            "h4" => Some(Hint::Heading(4)),
                            "h5" => Some(Hint::Heading(5)),
                            "h6" => Some(Hint::Heading(6)),
                            "li" => Some(Hint::ListItem),
                            "tr" => Some(Hint::TableRow),
                            _ => None,
                        };
                        if let Some(h) = new_hint {
                            hints.push((node.id(), h));
                        }
                        if name == "tr" {
                            cells = 0;
                        }
                        if name == "td" || name == "th" {
                            if cells > 0 {
                                buf.cell_sep();
                            }
                            cells += 1;
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if let Some(id) = skipping {
                    if id == node.id() {
                        skipping = None;
                    }
                    continue;
                }
                if let Node::Element(e) = node.value() {
                    let hint = hints.last().map(|h| h.1).unwrap_or_default();
                    if BLOCK_TAGS.contains(&e.name()) {
                        buf.flush(hint, 0, &mut out);
                    }
                    if hints.last().is_some_and(|h| h.0 == node.id()) {
                        hints.pop();
                    }
                }
            }
        }
    }
    buf.flush(Hint::Plain, 0, &mut out);
    out
}

/// How far ahead of the previous line a line's first word is searched for; bounds the work
/// per line so locating stays linear in the input.
const LOCATE_WINDOW: usize = 32 * 1024;

/// Sets each line's offset to where its first word appears in the source, searching forward
/// from the previous line (approximate: HTML text is not a contiguous copy of the source).
fn locate_lines(input: &str, lines: &mut [Line]) {
    let lower_start = input
        .as_bytes()
        .windows(5)
        .position(|w| w.eq_ignore_ascii_case(b"<body"))
        .unwrap_or(0);
    let mut cursor = lower_start;
    for line in lines {
        let word = line
            .text
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| w.len() >= 2);
        let Some(word) = word else {
            line.offset = cursor;
            continue;
        };
        let word_idx = line.text.find(word).unwrap_or(0);
        let mut end = (cursor + LOCATE_WINDOW).min(input.len());
        while !input.is_char_boundary(end) {
            end -= 1;
        }
        let found = input
            .get(cursor..end)
            .and_then(|hay| hay.find(word))
            .map(|p| cursor + p);
        match found {
            Some(p) => {
                line.offset = p.saturating_sub(word_idx).max(cursor.min(p));
                cursor = p + word.len();
            }
            None => line.offset = cursor,
        }
    }
}

/// Reads the page's metadata from the head, headings and JSON-LD.
fn page_meta(doc: &Html) -> PageMeta {
    let mut m = PageMeta::default();
    let meta_content = |keys: &[&str]| -> Option<String> {
        let sel = selector("meta")?;
        for key in keys {
            for e in doc.select(&sel) {
                let v = e.value();
                let k = v.attr("property").or(v.attr("name")).or(v.attr("itemprop"));
                if k.is_some_and(|k| k.eq_ignore_ascii_case(key))
                    && let Some(c) = non_empty(v.attr("content"))
                {
                    return Some(c);
                }
            }
        }
        None
    };
    let first_text = |s: &str| {
        selector(s)
            .and_then(|sel| doc.select(&sel).next())
            .map(element_text)
            .filter(|t| !t.is_empty())
    };
    m.og_title = meta_content(&["og:title", "twitter:title"]);
    m.title = first_text("title");
    m.h1 = first_text("h1");
    m.site_name = meta_content(&["og:site_name", "application-name"]);
    m.published = meta_content(&[
        "article:published_time",
        "datePublished",
        "pubdate",
        "publishdate",
        "publish-date",
        "date",
        "dc.date",
        "dcterms.created",
    ]);
    m.author = meta_content(&["author", "article:author", "byl", "dc.creator"])
        .filter(|a| !a.starts_with("http"));
    m.url = selector("link[rel=canonical]")
        .and_then(|sel| doc.select(&sel).next())
        .and_then(|e| non_empty(e.value().attr("href")))
        .or_else(|| meta_content(&["og:url"]));
    if let Some(sel) = selector("script[type=\"application/ld+json\"]") {
        for e in doc.select(&sel) {
            let json: String = e.text().collect();
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(&json) {
                json_ld(&v, &mut m, 0);
            }
        }
    }
    if m.published.is_none() {
        m.published = selector("time[datetime]")
            .and_then(|sel| doc.select(&sel).next())
            .and_then(|e| non_empty(e.value().attr("datetime")));
    }
    if m.author.is_none() {
        m.author = first_text("[rel=author]");
    }
    m
}

/// Fills gaps in `m` from a JSON-LD value (objects, arrays, `@graph`), depth-limited.
fn json_ld(v: &serde_json::Value, m: &mut PageMeta, depth: usize) {
    use serde_json::Value;
    if depth > 4 {
        return;
    }
    match v {
        Value::Array(items) => items.iter().for_each(|i| json_ld(i, m, depth + 1)),
        Value::Object(o) => {
            if let Some(g) = o.get("@graph") {
                json_ld(g, m, depth + 1);
            }
            let is_article = o
                .get("@type")
                .and_then(Value::as_str)
                .is_some_and(|t| t.contains("Article") || t == "Report");
            if !is_article {
                return;
            }
            let s = |k: &str| {
                o.get(k)
                    .and_then(Value::as_str)
                    .and_then(|s| non_empty(Some(s)))
            };
            let name_of = |v: Option<&Value>| -> Option<String> {
                match v? {
                    Value::String(s) => non_empty(Some(s)),
                    Value::Object(o) => o
                        .get("name")
                        .and_then(Value::as_str)
                        .and_then(|s| non_empty(Some(s))),
                    Value::Array(a) => {
                        let names: Vec<String> = a
                            .iter()
                            .filter_map(|x| match x {
                                Value::String(s) => non_empty(Some(s)),
                                Value::Object(o) => o
                                    .get("name")
                                    .and_then(Value::as_str)
                                    .and_then(|s| non_empty(Some(s))),
                                _ => None,
                            })
                            .collect();
                        (!names.is_empty()).then(|| names.join(" and "))
                    }
                    _ => None,
                }
            };
            if m.og_title.is_none() {
                m.og_title = s("headline");
            }
            if m.published.is_none() {
                m.published = s("datePublished");
            }
            if m.author.is_none() {
                m.author = name_of(o.get("author"));
            }
            if m.site_name.is_none() {
                m.site_name = name_of(o.get("publisher"));
            }
        }
        _ => {}
    }
}

/// Whether text that came as plain text is really an HTML page (starts with a doctype or
/// `<html>` after whitespace).
pub fn looks_like_html(input: &str) -> bool {
    let head: String = input
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(15)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn push_matches_the_char_walk(
            pieces in proptest::collection::vec((
                proptest::collection::vec(prop_oneof![
                    Just("a"), Just("word"), Just("é"), Just("日本"), Just(" "), Just("  "),
                    Just("\t"), Just("\n"), Just("\r"), Just("\u{b}"), Just("\u{c}"),
                    Just("\u{1c}"), Just("\u{85}"), Just("\u{a0}"), Just("\u{2003}"),
                    Just("\u{200b}"), Just("\u{3000}"), Just("—"), Just("😀"),
                ], 0..8).prop_map(|v| v.concat()),
                proptest::option::of(0usize..1000),
            ), 0..6)
        ) {
            let (mut fast, mut slow) = (LineBuf::default(), LineBuf::default());
            for (text, orig) in &pieces {
                fast.push(text, *orig);
                slow.push_by_char(text, *orig);
                prop_assert_eq!(&fast.text, &slow.text);
                prop_assert_eq!(&fast.marks, &slow.marks);
                prop_assert_eq!(fast.space, slow.space);
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn text_lines_match_the_byte_walk(
            text in proptest::collection::vec(prop_oneof![
                Just("a"), Just("word "), Just("é"), Just("\n"), Just("\r"), Just("\r\n"),
                Just("\n\r"), Just(" "), Just("\u{2028}"),
            ], 0..40).prop_map(|v| v.concat())
        ) {
            prop_assert_eq!(text_lines(&text), text_lines_by_byte(&text), "{:?}", text);
        }
    }
}
