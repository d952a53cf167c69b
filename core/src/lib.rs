//! mitra-core: the phone's domain, its encrypted store and (later) its sync engine.
//!
//! It owns everything that must behave the same on Android, iOS and a field laptop. It knows
//! nothing about uniffi, Kotlin or Swift: the `mitra-ffi` crate wraps it. It must never log or
//! put into an error message a PIN, a key, or anything a person wrote.

pub mod contracts;
pub mod error;
pub mod i18n;
pub mod journal;
pub mod outbox;
pub mod recruiters;
pub mod reports;
pub mod settings;
pub mod store;
pub mod sync;
pub mod text;
pub mod vault;

pub use error::{Error, Result};
/// The wire formats, re-exported so that the layers above depend on the core alone.
pub use mitra_protocol as protocol;
