//! A contract timestamp is a manifest and a minisign file that a phone, a lawyer or an inspector
//! may be handed by anyone: parsing and verifying must fail cleanly, a manifest that parses is
//! canonical, and the hotline's signature over it verifies.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mitra_core::protocol::ed25519_dalek::SigningKey;
use mitra_core::protocol::timestamp::{self, parse_manifest, write_manifest};

fuzz_target!(|data: &[u8]| {
    let key = SigningKey::from_bytes(&[7; 32]);
    let public = key.verifying_key();
    if let Ok(entries) = parse_manifest(data) {
        assert_eq!(write_manifest(&entries).as_bytes(), data);
        let signature = timestamp::sign(&key, data, 0).unwrap();
        let ts = timestamp::verify(&public, data, &signature).unwrap();
        assert_eq!((ts.at_ms, ts.digest), (0, timestamp::digest(data)));
    }
    // The first byte says where the manifest ends and the signature file begins.
    if let Some((&cut, rest)) = data.split_first() {
        let (manifest, signature) = rest.split_at(cut as usize * rest.len() / 255);
        let _ = timestamp::verify(&public, manifest, &String::from_utf8_lossy(signature));
    }
});
