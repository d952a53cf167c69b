//! Help requests, reports, the outbox and purging, through a real vault.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{FAST, open_vault};
use mitra_core::error::Error;
use mitra_core::outbox::{self, Receipt};
use mitra_core::reports::{self, Status};
use mitra_core::settings;
use mitra_core::vault::{SetupOptions, Vault};
use mitra_protocol::records::*;
use proptest::prelude::*;

const DAY: i64 = 86_400_000;

fn vault(dir: &std::path::Path) -> Vault {
    let v = open_vault(dir, FAST);
    v.setup(&SetupOptions {
        duress_pin: Some("1111".into()),
        ..SetupOptions::new("2468")
    })
    .unwrap();
    v
}

fn help() -> HelpRequest {
    HelpRequest {
        needs: vec![Need::DocumentsTaken, Need::LeaveNow],
        people: 2,
        minors: true,
        country: Some("MY".into()),
        area: Some("Johor Bahru".into()),
        position: None,
        contact: Contact {
            method: ContactMethod::Sms,
            number: Some("+60 12 345 6789".into()),
        },
        contact_window: Some("after 9 pm".into()),
        language: "ne".into(),
        note: Some("मालिकले राहदानी लियो".into()),
    }
}

fn report(narrative: &str, hotline: bool) -> Report {
    Report {
        about: About::SomeoneElse,
        interviewer_role: Some(Role::CaseWorker),
        sector: Some(Sector::Construction),
        origin_country: Some("NP".into()),
        transit_countries: vec!["IN".into()],
        destination_country: Some("QA".into()),
        nationality: Some("NP".into()),
        recruiter: Some("Himalaya Manpower".into()),
        employer: None,
        recruited_on: Some(PartialDate {
            year: 2025,
            month: Some(3),
            day: None,
        }),
        work_started_on: None,
        work_ended_on: None,
        narrative: narrative.into(),
        answers: vec![
            IndicatorAnswer {
                indicator: Indicator::RetentionOfDocuments,
                answer: Answer::Yes,
            },
            IndicatorAnswer {
                indicator: Indicator::DebtBondage,
                answer: Answer::Unsure,
            },
        ],
        minors_involved: false,
        consent: Consent {
            hotline,
            ngo: true,
            police: false,
        },
        language: "ne".into(),
    }
}

#[test]
fn a_help_request_is_saved_and_queued_in_one_call() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let id = v
        .write(|tx| reports::save_help_request(tx, help(), 1_000))
        .unwrap();
    let rec = v.read(|c| reports::get(c, id)).unwrap();
    assert_eq!(rec.status, Status::Queued);
    let Some(Body::HelpRequest(h)) = rec.body else {
        panic!()
    };
    assert_eq!(
        h.needs,
        vec![Need::LeaveNow, Need::DocumentsTaken],
        "needs are kept sorted"
    );
    let queue = v.read(outbox::list).unwrap();
    assert_eq!(queue.len(), 1);
    assert_eq!(
        (
            queue[0].record_id,
            queue[0].attempts,
            queue[0].next_attempt_at_ms
        ),
        (id, 0, 1_000)
    );
}

#[test]
fn invalid_records_are_refused_with_the_field_and_nothing_is_stored() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let mut h = help();
    h.contact.number = None;
    let err = v
        .write(|tx| reports::save_help_request(tx, h, 0))
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::InvalidInput {
                field: "contact",
                reason: "number_missing"
            }
        ),
        "{err:?}"
    );
    assert!(v.read(reports::list).unwrap().is_empty());
    assert!(v.read(outbox::list).unwrap().is_empty());
}

