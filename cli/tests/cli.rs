//! The `mitra` binary as a field worker's laptop runs it: exit codes, one-line errors, JSON.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const PIN: &str = "2468";
const DURESS: &str = "1111";

fn mitra(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mitra"));
    cmd.arg("--data-dir")
        .arg(dir)
        .args(args)
        .stdin(Stdio::null());
    for var in [
        "MITRA_PIN",
        "MITRA_DURESS_PIN",
        "MITRA_NEW_PIN",
        "MITRA_DATA_DIR",
        "MITRA_LOG",
    ] {
        cmd.env_remove(var);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {:?}", o))
}

fn assert_one_line_error(o: &Output, expected_code: i32) {
    assert_eq!(code(o), expected_code, "stderr: {}", stderr(o));
    let err = stderr(o);
    assert_eq!(
        err.trim_end().lines().count(),
        1,
        "one line on stderr: {err:?}"
    );
    assert!(
        !err.contains(PIN) && !err.contains(DURESS),
        "a PIN leaked: {err}"
    );
}

fn init(dir: &Path) {
    let o = mitra(
        dir,
        &["--json", "init"],
        &[("MITRA_PIN", PIN), ("MITRA_DURESS_PIN", DURESS)],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v["initialized"], true);
    assert_eq!(v["locked"], true);
}

#[test]
fn journal_round_trip_wrong_pin_and_duress() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    init(&dir);

    let o = mitra(
        &dir,
        &["journal", "add", "no wages since March"],
        &[("MITRA_PIN", PIN)],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));

    let o = mitra(&dir, &["journal", "list"], &[("MITRA_PIN", "9999")]);
    assert_one_line_error(&o, 3);
    assert!(stderr(&o).contains("9 tries left"), "{}", stderr(&o));
    assert!(o.stdout.is_empty());

    let o = mitra(&dir, &["--json", "unlock"], &[("MITRA_PIN", "0000")]);
    assert_one_line_error(&o, 3);
    let err: Value = serde_json::from_str(stderr(&o).trim()).unwrap();
    assert_eq!(err["error"], "wrong_pin");
    assert_eq!(err["attempts_left"], 8);

    let o = mitra(&dir, &["--json", "status"], &[]);
    assert_eq!(json(&o)["failed_attempts"], 2);

    let o = mitra(&dir, &["--json", "journal", "list"], &[("MITRA_PIN", PIN)]);
    assert_eq!(code(&o), 0);
    let list = json(&o);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["text"], "no wages since March");

    let o = mitra(
        &dir,
        &["--json", "journal", "list"],
        &[("MITRA_PIN", DURESS)],
    );
    assert_eq!(code(&o), 0, "duress PIN opens like the real one");
    assert_eq!(json(&o), serde_json::json!([]));

    let o = mitra(&dir, &["journal", "delete", "42"], &[("MITRA_PIN", PIN)]);
    assert_one_line_error(&o, 4);
}

#[test]
fn locked_without_a_pin_and_usage_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");

    let o = mitra(&dir, &["journal", "list"], &[("MITRA_PIN", PIN)]);
    assert_one_line_error(&o, 4); // nothing set up yet

    let o = mitra(&dir, &["init"], &[]);
    assert_one_line_error(&o, 2); // no PIN and no terminal

    let o = mitra(&dir, &["init", "--wipe-on-duress"], &[("MITRA_PIN", PIN)]);
    assert_one_line_error(&o, 2);

    let o = mitra(&dir, &["init"], &[("MITRA_PIN", "12")]);
    assert_one_line_error(&o, 2);
    assert!(stderr(&o).contains("too short"), "{}", stderr(&o));

    init(&dir);
    let o = mitra(&dir, &["init"], &[("MITRA_PIN", PIN)]);
    assert_one_line_error(&o, 1);

    let o = mitra(&dir, &["journal", "list"], &[]);
    assert_one_line_error(&o, 3); // locked: no PIN given

    let o = mitra(&dir, &["no-such-command"], &[]);
    assert_eq!(code(&o), 2);

    let o = mitra(&dir, &["wipe"], &[]);
    assert_one_line_error(&o, 2); // no --yes and no terminal: nothing wiped
    assert_eq!(
        json(&mitra(&dir, &["--json", "status"], &[]))["initialized"],
        true
    );

    let o = mitra(&dir, &["--lang", "ne NP", "status"], &[]);
    assert_one_line_error(&o, 2);
}

