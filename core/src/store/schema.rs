//! Schema versions, kept in `PRAGMA user_version`.
//!
//! A new database gets the latest schema from `sql/create.sql` in one go; an older one is
//! upgraded one version at a time inside `BEGIN IMMEDIATE`. Migrations are forward-only.
//! `tests/schema_migrations.rs` upgrades a frozen copy of every old schema and compares it with
//! a fresh database, so the two paths cannot drift apart.

use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::error::{Error, Result};

pub const VERSION: u32 = 6;

const CREATE: &str = include_str!("sql/create.sql");

pub fn migrate(conn: &mut Connection) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let version: u32 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    match version {
        VERSION => return Ok(()),
        0 => tx.execute_batch(CREATE)?,
        v if v > VERSION => {
            return Err(Error::Corrupt {
                file: "database",
                reason: "made by a newer Mitra",
            });
        }
        mut v => {
            while v < VERSION {
                upgrade_from(&tx, v)?;
                v += 1;
            }
        }
    }
    tx.pragma_update(None, "user_version", VERSION)?;
    tx.commit()?;
    Ok(())
}

/// One arm per old version: takes the schema from `version` to `version + 1`.
fn upgrade_from(tx: &Transaction<'_>, version: u32) -> Result<()> {
    match version {
        // v2: the journal, a person's own dated evidence log (hours, unpaid wages, events).
        1 => tx.execute_batch(
            "CREATE TABLE journal (
                 id         INTEGER PRIMARY KEY,
                 created_at INTEGER NOT NULL,
                 body       TEXT NOT NULL
             );
             CREATE INDEX journal_by_time ON journal (created_at);",
        )?,
        // v3: records (help requests and reports), their attachments, the outbox and receipts.
        2 => tx.execute_batch(include_str!("sql/v3_records.sql"))?,
        // v4: the paired hotline; sealed envelopes and permanent failures in the outbox.
        3 => tx.execute_batch(include_str!("sql/v4_sync.sql"))?,
        // v5: the recruiter directory and the device's review-signing key.
        4 => tx.execute_batch(include_str!("sql/v5_directory.sql"))?,
        // v6: contract snapshots, their page photos and the pay received under them.
        5 => tx.execute_batch(include_str!("sql/v6_contracts.sql"))?,
        _ => {
            return Err(Error::Corrupt {
                file: "database",
                reason: "unknown schema version",
            });
        }
    }
    Ok(())
}