#[test]
fn a_report_is_editable_while_draft_and_needs_consent_to_leave() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let id = v
        .write(|tx| reports::save_report_draft(tx, report("first words", false), 0))
        .unwrap();
    v.write(|tx| reports::update_report(tx, id, report("better words", false), 5))
        .unwrap();
    let err = v.write(|tx| reports::queue_report(tx, id, 6)).unwrap_err();
    assert!(
        matches!(
            err,
            Error::InvalidInput {
                field: "consent",
                ..
            }
        ),
        "{err:?}"
    );
    assert!(
        v.read(outbox::list).unwrap().is_empty(),
        "nothing queued without consent"
    );

    v.write(|tx| reports::update_report(tx, id, report("better words", true), 7))
        .unwrap();
    v.write(|tx| reports::queue_report(tx, id, 8)).unwrap();
    let err = v
        .write(|tx| reports::update_report(tx, id, report("changed", true), 9))
        .unwrap_err();
    assert!(matches!(
        err,
        Error::InvalidInput {
            field: "status",
            reason: "not_a_draft"
        }
    ));
    let rec = v.read(|c| reports::get(c, id)).unwrap();
    assert_eq!((rec.status, rec.updated_at_ms), (Status::Queued, 8));
    let Some(Body::Report(r)) = rec.body else {
        panic!()
    };
    assert_eq!(r.narrative, "better words");
}

#[test]
fn nothing_leaves_the_outbox_without_a_receipt_or_a_deletion() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let a = v
        .write(|tx| reports::save_help_request(tx, help(), 0))
        .unwrap();
    let b = v
        .write(|tx| reports::save_help_request(tx, help(), 1))
        .unwrap();

    v.write(|tx| outbox::attempt_failed(tx, a, "timeout", 100, 0.5))
        .unwrap();
    v.write(|tx| outbox::attempt_failed(tx, a, "http-503", 200, 0.5))
        .unwrap();
    let e = &v.read(outbox::list).unwrap()[0];
    assert_eq!(
        (e.attempts, e.next_attempt_at_ms, e.last_error.as_deref()),
        (2, 200 + 60_000, Some("http-503"))
    );
    assert_eq!(
        v.read(|c| outbox::due(c, 300)).unwrap().len(),
        1,
        "only b is due"
    );
    assert!(
        v.write(|tx| outbox::attempt_failed(tx, a, "Connection reset by 10.0.0.1", 300, 0.5))
            .is_err()
    );

    v.write(|tx| outbox::mark_sent(tx, a, 400)).unwrap();
    assert_eq!(
        v.read(outbox::list).unwrap().len(),
        2,
        "sent is not received"
    );
    let receipt = Receipt {
        digest: vec![7; 32],
        received_at_ms: 500,
        signature: None,
    };
    v.write(|tx| outbox::acknowledge(tx, a, &receipt, 500))
        .unwrap();
    v.write(|tx| outbox::acknowledge(tx, a, &receipt, 501))
        .unwrap(); // same receipt again: harmless
    let other = Receipt {
        digest: vec![8; 32],
        ..receipt.clone()
    };
    assert!(
        v.write(|tx| outbox::acknowledge(tx, a, &other, 502))
            .is_err()
    );
    assert_eq!(
        v.read(|c| reports::get(c, a)).unwrap().status,
        Status::Acknowledged
    );
    assert_eq!(v.read(|c| outbox::receipt(c, a)).unwrap(), Some(receipt));

    v.write(|tx| reports::delete(tx, b)).unwrap();
    assert!(v.read(outbox::list).unwrap().is_empty());
    assert!(matches!(
        v.read(|c| reports::get(c, b)),
        Err(Error::NotFound)
    ));
}

