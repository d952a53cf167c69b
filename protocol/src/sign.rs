//! The hotline's Ed25519 signing key, and minisign-compatible public key and signature files
//! (so that stock `minisign -V` verifies what the hotline publishes).
//!
//! minisign formats: public key = base64("Ed" | key id [8] | public key [32]); signature =
//! base64("ED" | key id | Ed25519(BLAKE2b-512(message))) plus a trusted comment signed together
//! with the signature.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use blake2::{Blake2b512, Digest};
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};

use crate::ProtocolError;

/// Key id as minisign shows it: the first 8 bytes of BLAKE2b-512 of the public key.
pub fn key_id(public: &VerifyingKey) -> [u8; 8] {
    let digest = Blake2b512::digest(public.as_bytes());
    let mut id = [0u8; 8];
    id.copy_from_slice(&digest[..8]);
    id
}

pub fn verifying_key(bytes: &[u8]) -> Result<VerifyingKey, ProtocolError> {
    let arr: [u8; 32] = bytes.try_into().map_err(|_| ProtocolError::Invalid {
        field: "signing_key",
        reason: "wrong_length",
    })?;
    VerifyingKey::from_bytes(&arr).map_err(|_| ProtocolError::Invalid {
        field: "signing_key",
        reason: "not_a_key",
    })
}

pub fn sign(key: &SigningKey, message: &[u8]) -> [u8; 64] {
    key.sign(message).to_bytes()
}

pub fn verify(
    public: &VerifyingKey,
    message: &[u8],
    signature: &[u8],
) -> Result<(), ProtocolError> {
    let sig: [u8; 64] = signature.try_into().map_err(|_| ProtocolError::Invalid {
        field: "signature",
        reason: "wrong_length",
    })?;
    public
        .verify(message, &Signature::from_bytes(&sig))
        .map_err(|_| ProtocolError::Invalid {
            field: "signature",
            reason: "does_not_verify",
        })
}

/// The minisign public key file.
pub fn minisign_public_key(public: &VerifyingKey) -> String {
    let id = key_id(public);
    let mut raw = b"Ed".to_vec();
    raw.extend_from_slice(&id);
    raw.extend_from_slice(public.as_bytes());
    format!(
        "untrusted comment: minisign public key {:016X}\n{}\n",
        u64::from_le_bytes(id),
        STANDARD.encode(raw)
    )
}

/// The first line of every signature file the hotline writes.
pub const UNTRUSTED_COMMENT: &str = "untrusted comment: signature from mitra-hotline";

/// A minisign signature file for `message` (prehashed "ED" form).
pub fn minisign_signature(key: &SigningKey, message: &[u8], trusted_comment: &str) -> String {
    let public = key.verifying_key();
    let id = key_id(&public);
    let sig = sign(key, &Blake2b512::digest(message));
    let mut raw = b"ED".to_vec();
    raw.extend_from_slice(&id);
    raw.extend_from_slice(&sig);
    let trusted = trusted_comment.replace('\n', " ");
    let mut global = sig.to_vec();
    global.extend_from_slice(trusted.as_bytes());
    let global_sig = sign(key, &global);
    format!(
        "{UNTRUSTED_COMMENT}\n{}\ntrusted comment: {trusted}\n{}\n",
        STANDARD.encode(raw),
        STANDARD.encode(global_sig)
    )
}

/// Verifies a minisign signature file (for the phone, and for tests against stock minisign) and
/// returns its trusted comment, which the signature covers.
pub fn verify_minisign(
    public: &VerifyingKey,
    message: &[u8],
    signature_file: &str,
) -> Result<String, ProtocolError> {
    let bad = || ProtocolError::Invalid {
        field: "signature",
        reason: "does_not_verify",
    };
    if signature_file.len() > 4096 {
        return Err(ProtocolError::TooLarge { max: 4096 });
    }
    let lines: Vec<&str> = signature_file.lines().collect();
    let [_, sig_line, trusted_line, global_line] = lines.as_slice() else {
        return Err(bad());
    };
    let raw = STANDARD.decode(sig_line.trim()).map_err(|_| bad())?;
    if raw.len() != 74 || &raw[..2] != b"ED" || raw[2..10] != key_id(public) {
        return Err(bad());
    }
    verify(public, &Blake2b512::digest(message), &raw[10..])?;
    let trusted = trusted_line
        .strip_prefix("trusted comment: ")
        .ok_or_else(bad)?;
    let mut global = raw[10..].to_vec();
    global.extend_from_slice(trusted.as_bytes());
    let global_sig = STANDARD.decode(global_line.trim()).map_err(|_| bad())?;
    verify(public, &global, &global_sig)?;
    Ok(trusted.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minisign_signatures_verify_and_tampering_is_caught() {
        let key = SigningKey::from_bytes(&[9; 32]);
        let file = minisign_signature(&key, b"card bytes", "mitra hotline card");
        verify_minisign(&key.verifying_key(), b"card bytes", &file).unwrap();
        assert!(verify_minisign(&key.verifying_key(), b"card bytez", &file).is_err());
        let other = SigningKey::from_bytes(&[8; 32]);
        assert!(verify_minisign(&other.verifying_key(), b"card bytes", &file).is_err());
        let forged = file.replace("mitra hotline card", "mitra hotline cart");
        assert!(verify_minisign(&key.verifying_key(), b"card bytes", &forged).is_err());
        assert!(
            minisign_public_key(&key.verifying_key())
                .starts_with("untrusted comment: minisign public key ")
        );
    }
}
