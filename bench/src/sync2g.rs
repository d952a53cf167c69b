//! Delivery over 2G: queued help requests drained by one `mitra_core::sync::sync` call through
//! the emulated EDGE link (`Profile::two_g()`: 300 ms one way, 20/40 kbit/s, a reset every 10 s
//! on average) to an embedded hotline, compared with what the link itself allows.
//!
//! Also the phone-side helpers the kill matrix shares: a fast-KDF vault, realistic multilingual
//! help requests, and the exactly-once check of a phone's outbox against its receipts.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use mitra_core::outbox;
use mitra_core::protocol::RecordId;
use mitra_core::protocol::batch::Receipt;
use mitra_core::protocol::ed25519_dalek::VerifyingKey;
use mitra_core::protocol::records::{Contact, ContactMethod, HelpRequest, Need};
use mitra_core::reports::{self, Status};
use mitra_core::sync::{self, CancelHandle, Connectivity, SyncConfig, http::HttpTransport};
use mitra_core::vault::{
    DelayPolicy, FileKeyWrapper, KdfParams, SetupOptions, Vault, VaultConfig, now_ms,
};
use mitra_hotline::link::{BadLink, Profile};

use crate::report::{self, Ctx, Report};

pub const PIN: &str = "2468";

const NOTES: [&str; 5] = [
    "मालिकले मेरो राहदानी लियो",
    "ကျွန်တော့်ရဲ့ ပတ်စပို့ကို အလုပ်ရှင်က သိမ်းထားတယ်",
    "أخذ صاحب العمل جواز سفري",
    "Majikan menahan paspor saya",
    "They locked us in the dormitory",
];

/// The `i`-th help request of a realistic mix (the same as hotline/tests/sync.rs queues):
/// Nepali, Burmese, Arabic, Indonesian and English notes, a few people, sometimes minors.
pub fn help_request(i: usize) -> HelpRequest {
    HelpRequest {
        needs: vec![Need::LeaveNow, Need::DocumentsTaken],
        people: 1 + (i % 3) as u16,
        minors: i % 7 == 0,
        country: Some("MY".into()),
        area: Some(format!("Johor Bahru, block {i}")),
        position: None,
        contact: Contact {
            method: ContactMethod::Sms,
            number: Some("+60 12 345 6789".into()),
        },
        contact_window: Some("after 9 pm".into()),
        language: "ne".into(),
        note: Some(format!("{} ({i})", NOTES[i % NOTES.len()])),
    }
}

/// Saves and queues one help request (one transaction, as the app's one-minute path does).
pub fn save_one(vault: &Vault, i: usize) -> Result<RecordId, String> {
    vault
        .write(|tx| reports::save_help_request(tx, help_request(i), now_ms()))
        .map_err(|e| format!("saving help request {i}: {e}"))
}

/// A phone vault with a fast KDF (the KDF is measured elsewhere), set up or unlocked.
pub fn phone(dir: &Path) -> Result<Vault, String> {
    let config = VaultConfig {
        kdf: KdfParams {
            memory_kib: 64,
            iterations: 1,
            lanes: 1,
        },
        delay: DelayPolicy {
            free_attempts: u32::MAX,
            base_delay_ms: 0,
            max_delay_ms: 0,
        },
    };
    let vault = Vault::open(
        dir.join("phone"),
        Arc::new(FileKeyWrapper::new(dir.join("phone.key"))),
        config,
    )
    .map_err(|e| format!("opening the phone vault: {e}"))?;
    if vault.is_initialized() {
        vault
            .unlock(PIN)
            .map_err(|e| format!("unlocking the phone vault: {e}"))?;
    } else {
        vault
            .setup(&SetupOptions::new(PIN))
            .map_err(|e| format!("setting the phone vault up: {e}"))?;
    }
    Ok(vault)
}

/// The retry timing the sync tests use: quick first retry, patient overall.
pub fn sync_config() -> SyncConfig {
    SyncConfig {
        first_retry_wait: Duration::from_millis(300),
        max_retry_wait: Duration::from_secs(5),
        give_up_after: Duration::from_secs(600),
        request_timeout: Duration::from_secs(60),
    }
}

