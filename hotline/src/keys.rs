//! The hotline's keys, in one folder:
//! - `identity.txt`: the age identity that decrypts reports. The operator's; 0600; the server
//!   never reads it and must run without it (keep it off the server).
//! - `recipient.txt`: the age recipient(s) phones seal to, one per line, newest first (old lines
//!   stay during a key rotation so that reports already sealed to them are still accepted).
//! - `signing.key`: the Ed25519 seed that signs receipts and cards; 0600; the server needs it.
//! - `signing.pub`: the same key as a minisign public key file, for anyone to verify.
//! - `card.txt`: the signed hotline card, written by `mitra-hotline card`.

use std::fs;
use std::io::Write;
use std::path::Path;

use mitra_protocol::age::secrecy::ExposeSecret;
use mitra_protocol::ed25519_dalek::SigningKey;
use mitra_protocol::{age, envelope, sign};
use rand::RngCore;

pub const IDENTITY: &str = "identity.txt";
pub const RECIPIENT: &str = "recipient.txt";
pub const SIGNING_KEY: &str = "signing.key";
pub const SIGNING_PUB: &str = "signing.pub";
pub const CARD: &str = "card.txt";
const SIGNING_PREFIX: &str = "MITRA-SIGNING-KEY-1:";

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("{0}: {1}")]
    Io(String, std::io::Error),
    #[error("{0} already exists: refusing to overwrite keys")]
    Exists(String),
    #[error("{0} is not a valid key file")]
    Invalid(String),
}

fn write_private(path: &Path, contents: &str) -> Result<(), KeyError> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut f = options.open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => KeyError::Exists(path.display().to_string()),
        _ => KeyError::Io(path.display().to_string(), e),
    })?;
    f.write_all(contents.as_bytes())
        .and_then(|()| f.sync_all())
        .map_err(|e| KeyError::Io(path.display().to_string(), e))
}

fn write_public(path: &Path, contents: &str) -> Result<(), KeyError> {
    if path.exists() {
        return Err(KeyError::Exists(path.display().to_string()));
    }
    fs::write(path, contents).map_err(|e| KeyError::Io(path.display().to_string(), e))
}

pub struct Generated {
    pub recipient: String,
    pub signing_pub: String,
}

/// Creates a new key folder. Never overwrites an existing key.
pub fn generate(dir: &Path) -> Result<Generated, KeyError> {
    fs::create_dir_all(dir).map_err(|e| KeyError::Io(dir.display().to_string(), e))?;
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public().to_string();
    let mut seed = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut seed);
    let signing = SigningKey::from_bytes(&seed);
    seed.iter_mut().for_each(|b| *b = 0);
    let signing_pub = sign::minisign_public_key(&signing.verifying_key());

    write_private(
        &dir.join(IDENTITY),
        &format!(
            "# The hotline's age identity: decrypts every report. Keep it offline, never on the server.\n# public key: {recipient}\n{}\n",
            identity.to_string().expose_secret()
        ),
    )?;
    let seed_b64 = mitra_protocol::base64_encode(signing.as_bytes());
    write_private(
        &dir.join(SIGNING_KEY),
        &format!("{SIGNING_PREFIX}{seed_b64}\n"),
    )?;
    write_public(&dir.join(RECIPIENT), &format!("{recipient}\n"))?;
    write_public(&dir.join(SIGNING_PUB), &signing_pub)?;
    Ok(Generated {
        recipient,
        signing_pub,
    })
}

/// What the server needs: the signing key and the recipients it accepts. Not the identity.
pub struct ServerKeys {
    pub signing: SigningKey,
    pub recipients: Vec<String>,
    pub fingerprints: Vec<[u8; 8]>,
}

fn read(path: &Path) -> Result<String, KeyError> {
    fs::read_to_string(path).map_err(|e| KeyError::Io(path.display().to_string(), e))
}

pub fn load_signing(dir: &Path) -> Result<SigningKey, KeyError> {
    let path = dir.join(SIGNING_KEY);
    let text = read(&path)?;
    let invalid = || KeyError::Invalid(path.display().to_string());
    let b64 = text
        .trim()
        .strip_prefix(SIGNING_PREFIX)
        .ok_or_else(invalid)?;
    let seed = mitra_protocol::base64_decode(b64).ok_or_else(invalid)?;
    let seed: [u8; 32] = seed.try_into().map_err(|_| invalid())?;
    Ok(SigningKey::from_bytes(&seed))
}

pub fn load_server(dir: &Path) -> Result<ServerKeys, KeyError> {
    let signing = load_signing(dir)?;
    let path = dir.join(RECIPIENT);
    let recipients: Vec<String> = read(&path)?
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect();
    if recipients.is_empty()
        || recipients
            .iter()
            .any(|r| r.parse::<age::x25519::Recipient>().is_err())
    {
        return Err(KeyError::Invalid(path.display().to_string()));
    }
    let fingerprints = recipients
        .iter()
        .map(|r| envelope::fingerprint(r))
        .collect();
    Ok(ServerKeys {
        signing,
        recipients,
        fingerprints,
    })
}

/// Every age identity in an identity file (operator side; old identities stay for rotation).
pub fn load_identities(path: &Path) -> Result<Vec<age::x25519::Identity>, KeyError> {
    let text = read(path)?;
    let ids: Vec<age::x25519::Identity> = text
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("AGE-SECRET-KEY-"))
        .filter_map(|l| l.parse().ok())
        .collect();
    if ids.is_empty() {
        return Err(KeyError::Invalid(path.display().to_string()));
    }
    Ok(ids)
}
