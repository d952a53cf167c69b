//! The `Mitra` object: one per data directory, shared by every screen of the app.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

use mitra_core::i18n::render;
use mitra_core::protocol::RecordId;
use mitra_core::recruiters::SearchCache;
use mitra_core::reports::{self, assessment};
use mitra_core::vault::{self, Vault, VaultConfig};
use mitra_core::{journal, outbox, settings};

use crate::error::{MitraError, Result};
use crate::key_wrapper::{Adapter, KeyWrapper};
use crate::localizer::Localizer;
use crate::records::{
    Assessment, AttachmentInfo, Concern, Connectivity, HelpRequest, HotlineInfo, OutboxEntry,
    Record, Report, SyncProgress,
};
use crate::sync::{Background, ListenerAdapter, SyncHandle, SyncListener};
use mitra_core::sync::{self as core_sync, SyncConfig, http::HttpTransport};

/// What a person chooses at set-up.
#[derive(Debug, Clone, uniffi::Record)]
pub struct SetupOptions {
    /// The PIN that opens the vault (4 to 128 characters; digits of any script count as digits).
    pub pin: String,
    /// A second PIN that opens a harmless decoy instead, for when someone forces the person to
    /// unlock. Nothing in the app shows that a decoy exists.
    #[uniffi(default = None)]
    pub duress_pin: Option<String>,
    /// Unlocking with the duress PIN also destroys the real vault, silently.
    #[uniffi(default = false)]
    pub wipe_real_on_duress: bool,
    /// Wrong PINs in a row before the real vault is destroyed; 0 means never. 3 to 1000.
    #[uniffi(default = 10)]
    pub max_failed_attempts: u32,
}

/// What can be told without a PIN. It is the same whichever PIN opened the vault.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct VaultStatus {
    pub initialized: bool,
    pub locked: bool,
    /// Wrong PINs since the last correct one.
    pub failed_attempts: u32,
    /// 0 means wrong PINs never destroy anything.
    pub max_failed_attempts: u32,
    /// Milliseconds before the next PIN may be tried; 0 means now.
    pub retry_after_ms: u64,
    /// False when the platform key is only a file (desktop): then a copied disk can be attacked
    /// offline and only the PIN's length protects it.
    pub hardware_backed: bool,
}

/// What `panic_wipe` did.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct WipeReport {
    pub duration_ms: u64,
    pub files_removed: u32,
}

/// A dated note in the person's own evidence journal.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct JournalEntry {
    pub id: i64,
    /// Milliseconds since the Unix epoch, UTC.
    pub created_at_ms: i64,
    pub text: String,
}

impl From<journal::JournalEntry> for JournalEntry {
    fn from(e: journal::JournalEntry) -> Self {
        JournalEntry {
            id: e.id,
            created_at_ms: e.created_at_ms,
            text: e.text,
        }
    }
}

/// Mitra's core for one data directory. All methods block: call them off the main thread.
#[derive(uniffi::Object)]
pub struct Mitra {
    vault: Vault,
    transport: OnceLock<Arc<HttpTransport>>,
    /// Set while a sync runs (foreground or background): one at a time.
    syncing: AtomicBool,
    background: Background,
    /// The recruiter search index, built on first search after unlock.
    search: SearchCache,
}

impl Mitra {
    /// For Rust callers (tests, tools) that need other KDF or delay settings than the phone's.
    pub fn with_config(
        data_dir: String,
        key_wrapper: Arc<dyn KeyWrapper>,
        config: VaultConfig,
    ) -> Result<Arc<Self>> {
        let vault = Vault::open(data_dir, Arc::new(Adapter(key_wrapper)), config)?;
        Ok(Arc::new(Mitra {
            vault,
            transport: OnceLock::new(),
            syncing: AtomicBool::new(false),
            background: Background::default(),
            search: SearchCache::new(),
        }))
    }
}

#[uniffi::export]
impl Mitra {
    /// Opens Mitra's data in `data_dir` (created if missing), finishing any wipe or set-up that
    /// was interrupted. The vault starts locked. `key_wrapper` is the platform key store.
    #[uniffi::constructor]
    pub fn new(data_dir: String, key_wrapper: Arc<dyn KeyWrapper>) -> Result<Arc<Self>> {
        Self::with_config(data_dir, key_wrapper, VaultConfig::default())
    }