#[test]
fn acknowledged_content_is_purged_after_the_set_days_and_the_receipt_stays() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let id = v
        .write(|tx| reports::save_report_draft(tx, report("what happened", true), 0))
        .unwrap();
    v.write(|tx| reports::add_attachment(tx, id, "image/jpeg", b"\xff\xd8 photo bytes", 1))
        .unwrap();
    v.write(|tx| reports::queue_report(tx, id, 2)).unwrap();
    let receipt = Receipt {
        digest: vec![1; 32],
        received_at_ms: 10 * DAY,
        signature: Some(vec![2; 64]),
    };
    v.write(|tx| outbox::acknowledge(tx, id, &receipt, 10 * DAY))
        .unwrap();

    assert_eq!(v.read(settings::purge_after_days).unwrap(), 0);
    assert_eq!(
        v.write(|tx| reports::purge_acknowledged(tx, 0, 100 * DAY))
            .unwrap(),
        0,
        "0 keeps everything"
    );
    v.write(|tx| settings::set_purge_after_days(tx, 30))
        .unwrap();
    let days = v.read(settings::purge_after_days).unwrap();
    assert_eq!(
        v.write(|tx| reports::purge_acknowledged(tx, days, 39 * DAY))
            .unwrap(),
        0,
        "not yet"
    );
    assert_eq!(
        v.write(|tx| reports::purge_acknowledged(tx, days, 41 * DAY))
            .unwrap(),
        1
    );
    let rec = v.read(|c| reports::get(c, id)).unwrap();
    assert_eq!(
        (rec.body, rec.attachments.len(), rec.purged_at_ms),
        (None, 0, Some(41 * DAY))
    );
    assert_eq!(v.read(|c| outbox::receipt(c, id)).unwrap(), Some(receipt));
    assert!(
        v.write(|tx| settings::set_purge_after_days(tx, 100_000))
            .is_err()
    );
}

#[test]
fn attachments_are_bounded_and_only_for_drafts() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let id = v
        .write(|tx| reports::save_report_draft(tx, report("x", true), 0))
        .unwrap();
    let big = vec![0u8; reports::MAX_ATTACHMENT_BYTES + 1];
    let err = v
        .write(|tx| reports::add_attachment(tx, id, "image/png", &big, 0))
        .unwrap_err();
    assert!(matches!(
        err,
        Error::InvalidInput {
            field: "attachment",
            reason: "too_large"
        }
    ));
    let err = v
        .write(|tx| reports::add_attachment(tx, id, "application/pdf", b"%PDF", 0))
        .unwrap_err();
    assert!(matches!(
        err,
        Error::InvalidInput {
            reason: "unsupported_type",
            ..
        }
    ));
    let info = v
        .write(|tx| reports::add_attachment(tx, id, "audio/ogg", b"OggS voice", 0))
        .unwrap();
    assert_eq!(
        v.read(|c| reports::attachment_bytes(c, id, info.id))
            .unwrap(),
        b"OggS voice"
    );
    for _ in 1..reports::MAX_ATTACHMENTS_PER_RECORD {
        v.write(|tx| reports::add_attachment(tx, id, "image/jpeg", b"jpeg", 0))
            .unwrap();
    }
    assert!(
        v.write(|tx| reports::add_attachment(tx, id, "image/jpeg", b"jpeg", 0))
            .is_err()
    );
    v.write(|tx| reports::queue_report(tx, id, 1)).unwrap();
    let hid = v
        .write(|tx| reports::save_help_request(tx, help(), 0))
        .unwrap();
    assert!(
        v.write(|tx| reports::add_attachment(tx, hid, "image/jpeg", b"jpeg", 0))
            .is_err()
    );
}

#[test]
fn records_made_under_the_real_pin_are_invisible_under_the_duress_pin() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let id = v
        .write(|tx| reports::save_help_request(tx, help(), 0))
        .unwrap();
    v.write(|tx| reports::save_report_draft(tx, report("secret", true), 0))
        .unwrap();
    let prefix = id.hex()[..8].to_owned();
    v.lock();
    v.unlock("1111").unwrap();
    assert!(v.read(reports::list).unwrap().is_empty());
    assert!(v.read(outbox::list).unwrap().is_empty());
    assert!(matches!(
        v.read(|c| reports::get(c, id)),
        Err(Error::NotFound)
    ));
    assert!(matches!(
        v.read(|c| reports::find_by_prefix(c, &prefix)),
        Err(Error::NotFound)
    ));
    assert!(matches!(
        v.write(|tx| reports::delete(tx, id)),
        Err(Error::NotFound)
    ));
    v.lock();
    v.unlock("2468").unwrap();
    assert_eq!(v.read(reports::list).unwrap().len(), 2);
    assert_eq!(v.read(|c| reports::find_by_prefix(c, &prefix)).unwrap(), id);
}

