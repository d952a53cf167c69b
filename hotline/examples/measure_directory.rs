//! Directory sizes and times: the full bundle for 100,000 agencies, the delta when 1 % of them
//! change, publishing, and applying on the phone. `cargo run --release -p mitra-hotline
//! --example measure_directory`; numbers go to docs/measurements.md.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::time::Instant;

use mitra_hotline::directory::{delta, open_stored};
use mitra_protocol::directory::{self, Bundle, LicenceStatus};
use mitra_protocol::ed25519_dalek::SigningKey;

fn main() {
    let key = SigningKey::from_bytes(&[7; 32]);
    let t = Instant::now();
    let entries = mitra_testdata::directory(1, 100_000);
    println!("generate 100,000 agencies: {} ms", t.elapsed().as_millis());
    let csv = mitra_testdata::to_csv(&entries);
    println!("CSV: {} bytes", csv.len());
    let t = Instant::now();
    let (parsed, problems) =
        mitra_hotline::directory::import(&[("all.csv".into(), csv.into_bytes())]).unwrap();
    println!(
        "CSV import: {} ms, {} rows, {} problems",
        t.elapsed().as_millis(),
        parsed.len(),
        problems.len()
    );
    for p in &problems {
        println!("  skipped: line {}: {}", p.line, p.reason);
    }
    let v1 = Bundle {
        version: 1,
        created: 1_790_000_000,
        entries: parsed,
        alerts: mitra_testdata::alerts(1, 200),
        ..Bundle::default()
    };
    let t = Instant::now();
    let (payload, sig) = directory::sign_bundle(&key, &v1);
    println!(
        "full bundle: {} bytes ({:.1} bytes per agency), encode+compress+sign {} ms",
        payload.len(),
        payload.len() as f64 / 100_000.0,
        t.elapsed().as_millis()
    );
    let stored = mitra_hotline::store::StoredBundle {
        version: 1,
        base: 0,
        payload: payload.clone(),
        signature: sig.clone(),
    };
    let t = Instant::now();
    let reopened = open_stored(&key, &stored).unwrap();
    println!("verify+decode full bundle: {} ms", t.elapsed().as_millis());
    assert_eq!(reopened.entries.len(), v1.entries.len());

    let mut v2 = v1.clone();
    v2.version = 2;
    for e in v2.entries.iter_mut().step_by(100) {
        e.status = LicenceStatus::Suspended;
    }
    let d = delta(&v1, &v2);
    let (dpayload, _) = directory::sign_bundle(&key, &d);
    println!(
        "delta for 1 % changed ({} agencies): {} bytes",
        d.entries.len(),
        dpayload.len()
    );

    // The phone: apply the full bundle into a vault, then build the search index.
    let tmp = tempfile::tempdir().unwrap();
    let vault = mitra_core::vault::Vault::open(
        tmp.path().join("phone"),
        std::sync::Arc::new(mitra_core::vault::FileKeyWrapper::new(tmp.path().join("k"))),
        mitra_core::vault::VaultConfig {
            kdf: mitra_core::vault::KdfParams {
                memory_kib: 64,
                iterations: 1,
                lanes: 1,
            },
            ..mitra_core::vault::VaultConfig::default()
        },
    )
    .unwrap();
    vault
        .setup(&mitra_core::vault::SetupOptions::new("2468"))
        .unwrap();
    let wire = directory::wire(&payload, &sig);
    let t = Instant::now();
    vault
        .write(|tx| mitra_core::recruiters::directory::apply(tx, &key.verifying_key(), &wire, 0))
        .unwrap();
    println!("phone: apply full bundle: {} ms", t.elapsed().as_millis());
    let dwire = directory::wire(&dpayload, &directory::sign_bundle(&key, &d).1);
    let t = Instant::now();
    vault
        .write(|tx| mitra_core::recruiters::directory::apply(tx, &key.verifying_key(), &dwire, 0))
        .unwrap();
    println!("phone: apply delta: {} ms", t.elapsed().as_millis());
    let t = Instant::now();
    let loaded = vault
        .read(mitra_core::recruiters::directory::entries)
        .unwrap();
    let load_ms = t.elapsed().as_millis();
    let t = Instant::now();
    let index = mitra_core::recruiters::Index::new(loaded);
    println!(
        "phone: load entries {} ms, build search index {} ms ({} agencies)",
        load_ms,
        t.elapsed().as_millis(),
        index.len()
    );
}
