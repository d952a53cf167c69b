//! Delivery to the hotline: pairing with a signed card, sealing queued records into envelopes,
//! and draining the outbox in batches over whatever link exists.
//!
//! Exactly once, by construction: an envelope is sealed once and stored, so every re-send is the
//! same bytes; the hotline stores an envelope once and answers a re-send with the same signed
//! receipt; a record leaves the outbox only when a receipt that verifies against the paired key
//! and matches the envelope's digest is committed. Killing the app at any instruction therefore
//! leads, at worst, to sending again what the hotline already has.
//!
//! The engine never holds a vault lock while the network is in use.

mod directory;
pub mod http;
mod timestamp;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use mitra_protocol::batch::{self, Answer};
use mitra_protocol::card::HotlineCard;
use mitra_protocol::envelope;
use mitra_protocol::{RecordId, records};
use rand::Rng;
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::outbox::{self, Receipt};
use crate::vault::Vault;
use crate::{recruiters, reports, settings};

/// Imports a hotline card after verifying its signature. Re-pairing with a card signed by another
/// key is refused while records sealed for the current hotline wait in the outbox.
pub fn pair(tx: &Transaction<'_>, card_text: &str, now_ms: i64) -> Result<HotlineCard> {
    let card = HotlineCard::from_text(card_text).map_err(|_| Error::InvalidInput {
        field: "card",
        reason: "not_a_valid_card",
    })?;
    if let Some(current) = paired(tx)? {
        let waiting: i64 = tx.query_row(
            "SELECT count(*) FROM outbox WHERE envelope IS NOT NULL AND failed_permanently = 0",
            [],
            |r| r.get(0),
        )?;
        if current.signing_key != card.signing_key && waiting > 0 {
            return Err(Error::InvalidInput {
                field: "card",
                reason: "other_hotline_pending",
            });
        }
        if current.signing_key == card.signing_key && card.issued_at < current.issued_at {
            return Err(Error::InvalidInput {
                field: "card",
                reason: "older_card",
            });
        }
    }
    tx.execute(
        "INSERT INTO hotline (id, card, paired_at) VALUES (1, ?1, ?2)
         ON CONFLICT (id) DO UPDATE SET card = ?1, paired_at = ?2",
        params![card_text.trim(), now_ms],
    )?;
    Ok(card)
}

/// The paired hotline's card, if any. The stored card was verified when it was imported and is
/// verified again here, so a tampered database row cannot redirect reports.
pub fn paired(conn: &Connection) -> Result<Option<HotlineCard>> {
    let text: Option<String> = conn
        .query_row("SELECT card FROM hotline WHERE id = 1", [], |r| r.get(0))
        .optional()?;
    text.map(|t| {
        HotlineCard::from_text(&t).map_err(|_| Error::Corrupt {
            file: "database",
            reason: "hotline card",
        })
    })
    .transpose()
}

/// Seals every queued record that has no envelope yet to the paired hotline. Returns how many.
pub fn seal_pending(tx: &Transaction<'_>, card: &HotlineCard) -> Result<usize> {
    let ids: Vec<Vec<u8>> = {
        let mut stmt = tx.prepare_cached("SELECT record_id FROM outbox WHERE envelope IS NULL")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for raw in &ids {
        let id = RecordId::from_slice(raw).map_err(|_| Error::Corrupt {
            file: "database",
            reason: "record id",
        })?;
        let Some(body) = reports::get(tx, id)?.body else {
            continue;
        };
        let sealed = envelope::seal(id, &records::encode_body(&body), &card.age_recipient)
            .map_err(|_| Error::Crypto("seal envelope"))?;
        tx.execute(
            "UPDATE outbox SET envelope = ?2 WHERE record_id = ?1",
            params![raw, sealed.to_bytes()],
        )?;
    }
    Ok(ids.len())
}

/// The shell's view of connectivity; the core decides what to send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Connectivity {
    Offline,
    Unmetered,
    /// Mobile data: the daily budget applies.
    Metered,
}

