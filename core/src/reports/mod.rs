//! Help requests and reports kept in the vault: saving, editing drafts, queueing, deleting for
//! real, attachments, and purging content after acknowledgement (the receipt stays).
//!
//! Lifecycle: draft → queued → sent → acknowledged. A help request is saved and queued in one
//! step. A report stays a draft (editable) until the person queues it, and can only be queued with
//! the person's consent to send it to the hotline: nothing leaves the phone without consent.
//! This module never logs record content.

pub mod assessment;

use mitra_protocol::records::{self, Body, HelpRequest, Report, Review};
use mitra_protocol::{ProtocolError, RecordId};
use rand::RngCore;
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::text::{nfc_in_place, nfc_opt};

pub const MAX_ATTACHMENT_BYTES: usize = 8 * 1024 * 1024;
pub const MAX_ATTACHMENTS_PER_RECORD: usize = 10;
pub const MAX_ATTACHMENT_BYTES_PER_RECORD: usize = 32 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Draft = 0,
    Queued = 1,
    Sent = 2,
    Acknowledged = 3,
}

impl Status {
    pub(crate) fn from_i64(v: i64) -> Result<Self> {
        Ok(match v {
            0 => Status::Draft,
            1 => Status::Queued,
            2 => Status::Sent,
            3 => Status::Acknowledged,
            _ => {
                return Err(Error::Corrupt {
                    file: "database",
                    reason: "record status",
                });
            }
        })
    }

    pub fn code(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Queued => "queued",
            Status::Sent => "sent",
            Status::Acknowledged => "acknowledged",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    HelpRequest = 0,
    Report = 1,
    /// A recruiter review (stored and sent from issue 5 on).
    Review = 2,
}

impl Kind {
    pub(crate) fn from_i64(v: i64) -> Result<Self> {
        match v {
            0 => Ok(Kind::HelpRequest),
            1 => Ok(Kind::Report),
            2 => Ok(Kind::Review),
            _ => Err(Error::Corrupt {
                file: "database",
                reason: "record kind",
            }),
        }
    }

