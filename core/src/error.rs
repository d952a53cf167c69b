//! The core's one rich error type. The facade maps it to the few variants a person can act on;
//! nothing here may carry a PIN, a key or a person's text.

use crate::vault::KeyWrapperError;

/// Why a PIN was refused before any key derivation ran.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinProblem {
    TooShort,
    TooLong,
    /// The duress PIN must differ from the real one, and a new PIN from the other slot's PIN.
    NotDistinct,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("no vault has been set up in this data directory")]
    NotSetUp,
    #[error("a vault is already set up in this data directory")]
    AlreadySetUp,
    #[error("the vault is locked")]
    Locked,
    /// `attempts_left` is `None` when wrong PINs never destroy anything.
    #[error("wrong PIN")]
    WrongPin { attempts_left: Option<u32> },
    #[error("too many wrong PINs: try again in {retry_after_ms} ms")]
    TryLater { retry_after_ms: u64 },
    #[error("PIN refused: {0:?}")]
    InvalidPin(PinProblem),
    #[error("invalid {field}: {reason}")]
    InvalidInput {
        field: &'static str,
        reason: &'static str,
    },
    #[error("not found")]
    NotFound,
    /// Contract terms refused; the key is a JSON path, never a value.
    #[error("{0}")]
    Terms(#[from] crate::contracts::TermsError),
    #[error("platform key store: {0}")]
    KeyWrapper(#[from] KeyWrapperError),
    #[error("vault file {file} is damaged: {reason}")]
    Corrupt {
        file: &'static str,
        reason: &'static str,
    },
    #[error("cryptographic failure: {0}")]
    Crypto(&'static str),
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("file system: {0}")]
    Io(#[from] std::io::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