    /// Creates the vault (and the decoy, if a duress PIN is given) and leaves it unlocked.
    pub fn setup(&self, options: SetupOptions) -> Result<()> {
        Ok(self.vault.setup(&vault::SetupOptions {
            pin: options.pin,
            duress_pin: options.duress_pin,
            wipe_real_on_duress: options.wipe_real_on_duress,
            max_failed_attempts: options.max_failed_attempts,
        })?)
    }

    /// Opens the vault this PIN belongs to. The duress PIN succeeds too, opening the decoy.
    /// Content of records acknowledged longer ago than the purge setting is removed on unlock.
    pub fn unlock(&self, pin: String) -> Result<()> {
        self.vault.unlock(&pin)?;
        let now = vault::now_ms();
        let purged = self.vault.write(|tx| {
            let days = settings::purge_after_days(tx)?;
            reports::purge_acknowledged(tx, days, now)
        })?;
        if purged > 0 {
            self.vault.checkpoint()?;
        }
        Ok(())
    }

    /// Closes the vault and forgets its key.
    pub fn lock(&self) {
        self.search.clear();
        self.vault.lock()
    }

    pub fn is_locked(&self) -> bool {
        self.vault.is_locked()
    }

    /// Set-up state, lock state and wrong-PIN count; needs no PIN.
    pub fn status(&self) -> Result<VaultStatus> {
        let s = self.vault.status()?;
        Ok(VaultStatus {
            initialized: s.initialized,
            locked: s.locked,
            failed_attempts: s.failed_attempts,
            max_failed_attempts: s.max_failed_attempts,
            retry_after_ms: s.retry_after_ms,
            hardware_backed: s.hardware_backed,
        })
    }

    /// Changes the PIN of the open vault. Needs the current PIN.
    pub fn change_pin(&self, current_pin: String, new_pin: String) -> Result<()> {
        Ok(self.vault.change_pin(&current_pin, &new_pin)?)
    }

    /// Destroys every key and file of both vaults, at once and without a PIN. Cannot be undone.
    pub fn panic_wipe(&self) -> Result<WipeReport> {
        let r = self.vault.panic_wipe()?;
        Ok(WipeReport {
            duration_ms: u64::try_from(r.duration.as_millis()).unwrap_or(u64::MAX),
            files_removed: r.files_removed,
        })
    }

    /// Adds a dated note to the open vault's journal.
    pub fn add_journal_entry(&self, text: String) -> Result<JournalEntry> {
        let now = vault::now_ms();
        Ok(self.vault.write(|tx| journal::add(tx, &text, now))?.into())
    }

    /// The open vault's journal, oldest first.
    pub fn journal_entries(&self) -> Result<Vec<JournalEntry>> {
        Ok(self
            .vault
            .read(journal::list)?
            .into_iter()
            .map(Into::into)
            .collect())
    }

    /// Deletes a journal entry for good.
    pub fn delete_journal_entry(&self, id: i64) -> Result<()> {
        self.vault.write(|tx| journal::delete(tx, id))?;
        Ok(self.vault.checkpoint()?)
    }
}

impl Mitra {
    pub(crate) fn vault(&self) -> &Vault {
        &self.vault
    }

    pub(crate) fn search_cache(&self) -> &SearchCache {
        &self.search
    }

    /// A record id: the full id, or a unique prefix of at least 6 hex digits.
    fn resolve(&self, id: &str) -> Result<RecordId> {
        Ok(self.vault.read(|c| reports::find_by_prefix(c, id))?)
    }
}

#[uniffi::export]
impl Mitra {
    /// Saves a help request and queues it for the hotline in one step. Returns its id.
    pub fn save_help_request(&self, request: HelpRequest) -> Result<String> {
        let request = request.into_wire()?;
        let now = vault::now_ms();
        Ok(self
            .vault
            .write(|tx| reports::save_help_request(tx, request, now))?
            .to_string())
    }

