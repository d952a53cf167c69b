//! The journal: a person's own dated notes kept as evidence (hours worked, wages not paid, what
//! was said and by whom). It never leaves the phone by itself; a later report may quote it.

use rusqlite::{Connection, Transaction, params};

use crate::error::{Error, Result};

/// Enough for a long page of text in any script; larger input is refused, never truncated.
pub const MAX_TEXT_BYTES: usize = 16 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalEntry {
    pub id: i64,
    pub created_at_ms: i64,
    pub text: String,
}

pub fn add(tx: &Transaction<'_>, text: &str, now_ms: i64) -> Result<JournalEntry> {
    if text.trim().is_empty() {
        return Err(Error::InvalidInput {
            field: "text",
            reason: "empty",
        });
    }
    if text.len() > MAX_TEXT_BYTES {
        return Err(Error::InvalidInput {
            field: "text",
            reason: "too long",
        });
    }
    tx.execute(
        "INSERT INTO journal (created_at, body) VALUES (?1, ?2)",
        params![now_ms, text],
    )?;
    Ok(JournalEntry {
        id: tx.last_insert_rowid(),
        created_at_ms: now_ms,
        text: text.to_owned(),
    })
}

/// Oldest first, as a diary reads.
pub fn list(conn: &Connection) -> Result<Vec<JournalEntry>> {
    let mut stmt = conn.prepare_cached("SELECT id, created_at, body FROM journal ORDER BY id")?;
    let rows = stmt.query_map([], |r| {
        Ok(JournalEntry {
            id: r.get(0)?,
            created_at_ms: r.get(1)?,
            text: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Deletes for real: `secure_delete` overwrites the freed pages inside the encrypted file.
pub fn delete(tx: &Transaction<'_>, id: i64) -> Result<()> {
    match tx.execute("DELETE FROM journal WHERE id = ?1", [id])? {
        0 => Err(Error::NotFound),
        _ => Ok(()),
    }
}
