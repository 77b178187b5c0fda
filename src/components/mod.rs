//! Reusable pieces: the app shell and header, the annotated-text renderer and the list of
//! disagreements.

pub mod annotated;
pub mod disagreements;
pub mod header;
pub mod shell;
