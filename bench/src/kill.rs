//! The kill matrix: a phone process (this binary's hidden `kill-child` subcommand) saving help
//! requests on one thread and syncing them on another, SIGKILLed after a random delay, again and
//! again; then a last child syncs to completion. Afterwards every help request a child reported
//! committed must be in the vault, acknowledged with a receipt that verifies, and stored by the
//! hotline exactly once; the hotline must hold nothing else.
//!
//! The parent runs the hotline in-process (`mitra_hotline::Embedded`) behind a `BadLink` with a
//! little latency, so that kills land in vault writes, in requests on the wire, and between the
//! hotline's commit and the phone's receipt commit.

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use mitra_core::protocol::RecordId;
use mitra_core::reports;
use mitra_core::sync::{self, CancelHandle, Connectivity, SyncConfig, http::HttpTransport};
use mitra_core::vault::now_ms;
use mitra_hotline::link::{BadLink, Profile};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::json;

use crate::intake::{fetch_metrics, metric};
use crate::sync2g::{HotlineKeys, acknowledged, inbox_contents, phone, save_one};

#[derive(clap::Args)]
pub struct Args {
    /// SIGKILLs of the phone process (at least).
    #[arg(long, default_value_t = 1000)]
    pub kills: u32,
    /// Shortest delay from starting a child to killing it, in milliseconds.
    #[arg(long, default_value_t = 5)]
    pub min_ms: u64,
    /// Longest delay from starting a child to killing it, in milliseconds.
    #[arg(long, default_value_t = 400)]
    pub max_ms: u64,
    /// Seed of the kill delays (default: from the clock; printed).
    #[arg(long)]
    pub seed: Option<u64>,
    /// Also write the summary as JSON to this file (`-` for standard output, the default).
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,
    /// Keep the phone's vault, the hotline's keys and inbox here (default: a temporary folder).
    #[arg(long, value_name = "DIR")]
    pub keep: Option<PathBuf>,
}

#[derive(clap::Args)]
pub struct ChildArgs {
    /// The phone's folder (vault and platform key), already set up and paired.
    #[arg(long)]
    pub dir: PathBuf,
    /// The round number, so that every child's help requests differ.
    #[arg(long, default_value_t = 0)]
    pub round: u32,
    /// Sync until nothing is pending and exit (the last child).
    #[arg(long)]
    pub finish: bool,
}

fn child_sync_config() -> SyncConfig {
    SyncConfig {
        first_retry_wait: Duration::from_millis(50),
        max_retry_wait: Duration::from_secs(1),
        give_up_after: Duration::from_secs(60),
        request_timeout: Duration::from_secs(10),
    }
}

/// The phone process: unlocks, then saves help requests (`write` before, `committed <id>` after
/// each commit returns) while another thread syncs (`sync` before, `synced <acked> <pending>
/// <failed>` after), until it is killed.
pub fn child(args: &ChildArgs) -> Result<(), String> {
    let vault = phone(&args.dir)?;
    let transport = HttpTransport::new().map_err(|e| e.to_string())?;
    let say = |line: String| {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{line}");
        let _ = out.flush();
    };
    if args.finish {
        for _ in 0..20 {
            let r = sync::sync(
                &vault,
                &transport,
                Connectivity::Unmetered,
                None,
                &CancelHandle::new(),
                child_sync_config(),
            )
            .map_err(|e| format!("sync: {e}"))?;
            say(format!(
                "synced {} {} {}",
                r.acknowledged, r.pending, r.failed
            ));
            if r.pending == 0 {
                return Ok(());
            }
        }
        return Err("records still pending after 20 syncs".into());
    }
    say("ready".into());
    // A failure is printed at once and ends the process: the parent reports what a child said.
    let fail = |e: String| -> ! {
        eprintln!("{e}");
        std::process::exit(1)
    };
    std::thread::scope(|scope| {
        scope.spawn(|| {
            let mut rng = rand::thread_rng();
            loop {
                say("sync".into());
                let r = sync::sync(
                    &vault,
                    &transport,
                    Connectivity::Unmetered,
                    None,
                    &CancelHandle::new(),
                    child_sync_config(),
                )
                .unwrap_or_else(|e| fail(format!("sync: {e}")));
                say(format!(
                    "synced {} {} {}",
                    r.acknowledged, r.pending, r.failed
                ));
                std::thread::sleep(Duration::from_millis(rng.gen_range(0..30)));
            }
        });
        // A person saves a few help requests, then pauses: syncs drain the outbox and end.
        let mut rng = rand::thread_rng();
        for n in 0usize.. {
            say("write".into());
            let id = save_one(&vault, args.round as usize * 10_000 + n).unwrap_or_else(|e| fail(e));
            say(format!("committed {id}"));
            let pause = if rng.gen_ratio(1, 3) { 20..120 } else { 0..10 };
            std::thread::sleep(Duration::from_millis(rng.gen_range(pause)));
        }
    });
    Ok(())
}

