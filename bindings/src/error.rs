//! The one public error. Each variant names something the person or the shell can act on; the
//! shell turns it into words in the person's language. Converted from the core's rich error in
//! exactly one place, which is also where it is decided what gets logged.

use mitra_core::error::{Error, PinProblem};
use mitra_core::vault::KeyWrapperError as CoreKeyWrapperError;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum MitraError {
    /// Nothing is set up yet: offer set-up.
    #[error("no vault is set up")]
    NotSetUp,
    /// Set-up was already done: offer unlock.
    #[error("a vault is already set up")]
    AlreadySetUp,
    /// Ask for the PIN, then retry.
    #[error("locked")]
    Locked,
    /// Ask again. `attempts_left` is absent when wrong PINs never erase anything.
    #[error("wrong PIN")]
    WrongPin { attempts_left: Option<u32> },
    /// Too many wrong PINs: no PIN is tried before this many milliseconds have passed.
    #[error("try again later")]
    TryLater { retry_after_ms: u64 },
    /// Something the person typed or chose is not acceptable. `field` and `reason` are stable
    /// codes (for example `pin` / `too_short`) for the shell to look up a message.
    #[error("invalid {field}: {reason}")]
    InvalidInput { field: String, reason: String },
    /// The item no longer exists (it may have been deleted).
    #[error("not found")]
    NotFound,
    /// The phone's key store refused for now (device locked, authentication needed): retry later.
    #[error("key store unavailable")]
    KeyStoreUnavailable,
    /// The phone's key store no longer has the key: this vault can never be opened again.
    /// Offer to wipe and start over.
    #[error("key lost")]
    KeyLost,
    /// Storage failed (disk full, damaged file). Data already saved is kept.
    #[error("storage failure")]
    Storage,
    /// A bug. Nothing to do but report it.
    #[error("internal error")]
    Internal,
}

pub type Result<T, E = MitraError> = std::result::Result<T, E>;

fn invalid(field: &str, reason: &str) -> MitraError {
    MitraError::InvalidInput {
        field: field.to_owned(),
        reason: reason.to_owned(),
    }
}

impl From<Error> for MitraError {
    fn from(e: Error) -> Self {
        match e {
            Error::NotSetUp => MitraError::NotSetUp,
            Error::AlreadySetUp => MitraError::AlreadySetUp,
            Error::Locked => MitraError::Locked,
            Error::WrongPin { attempts_left } => MitraError::WrongPin { attempts_left },
            Error::TryLater { retry_after_ms } => MitraError::TryLater { retry_after_ms },
            Error::InvalidPin(PinProblem::TooShort) => invalid("pin", "too_short"),
            Error::InvalidPin(PinProblem::TooLong) => invalid("pin", "too_long"),
            Error::InvalidPin(PinProblem::NotDistinct) => invalid("pin", "not_distinct"),
            Error::InvalidInput { field, reason } => invalid(field, &reason.replace(' ', "_")),
            Error::NotFound => MitraError::NotFound,
            // The field is the JSON path (`terms.wage.amount`); only an unknown key echoes input.
            Error::Terms(e) => MitraError::InvalidInput {
                field: if e.key().is_empty() {
                    "terms".to_owned()
                } else {
                    format!("terms.{}", e.key())
                },
                reason: e.code().to_owned(),
            },
            Error::KeyWrapper(CoreKeyWrapperError::Unavailable) => MitraError::KeyStoreUnavailable,
            Error::KeyWrapper(CoreKeyWrapperError::KeyLost | CoreKeyWrapperError::Rejected) => {
                MitraError::KeyLost
            }
            Error::KeyWrapper(CoreKeyWrapperError::Failed) => {
                tracing::warn!(target: "mitra_ffi", "key store failure");
                MitraError::KeyStoreUnavailable
            }
            // Messages of these carry file names and causes, never content, PINs or keys.
            e @ (Error::Corrupt { .. } | Error::Sqlite(_) | Error::Io(_)) => {
                tracing::error!(target: "mitra_ffi", "storage: {e}");
                MitraError::Storage
            }
            e @ Error::Crypto(_) => {
                tracing::error!(target: "mitra_ffi", "internal: {e}");
                MitraError::Internal
            }
        }
    }
}
