//! A hotline card arrives as a scanned QR code or pasted text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mitra_core::protocol::card::HotlineCard;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = HotlineCard::from_text(text);
    }
});
