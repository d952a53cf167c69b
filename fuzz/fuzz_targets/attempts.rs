//! The wrong-PIN counter file: arbitrary bytes parse or fail cleanly, and round-trip.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mitra_core::vault::{Attempts, DelayPolicy};

fuzz_target!(|data: &[u8]| {
    if let Ok(a) = Attempts::parse(data) {
        assert_eq!(&a.to_bytes()[..], data);
        let _ = a.retry_after_ms(&DelayPolicy::default(), i64::MIN);
        let _ = a.retry_after_ms(&DelayPolicy::default(), i64::MAX);
    }
});