    pub fn of(body: &Body) -> Kind {
        match body {
            Body::HelpRequest(_) => Kind::HelpRequest,
            Body::Report(_) => Kind::Report,
            Body::Review(_) => Kind::Review,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Kind::HelpRequest => "help-request",
            Kind::Report => "report",
            Kind::Review => "review",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttachmentKind {
    Photo = 0,
    Audio = 1,
}

const PHOTO_TYPES: &[&str] = &["image/jpeg", "image/png", "image/webp", "image/heic"];
const AUDIO_TYPES: &[&str] = &[
    "audio/mp4",
    "audio/aac",
    "audio/ogg",
    "audio/mpeg",
    "audio/amr",
    "audio/webm",
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentInfo {
    pub id: i64,
    pub kind: AttachmentKind,
    pub mime: String,
    pub size: u64,
    pub sha256: [u8; 32],
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub id: RecordId,
    pub kind: Kind,
    pub status: Status,
    pub created_at_ms: i64,
    pub updated_at_ms: i64,
    /// `None` once the content was purged after acknowledgement.
    pub body: Option<Body>,
    pub purged_at_ms: Option<i64>,
    pub attachments: Vec<AttachmentInfo>,
}

impl From<ProtocolError> for Error {
    fn from(e: ProtocolError) -> Self {
        match e {
            ProtocolError::Invalid { field, reason } => Error::InvalidInput { field, reason },
            ProtocolError::TooLarge { .. } => Error::InvalidInput {
                field: "record",
                reason: "too_long",
            },
            ProtocolError::Malformed => Error::Corrupt {
                file: "database",
                reason: "record body",
            },
        }
    }
}

fn new_id() -> RecordId {
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    RecordId::from_random(bytes)
}

/// NFC-normalises every text of a body; validates it; encodes it.
fn prepare(body: &mut Body) -> Result<Vec<u8>> {
    normalize(body);
    body.validate()?;
    let bytes = records::encode_body(body);
    if bytes.len() > records::MAX_BODY_BYTES {
        return Err(Error::InvalidInput {
            field: "record",
            reason: "too_long",
        });
    }
    Ok(bytes)
}

fn normalize(body: &mut Body) {
    match body {
        Body::HelpRequest(h) => {
            nfc_opt(&mut h.area);
            nfc_opt(&mut h.contact_window);
            nfc_opt(&mut h.note);
            h.needs.sort();
            h.needs.dedup();
        }
        Body::Report(r) => {
            nfc_opt(&mut r.recruiter);
            nfc_opt(&mut r.employer);
            nfc_in_place(&mut r.narrative);
        }
        Body::Review(r) => {
            nfc_opt(&mut r.recruiter_name);
            nfc_opt(&mut r.text);
            for terms in [&mut r.promised, &mut r.actual] {
                nfc_opt(&mut terms.job);
                nfc_opt(&mut terms.employer);
            }
        }
    }
}

fn insert(tx: &Transaction<'_>, body: &mut Body, status: Status, now_ms: i64) -> Result<RecordId> {
    let bytes = prepare(body)?;
    let id = new_id();
    tx.execute(
        "INSERT INTO records (id, kind, status, created_at, updated_at, body) VALUES (?1, ?2, ?3, ?4, ?4, ?5)",
        params![&id.as_bytes()[..], Kind::of(body) as i64, status as i64, now_ms, bytes],
    )?;
    Ok(id)
}

/// Saves a help request and queues it, in one transaction: the one-minute path.
pub fn save_help_request(
    tx: &Transaction<'_>,
    request: HelpRequest,
    now_ms: i64,
) -> Result<RecordId> {
    let mut body = Body::HelpRequest(request);
    let id = insert(tx, &mut body, Status::Queued, now_ms)?;
    crate::outbox::enqueue(tx, id, now_ms)?;
    Ok(id)
}

/// Saves a review of a recruiter, signed by this device's key, and queues it. The signature
/// covers the review exactly as stored and sent (after NFC).
pub fn save_review(
    tx: &Transaction<'_>,
    review: Review,
    device_key: &mitra_protocol::ed25519_dalek::SigningKey,
    now_ms: i64,
) -> Result<RecordId> {
    let mut body = Body::Review(review);
    normalize(&mut body);
    if let Body::Review(r) = &mut body {
        r.sign(device_key);
    }
    let id = insert(tx, &mut body, Status::Queued, now_ms)?;
    crate::outbox::enqueue(tx, id, now_ms)?;
    Ok(id)
}

/// Saves a report as an editable draft.
pub fn save_report_draft(tx: &Transaction<'_>, report: Report, now_ms: i64) -> Result<RecordId> {
    insert(tx, &mut Body::Report(report), Status::Draft, now_ms)
}

fn status_of(conn: &Connection, id: RecordId) -> Result<Status> {
    let status: Option<i64> = conn
        .query_row(
            "SELECT status FROM records WHERE id = ?1",
            [&id.as_bytes()[..]],
            |r| r.get(0),
        )
        .optional()?;
    Status::from_i64(status.ok_or(Error::NotFound)?)
}

fn require_draft(conn: &Connection, id: RecordId) -> Result<()> {
    match status_of(conn, id)? {
        Status::Draft => Ok(()),
        _ => Err(Error::InvalidInput {
            field: "status",
            reason: "not_a_draft",
        }),
    }
}

/// Replaces a draft report's content. Only drafts can be edited.
pub fn update_report(
    tx: &Transaction<'_>,
    id: RecordId,
    report: Report,
    now_ms: i64,
) -> Result<()> {
    require_draft(tx, id)?;
    let bytes = prepare(&mut Body::Report(report))?;
    tx.execute(
        "UPDATE records SET body = ?2, updated_at = ?3 WHERE id = ?1",
        params![&id.as_bytes()[..], bytes, now_ms],
    )?;
    Ok(())
}

/// Queues a draft report for the hotline. Refused without the person's consent to that.
pub fn queue_report(tx: &Transaction<'_>, id: RecordId, now_ms: i64) -> Result<()> {
    require_draft(tx, id)?;
    match get(tx, id)?.body {
        Some(Body::Report(r)) if r.consent.hotline => {}
        Some(Body::Report(_)) => {
            return Err(Error::InvalidInput {
                field: "consent",
                reason: "hotline_not_consented",
            });
        }
        _ => {
            return Err(Error::InvalidInput {
                field: "record",
                reason: "not_a_report",
            });
        }
    }
    tx.execute(
        "UPDATE records SET status = ?2, updated_at = ?3 WHERE id = ?1",
        params![&id.as_bytes()[..], Status::Queued as i64, now_ms],
    )?;
    crate::outbox::enqueue(tx, id, now_ms)
}

pub(crate) fn set_status(
    tx: &Transaction<'_>,
    id: RecordId,
    status: Status,
    now_ms: i64,
) -> Result<()> {
    let n = tx.execute(
        "UPDATE records SET status = ?2, updated_at = ?3 WHERE id = ?1",
        params![&id.as_bytes()[..], status as i64, now_ms],
    )?;
    if n == 0 { Err(Error::NotFound) } else { Ok(()) }
}

fn row_to_record(conn: &Connection, row: &rusqlite::Row<'_>) -> Result<Record> {
    let id_bytes: Vec<u8> = row.get(0)?;
    let id = RecordId::from_slice(&id_bytes).map_err(|_| Error::Corrupt {
        file: "database",
        reason: "record id",
    })?;
    let kind = Kind::from_i64(row.get(1)?)?;
    let body_bytes: Option<Vec<u8>> = row.get(5)?;
    let body = body_bytes.map(|b| records::decode_body(&b)).transpose()?;
    Ok(Record {
        id,
        kind,
        status: Status::from_i64(row.get(2)?)?,
        created_at_ms: row.get(3)?,
        updated_at_ms: row.get(4)?,
        body,
        purged_at_ms: row.get(6)?,
        attachments: attachments(conn, id)?,
    })
}

const SELECT: &str =
    "SELECT id, kind, status, created_at, updated_at, body, purged_at FROM records";

pub fn get(conn: &Connection, id: RecordId) -> Result<Record> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} WHERE id = ?1"))?;
    let mut rows = stmt.query([&id.as_bytes()[..]])?;
    match rows.next()? {
        Some(row) => row_to_record(conn, row),
        None => Err(Error::NotFound),
    }
}

/// Newest first.
pub fn list(conn: &Connection) -> Result<Vec<Record>> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} ORDER BY created_at DESC, id"))?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        out.push(row_to_record(conn, row)?);
    }
    Ok(out)
}

