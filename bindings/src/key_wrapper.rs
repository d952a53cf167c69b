//! The platform key store, implemented by each shell: Android Keystore (StrongBox when present),
//! iOS Keychain / Secure Enclave. The core hands it a 32-byte device secret to wrap at set-up and
//! to unwrap at every unlock, and asks it to destroy its key on a panic wipe.

use std::sync::Arc;

use mitra_core::vault as core;
use zeroize::Zeroizing;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum KeyWrapperError {
    /// The key exists but cannot be used right now (device locked, user must authenticate).
    #[error("unavailable")]
    Unavailable,
    /// The key is gone or was invalidated (new biometrics enrolled, factory reset).
    #[error("key lost")]
    KeyLost,
    /// The wrapped bytes were not made by this key, or are damaged.
    #[error("rejected")]
    Rejected,
    /// Any other failure of the key store.
    #[error("failed: {reason}")]
    Failed { reason: String },
}

impl From<uniffi::UnexpectedUniFFICallbackError> for KeyWrapperError {
    fn from(e: uniffi::UnexpectedUniFFICallbackError) -> Self {
        KeyWrapperError::Failed { reason: e.reason }
    }
}

/// A key held by the phone's secure hardware. Implement it in the shell; every method may be
/// called from any background thread, never from Mitra while it holds a lock of its own.
#[uniffi::export(rust, foreign)]
pub trait KeyWrapper: Send + Sync {
    /// Encrypts `secret` (32 bytes) under the platform key, creating the key on first use.
    fn wrap(&self, secret: Vec<u8>) -> Result<Vec<u8>, KeyWrapperError>;
    /// Decrypts bytes produced by `wrap`.
    fn unwrap(&self, wrapped: Vec<u8>) -> Result<Vec<u8>, KeyWrapperError>;
    /// Deletes the platform key for good. Must succeed if it is already gone.
    fn destroy_key(&self) -> Result<(), KeyWrapperError>;
    /// True when the key lives in hardware that never exports it.
    fn is_hardware_backed(&self) -> bool;
}

/// A key kept in a plain file, for desktops and tests. Weaker than a phone's key store: anyone
/// who copies the disk has it, so only the PIN's Argon2id cost stands between them and the data.
#[derive(uniffi::Object)]
pub struct FileKeyWrapper(core::FileKeyWrapper);

#[uniffi::export]
impl FileKeyWrapper {
    /// Uses (and on first `wrap` creates) the key file at `path`.
    #[uniffi::constructor]
    pub fn new(path: String) -> Arc<Self> {
        Arc::new(FileKeyWrapper(core::FileKeyWrapper::new(path)))
    }
}

fn from_core(e: core::KeyWrapperError) -> KeyWrapperError {
    match e {
        core::KeyWrapperError::Unavailable => KeyWrapperError::Unavailable,
        core::KeyWrapperError::KeyLost => KeyWrapperError::KeyLost,
        core::KeyWrapperError::Rejected => KeyWrapperError::Rejected,
        core::KeyWrapperError::Failed => KeyWrapperError::Failed {
            reason: "file".into(),
        },
    }
}

#[uniffi::export]
impl KeyWrapper for FileKeyWrapper {
    fn wrap(&self, secret: Vec<u8>) -> Result<Vec<u8>, KeyWrapperError> {
        let secret = Zeroizing::new(secret);
        core::KeyWrapper::wrap(&self.0, &secret).map_err(from_core)
    }
    fn unwrap(&self, wrapped: Vec<u8>) -> Result<Vec<u8>, KeyWrapperError> {
        core::KeyWrapper::unwrap(&self.0, &wrapped)
            .map(|z| z.to_vec())
            .map_err(from_core)
    }
    fn destroy_key(&self) -> Result<(), KeyWrapperError> {
        core::KeyWrapper::destroy(&self.0).map_err(from_core)
    }
    fn is_hardware_backed(&self) -> bool {
        false
    }
}

/// Lets the core call a key wrapper implemented in Kotlin, Swift, Python or Rust.
pub(crate) struct Adapter(pub Arc<dyn KeyWrapper>);

impl core::KeyWrapper for Adapter {
    fn wrap(&self, secret: &[u8]) -> Result<Vec<u8>, core::KeyWrapperError> {
        self.0.wrap(secret.to_vec()).map_err(to_core)
    }
    fn unwrap(&self, wrapped: &[u8]) -> Result<Zeroizing<Vec<u8>>, core::KeyWrapperError> {
        self.0
            .unwrap(wrapped.to_vec())
            .map(Zeroizing::new)
            .map_err(to_core)
    }
    fn destroy(&self) -> Result<(), core::KeyWrapperError> {
        self.0.destroy_key().map_err(to_core)
    }
    fn is_hardware_backed(&self) -> bool {
        self.0.is_hardware_backed()
    }
}

fn to_core(e: KeyWrapperError) -> core::KeyWrapperError {
    match e {
        KeyWrapperError::Unavailable => core::KeyWrapperError::Unavailable,
        KeyWrapperError::KeyLost => core::KeyWrapperError::KeyLost,
        KeyWrapperError::Rejected => core::KeyWrapperError::Rejected,
        KeyWrapperError::Failed { reason } => {
            // The reason comes from the shell's key store and names an exception, not a secret;
            // only its first line is kept (foreign exceptions arrive with their stack trace).
            let first_line: String = reason
                .lines()
                .next()
                .unwrap_or("")
                .chars()
                .take(160)
                .collect();
            tracing::warn!(target: "mitra_ffi", "key wrapper failed: {first_line}");
            core::KeyWrapperError::Failed
        }
    }
}