#[test]
fn change_pin_then_wipe() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    init(&dir);
    let o = mitra(
        &dir,
        &["change-pin"],
        &[("MITRA_PIN", PIN), ("MITRA_NEW_PIN", DURESS)],
    );
    assert_one_line_error(&o, 2); // would collide with the duress PIN
    let o = mitra(
        &dir,
        &["change-pin"],
        &[("MITRA_PIN", PIN), ("MITRA_NEW_PIN", "97531")],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        code(&mitra(&dir, &["unlock"], &[("MITRA_PIN", "97531")])),
        0
    );

    let o = mitra(&dir, &["--json", "wipe", "--yes"], &[]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v["wiped"], true);
    assert!(v["duration_ms"].as_u64().is_some());
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        0,
        "nothing left in the data dir"
    );
    assert_one_line_error(&mitra(&dir, &["unlock"], &[("MITRA_PIN", "97531")]), 4);
}

#[test]
fn data_dir_from_the_environment() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("from-env");
    let o = Command::new(env!("CARGO_BIN_EXE_mitra"))
        .args(["--json", "status"])
        .env("MITRA_DATA_DIR", &dir)
        .output()
        .unwrap();
    assert_eq!(code(&o), 0);
    assert_eq!(json(&o)["data_dir"], dir.display().to_string());
}

#[test]
fn demo_runs_with_no_arguments_and_no_setup() {
    let o = Command::new(env!("CARGO_BIN_EXE_mitra"))
        .arg("demo")
        .env_remove("MITRA_PIN")
        .output()
        .unwrap();
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("every step above was checked"), "{text}");
    let o = Command::new(env!("CARGO_BIN_EXE_mitra"))
        .args(["--lang", "my", "demo"])
        .output()
        .unwrap();
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        !text.contains("every step above was checked") && text.contains("မြန်မာ")
            || text.chars().any(|c| ('\u{1000}'..='\u{109F}').contains(&c)),
        "{text}"
    );
    let o = Command::new(env!("CARGO_BIN_EXE_mitra"))
        .args(["--json", "demo"])
        .output()
        .unwrap();
    assert_eq!(json(&o)["demo"], "ok");
}

