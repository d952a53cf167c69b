//! The directory end to end with the real `mitra-hotline` binary: publish from CSV (bad rows
//! reported by line), stock `minisign -V` verifies the published bundle, the phone pulls it
//! with sync, then only a delta; reviews sent by phones are aggregated into the next version.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::path::Path;
use std::process::Command;

use mitra_core::recruiters::directory as phone_directory;
use mitra_core::sync::{
    self, CancelHandle, Connectivity, SyncConfig, SyncReport, http::HttpTransport,
};
use mitra_core::vault::Vault;
use mitra_protocol::directory::LicenceStatus;
use mitra_protocol::records::{FeePaid, JobTerms, PaidTo, Review};
use support::*;

fn publish(keys: &Path, data: &Path, extra: &[&str], files: &[&Path]) -> std::process::Output {
    let mut args = vec![
        "directory",
        "publish",
        "--keys",
        keys.to_str().unwrap(),
        "--data",
        data.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    args.extend(files.iter().map(|f| f.to_str().unwrap()));
    hotline(&args)
}

fn sync_now(vault: &Vault) -> SyncReport {
    sync::sync(
        vault,
        &HttpTransport::new().unwrap(),
        Connectivity::Unmetered,
        None,
        &CancelHandle::new(),
        SyncConfig::default(),
    )
    .unwrap()
}

fn minisign_available() -> bool {
    let found = Command::new("minisign").arg("-v").output().is_ok();
    assert!(
        found || std::env::var_os("MITRA_REQUIRE_TOOLS").is_none(),
        "minisign is required (apt-get install minisign)"
    );
    found
}

#[test]
fn publish_reports_bad_rows_and_stock_minisign_verifies_the_bundle() {
    let tmp = tempfile::tempdir().unwrap();
    let keys = keygen(tmp.path());
    let data = tmp.path().join("data");
    let csv = tmp.path().join("agencies.csv");
    let mut text = mitra_testdata::to_csv(&mitra_testdata::directory(5, 300));
    text.push_str("RL-1,BD,BMET,No Such Status,,closing,,,\n");
    text.push_str("RL-2,Bangladesh,BMET,Long Country,,licensed,,,\n");
    std::fs::write(&csv, text).unwrap();
    let out = tmp.path().join("directory.bundle");
    let o = publish(&keys, &data, &["--out", out.to_str().unwrap()], &[&csv]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("line 302: status"), "{stderr}");
    assert!(stderr.contains("line 303: country"), "{stderr}");
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(stdout.contains("version 1: 300 agencies"), "{stdout}");

    if !minisign_available() {
        return;
    }
    let verify = |file: &Path| {
        Command::new("minisign")
            .args(["-V", "-m"])
            .arg(file)
            .arg("-p")
            .arg(keys.join("signing.pub"))
            .output()
            .unwrap()
    };
    let o = verify(&out);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stdout).contains("mitra-directory v=1 base=0"));

    let tampered = tmp.path().join("tampered.bundle");
    let mut bytes = std::fs::read(&out).unwrap();
    let i = bytes.len() / 3;
    bytes[i] ^= 1;
    std::fs::write(&tampered, bytes).unwrap();
    std::fs::copy(
        tmp.path().join("directory.bundle.minisig"),
        tmp.path().join("tampered.bundle.minisig"),
    )
    .unwrap();
    assert!(!verify(&tampered).status.success());
}

#[test]
fn a_wrong_header_or_no_valid_row_publishes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let keys = keygen(tmp.path());
    let data = tmp.path().join("data");
    let csv = tmp.path().join("a.csv");
    std::fs::write(&csv, "name,licence\nX,1\n").unwrap();
    let o = publish(&keys, &data, &[], &[&csv]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("header"));
    std::fs::write(
        &csv,
        format!("{}\n,NP,DoFE,,,licensed,,,\n", mitra_protocol_header()),
    )
    .unwrap();
    let o = publish(&keys, &data, &[], &[&csv]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("no valid rows"));
}

