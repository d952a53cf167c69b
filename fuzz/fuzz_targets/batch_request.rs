//! The inbox's request body.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mitra_core::protocol::batch::parse_request;

fuzz_target!(|data: &[u8]| {
    let _ = parse_request(data);
});