/// What the parent saw a child print before it died.
#[derive(Default)]
struct Seen {
    ready: bool,
    sync_in_flight: bool,
    write_in_flight: bool,
    committed: Vec<RecordId>,
    syncs_finished: u32,
}

/// Where a kill landed, judged from what the child had printed.
#[derive(Default)]
struct Landed {
    /// Before the vault was unlocked and the transport made.
    starting: u32,
    /// With a sync started and not finished (it may also be writing).
    during_sync: u32,
    /// With a vault write started and not reported committed (a sync may also run).
    during_write: u32,
    /// Neither: both threads pausing.
    idle: u32,
}

fn read_child(stdout: impl Read) -> Result<Seen, String> {
    let mut seen = Seen::default();
    for line in BufReader::new(stdout).lines().map_while(Result::ok) {
        if line == "ready" {
            seen.ready = true;
        } else if line == "sync" {
            seen.sync_in_flight = true;
        } else if line.starts_with("synced ") {
            seen.sync_in_flight = false;
            seen.syncs_finished += 1;
        } else if line == "write" {
            seen.write_in_flight = true;
        } else if let Some(id) = line.strip_prefix("committed ") {
            seen.write_in_flight = false;
            seen.committed.push(
                id.parse()
                    .map_err(|_| format!("the child printed a bad id: {line}"))?,
            );
        }
    }
    Ok(seen)
}

/// Everything the phone's vault says, checked against the hotline's inbox.
struct Verdict {
    committed: usize,
    in_vault: usize,
    acknowledged: usize,
    stored: usize,
    decrypted: usize,
    lost: Vec<String>,
    duplicated: usize,
    extra: usize,
    unacknowledged: Vec<String>,
}

fn verify(
    dir: &Path,
    keys: &HotlineKeys,
    data: &Path,
    committed: &[RecordId],
) -> Result<Verdict, String> {
    let vault = phone(dir)?;
    let records = vault.read(reports::list).map_err(|e| e.to_string())?;
    let in_vault: HashSet<RecordId> = records.iter().map(|r| r.id).collect();
    let mut digests: HashMap<RecordId, [u8; 32]> = HashMap::new();
    let mut unacknowledged = Vec::new();
    for r in &records {
        match acknowledged(&vault, r.id, &keys.verifying) {
            Ok(d) => {
                digests.insert(r.id, d);
            }
            Err(e) => unacknowledged.push(e),
        }
    }
    vault.lock();
    let (stored, decrypted) = inbox_contents(data, &keys.identity)?;
    let mut at_hotline: HashMap<RecordId, Vec<[u8; 32]>> = HashMap::new();
    for (id, d) in &stored {
        at_hotline.entry(*id).or_default().push(*d);
    }
    let duplicated = stored.len() - at_hotline.len();
    let extra = at_hotline
        .keys()
        .filter(|id| !in_vault.contains(id))
        .count();
    let mut lost = Vec::new();
    for id in committed {
        let why = if !in_vault.contains(id) {
            "not in the vault"
        } else if !digests.contains_key(id) {
            "not acknowledged with a receipt that verifies"
        } else if at_hotline.get(id).map(Vec::as_slice) != digests.get(id).map(std::slice::from_ref)
        {
            "not stored once at the hotline with the receipt's digest"
        } else {
            continue;
        };
        lost.push(format!("{id}: {why}"));
    }
    // Records committed by a child killed before it could say so: held to the same standard.
    let reported: HashSet<&RecordId> = committed.iter().collect();
    for (id, d) in &digests {
        if !reported.contains(id)
            && at_hotline.get(id).map(Vec::as_slice) != Some(std::slice::from_ref(d))
        {
            lost.push(format!(
                "{id}: acknowledged but not stored once at the hotline"
            ));
        }
    }
    Ok(Verdict {
        committed: committed.len(),
        in_vault: in_vault.len(),
        acknowledged: digests.len(),
        stored: stored.len(),
        decrypted,
        lost,
        duplicated,
        extra,
        unacknowledged,
    })
}