#[test]
fn help_request_report_outbox_and_show() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    init(&dir);
    let pin = [("MITRA_PIN", PIN)];

    let o = mitra(
        &dir,
        &[
            "--json",
            "--lang",
            "ne",
            "help-request",
            "--need",
            "leave-now,documents-taken",
            "--people",
            "2",
            "--minors",
            "--country",
            "MY",
            "--area",
            "Johor Bahru",
            "--contact",
            "sms:+60 12 345 6789",
            "--contact-window",
            "after 9 pm",
            "--note",
            "मालिकले राहदानी लियो",
        ],
        &pin,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let id = json(&o)["id"].as_str().unwrap().to_owned();
    assert_eq!(id.len(), 36);

    let report = tmp.path().join("report.json");
    std::fs::write(
        &report,
        r#"{"about": "someone-else", "interviewer_role": "case-worker", "sector": "fishing",
            "origin_country": "MM", "destination_country": "TH", "narrative": "ကျွန်တော့်ရဲ့ ပတ်စပို့ကို သိမ်းထားတယ်",
            "answers": {"retention-of-documents": "yes", "isolation": "unsure"},
            "consent": ["ngo"], "recruited_on": "2024-11"}"#,
    )
    .unwrap();
    let o = mitra(
        &dir,
        &[
            "--json",
            "report",
            "new",
            "--file",
            report.to_str().unwrap(),
        ],
        &pin,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let rid = json(&o)["id"].as_str().unwrap().to_owned();
    assert_eq!(json(&o)["status"], "draft");

    // No consent to the hotline: it cannot be queued, and it stays a draft.
    let o = mitra(&dir, &["report", "queue", &rid[..8]], &pin);
    assert_one_line_error(&o, 2);
    assert!(stderr(&o).contains("agree"), "{}", stderr(&o));

    let o = mitra(&dir, &["--json", "outbox"], &pin);
    let queue = json(&o);
    assert_eq!(queue.as_array().unwrap().len(), 1, "{queue}");
    assert_eq!(queue[0]["record_id"], id.as_str());
    assert_eq!(queue[0]["attempts"], 0);

    let o = mitra(&dir, &["--json", "report", "list"], &pin);
    assert_eq!(json(&o).as_array().unwrap().len(), 2);

    let o = mitra(&dir, &["--json", "report", "show", &id[..8]], &pin);
    let shown = json(&o);
    assert_eq!(shown["help_request"]["note"], "मालिकले राहदानी लियो");
    assert_eq!(
        shown["help_request"]["needs"],
        serde_json::json!(["leave-now", "documents-taken"])
    );
    assert_eq!(shown["help_request"]["contact"]["method"], "sms");
    assert_eq!(shown["help_request"]["language"], "ne");
    assert_eq!(shown["assessment"]["urgency"], "immediate");

    let o = mitra(&dir, &["--json", "report", "show", &rid], &pin);
    let shown = json(&o);
    assert_eq!(shown["report"]["narrative"], "ကျွန်တော့်ရဲ့ ပတ်စပို့ကို သိမ်းထားတယ်");
    assert_eq!(shown["report"]["recruited_on"]["month"], 11);
    assert_eq!(shown["assessment"]["concerns"][0]["code"], "documents");

    let o = mitra(&dir, &["report", "show", &rid], &pin);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("A person at the hotline"), "{text}");

    // The duress PIN sees none of it.
    let o = mitra(
        &dir,
        &["--json", "report", "list"],
        &[("MITRA_PIN", DURESS)],
    );
    assert_eq!(json(&o), serde_json::json!([]));
    let o = mitra(&dir, &["--json", "outbox"], &[("MITRA_PIN", DURESS)]);
    assert_eq!(json(&o), serde_json::json!([]));
    assert_one_line_error(
        &mitra(&dir, &["report", "show", &id], &[("MITRA_PIN", DURESS)]),
        4,
    );

    let o = mitra(&dir, &["report", "delete", &id], &pin);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let o = mitra(&dir, &["--json", "outbox"], &pin);
    assert_eq!(json(&o), serde_json::json!([]));
}

#[test]
fn report_flags_queue_with_consent_and_bad_input_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    init(&dir);
    let pin = [("MITRA_PIN", PIN)];
    let o = mitra(
        &dir,
        &[
            "--json",
            "report",
            "new",
            "--narrative",
            "Paid 3000 USD fee",
            "--answer",
            "recruitment-fees=yes",
            "--consent",
            "hotline,ngo",
            "--queue",
        ],
        &pin,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(json(&o)["status"], "queued");

    for args in [
        vec!["help-request", "--need", "levitation"],
        vec!["help-request", "--need", "medical", "--contact", "sms"],
        vec!["help-request", "--need", "medical", "--country", "Nepal"],
        vec!["report", "new", "--answer", "deception=maybe"],
        vec!["report", "new", "--consent", "everyone"],
        vec!["report", "new", "--attach", "/nonexistent/photo.jpg"],
        vec!["report", "new", "--file", "/nonexistent.json"],
    ] {
        let o = mitra(&dir, &args, &pin);
        assert_one_line_error(&o, 2);
    }
    let bad = tmp.path().join("bad.json");
    std::fs::write(
        &bad,
        r#"{"about": "self", "narrative": "secret words", "colour": "blue"}"#,
    )
    .unwrap();
    let o = mitra(
        &dir,
        &["report", "new", "--file", bad.to_str().unwrap()],
        &pin,
    );
    assert_one_line_error(&o, 2);
    assert!(!stderr(&o).contains("secret words"));
    let o = mitra(&dir, &["--json", "report", "list"], &pin);
    assert_eq!(
        json(&o).as_array().unwrap().len(),
        1,
        "nothing half-made was stored"
    );

    let photo = tmp.path().join("contract.jpg");
    std::fs::write(&photo, b"\xff\xd8\xff fake jpeg").unwrap();
    let o = mitra(
        &dir,
        &[
            "--json",
            "report",
            "new",
            "--narrative",
            "x",
            "--attach",
            photo.to_str().unwrap(),
        ],
        &pin,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let id = json(&o)["id"].as_str().unwrap().to_owned();
    let o = mitra(&dir, &["--json", "report", "show", &id], &pin);
    assert_eq!(json(&o)["attachments"][0]["size"], 13);
}

#[test]
fn lang_switches_every_message() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    init(&dir);
    let en = stderr(&mitra(&dir, &["unlock"], &[("MITRA_PIN", "0000")]));
    let ne = stderr(&mitra(
        &dir,
        &["--lang", "ne", "unlock"],
        &[("MITRA_PIN", "0000")],
    ));
    let ar = stderr(&mitra(
        &dir,
        &["--lang", "ar", "unlock"],
        &[("MITRA_PIN", "0000")],
    ));
    let id = stderr(&mitra(
        &dir,
        &["unlock"],
        &[("MITRA_PIN", "0000"), ("LANG", "in_ID.UTF-8")],
    ));
    for other in [&ne, &ar, &id] {
        assert_ne!(&en, other);
    }
    assert!(
        ne.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c)),
        "{ne}"
    );
    assert!(
        ar.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "{ar}"
    );
    let status =
        String::from_utf8_lossy(&mitra(&dir, &["--lang", "ne", "status"], &[]).stdout).into_owned();
    assert!(status.contains('४') || status.contains("PIN"), "{status}");
}

