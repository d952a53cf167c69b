//! The soak: the hotline in its own process (this binary's hidden `hotline` subcommand) under
//! simulated phones for minutes. Each phone is a tokio task that, in bursts, seals fresh help
//! requests to the hotline's key (the real protocol: `envelope::seal`, batches of at most 8,
//! receipts checked against the hotline's signing key) and re-sends until every envelope has a
//! receipt, as the sync engine does; there is no phone vault, so the hotline is what is loaded.
//! The hotline's resident memory is sampled every 10 s. At the end nothing may be lost: every
//! envelope sent has a receipt and is stored exactly once.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use mitra_core::protocol::RecordId;
use mitra_core::protocol::batch;
use mitra_core::protocol::ed25519_dalek::VerifyingKey;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::json;

use crate::intake::{
    HotlineProcess, Posted, Sealed, check_answer, fetch_metrics, metric, post_batch, seal_one,
};
use crate::report::{self, round};
use crate::sync2g::{HotlineKeys, inbox_contents};

#[derive(clap::Args)]
pub struct Args {
    #[arg(long, default_value_t = 10.0)]
    pub minutes: f64,
    #[arg(long, default_value_t = 50)]
    pub phones: u32,
    /// Largest burst of help requests a phone sends at once (each burst: 1 to this many).
    #[arg(long, default_value_t = 16)]
    pub max_burst: usize,
    /// Longest pause between a phone's bursts, in seconds (each pause: 0 to this).
    #[arg(long, default_value_t = 10.0)]
    pub max_pause: f64,
    /// Seconds between memory samples.
    #[arg(long, default_value_t = 10.0)]
    pub sample_every: f64,
    #[arg(long, default_value_t = 20_261_130)]
    pub seed: u64,
    /// Write the results as JSON to this file (`-` for standard output, the default).
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,
}

const PER_BATCH: usize = 8;

/// What one phone did.
#[derive(Default)]
struct Phone {
    /// (id, digest) of every envelope acknowledged with a receipt that verified.
    acknowledged: Vec<(RecordId, [u8; 32])>,
    sent: usize,
    requests: u64,
    retries: u64,
    throttled: u64,
}

/// What every phone shares.
struct Shared {
    seed: u64,
    url: String,
    recipient: String,
    key: VerifyingKey,
    until: Instant,
    /// Numbers the help requests (their text varies with it).
    counter: AtomicUsize,
    max_burst: usize,
    max_pause: f64,
}

async fn phone(index: u32, shared: Arc<Shared>) -> Result<Phone, String> {
    let Shared {
        ref url,
        ref key,
        until,
        ref counter,
        max_burst,
        max_pause,
        ..
    } = *shared;
    let mut rng = StdRng::seed_from_u64(shared.seed ^ (u64::from(index) << 32));
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(60))
        .build()
        .map_err(|e| e.to_string())?;
    let mut me = Phone::default();
    loop {
        let pause = Duration::from_secs_f64(rng.gen_range(0.0..=max_pause));
        if Instant::now() + pause >= until {
            break;
        }
        tokio::time::sleep(pause).await;
        let burst = rng.gen_range(1..=max_burst.max(1));
        let first = counter.fetch_add(burst, Ordering::SeqCst);
        let sealing = shared.clone();
        let sealed: Vec<Sealed> = tokio::task::spawn_blocking(move || {
            (first..first + burst)
                .map(|i| seal_one(&sealing.recipient, i))
                .collect::<Result<Vec<_>, _>>()
        })
        .await
        .map_err(|e| e.to_string())??;
        me.sent += sealed.len();
        for chunk in sealed.chunks(PER_BATCH) {
            let body =
                batch::encode_request(&chunk.iter().map(|s| s.bytes.clone()).collect::<Vec<_>>());
            let mut wait = Duration::from_millis(500);
            loop {
                me.requests += 1;
                match post_batch(&client, url, body.clone()).await {
                    Posted::Answer(answer) => {
                        check_answer(&answer, chunk, key)?;
                        me.acknowledged
                            .extend(chunk.iter().map(|s| (s.id, s.digest)));
                        break;
                    }
                    Posted::Throttled(w) => {
                        me.throttled += 1;
                        tokio::time::sleep(w).await;
                    }
                    Posted::Failed(e) => {
                        me.retries += 1;
                        eprintln!("mitra-bench: soak: phone {index}: {e}; again in {wait:?}");
                        tokio::time::sleep(wait).await;
                        wait = (wait * 2).min(Duration::from_secs(8));
                    }
                }
            }
        }
    }
    Ok(me)
}

