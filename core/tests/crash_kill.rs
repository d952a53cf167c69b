//! A writer killed with SIGKILL at random moments, again and again: afterwards the vault must
//! open and hold every write the writer reported committed.
//!
//! The child is this same test binary running the ignored `crash_child` entry point. It unlocks,
//! writes journal entries (locking and unlocking now and then, which rewrites the key-slot file)
//! and prints `committed <text>` after each commit returns.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use common::{FAST, open_vault};
use mitra_core::journal;
use mitra_core::vault::{SetupOptions, now_ms};

const KILLS: u32 = 120;
const PIN: &str = "2468";

#[test]
#[ignore = "child process of sigkill_at_random_moments_loses_no_committed_write"]
fn crash_child() {
    let Ok(dir) = std::env::var("MITRA_CRASH_DIR") else {
        return;
    };
    let round: u32 = std::env::var("MITRA_CRASH_ROUND").unwrap().parse().unwrap();
    let vault = open_vault(std::path::Path::new(&dir), FAST);
    vault.unlock(PIN).unwrap();
    let mut out = std::io::stdout();
    for n in 0u32.. {
        let text = format!("round {round} entry {n}");
        vault.write(|tx| journal::add(tx, &text, now_ms())).unwrap();
        writeln!(out, "committed {text}").unwrap();
        out.flush().unwrap();
        if n % 7 == 6 {
            vault.lock();
            vault.unlock(PIN).unwrap();
        }
    }
}

#[test]
fn sigkill_at_random_moments_loses_no_committed_write() {
    let tmp = tempfile::tempdir().unwrap();
    {
        let vault = open_vault(tmp.path(), FAST);
        vault.setup(&SetupOptions::new(PIN)).unwrap();
    }
    let exe = std::env::current_exe().unwrap();
    let mut reported = Vec::new();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15 ^ now_ms() as u64;
    for round in 0..KILLS {
        let mut child = Command::new(&exe)
            .args([
                "--ignored",
                "--exact",
                "crash_child",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("MITRA_CRASH_DIR", tmp.path())
            .env("MITRA_CRASH_ROUND", round.to_string())
            .env("RUST_BACKTRACE", "0")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(text) = line.strip_prefix("committed ") {
                    let _ = tx.send(text.to_owned());
                }
            }
        });
        // xorshift: kill anywhere from process start-up to well into the write loop.
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        std::thread::sleep(Duration::from_micros(seed % 60_000));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        reader.join().unwrap();
        reported.extend(rx.try_iter());

        let vault = open_vault(tmp.path(), FAST);
        vault
            .unlock(PIN)
            .unwrap_or_else(|e| panic!("round {round}: vault did not open: {e}"));
        let present: std::collections::HashSet<String> = vault
            .read(journal::list)
            .unwrap()
            .into_iter()
            .map(|e| e.text)
            .collect();
        for text in &reported {
            assert!(
                present.contains(text),
                "round {round}: committed write lost: {text}"
            );
        }
        vault.lock();
    }
    assert!(
        reported.len() > KILLS as usize,
        "the writer barely wrote: {}",
        reported.len()
    );
}
