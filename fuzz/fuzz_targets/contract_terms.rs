//! Contract terms arrive as JSON from a shell or the CLI: arbitrary bytes must give a typed error
//! naming a short key, or terms whose canonical JSON parses back to the same terms.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mitra_core::contracts::Terms;

fuzz_target!(|data: &[u8]| {
    match Terms::from_json(data) {
        Ok(terms) => {
            let json = serde_json::to_vec(&terms.to_value()).unwrap();
            assert_eq!(Terms::from_json(&json).ok(), Some(terms));
        }
        // The key echoes at most a cut-short unknown key under a bounded path.
        Err(e) => assert!(e.key().len() <= 200, "{e:?}"),
    }
});
