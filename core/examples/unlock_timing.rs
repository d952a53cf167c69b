//! Measures what a person (and a watcher) sees when unlocking with the production KDF: the
//! time of a real unlock, a duress unlock (with and without wiping the real vault), a wrong PIN,
//! and a panic wipe. Run in release: `cargo run --release -p mitra-core --example unlock_timing`.
//! Results are recorded in docs/measurements.md; nothing here asserts a timing.

#![allow(clippy::unwrap_used, clippy::print_stdout)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use mitra_core::vault::{DelayPolicy, FileKeyWrapper, SetupOptions, Vault, VaultConfig};

fn stats(name: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let mean = samples.iter().map(|d| ms(*d)).sum::<f64>() / samples.len() as f64;
    let p95 = samples[(samples.len() * 95 / 100).min(samples.len() - 1)];
    println!(
        "{name:<28} n={:<3} min {:>7.1} ms  mean {:>7.1} ms  p95 {:>7.1} ms",
        samples.len(),
        ms(samples[0]),
        mean,
        ms(p95)
    );
}

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(30);
    let config = VaultConfig {
        delay: DelayPolicy {
            free_attempts: u32::MAX,
            base_delay_ms: 0,
            max_delay_ms: 0,
        },
        ..VaultConfig::default()
    };
    println!("KDF: {:?}", config.kdf);
    let tmp = tempfile::tempdir().unwrap();
    let open = |name: &str| {
        let w = Arc::new(FileKeyWrapper::new(tmp.path().join(format!("{name}.key"))));
        Vault::open(tmp.path().join(name), w, config).unwrap()
    };
    let v = open("a");
    v.setup(&SetupOptions {
        duress_pin: Some("1111".into()),
        ..SetupOptions::new("2468")
    })
    .unwrap();
    v.lock();

    let (mut real, mut duress, mut wrong) = (vec![], vec![], vec![]);
    for _ in 0..runs {
        let t = Instant::now();
        v.unlock("2468").unwrap();
        real.push(t.elapsed());
        v.lock();
        let t = Instant::now();
        v.unlock("1111").unwrap();
        duress.push(t.elapsed());
        v.lock();
        let t = Instant::now();
        let _ = v.unlock("0000");
        wrong.push(t.elapsed());
        v.unlock("2468").unwrap();
        v.lock();
    }
    stats("unlock, real PIN", real);
    stats("unlock, duress PIN", duress);
    stats("unlock, wrong PIN", wrong);

    let (mut duress_wipe, mut wipes) = (vec![], vec![]);
    for i in 0..runs.min(10) {
        let v = open(&format!("w{i}"));
        v.setup(&SetupOptions {
            duress_pin: Some("1111".into()),
            wipe_real_on_duress: true,
            ..SetupOptions::new("2468")
        })
        .unwrap();
        v.lock();
        let t = Instant::now();
        v.unlock("1111").unwrap();
        duress_wipe.push(t.elapsed());
        let t = Instant::now();
        v.panic_wipe().unwrap();
        wipes.push(t.elapsed());
    }
    stats("unlock, duress PIN + wipe", duress_wipe);
    stats("panic wipe", wipes);
}
