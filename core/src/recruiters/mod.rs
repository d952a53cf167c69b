//! The recruiter directory on the phone: signed bundles pulled from the hotline, offline
//! multi-script search, worker reviews and job-offer red-flag checks.

mod cache;
pub mod directory;
pub mod jobcheck;
pub mod render;
pub mod search;

use mitra_protocol::ed25519_dalek::SigningKey;
use rand::RngCore;
use rusqlite::{OptionalExtension, Transaction};
use zeroize::Zeroizing;

use crate::error::Result;

pub use cache::{Found, SearchCache};
pub use directory::{Applied, DirectoryInfo};
pub use search::{Index, Matched};

/// This device's review-signing key, made on first use. Random: nothing links it to the person.
pub fn device_key(tx: &Transaction<'_>) -> Result<SigningKey> {
    let stored: Option<Vec<u8>> = tx
        .query_row("SELECT secret FROM device_key WHERE id = 1", [], |r| {
            r.get(0)
        })
        .optional()?;
    let mut secret = Zeroizing::new([0u8; 32]);
    match stored {
        Some(bytes) if bytes.len() == 32 => secret.copy_from_slice(&bytes),
        _ => {
            rand::rngs::OsRng.fill_bytes(secret.as_mut());
            tx.execute(
                "INSERT OR REPLACE INTO device_key (id, secret) VALUES (1, ?1)",
                [&secret[..]],
            )?;
        }
    }
    Ok(SigningKey::from_bytes(&secret))
}