#[test]
fn ids_are_found_by_a_unique_prefix() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let id = v
        .write(|tx| reports::save_help_request(tx, help(), 0))
        .unwrap();
    let full = id.to_string();
    assert_eq!(v.read(|c| reports::find_by_prefix(c, &full)).unwrap(), id);
    assert_eq!(
        v.read(|c| reports::find_by_prefix(c, &full[..6].to_uppercase()))
            .unwrap(),
        id
    );
    assert!(matches!(
        v.read(|c| reports::find_by_prefix(c, "abc")),
        Err(Error::InvalidInput { .. })
    ));
    assert!(matches!(
        v.read(|c| reports::find_by_prefix(c, "zzzzzzzz")),
        Err(Error::InvalidInput { .. })
    ));
}

#[test]
fn text_is_stored_nfc_and_otherwise_exact() {
    let tmp = tempfile::tempdir().unwrap();
    let v = vault(tmp.path());
    let decomposed = "Cafe\u{301} near  the\tport\n";
    let id = v
        .write(|tx| reports::save_report_draft(tx, report(decomposed, false), 0))
        .unwrap();
    let Some(Body::Report(r)) = v.read(|c| reports::get(c, id)).unwrap().body else {
        panic!()
    };
    assert_eq!(r.narrative, "Caf\u{e9} near  the\tport\n");
}

const SCRIPTS: &[&str] = &[
    "मेरो मालिकले मेरो राहदानी लियो र तीन महिनाको तलब दिएन।",
    "ကျွန်တော့်ရဲ့ ပတ်စပို့ကို အလုပ်ရှင်က သိမ်းထားတယ်။",
    "أخذ صاحب العمل جواز سفري ولم يدفع راتبي منذ ثلاثة أشهر.",
    "Majikan menahan paspor saya dan gaji tiga bulan belum dibayar.",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn any_report_round_trips_through_storage_unchanged(r in mitra_protocol::records::tests_support::report()) {
        let tmp = tempfile::tempdir().unwrap();
        let v = open_vault(tmp.path(), FAST);
        v.setup(&SetupOptions::new("2468")).unwrap();
        let id = v.write(|tx| reports::save_report_draft(tx, r.clone(), 0)).unwrap();
        v.lock();
        v.unlock("2468").unwrap();
        let back = v.read(|c| reports::get(c, id)).unwrap().body;
        let mut expected = r;
        expected.narrative = mitra_core::text::nfc(&expected.narrative);
        expected.recruiter = expected.recruiter.map(|s| mitra_core::text::nfc(&s));
        expected.employer = expected.employer.map(|s| mitra_core::text::nfc(&s));
        prop_assert_eq!(back, Some(Body::Report(expected)));
    }

    #[test]
    fn burmese_arabic_and_nepali_come_back_exactly(i in 0..SCRIPTS.len(), j in 0..SCRIPTS.len()) {
        let tmp = tempfile::tempdir().unwrap();
        let v = open_vault(tmp.path(), FAST);
        v.setup(&SetupOptions::new("2468")).unwrap();
        let narrative = format!("{}\n{}", SCRIPTS[i], SCRIPTS[j]);
        let mut h = help();
        h.note = Some(SCRIPTS[i].to_owned());
        let rid = v.write(|tx| reports::save_report_draft(tx, report(&narrative, true), 0)).unwrap();
        let hid = v.write(|tx| reports::save_help_request(tx, h, 0)).unwrap();
        let Some(Body::Report(r)) = v.read(|c| reports::get(c, rid)).unwrap().body else { panic!() };
        let Some(Body::HelpRequest(h)) = v.read(|c| reports::get(c, hid)).unwrap().body else { panic!() };
        prop_assert_eq!(r.narrative.as_bytes(), narrative.as_bytes());
        prop_assert_eq!(h.note.as_deref().map(str::as_bytes), Some(SCRIPTS[i].as_bytes()));
    }
}
