//! Reusable pieces: the app shell and header, and the annotated-text renderer.

pub mod annotated;
pub mod header;
pub mod shell;
