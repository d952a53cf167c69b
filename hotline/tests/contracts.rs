//! Contract snapshots end to end with the real `mitra-hotline` binary: the phone saves a
//! contract, the next sync brings the hotline's signed time, and the proof folder checks out
//! with stock `sha256sum` and `minisign` — and stops checking out when one byte changes.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

use mitra_core::contracts::{self, ProofChoice, Terms};
use mitra_core::i18n::Localizer;
use mitra_core::sync::http::HttpTransport;
use mitra_core::sync::{self, CancelHandle, Connectivity, SyncConfig, SyncReport, Transport};
use mitra_core::vault::{Vault, now_ms};
use mitra_protocol::timestamp;
use support::*;

const HOME: &str = include_str!("../../docs/examples/contract-home.json");

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

fn tool(name: &str) -> bool {
    let found = Command::new(name).arg("--version").output().is_ok();
    assert!(
        found || std::env::var_os("MITRA_REQUIRE_TOOLS").is_none(),
        "{name} is required (apt-get install {name})"
    );
    found
}

fn run(dir: &Path, program: &str, args: &[&str]) -> Output {
    Command::new(program)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

/// A page photo: a JPEG header and some bytes that differ per page.
fn page(n: u8, len: usize) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xD8, 0xFF, 0xE0];
    bytes.extend((0..len).map(|i| (i as u8).wrapping_mul(31).wrapping_add(n)));
    bytes
}

