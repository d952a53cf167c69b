//! A seized phone's file system must show nothing readable: a canary written into the vault is
//! searched for in every file under the data directory, raw and base64, while the vault is open
//! (WAL and shared-memory files present) and after it is locked.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::{FAST, open_vault};
use mitra_core::journal;
use mitra_core::reports;
use mitra_core::vault::{SetupOptions, now_ms};
use mitra_protocol::records::{About, Consent, Contact, ContactMethod, HelpRequest, Need, Report};

fn help_request() -> HelpRequest {
    HelpRequest {
        needs: vec![Need::LeaveNow],
        people: 1,
        minors: false,
        country: Some("MY".into()),
        area: None,
        position: None,
        contact: Contact {
            method: ContactMethod::None,
            number: None,
        },
        contact_window: None,
        language: "ne".into(),
        note: None,
    }
}

fn report_with(narrative: &str) -> Report {
    Report {
        about: About::Myself,
        interviewer_role: None,
        sector: None,
        origin_country: None,
        transit_countries: vec![],
        destination_country: None,
        nationality: None,
        recruiter: None,
        employer: None,
        recruited_on: None,
        work_started_on: None,
        work_ended_on: None,
        narrative: narrative.into(),
        answers: vec![],
        minors_involved: false,
        consent: Consent {
            hotline: true,
            ngo: false,
            police: false,
        },
        language: "en".into(),
    }
}

const CANARY: &str = "CANARY-7f3e2a91-unpaid-wages-Kathmandu-passport-taken";

fn base64(bytes: &[u8], alphabet: &[u8; 64]) -> String {
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(alphabet[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// Substrings that appear in any base64 text containing the canary, at each of the 3 alignments.
fn base64_needles(canary: &[u8]) -> Vec<String> {
    let std_abc = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let url_abc = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut needles = Vec::new();
    for abc in [std_abc, url_abc] {
        for pad in 0..3 {
            let mut data = vec![0u8; pad];
            data.extend_from_slice(canary);
            let enc = base64(&data, abc);
            needles.push(enc[4..enc.len() - 4].to_owned());
        }
    }
    needles
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

fn utf16le(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

fn scan(dir: &Path, needles: &[Vec<u8>]) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    let mut files = 0;
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap() {
            let path = e.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            files += 1;
            let bytes = fs::read(&path).unwrap();
            for n in needles {
                if contains(&bytes, n) {
                    found.push(format!(
                        "{} holds {:?}",
                        path.display(),
                        String::from_utf8_lossy(n)
                    ));
                }
            }
            for word in ["journal", "settings", "CREATE TABLE", "SQLite format 3"] {
                if contains(&bytes, word.as_bytes()) {
                    found.push(format!("{} holds {word:?}", path.display()));
                }
            }
        }
    }
    assert!(
        files >= 5,
        "scanned only {files} files: is the vault there?"
    );
    found
}

#[test]
fn canary_is_nowhere_on_disk_raw_or_base64_open_or_locked() {
    let tmp = tempfile::tempdir().unwrap();
    let vault = open_vault(tmp.path(), FAST);
    vault
        .setup(&SetupOptions {
            duress_pin: Some("1111".into()),
            ..SetupOptions::new("2468")
        })
        .unwrap();
    for i in 0..50 {
        vault
            .write(|tx| journal::add(tx, &format!("{CANARY} {i}"), now_ms()))
            .unwrap();
    }
    // Deleted rows must not linger in free pages either.
    vault.write(|tx| journal::delete(tx, 1)).unwrap();
    // Help-request notes, report narratives and attachments are covered too.
    let mut help = help_request();
    help.note = Some(format!("{CANARY} note"));
    help.area = Some(format!("{CANARY} area"));
    vault
        .write(|tx| reports::save_help_request(tx, help, now_ms()))
        .unwrap();
    let report = report_with(&format!("{CANARY} narrative"));
    let rid = vault
        .write(|tx| reports::save_report_draft(tx, report, now_ms()))
        .unwrap();
    let photo = format!("JFIF {CANARY} attachment bytes").into_bytes();
    vault
        .write(|tx| reports::add_attachment(tx, rid, "image/jpeg", &photo, now_ms()))
        .unwrap();
    let deleted = vault
        .write(|tx| reports::save_report_draft(tx, report_with(CANARY), now_ms()))
        .unwrap();
    vault.write(|tx| reports::delete(tx, deleted)).unwrap();

    let mut needles: Vec<Vec<u8>> = vec![CANARY.as_bytes().to_vec(), utf16le(CANARY)];
    needles.extend(
        base64_needles(CANARY.as_bytes())
            .into_iter()
            .map(String::into_bytes),
    );
    // The needles must be findable: a scanner that finds nothing proves nothing.
    let probe = tmp.path().join("probe");
    fs::create_dir(&probe).unwrap();
    fs::write(
        probe.join("a"),
        format!(
            "x{}y",
            base64(
                format!("ab{CANARY}").as_bytes(),
                b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
            )
        ),
    )
    .unwrap();
    for f in ["b", "c", "d", "e"] {
        fs::write(probe.join(f), "").unwrap();
    }
    assert!(
        !scan(&probe, &needles).is_empty(),
        "the base64 scan must find a planted canary"
    );
    fs::remove_dir_all(&probe).unwrap();

    let wal = tmp.path().join("vault").join(
        fs::read_dir(tmp.path().join("vault"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .find(|n| n.ends_with("-wal"))
            .expect("the open vault has a WAL file"),
    );
    assert!(fs::metadata(&wal).unwrap().len() > 0);
    assert_eq!(
        scan(tmp.path(), &needles),
        Vec::<String>::new(),
        "while open"
    );

    vault.lock();
    assert_eq!(
        scan(tmp.path(), &needles),
        Vec::<String>::new(),
        "after lock"
    );

    vault.unlock("2468").unwrap();
    let texts: Vec<String> = vault
        .read(journal::list)
        .unwrap()
        .into_iter()
        .map(|e| e.text)
        .collect();
    assert_eq!(texts.len(), 49);
    assert!(texts[0].starts_with(CANARY));
}

#[test]
fn sqlite3_says_the_databases_are_not_databases() {
    let has_sqlite3 = Command::new("sqlite3").arg("-version").output().is_ok();
    if !has_sqlite3 {
        assert!(
            std::env::var_os("MITRA_REQUIRE_TOOLS").is_none(),
            "sqlite3 is required (scripts/test installs it)"
        );
        eprintln!("sqlite3 not installed: skipped");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let vault = open_vault(tmp.path(), FAST);
    vault.setup(&SetupOptions::new("2468")).unwrap();
    vault
        .write(|tx| journal::add(tx, CANARY, now_ms()))
        .unwrap();
    vault.lock();
    for index in 0..2 {
        let db = tmp.path().join(format!("vault/vault-{index}.db"));
        let out = Command::new("sqlite3")
            .arg(&db)
            .arg(".tables")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "sqlite3 read {}", db.display());
        assert!(stderr.contains("file is not a database"), "{stderr}");
        assert!(out.stdout.is_empty());
    }
}
