//! The embedded corpus, decoded once.
use parallax_core::Corpus;

/// The postcard bytes written by `build.rs`.
pub static CORPUS_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

/// Decodes the embedded corpus.
pub fn embedded() -> Result<Corpus, parallax_core::format::FormatError> {
    parallax_core::format::decode(CORPUS_BYTES)
}
