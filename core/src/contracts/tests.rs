use mitra_protocol::ed25519_dalek::SigningKey;

use super::*;
use crate::store;

const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 5];
const PNG: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 9, 9];

fn db() -> (tempfile::TempDir, Connection) {
    let dir = tempfile::tempdir().unwrap();
    let conn = store::open(&dir.path().join("v.db"), &[7; 32]).unwrap();
    (dir, conn)
}

fn terms() -> Terms {
    Terms::from_json(
        br#"{"employer": "Al Noor", "wage": {"amount": 1400, "currency": "QAR", "period": "month"}}"#,
    )
    .unwrap()
}

fn save(conn: &mut Connection, pages: &[Vec<u8>]) -> Result<RecordId> {
    let tx = conn.transaction()?;
    let id = snapshot(&tx, &terms(), pages, 1_796_040_000_123)?;
    tx.commit()?;
    Ok(id)
}

#[test]
fn a_snapshot_keeps_terms_and_pages_under_one_digest() {
    let (_d, mut conn) = db();
    let id = save(&mut conn, &[JPEG.to_vec(), PNG.to_vec()]).unwrap();
    let s = get(&conn, id).unwrap();
    assert_eq!(s.terms, terms());
    assert_eq!(s.taken_at_ms, 1_796_040_000_000);
    assert_eq!(
        s.pages.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
        ["page-01.jpg", "page-02.png"]
    );
    let entries = timestamp::parse_manifest(s.manifest.as_bytes()).unwrap();
    assert_eq!(entries[0].name, TERMS_FILE);
    assert_eq!(
        entries[0].sha256,
        <[u8; 32]>::from(Sha256::digest(&s.terms_json))
    );
    assert_eq!(entries[2].sha256, <[u8; 32]>::from(Sha256::digest(PNG)));
    assert_eq!(s.digest, timestamp::digest(s.manifest.as_bytes()));
    let json: serde_json::Value = serde_json::from_slice(&s.terms_json).unwrap();
    assert_eq!(json["format"], FORMAT);
    assert_eq!(json["id"], id.to_string());
    assert_eq!(json["nonce"].as_str().unwrap().len(), 32);
    assert_eq!(json["terms"]["wage"]["currency"], "QAR");
    assert_eq!(page_bytes(&conn, id, 2).unwrap(), PNG);
    // The same terms saved twice get different digests (the nonce).
    let again = save(&mut conn, &[JPEG.to_vec(), PNG.to_vec()]).unwrap();
    assert_ne!(get(&conn, again).unwrap().digest, s.digest);
    assert_eq!(list(&conn).unwrap().len(), 2);
    assert_eq!(find_by_prefix(&conn, &id.hex()[..8]).unwrap(), id);
}

#[test]
fn pages_that_are_not_photos_or_too_many_or_too_large_are_refused_and_nothing_is_kept() {
    let (_d, mut conn) = db();
    let reason = |r: Result<RecordId>| match r {
        Err(Error::InvalidInput { field, reason }) => (field, reason),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        reason(save(&mut conn, &[b"#!/bin/sh".to_vec()])),
        ("page", "not_an_image")
    );
    let mut big = JPEG.to_vec();
    big.resize(MAX_PAGE_BYTES + 1, 0);
    assert_eq!(reason(save(&mut conn, &[big])), ("page", "too_large"));
    assert_eq!(
        reason(save(&mut conn, &vec![JPEG.to_vec(); MAX_PAGES + 1])),
        ("page", "too_many")
    );
    assert!(list(&conn).unwrap().is_empty());
}

#[test]
fn a_timestamp_is_kept_only_when_it_verifies_for_this_manifest() {
    let (_d, mut conn) = db();
    let id = save(&mut conn, &[JPEG.to_vec()]).unwrap();
    let other = save(&mut conn, &[]).unwrap();
    let hotline = SigningKey::from_bytes(&[5; 32]);
    let waiting = awaiting_timestamp(&conn).unwrap();
    assert_eq!(waiting.len(), 2);
    let manifest = &waiting.iter().find(|(i, _)| *i == id).unwrap().1;
    let sig = timestamp::sign(&hotline, manifest, 1_796_040_100_000).unwrap();
    let tx = conn.transaction().unwrap();
    // Signed for another snapshot, or by another key: refused.
    assert!(set_timestamp(&tx, other, &sig, &hotline.verifying_key()).is_err());
    let stranger = SigningKey::from_bytes(&[6; 32]).verifying_key();
    assert!(set_timestamp(&tx, id, &sig, &stranger).is_err());
    assert_eq!(
        set_timestamp(&tx, id, &sig, &hotline.verifying_key()).unwrap(),
        1_796_040_100_000
    );
    tx.commit().unwrap();
    let s = get(&conn, id).unwrap();
    assert_eq!(
        s.timestamp.unwrap().hotline_key,
        hotline.verifying_key().to_bytes()
    );
    assert_eq!(awaiting_timestamp(&conn).unwrap().len(), 1);
}

