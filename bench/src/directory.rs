//! The recruiter directory: search latency and recall over a generated directory of 100,000
//! agencies in nine countries and many scripts, and the bundle sizes a phone downloads (the full
//! directory, and the delta when 1 % of it changes).
//!
//! Recall counts a query as found when the agency meant is among the first 10 results (what the
//! app shows). Latency is wall time per `Index::search` call with a limit of 10, one thread,
//! over the recall and junk queries together.

use std::time::Instant;

use mitra_core::recruiters::search::Index;
use mitra_hotline::directory::delta;
use mitra_protocol::directory::{self, Bundle, LicenceStatus};
use mitra_protocol::ed25519_dalek::SigningKey;

use crate::report::{Ctx, Report, percentile, round};

pub fn measure(ctx: &Ctx, report: &mut Report) -> Result<(), String> {
    let count = if ctx.quick { 20_000 } else { 100_000 };
    let queries = if ctx.quick { 1_500 } else { 6_000 };
    if ctx.quick {
        report.note(
            "recruiter_search_p99_us",
            "quick run: 20,000 agencies and 1,500 queries, not 100,000 and 6,000",
        );
    }
    let entries = mitra_testdata::directory(ctx.seed, count);
    search(ctx, report, entries.clone(), queries)?;
    sizes(report, entries)
}

fn search(
    ctx: &Ctx,
    report: &mut Report,
    entries: Vec<directory::Entry>,
    queries: usize,
) -> Result<(), String> {
    let recall = mitra_testdata::recall_queries(&entries, ctx.seed + 1, queries);
    let junk = mitra_testdata::junk_queries(ctx.seed + 2, queries / 3);
    let started = Instant::now();
    let index = Index::new(entries);
    report.set(
        "recruiter_search_index_ms",
        round(started.elapsed().as_secs_f64() * 1e3, 0),
    );
    let mut latencies = Vec::with_capacity(recall.len() + junk.len());
    let (mut found, mut first) = (0usize, 0usize);
    for q in &recall {
        let t = Instant::now();
        let hits = index.search(&q.text, None, 10);
        latencies.push(t.elapsed().as_secs_f64() * 1e6);
        let rank = hits
            .iter()
            .position(|h| index.entries()[h.index].id() == q.expected);
        found += usize::from(rank.is_some());
        first += usize::from(rank == Some(0));
    }
    let mut junk_hits = 0usize;
    for q in &junk {
        let t = Instant::now();
        let hits = index.search(q, None, 10);
        latencies.push(t.elapsed().as_secs_f64() * 1e6);
        junk_hits += usize::from(!hits.is_empty());
    }
    latencies.sort_by(f64::total_cmp);
    let n = recall.len().max(1) as f64;
    report.set(
        "recruiter_search_p50_us",
        round(percentile(&latencies, 50.0), 0),
    );
    report.set(
        "recruiter_search_p99_us",
        round(percentile(&latencies, 99.0), 0),
    );
    report.set("recruiter_search_recall", round(found as f64 / n, 3));
    report.set("recruiter_search_recall_first", round(first as f64 / n, 3));
    report.set(
        "recruiter_search_junk_rate",
        round(junk_hits as f64 / junk.len().max(1) as f64, 3),
    );
    report.note(
        "recruiter_search_recall",
        format!(
            "share of {} generated queries (typos, transliterations, native scripts, licence numbers, phones) whose agency is in the first 10 results; _first: the first result",
            recall.len()
        ),
    );
    report.note(
        "recruiter_search_junk_rate",
        "share of queries for agencies that do not exist that return anything",
    );
    Ok(())
}

fn sizes(report: &mut Report, entries: Vec<directory::Entry>) -> Result<(), String> {
    let key = SigningKey::from_bytes(&[7; 32]);
    let count = entries.len();
    let v1 = Bundle {
        version: 1,
        created: 1_790_000_000,
        entries,
        alerts: mitra_testdata::alerts(1, 200),
        ..Bundle::default()
    };
    let started = Instant::now();
    let (full, signature) = directory::sign_bundle(&key, &v1);
    let publish_s = started.elapsed().as_secs_f64();
    let mut v2 = v1.clone();
    v2.version = 2;
    for e in v2.entries.iter_mut().step_by(100) {
        e.status = LicenceStatus::Suspended;
    }
    let d = delta(&v1, &v2);
    let (delta_payload, delta_signature) = directory::sign_bundle(&key, &d);
    // What the phone downloads: the wire form (signature and framing included).
    let full_wire = directory::wire(&full, &signature);
    let delta_wire = directory::wire(&delta_payload, &delta_signature);
    directory::verify_wire(&key.verifying_key(), &delta_wire)
        .map_err(|e| format!("the delta does not verify: {e}"))?;
    report.set("directory_full_bytes", full_wire.len());
    report.set("directory_delta_bytes", delta_wire.len());
    report.set("directory_publish_seconds", round(publish_s, 1));
    report.note(
        "directory_delta_bytes",
        format!(
            "{count} agencies, every 100th suspended ({} changed); wire form with the signature",
            d.entries.len()
        ),
    );
    Ok(())
}
