//! The outbox: every queued record with a stable id, its attempt count, the time of its next
//! attempt and its last error. A record leaves the outbox only with a receipt from the hotline
//! (`acknowledge`) or when the person deletes the record; nothing else removes a row.
//!
//! Errors are stored as stable codes (`timeout`, `http-503`), never as text from the network.

use mitra_protocol::RecordId;
use rusqlite::{Connection, OptionalExtension, Transaction, params};

use crate::error::{Error, Result};
use crate::reports::{self, Kind, Status};

/// First retry after 30 s, doubling up to 6 h.
pub const BASE_BACKOFF_MS: i64 = 30_000;
pub const MAX_BACKOFF_MS: i64 = 6 * 3_600_000;
const MAX_ERROR_CODE_LEN: usize = 64;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxEntry {
    pub record_id: RecordId,
    pub kind: Kind,
    pub status: Status,
    pub queued_at_ms: i64,
    pub attempts: u32,
    pub next_attempt_at_ms: i64,
    pub last_error: Option<String>,
    /// Sealed to the paired hotline and ready to send.
    pub sealed: bool,
    /// The hotline refused it for good; it waits for the person (delete, or re-pair).
    pub failed_permanently: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    pub digest: Vec<u8>,
    pub received_at_ms: i64,
    pub signature: Option<Vec<u8>>,
}

/// Queues a record, sealing it at once when a hotline is paired (otherwise at pairing time).
pub(crate) fn enqueue(tx: &Transaction<'_>, id: RecordId, now_ms: i64) -> Result<()> {
    tx.execute(
        "INSERT INTO outbox (record_id, queued_at, attempts, next_attempt_at) VALUES (?1, ?2, 0, ?2)",
        params![&id.as_bytes()[..], now_ms],
    )?;
    if let Some(card) = crate::sync::paired(tx)? {
        crate::sync::seal_pending(tx, &card)?;
    }
    Ok(())
}

/// The wait before attempt `attempts + 1`, given a jitter in [0, 1): full exponential backoff
/// with ±25 % jitter, so that phones coming back online together do not retry in step.
pub fn backoff_ms(attempts: u32, jitter: f64) -> i64 {
    let exp = BASE_BACKOFF_MS.saturating_mul(1i64 << attempts.saturating_sub(1).min(20));
    let capped = exp.min(MAX_BACKOFF_MS) as f64;
    let factor = 0.75 + 0.5 * jitter.clamp(0.0, 1.0);
    (capped * factor) as i64
}

/// Oldest first.
pub fn list(conn: &Connection) -> Result<Vec<OutboxEntry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT o.record_id, r.kind, r.status, o.queued_at, o.attempts, o.next_attempt_at, o.last_error,
                o.envelope IS NOT NULL, o.failed_permanently
         FROM outbox o JOIN records r ON r.id = o.record_id ORDER BY o.queued_at, o.record_id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, Vec<u8>>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, i64>(2)?,
            r.get::<_, i64>(3)?,
            r.get::<_, i64>(4)?,
            r.get::<_, i64>(5)?,
            r.get::<_, Option<String>>(6)?,
            r.get::<_, bool>(7)?,
            r.get::<_, bool>(8)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, kind, status, queued_at, attempts, next, last_error, sealed, failed_permanently) =
            row?;
        let record_id = RecordId::from_slice(&id).map_err(|_| Error::Corrupt {
            file: "database",
            reason: "record id",
        })?;
        out.push(OutboxEntry {
            record_id,
            kind: Kind::from_i64(kind)?,
            status: Status::from_i64(status)?,
            queued_at_ms: queued_at,
            attempts: attempts as u32,
            next_attempt_at_ms: next,
            last_error,
            sealed,
            failed_permanently,
        });
    }
    Ok(out)
}

/// Records whose next attempt is due at `now_ms`.
pub fn due(conn: &Connection, now_ms: i64) -> Result<Vec<OutboxEntry>> {
    Ok(list(conn)?
        .into_iter()
        .filter(|e| e.next_attempt_at_ms <= now_ms)
        .collect())
}

