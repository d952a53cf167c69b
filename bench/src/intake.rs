//! The hotline's intake rate: a hotline in its own process (this binary's hidden `hotline`
//! subcommand: `mitra_hotline::Embedded`, SQLite) under 50 concurrent clients on loopback, each
//! posting batches of pre-sealed real envelopes, as phones do.
//!
//! Also what the soak shares: the hotline process, sealing help requests, and checking an answer.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use mitra_core::protocol::RecordId;
use mitra_core::protocol::batch::{self, Answer};
use mitra_core::protocol::ed25519_dalek::VerifyingKey;
use mitra_core::protocol::envelope;
use mitra_core::protocol::records::{self, Body};
use rand::Rng;

use crate::report::{self, Ctx, Report};
use crate::sync2g::{HotlineKeys, help_request, inbox_contents};

const CLIENTS: usize = 50;
const PER_BATCH: usize = 8;

#[derive(clap::Args)]
pub struct HotlineArgs {
    #[arg(long)]
    pub keys: PathBuf,
    #[arg(long)]
    pub data: PathBuf,
}

/// The hidden `hotline` subcommand: serves on 127.0.0.1:0, prints the address, and serves until
/// standard input closes (or the process is killed).
pub fn hotline_process(args: &HotlineArgs) -> Result<(), String> {
    let inbox = mitra_hotline::Embedded::start(&args.keys, &args.data)?;
    let mut out = std::io::stdout();
    writeln!(out, "{}", inbox.addr).map_err(|e| e.to_string())?;
    out.flush().map_err(|e| e.to_string())?;
    let mut sink = [0u8; 256];
    let mut stdin = std::io::stdin();
    while matches!(stdin.read(&mut sink), Ok(n) if n > 0) {}
    drop(inbox);
    Ok(())
}

/// A hotline in its own process (this binary, `hotline` subcommand). Stopped when dropped.
pub struct HotlineProcess {
    child: Child,
    stdin: Option<ChildStdin>,
    pub addr: SocketAddr,
}

impl HotlineProcess {
    pub fn start(keys: &Path, data: &Path) -> Result<Self, String> {
        let exe = std::env::current_exe().map_err(|e| e.to_string())?;
        let mut child = Command::new(exe)
            .arg("hotline")
            .arg("--keys")
            .arg(keys)
            .arg("--data")
            .arg(data)
            .env("MITRA_LOG", "off")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .map_err(|e| format!("starting the hotline process: {e}"))?;
        let stdin = child.stdin.take();
        let mut line = String::new();
        let read = child
            .stdout
            .take()
            .map(|s| BufReader::new(s).read_line(&mut line));
        let addr = match (read, line.trim().parse::<SocketAddr>()) {
            (Some(Ok(_)), Ok(addr)) => addr,
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("the hotline process did not start: {line:?}"));
            }
        };
        Ok(HotlineProcess { child, stdin, addr })
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Closes its standard input and waits (10 s at most) for it to shut down; kills it then.
    pub fn stop(mut self) -> Result<(), String> {
        self.stdin.take();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            match self.child.try_wait() {
                Ok(Some(status)) if status.success() => return Ok(()),
                Ok(Some(status)) => return Err(format!("the hotline process ended with {status}")),
                Ok(None) => std::thread::sleep(Duration::from_millis(20)),
                Err(e) => return Err(e.to_string()),
            }
        }
        Err("the hotline process did not stop within 10 s".into())
    }
}

impl Drop for HotlineProcess {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// One envelope as a phone sends it: its bytes and what a receipt must acknowledge.
pub struct Sealed {
    pub id: RecordId,
    pub bytes: Vec<u8>,
    pub digest: [u8; 32],
}

/// Seals one help request (the `i`-th of the mix) under a fresh random id.
pub fn seal_one(recipient: &str, i: usize) -> Result<Sealed, String> {
    let id = RecordId::from_random(rand::thread_rng().r#gen());
    let body = records::encode_body(&Body::HelpRequest(help_request(i)));
    let env = envelope::seal(id, &body, recipient).map_err(|e| format!("sealing: {e}"))?;
    Ok(Sealed {
        id,
        digest: env.digest(),
        bytes: env.to_bytes(),
    })
}

/// Seals `n` help requests on every core.
pub fn seal_many(recipient: &str, n: usize) -> Result<Vec<Sealed>, String> {
    let threads = std::thread::available_parallelism().map_or(1, |t| t.get());
    let per = n.div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                scope.spawn(move || {
                    (t * per..((t + 1) * per).min(n))
                        .map(|i| seal_one(recipient, i))
                        .collect::<Result<Vec<_>, _>>()
                })
            })
            .collect();
        let mut all = Vec::with_capacity(n);
        for h in handles {
            all.extend(
                h.join()
                    .map_err(|_| "a sealing thread panicked".to_owned())??,
            );
        }
        Ok(all)
    })
}