    /// Saves a report as a draft: editable, and it never leaves the phone until queued.
    pub fn save_report_draft(&self, report: Report) -> Result<String> {
        let now = vault::now_ms();
        Ok(self
            .vault
            .write(|tx| reports::save_report_draft(tx, report.into(), now))?
            .to_string())
    }

    /// Replaces a draft report's content.
    pub fn update_report(&self, id: String, report: Report) -> Result<()> {
        let id = self.resolve(&id)?;
        let now = vault::now_ms();
        Ok(self
            .vault
            .write(|tx| reports::update_report(tx, id, report.into(), now))?)
    }

    /// Queues a draft report for the hotline. Refused unless the person consented to that.
    pub fn queue_report(&self, id: String) -> Result<()> {
        let id = self.resolve(&id)?;
        let now = vault::now_ms();
        Ok(self.vault.write(|tx| reports::queue_report(tx, id, now))?)
    }

    /// Adds a photo (JPEG, PNG, WebP, HEIC) or a recording (AAC, MP4, Ogg, MP3, AMR, WebM) to a
    /// draft report, encrypted in the vault. At most 8 MiB each, 10 per report.
    pub fn add_attachment(
        &self,
        record_id: String,
        mime: String,
        bytes: Vec<u8>,
    ) -> Result<AttachmentInfo> {
        let id = self.resolve(&record_id)?;
        let now = vault::now_ms();
        Ok(self
            .vault
            .write(|tx| reports::add_attachment(tx, id, &mime, &bytes, now))?
            .into())
    }

    pub fn attachment_bytes(&self, record_id: String, attachment_id: i64) -> Result<Vec<u8>> {
        let id = self.resolve(&record_id)?;
        Ok(self
            .vault
            .read(|c| reports::attachment_bytes(c, id, attachment_id))?)
    }

    /// Every help request and report of the open vault, newest first.
    pub fn records(&self) -> Result<Vec<Record>> {
        Ok(self
            .vault
            .read(reports::list)?
            .into_iter()
            .map(Into::into)
            .collect())
    }

    /// One record, by its id or a unique prefix of it.
    pub fn record(&self, id: String) -> Result<Record> {
        let id = self.resolve(&id)?;
        Ok(self.vault.read(|c| reports::get(c, id))?.into())
    }

    /// Deletes a record for good: content, attachments, outbox entry and receipt.
    pub fn delete_record(&self, id: String) -> Result<()> {
        let id = self.resolve(&id)?;
        self.vault.write(|tx| reports::delete(tx, id))?;
        Ok(self.vault.checkpoint()?)
    }

    /// What is waiting to be delivered, oldest first.
    pub fn outbox(&self) -> Result<Vec<OutboxEntry>> {
        Ok(self
            .vault
            .read(outbox::list)?
            .into_iter()
            .map(Into::into)
            .collect())
    }

    /// The explainable assessment of a record, in `localizer`'s language.
    pub fn assess(&self, id: String, localizer: Arc<Localizer>) -> Result<Assessment> {
        let id = self.resolve(&id)?;
        let record = self.vault.read(|c| reports::get(c, id))?;
        let body = record.body.ok_or(MitraError::NotFound)?;
        let a = assessment::assess(&body);
        let l = localizer.core();
        Ok(Assessment {
            urgency: a.urgency.into(),
            urgency_text: render::urgency(l, a.urgency),
            concerns: a
                .concerns
                .iter()
                .zip(render::assessment(l, &a).into_iter().skip(1))
                .map(|(c, text)| Concern {
                    code: c.kind.code().to_owned(),
                    urgency: c.urgency.into(),
                    text,
                    raised_by: c.raised_by.iter().map(|r| render::reason(l, r)).collect(),
                })
                .collect(),
            disclaimer: l.format("assessment-disclaimer", &[]),
        })
    }

    /// Days after the hotline's receipt when a record's content is removed (the receipt stays);
    /// 0 keeps everything.
    pub fn set_purge_after_days(&self, days: u32) -> Result<()> {
        Ok(self
            .vault
            .write(|tx| settings::set_purge_after_days(tx, days))?)
    }

    pub fn purge_after_days(&self) -> Result<u32> {
        Ok(self.vault.read(settings::purge_after_days)?)
    }
}

