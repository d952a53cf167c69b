//! Pulling the recruiter directory in chunks, so that a download over a link that drops every few
//! seconds makes progress and resumes where it stopped — in this sync, or in the next one after
//! the app was killed. Chunks start small and grow while the link holds (like batches); every
//! chunk is kept in the vault as it arrives. The assembled bundle is checked like any other
//! (signature, then version, then contents) and applied in one transaction.

use std::time::Instant;

use mitra_protocol::directory::MAX_PAYLOAD_BYTES;
use mitra_protocol::ed25519_dalek::VerifyingKey;

use super::{
    CancelHandle, Connectivity, DirectoryRequest, SyncConfig, SyncReport, Transport,
    TransportError, dead_for_too_long, retry_wait,
};
use crate::error::{Error, Result};
use crate::recruiters::directory::{self as store, Download};
use crate::settings;
use crate::vault::Vault;

const FIRST_CHUNK: u64 = 16 * 1024;
const MIN_CHUNK: u64 = 4 * 1024;
const MAX_CHUNK: u64 = 256 * 1024;
const MAX_WIRE: u64 = MAX_PAYLOAD_BYTES as u64 + 8192;
/// A hotline answering nonsense again and again is not worth more requests in this sync.
const MAX_RESTARTS: u32 = 3;

/// Brings the directory up to date. Skipped when the batch answers already said the phone holds
/// the published version (no extra round trip). On a metered link, stops when the day's budget
/// is spent and keeps what arrived for later. A refused bundle leaves the directory as it was.
#[allow(clippy::too_many_arguments)]
pub(super) fn pull(
    vault: &Vault,
    transport: &dyn Transport,
    endpoint: &str,
    key: &VerifyingKey,
    connectivity: Connectivity,
    published: Option<u64>,
    config: SyncConfig,
    cancel: &CancelHandle,
    report: &mut SyncReport,
) -> Result<()> {
    let held = vault.read(|c| store::version_for(c, key))?;
    if published.is_some_and(|p| p <= held) {
        return Ok(());
    }
    let mut download = vault.read(|c| store::download(c, key))?;
    // A download of a bundle that is no newer, or a delta from another base, is useless now.
    if download.is_some_and(|d| d.version <= held || (d.base != 0 && d.base != held)) {
        vault.write(store::clear_download)?;
        download = None;
    }
    let mut chunk = FIRST_CHUNK;
    let mut wait = config.first_retry_wait;
    let mut dead_since: Option<Instant> = None;
    let mut restarts = 0;
    loop {
        if cancel.is_cancelled() {
            report.cancelled = true;
            return Ok(());
        }
        if let Some(d) = download.filter(|d| d.received == d.length) {
            return finish(vault, key, d, report);
        }
        let now = crate::vault::now_ms();
        let budget_left = if connectivity == Connectivity::Metered {
            vault.read(|c| settings::data_budget_left(c, now))?
        } else {
            u64::MAX
        };
        if budget_left < MIN_CHUNK {
            report.budget_exhausted = true;
            return Ok(());
        }
        let request = DirectoryRequest {
            since: held,
            resume: download.map(|d| (d.version, d.base)),
            offset: download.map_or(0, |d| d.received),
            max: chunk.min(budget_left),
        };
        report.requests += 1;
        let answer = match transport.get_directory(endpoint, &request, config.request_timeout) {
            Ok(a) => a,
            Err(TransportError::Network(_)) => {
                chunk = (chunk / 2).max(MIN_CHUNK);
                retry_wait(report, &mut wait, &mut dead_since, config, cancel);
                if dead_for_too_long(dead_since, config) {
                    return Ok(()); // what arrived is kept for the next sync
                }
                continue;
            }
            Err(TransportError::InsecureEndpoint) => {
                return Err(Error::InvalidInput {
                    field: "hotline",
                    reason: "insecure_endpoint",
                });
            }
        };
        let bytes = answer.body.len() as u64;
        report.bytes_down += bytes;
        if connectivity == Connectivity::Metered {
            vault.write(|tx| settings::spend_data_budget(tx, bytes, now))?;
        }
        match answer.status {
            200 => {}
            // Nothing newer is published.
            204 | 404 => {
                vault.write(store::clear_download)?;
                return Ok(());
            }
            // The bundle being resumed was replaced by a newer one: start that one.
            410 | 416 if restarts < MAX_RESTARTS => {
                restarts += 1;
                vault.write(store::clear_download)?;
                download = None;
                continue;
            }
            429 | 500.. => {
                retry_wait(report, &mut wait, &mut dead_since, config, cancel);
                if dead_for_too_long(dead_since, config) {
                    return Ok(());
                }
                continue;
            }
            _ => return Ok(()),
        }
        dead_since = None;
        wait = config.first_retry_wait;
        let (Some((version, base)), Some(length)) = (answer.bundle, answer.length) else {
            return Ok(()); // a hotline that does not speak this protocol
        };
        let fits = length <= MAX_WIRE
            && !answer.body.is_empty()
            && request.offset + bytes <= length
            && version > held
            && (base == 0 || base == held);
        let same =
            download.is_none_or(|d| (d.version, d.base, d.length) == (version, base, length));
        if !fits || !same {
            vault.write(store::clear_download)?;
            if restarts >= MAX_RESTARTS {
                return Ok(());
            }
            restarts += 1;
            download = None;
            continue;
        }
        let offset = request.offset;
        vault.write(|tx| {
            if offset == 0 {
                store::start_download(tx, key, version, base, length)?;
            }
            store::add_chunk(tx, offset, &answer.body)
        })?;
        download = Some(Download {
            version,
            base,
            length,
            received: offset + bytes,
        });
        chunk = (chunk * 2).min(MAX_CHUNK);
    }
}

fn finish(vault: &Vault, key: &VerifyingKey, d: Download, report: &mut SyncReport) -> Result<()> {
    let now = crate::vault::now_ms();
    match vault.write(|tx| store::finish_download(tx, key, now)) {
        Ok(_) => {
            report.directory_updated = true;
            Ok(())
        }
        Err(Error::InvalidInput {
            field: "directory",
            reason,
        }) => {
            tracing::warn!(reason, version = d.version, "refused a directory bundle");
            report.directory_refused = Some(reason);
            vault.write(store::clear_download)
        }
        Err(e) => Err(e),
    }
}