/// Checks a batch answer: one accepted receipt per envelope, in order, each for that envelope's
/// id and digest, signed by the hotline.
pub fn check_answer(body: &[u8], sent: &[Sealed], key: &VerifyingKey) -> Result<(), String> {
    let answers = batch::parse_response(body).map_err(|e| format!("answer: {e}"))?;
    if answers.len() != sent.len() {
        return Err(format!(
            "{} answers for {} envelopes",
            answers.len(),
            sent.len()
        ));
    }
    for (a, s) in answers.iter().zip(sent) {
        match a {
            Answer::Accepted(r) if r.id == s.id && r.digest == s.digest => r
                .verify(key)
                .map_err(|_| format!("{}: the receipt does not verify", s.id))?,
            Answer::Accepted(r) => return Err(format!("{}: a receipt for {}", s.id, r.id)),
            Answer::Rejected { reason, .. } => {
                return Err(format!("{}: rejected ({})", s.id, reason.code()));
            }
        }
    }
    Ok(())
}

/// What one POST of a batch came back with.
pub enum Posted {
    Answer(Vec<u8>),
    /// 429: wait this long.
    Throttled(Duration),
    /// Another status, or no answer at all (worth retrying).
    Failed(String),
}

pub async fn post_batch(client: &reqwest::Client, url: &str, body: Vec<u8>) -> Posted {
    let response = match client
        .post(url)
        .header("content-type", "application/octet-stream")
        .body(body)
        .send()
        .await
    {
        Ok(r) => r,
        Err(e) => return Posted::Failed(format!("no answer: {e}")),
    };
    let status = response.status().as_u16();
    let wait = response
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<f64>().ok())
        .map_or(Duration::from_millis(200), Duration::from_secs_f64);
    match (status, response.bytes().await) {
        (200, Ok(b)) => Posted::Answer(b.to_vec()),
        (429, _) => Posted::Throttled(wait),
        (s, Ok(b)) => Posted::Failed(format!("{s}: {}", String::from_utf8_lossy(&b).trim())),
        (s, Err(e)) => Posted::Failed(format!("{s}: {e}")),
    }
}

/// A Prometheus counter from the hotline's `/metrics` text.
pub fn metric(text: &str, name: &str) -> Option<u64> {
    text.lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(' ')?.trim().parse().ok())
}

pub async fn fetch_metrics(url: &str) -> Result<String, String> {
    let response = reqwest::get(format!("{url}/metrics"))
        .await
        .map_err(|e| format!("metrics: {e}"))?;
    response.text().await.map_err(|e| format!("metrics: {e}"))
}

/// One timed run: every batch posted once by one of `CLIENTS` clients.
struct Run {
    seconds: f64,
    answers: Vec<(usize, Vec<u8>)>,
    latencies_ms: Vec<f64>,
    throttled: u64,
    retried: u64,
    metrics: String,
}

fn post_all(url: &str, bodies: Vec<Vec<u8>>) -> Result<Run, String> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    runtime.block_on(async {
        let bodies = Arc::new(bodies);
        let next = Arc::new(AtomicUsize::new(0));
        let throttled = Arc::new(AtomicU64::new(0));
        let retried = Arc::new(AtomicU64::new(0));
        let batch_url: Arc<str> = format!("{url}/v1/batch").into();
        let started = Instant::now();
        let tasks: Vec<_> = (0..CLIENTS)
            .map(|_| {
                let (bodies, next, throttled, retried, url) = (
                    bodies.clone(),
                    next.clone(),
                    throttled.clone(),
                    retried.clone(),
                    batch_url.clone(),
                );
                tokio::spawn(async move {
                    // One client (one keep-alive connection) per simulated phone.
                    let client = reqwest::Client::builder()
                        .timeout(Duration::from_secs(60))
                        .build()
                        .map_err(|e| e.to_string())?;
                    let mut out = Vec::new();
                    let mut latencies = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::SeqCst);
                        let Some(body) = bodies.get(i) else { break };
                        let mut failures = 0;
                        loop {
                            let t = Instant::now();
                            match post_batch(&client, &url, body.clone()).await {
                                Posted::Answer(b) => {
                                    latencies.push(t.elapsed().as_secs_f64() * 1000.0);
                                    out.push((i, b));
                                    break;
                                }
                                Posted::Throttled(wait) => {
                                    throttled.fetch_add(1, Ordering::SeqCst);
                                    tokio::time::sleep(wait).await;
                                }
                                Posted::Failed(e) if failures < 3 => {
                                    failures += 1;
                                    retried.fetch_add(1, Ordering::SeqCst);
                                    eprintln!("mitra-bench: intake: batch {i}: {e}; again");
                                    tokio::time::sleep(Duration::from_millis(100)).await;
                                }
                                Posted::Failed(e) => return Err(format!("batch {i}: {e}")),
                            }
                        }
                    }
                    Ok::<_, String>((out, latencies))
                })
            })
            .collect();
        let mut answers = Vec::new();
        let mut latencies_ms = Vec::new();
        for t in tasks {
            let (a, l) = t
                .await
                .map_err(|e| format!("a client task failed: {e}"))??;
            answers.extend(a);
            latencies_ms.extend(l);
        }
        let seconds = started.elapsed().as_secs_f64();
        let metrics = fetch_metrics(url).await?;
        Ok(Run {
            seconds,
            answers,
            latencies_ms,
            throttled: throttled.load(Ordering::SeqCst),
            retried: retried.load(Ordering::SeqCst),
            metrics,
        })
    })
}

