//! The directory bundle on the phone: checked, then applied in one transaction.
//!
//! Order matters: the signature (over the payload and the signed version) is checked first, then
//! the version against the one already held (an older or the same version is a replay and is
//! refused), and only then is the payload decompressed and parsed. A refused bundle changes
//! nothing: the directory the phone had stays as it was.

use mitra_protocol::ProtocolError;
use mitra_protocol::directory::{self, Alert, Bundle, Entry, ReviewStats};
use mitra_protocol::ed25519_dalek::VerifyingKey;
use rusqlite::{Connection, OptionalExtension, Transaction, params};

use crate::error::{Error, Result};

/// What the phone holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectoryInfo {
    pub version: u64,
    /// When the hotline published it (unix seconds).
    pub created_s: u64,
    pub fetched_at_ms: i64,
    pub entries: u64,
    pub alerts: u64,
}

/// What applying a bundle did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Applied {
    pub version: u64,
    /// 0 when the bundle was a full directory.
    pub base: u64,
    pub changed: u64,
    pub removed: u64,
}

fn refused(reason: &'static str) -> Error {
    Error::InvalidInput {
        field: "directory",
        reason,
    }
}

fn protocol(e: ProtocolError) -> Error {
    match e {
        ProtocolError::TooLarge { .. } => refused("too_large"),
        ProtocolError::Malformed => refused("malformed"),
        ProtocolError::Invalid {
            field: "signature", ..
        } => refused("bad_signature"),
        ProtocolError::Invalid {
            field: "version", ..
        } => refused("bad_signature"),
        ProtocolError::Invalid { .. } => refused("malformed"),
    }
}

fn corrupt() -> Error {
    Error::Corrupt {
        file: "database",
        reason: "directory",
    }
}

pub fn info(conn: &Connection) -> Result<Option<DirectoryInfo>> {
    let info = conn
        .query_row(
            "SELECT version, created, fetched_at, entries, alerts FROM directory WHERE id = 1",
            [],
            |r| {
                Ok(DirectoryInfo {
                    version: r.get::<_, i64>(0)? as u64,
                    created_s: r.get::<_, i64>(1)? as u64,
                    fetched_at_ms: r.get(2)?,
                    entries: r.get::<_, i64>(3)? as u64,
                    alerts: r.get::<_, i64>(4)? as u64,
                })
            },
        )
        .optional()?;
    Ok(info)
}

/// The version held from this hotline; 0 when none (or when it came from another hotline).
pub fn version_for(conn: &Connection, key: &VerifyingKey) -> Result<u64> {
    let row = conn
        .query_row(
            "SELECT version, signing_key FROM directory WHERE id = 1",
            [],
            |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?)),
        )
        .optional()?;
    Ok(match row {
        Some((v, k)) if k == key.as_bytes() => v as u64,
        _ => 0,
    })
}

/// Checks and applies a bundle in its wire form. See the module documentation for the order.
pub fn apply(
    tx: &Transaction<'_>,
    key: &VerifyingKey,
    wire: &[u8],
    now_ms: i64,
) -> Result<Applied> {
    let (header, payload) = directory::verify_wire(key, wire).map_err(protocol)?;
    let held = version_for(tx, key)?;
    if header.version <= held {
        return Err(refused("older_version"));
    }
    if header.base != 0 && header.base != held {
        return Err(refused("wrong_base"));
    }
    let bundle = directory::decode_payload(header, payload).map_err(protocol)?;
    store(tx, key, &bundle, now_ms)
}

fn store(tx: &Transaction<'_>, key: &VerifyingKey, b: &Bundle, now_ms: i64) -> Result<Applied> {
    if b.base == 0 {
        tx.execute_batch("DELETE FROM directory_entries; DELETE FROM directory_stats;")?;
    }
    {
        let mut put = tx.prepare_cached(
            "INSERT INTO directory_entries (key, entry) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET entry = excluded.entry",
        )?;
        for e in &b.entries {
            put.execute(params![e.id(), minicbor::to_vec(e).map_err(|_| corrupt())?])?;
        }
        let mut del = tx.prepare_cached("DELETE FROM directory_entries WHERE key = ?1")?;
        let mut del_stats = tx.prepare_cached("DELETE FROM directory_stats WHERE key = ?1")?;
        for k in &b.removed {
            let id = format!("{}:{}", k.country, k.licence_number);
            del.execute([&id])?;
            del_stats.execute([&id])?;
        }
        let mut put_stats = tx.prepare_cached(
            "INSERT INTO directory_stats (key, stats) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET stats = excluded.stats",
        )?;
        for s in &b.stats {
            let id = format!("{}:{}", s.country, s.licence_number);
            put_stats.execute(params![id, minicbor::to_vec(s).map_err(|_| corrupt())?])?;
        }
        tx.execute("DELETE FROM directory_alerts", [])?;
        let mut put_alert =
            tx.prepare_cached("INSERT INTO directory_alerts (alert) VALUES (?1)")?;
        for a in &b.alerts {
            put_alert.execute([minicbor::to_vec(a).map_err(|_| corrupt())?])?;
        }
    }
    tx.execute(
        "INSERT INTO directory (id, version, created, fetched_at, signing_key, entries, alerts)
         VALUES (1, ?1, ?2, ?3, ?4,
                 (SELECT count(*) FROM directory_entries), (SELECT count(*) FROM directory_alerts))
         ON CONFLICT (id) DO UPDATE SET version = excluded.version, created = excluded.created,
             fetched_at = excluded.fetched_at, signing_key = excluded.signing_key,
             entries = excluded.entries, alerts = excluded.alerts",
        params![
            b.version as i64,
            b.created as i64,
            now_ms,
            &key.as_bytes()[..]
        ],
    )?;
    Ok(Applied {
        version: b.version,
        base: b.base,
        changed: b.entries.len() as u64,
        removed: b.removed.len() as u64,
    })
}