fn open_fds(pid: u32) -> Option<usize> {
    Some(std::fs::read_dir(format!("/proc/{pid}/fd")).ok()?.count())
}

#[derive(Clone, Copy)]
struct Sample {
    t: f64,
    rss_mb: f64,
    threads: f64,
    fds: usize,
    stored: u64,
}

/// Least-squares slope of (t minutes, MB).
fn slope_mb_per_min(samples: &[Sample]) -> Option<f64> {
    if samples.len() < 2 {
        return None;
    }
    let n = samples.len() as f64;
    let mx = samples.iter().map(|s| s.t / 60.0).sum::<f64>() / n;
    let my = samples.iter().map(|s| s.rss_mb).sum::<f64>() / n;
    let sxy: f64 = samples
        .iter()
        .map(|s| (s.t / 60.0 - mx) * (s.rss_mb - my))
        .sum();
    let sxx: f64 = samples.iter().map(|s| (s.t / 60.0 - mx).powi(2)).sum();
    (sxx > 0.0).then(|| sxy / sxx)
}

fn dir_bytes(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok()?.metadata().ok())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0)
}

pub fn run(args: &Args) -> Result<(), String> {
    if args.minutes <= 0.0 || args.phones == 0 {
        return Err("--minutes and --phones must be positive".into());
    }
    let tmp = tempfile::tempdir().map_err(|e| e.to_string())?;
    let keys = HotlineKeys::generate(tmp.path())?;
    let data = tmp.path().join("inbox");
    let hotline = HotlineProcess::start(&keys.keys, &data)?;
    let pid = hotline.pid();
    let url = hotline.url();
    let duration = Duration::from_secs_f64(args.minutes * 60.0);
    eprintln!(
        "mitra-bench: soak: {} phones for {:.1} min against the hotline (pid {pid}) at {url}",
        args.phones, args.minutes
    );
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let started = Instant::now();
    let until = started + duration;
    let (phones, samples, metrics) = runtime.block_on(async {
        let stored_now = Arc::new(AtomicU64::new(0));
        let sample = {
            let url = url.clone();
            let stored_now = stored_now.clone();
            move || {
                let url = url.clone();
                let stored_now = stored_now.clone();
                async move {
                    if let Ok(m) = fetch_metrics(&url).await {
                        if let Some(s) = metric(&m, "mitra_envelopes_stored_total") {
                            stored_now.store(s, Ordering::SeqCst);
                        }
                    }
                    Sample {
                        t: started.elapsed().as_secs_f64(),
                        rss_mb: report::rss_mb(pid).unwrap_or(f64::NAN),
                        threads: report::process_status(pid, "Threads:").unwrap_or(f64::NAN),
                        fds: open_fds(pid).unwrap_or(0),
                        stored: stored_now.load(Ordering::SeqCst),
                    }
                }
            }
        };
        let mut samples = vec![sample().await];
        let shared = Arc::new(Shared {
            seed: args.seed,
            url: format!("{url}/v1/batch"),
            recipient: keys.recipient.clone(),
            key: keys.verifying,
            until,
            counter: AtomicUsize::new(0),
            max_burst: args.max_burst,
            max_pause: args.max_pause,
        });
        let tasks: Vec<_> = (0..args.phones)
            .map(|i| tokio::spawn(phone(i, shared.clone())))
            .collect();
        let every = Duration::from_secs_f64(args.sample_every.max(0.5));
        let mut next = started + every;
        while next < until {
            tokio::time::sleep_until(next.into()).await;
            let s = sample().await;
            eprintln!(
                "mitra-bench: soak: {:>4.0} s  hotline RSS {:.1} MB, {} threads, {} fds, {} stored",
                s.t, s.rss_mb, s.threads, s.fds, s.stored
            );
            samples.push(s);
            next += every;
        }
        let mut phones = Vec::new();
        for t in tasks {
            phones.push(t.await.map_err(|e| format!("a phone task failed: {e}"))??);
        }
        samples.push(sample().await);
        let metrics = fetch_metrics(&url).await?;
        Ok::<_, String>((phones, samples, metrics))
    })?;
    let seconds = started.elapsed().as_secs_f64();
    hotline.stop()?;

    let sent: usize = phones.iter().map(|p| p.sent).sum();
    let mut acknowledged: HashMap<RecordId, [u8; 32]> = HashMap::new();
    for p in &phones {
        acknowledged.extend(p.acknowledged.iter().copied());
    }
    let (stored, decrypted) = inbox_contents(&data, &keys.identity)?;
    let mut at_hotline: HashMap<RecordId, Vec<[u8; 32]>> = HashMap::new();
    for (id, d) in &stored {
        at_hotline.entry(*id).or_default().push(*d);
    }
    let lost = acknowledged
        .iter()
        .filter(|(id, d)| at_hotline.get(id).map(Vec::as_slice) != Some(std::slice::from_ref(d)))
        .count()
        + (sent - acknowledged.len());
    let duplicated = stored.len() - at_hotline.len();
    let extra = at_hotline
        .keys()
        .filter(|id| !acknowledged.contains_key(id))
        .count();

    let last_loaded = samples.len().saturating_sub(2); // the last sample under load
    let middle = samples
        .iter()
        .min_by(|a, b| {
            (a.t - duration.as_secs_f64() / 2.0)
                .abs()
                .total_cmp(&(b.t - duration.as_secs_f64() / 2.0).abs())
        })
        .copied();
    let second_half: Vec<Sample> = samples
        .iter()
        .filter(|s| s.t >= duration.as_secs_f64() / 2.0)
        .copied()
        .collect();
    let slope = slope_mb_per_min(&second_half);
    let peak = samples.iter().map(|s| s.rss_mb).fold(f64::NAN, f64::max);
    let requests: u64 = phones.iter().map(|p| p.requests).sum();
    let retries: u64 = phones.iter().map(|p| p.retries).sum();
    let throttled: u64 = phones.iter().map(|p| p.throttled).sum();
    let result = json!({
        "minutes": args.minutes,
        "phones": args.phones,
        "seconds": round(seconds, 1),
        "sent": sent,
        "acknowledged": acknowledged.len(),
        "stored": stored.len(),
        "decrypted": decrypted,
        "lost": lost,
        "duplicated": duplicated,
        "extra": extra,
        "per_second": round(sent as f64 / seconds, 1),
        "requests": requests,
        "retries": retries,
        "throttled": throttled,
        "resent_duplicates": metric(&metrics, "mitra_envelopes_duplicate_total"),
        "rss_start_mb": samples.first().map(|s| round(s.rss_mb, 1)),
        "rss_middle_mb": middle.map(|s| round(s.rss_mb, 1)),
        "rss_end_mb": samples.get(last_loaded).map(|s| round(s.rss_mb, 1)),
        "rss_peak_sampled_mb": round(peak, 1),
        "rss_slope_mb_per_min_second_half": slope.map(|s| round(s, 3)),
        "inbox_mb": round(dir_bytes(&data) as f64 / 1_048_576.0, 1),
        "samples": samples.iter().map(|s| json!({
            "t_s": round(s.t, 0),
            "rss_mb": round(s.rss_mb, 1),
            "threads": s.threads,
            "fds": s.fds,
            "stored": s.stored,
        })).collect::<Vec<_>>(),
        "load": format!(
            "{} phones, each: a pause of 0–{} s, then a burst of 1–{} help requests sealed \
             fresh and posted in batches of at most {PER_BATCH}, receipts checked; until the time is up",
            args.phones, args.max_pause, args.max_burst
        ),
        "seed": args.seed,
        "cores": std::thread::available_parallelism().map_or(1, |c| c.get()),
    });
    eprintln!(
        "mitra-bench: soak: {sent} sent, {} acknowledged, {} stored; lost {lost}, duplicated \
         {duplicated}, extra {extra}; hotline RSS {:.1} → {:.1} → {:.1} MB, second-half slope \
         {} MB/min",
        acknowledged.len(),
        stored.len(),
        samples.first().map_or(f64::NAN, |s| s.rss_mb),
        middle.map_or(f64::NAN, |s| s.rss_mb),
        samples.get(last_loaded).map_or(f64::NAN, |s| s.rss_mb),
        slope.map_or("?".into(), |s| format!("{s:.3}")),
    );
    report::write_json(args.json.as_deref(), &result)?;
    if lost > 0 || duplicated > 0 || extra > 0 || decrypted != stored.len() {
        return Err("a promise broke: see lost / duplicated / extra above".into());
    }
    Ok(())
}