fn require_queued(conn: &Connection, id: RecordId) -> Result<()> {
    let present: Option<i64> = conn
        .query_row(
            "SELECT 1 FROM outbox WHERE record_id = ?1",
            [&id.as_bytes()[..]],
            |r| r.get(0),
        )
        .optional()?;
    present.map(|_| ()).ok_or(Error::NotFound)
}

/// Records a failed attempt: one more attempt, the next one after a backoff, and why.
pub fn attempt_failed(
    tx: &Transaction<'_>,
    id: RecordId,
    error_code: &str,
    now_ms: i64,
    jitter: f64,
) -> Result<()> {
    require_queued(tx, id)?;
    if error_code.is_empty()
        || error_code.len() > MAX_ERROR_CODE_LEN
        || !error_code
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err(Error::InvalidInput {
            field: "error_code",
            reason: "not_a_code",
        });
    }
    let attempts: i64 = tx.query_row(
        "SELECT attempts FROM outbox WHERE record_id = ?1",
        [&id.as_bytes()[..]],
        |r| r.get(0),
    )?;
    let attempts = attempts as u32 + 1;
    tx.execute(
        "UPDATE outbox SET attempts = ?2, next_attempt_at = ?3, last_error = ?4 WHERE record_id = ?1",
        params![&id.as_bytes()[..], attempts, now_ms + backoff_ms(attempts, jitter), error_code],
    )?;
    Ok(())
}

/// The record went out; it stays in the outbox until its receipt arrives.
pub fn mark_sent(tx: &Transaction<'_>, id: RecordId, now_ms: i64) -> Result<()> {
    require_queued(tx, id)?;
    tx.execute(
        "UPDATE outbox SET attempts = attempts + 1, last_error = NULL WHERE record_id = ?1",
        [&id.as_bytes()[..]],
    )?;
    reports::set_status(tx, id, Status::Sent, now_ms)
}

/// The hotline's receipt: the record leaves the outbox, the receipt is kept. Idempotent for the
/// same receipt; a second, different receipt for the same record is refused.
pub fn acknowledge(
    tx: &Transaction<'_>,
    id: RecordId,
    receipt: &Receipt,
    now_ms: i64,
) -> Result<()> {
    let existing: Option<Vec<u8>> = tx
        .query_row(
            "SELECT digest FROM receipts WHERE record_id = ?1",
            [&id.as_bytes()[..]],
            |r| r.get(0),
        )
        .optional()?;
    match existing {
        Some(d) if d == receipt.digest => return Ok(()),
        Some(_) => {
            return Err(Error::InvalidInput {
                field: "receipt",
                reason: "conflicting_receipt",
            });
        }
        None => require_queued(tx, id)?,
    }
    tx.execute(
        "INSERT INTO receipts (record_id, digest, received_at, signature) VALUES (?1, ?2, ?3, ?4)",
        params![
            &id.as_bytes()[..],
            receipt.digest,
            receipt.received_at_ms,
            receipt.signature
        ],
    )?;
    tx.execute(
        "DELETE FROM outbox WHERE record_id = ?1",
        [&id.as_bytes()[..]],
    )?;
    reports::set_status(tx, id, Status::Acknowledged, now_ms)
}

pub fn receipt(conn: &Connection, id: RecordId) -> Result<Option<Receipt>> {
    Ok(conn
        .query_row(
            "SELECT digest, received_at, signature FROM receipts WHERE record_id = ?1",
            [&id.as_bytes()[..]],
            |r| {
                Ok(Receipt {
                    digest: r.get(0)?,
                    received_at_ms: r.get(1)?,
                    signature: r.get(2)?,
                })
            },
        )
        .optional()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_is_capped_and_jittered() {
        assert_eq!(backoff_ms(1, 0.5), 30_000);
        assert_eq!(backoff_ms(2, 0.5), 60_000);
        assert_eq!(backoff_ms(3, 0.0), 90_000);
        assert_eq!(backoff_ms(30, 0.5), MAX_BACKOFF_MS);
        assert_eq!(backoff_ms(u32::MAX, 1.0), MAX_BACKOFF_MS * 5 / 4);
        assert!(backoff_ms(1, 0.0) < backoff_ms(1, 0.99));
    }
}