/// Progress of a sync, for the shell's listener.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncReport {
    /// Envelopes put on the wire (re-sends count again).
    pub sent: u32,
    /// Records acknowledged by the hotline during this sync.
    pub acknowledged: u32,
    /// Records still waiting.
    pub pending: u32,
    /// Records the hotline refused for good (they need a person's attention).
    pub failed: u32,
    pub requests: u32,
    pub bytes_up: u64,
    pub bytes_down: u64,
    /// Network failures the engine retried through.
    pub retries: u32,
    pub budget_exhausted: bool,
    pub cancelled: bool,
    /// The recruiter directory version held after this sync (0: none).
    pub directory_version: u64,
    pub directory_updated: bool,
    /// Why a directory bundle was refused (`bad_signature`, `older_version`, ...): the directory
    /// the phone had stays as it was.
    pub directory_refused: Option<&'static str>,
    /// Contract snapshots whose signed time arrived in this sync.
    pub contracts_timestamped: u32,
}

pub trait SyncListener: Send + Sync {
    fn progress(&self, report: &SyncReport);
}

/// Cancels a running sync at its next step.
#[derive(Debug, Clone, Default)]
pub struct CancelHandle(Arc<AtomicBool>);

impl CancelHandle {
    pub fn new() -> Self {
        CancelHandle::default()
    }

