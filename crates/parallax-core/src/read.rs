//! Bytes → text: encoding detection with a clear per-file error.
//!
//! STUB: owned by the ingest work (UTF-8 only for now).

use thiserror::Error;

/// Why a file's bytes could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ReadError {
    /// The file is empty or only whitespace.
    #[error("the file is empty")]
    Empty,
    /// The bytes are not text in any supported encoding.
    #[error("not text in a supported encoding (UTF-8, UTF-16 with BOM, Windows-1252): {0}")]
    Encoding(String),
}

/// Decoded text and notes about how it was decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// Notes (e.g. "decoded as Windows-1252").
    pub warnings: Vec<String>,
}

/// Decodes a file's bytes.
pub fn decode(bytes: &[u8]) -> Result<Decoded, ReadError> {
    let text = std::str::from_utf8(bytes).map_err(|e| ReadError::Encoding(e.to_string()))?;
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    Ok(Decoded {
        text: text.to_string(),
        warnings: Vec::new(),
    })
}
