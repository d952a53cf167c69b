//! mitra-bench: Mitra's promises as numbers anyone can reproduce with one command.
//!
//! `cargo run --release -p mitra-bench -- --json FILE [--quick]` measures everything and writes
//! one JSON object (metric names are a contract: docs/benchmarks.md); `--quick` takes about a
//! minute. `kill-matrix` and `soak` are the long hardening runs. Numbers are written down here,
//! never asserted in a test.

#![allow(clippy::print_stdout, clippy::print_stderr)]

mod directory;
mod intake;
mod kill;
mod report;
mod size;
mod soak;
mod store;
mod sync2g;
mod wire;

use std::path::PathBuf;
use std::time::Instant;

use clap::{Parser, Subcommand};
use serde_json::json;

use report::{Ctx, Report};

#[derive(Parser)]
#[command(
    name = "mitra-bench",
    about = "Measure Mitra: sizes, speed, delivery, hardening"
)]
struct Args {
    /// Write the numbers as one JSON object to this file (`-` for standard output).
    #[arg(long, value_name = "FILE")]
    json: Option<PathBuf>,
    /// About a minute: fewer samples and smaller data; no release build of the phone library.
    #[arg(long)]
    quick: bool,
    /// Only these groups (comma-separated): wire, store, directory, sync, intake, size.
    #[arg(long, value_delimiter = ',')]
    only: Vec<String>,
    #[arg(long, default_value_t = 20_261_130)]
    seed: u64,
    #[command(subcommand)]
    mode: Option<Mode>,
}

#[derive(Subcommand)]
enum Mode {
    /// At least 1,000 random SIGKILLs of a phone writing and syncing; then nothing may be lost
    /// or duplicated.
    KillMatrix(kill::Args),
    /// The hotline under simulated phones for minutes: nothing lost, memory flat.
    Soak(soak::Args),
    /// (internal) the phone process the kill matrix kills.
    #[command(hide = true)]
    KillChild(kill::ChildArgs),
    /// (internal) a hotline in its own process, for intake and soak.
    #[command(hide = true)]
    Hotline(intake::HotlineArgs),
}

type Group = (&'static str, fn(&Ctx, &mut Report) -> Result<(), String>);

/// In this order: the sync group's peak memory must not include the 100,000-agency directory
/// the directory group holds (freed memory stays resident).
const GROUPS: &[Group] = &[
    ("wire", wire::measure),
    ("store", store::measure),
    ("sync", sync2g::measure),
    ("intake", intake::measure),
    ("directory", directory::measure),
    ("size", size::measure),
];

fn main() {
    let args = Args::parse();
    let result = match &args.mode {
        Some(Mode::KillMatrix(a)) => kill::run(a),
        Some(Mode::Soak(a)) => soak::run(a),
        Some(Mode::KillChild(a)) => kill::child(a),
        Some(Mode::Hotline(a)) => intake::hotline_process(a),
        None => measure(&args),
    };
    if let Err(e) = result {
        eprintln!("mitra-bench: {e}");
        std::process::exit(1);
    }
}

fn measure(args: &Args) -> Result<(), String> {
    let tmp = tempfile::tempdir().map_err(|e| e.to_string())?;
    let ctx = Ctx {
        quick: args.quick,
        seed: args.seed,
        tmp: tmp.path().to_path_buf(),
    };
    let mut report = Report::default();
    let started = Instant::now();
    for (name, group) in GROUPS {
        if !args.only.is_empty() && !args.only.iter().any(|o| o == name) {
            continue;
        }
        let t = Instant::now();
        eprintln!("mitra-bench: {name}...");
        if let Err(e) = group(&ctx, &mut report) {
            // One failing group must not hide the others' numbers; the run still fails.
            eprintln!("mitra-bench: {name} failed: {e}");
            report.note(name, format!("failed: {e}"));
        }
        eprintln!(
            "mitra-bench: {name} took {:.1} s",
            t.elapsed().as_secs_f64()
        );
    }
    let meta = json!({
        "quick": args.quick,
        "seed": args.seed,
        "seconds": report::round(started.elapsed().as_secs_f64(), 1),
        "cores": std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
        "load_average": std::fs::read_to_string("/proc/loadavg").ok().and_then(|l| l.split_whitespace().next().map(str::to_owned)),
        "profile": if cfg!(debug_assertions) { "debug" } else { "release" },
    });
    report::write_json(args.json.as_deref(), &report.to_json(meta))?;
    if report.failed() {
        return Err("some measurements failed (see meta.notes)".into());
    }
    Ok(())
}
