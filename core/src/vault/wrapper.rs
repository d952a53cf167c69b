//! The platform key: a key the phone's secure hardware holds (Android Keystore, iOS Keychain /
//! Secure Enclave) and never hands out. The vault only asks it to wrap and unwrap a 32-byte
//! device secret, and to destroy itself on a panic wipe.
//!
//! `FileKeyWrapper` is the desktop stand-in for field laptops and tests. It keeps its key in an
//! ordinary file, so it protects nothing against someone who copies the whole disk: it says so
//! through `is_hardware_backed() == false`, which `status` reports.

use std::path::{Path, PathBuf};

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore;
use zeroize::Zeroizing;

use super::files;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyWrapperError {
    /// The key exists but cannot be used now (device locked, user not authenticated): retry.
    #[error("platform key temporarily unavailable")]
    Unavailable,
    /// The key is gone or was invalidated (a new fingerprint enrolled, a factory reset).
    #[error("platform key lost")]
    KeyLost,
    /// The wrapped blob did not unwrap: damaged or not made by this key.
    #[error("wrapped key rejected")]
    Rejected,
    #[error("platform key store failure")]
    Failed,
}

/// Implemented by each shell over its platform's key store. Implementations must be safe to call
/// from any thread; the core never calls them while holding one of its own locks.
pub trait KeyWrapper: Send + Sync {
    /// Encrypts `secret` under the platform key, creating that key on first use.
    fn wrap(&self, secret: &[u8]) -> Result<Vec<u8>, KeyWrapperError>;
    /// Decrypts what `wrap` produced.
    fn unwrap(&self, wrapped: &[u8]) -> Result<Zeroizing<Vec<u8>>, KeyWrapperError>;
    /// Destroys the platform key; later `unwrap`s must fail. Idempotent.
    fn destroy(&self) -> Result<(), KeyWrapperError>;
    /// Whether the key lives in secure hardware that refuses to export it.
    fn is_hardware_backed(&self) -> bool;
}

/// A key in a plain file. Weaker than a hardware key store: see the module docs.
pub struct FileKeyWrapper {
    path: PathBuf,
}

const NONCE_LEN: usize = 24;

impl FileKeyWrapper {
    pub fn new(path: impl Into<PathBuf>) -> Self {
        FileKeyWrapper { path: path.into() }
    }

    fn load_or_create(&self) -> Result<Zeroizing<[u8; 32]>, KeyWrapperError> {
        let mut key = Zeroizing::new([0u8; 32]);
        match files::read_bounded(&self.path, 32) {
            Ok(Some(bytes)) if bytes.len() == 32 => {
                key.copy_from_slice(&bytes);
                Ok(key)
            }
            Ok(Some(_)) => Err(KeyWrapperError::KeyLost),
            Ok(None) => {
                rand::rngs::OsRng.fill_bytes(&mut key[..]);
                let dir = self.path.parent().unwrap_or(Path::new("."));
                let name = self.path.file_name().ok_or(KeyWrapperError::Failed)?;
                std::fs::create_dir_all(dir).map_err(|_| KeyWrapperError::Failed)?;
                files::write_atomic(dir, &name.to_string_lossy(), &key[..])
                    .map_err(|_| KeyWrapperError::Failed)?;
                Ok(key)
            }
            Err(_) => Err(KeyWrapperError::Unavailable),
        }
    }

    fn load(&self) -> Result<Zeroizing<[u8; 32]>, KeyWrapperError> {
        match files::read_bounded(&self.path, 32) {
            Ok(Some(bytes)) if bytes.len() == 32 => {
                let mut key = Zeroizing::new([0u8; 32]);
                key.copy_from_slice(&bytes);
                Ok(key)
            }
            Ok(_) => Err(KeyWrapperError::KeyLost),
            Err(_) => Err(KeyWrapperError::Unavailable),
        }
    }
}

impl KeyWrapper for FileKeyWrapper {
    fn wrap(&self, secret: &[u8]) -> Result<Vec<u8>, KeyWrapperError> {
        let key = self.load_or_create()?;
        let cipher = XChaCha20Poly1305::new((&*key).into());
        let mut nonce = [0u8; NONCE_LEN];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let sealed = cipher
            .encrypt(XNonce::from_slice(&nonce), secret)
            .map_err(|_| KeyWrapperError::Failed)?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&sealed);
        Ok(out)
    }

    fn unwrap(&self, wrapped: &[u8]) -> Result<Zeroizing<Vec<u8>>, KeyWrapperError> {
        if wrapped.len() < NONCE_LEN {
            return Err(KeyWrapperError::Rejected);
        }
        let key = self.load()?;
        let cipher = XChaCha20Poly1305::new((&*key).into());
        cipher
            .decrypt(
                XNonce::from_slice(&wrapped[..NONCE_LEN]),
                &wrapped[NONCE_LEN..],
            )
            .map(Zeroizing::new)
            .map_err(|_| KeyWrapperError::Rejected)
    }

    fn destroy(&self) -> Result<(), KeyWrapperError> {
        files::shred_file(&self.path).map_err(|_| KeyWrapperError::Failed)?;
        Ok(())
    }

    fn is_hardware_backed(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_wrapper_round_trips_and_forgets_after_destroy() {
        let dir = tempfile::tempdir().unwrap();
        let w = FileKeyWrapper::new(dir.path().join("platform.key"));
        let wrapped = w.wrap(b"secret").unwrap();
        assert_eq!(&w.unwrap(&wrapped).unwrap()[..], b"secret");
        w.destroy().unwrap();
        assert_eq!(w.unwrap(&wrapped).unwrap_err(), KeyWrapperError::KeyLost);
        w.destroy().unwrap();
    }
}
