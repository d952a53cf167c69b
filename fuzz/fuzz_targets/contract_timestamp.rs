//! A contract timestamp is a manifest and a minisign file that a phone, a lawyer or an inspector
//! may be handed by anyone: parsing and verifying must fail cleanly, a manifest that parses is
//! canonical, and the hotline's signature over it verifies.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use mitra_core::protocol::ed25519_dalek::{SigningKey, VerifyingKey};
use mitra_core::protocol::timestamp::{self, parse_manifest, write_manifest};

// Deriving the public key is a scalar multiplication: once, not per input.
static KEY: LazyLock<(SigningKey, VerifyingKey)> = LazyLock::new(|| {
    let key = SigningKey::from_bytes(&[7; 32]);
    let public = key.verifying_key();
    (key, public)
});

fuzz_target!(|data: &[u8]| {
    let (key, public) = &*KEY;
    if let Ok(entries) = parse_manifest(data) {
        assert_eq!(write_manifest(&entries).as_bytes(), data);
        let signature = timestamp::sign(key, data, 0).unwrap();
        let ts = timestamp::verify(public, data, &signature).unwrap();
        assert_eq!((ts.at_ms, ts.digest), (0, timestamp::digest(data)));
    }
    // The first byte says where the manifest ends and the signature file begins.
    if let Some((&cut, rest)) = data.split_first() {
        let (manifest, signature) = rest.split_at(cut as usize * rest.len() / 255);
        let _ = timestamp::verify(public, manifest, &String::from_utf8_lossy(signature));
    }
});
