//! The CLI's report file (`mitra report new --file`): JSON a person or another tool wrote.
//! Parsing must answer a report or a typed failure naming a position, never panic.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = mitra_cli::records::parse_report_file(text, "fuzz.json", "en");
    }
});