#[test]
fn purge_setting_is_kept_per_vault() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    init(&dir);
    let o = mitra(&dir, &["--json", "settings"], &[("MITRA_PIN", PIN)]);
    assert_eq!(json(&o)["purge_after_days"], 0);
    let o = mitra(
        &dir,
        &["--json", "settings", "--purge-after-days", "30"],
        &[("MITRA_PIN", PIN)],
    );
    assert_eq!(json(&o)["purge_after_days"], 30);
    let o = mitra(&dir, &["--json", "settings"], &[("MITRA_PIN", DURESS)]);
    assert_eq!(
        json(&o)["purge_after_days"],
        0,
        "the decoy has its own settings"
    );
    assert_one_line_error(
        &mitra(
            &dir,
            &["settings", "--purge-after-days", "99999"],
            &[("MITRA_PIN", PIN)],
        ),
        2,
    );
}

/// The hotline binary built beside this one (same workspace target directory).
fn hotline_bin() -> Option<std::path::PathBuf> {
    let bin = Path::new(env!("CARGO_BIN_EXE_mitra")).with_file_name("mitra-hotline");
    if bin.exists() {
        return Some(bin);
    }
    assert!(
        std::env::var_os("MITRA_REQUIRE_TOOLS").is_none(),
        "mitra-hotline is not built"
    );
    None
}

