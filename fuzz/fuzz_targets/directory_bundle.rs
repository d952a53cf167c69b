//! A directory bundle arrives from the network or a file. The signature is checked first, but the
//! payload decoder must hold even for a bundle the hotline itself got wrong.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mitra_core::protocol::directory::{self, Header};
use mitra_core::protocol::ed25519_dalek::SigningKey;

fuzz_target!(|data: &[u8]| {
    let key = SigningKey::from_bytes(&[7; 32]).verifying_key();
    let _ = directory::verify_wire(&key, data);
    let _ = directory::decode_payload(
        Header {
            version: 2,
            base: 1,
        },
        data,
    );
    let mut payload = directory::PAYLOAD_MAGIC.to_vec();
    payload.extend_from_slice(data);
    let _ = directory::decode_payload(
        Header {
            version: 2,
            base: 0,
        },
        &payload,
    );
});