/// A hotline's key folder (the identity moved out, as on a real server) and its card.
pub struct HotlineKeys {
    pub keys: PathBuf,
    pub identity: PathBuf,
    pub recipient: String,
    pub verifying: VerifyingKey,
}

impl HotlineKeys {
    pub fn generate(dir: &Path) -> Result<Self, String> {
        let keys = dir.join("hotline-keys");
        let generated = mitra_hotline::keys::generate(&keys).map_err(|e| e.to_string())?;
        let identity = dir.join("operator-identity.txt");
        std::fs::rename(keys.join(mitra_hotline::keys::IDENTITY), &identity)
            .map_err(|e| format!("moving the identity: {e}"))?;
        let verifying = mitra_hotline::keys::load_signing(&keys)
            .map_err(|e| e.to_string())?
            .verifying_key();
        Ok(HotlineKeys {
            keys,
            identity,
            recipient: generated.recipient,
            verifying,
        })
    }

    /// Signs a card naming `endpoint`; returns its text.
    pub fn card(&self, endpoint: String) -> Result<String, String> {
        mitra_hotline::make_card(
            &self.keys,
            "Pravasi Helpline".into(),
            vec![endpoint],
            Some("+977 1 4000 000".into()),
            vec!["ne".into(), "en".into()],
        )
    }
}

/// Whether a record is acknowledged on the phone with a receipt that verifies against the
/// hotline's key; `Err` says why not.
pub fn acknowledged(vault: &Vault, id: RecordId, key: &VerifyingKey) -> Result<[u8; 32], String> {
    let record = vault
        .read(|c| reports::get(c, id))
        .map_err(|e| format!("{id}: {e}"))?;
    if record.status != Status::Acknowledged {
        return Err(format!(
            "{id} is {}, not acknowledged",
            record.status.code()
        ));
    }
    let r = vault
        .read(|c| outbox::receipt(c, id))
        .map_err(|e| format!("{id}: {e}"))?
        .ok_or_else(|| format!("{id} has no receipt"))?;
    let bad = |what: &str| format!("{id}: receipt {what}");
    let receipt = Receipt {
        id,
        digest: r.digest.try_into().map_err(|_| bad("digest length"))?,
        received_at_ms: r.received_at_ms,
        signature: r
            .signature
            .ok_or_else(|| bad("unsigned"))?
            .try_into()
            .map_err(|_| bad("signature length"))?,
    };
    receipt.verify(key).map_err(|_| bad("does not verify"))?;
    Ok(receipt.digest)
}

/// One stored envelope: its record id and digest.
pub type Row = (RecordId, [u8; 32]);

/// What an SQLite inbox holds: (id, digest) per stored row, and how many rows decrypt.
pub fn inbox_contents(data: &Path, identity: &Path) -> Result<(Vec<Row>, usize), String> {
    let store = mitra_hotline::store::Store::open_sqlite(data).map_err(|e| e.to_string())?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let rows = runtime
        .block_on(store.list(0))
        .map_err(|e| format!("listing the inbox: {e}"))?;
    let decrypted = mitra_hotline::export_sqlite(data, identity)?.len();
    Ok((rows.iter().map(|r| (r.id, r.digest)).collect(), decrypted))
}