struct Inbox(std::process::Child);
impl Drop for Inbox {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A real hotline on loopback: its keys folder, a card file for it, and the server (until dropped).
struct Hotline {
    bin: std::path::PathBuf,
    keys: std::path::PathBuf,
    data: std::path::PathBuf,
    card: std::path::PathBuf,
    _inbox: Inbox,
}

fn start_hotline(tmp: &Path) -> Option<Hotline> {
    use std::io::BufRead;
    let bin = hotline_bin()?;
    let keys = tmp.join("keys");
    assert!(
        Command::new(&bin)
            .args(["keygen", "--out"])
            .arg(&keys)
            .output()
            .unwrap()
            .status
            .success()
    );
    let data = tmp.join("inbox");
    let mut child = Command::new(&bin)
        .args(["serve", "--listen", "127.0.0.1:0", "--keys"])
        .arg(&keys)
        .arg("--data")
        .arg(&data)
        .env("MITRA_LOG", "off")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let inbox = Inbox(child);
    let url = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap()
        .to_owned();
    let o = Command::new(&bin)
        .args([
            "card",
            "--name",
            "Test Hotline",
            "--endpoint",
            &url,
            "--keys",
        ])
        .arg(&keys)
        .output()
        .unwrap();
    assert!(o.status.success());
    let card = tmp.join("card.txt");
    std::fs::write(&card, &o.stdout).unwrap();
    Some(Hotline {
        bin,
        keys,
        data,
        card,
        _inbox: inbox,
    })
}

#[test]
fn pair_with_a_card_then_sync_to_a_real_hotline() {
    use std::io::Write;
    let tmp = tempfile::tempdir().unwrap();
    let Some(hotline) = start_hotline(tmp.path()) else {
        return;
    };
    let card = hotline.card.clone();
    let dir = tmp.path().join("data");
    init(&dir);
    let pin = [("MITRA_PIN", PIN)];
    let o = mitra(&dir, &["--json", "help-request", "--need", "medical"], &pin);
    assert_eq!(code(&o), 0);
    let o = mitra(&dir, &["sync"], &pin);
    assert_one_line_error(&o, 2); // not paired yet

    let text = String::from_utf8(o.stdout.clone()).unwrap_or_default();
    assert!(text.is_empty());
    let mut forged = std::fs::read_to_string(&card).unwrap().trim().to_owned();
    let last = forged.pop().unwrap();
    forged.push(if last == 'A' { 'B' } else { 'A' });
    let forged_file = tmp.path().join("forged.txt");
    std::fs::write(&forged_file, forged).unwrap();
    let o = mitra(&dir, &["pair", forged_file.to_str().unwrap()], &pin);
    assert_one_line_error(&o, 2);
    assert!(stderr(&o).contains("not valid"), "{}", stderr(&o));

    // Pair through standard input.
    let mut child = Command::new(env!("CARGO_BIN_EXE_mitra"))
        .args(["--json", "--data-dir"])
        .arg(&dir)
        .args(["pair", "-"])
        .env("MITRA_PIN", PIN)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(&std::fs::read(&card).unwrap())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(json(&o)["paired"], "Test Hotline");

    let o = mitra(&dir, &["--json", "outbox"], &pin);
    assert_eq!(json(&o)[0]["sealed"], true);
    let o = mitra(&dir, &["--json", "sync"], &pin);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(
        (
            v["acknowledged"].as_u64(),
            v["pending"].as_u64(),
            v["failed"].as_u64()
        ),
        (Some(1), Some(0), Some(0))
    );
    assert_eq!(
        json(&mitra(&dir, &["--json", "outbox"], &pin)),
        serde_json::json!([])
    );
    let o = mitra(&dir, &["--json", "report", "list"], &pin);
    assert_eq!(json(&o)[0]["status"], "acknowledged");
}

#[test]
fn recruiter_search_show_review_job_check_and_directory_import() {
    let tmp = tempfile::tempdir().unwrap();
    let Some(hotline) = start_hotline(tmp.path()) else {
        return;
    };
    let csv = tmp.path().join("agencies.csv");
    std::fs::write(
        &csv,
        "licence_number,country,authority,name,aliases,status,status_since,phones,address\n\
         1043/071/72,NP,Department of Foreign Employment,Himalaya Overseas Manpower Pvt. Ltd.,हिमालय ओभरसिज म्यानपावर,licensed,2022-05-01,+97714471234,Kathmandu\n\
         0877/069/70,NP,Department of Foreign Employment,Golden Gulf Overseas,,revoked,2024-02-01,+97714479876,\n",
    )
    .unwrap();
    let bundle = tmp.path().join("directory.bundle");
    let o = Command::new(&hotline.bin)
        .args(["directory", "publish", "--keys"])
        .arg(&hotline.keys)
        .arg("--data")
        .arg(&hotline.data)
        .arg("--out")
        .arg(&bundle)
        .arg(&csv)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));

    let dir = tmp.path().join("data");
    init(&dir);
    let pin = [("MITRA_PIN", PIN)];
    let o = mitra(&dir, &["recruiter", "search", "Himalaya"], &pin);
    assert_eq!(code(&o), 0);
    assert!(String::from_utf8_lossy(&o.stdout).contains("no recruiter directory"));
    let o = mitra(&dir, &["pair", hotline.card.to_str().unwrap()], &pin);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let o = mitra(&dir, &["--json", "sync"], &pin);
    assert_eq!(json(&o)["directory_version"], 1);

    // JSON results carry licence_number, name, country, status, score.
    let o = mitra(
        &dir,
        &["--json", "recruiter", "search", "हिमालय ओभरसिज"],
        &pin,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v[0]["licence_number"], "1043/071/72");
    assert_eq!(v[0]["name"], "Himalaya Overseas Manpower Pvt. Ltd.");
    assert_eq!(v[0]["country"], "NP");
    assert_eq!(v[0]["status"], "licensed");
    assert!(v[0]["score"].as_f64().unwrap() > 0.0);
    // Nothing close: an empty array, and a plain warning for people.
    let o = mitra(
        &dir,
        &["--json", "recruiter", "search", "Zebra Quantum Holdings"],
        &pin,
    );
    assert_eq!(json(&o), serde_json::json!([]));
    let o = mitra(
        &dir,
        &["recruiter", "search", "Zebra Quantum Holdings"],
        &pin,
    );
    assert!(String::from_utf8_lossy(&o.stdout).contains("not in the directory"));
    let o = mitra(
        &dir,
        &["--lang", "ne", "recruiter", "show", "NP:0877/069/70"],
        &pin,
    );
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("खारेज"),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    assert_one_line_error(&mitra(&dir, &["recruiter", "show", "NP:404"], &pin), 4);

    let o = mitra(
        &dir,
        &[
            "--json",
            "recruiter",
            "review",
            "NP:1043/071/72",
            "--rating",
            "2",
            "--fee",
            "150000:NPR:recruiter",
            "--passport-kept",
            "yes",
            "--text",
            "Passport kept.",
        ],
        &pin,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(json(&o)["status"], "queued");
    assert_one_line_error(
        &mitra(
            &dir,
            &["recruiter", "review", "NP:1043/071/72", "--rating", "9"],
            &pin,
        ),
        2,
    );
    assert_one_line_error(
        &mitra(
            &dir,
            &["recruiter", "review", "--rating", "3", "--fee", "lots"],
            &pin,
        ),
        2,
    );

    let o = mitra(
        &dir,
        &[
            "--json",
            "job-check",
            "--passport-handover",
            "yes",
            "--recruiter",
            "NP:0877/069/70",
            "--text",
            "Processing fee NPR 200000, visit visa",
        ],
        &pin,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let codes: Vec<String> = json(&o)["flags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_owned())
        .collect();
    for expected in [
        "passport-handover",
        "recruiter-not-licensed",
        "fee-demanded",
        "visit-visa",
    ] {
        assert!(
            codes.iter().any(|c| c == expected),
            "{expected} in {codes:?}"
        );
    }
    assert_one_line_error(&mitra(&dir, &["job-check", "--visa", "space"], &pin), 2);

    // The published file, as the hotline wrote it: older than what the phone has, so refused.
    let signature = std::fs::read(tmp.path().join("directory.bundle.minisig")).unwrap();
    let mut wire = b"MTDS".to_vec();
    wire.extend_from_slice(&(signature.len() as u16).to_be_bytes());
    wire.extend_from_slice(&signature);
    wire.extend_from_slice(&std::fs::read(&bundle).unwrap());
    let file = tmp.path().join("wire.bundle");
    std::fs::write(&file, &wire).unwrap();
    let o = mitra(&dir, &["directory", "import", file.to_str().unwrap()], &pin);
    assert_one_line_error(&o, 2);
    assert!(stderr(&o).contains("not newer"), "{}", stderr(&o));
    let middle = wire.len() / 2;
    wire[middle] ^= 1;
    std::fs::write(&file, &wire).unwrap();
    let o = mitra(&dir, &["directory", "import", file.to_str().unwrap()], &pin);
    assert_one_line_error(&o, 2);
    assert!(stderr(&o).contains("not signed"), "{}", stderr(&o));
    let o = mitra(&dir, &["--json", "directory", "status"], &pin);
    assert_eq!(json(&o)["version"], 1);
    assert_eq!(json(&o)["entries"], 2);
}

#[test]
fn contract_snapshot_compare_wages_proof_and_bad_terms() {
    let tmp = tempfile::tempdir().unwrap();
    let Some(hotline) = start_hotline(tmp.path()) else {
        return;
    };
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/examples");
    let home = examples.join("contract-home.json");
    let destination = examples.join("contract-destination.json");
    let page = tmp.path().join("page.jpg");
    std::fs::write(&page, [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4]).unwrap();
    let dir = tmp.path().join("data");
    init(&dir);
    let pin = [("MITRA_PIN", PIN)];

    // Unknown keys are refused by name, in the person's language, and nothing is saved.
    let bad = tmp.path().join("bad.json");
    std::fs::write(&bad, r#"{"employer": "X", "salary": 900}"#).unwrap();
    let o = mitra(
        &dir,
        &["contract", "snapshot", "--terms", bad.to_str().unwrap()],
        &pin,
    );
    assert_one_line_error(&o, 2);
    assert!(stderr(&o).contains("“salary”"), "{}", stderr(&o));
    let o = mitra(
        &dir,
        &[
            "--json",
            "contract",
            "snapshot",
            "--terms",
            bad.to_str().unwrap(),
        ],
        &pin,
    );
    let v: Value = serde_json::from_str(stderr(&o).trim()).unwrap();
    assert_eq!(
        (v["field"].as_str(), v["reason"].as_str()),
        (Some("terms.salary"), Some("unknown-key"))
    );
    let not_photo = tmp.path().join("notes.txt");
    std::fs::write(&not_photo, "hello").unwrap();
    let o = mitra(
        &dir,
        &[
            "contract",
            "snapshot",
            "--terms",
            home.to_str().unwrap(),
            "--page",
            not_photo.to_str().unwrap(),
        ],
        &pin,
    );
    assert_one_line_error(&o, 2);
    let o = mitra(&dir, &["--json", "contract", "list"], &pin);
    assert_eq!(json(&o), serde_json::json!([]));

    let o = mitra(
        &dir,
        &[
            "--json",
            "contract",
            "snapshot",
            "--terms",
            home.to_str().unwrap(),
            "--page",
            page.to_str().unwrap(),
        ],
        &pin,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let saved = json(&o);
    let id = saved["id"].as_str().unwrap().to_owned();
    assert_eq!(saved["timestamped_at_ms"], Value::Null);
    assert_eq!(saved["terms"]["wage"]["amount"], "1400");
    let o = mitra(&dir, &["pair", hotline.card.to_str().unwrap()], &pin);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let o = mitra(&dir, &["--json", "sync"], &pin);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let o = mitra(&dir, &["--json", "contract", "show", &id[..8]], &pin);
    assert!(json(&o)["timestamped_at_ms"].as_i64().is_some());

    let o = mitra(
        &dir,
        &[
            "--json",
            "contract",
            "compare",
            &id,
            "--terms",
            destination.to_str().unwrap(),
        ],
        &pin,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v = json(&o);
    let first = &v["changes"][0];
    assert_eq!(first["kind"], "wage-lower");
    assert_eq!(first["severity"], "high");
    assert_eq!(
        first["before"],
        serde_json::json!({"amount": 1400, "currency": "QAR", "period": "month"})
    );
    assert_eq!(first["after"]["amount"], 900);
    assert_eq!(first["by"]["amount"], "500");
    let kinds: Vec<&str> = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["kind"].as_str().unwrap())
        .collect();
    for kind in [
        "passport-taken",
        "employer-changed",
        "fee-added",
        "hours-longer",
        "days-off-fewer",
        "deduction-added",
        "duration-longer",
    ] {
        assert!(kinds.contains(&kind), "{kind} in {kinds:?}");
    }
    let o = mitra(
        &dir,
        &[
            "--lang",
            "ar",
            "contract",
            "compare",
            &id,
            "--terms",
            destination.to_str().unwrap(),
        ],
        &pin,
    );
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("QAR"),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );

    let o = mitra(
        &dir,
        &[
            "--json",
            "contract",
            "wages",
            &id,
            "--paid",
            "2026-10=900",
            "--paid",
            "2026-11=1,400",
        ],
        &pin,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(json(&o)["total_shortfall"], "500");
    let o = mitra(
        &dir,
        &["contract", "wages", &id, "--paid", "October=900"],
        &pin,
    );
    assert_one_line_error(&o, 2);

    let proof = tmp.path().join("proof");
    let o = mitra(
        &dir,
        &[
            "--json",
            "contract",
            "proof",
            &id,
            "--out",
            proof.to_str().unwrap(),
            "--no-terms",
        ],
        &pin,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(!proof.join("terms.json").exists() && proof.join("page-01.jpg").exists());
    assert!(proof.join("SHA256SUMS.minisig").exists());
    let o = mitra(
        &dir,
        &["contract", "proof", &id, "--out", proof.to_str().unwrap()],
        &pin,
    );
    assert_one_line_error(&o, 2);

    let o = mitra(&dir, &["contract", "delete", &id], &pin);
    assert_eq!(code(&o), 0);
    let o = mitra(&dir, &["contract", "show", &id], &pin);
    assert_eq!(code(&o), 4);
}
