//! The key-slot file is read from disk before any PIN is checked: arbitrary bytes must give a
//! typed error or a value that re-encodes to the same bytes, never a panic or a huge allocation.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mitra_core::vault::KeySlots;

fuzz_target!(|data: &[u8]| {
    if let Ok(slots) = KeySlots::parse(data) {
        assert_eq!(slots.to_bytes(), data);
        // Opening with any key must fail cleanly on random slots.
        let _ = slots.open(0, &[0u8; 32]);
        let _ = slots.open(1, &[0u8; 32]);
    }
});
