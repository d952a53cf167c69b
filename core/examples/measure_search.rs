//! Measures recruiter search on a generated directory of 100,000 agencies: index build time and
//! memory, search latency, recall per kind of query, and how often a query that should find
//! nothing finds something.
//! Run: `cargo run --release -p mitra-core --example measure_search [entries] [queries]`.
//!
//! Recall counts a query as found when the agency meant is in the first 10 results (what the
//! app shows); recall@1 is printed beside it. Latency is wall time per `Index::search` call
//! with a limit of 10, over the recall and junk queries together, one thread.

#![allow(clippy::unwrap_used, clippy::print_stdout, clippy::expect_used)]

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use mitra_core::recruiters::search::Index;

/// The directory and queries are generated from this seed (`SEED=n` to try another).
const DEFAULT_SEED: u64 = 20_240_607;

fn rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The machine's load, to say whether latencies were measured on a busy machine.
fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next().map(str::to_owned))
        .unwrap_or_default()
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let at = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(at).map_or(0.0, |d| d.as_secs_f64() * 1e6)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let count: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let queries: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(6_000);
    let seed = std::env::var("SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(DEFAULT_SEED);

    let entries = mitra_testdata::directory(seed, count);
    // QUERIES=file: time only these queries (one a line), 20 times each, for profiling.
    if let Some(file) = std::env::var_os("QUERIES") {
        let text = std::fs::read_to_string(file).expect("QUERIES file");
        let index = Index::new(entries);
        let t = Instant::now();
        let mut n = 0;
        for _ in 0..20 {
            for q in text.lines() {
                n += index.search(q, None, 10).len();
            }
        }
        println!(
            "{} µs per query ({n} hits)",
            t.elapsed().as_micros() / (20 * text.lines().count().max(1)) as u128
        );
        return;
    }
    let recall = mitra_testdata::recall_queries(&entries, seed + 1, queries);
    let junk = mitra_testdata::junk_queries(seed + 2, queries / 3);
    let names: usize = entries.iter().map(|e| 1 + e.aliases.len()).sum();
    // Every generated Burmese name is Unicode: any taken for Zawgyi is a false alarm.
    let (mut burmese, mut zawgyi) = (0, 0);
    for name in entries
        .iter()
        .flat_map(|e| std::iter::once(&e.name).chain(&e.aliases))
    {
        if name.chars().any(|c| ('\u{1000}'..='\u{109F}').contains(&c)) {
            burmese += 1;
            zawgyi += usize::from(mitra_core::recruiters::search::is_zawgyi(name));
        }
    }

    let before = rss_kib();
    let started = Instant::now();
    let index = Index::new(entries);
    let build = started.elapsed();
    let after = rss_kib();
    println!(
        "index: {} entries, {names} names and aliases, built in {} ms",
        index.len(),
        build.as_millis()
    );
    println!("Unicode Burmese names taken for Zawgyi: {zawgyi} of {burmese}");
    if let (Some(b), Some(a)) = (before, after) {
        println!(
            "index memory beyond the entries: ~{} MiB (RSS delta)",
            a.saturating_sub(b) / 1024
        );
    }

    let mut latencies = Vec::with_capacity(recall.len() + junk.len());
    let load_before = load();
    let mut slowest: Vec<(Duration, String)> = Vec::new();
    let mut timed = |query: &str| {
        let t = Instant::now();
        let hits = index.search(query, None, 10);
        let took = t.elapsed();
        latencies.push(took);
        slowest.push((took, query.to_owned()));
        hits
    };
    // kind -> (queries, found in top 10, found first)
    let mut per_kind: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    let mut misses: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for q in &recall {
        let hits = timed(&q.text);
        let rank = hits
            .iter()
            .position(|h| index.entries()[h.index].id() == q.expected);
        let k = per_kind.entry(q.kind).or_default();
        k.0 += 1;
        k.1 += usize::from(rank.is_some());
        k.2 += usize::from(rank == Some(0));
        if rank.is_none() {
            let got = hits
                .first()
                .map(|h| format!("{} {:.2}", index.entries()[h.index].name, h.score))
                .unwrap_or_default();
            let meant = index
                .get(&q.expected)
                .map(|e| e.name.clone())
                .unwrap_or_default();
            misses
                .entry(q.kind)
                .or_default()
                .push(format!("{:?} -> meant {meant:?}, got {got:?}", q.text));
        }
    }
    let mut junk_found = Vec::new();
    for q in &junk {
        let hits = timed(q);
        if let Some(h) = hits.first() {
            let e = &index.entries()[h.index];
            junk_found.push(format!(
                "{q:?} -> {:?} {:?} {} {:.2}",
                e.name,
                e.aliases,
                h.matched.code(),
                h.score
            ));
        }
    }

    latencies.sort_unstable();
    println!(
        "search: p50 {:.0} µs, p99 {:.0} µs, max {:.0} µs over {} queries (load {load_before} -> {})",
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99),
        percentile(&latencies, 1.0),
        latencies.len(),
        load()
    );
    let (mut n, mut found, mut first) = (0, 0, 0);
    println!("recall (in top 10 / first):");
    for (kind, (kn, kf, k1)) in &per_kind {
        println!(
            "  {kind:<15} {:>6.1} % / {:>5.1} %  of {kn}",
            100.0 * *kf as f64 / *kn as f64,
            100.0 * *k1 as f64 / *kn as f64
        );
        n += kn;
        found += kf;
        first += k1;
    }
    println!(
        "  {:<15} {:>6.1} % / {:>5.1} %  of {n}",
        "overall",
        100.0 * found as f64 / n.max(1) as f64,
        100.0 * first as f64 / n.max(1) as f64
    );
    println!(
        "junk queries with any result: {:.1} % of {}",
        100.0 * junk_found.len() as f64 / junk.len().max(1) as f64,
        junk.len()
    );
    if std::env::var_os("SHOW_MISSES").is_some() {
        for (kind, list) in &misses {
            println!("misses, {kind}:");
            for m in list.iter().take(25) {
                println!("  {m}");
            }
        }
        slowest.sort_unstable_by_key(|s| std::cmp::Reverse(s.0));
        println!("slowest:");
        for (took, q) in slowest.iter().take(15) {
            println!("  {:>6} µs {q:?}", took.as_micros());
        }
        println!("junk found:");
        for m in junk_found.iter().take(40) {
            println!("  {m}");
        }
    }
}