fn mitra_protocol_header() -> String {
    mitra_hotline::directory::HEADER.join(",")
}

fn review_of(country: &str, licence: &str, rating: u8) -> Review {
    Review {
        recruiter_licence: Some(licence.into()),
        recruiter_country: Some(country.into()),
        recruiter_name: None,
        rating,
        fees: vec![FeePaid {
            amount: 120_000,
            currency: "NPR".into(),
            paid_to: PaidTo::Recruiter,
            receipt_given: false,
        }],
        promised: JobTerms::default(),
        actual: JobTerms::default(),
        passport_kept: Some(true),
        text: None,
        language: "ne".into(),
        year: Some(2025),
        device_key: None,
        signature: None,
    }
}

#[test]
fn the_phone_pulls_the_directory_then_only_deltas_and_sees_reviews() {
    let tmp = tempfile::tempdir().unwrap();
    let keys = keygen(tmp.path());
    let data = tmp.path().join("data");
    let server = serve(&keys, &data, &[]);
    let (_, card_text) = card(&keys, &server.url);
    let identity = move_identity(tmp.path(), &keys);
    let vault = phone(tmp.path());
    vault
        .write(|tx| sync::pair(tx, &card_text, 1).map(|_| ()))
        .unwrap();

    // Nothing published yet: a sync works and holds no directory.
    assert_eq!(sync_now(&vault).directory_version, 0);

    let mut entries = mitra_testdata::directory(11, 10_000);
    let csv = tmp.path().join("agencies.csv");
    std::fs::write(&csv, mitra_testdata::to_csv(&entries)).unwrap();
    let o = publish(
        &keys,
        &data,
        &["--identity", identity.to_str().unwrap()],
        &[&csv],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));

    let first = sync_now(&vault);
    assert!(first.directory_updated);
    assert_eq!(first.directory_version, 1);
    let held = vault.read(phone_directory::entries).unwrap();
    assert_eq!(held.len(), 10_000);

    // 1 % of the agencies change status; a worker reviews one of them.
    for e in entries.iter_mut().step_by(100) {
        e.status = LicenceStatus::Suspended;
    }
    std::fs::write(&csv, mitra_testdata::to_csv(&entries)).unwrap();
    let reviewed = entries[1].clone();
    vault
        .write(|tx| {
            let key = mitra_core::recruiters::device_key(tx)?;
            mitra_core::reports::save_review(
                tx,
                review_of(&reviewed.country, &reviewed.licence_number, 2),
                &key,
                5,
            )
        })
        .unwrap();
    let sent = sync_now(&vault);
    assert_eq!(sent.acknowledged, 1);
    assert!(!sent.directory_updated, "nothing new was published yet");
    let o = publish(
        &keys,
        &data,
        &["--identity", identity.to_str().unwrap()],
        &[&csv],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stdout).contains("reviews: 1 counted"));

    let second = sync_now(&vault);
    assert!(second.directory_updated);
    assert_eq!(second.directory_version, 2);
    assert!(
        second.bytes_down * 10 < first.bytes_down,
        "a delta ({} bytes) is far smaller than the full directory ({} bytes)",
        second.bytes_down,
        first.bytes_down
    );
    let held = vault.read(phone_directory::entries).unwrap();
    let suspended = held
        .iter()
        .filter(|e| e.status == LicenceStatus::Suspended)
        .count();
    assert_eq!(
        suspended,
        entries
            .iter()
            .filter(|e| e.status == LicenceStatus::Suspended)
            .count()
    );
    let stats = vault
        .read(|c| phone_directory::stats(c, &reviewed.id()))
        .unwrap()
        .expect("the review is counted");
    assert_eq!(
        (stats.reviews, stats.rating_sum, stats.passport_kept),
        (1, 2, 1)
    );

    // Up to date: the next sync asks nothing more.
    let third = sync_now(&vault);
    assert!(!third.directory_updated);
    assert_eq!(third.directory_version, 2);
}