    pub fn cancel(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

#[derive(Debug, Clone, Copy)]
pub struct SyncConfig {
    /// First wait after a network failure; doubles (with jitter) up to `max_retry_wait`.
    pub first_retry_wait: Duration,
    pub max_retry_wait: Duration,
    /// How long one sync keeps retrying a dead link before leaving the rest for the next one.
    pub give_up_after: Duration,
    pub request_timeout: Duration,
}

impl Default for SyncConfig {
    fn default() -> Self {
        SyncConfig {
            first_retry_wait: Duration::from_secs(1),
            max_retry_wait: Duration::from_secs(30),
            give_up_after: Duration::from_secs(15 * 60),
            request_timeout: Duration::from_secs(60),
        }
    }
}

/// What the transport returns for one batch request.
pub struct BatchResponse {
    pub status: u16,
    pub body: Vec<u8>,
    /// `x-mitra-max-envelopes` from the hotline (capability discovery folded into each response).
    pub max_envelopes: Option<usize>,
    /// `x-mitra-directory-version`: the directory version the hotline publishes now.
    pub directory_version: Option<u64>,
}

/// `GET /v1/directory`: a chunk of the bundle for a phone at `since`, or of the bundle being
/// resumed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DirectoryRequest {
    pub since: u64,
    /// (version, base) of the bundle being resumed.
    pub resume: Option<(u64, u64)>,
    pub offset: u64,
    pub max: u64,
}

pub struct DirectoryChunk {
    pub status: u16,
    pub body: Vec<u8>,
    /// (version, base) of the bundle this chunk belongs to.
    pub bundle: Option<(u64, u64)>,
    /// The bundle's whole length.
    pub length: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransportError {
    #[error("network: {0}")]
    Network(&'static str),
    #[error("refused: only https, or http to this device")]
    InsecureEndpoint,
}

pub trait Transport: Send + Sync {
    fn post_batch(
        &self,
        endpoint: &str,
        body: Vec<u8>,
        timeout: Duration,
    ) -> Result<BatchResponse, TransportError>;

    /// `POST /v1/timestamp`: a contract manifest in; (status, signature file) out.
    fn post_timestamp(
        &self,
        _endpoint: &str,
        _manifest: Vec<u8>,
        _timeout: Duration,
    ) -> Result<(u16, Vec<u8>), TransportError> {
        Ok((404, Vec::new()))
    }

    /// One chunk of the directory bundle a phone at `request.since` needs.
    fn get_directory(
        &self,
        _endpoint: &str,
        _request: &DirectoryRequest,
        _timeout: Duration,
    ) -> Result<DirectoryChunk, TransportError> {
        Ok(DirectoryChunk {
            status: 404,
            body: Vec::new(),
            bundle: None,
            length: None,
        })
    }
}

struct Pending {
    id: RecordId,
    envelope: Vec<u8>,
    digest: [u8; 32],
}

fn due_envelopes(
    conn: &Connection,
    now_ms: i64,
    max: usize,
    max_bytes: usize,
) -> Result<Vec<Pending>> {
    let mut stmt = conn.prepare_cached(
        "SELECT record_id, envelope FROM outbox
         WHERE envelope IS NOT NULL AND failed_permanently = 0 AND next_attempt_at <= ?1
         ORDER BY queued_at, record_id",
    )?;
    let rows = stmt.query_map([now_ms], |r| {
        Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, Vec<u8>>(1)?))
    })?;
    let mut out = Vec::new();
    let mut bytes = 0usize;
    for row in rows {
        let (id, env) = row?;
        if out.len() >= max || (bytes + env.len() > max_bytes && !out.is_empty()) {
            break;
        }
        bytes += env.len() + 4;
        let id = RecordId::from_slice(&id).map_err(|_| Error::Corrupt {
            file: "database",
            reason: "record id",
        })?;
        let digest = Sha256::digest(&env).into();
        out.push(Pending {
            id,
            envelope: env,
            digest,
        });
    }
    Ok(out)
}

fn counts(conn: &Connection) -> Result<(u32, u32)> {
    conn.query_row(
        "SELECT count(*) FILTER (WHERE failed_permanently = 0), count(*) FILTER (WHERE failed_permanently = 1) FROM outbox",
        [],
        |r| Ok((r.get::<_, i64>(0)? as u32, r.get::<_, i64>(1)? as u32)),
    )
    .map_err(Into::into)
}

fn mark_permanent(tx: &Transaction<'_>, id: RecordId, code: &str) -> Result<()> {
    tx.execute(
        "UPDATE outbox SET failed_permanently = 1, last_error = ?2, attempts = attempts + 1 WHERE record_id = ?1",
        params![&id.as_bytes()[..], code],
    )?;
    Ok(())
}

/// Drains the outbox: seals what is not sealed, sends due envelopes in batches, verifies and
/// stores receipts, retries through network failures with exponential backoff and jitter, and
/// stops when nothing is due, on cancel, when the data budget is spent, or after
/// `config.give_up_after` of a dead link. Needs the vault unlocked.
pub fn sync(
    vault: &Vault,
    transport: &dyn Transport,
    connectivity: Connectivity,
    listener: Option<&dyn SyncListener>,
    cancel: &CancelHandle,
    config: SyncConfig,
) -> Result<SyncReport> {
    let mut report = SyncReport::default();
    if connectivity == Connectivity::Offline {
        let (pending, failed) = vault.read(counts)?;
        report.pending = pending;
        report.failed = failed;
        return Ok(report);
    }
    let card = vault.read(paired)?.ok_or(Error::InvalidInput {
        field: "hotline",
        reason: "not_paired",
    })?;
    let hotline_key = card.verifying_key().map_err(|_| Error::Corrupt {
        file: "database",
        reason: "hotline card",
    })?;
    vault.write(|tx| seal_pending(tx, &card))?;

    // Start small and grow: on a link that drops every few seconds a large batch never finishes.
    let mut server_cap = batch::MAX_ENVELOPES;
    let mut max_envelopes = 8usize;
    let mut wait = config.first_retry_wait;
    let mut dead_since: Option<Instant> = None;
    let mut endpoint_index = 0usize;
    let mut published_directory: Option<u64> = None;
    let mut link_dead = false;
    let notify = |r: &SyncReport| {
        if let Some(l) = listener {
            l.progress(r);
        }
    };

    loop {
        if cancel.is_cancelled() {
            report.cancelled = true;
            break;
        }
        let now = crate::vault::now_ms();
        let budget_left = if connectivity == Connectivity::Metered {
            vault.read(|c| settings::data_budget_left(c, now))?
        } else {
            u64::MAX
        };
        let max_bytes = (batch::MAX_BATCH_BYTES as u64).min(budget_left.saturating_sub(6)) as usize;
        let due = vault.read(|c| due_envelopes(c, now, max_envelopes, max_bytes))?;
        if due.is_empty() {
            report.budget_exhausted = budget_left < batch::MAX_BATCH_BYTES as u64
                && vault.read(|c| due_envelopes(c, now, 1, usize::MAX))?.len() == 1;
            break;
        }
        let body =
            batch::encode_request(&due.iter().map(|p| p.envelope.clone()).collect::<Vec<_>>());
        let body_len = body.len() as u64;
        if body_len > budget_left {
            report.budget_exhausted = true;
            break;
        }
        let endpoint = &card.endpoints[endpoint_index % card.endpoints.len()];
        report.requests += 1;
        report.sent += due.len() as u32;
        report.bytes_up += body_len;
        let result = transport.post_batch(endpoint, body, config.request_timeout);
        if connectivity == Connectivity::Metered {
            vault.write(|tx| settings::spend_data_budget(tx, body_len, now))?;
        }
        let response = match result {
            Ok(r) if r.status == 200 => r,
            Ok(r) if r.status == 429 || r.status >= 500 => {
                report.bytes_down += r.body.len() as u64;
                retry_wait(&mut report, &mut wait, &mut dead_since, config, cancel);
                if dead_for_too_long(dead_since, config) {
                    give_up(vault, &due, "http-busy")?;
                    link_dead = true;
                    break;
                }
                continue;
            }
            Ok(r) => {
                // 4xx for a well-formed batch means a hotline that does not speak this protocol.
                report.bytes_down += r.body.len() as u64;
                let code = if r.status == 413 {
                    "too-large"
                } else {
                    "http-refused"
                };
                vault.write(|tx| due.iter().try_for_each(|p| mark_permanent(tx, p.id, code)))?;
                continue;
            }
            Err(TransportError::InsecureEndpoint) => {
                return Err(Error::InvalidInput {
                    field: "hotline",
                    reason: "insecure_endpoint",
                });
            }
            Err(TransportError::Network(_)) => {
                endpoint_index += 1;
                max_envelopes = (max_envelopes / 2).max(1);
                retry_wait(&mut report, &mut wait, &mut dead_since, config, cancel);
                notify(&report);
                if dead_for_too_long(dead_since, config) {
                    give_up(vault, &due, "network")?;
                    link_dead = true;
                    break;
                }
                continue;
            }
        };
        dead_since = None;
        wait = config.first_retry_wait;
        report.bytes_down += response.body.len() as u64;
        if let Some(m) = response.max_envelopes {
            server_cap = m.clamp(1, batch::MAX_ENVELOPES);
        }
        if response.directory_version.is_some() {
            published_directory = response.directory_version;
        }
        max_envelopes = (max_envelopes * 2).min(server_cap);
        let answers = match batch::parse_response(&response.body) {
            Ok(a) => a,
            Err(_) => {
                // A garbled answer (a meddling relay?) acknowledges nothing: send again later.
                retry_wait(&mut report, &mut wait, &mut dead_since, config, cancel);
                continue;
            }
        };
        let acked = vault.write(|tx| apply_answers(tx, &due, &answers, &hotline_key, now))?;
        report.acknowledged += acked;
        let (pending, failed) = vault.read(counts)?;
        report.pending = pending;
        report.failed = failed;
        notify(&report);
    }
    if !report.cancelled && !link_dead {
        let endpoint = &card.endpoints[endpoint_index % card.endpoints.len()];
        timestamp::request(
            vault,
            transport,
            endpoint,
            &hotline_key,
            connectivity,
            config,
            cancel,
            &mut report,
        )?;
    }
    if !report.cancelled && !link_dead {
        let endpoint = &card.endpoints[endpoint_index % card.endpoints.len()];
        directory::pull(
            vault,
            transport,
            endpoint,
            &hotline_key,
            connectivity,
            published_directory,
            config,
            cancel,
            &mut report,
        )?;
    }
    report.directory_version =
        vault.read(|c| recruiters::directory::version_for(c, &hotline_key))?;
    let days = vault.read(settings::purge_after_days)?;
    if days > 0 {
        vault.write(|tx| reports::purge_acknowledged(tx, days, crate::vault::now_ms()))?;
    }
    let (pending, failed) = vault.read(counts)?;
    report.pending = pending;
    report.failed = failed;
    notify(&report);
    Ok(report)
}

fn apply_answers(
    tx: &Transaction<'_>,
    due: &[Pending],
    answers: &[Answer],
    hotline_key: &mitra_protocol::ed25519_dalek::VerifyingKey,
    now_ms: i64,
) -> Result<u32> {
    let mut acked = 0;
    for p in due {
        match answers.iter().find(|a| a.id() == p.id) {
            Some(Answer::Accepted(r)) if r.digest == p.digest && r.verify(hotline_key).is_ok() => {
                let receipt = Receipt {
                    digest: r.digest.to_vec(),
                    received_at_ms: r.received_at_ms,
                    signature: Some(r.signature.to_vec()),
                };
                if matches!(reports::get(tx, p.id)?.status, reports::Status::Queued) {
                    outbox::mark_sent(tx, p.id, now_ms)?;
                }
                outbox::acknowledge(tx, p.id, &receipt, now_ms)?;
                acked += 1;
            }
            Some(Answer::Accepted(_)) => {
                // A receipt that does not verify is not a receipt: keep the record, say why.
                outbox::attempt_failed(
                    tx,
                    p.id,
                    "bad-receipt",
                    now_ms,
                    rand::thread_rng().r#gen(),
                )?;
            }
            Some(Answer::Rejected { reason, .. }) if reason.retryable() => {
                outbox::attempt_failed(
                    tx,
                    p.id,
                    reason.code(),
                    now_ms,
                    rand::thread_rng().r#gen(),
                )?;
            }
            Some(Answer::Rejected { reason, .. }) => mark_permanent(tx, p.id, reason.code())?,
            None => {
                outbox::attempt_failed(tx, p.id, "no-answer", now_ms, rand::thread_rng().r#gen())?
            }
        }
    }
    Ok(acked)
}

fn retry_wait(
    report: &mut SyncReport,
    wait: &mut Duration,
    dead_since: &mut Option<Instant>,
    config: SyncConfig,
    cancel: &CancelHandle,
) {
    report.retries += 1;
    dead_since.get_or_insert_with(Instant::now);
    // Full jitter between half and the whole wait, so phones back online together spread out.
    let jittered = wait.mul_f64(0.5 + 0.5 * rand::thread_rng().r#gen::<f64>());
    let deadline = Instant::now() + jittered;
    while Instant::now() < deadline && !cancel.is_cancelled() {
        std::thread::sleep(
            Duration::from_millis(50).min(deadline.saturating_duration_since(Instant::now())),
        );
    }
    *wait = (*wait * 2).min(config.max_retry_wait);
}

fn dead_for_too_long(dead_since: Option<Instant>, config: SyncConfig) -> bool {
    dead_since.is_some_and(|t| t.elapsed() >= config.give_up_after)
}

fn give_up(vault: &Vault, due: &[Pending], code: &str) -> Result<()> {
    let now = crate::vault::now_ms();
    vault.write(|tx| {
        due.iter().try_for_each(|p| {
            outbox::attempt_failed(tx, p.id, code, now, rand::thread_rng().r#gen())
        })
    })
}
