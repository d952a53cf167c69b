//! The directory on the phone: bundles are checked (signature, then version) before anything is
//! parsed; a refused bundle leaves the directory exactly as it was; deltas apply on their base.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{FAST, open_vault};
use mitra_core::error::Error;
use mitra_core::recruiters::directory;
use mitra_core::vault::{SetupOptions, Vault};
use mitra_protocol::directory::{
    self as wire, Alert, AlertKind, Bundle, Entry, EntryKey, LicenceStatus,
};
use mitra_protocol::ed25519_dalek::SigningKey;
use proptest::prelude::*;

fn vault(dir: &std::path::Path) -> Vault {
    let v = open_vault(dir, FAST);
    v.setup(&SetupOptions::new("2468")).unwrap();
    v
}

fn entry(n: u32, status: LicenceStatus) -> Entry {
    Entry {
        licence_number: format!("{n:04}/071/72"),
        country: "NP".into(),
        authority: "Department of Foreign Employment".into(),
        name: format!("Agency {n} Manpower Pvt. Ltd."),
        aliases: vec![format!("एजेन्सी {n}")],
        status,
        status_since: wire::parse_date("2022-01-01"),
        phones: vec![format!("+97714{n:06}")],
        address: None,
    }
}

fn full(version: u64, n: u32) -> Bundle {
    Bundle {
        version,
        base: 0,
        created: 1_790_000_000 + version,
        entries: (0..n).map(|i| entry(i, LicenceStatus::Licensed)).collect(),
        removed: vec![],
        stats: vec![],
        alerts: vec![Alert {
            kind: AlertKind::Phone,
            value: "+9779812345678".into(),
            country: Some("NP".into()),
            since: None,
        }],
    }
}

fn wire_of(key: &SigningKey, b: &Bundle) -> Vec<u8> {
    let (payload, sig) = wire::sign_bundle(key, b);
    wire::wire(&payload, &sig)
}

fn apply(v: &Vault, key: &SigningKey, bytes: &[u8]) -> Result<directory::Applied, Error> {
    v.write(|tx| directory::apply(tx, &key.verifying_key(), bytes, 1_000))
}

fn snapshot(v: &Vault) -> (Option<directory::DirectoryInfo>, Vec<Entry>, Vec<Alert>) {
    v.read(|c| {
        Ok((
            directory::info(c)?,
            directory::entries(c)?,
            directory::alerts(c)?,
        ))
    })
    .unwrap()
}

fn refused(r: Result<directory::Applied, Error>) -> &'static str {
    match r {
        Err(Error::InvalidInput {
            field: "directory",
            reason,
        }) => reason,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn a_full_bundle_then_a_delta_apply_and_replays_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let key = SigningKey::from_bytes(&[7; 32]);

    let v1 = wire_of(&key, &full(1, 50));
    assert_eq!(apply(&v, &key, &v1).unwrap().changed, 50);
    let (info, entries, alerts) = snapshot(&v);
    assert_eq!(info.unwrap().version, 1);
    assert_eq!((entries.len(), alerts.len()), (50, 1));

    // Version 2 as a delta: one agency revoked, one removed, one new.
    let delta = Bundle {
        version: 2,
        base: 1,
        created: 1_790_000_002,
        entries: vec![
            entry(3, LicenceStatus::Revoked),
            entry(99, LicenceStatus::Licensed),
        ],
        removed: vec![EntryKey {
            country: "NP".into(),
            licence_number: "0004/071/72".into(),
        }],
        stats: vec![],
        alerts: vec![],
    };
    let v2 = wire_of(&key, &delta);
    let applied = apply(&v, &key, &v2).unwrap();
    assert_eq!((applied.version, applied.base, applied.removed), (2, 1, 1));
    let (info, entries, alerts) = snapshot(&v);
    assert_eq!(info.unwrap().version, 2);
    assert_eq!(entries.len(), 50);
    assert!(alerts.is_empty(), "alerts are replaced whole");
    let three = entries
        .iter()
        .find(|e| e.licence_number == "0003/071/72")
        .unwrap();
    assert_eq!(three.status, LicenceStatus::Revoked);
    assert!(!entries.iter().any(|e| e.licence_number == "0004/071/72"));

    // Replays of either version, and an older full bundle signed later, change nothing.
    let before = snapshot(&v);
    assert_eq!(refused(apply(&v, &key, &v2)), "older_version");
    assert_eq!(refused(apply(&v, &key, &v1)), "older_version");
    assert_eq!(
        refused(apply(&v, &key, &wire_of(&key, &full(2, 10)))),
        "older_version"
    );
    // A delta made for another base.
    let mut skipped = delta.clone();
    skipped.version = 4;
    skipped.base = 3;
    assert_eq!(
        refused(apply(&v, &key, &wire_of(&key, &skipped))),
        "wrong_base"
    );
    // Signed by someone else.
    let other = SigningKey::from_bytes(&[8; 32]);
    assert_eq!(
        refused(apply(&v, &key, &wire_of(&other, &full(9, 10)))),
        "bad_signature"
    );
    assert_eq!(snapshot(&v), before);
}

#[test]
fn one_byte_changed_anywhere_is_refused_before_parsing_and_nothing_changes() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let key = SigningKey::from_bytes(&[7; 32]);
    apply(&v, &key, &wire_of(&key, &full(1, 20))).unwrap();
    let before = snapshot(&v);
    let next = wire_of(&key, &full(2, 30));
    for i in 0..next.len() {
        let mut t = next.clone();
        t[i] ^= 0x01;
        let reason = refused(apply(&v, &key, &t));
        assert!(
            matches!(reason, "bad_signature" | "malformed" | "too_large"),
            "byte {i}: {reason}"
        );
    }
    assert_eq!(snapshot(&v), before);
    // And the untouched bundle still applies afterwards.
    apply(&v, &key, &next).unwrap();
    assert_eq!(snapshot(&v).0.unwrap().version, 2);
}

#[test]
fn a_new_hotline_starts_its_own_version_history() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let a = SigningKey::from_bytes(&[1; 32]);
    let b = SigningKey::from_bytes(&[2; 32]);
    apply(&v, &a, &wire_of(&a, &full(5, 3))).unwrap();
    assert_eq!(
        v.read(|c| directory::version_for(c, &b.verifying_key()))
            .unwrap(),
        0
    );
    apply(&v, &b, &wire_of(&b, &full(1, 4))).unwrap();
    assert_eq!(snapshot(&v).1.len(), 4);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn arbitrary_bytes_are_refused_and_change_nothing(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let tmp = tempfile::tempdir().unwrap();
        let v = vault(tmp.path());
        let key = SigningKey::from_bytes(&[7; 32]);
        let mut prefixed = b"MTDS".to_vec();
        prefixed.extend_from_slice(&bytes);
        for input in [bytes, prefixed] {
            prop_assert!(apply(&v, &key, &input).is_err());
        }
        prop_assert_eq!(snapshot(&v).0, None);
    }
}