/// Finds the one record whose id starts with `prefix` (hex, hyphens ignored, at least 6 digits).
pub fn find_by_prefix(conn: &Connection, prefix: &str) -> Result<RecordId> {
    find_id_by_prefix(conn, "SELECT id FROM records", prefix)
}

/// The one id among those `select` returns that starts with `prefix` (hex, hyphens ignored, at
/// least 6 digits).
pub(crate) fn find_id_by_prefix(conn: &Connection, select: &str, prefix: &str) -> Result<RecordId> {
    let wanted: String = prefix
        .chars()
        .filter(|c| *c != '-')
        .collect::<String>()
        .to_ascii_lowercase();
    if wanted.len() < 6 || wanted.len() > 32 || !wanted.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(Error::InvalidInput {
            field: "id",
            reason: "not_an_id",
        });
    }
    let mut stmt = conn.prepare_cached(select)?;
    let ids = stmt.query_map([], |r| r.get::<_, Vec<u8>>(0))?;
    let mut found = None;
    for bytes in ids {
        let id = RecordId::from_slice(&bytes?).map_err(|_| Error::Corrupt {
            file: "database",
            reason: "record id",
        })?;
        if id.hex().starts_with(&wanted) {
            if found.is_some() {
                return Err(Error::InvalidInput {
                    field: "id",
                    reason: "ambiguous",
                });
            }
            found = Some(id);
        }
    }
    found.ok_or(Error::NotFound)
}

/// Deletes a record for good, with its attachments, outbox entry and receipt. `secure_delete`
/// overwrites the freed pages; call `Vault::checkpoint` after the commit to clear the WAL too.
pub fn delete(tx: &Transaction<'_>, id: RecordId) -> Result<()> {
    match tx.execute("DELETE FROM records WHERE id = ?1", [&id.as_bytes()[..]])? {
        0 => Err(Error::NotFound),
        _ => Ok(()),
    }
}

