//! The operator's directory and alert CSV files: anything an NGO's spreadsheet may export.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mitra_hotline::directory;

fuzz_target!(|data: &[u8]| {
    let mut with_header = directory::HEADER.join(",").into_bytes();
    with_header.push(b'\n');
    with_header.extend_from_slice(data);
    let _ = directory::import(&[("fuzz.csv".into(), with_header)]);
    let _ = directory::import(&[("raw.csv".into(), data.to_vec())]);
    let mut alerts = directory::ALERT_HEADER.join(",").into_bytes();
    alerts.push(b'\n');
    alerts.extend_from_slice(data);
    let _ = directory::import_alerts("alerts.csv", &alerts);
});
