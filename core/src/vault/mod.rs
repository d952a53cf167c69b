//! The vault: set-up, unlocking, duress, wrong-PIN limits and panic wipe.
//!
//! A random 32-byte master key opens each SQLCipher database. It is stored only sealed in a key
//! slot under a KEK that needs both the PIN (Argon2id) and a device secret wrapped by the platform
//! key (`KeyWrapper`). Two databases and two slots exist in every vault; the second belongs to the
//! decoy the duress PIN opens, or to nobody. Nothing on disk says which.
//!
//! Files in the data directory, each written atomically:
//! - `device.key`: the device secret, wrapped by the platform key;
//! - `keyslots`: KDF parameters, salt, wrong-PIN limit, two sealed slots (see `keyslots`);
//! - `attempts`: the wrong-PIN counter;
//! - `vault-0.db`, `vault-1.db` (+ WAL files): the two encrypted databases.
//!
//! `keyslots` is the commit point: set-up writes it last and wipe shreds `device.key` first, so a
//! directory with a `keyslots` but no `device.key`, or the other files without a `keyslots`, is an
//! interrupted wipe or set-up, and opening the vault finishes it.
//!
//! This module must never log a PIN, a key, or which slot opened.

mod attempts;
pub(crate) mod files;
mod keyslots;
mod pin;
mod wrapper;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use rand::RngCore;
use rusqlite::{Connection, Transaction, TransactionBehavior};
use zeroize::Zeroizing;

pub use attempts::Attempts;
pub use attempts::DelayPolicy;
use files::{DEVICE_KEY, KEYSLOTS};
pub use keyslots::{DECOY_SLOT, FILE_LEN as KEYSLOTS_FILE_LEN, KeySlots, REAL_SLOT};
use keyslots::{FLAG_SHRED_REAL_ON_OPEN, SlotPayload};
pub use pin::{KdfParams, MAX_PIN_CHARS, MIN_PIN_CHARS, normalize_pin};
pub use wrapper::{FileKeyWrapper, KeyWrapper, KeyWrapperError};

use crate::error::{Error, PinProblem, Result};
use crate::store;

pub const DEFAULT_MAX_FAILED_ATTEMPTS: u32 = 10;
/// Fewer allowed attempts than this would let a fumbling owner destroy their own vault.
pub const MIN_MAX_FAILED_ATTEMPTS: u32 = 3;
pub const MAX_MAX_FAILED_ATTEMPTS: u32 = 1000;
/// A wrapped device secret is 32 bytes plus whatever the platform adds; more is damage.
const MAX_WRAPPED_SECRET: u64 = 4096;

/// How this build derives keys and paces wrong PINs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VaultConfig {
    /// Used at set-up; an existing vault keeps the parameters recorded in its key slots.
    pub kdf: KdfParams,
    pub delay: DelayPolicy,
}

impl Default for VaultConfig {
    fn default() -> Self {
        VaultConfig {
            kdf: KdfParams::PHONE,
            delay: DelayPolicy::default(),
        }
    }
}

/// What a person chooses when they set Mitra up.
#[derive(Debug, Clone)]
pub struct SetupOptions {
    pub pin: String,
    /// Opens a decoy vault instead of the real one.
    pub duress_pin: Option<String>,
    /// Unlocking with the duress PIN also destroys the real vault's key slot.
    pub wipe_real_on_duress: bool,
    /// Wrong PINs in a row before the real vault's key slot is destroyed; 0 means never.
    pub max_failed_attempts: u32,
}

impl SetupOptions {
    pub fn new(pin: impl Into<String>) -> Self {
        SetupOptions {
            pin: pin.into(),
            duress_pin: None,
            wipe_real_on_duress: false,
            max_failed_attempts: DEFAULT_MAX_FAILED_ATTEMPTS,
        }
    }
}

/// What can be told without a PIN. Identical whichever vault is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VaultStatus {
    pub initialized: bool,
    pub locked: bool,
    pub failed_attempts: u32,
    /// 0 means wrong PINs never destroy anything.
    pub max_failed_attempts: u32,
    pub retry_after_ms: u64,
    pub hardware_backed: bool,
    pub kdf: Option<KdfParams>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WipeReport {
    pub duration: Duration,
    pub files_removed: u32,
}

struct Session {
    conn: Connection,
    slot: usize,
}

pub struct Vault {
    dir: PathBuf,
    wrapper: Arc<dyn KeyWrapper>,
    config: VaultConfig,
    session: Mutex<Option<Session>>,
    /// Serialises changes to the vault's files. Never held while calling the `KeyWrapper`.
    files: Mutex<()>,
}