fn attachments(conn: &Connection, id: RecordId) -> Result<Vec<AttachmentInfo>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, kind, mime, length(bytes), sha256 FROM attachments WHERE record_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([&id.as_bytes()[..]], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, i64>(3)?,
            r.get::<_, Vec<u8>>(4)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (aid, kind, mime, size, digest) = row?;
        let mut sha256 = [0u8; 32];
        if digest.len() != 32 {
            return Err(Error::Corrupt {
                file: "database",
                reason: "attachment digest",
            });
        }
        sha256.copy_from_slice(&digest);
        let kind = if kind == 0 {
            AttachmentKind::Photo
        } else {
            AttachmentKind::Audio
        };
        out.push(AttachmentInfo {
            id: aid,
            kind,
            mime,
            size: size as u64,
            sha256,
        });
    }
    Ok(out)
}

/// Adds a photo or recording to a draft report, inside the encrypted database.
pub fn add_attachment(
    tx: &Transaction<'_>,
    id: RecordId,
    mime: &str,
    bytes: &[u8],
    now_ms: i64,
) -> Result<AttachmentInfo> {
    require_draft(tx, id)?;
    let kind = if PHOTO_TYPES.contains(&mime) {
        AttachmentKind::Photo
    } else if AUDIO_TYPES.contains(&mime) {
        AttachmentKind::Audio
    } else {
        return Err(Error::InvalidInput {
            field: "attachment",
            reason: "unsupported_type",
        });
    };
    if bytes.is_empty() {
        return Err(Error::InvalidInput {
            field: "attachment",
            reason: "empty",
        });
    }
    if bytes.len() > MAX_ATTACHMENT_BYTES {
        return Err(Error::InvalidInput {
            field: "attachment",
            reason: "too_large",
        });
    }
    let existing = attachments(tx, id)?;
    if existing.len() >= MAX_ATTACHMENTS_PER_RECORD {
        return Err(Error::InvalidInput {
            field: "attachment",
            reason: "too_many",
        });
    }
    let total: u64 = existing.iter().map(|a| a.size).sum::<u64>() + bytes.len() as u64;
    if total > MAX_ATTACHMENT_BYTES_PER_RECORD as u64 {
        return Err(Error::InvalidInput {
            field: "attachment",
            reason: "too_large",
        });
    }
    let sha256: [u8; 32] = Sha256::digest(bytes).into();
    tx.execute(
        "INSERT INTO attachments (record_id, kind, mime, bytes, sha256, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![&id.as_bytes()[..], kind as i64, mime, bytes, &sha256[..], now_ms],
    )?;
    tx.execute(
        "UPDATE records SET updated_at = ?2 WHERE id = ?1",
        params![&id.as_bytes()[..], now_ms],
    )?;
    Ok(AttachmentInfo {
        id: tx.last_insert_rowid(),
        kind,
        mime: mime.to_owned(),
        size: bytes.len() as u64,
        sha256,
    })
}

pub fn attachment_bytes(conn: &Connection, record: RecordId, attachment: i64) -> Result<Vec<u8>> {
    conn.query_row(
        "SELECT bytes FROM attachments WHERE id = ?1 AND record_id = ?2",
        params![attachment, &record.as_bytes()[..]],
        |r| r.get(0),
    )
    .optional()?
    .ok_or(Error::NotFound)
}

/// Removes the content of records acknowledged more than `days` days ago, keeping the row and
/// the receipt. `days == 0` keeps everything. Returns how many records were purged.
pub fn purge_acknowledged(tx: &Transaction<'_>, days: u32, now_ms: i64) -> Result<usize> {
    if days == 0 {
        return Ok(0);
    }
    let cutoff = now_ms.saturating_sub(i64::from(days) * 86_400_000);
    let ids: Vec<Vec<u8>> = {
        let mut stmt = tx.prepare_cached(
            "SELECT r.id FROM records r JOIN receipts c ON c.record_id = r.id
             WHERE r.status = 3 AND r.body IS NOT NULL AND c.received_at <= ?1",
        )?;
        let rows = stmt.query_map([cutoff], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for id in &ids {
        tx.execute("DELETE FROM attachments WHERE record_id = ?1", [id])?;
        tx.execute(
            "UPDATE records SET body = NULL, purged_at = ?2 WHERE id = ?1",
            params![id, now_ms],
        )?;
    }
    Ok(ids.len())
}
