//! Contract timestamps: each snapshot's manifest (file names and hashes, nothing of the contract)
//! goes to the paired hotline, whose minisign signature with the time comes back and is kept once
//! it verifies under the paired key. A snapshot without its time is asked for again next sync.

use std::time::Instant;

use mitra_protocol::ed25519_dalek::VerifyingKey;

use super::{
    CancelHandle, Connectivity, SyncConfig, SyncReport, Transport, TransportError,
    dead_for_too_long, retry_wait,
};
use crate::contracts;
use crate::error::{Error, Result};
use crate::settings;
use crate::vault::Vault;

/// A signature file is a few hundred bytes.
pub(crate) const MAX_ANSWER_BYTES: usize = 4096;

#[allow(clippy::too_many_arguments)]
pub(super) fn request(
    vault: &Vault,
    transport: &dyn Transport,
    endpoint: &str,
    key: &VerifyingKey,
    connectivity: Connectivity,
    config: SyncConfig,
    cancel: &CancelHandle,
    report: &mut SyncReport,
) -> Result<()> {
    let waiting = vault.read(contracts::awaiting_timestamp)?;
    let mut wait = config.first_retry_wait;
    let mut dead_since: Option<Instant> = None;
    let mut next = waiting.into_iter().peekable();
    while let Some((id, manifest)) = next.peek() {
        if cancel.is_cancelled() {
            report.cancelled = true;
            break;
        }
        let now = crate::vault::now_ms();
        let up = manifest.len() as u64;
        if connectivity == Connectivity::Metered
            && vault.read(|c| settings::data_budget_left(c, now))? < up + MAX_ANSWER_BYTES as u64
        {
            report.budget_exhausted = true;
            break;
        }
        report.requests += 1;
        report.bytes_up += up;
        let answer = transport.post_timestamp(endpoint, manifest.clone(), config.request_timeout);
        let down = answer.as_ref().map_or(0, |(_, body)| body.len() as u64);
        report.bytes_down += down;
        if connectivity == Connectivity::Metered {
            vault.write(|tx| settings::spend_data_budget(tx, up + down, now))?;
        }
        match answer {
            Ok((200, body)) => {
                dead_since = None;
                wait = config.first_retry_wait;
                let signature = String::from_utf8_lossy(&body);
                match vault.write(|tx| contracts::set_timestamp(tx, *id, &signature, key)) {
                    Ok(_) => report.contracts_timestamped += 1,
                    // A signature that does not verify is not kept; the next sync asks again.
                    Err(Error::InvalidInput { .. } | Error::NotFound) => {
                        tracing::warn!(target: "mitra_core", "a contract timestamp did not verify");
                    }
                    Err(e) => return Err(e),
                }
                next.next();
            }
            // Busy: wait and ask again, like batches.
            Ok((status, _)) if status == 429 || status >= 500 => {
                retry_wait(report, &mut wait, &mut dead_since, config, cancel);
                if dead_for_too_long(dead_since, config) {
                    break;
                }
            }
            // A hotline without timestamps (404), or one refusing the manifest: next sync.
            Ok(_) => break,
            Err(TransportError::InsecureEndpoint) => {
                return Err(Error::InvalidInput {
                    field: "hotline",
                    reason: "insecure_endpoint",
                });
            }
            Err(TransportError::Network(_)) => {
                retry_wait(report, &mut wait, &mut dead_since, config, cancel);
                if dead_for_too_long(dead_since, config) {
                    break;
                }
            }
        }
    }
    Ok(())
}
