//! Parallax app (STUB: owned by the app work).
pub mod byo;
pub mod data;
pub mod embed_ui;
pub mod host;
pub mod worker;