#[test]
fn a_directory_download_survives_resets_and_resumes_in_the_next_sync() {
    use link::{BadLink, Profile};
    use std::time::Duration;

    let tmp = tempfile::tempdir().unwrap();
    let keys = keygen(tmp.path());
    let data = tmp.path().join("data");
    let server = serve(&keys, &data, &[]);
    // Fast enough to finish in seconds, but a connection rarely lives longer than half a second.
    let bad = BadLink::start(
        server.addr(),
        Profile {
            latency: Duration::from_millis(20),
            up_bps: 2_000_000,
            down_bps: 2_000_000,
            mean_reset_interval: Some(Duration::from_millis(500)),
        },
        42,
    )
    .unwrap();
    let (_, card_text) = card(&keys, &bad.url());
    let vault = phone(tmp.path());
    vault
        .write(|tx| sync::pair(tx, &card_text, 1).map(|_| ()))
        .unwrap();
    let entries = mitra_testdata::directory(3, 8_000);
    let csv = tmp.path().join("agencies.csv");
    std::fs::write(&csv, mitra_testdata::to_csv(&entries)).unwrap();
    assert!(publish(&keys, &data, &[], &[&csv]).status.success());

    // First a sync that gives up quickly in an outage after part of the bundle arrived...
    let quick = SyncConfig {
        first_retry_wait: Duration::from_millis(20),
        max_retry_wait: Duration::from_millis(100),
        give_up_after: Duration::from_millis(300),
        request_timeout: Duration::from_secs(5),
    };
    let transport = HttpTransport::new().unwrap();
    let mut partial = SyncReport::default();
    for _ in 0..50 {
        bad.set_outage(false);
        // Cut the link as soon as some chunks have arrived.
        let start = bad
            .stats
            .bytes_down
            .load(std::sync::atomic::Ordering::SeqCst);
        let runner = std::thread::scope(|s| {
            let h = s.spawn(|| {
                sync::sync(
                    &vault,
                    &transport,
                    Connectivity::Unmetered,
                    None,
                    &CancelHandle::new(),
                    quick,
                )
                .unwrap()
            });
            while bad
                .stats
                .bytes_down
                .load(std::sync::atomic::Ordering::SeqCst)
                < start + 40_000
                && !h.is_finished()
            {
                std::thread::sleep(Duration::from_millis(2));
            }
            bad.set_outage(true);
            h.join().unwrap()
        });
        partial = runner;
        let held = vault
            .read(|c| {
                let key = mitra_protocol::card::HotlineCard::from_text(&card_text)
                    .unwrap()
                    .verifying_key()
                    .unwrap();
                phone_directory::download(c, &key)
            })
            .unwrap();
        if held.is_some_and(|d| d.received > 0) {
            break;
        }
    }
    assert!(
        !partial.directory_updated,
        "the outage stopped the first download"
    );

    // ...then the link comes back (still resetting): the next sync resumes and completes.
    bad.set_outage(false);
    let done = sync::sync(
        &vault,
        &transport,
        Connectivity::Unmetered,
        None,
        &CancelHandle::new(),
        SyncConfig {
            first_retry_wait: Duration::from_millis(20),
            max_retry_wait: Duration::from_millis(200),
            give_up_after: Duration::from_secs(60),
            request_timeout: Duration::from_secs(5),
        },
    )
    .unwrap();
    assert!(done.directory_updated, "{done:?}");
    let mut held = vault.read(phone_directory::entries).unwrap();
    let mut expected = entries;
    held.sort_by_key(|e| e.id());
    expected.sort_by_key(|e| e.id());
    assert_eq!(held, expected);
    assert!(
        bad.stats.resets.load(std::sync::atomic::Ordering::SeqCst) > 0,
        "the link did reset"
    );
}
