//! Envelopes arrive from anyone who can reach the inbox: parse, and decompress whatever a
//! payload claims, without panics or unbounded allocation.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mitra_core::protocol::envelope::{Envelope, decompress};

fuzz_target!(|data: &[u8]| {
    if let Ok(env) = Envelope::parse(data) {
        assert_eq!(env.to_bytes(), data);
    }
    let _ = decompress(data);
});
