//! mitra-ffi: the one facade the Android and iOS shells (and the `mitra` CLI) call.
//!
//! Thin by design: every exported method delegates to mitra-core and maps its error. Methods are
//! blocking; shells call them off the main thread. No panic crosses the boundary: the release
//! profile keeps `panic = "unwind"`, which uniffi turns into an `InternalException`.

mod error;
mod key_wrapper;
mod logging;
mod mitra;

pub use error::{MitraError, Result};
pub use key_wrapper::{FileKeyWrapper, KeyWrapper, KeyWrapperError};
pub use logging::init;
pub use mitra::{JournalEntry, Mitra, SetupOptions, VaultStatus, WipeReport};

uniffi::setup_scaffolding!("mitra");
