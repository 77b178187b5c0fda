//! Small text helpers shared by the stages: word counting and normalisation.

use unicode_segmentation::UnicodeSegmentation;

/// Number of words (Unicode word boundaries with at least one alphanumeric character).
pub fn word_count(text: &str) -> usize {
    text.unicode_words().count()
}
