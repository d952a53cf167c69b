//! The real `mitra-hotline` binary on loopback: keygen, card, serve without the identity,
//! records made by mitra-core sealed and sent, receipts verified, export decrypts, stock `age`
//! and `minisign` agree, and bad input never crashes the server or loses what it stored.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stderr)]

mod support;

use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use mitra_core::protocol::batch::{self, Answer, Rejection};
use mitra_core::protocol::card::HotlineCard;
use mitra_core::protocol::envelope::{self, Envelope};
use mitra_core::protocol::records::{self, *};
use mitra_core::reports;
use mitra_core::vault::{DelayPolicy, FileKeyWrapper, KdfParams, SetupOptions, Vault, VaultConfig};
use support::{hotline, serve};

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into()
}

fn post(url: &str, body: &[u8]) -> (u16, Vec<u8>) {
    let mut resp = agent().post(&format!("{url}/v1/batch")).send(body).unwrap();
    let status = resp.status().as_u16();
    (status, resp.body_mut().read_to_vec().unwrap_or_default())
}

fn get(url: &str, path: &str) -> (u16, String) {
    let mut resp = agent().get(&format!("{url}{path}")).call().unwrap();
    (
        resp.status().as_u16(),
        resp.body_mut().read_to_string().unwrap_or_default(),
    )
}

fn have(tool: &str) -> bool {
    let found = Command::new(tool).arg("--version").output().is_ok()
        || Command::new(tool).arg("-h").output().is_ok();
    if !found {
        assert!(
            std::env::var_os("MITRA_REQUIRE_TOOLS").is_none(),
            "{tool} is required (scripts/test installs it)"
        );
        eprintln!("{tool} not installed: part of the test skipped");
    }
    found
}

/// Bodies as the phone's core stores them: a help request in Nepali and a report in Burmese.
fn phone_bodies(tmp: &Path) -> Vec<(mitra_core::protocol::RecordId, Vec<u8>)> {
    let config = VaultConfig {
        kdf: KdfParams {
            memory_kib: 64,
            iterations: 1,
            lanes: 1,
        },
        delay: DelayPolicy {
            free_attempts: u32::MAX,
            base_delay_ms: 0,
            max_delay_ms: 0,
        },
    };
    let vault = Vault::open(
        tmp.join("phone"),
        Arc::new(FileKeyWrapper::new(tmp.join("phone.key"))),
        config,
    )
    .unwrap();
    vault.setup(&SetupOptions::new("2468")).unwrap();
    vault
        .write(|tx| {
            reports::save_help_request(
                tx,
                HelpRequest {
                    needs: vec![Need::LeaveNow, Need::DocumentsTaken],
                    people: 1,
                    minors: false,
                    country: Some("MY".into()),
                    area: Some("Johor Bahru".into()),
                    position: None,
                    contact: Contact {
                        method: ContactMethod::Sms,
                        number: Some("+60 12 345 6789".into()),
                    },
                    contact_window: Some("after 9 pm".into()),
                    language: "ne".into(),
                    note: Some("मालिकले मेरो राहदानी लियो".into()),
                },
                1,
            )
        })
        .unwrap();
    let rid = vault
        .write(|tx| {
            reports::save_report_draft(
                tx,
                Report {
                    about: About::Myself,
                    interviewer_role: None,
                    sector: Some(Sector::Fishing),
                    origin_country: Some("MM".into()),
                    transit_countries: vec![],
                    destination_country: Some("TH".into()),
                    nationality: Some("MM".into()),
                    recruiter: None,
                    employer: None,
                    recruited_on: None,
                    work_started_on: None,
                    work_ended_on: None,
                    narrative: "ကျွန်တော့်ရဲ့ ပတ်စပို့ကို အလုပ်ရှင်က သိမ်းထားတယ်။".into(),
                    answers: vec![IndicatorAnswer {
                        indicator: Indicator::RetentionOfDocuments,
                        answer: records::Answer::Yes,
                    }],
                    minors_involved: false,
                    consent: Consent {
                        hotline: true,
                        ngo: false,
                        police: false,
                    },
                    language: "my".into(),
                },
                2,
            )
        })
        .unwrap();
    vault.write(|tx| reports::queue_report(tx, rid, 3)).unwrap();
    vault
        .read(reports::list)
        .unwrap()
        .into_iter()
        .map(|r| (r.id, records::encode_body(&r.body.unwrap())))
        .collect()
}

