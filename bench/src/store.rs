//! The vault on this machine: saving a finished report, opening a vault, and the PIN's KDF.
//!
//! Everything runs on real files in the run's scratch folder (SQLCipher in WAL mode with
//! `synchronous = FULL`, so every save waits for the disk), with the same code the app calls.

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use mitra_core::reports;
use mitra_core::vault::{
    self, DelayPolicy, FileKeyWrapper, KdfParams, KeyWrapper, SetupOptions, Vault, VaultConfig,
};

use crate::report::{self, Ctx, Report};

const PIN: &str = "2468";

/// No waits between attempts (every attempt here is the right PIN anyway).
const NO_DELAY: DelayPolicy = DelayPolicy {
    free_attempts: u32::MAX,
    base_delay_ms: 0,
    max_delay_ms: 0,
};

/// Argon2id at its smallest (64 KiB, one pass): the time left is everything but the KDF.
fn fast_config() -> VaultConfig {
    VaultConfig {
        kdf: KdfParams {
            memory_kib: 64,
            iterations: 1,
            lanes: 1,
        },
        delay: NO_DELAY,
    }
}

/// The production KDF (`VaultConfig::default()`: `KdfParams::PHONE`).
fn production_config() -> VaultConfig {
    VaultConfig {
        delay: NO_DELAY,
        ..VaultConfig::default()
    }
}

fn wrapper(dir: &Path, name: &str) -> Arc<dyn KeyWrapper> {
    Arc::new(FileKeyWrapper::new(dir.join(format!("{name}.key"))))
}

fn set_up(dir: &Path, name: &str, config: VaultConfig) -> Result<Vault, String> {
    let v = Vault::open(dir.join(name), wrapper(dir, name), config)
        .map_err(|e| format!("open {name}: {e}"))?;
    v.setup(&SetupOptions::new(PIN))
        .map_err(|e| format!("set up {name}: {e}"))?;
    Ok(v)
}

/// Milliseconds of `Vault::open` + `unlock` on a set-up, locked vault, `runs` times.
fn unlock_times(
    dir: &Path,
    name: &str,
    config: VaultConfig,
    runs: usize,
) -> Result<Vec<f64>, String> {
    let mut samples = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = Instant::now();
        let v = Vault::open(dir.join(name), wrapper(dir, name), config)
            .map_err(|e| format!("open {name}: {e}"))?;
        v.unlock(PIN).map_err(|e| format!("unlock {name}: {e}"))?;
        samples.push(t.elapsed().as_secs_f64() * 1e3);
        v.lock();
    }
    Ok(samples)
}

pub fn measure(ctx: &Ctx, report: &mut Report) -> Result<(), String> {
    let (saves, opens, kdfs) = if ctx.quick {
        (200, 5, 3)
    } else {
        (1_000, 20, 5)
    };
    let dir = ctx.tmp.join("store");

    // Saving a finished report: a draft, then queued for the hotline, in one transaction.
    let finished = crate::wire::reports(ctx.seed ^ 0x7374_6f72, saves)?;
    let vault = set_up(&dir, "saves", fast_config())?;
    let mut save_us = Vec::with_capacity(saves);
    for r in finished {
        let t = Instant::now();
        vault
            .write(|tx| {
                let now = vault::now_ms();
                let id = reports::save_report_draft(tx, r, now)?;
                reports::queue_report(tx, id, now)
            })
            .map_err(|e| format!("save a report: {e}"))?;
        save_us.push(t.elapsed().as_secs_f64() * 1e6);
    }
    let queued = vault
        .read(reports::list)
        .map_err(|e| format!("list reports: {e}"))?
        .iter()
        .filter(|r| r.status == reports::Status::Queued)
        .count();
    if queued != saves {
        return Err(format!("{queued} reports queued after {saves} saves"));
    }
    vault.lock();
    drop(vault);
    save_us.sort_by(f64::total_cmp);
    report.set(
        "save_report_p50_us",
        report::round(report::percentile(&save_us, 50.0), 0),
    );
    report.set(
        "save_report_p99_us",
        report::round(report::percentile(&save_us, 99.0), 0),
    );
    report.note(
        "save_report_p50_us",
        format!(
            "Wall time of one vault.write(save_report_draft + queue_report) (NFC, validation, \
             CBOR, insert, re-read for the consent check, status update, outbox entry, commit) \
             in an unlocked SQLCipher vault in the run's scratch folder (WAL, synchronous=FULL: \
             each commit waits for an fsync of the disk holding the system temp folder), over {saves} generated multilingual reports saved \
             one after another into the same vault; p50 and p99 in microseconds."
        ),
    );

    // Opening: the same vault, now holding the saved reports, with a negligible KDF.
    let mut open_ms = unlock_times(&dir, "saves", fast_config(), opens)?;
    let open = report::median(&mut open_ms);
    report.set("open_vault_ms", report::round(open, 2));
    report.note(
        "open_vault_ms",
        format!(
            "Median of {opens} Vault::open + unlock(PIN) of a set-up, locked vault holding \
             {saves} reports, with Argon2id at 64 KiB / 1 pass (well under a millisecond): \
             finishing-interrupted-work checks, attempt counter written, device key unwrapped \
             (FileKeyWrapper), both key slots tried, key-slot file rewritten (atomic, fsynced), \
             SQLCipher opened with the raw key, pragmas, migrations checked."
        ),
    );

    // The production KDF: a real unlock minus the rest. `pin::derive_kek` is private to
    // mitra_core::vault, so it is not called directly.
    let kdf_dir = ctx.tmp.join("store-kdf");
    let v = set_up(&kdf_dir, "kdf", production_config())?;
    v.lock();
    drop(v);
    let mut unlock_ms = unlock_times(&kdf_dir, "kdf", production_config(), kdfs)?;
    let unlock = report::median(&mut unlock_ms);
    report.set("kdf_ms", report::round((unlock - open).max(0.0), 1));
    let k = KdfParams::PHONE;
    report.note(
        "kdf_ms",
        format!(
            "Argon2id with the production parameters (VaultConfig::default(): {} MiB, t={}, \
             {} lane) on this machine, measured as the median of {kdfs} real unlocks (Vault::open \
             + unlock) of a vault set up with them ({} ms) minus open_vault_ms: the KEK \
             derivation (core/src/vault/pin.rs derive_kek) is private to mitra_core, so it is \
             not timed alone. One derivation per unlock (both slots are tried with the same KEK).",
            k.memory_kib / 1024,
            k.iterations,
            k.lanes,
            report::round(unlock, 1)
        ),
    );
    Ok(())
}
