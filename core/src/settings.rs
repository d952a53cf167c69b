//! Settings kept inside the vault (so the decoy has its own): small typed values over the
//! `settings` key-value table.

use rusqlite::{Connection, OptionalExtension, Transaction, params};

use crate::error::{Error, Result};

const PURGE_AFTER_DAYS: &str = "purge_after_days";
/// Longest purge delay accepted: ten years.
pub const MAX_PURGE_AFTER_DAYS: u32 = 3650;

fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()?)
}

fn set(tx: &Transaction<'_>, key: &str, value: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = ?2",
        params![key, value],
    )?;
    Ok(())
}

/// Days after the hotline's receipt when a record's content is purged; 0 (the default) keeps it.
pub fn purge_after_days(conn: &Connection) -> Result<u32> {
    Ok(get(conn, PURGE_AFTER_DAYS)?
        .and_then(|v| v.parse().ok())
        .unwrap_or(0))
}

pub fn set_purge_after_days(tx: &Transaction<'_>, days: u32) -> Result<()> {
    if days > MAX_PURGE_AFTER_DAYS {
        return Err(Error::InvalidInput {
            field: "purge_after_days",
            reason: "out_of_range",
        });
    }
    set(tx, PURGE_AFTER_DAYS, &days.to_string())
}