#[test]
fn records_from_the_phone_core_arrive_once_with_verified_receipts_and_export_decrypted() {
    let tmp = tempfile::tempdir().unwrap();
    let (keys, identity, card, _) = support::setup_keys(tmp.path(), "https://inbox.example.org");
    let data = tmp.path().join("inbox");
    let server = serve(&keys, &data, &[]);
    assert_eq!(get(&server.url, "/health"), (200, "ok\n".into()));
    let (status, served_card) = get(&server.url, "/v1/card");
    assert_eq!(
        (status, HotlineCard::from_text(&served_card).unwrap()),
        (200, card.clone())
    );

    let bodies = phone_bodies(tmp.path());
    let envelopes: Vec<Envelope> = bodies
        .iter()
        .map(|(id, body)| envelope::seal(*id, body, &card.age_recipient).unwrap())
        .collect();
    let request =
        batch::encode_request(&envelopes.iter().map(Envelope::to_bytes).collect::<Vec<_>>());
    let (status, first) = post(&server.url, &request);
    assert_eq!(status, 200);
    let answers = batch::parse_response(&first).unwrap();
    let hotline_key = card.verifying_key().unwrap();
    for (answer, env) in answers.iter().zip(&envelopes) {
        let Answer::Accepted(receipt) = answer else {
            panic!("{answer:?}")
        };
        receipt.verify(&hotline_key).unwrap();
        assert_eq!((receipt.id, receipt.digest), (env.id, env.digest()));
    }

    // The same batch again: stored once, the very same receipts.
    let (status, second) = post(&server.url, &request);
    assert_eq!((status, &second), (200, &first));
    let (_, metrics) = get(&server.url, "/metrics");
    assert!(
        metrics.contains("mitra_envelopes_stored_total 2"),
        "{metrics}"
    );
    assert!(
        metrics.contains("mitra_envelopes_duplicate_total 2"),
        "{metrics}"
    );
    assert!(metrics.contains("mitra_envelopes 2"), "{metrics}");

    // The operator decrypts on their own machine.
    let o = hotline(&[
        "export",
        "--data",
        data.to_str().unwrap(),
        "--identity",
        identity.to_str().unwrap(),
        "--format",
        "jsonl",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let lines: Vec<serde_json::Value> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "nothing twice");
    let help = lines.iter().find(|l| l["kind"] == "help-request").unwrap();
    assert_eq!(help["note"], "मालिकले मेरो राहदानी लियो");
    assert_eq!(
        help["needs"],
        serde_json::json!(["leave-now", "documents-taken"])
    );
    let report = lines.iter().find(|l| l["kind"] == "report").unwrap();
    assert_eq!(report["narrative"], "ကျွန်တော့်ရဲ့ ပတ်စပို့ကို အလုပ်ရှင်က သိမ်းထားတယ်။");
    assert_eq!(report["answers"]["retention-of-documents"], "yes");
    let receipt_ids: Vec<String> = answers.iter().map(|a| a.id().to_string()).collect();
    assert!(
        lines
            .iter()
            .all(|l| receipt_ids.contains(&l["id"].as_str().unwrap().to_owned()))
    );

    let o = hotline(&[
        "export",
        "--data",
        data.to_str().unwrap(),
        "--identity",
        identity.to_str().unwrap(),
        "--format",
        "csv",
    ]);
    let csv = String::from_utf8(o.stdout).unwrap();
    assert_eq!(csv.lines().count(), 3, "{csv}");
    assert!(csv.contains("मालिकले मेरो राहदानी लियो"));

    // A stranger's identity opens nothing.
    let stranger = tmp.path().join("stranger");
    assert!(
        hotline(&["keygen", "--out", stranger.to_str().unwrap()])
            .status
            .success()
    );
    let o = hotline(&[
        "export",
        "--data",
        data.to_str().unwrap(),
        "--identity",
        stranger.join("identity.txt").to_str().unwrap(),
    ]);
    assert!(!o.status.success());
    assert!(o.stdout.is_empty());

    // Stock age decrypts the stored payload with the same identity file.
    if have("age") {
        let payload = tmp.path().join("payload.age");
        std::fs::write(&payload, &envelopes[0].payload).unwrap();
        let o = Command::new("age")
            .args(["-d", "-i"])
            .arg(&identity)
            .arg(&payload)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        assert_eq!(envelope::decompress(&o.stdout).unwrap(), bodies[0].1);
    }
    // Stock minisign verifies the card with the published key.
    if have("minisign") {
        let o = Command::new("minisign")
            .args(["-V", "-m"])
            .arg(keys.join("card.cbor"))
            .arg("-p")
            .arg(keys.join("signing.pub"))
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
}

#[test]
fn bad_input_gets_a_clear_status_and_never_loses_what_is_stored() {
    let tmp = tempfile::tempdir().unwrap();
    let (keys, identity, card, _) = support::setup_keys(tmp.path(), "https://inbox.example.org");
    let data = tmp.path().join("inbox");
    let server = serve(
        &keys,
        &data,
        &["--rate-burst", "200", "--rate-per-second", "50"],
    );

    let bodies = phone_bodies(tmp.path());
    let good = envelope::seal(bodies[0].0, &bodies[0].1, &card.age_recipient).unwrap();
    let request = batch::encode_request(&[good.to_bytes()]);
    assert_eq!(post(&server.url, &request).0, 200);

    // Garbage, truncated, oversized.
    assert_eq!(post(&server.url, b"hello").0, 400);
    assert_eq!(post(&server.url, &request[..request.len() - 1]).0, 400);
    assert_eq!(post(&server.url, &[]).0, 400);
    assert_eq!(
        post(&server.url, &vec![0u8; batch::MAX_BATCH_BYTES + 1]).0,
        413
    );

    // Per envelope: wrong recipient, same id with other content, a broken envelope.
    let stranger = mitra_core::protocol::age::x25519::Identity::generate()
        .to_public()
        .to_string();
    let wrong = envelope::seal(bodies[1].0, &bodies[1].1, &stranger).unwrap();
    let conflict = envelope::seal(bodies[0].0, &bodies[1].1, &card.age_recipient).unwrap();
    let mut broken = good.to_bytes();
    broken[0] = 99;
    let (status, body) = post(
        &server.url,
        &batch::encode_request(&[wrong.to_bytes(), conflict.to_bytes(), broken]),
    );
    assert_eq!(status, 200);
    let answers = batch::parse_response(&body).unwrap();
    let reasons: Vec<Option<Rejection>> = answers
        .iter()
        .map(|a| match a {
            Answer::Rejected { reason, .. } => Some(*reason),
            Answer::Accepted(_) => None,
        })
        .collect();
    assert_eq!(
        reasons,
        vec![
            Some(Rejection::WrongRecipient),
            Some(Rejection::Conflict),
            Some(Rejection::Malformed)
        ]
    );

    // A burst of 10,000 requests from 4 threads: only 200, 400 or 429, and the server lives on.
    let url = Arc::new(server.url.clone());
    let threads: Vec<_> = (0..4)
        .map(|t| {
            let url = url.clone();
            let request = request.clone();
            std::thread::spawn(move || {
                let mut seen = std::collections::BTreeMap::new();
                for i in 0..2500 {
                    let body: &[u8] = if (i + t) % 2 == 0 { &request } else { b"junk" };
                    *seen.entry(post(&url, body).0).or_insert(0u32) += 1;
                }
                seen
            })
        })
        .collect();
    let mut statuses = std::collections::BTreeMap::new();
    for t in threads {
        for (k, v) in t.join().unwrap() {
            *statuses.entry(k).or_insert(0) += v;
        }
    }
    assert!(
        statuses.keys().all(|s| [200, 400, 429].contains(s)),
        "{statuses:?}"
    );
    assert!(
        statuses.get(&429).copied().unwrap_or(0) > 0,
        "the rate limit held: {statuses:?}"
    );
    assert_eq!(statuses.values().sum::<u32>(), 10_000);
    assert_eq!(get(&server.url, "/health").0, 200);

    // Nothing stored was lost or doubled.
    let o = hotline(&[
        "export",
        "--data",
        data.to_str().unwrap(),
        "--identity",
        identity.to_str().unwrap(),
    ]);
    assert!(o.status.success());
    let lines: Vec<&str> = std::str::from_utf8(&o.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), 1);
    assert!(lines[0].contains(&bodies[0].0.to_string()), "{}", lines[0]);
}

#[test]
fn keygen_never_overwrites_and_serve_refuses_missing_keys() {
    let tmp = tempfile::tempdir().unwrap();
    let keys = tmp.path().join("keys");
    assert!(
        hotline(&["keygen", "--out", keys.to_str().unwrap()])
            .status
            .success()
    );
    let before = std::fs::read(keys.join("identity.txt")).unwrap();
    assert!(
        !hotline(&["keygen", "--out", keys.to_str().unwrap()])
            .status
            .success()
    );
    assert_eq!(std::fs::read(keys.join("identity.txt")).unwrap(), before);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(keys.join("identity.txt"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let o = hotline(&[
        "serve",
        "--keys",
        tmp.path().join("nothing").to_str().unwrap(),
        "--data",
        tmp.path().to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&o.stderr).lines().count(), 1);
}
