//! The encrypted SQLite database (SQLCipher) under one vault, and its schema.
//!
//! It owns opening a database with a raw 256-bit key, the pragmas that keep plaintext off the
//! disk, and forward-only migrations. Functions that write take `&Transaction`, functions that
//! read take `&Connection`; repositories (one per aggregate) live beside their domain module.

pub mod schema;

use std::path::Path;

use rusqlite::{Connection, OpenFlags};
use zeroize::Zeroizing;

use crate::error::Result;

/// Opens (creating if needed) the SQLCipher database at `path` with `key` and migrates it.
///
/// The key is given raw (`x'…'`), so SQLCipher skips its own PBKDF2: the vault already derived it.
/// Temporary tables and sort spills stay in memory; deleted content is overwritten.
pub fn open(path: &Path, key: &[u8; 32]) -> Result<Connection> {
    let mut pragma = Zeroizing::new(String::with_capacity(70));
    pragma.push_str("x'");
    for b in key {
        pragma.push_str(&format!("{b:02x}"));
    }
    pragma.push('\'');
    // SQLCipher refused `PRAGMA key` once in CI on a fresh connection, with a valid key, and never
    // again in hundreds of local runs: it fails that pragma when it cannot set up its crypto
    // context (memory, randomness). Such a failure says nothing about the key, so try again on a
    // new connection, and on the last try let SQLCipher print its own reason (never key material).
    const ATTEMPTS: u32 = 3;
    let mut attempt = 1;
    let conn = loop {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        // SQLCipher otherwise prints page-decryption failures (a wrong key) to stderr.
        let level = if attempt == ATTEMPTS { "ERROR" } else { "NONE" };
        conn.execute_batch(&format!("PRAGMA cipher_log_level = {level};"))?;
        match conn.pragma_update(None, "key", pragma.as_str()) {
            Ok(()) => {
                conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
                break conn;
            }
            Err(e) if attempt < ATTEMPTS => {
                tracing::warn!(
                    attempt,
                    code = ?e.sqlite_error_code(),
                    "SQLCipher could not set up the key; trying again"
                );
                drop(conn);
                std::thread::sleep(std::time::Duration::from_millis(50 * u64::from(attempt)));
                attempt += 1;
            }
            Err(e) => return Err(e.into()),
        }
    };
    // The first read fails here when the key is wrong, before anything is written.
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))?;
    conn.execute_batch(
        "PRAGMA temp_store = MEMORY;
         PRAGMA secure_delete = ON;
         PRAGMA foreign_keys = ON;
         PRAGMA synchronous = FULL;",
    )?;
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    debug_assert_eq!(mode, "wal");
    let mut conn = conn;
    schema::migrate(&mut conn)?;
    Ok(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrong_key_does_not_open_and_does_not_damage() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v.db");
        {
            let conn = open(&path, &[1; 32]).unwrap();
            conn.execute("INSERT INTO settings (key, value) VALUES ('k', 'v')", [])
                .unwrap();
        }
        assert!(open(&path, &[2; 32]).is_err());
        let conn = open(&path, &[1; 32]).unwrap();
        let v: String = conn
            .query_row("SELECT value FROM settings WHERE key = 'k'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(v, "v");
    }
}