#[test]
fn a_snapshot_gets_the_hotlines_time_and_its_proof_checks_with_stock_tools() {
    let tmp = tempfile::tempdir().unwrap();
    let keys = keygen(tmp.path());
    let data = tmp.path().join("data");
    let server = serve(&keys, &data, &[]);
    let (card, card_text) = card(&keys, &server.url);
    let vault = phone(tmp.path());
    vault
        .write(|tx| sync::pair(tx, &card_text, 1).map(|_| ()))
        .unwrap();

    let terms = Terms::from_json(HOME.as_bytes()).unwrap();
    let pages = [page(1, 200_000), page(2, 150_000)];
    let id = vault
        .write(|tx| contracts::snapshot(tx, &terms, &pages, now_ms()))
        .unwrap();
    let before = now_ms();
    let report = sync_now(&vault);
    assert_eq!(report.contracts_timestamped, 1);
    // Only the manifest went up: a few hundred bytes, not the photos.
    assert!(report.bytes_up < 2_000, "{report:?}");
    let saved = vault.read(|c| contracts::get(c, id)).unwrap();
    let stamp = saved.timestamp.clone().unwrap();
    assert!(stamp.at_ms >= before - 1000 && stamp.at_ms <= now_ms());
    assert_eq!(stamp.hotline_key, card.signing_key);
    assert_eq!(sync_now(&vault).contracts_timestamped, 0, "asked once only");

    let proof = tmp.path().join("proof");
    let files = vault
        .read(|c| {
            contracts::export_proof(
                c,
                id,
                &proof,
                &ProofChoice::default(),
                &Localizer::new(&["ne"], false, false),
            )
        })
        .unwrap();
    assert_eq!(
        files,
        [
            "terms.json",
            "page-01.jpg",
            "page-02.jpg",
            "SHA256SUMS",
            "SHA256SUMS.minisig",
            "hotline.pub",
            "README.txt"
        ]
    );
    // The same check in Rust, for machines without the tools.
    let manifest = std::fs::read(proof.join("SHA256SUMS")).unwrap();
    let signature = std::fs::read_to_string(proof.join("SHA256SUMS.minisig")).unwrap();
    let key = mitra_protocol::sign::verifying_key(&card.signing_key).unwrap();
    assert_eq!(
        timestamp::verify(&key, &manifest, &signature)
            .unwrap()
            .at_ms,
        stamp.at_ms
    );

    if !tool("sha256sum") || !tool("minisign") {
        return;
    }
    let sums = run(&proof, "sha256sum", &["-c", "SHA256SUMS"]);
    assert!(sums.status.success(), "{sums:?}");
    assert_eq!(
        String::from_utf8_lossy(&sums.stdout)
            .matches(": OK")
            .count(),
        3
    );
    let signed = run(
        &proof,
        "minisign",
        &["-Vm", "SHA256SUMS", "-p", "hotline.pub"],
    );
    assert!(signed.status.success(), "{signed:?}");
    let said = String::from_utf8_lossy(&signed.stdout);
    assert!(
        said.contains(&format!(
            "Trusted comment: mitra-contract-timestamp time={}",
            timestamp::format_utc(stamp.at_ms)
        )),
        "{said}"
    );

    // One byte of one photo changed: sha256sum says so.
    let photo = proof.join("page-02.jpg");
    let mut bytes = std::fs::read(&photo).unwrap();
    bytes[100_000] ^= 1;
    std::fs::write(&photo, &bytes).unwrap();
    let sums = run(&proof, "sha256sum", &["-c", "SHA256SUMS"]);
    assert!(!sums.status.success());
    assert!(String::from_utf8_lossy(&sums.stdout).contains("page-02.jpg: FAILED"));

    // And a manifest edited to match the changed photo no longer verifies.
    let forged = String::from_utf8(manifest)
        .unwrap()
        .lines()
        .map(|l| {
            if l.ends_with("page-02.jpg") {
                format!(
                    "{}  page-02.jpg",
                    timestamp::hex(&timestamp::digest(&bytes))
                )
            } else {
                l.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n";
    std::fs::write(proof.join("SHA256SUMS"), forged).unwrap();
    assert!(
        run(&proof, "sha256sum", &["-c", "SHA256SUMS"])
            .status
            .success()
    );
    let signed = run(
        &proof,
        "minisign",
        &["-Vm", "SHA256SUMS", "-p", "hotline.pub"],
    );
    assert!(!signed.status.success());

    // What the person withholds is not there, and what is there still checks out.
    let partial = tmp.path().join("partial");
    vault
        .read(|c| {
            contracts::export_proof(
                c,
                id,
                &partial,
                &ProofChoice {
                    terms: false,
                    pages: Some(vec![2]),
                },
                &Localizer::english(),
            )
        })
        .unwrap();
    assert!(!partial.join("terms.json").exists());
    let sums = run(
        &partial,
        "sha256sum",
        &["-c", "--ignore-missing", "SHA256SUMS"],
    );
    assert!(sums.status.success(), "{sums:?}");
    assert!(
        run(
            &partial,
            "minisign",
            &["-Vm", "SHA256SUMS", "-p", "hotline.pub"]
        )
        .status
        .success()
    );
}

#[test]
fn the_hotline_signs_manifests_only() {
    let tmp = tempfile::tempdir().unwrap();
    let keys = keygen(tmp.path());
    let data = tmp.path().join("data");
    let server = serve(&keys, &data, &[]);
    let (card, _) = card(&keys, &server.url);
    let key = mitra_protocol::sign::verifying_key(&card.signing_key).unwrap();
    let http = HttpTransport::new().unwrap();
    let post = |body: &[u8]| {
        http.post_timestamp(&server.url, body.to_vec(), Duration::from_secs(10))
            .unwrap()
    };
    for bad in [
        &b""[..],
        b"mitra-directory v=9 base=0\n",
        b"0123  terms.json\n",
        &[b'0'; 5000][..],
    ] {
        let (status, _) = post(bad);
        assert!(status == 400 || status == 413, "{status}");
    }
    let manifest = timestamp::write_manifest(&[timestamp::ManifestEntry {
        name: "terms.json".into(),
        sha256: [1; 32],
    }]);
    let (status, body) = post(manifest.as_bytes());
    assert_eq!(status, 200);
    let signature = String::from_utf8(body).unwrap();
    assert!(timestamp::verify(&key, manifest.as_bytes(), &signature).is_ok());
}