#[test]
fn pay_is_recorded_per_month_and_deleted_with_the_snapshot() {
    let (_d, mut conn) = db();
    let id = save(&mut conn, &[]).unwrap();
    let qar = |u| Money {
        amount: Decimal::from_units(u),
        currency: Currency::parse("QAR").unwrap(),
    };
    let tx = conn.transaction().unwrap();
    record_pay(&tx, id, "2026-10", qar(900), 1).unwrap();
    record_pay(&tx, id, "2026-10", qar(950), 2).unwrap();
    record_pay(&tx, id, "2026-09", qar(1400), 3).unwrap();
    for bad in ["2026-13", "2026-1", "26-10", "2026/10", "1969-12"] {
        assert!(record_pay(&tx, id, bad, qar(1), 4).is_err(), "{bad}");
    }
    let missing = RecordId::from_random([1; 16]);
    assert!(matches!(
        record_pay(&tx, missing, "2026-10", qar(1), 4),
        Err(Error::NotFound)
    ));
    tx.commit().unwrap();
    assert_eq!(
        pay(&conn, id).unwrap(),
        vec![
            ("2026-09".to_owned(), qar(1400)),
            ("2026-10".to_owned(), qar(950))
        ]
    );
    let tx = conn.transaction().unwrap();
    delete(&tx, id).unwrap();
    tx.commit().unwrap();
    assert!(pay(&conn, id).unwrap().is_empty());
    assert!(matches!(get(&conn, id), Err(Error::NotFound)));
}

#[test]
fn a_proof_folder_holds_what_the_person_chose_and_checks_out() {
    let (d, mut conn) = db();
    let id = save(&mut conn, &[JPEG.to_vec(), PNG.to_vec()]).unwrap();
    let hotline = SigningKey::from_bytes(&[5; 32]);
    let manifest = get(&conn, id).unwrap().manifest;
    let sig = timestamp::sign(&hotline, manifest.as_bytes(), 1_796_040_100_000).unwrap();
    let tx = conn.transaction().unwrap();
    set_timestamp(&tx, id, &sig, &hotline.verifying_key()).unwrap();
    tx.commit().unwrap();

    let ne = Localizer::new(&["ne"], true, false);
    let out = d.path().join("proof");
    let choice = ProofChoice {
        terms: true,
        pages: Some(vec![2]),
    };
    let files = export_proof(&conn, id, &out, &choice, &ne).unwrap();
    assert_eq!(
        files,
        [
            TERMS_FILE,
            "page-02.png",
            MANIFEST_FILE,
            SIGNATURE_FILE,
            KEY_FILE,
            README_FILE
        ]
    );
    let read = |name: &str| std::fs::read(out.join(name)).unwrap();
    let entries = timestamp::parse_manifest(&read(MANIFEST_FILE)).unwrap();
    for e in &entries {
        if out.join(&e.name).exists() {
            assert_eq!(<[u8; 32]>::from(Sha256::digest(read(&e.name))), e.sha256);
        }
    }
    assert!(!out.join("page-01.jpg").exists());
    let stamp = timestamp::verify(
        &hotline.verifying_key(),
        &read(MANIFEST_FILE),
        &String::from_utf8(read(SIGNATURE_FILE)).unwrap(),
    )
    .unwrap();
    assert_eq!(stamp.at_ms, 1_796_040_100_000);
    let readme = String::from_utf8(read(README_FILE)).unwrap();
    assert!(readme.contains("sha256sum -c --ignore-missing SHA256SUMS"));
    assert!(readme.contains("minisign -Vm SHA256SUMS -p hotline.pub"));
    assert!(readme.contains("page-01.jpg"), "the withheld page is named");
    assert!(
        readme.contains("Proof of a contract"),
        "English follows Nepali"
    );
    // A folder that is not empty is refused and left alone.
    assert!(matches!(
        export_proof(&conn, id, &out, &ProofChoice::default(), &ne),
        Err(Error::InvalidInput {
            field: "out",
            reason: "not_empty"
        })
    ));
    assert!(!out.join("page-01.jpg").exists());
}