pub fn measure(ctx: &Ctx, report: &mut Report) -> Result<(), String> {
    let n = if ctx.quick { 3_000 } else { 20_000 };
    let dir = ctx.tmp.join("intake");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let keys = HotlineKeys::generate(&dir)?;
    let data = dir.join("inbox");

    let t = Instant::now();
    let sealed = seal_many(&keys.recipient, n)?;
    let seal_seconds = t.elapsed().as_secs_f64();
    let bodies: Vec<Vec<u8>> = sealed
        .chunks(PER_BATCH)
        .map(|c| batch::encode_request(&c.iter().map(|s| s.bytes.clone()).collect::<Vec<_>>()))
        .collect();
    let envelope_bytes: usize = sealed.iter().map(|s| s.bytes.len()).sum();

    let hotline = HotlineProcess::start(&keys.keys, &data)?;
    let run = post_all(&hotline.url(), bodies)?;
    let t = Instant::now();
    hotline.stop()?;
    eprintln!(
        "mitra-bench: intake: posted in {:.1} s; stopped in {:.1} s",
        run.seconds,
        t.elapsed().as_secs_f64()
    );
    let t = Instant::now();

    // Every answer a verified receipt for exactly what was sent (on every core: signature
    // checks are slow in this release profile), then the inbox itself.
    let threads = std::thread::available_parallelism().map_or(1, |t| t.get());
    let per = run.answers.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let checks: Vec<_> = run
            .answers
            .chunks(per)
            .map(|answers| {
                let (sealed, key) = (&sealed, &keys.verifying);
                scope.spawn(move || {
                    answers.iter().try_for_each(|(i, body)| {
                        let sent = sealed
                            .get(i * PER_BATCH..((i + 1) * PER_BATCH).min(n))
                            .ok_or_else(|| format!("an answer for batch {i}, never sent"))?;
                        check_answer(body, sent, key).map_err(|e| format!("batch {i}: {e}"))
                    })
                })
            })
            .collect();
        checks.into_iter().try_for_each(|c| {
            c.join()
                .map_err(|_| "a checking thread panicked".to_owned())?
        })
    })?;
    let batches = n.div_ceil(PER_BATCH);
    if run.answers.len() != batches {
        return Err(format!(
            "{} answers for {batches} batches",
            run.answers.len()
        ));
    }
    eprintln!(
        "mitra-bench: intake: answers checked in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    let t = Instant::now();
    let (stored, decrypted) = inbox_contents(&data, &keys.identity)?;
    eprintln!(
        "mitra-bench: intake: inbox read and decrypted in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    let mut sent_ids: Vec<(RecordId, [u8; 32])> = sealed.iter().map(|s| (s.id, s.digest)).collect();
    let mut stored_ids = stored.clone();
    sent_ids.sort();
    stored_ids.sort();
    if stored_ids != sent_ids || decrypted != n {
        return Err(format!(
            "{} envelopes stored ({decrypted} decrypt) for {n} sent, or not the same ones",
            stored.len()
        ));
    }
    let rate_limited = metric(&run.metrics, "mitra_rate_limited_total");
    let duplicates = metric(&run.metrics, "mitra_envelopes_duplicate_total");
    if rate_limited != Some(run.throttled) {
        return Err(format!(
            "the hotline counted {rate_limited:?} rate-limited requests, the clients {}",
            run.throttled
        ));
    }

    let mut latencies = run.latencies_ms;
    let p50 = report::median(&mut latencies);
    let p99 = report::percentile(&latencies, 99.0);
    let cores = std::thread::available_parallelism().map_or(1, |c| c.get());
    report.set(
        "hotline_intake_per_s",
        report::round(n as f64 / run.seconds, 0),
    );
    report.note(
        "hotline_intake_per_s",
        format!(
            "{n} real envelopes (help requests sealed to the hotline's age key beforehand, in \
             {seal_seconds:.1} s; {} B on average) in {batches} batches of {PER_BATCH}, posted \
             by {CLIENTS} concurrent HTTP/1.1 keep-alive clients (tokio + reqwest) on loopback to \
             the hotline in its own process (mitra_hotline::Embedded, SQLite, WAL, \
             synchronous=FULL, one transaction per envelope) in {:.1} s; batch latency median \
             {p50:.0} ms, p99 {p99:.0} ms. Every answer a receipt that verifies for that \
             envelope's digest; the inbox holds exactly the {n} sent, each decrypts. Rate limit \
             (1000 requests/s, burst 1000, per client address — all 50 clients share 127.0.0.1): \
             {} requests throttled; {} re-sent after a failure ({} duplicates answered). \
             {cores} cores, shared by the clients and the hotline.",
            envelope_bytes / n.max(1),
            run.seconds,
            run.throttled,
            run.retried,
            duplicates.map_or("?".into(), |d| d.to_string()),
        ),
    );
    Ok(())
}