struct Spawned {
    child: std::process::Child,
    stdout: std::thread::JoinHandle<Result<Seen, String>>,
    stderr: mpsc::Receiver<String>,
}

fn spawn_child(exe: &Path, dir: &Path, round: u32, finish: bool) -> Result<Spawned, String> {
    let mut command = Command::new(exe);
    command
        .arg("kill-child")
        .arg("--dir")
        .arg(dir)
        .arg("--round")
        .arg(round.to_string())
        .env("RUST_BACKTRACE", "0")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if finish {
        command.arg("--finish");
    }
    let mut child = command
        .spawn()
        .map_err(|e| format!("starting a child: {e}"))?;
    let out = child.stdout.take().ok_or("no child stdout")?;
    let mut err = child.stderr.take().ok_or("no child stderr")?;
    let stdout = std::thread::spawn(move || read_child(out));
    let (tx, stderr) = mpsc::channel();
    std::thread::spawn(move || {
        let mut text = String::new();
        let _ = err.read_to_string(&mut text);
        let _ = tx.send(text);
    });
    Ok(Spawned {
        child,
        stdout,
        stderr,
    })
}

pub fn run(args: &Args) -> Result<(), String> {
    if args.max_ms < args.min_ms {
        return Err("--max-ms is below --min-ms".into());
    }
    let started = Instant::now();
    let tmp = tempfile::tempdir().map_err(|e| e.to_string())?;
    let root = match &args.keep {
        Some(p) => {
            std::fs::create_dir_all(p).map_err(|e| format!("{}: {e}", p.display()))?;
            p.clone()
        }
        None => tmp.path().to_path_buf(),
    };
    let seed = args.seed.unwrap_or_else(|| now_ms() as u64);
    eprintln!(
        "mitra-bench: kill matrix: {} kills, {}–{} ms after start, seed {seed}, in {}",
        args.kills,
        args.min_ms,
        args.max_ms,
        root.display()
    );
    let keys = HotlineKeys::generate(&root)?;
    let data = root.join("inbox");
    let inbox = mitra_hotline::Embedded::start(&keys.keys, &data)?;
    // A little latency and bandwidth, so a sync is on the wire for tens of milliseconds.
    let profile = Profile {
        latency: Duration::from_millis(15),
        up_bps: 2_000_000,
        down_bps: 4_000_000,
        mean_reset_interval: None,
    };
    let link = BadLink::start(inbox.addr, profile, seed).map_err(|e| e.to_string())?;
    let card = keys.card(link.url())?;
    let phone_dir = root.join("phone-dir");
    {
        let vault = phone(&phone_dir)?;
        vault
            .write(|tx| sync::pair(tx, &card, now_ms()))
            .map_err(|e| format!("pairing: {e}"))?;
        vault.lock();
    }

    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut rng = StdRng::seed_from_u64(seed);
    let mut committed: Vec<RecordId> = Vec::new();
    let mut landed = Landed::default();
    let mut syncs_finished = 0u64;
    for round in 0..args.kills {
        let mut spawned = spawn_child(&exe, &phone_dir, round, false)?;
        let delay = rng.gen_range(args.min_ms..=args.max_ms);
        std::thread::sleep(Duration::from_millis(delay));
        if let Ok(Some(status)) = spawned.child.try_wait() {
            let stderr = spawned.stderr.recv().unwrap_or_default();
            return Err(format!(
                "round {round}: the child ended by itself ({status}) before its kill: {}",
                stderr.trim()
            ));
        }
        spawned
            .child
            .kill() // SIGKILL on Unix
            .map_err(|e| format!("round {round}: kill: {e}"))?;
        let _ = spawned.child.wait();
        let seen = spawned
            .stdout
            .join()
            .map_err(|_| "a reader thread panicked".to_owned())??;
        let stderr = spawned.stderr.recv().unwrap_or_default();
        if !stderr.trim().is_empty() {
            return Err(format!("round {round}: the child said: {}", stderr.trim()));
        }
        if !seen.ready {
            landed.starting += 1;
        } else {
            landed.during_sync += u32::from(seen.sync_in_flight);
            landed.during_write += u32::from(seen.write_in_flight);
            landed.idle += u32::from(!seen.sync_in_flight && !seen.write_in_flight);
        }
        syncs_finished += u64::from(seen.syncs_finished);
        committed.extend(seen.committed);
        if (round + 1) % 100 == 0 {
            // Early word of a broken vault, with the round it broke in.
            let vault = phone(&phone_dir).map_err(|e| format!("after round {round}: {e}"))?;
            let present: HashSet<RecordId> = vault
                .read(reports::list)
                .map_err(|e| format!("after round {round}: {e}"))?
                .into_iter()
                .map(|r| r.id)
                .collect();
            vault.lock();
            if let Some(missing) = committed.iter().find(|id| !present.contains(id)) {
                return Err(format!(
                    "after round {round}: committed {missing} is not in the vault"
                ));
            }
            eprintln!(
                "mitra-bench: {} kills, {} committed, {:.0} s",
                round + 1,
                committed.len(),
                started.elapsed().as_secs_f64()
            );
        }
    }

    let mut last = spawn_child(&exe, &phone_dir, args.kills, true)?;
    let status = last.child.wait().map_err(|e| e.to_string())?;
    let _ = last.stdout.join();
    let stderr = last.stderr.recv().unwrap_or_default();
    if !status.success() {
        return Err(format!(
            "the last sync failed ({status}): {}",
            stderr.trim()
        ));
    }
    // Envelopes the hotline already had, sent again because a kill came between its commit and
    // the phone's receipt commit: each answered with the same receipt, stored once.
    let resent = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?
        .block_on(fetch_metrics(&format!("http://{}", inbox.addr)))
        .ok()
        .and_then(|m| metric(&m, "mitra_envelopes_duplicate_total"));
    drop(link);
    drop(inbox);
    let v = verify(&phone_dir, &keys, &data, &committed)?;
    let seconds = started.elapsed().as_secs_f64();
    let summary = json!({
        "kills": args.kills,
        "committed": v.committed,
        "acknowledged": v.acknowledged,
        "stored": v.stored,
        "lost": v.lost.len(),
        "duplicated": v.duplicated,
        "extra": v.extra,
        "unacknowledged": v.unacknowledged.len(),
        "in_vault": v.in_vault,
        "resent_duplicates": resent,
        "decrypted": v.decrypted,
        "kills_starting": landed.starting,
        "kills_during_sync": landed.during_sync,
        "kills_during_write": landed.during_write,
        "kills_idle": landed.idle,
        "syncs_finished": syncs_finished,
        "delay_ms": [args.min_ms, args.max_ms],
        "seed": seed,
        "seconds": crate::report::round(seconds, 1),
    });
    eprintln!(
        "mitra-bench: kill matrix: {} kills ({} while starting, {} with a sync in flight, {} in a \
         vault write, {} idle); {} committed, {} in the vault, {} acknowledged, {} stored, {} decrypt; \
         lost {}, duplicated {}, extra {}, unacknowledged {}; {} re-sent envelopes answered with \
         their first receipt; {seconds:.0} s",
        args.kills,
        landed.starting,
        landed.during_sync,
        landed.during_write,
        landed.idle,
        v.committed,
        v.in_vault,
        v.acknowledged,
        v.stored,
        v.decrypted,
        v.lost.len(),
        v.duplicated,
        v.extra,
        v.unacknowledged.len(),
        resent.map_or("?".into(), |r| r.to_string()),
    );
    crate::report::write_json(args.json.as_deref(), &summary)?;
    let broken = !v.lost.is_empty()
        || v.duplicated > 0
        || v.extra > 0
        || !v.unacknowledged.is_empty()
        || v.stored != v.in_vault
        || v.decrypted != v.stored;
    if broken {
        for line in v.lost.iter().chain(&v.unacknowledged).take(20) {
            eprintln!("mitra-bench:   {line}");
        }
        return Err(format!(
            "a promise broke (seed {seed}; rerun with --seed {seed} --keep DIR to keep the state)"
        ));
    }
    Ok(())
}
