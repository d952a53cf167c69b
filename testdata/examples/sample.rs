//! Prints a sample of the synthetic directory, its CSV, recall and junk queries and alerts, and
//! how long 100,000 agencies take: `cargo run --release -p mitra-testdata --example sample`.
#![allow(clippy::print_stdout)] // A tool whose whole job is to print.

use std::time::Instant;

fn main() {
    let count = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    let started = Instant::now();
    let entries = mitra_testdata::directory(42, count);
    let generated = started.elapsed();
    let started = Instant::now();
    let csv = mitra_testdata::to_csv(&entries);
    let written = started.elapsed();
    let started = Instant::now();
    let queries = mitra_testdata::recall_queries(&entries, 7, 600);
    let queried = started.elapsed();
    println!(
        "directory({count}): {generated:?}; to_csv: {written:?} ({} bytes); recall_queries(600): {queried:?}",
        csv.len()
    );
    println!();
    for line in csv.lines().take(16) {
        println!("{line}");
    }
    println!();
    for kind in mitra_testdata::KINDS {
        for q in queries.iter().filter(|q| q.kind == kind).take(5) {
            let name = entries
                .iter()
                .find(|e| e.id() == q.expected)
                .map(|e| e.name.as_str())
                .unwrap_or("?");
            println!("{:<15} {:<45} -> {} ({name})", q.kind, q.text, q.expected);
        }
    }
    println!();
    println!("junk: {:?}", mitra_testdata::junk_queries(7, 20));
    println!();
    for a in mitra_testdata::alerts(7, 8) {
        println!("alert: {a:?}");
    }
}