fn lock_ignoring_poison<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

impl Vault {
    /// Opens the vault in `dir` (creating the directory), finishing any interrupted set-up or
    /// wipe. The vault starts locked.
    pub fn open(
        dir: impl Into<PathBuf>,
        wrapper: Arc<dyn KeyWrapper>,
        config: VaultConfig,
    ) -> Result<Self> {
        let dir = dir.into();
        create_private_dir(&dir)?;
        let vault = Vault {
            dir,
            wrapper,
            config,
            session: Mutex::new(None),
            files: Mutex::new(()),
        };
        vault.finish_interrupted()?;
        Ok(vault)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn finish_interrupted(&self) -> Result<()> {
        let has_slots = self.dir.join(KEYSLOTS).exists();
        let has_device_key = self.dir.join(DEVICE_KEY).exists();
        if has_slots && !has_device_key {
            tracing::warn!("finishing an interrupted wipe");
            if let Err(e) = self.wrapper.destroy() {
                tracing::warn!("platform key not destroyed: {e}");
            }
            self.remove_all_files()?;
        } else if !has_slots {
            // Leftovers of a set-up killed before its commit point hold nothing anyone can open.
            let removed = self.remove_all_files()?;
            if removed > 0 {
                tracing::info!("removed {removed} files of an unfinished set-up");
            }
        }
        Ok(())
    }

    pub fn is_initialized(&self) -> bool {
        self.dir.join(KEYSLOTS).exists()
    }

    pub fn is_locked(&self) -> bool {
        lock_ignoring_poison(&self.session).is_none()
    }

    fn load_slots(&self) -> Result<KeySlots> {
        match files::read_bounded(&self.dir.join(KEYSLOTS), keyslots::FILE_LEN as u64) {
            Ok(Some(bytes)) => KeySlots::parse(&bytes),
            Ok(None) => Err(Error::NotSetUp),
            Err(e) if e.kind() == std::io::ErrorKind::InvalidData => Err(Error::Corrupt {
                file: "keyslots",
                reason: "wrong length",
            }),
            Err(e) => Err(e.into()),
        }
    }

    fn store_slots(&self, slots: &KeySlots) -> Result<()> {
        files::write_atomic(&self.dir, KEYSLOTS, &slots.to_bytes())?;
        Ok(())
    }

    /// The device secret, unwrapped by the platform key. Calls the foreign `KeyWrapper`, so it
    /// must run with no lock held.
    fn device_secret(&self) -> Result<Zeroizing<[u8; 32]>> {
        let wrapped = files::read_bounded(&self.dir.join(DEVICE_KEY), MAX_WRAPPED_SECRET)?
            .ok_or(Error::NotSetUp)?;
        let plain = self.wrapper.unwrap(&wrapped)?;
        if plain.len() != 32 {
            return Err(Error::KeyWrapper(KeyWrapperError::Rejected));
        }
        let mut secret = Zeroizing::new([0u8; 32]);
        secret.copy_from_slice(&plain);
        Ok(secret)
    }

    pub fn status(&self) -> Result<VaultStatus> {
        let locked = self.is_locked();
        let hardware_backed = self.wrapper.is_hardware_backed();
        let _files = lock_ignoring_poison(&self.files);
        let slots = match self.load_slots() {
            Ok(s) => s,
            Err(Error::NotSetUp) => {
                return Ok(VaultStatus {
                    initialized: false,
                    locked: true,
                    failed_attempts: 0,
                    max_failed_attempts: 0,
                    retry_after_ms: 0,
                    hardware_backed,
                    kdf: None,
                });
            }
            Err(e) => return Err(e),
        };
        let attempts = Attempts::load(&self.dir)?;
        Ok(VaultStatus {
            initialized: true,
            locked,
            failed_attempts: attempts.failures,
            max_failed_attempts: slots.max_failed_attempts,
            retry_after_ms: attempts.retry_after_ms(&self.config.delay, now_ms()),
            hardware_backed,
            kdf: Some(slots.kdf),
        })
    }

    /// Creates both databases and the key slots, and leaves the real vault unlocked.
    pub fn setup(&self, options: &SetupOptions) -> Result<()> {
        if self.is_initialized() {
            return Err(Error::AlreadySetUp);
        }
        let max = options.max_failed_attempts;
        if max != 0 && !(MIN_MAX_FAILED_ATTEMPTS..=MAX_MAX_FAILED_ATTEMPTS).contains(&max) {
            return Err(Error::InvalidInput {
                field: "max_failed_attempts",
                reason: "out of range",
            });
        }
        let pin = normalize_pin(&options.pin)?;
        let duress = options
            .duress_pin
            .as_deref()
            .map(normalize_pin)
            .transpose()?;
        if duress.as_ref().is_some_and(|d| d.as_str() == pin.as_str()) {
            return Err(Error::InvalidPin(PinProblem::NotDistinct));
        }

        let mut secret = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(&mut secret[..]);
        let wrapped = self.wrapper.wrap(&secret[..])?;

        let real_db = (rand::rngs::OsRng.next_u32() & 1) as u8;
        let real = SlotPayload::random(real_db, 0);
        let decoy_flags = if options.wipe_real_on_duress {
            FLAG_SHRED_REAL_ON_OPEN
        } else {
            0
        };
        let decoy = SlotPayload::random(1 - real_db, decoy_flags);

        let kdf = self.config.kdf;
        let mut slots = KeySlots::new(kdf, max);
        let kek = pin::derive_kek(&pin, &slots.salt, kdf, &secret)?;
        slots.seal(REAL_SLOT, &kek, &real)?;
        if let Some(duress) = &duress {
            let kek = pin::derive_kek(duress, &slots.salt, kdf, &secret)?;
            slots.seal(DECOY_SLOT, &kek, &decoy)?;
        }

        let _files = lock_ignoring_poison(&self.files);
        if self.is_initialized() {
            return Err(Error::AlreadySetUp);
        }
        // Both databases always exist, so the directory looks the same with or without a decoy.
        drop(store::open(
            &files::db_file(&self.dir, decoy.db_index),
            &decoy.master_key,
        )?);
        let conn = store::open(&files::db_file(&self.dir, real.db_index), &real.master_key)?;
        files::write_atomic(&self.dir, DEVICE_KEY, &wrapped)?;
        Attempts::default().store(&self.dir)?;
        self.store_slots(&slots)?;
        *lock_ignoring_poison(&self.session) = Some(Session {
            conn,
            slot: REAL_SLOT,
        });
        tracing::info!("vault set up");
        Ok(())
    }

    /// Counts an attempt before deriving anything, then tries `pin` on every slot.
    ///
    /// Returns the slot it opened and the KEK, or `WrongPin` (after shredding the real slot if
    /// the limit is reached). Both slots are always tried so every PIN costs the same time.
    fn attempt(&self, pin: &str) -> Result<(KeySlots, usize, SlotPayload, Zeroizing<[u8; 32]>)> {
        let pin = normalize_pin(pin)?;
        let (slots, failures) = {
            let _files = lock_ignoring_poison(&self.files);
            let slots = self.load_slots()?;
            let mut attempts = Attempts::load(&self.dir)?;
            let now = now_ms();
            let wait = attempts.retry_after_ms(&self.config.delay, now);
            if wait > 0 {
                return Err(Error::TryLater {
                    retry_after_ms: wait,
                });
            }
            attempts.failures = attempts.failures.saturating_add(1);
            attempts.last_failure_ms = now;
            attempts.store(&self.dir)?;
            (slots, attempts.failures)
        };

        let secret = self.device_secret()?;
        let kek = pin::derive_kek(&pin, &slots.salt, slots.kdf, &secret)?;
        let real = slots.open(REAL_SLOT, &kek);
        let decoy = slots.open(DECOY_SLOT, &kek);
        let opened = match (real, decoy) {
            (Some(p), _) => Some((REAL_SLOT, p)),
            (None, Some(p)) => Some((DECOY_SLOT, p)),
            (None, None) => None,
        };

        let _files = lock_ignoring_poison(&self.files);
        // Re-read: another thread may have changed the slots while the KDF ran.
        let mut current = self.load_slots()?;
        match opened {
            Some((slot, payload)) => {
                Attempts::default().store(&self.dir)?;
                Ok((current, slot, payload, kek))
            }
            None => {
                let max = current.max_failed_attempts;
                if max != 0 && failures >= max {
                    current.shred(REAL_SLOT);
                    self.store_slots(&current)?;
                    Attempts::default().store(&self.dir)?;
                    tracing::warn!("wrong-PIN limit reached: real key slot destroyed");
                    return Err(Error::WrongPin {
                        attempts_left: Some(max),
                    });
                }
                let attempts_left = (max != 0).then(|| max - failures);
                Err(Error::WrongPin { attempts_left })
            }
        }
    }

    /// Opens whichever vault `pin` belongs to. The duress PIN opens the decoy exactly as the real
    /// PIN opens the real vault: same result, same files written, same work done.
    pub fn unlock(&self, pin: &str) -> Result<()> {
        let (mut slots, slot, payload, kek) = self.attempt(pin)?;
        {
            let _files = lock_ignoring_poison(&self.files);
            // Every successful unlock rewrites the key-slot file (a fresh nonce for the opened
            // slot), so a duress unlock that also shreds the real slot writes the same files.
            slots.seal(slot, &kek, &payload)?;
            if payload.flags & FLAG_SHRED_REAL_ON_OPEN != 0 {
                slots.shred(REAL_SLOT);
            }
            self.store_slots(&slots)?;
        }
        let conn = store::open(
            &files::db_file(&self.dir, payload.db_index),
            &payload.master_key,
        )?;
        *lock_ignoring_poison(&self.session) = Some(Session { conn, slot });
        tracing::info!("vault unlocked");
        Ok(())
    }

    /// Closes the database and forgets the master key.
    pub fn lock(&self) {
        if lock_ignoring_poison(&self.session).take().is_some() {
            tracing::info!("vault locked");
        }
    }

    /// Changes the PIN of the vault that is open. A new PIN that would open the other slot is
    /// refused as "not distinct", without saying more.
    pub fn change_pin(&self, current_pin: &str, new_pin: &str) -> Result<()> {
        let open_slot = lock_ignoring_poison(&self.session)
            .as_ref()
            .map(|s| s.slot)
            .ok_or(Error::Locked)?;
        let new_pin = normalize_pin(new_pin)?;
        let (slots, slot, payload, _) = self.attempt(current_pin)?;
        if slot != open_slot {
            return Err(Error::WrongPin {
                attempts_left: None,
            });
        }
        let secret = self.device_secret()?;
        let new_kek = pin::derive_kek(&new_pin, &slots.salt, slots.kdf, &secret)?;
        let other = if slot == REAL_SLOT {
            DECOY_SLOT
        } else {
            REAL_SLOT
        };
        if slots.open(other, &new_kek).is_some() {
            return Err(Error::InvalidPin(PinProblem::NotDistinct));
        }
        let _files = lock_ignoring_poison(&self.files);
        let mut current = self.load_slots()?;
        current.seal(slot, &new_kek, &payload)?;
        self.store_slots(&current)?;
        tracing::info!("PIN changed");
        Ok(())
    }

    /// Destroys key material first (device secret, platform key, key slots), then every file.
    /// Needs no PIN. If killed midway, the next `Vault::open` finishes the job.
    pub fn panic_wipe(&self) -> Result<WipeReport> {
        let started = Instant::now();
        drop(lock_ignoring_poison(&self.session).take());
        let mut removed = 0u32;
        {
            let _files = lock_ignoring_poison(&self.files);
            removed += u32::from(files::shred_file(&self.dir.join(DEVICE_KEY))?);
        }
        if let Err(e) = self.wrapper.destroy() {
            tracing::warn!("platform key not destroyed: {e}");
        }
        removed += self.remove_all_files()?;
        let report = WipeReport {
            duration: started.elapsed(),
            files_removed: removed,
        };
        tracing::info!("panic wipe done in {:?}", report.duration);
        Ok(report)
    }

    fn remove_all_files(&self) -> Result<u32> {
        let _files = lock_ignoring_poison(&self.files);
        let mut removed = 0u32;
        // Key material first, in this order, then the encrypted databases.
        for path in files::all_vault_files(&self.dir) {
            let is_key = path.file_name().is_some_and(|n| {
                n.to_string_lossy().starts_with(DEVICE_KEY)
                    || n.to_string_lossy().starts_with(KEYSLOTS)
            });
            let gone = if is_key {
                files::shred_file(&path)?
            } else {
                files::remove_if_present(&path)?
            };
            removed += u32::from(gone);
        }
        files::sync_dir(&self.dir)?;
        Ok(removed)
    }

    /// Runs `f` in a write transaction on the open vault's database.
    pub fn write<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let mut guard = lock_ignoring_poison(&self.session);
        let session = guard.as_mut().ok_or(Error::Locked)?;
        let tx = session
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Moves the WAL into the database and truncates it, so that content just deleted (already
    /// overwritten in the database by `secure_delete`) does not linger in old WAL frames.
    pub fn checkpoint(&self) -> Result<()> {
        self.read(|conn| {
            conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
            Ok(())
        })
    }

    /// Runs `f` with read access to the open vault's database.
    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let guard = lock_ignoring_poison(&self.session);
        let session = guard.as_ref().ok_or(Error::Locked)?;
        f(&session.conn)
    }
}

fn create_private_dir(dir: &Path) -> Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)?;
    Ok(())
}
