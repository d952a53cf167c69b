//! The phone parses the inbox's answer (a relay may have tampered with it).
#![no_main]

use libfuzzer_sys::fuzz_target;
use mitra_core::protocol::batch::{encode_response, parse_response};

fuzz_target!(|data: &[u8]| {
    if let Ok(answers) = parse_response(data) {
        assert_eq!(encode_response(&answers), data);
    }
});
