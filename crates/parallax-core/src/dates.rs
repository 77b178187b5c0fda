//! Date expressions → dated events.
//!
//! STUB: owned by the dates work.

use crate::model::{Entity, Event, Span};
use chrono::NaiveDate;

/// Finds dated events; relative dates resolve against `anchor`.
pub fn extract(
    _text: &str,
    _sentences: &[Span],
    _anchor: Option<NaiveDate>,
    _people: &[Entity],
) -> Vec<Event> {
    Vec::new()
}
