//! mitra-protocol: the wire formats the phone and the hotline share (records now; envelopes,
//! batch receipts, directory bundles, hotline cards, contract timestamps; SMS and QR framing later),
//! documented in docs/protocol.md.
//!
//! Pure: no I/O, no SQLite, no HTTP, no clock (sealing draws randomness inside age). Every parser
//! here takes untrusted bytes, bounds their size, returns a typed error and never panics; each has
//! a property test and a fuzz target.

pub mod batch;
pub mod card;
pub mod directory;
pub mod envelope;
pub mod id;
pub mod records;
pub mod sign;
pub mod timestamp;

pub use age;
pub use ed25519_dalek;

/// Standard base64 with padding (key files).
pub fn base64_encode(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .ok()
}

pub use id::RecordId;

/// Why bytes or values were refused. `field` and `reason` are stable codes, never content.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProtocolError {
    #[error("input larger than {max} bytes")]
    TooLarge { max: usize },
    #[error("malformed input")]
    Malformed,
    #[error("invalid {field}: {reason}")]
    Invalid {
        field: &'static str,
        reason: &'static str,
    },
}
