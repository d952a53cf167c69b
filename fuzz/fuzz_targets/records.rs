//! Record bodies arrive at the hotline from phones (and, later, through SMS and QR relays):
//! arbitrary bytes must give a typed error or a valid body that re-encodes and decodes the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mitra_core::protocol::records::{decode_body, encode_body};

fuzz_target!(|data: &[u8]| {
    if let Ok(body) = decode_body(data) {
        let again = encode_body(&body);
        assert_eq!(decode_body(&again).ok(), Some(body));
    }
});