pub fn measure(ctx: &Ctx, report: &mut Report) -> Result<(), String> {
    let n = if ctx.quick { 30 } else { 100 };
    let dir = ctx.tmp.join("sync2g");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let keys = HotlineKeys::generate(&dir)?;
    let data = dir.join("inbox");
    let inbox = mitra_hotline::Embedded::start(&keys.keys, &data)?;
    let profile = Profile::two_g();
    let link = BadLink::start(inbox.addr, profile, ctx.seed).map_err(|e| e.to_string())?;
    let card = keys.card(link.url())?;
    let vault = phone(&dir)?;
    vault
        .write(|tx| sync::pair(tx, &card, now_ms()))
        .map_err(|e| format!("pairing: {e}"))?;
    let ids: Vec<RecordId> = (0..n)
        .map(|i| save_one(&vault, i))
        .collect::<Result<_, _>>()?;
    let transport = HttpTransport::new().map_err(|e| e.to_string())?;

    report::reset_peak_rss();
    let started = Instant::now();
    let r = sync::sync(
        &vault,
        &transport,
        Connectivity::Unmetered,
        None,
        &CancelHandle::new(),
        sync_config(),
    )
    .map_err(|e| format!("sync: {e}"))?;
    let seconds = started.elapsed().as_secs_f64();
    let peak = report::peak_rss_mb();

    // Numbers only for a delivery that kept its promise.
    if (r.acknowledged, r.pending, r.failed) != (n as u32, 0, 0) {
        return Err(format!("not every record was acknowledged: {r:?}"));
    }
    for id in &ids {
        acknowledged(&vault, *id, &keys.verifying)?;
    }
    let left = vault.read(outbox::list).map_err(|e| e.to_string())?.len();
    if left != 0 {
        return Err(format!("{left} records still in the outbox"));
    }
    let up = link.stats.bytes_up.load(Ordering::SeqCst);
    let down = link.stats.bytes_down.load(Ordering::SeqCst);
    let connections = link.stats.connections.load(Ordering::SeqCst);
    let resets = link.stats.resets.load(Ordering::SeqCst);
    drop(link);
    drop(inbox);
    let (stored, decrypted) = inbox_contents(&data, &keys.identity)?;
    let stored_ids: HashSet<RecordId> = stored.iter().map(|(id, _)| *id).collect();
    let sent: HashSet<RecordId> = ids.iter().copied().collect();
    if stored.len() != n || stored_ids != sent || decrypted != n {
        return Err(format!(
            "the hotline holds {} rows ({} distinct, {decrypted} decrypt) for {n} records sent",
            stored.len(),
            stored_ids.len()
        ));
    }

    // The link's own floor, as in hotline/tests/sync.rs (which counts the up direction only):
    // every byte that crossed it at the profile's rate, each way, plus one round trip per
    // request.
    let rtt = 2.0 * profile.latency.as_secs_f64();
    let limit = up as f64 * 8.0 / profile.up_bps as f64
        + down as f64 * 8.0 / profile.down_bps as f64
        + f64::from(r.requests) * rtt;
    report.set("sync_2g_seconds", report::round(seconds, 1));
    report.set("sync_2g_limit_seconds", report::round(limit, 1));
    report.set("sync_2g_round_trips", r.requests);
    if let Some(p) = peak {
        report.set("peak_rss_mb", report::round(p, 1));
    } else {
        report.note(
            "peak_rss_mb",
            "not measured: /proc/self/status has no VmHWM",
        );
    }
    report.note(
        "sync_2g_seconds",
        format!(
            "{n} help requests (Nepali, Burmese, Arabic, Indonesian, English notes) queued, then \
             one sync through Profile::two_g() (300 ms one way, 20 kbit/s up, 40 kbit/s down, a \
             reset every 10 s on average) to an embedded SQLite hotline; all {n} acknowledged \
             with receipts that verify, the hotline holds each once. {} requests, {} retries, {} \
             connections, {resets} resets survived; {up} B up / {down} B down on the link ({} B \
             of batch bodies, {} B of answers).",
            r.requests, r.retries, connections, r.bytes_up, r.bytes_down
        ),
    );
    report.note(
        "sync_2g_limit_seconds",
        format!(
            "What the link allows for the bytes that actually crossed it (the link proxy's \
             counters: HTTP headers and the part of a batch sent before a reset included): {up} B \
             × 8 / 20 kbit/s up + {down} B × 8 / 40 kbit/s down + {} requests × {rtt:.1} s round \
             trip (2 × the one-way latency). hotline/tests/sync.rs prints the up term alone. Not \
             counted: the retry waits after resets, and connection set-ups ({connections} here), \
             which the proxy accepts at once but a real 2G link charges a round trip each.",
            r.requests
        ),
    );
    report.note(
        "peak_rss_mb",
        "peak resident memory of the bench process during the 2G sync (VmHWM after a reset); \
         the embedded hotline and the link proxy run in the same process, so this is an upper \
         bound for the phone side",
    );
    Ok(())
}
