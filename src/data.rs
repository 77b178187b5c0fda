//! The embedded corpus (and its search data), decoded once.
use parallax_core::format::Indexed;

/// The postcard bytes written by `build.rs`.
pub static CORPUS_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

/// Decodes the embedded corpus and its search data.
pub fn embedded() -> Result<Indexed, parallax_core::format::FormatError> {
    parallax_core::format::decode(CORPUS_BYTES)
}