impl Mitra {
    fn transport(&self) -> Result<Arc<HttpTransport>> {
        if let Some(t) = self.transport.get() {
            return Ok(t.clone());
        }
        let t = Arc::new(HttpTransport::new().map_err(|_| MitraError::Internal)?);
        Ok(self.transport.get_or_init(|| t).clone())
    }

    fn run_sync(
        &self,
        connectivity: Connectivity,
        listener: Option<Arc<dyn SyncListener>>,
        handle: &SyncHandle,
    ) -> Result<SyncProgress> {
        if self.syncing.swap(true, Ordering::SeqCst) {
            return Err(MitraError::TryLater {
                retry_after_ms: 1000,
            });
        }
        let result = (|| {
            let transport = self.transport()?;
            let adapter = listener.map(ListenerAdapter);
            let report = core_sync::sync(
                &self.vault,
                transport.as_ref(),
                connectivity.into(),
                adapter.as_ref().map(|a| a as &dyn core_sync::SyncListener),
                &handle.0,
                SyncConfig::default(),
            )?;
            Ok(SyncProgress::from(&report))
        })();
        self.syncing.store(false, Ordering::SeqCst);
        result
    }
}

#[uniffi::export]
impl Mitra {
    /// Pairs with a hotline from its card text (`MITRA1:…`, from a QR code or a file). The card's
    /// signature is verified first; a forged or altered card is refused. Records already queued
    /// are sealed to the hotline's key right away.
    pub fn pair(&self, card: String) -> Result<HotlineInfo> {
        let now = vault::now_ms();
        let card = self.vault.write(|tx| {
            let card = core_sync::pair(tx, &card, now)?;
            core_sync::seal_pending(tx, &card)?;
            Ok(card)
        })?;
        Ok(card.into())
    }

    /// The paired hotline, if any.
    pub fn hotline(&self) -> Result<Option<HotlineInfo>> {
        Ok(self.vault.read(core_sync::paired)?.map(Into::into))
    }

    /// Sends everything due, in batches, until the outbox is empty, the link stays dead for
    /// 15 minutes, the data budget is spent, or `handle` is cancelled. Blocks: call it off the
    /// main thread. Safe to kill at any point: nothing is lost and nothing arrives twice.
    pub fn sync(
        &self,
        connectivity: Connectivity,
        listener: Option<Arc<dyn SyncListener>>,
        handle: Arc<SyncHandle>,
    ) -> Result<SyncProgress> {
        self.run_sync(connectivity, listener, &handle)
    }

    /// The listener for syncs the core starts by itself after `connectivity_changed`.
    pub fn set_sync_listener(&self, listener: Option<Arc<dyn SyncListener>>) {
        *self
            .background
            .listener
            .lock()
            .unwrap_or_else(|p| p.into_inner()) = listener;
    }

    /// The shell's only job: say when connectivity changes. If the vault is open, a hotline is
    /// paired and something is due, the core starts a background sync (one at a time). Going
    /// offline cancels a running one.
    pub fn connectivity_changed(self: Arc<Self>, connectivity: Connectivity) {
        let mut running = self
            .background
            .running
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        if connectivity == Connectivity::Offline {
            if let Some(h) = running.take() {
                h.cancel();
            }
            return;
        }
        if running.is_some() || self.vault.is_locked() {
            return;
        }
        let handle = SyncHandle::new();
        *running = Some(handle.clone());
        drop(running);
        let listener = self
            .background
            .listener
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        let this = self.clone();
        std::thread::spawn(move || {
            if let Err(e) = this.run_sync(connectivity, listener, &handle) {
                tracing::info!(target: "mitra_ffi", "background sync ended: {e}");
            }
            *this
                .background
                .running
                .lock()
                .unwrap_or_else(|p| p.into_inner()) = None;
        });
    }

    /// Bytes Mitra may send per day over metered connections; 0 means no limit.
    pub fn set_daily_data_budget(&self, bytes: u64) -> Result<()> {
        Ok(self
            .vault
            .write(|tx| settings::set_daily_data_budget(tx, bytes))?)
    }

    pub fn daily_data_budget(&self) -> Result<u64> {
        Ok(self.vault.read(settings::daily_data_budget)?)
    }
}