pub fn entries(conn: &Connection) -> Result<Vec<Entry>> {
    let mut stmt = conn.prepare("SELECT entry FROM directory_entries ORDER BY key")?;
    let rows = stmt.query_map([], |r| r.get::<_, Vec<u8>>(0))?;
    rows.map(|r| {
        let bytes = r?;
        minicbor::decode::<Entry>(&bytes).map_err(|_| corrupt())
    })
    .collect()
}

pub fn stats(conn: &Connection, id: &str) -> Result<Option<ReviewStats>> {
    let bytes: Option<Vec<u8>> = conn
        .query_row(
            "SELECT stats FROM directory_stats WHERE key = ?1",
            [id],
            |r| r.get(0),
        )
        .optional()?;
    bytes
        .map(|b| minicbor::decode::<ReviewStats>(&b).map_err(|_| corrupt()))
        .transpose()
}

pub fn alerts(conn: &Connection) -> Result<Vec<Alert>> {
    let mut stmt = conn.prepare("SELECT alert FROM directory_alerts ORDER BY id")?;
    let rows = stmt.query_map([], |r| r.get::<_, Vec<u8>>(0))?;
    rows.map(|r| {
        let bytes = r?;
        minicbor::decode::<Alert>(&bytes).map_err(|_| corrupt())
    })
    .collect()
}

/// A bundle partly downloaded: which one, and how many bytes are held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Download {
    pub version: u64,
    pub base: u64,
    pub length: u64,
    pub received: u64,
}

/// The download in progress from this hotline, if any (one from another hotline is dropped).
pub fn download(conn: &Connection, key: &VerifyingKey) -> Result<Option<Download>> {
    let row = conn
        .query_row(
            "SELECT version, base, length, signing_key FROM directory_download WHERE id = 1",
            [],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, Vec<u8>>(3)?,
                ))
            },
        )
        .optional()?;
    let Some((version, base, length, k)) = row else {
        return Ok(None);
    };
    if k != key.as_bytes() {
        return Ok(None);
    }
    let received: i64 = conn.query_row(
        "SELECT COALESCE(SUM(length(bytes)), 0) FROM directory_chunks",
        [],
        |r| r.get(0),
    )?;
    Ok(Some(Download {
        version: version as u64,
        base: base as u64,
        length: length as u64,
        received: received as u64,
    }))
}

pub fn start_download(
    tx: &Transaction<'_>,
    key: &VerifyingKey,
    version: u64,
    base: u64,
    length: u64,
) -> Result<()> {
    clear_download(tx)?;
    tx.execute(
        "INSERT INTO directory_download (id, version, base, length, signing_key) VALUES (1, ?1, ?2, ?3, ?4)",
        params![version as i64, base as i64, length as i64, &key.as_bytes()[..]],
    )?;
    Ok(())
}

/// Keeps a chunk; it must continue exactly where the held bytes end.
pub fn add_chunk(tx: &Transaction<'_>, start: u64, bytes: &[u8]) -> Result<()> {
    let held: i64 = tx.query_row(
        "SELECT COALESCE(SUM(length(bytes)), 0) FROM directory_chunks",
        [],
        |r| r.get(0),
    )?;
    if held as u64 != start {
        return Err(refused("malformed"));
    }
    tx.execute(
        "INSERT INTO directory_chunks (start, bytes) VALUES (?1, ?2)",
        params![start as i64, bytes],
    )?;
    Ok(())
}

pub fn clear_download(tx: &Transaction<'_>) -> Result<()> {
    tx.execute_batch("DELETE FROM directory_download; DELETE FROM directory_chunks;")?;
    Ok(())
}

/// Applies the completed download (checked like any bundle) and forgets it, in one transaction.
/// A refused bundle is forgotten too, so the next sync starts afresh.
pub fn finish_download(tx: &Transaction<'_>, key: &VerifyingKey, now_ms: i64) -> Result<Applied> {
    let mut wire = Vec::new();
    {
        let mut stmt = tx.prepare("SELECT bytes FROM directory_chunks ORDER BY start")?;
        let rows = stmt.query_map([], |r| r.get::<_, Vec<u8>>(0))?;
        for r in rows {
            wire.extend_from_slice(&r?);
        }
    }
    clear_download(tx)?;
    apply(tx, key, &wire, now_ms)
}
