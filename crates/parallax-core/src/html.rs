//! Input formats → lines of plain text with their original byte offsets.
//!
//! STUB: owned by the ingest work; text lines are real, HTML and Markdown are minimal.

/// One line of input text and where it started in the original input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The line's text (no line terminator).
    pub text: String,
    /// Byte offset of the line's first byte in the original input.
    pub offset: usize,
}

/// Splits plain text into lines, keeping offsets.
pub fn text_lines(input: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut offset = 0;
    for raw in input.split_inclusive('\n') {
        let text = raw.trim_end_matches(['\n', '\r']);
        out.push(Line {
            text: text.to_string(),
            offset,
        });
        offset += raw.len();
    }
    out
}

/// Markdown → lines (stub: treated as text).
pub fn markdown_lines(input: &str) -> Vec<Line> {
    text_lines(input)
}

/// HTML → lines of the article body (stub: treated as text).
pub fn extract(input: &str) -> Vec<Line> {
    text_lines(input)
}
