//! Bytes on the wire for a typical help request and report: Mitra's envelope against the same
//! content as JSON + gzip (no encryption at all) and as an ODK-style encrypted submission.
//! Run: `cargo run --release -p mitra-protocol --example measure_envelope`; recorded in
//! docs/protocol.md.
//!
//! ODK-style model (ODK Collect's encrypted form submission): the XML instance encrypted with
//! AES-256-CFB (same length + 16-byte IV, no compression), plus a manifest XML carrying the
//! RSA-2048-encrypted symmetric key and an RSA-2048 signature, each base64 (344 characters),
//! and about 330 bytes of manifest markup. Multipart/HTTP framing is left out of every column.

#![allow(clippy::unwrap_used, clippy::print_stdout)]

use mitra_protocol::RecordId;
use mitra_protocol::envelope::{self, HEADER_LEN};
use mitra_protocol::records::*;
use serde_json::json;

fn gzip_len(data: &[u8]) -> usize {
    miniz_oxide::deflate::compress_to_vec(data, 9).len() + 18
}

fn odk_len(xml: &str) -> usize {
    let encrypted_instance = xml.len() + 16;
    let manifest = 330 + 344 + 344;
    encrypted_instance + manifest
}

fn main() {
    let recipient = mitra_protocol::age::x25519::Identity::generate()
        .to_public()
        .to_string();
    let help = HelpRequest {
        needs: vec![Need::LeaveNow, Need::DocumentsTaken],
        people: 1,
        minors: false,
        country: Some("MY".into()),
        area: Some("जोहोर बहरु, बस स्टेसन नजिक".into()),
        position: None,
        contact: Contact {
            method: ContactMethod::Sms,
            number: Some("+60 12 345 6789".into()),
        },
        contact_window: Some("बेलुका ९ बजेपछि".into()),
        language: "ne".into(),
        note: Some("मालिकले मेरो राहदानी लियो".into()),
    };
    let help_json = json!({
        "needs": ["leave-now", "documents-taken"], "people": 1, "minors": false, "country": "MY",
        "area": help.area, "contact": {"method": "sms", "number": help.contact.number},
        "contact_window": help.contact_window, "language": "ne", "note": help.note,
    });
    let help_xml = format!(
        "<data id=\"mitra_help\" version=\"1\"><needs>leave-now documents-taken</needs><people>1</people><minors>no</minors><country>MY</country><area>{}</area><contact_method>sms</contact_method><contact_number>{}</contact_number><contact_window>{}</contact_window><language>ne</language><note>{}</note><meta><instanceID>uuid:6f1c2b0e-3d4a-4c51-9a0e-2b7d8e9f0a1b</instanceID></meta></data>",
        help.area.as_deref().unwrap_or(""),
        help.contact.number.as_deref().unwrap_or(""),
        help.contact_window.as_deref().unwrap_or(""),
        help.note.as_deref().unwrap_or("")
    );
    let narrative = "Ram paid 150,000 rupees to the agent in Kathmandu for a job as a mason in Doha at 1,200 riyal a month. \
                     At the airport the company took his passport. He works 14 hours a day, seven days a week, and was paid \
                     600 riyal for two months. Twelve men sleep in one room. When he asked for his passport the supervisor \
                     said he must first pay back the visa cost.";
    let answers = [
        (Indicator::Deception, Answer::Yes),
        (Indicator::RetentionOfDocuments, Answer::Yes),
        (Indicator::WithholdingOfWages, Answer::Yes),
        (Indicator::ExcessiveOvertime, Answer::Yes),
        (Indicator::AbusiveConditions, Answer::Yes),
        (Indicator::DebtBondage, Answer::Unsure),
        (Indicator::PhysicalSexualViolence, Answer::No),
        (Indicator::RecruitmentFees, Answer::Yes),
    ];
    let report = Report {
        about: About::SomeoneElse,
        interviewer_role: Some(Role::CaseWorker),
        sector: Some(Sector::Construction),
        origin_country: Some("NP".into()),
        transit_countries: vec![],
        destination_country: Some("QA".into()),
        nationality: Some("NP".into()),
        recruiter: Some("Himalaya Overseas Manpower Pvt. Ltd.".into()),
        employer: Some("Al Noor Construction LLC".into()),
        recruited_on: Some(PartialDate {
            year: 2025,
            month: Some(3),
            day: None,
        }),
        work_started_on: Some(PartialDate {
            year: 2025,
            month: Some(4),
            day: Some(2),
        }),
        work_ended_on: None,
        narrative: narrative.into(),
        answers: answers
            .iter()
            .map(|(indicator, answer)| IndicatorAnswer {
                indicator: *indicator,
                answer: *answer,
            })
            .collect(),
        minors_involved: false,
        consent: Consent {
            hotline: true,
            ngo: true,
            police: false,
        },
        language: "en".into(),
    };
    let answers_json: serde_json::Map<String, serde_json::Value> = answers
        .iter()
        .map(|(i, a)| (i.code().to_owned(), json!(a.code())))
        .collect();
    let report_json = json!({
        "about": "someone-else", "interviewer_role": "case-worker", "sector": "construction",
        "origin_country": "NP", "destination_country": "QA", "nationality": "NP",
        "recruiter": report.recruiter, "employer": report.employer, "recruited_on": "2025-03",
        "work_started_on": "2025-04-02", "narrative": narrative, "answers": answers_json,
        "minors_involved": false, "consent": ["hotline", "ngo"], "language": "en",
    });
    let answers_xml: String = answers
        .iter()
        .map(|(i, a)| format!("<{0}>{1}</{0}>", i.code(), a.code()))
        .collect();
    let report_xml = format!(
        "<data id=\"mitra_report\" version=\"1\"><about>someone-else</about><interviewer_role>case-worker</interviewer_role><sector>construction</sector><origin_country>NP</origin_country><destination_country>QA</destination_country><nationality>NP</nationality><recruiter>{}</recruiter><employer>{}</employer><recruited_on>2025-03</recruited_on><work_started_on>2025-04-02</work_started_on><narrative>{narrative}</narrative><answers>{answers_xml}</answers><minors_involved>no</minors_involved><consent>hotline ngo</consent><language>en</language><meta><instanceID>uuid:6f1c2b0e-3d4a-4c51-9a0e-2b7d8e9f0a1b</instanceID></meta></data>",
        report.recruiter.as_deref().unwrap_or(""),
        report.employer.as_deref().unwrap_or("")
    );

    let review = Review {
        recruiter_licence: Some("1234/067/68".into()),
        recruiter_country: Some("NP".into()),
        recruiter_name: None,
        rating: 1,
        fees: vec![FeePaid {
            amount: 150_000,
            currency: "NPR".into(),
            paid_to: PaidTo::Recruiter,
            receipt_given: false,
        }],
        promised: JobTerms {
            job: Some("Mason".into()),
            monthly_wage: Some(1200),
            wage_currency: Some("QAR".into()),
            hours_per_week: Some(48),
            employer: Some("Al Noor Construction LLC".into()),
        },
        actual: JobTerms {
            job: Some("Helper".into()),
            monthly_wage: Some(600),
            wage_currency: Some("QAR".into()),
            hours_per_week: Some(84),
            employer: Some("Gulf Star Services".into()),
        },
        passport_kept: Some(true),
        text: Some("एजेन्टले रसिद दिएन। काम फरक थियो र तलब आधा मात्र।".into()),
        language: "ne".into(),
        year: Some(2025),
        device_key: Some([7; 32]),
        signature: Some([9; 64]),
    };
    let review_json = json!({
        "recruiter_licence": "1234/067/68", "recruiter_country": "NP", "rating": 1,
        "fees": [{"amount": 150000, "currency": "NPR", "paid_to": "recruiter", "receipt_given": false}],
        "promised": {"job": "Mason", "monthly_wage": 1200, "wage_currency": "QAR", "hours_per_week": 48, "employer": "Al Noor Construction LLC"},
        "actual": {"job": "Helper", "monthly_wage": 600, "wage_currency": "QAR", "hours_per_week": 84, "employer": "Gulf Star Services"},
        "passport_kept": true, "text": review.text, "language": "ne", "year": 2025,
        "device_key": "07".repeat(32), "signature": "09".repeat(64),
    });
    let review_xml = format!(
        "<data id=\"mitra_review\" version=\"1\"><recruiter_licence>1234/067/68</recruiter_licence><recruiter_country>NP</recruiter_country><rating>1</rating><fee_amount>150000</fee_amount><fee_currency>NPR</fee_currency><fee_paid_to>recruiter</fee_paid_to><fee_receipt>no</fee_receipt><promised_job>Mason</promised_job><promised_wage>1200</promised_wage><promised_currency>QAR</promised_currency><promised_hours>48</promised_hours><promised_employer>Al Noor Construction LLC</promised_employer><actual_job>Helper</actual_job><actual_wage>600</actual_wage><actual_currency>QAR</actual_currency><actual_hours>84</actual_hours><actual_employer>Gulf Star Services</actual_employer><passport_kept>yes</passport_kept><text>{}</text><language>ne</language><year>2025</year><meta><instanceID>uuid:6f1c2b0e-3d4a-4c51-9a0e-2b7d8e9f0a1b</instanceID></meta></data>",
        review.text.as_deref().unwrap_or("")
    );
    println!(
        "| record | CBOR | compressed (codec byte + zstd/dict) | Mitra envelope (header {HEADER_LEN} B + age) | JSON | JSON + gzip (unencrypted) | ODK-style encrypted |"
    );
    println!("|---|---|---|---|---|---|---|");
    for (name, body, json, xml) in [
        (
            "help request (Nepali)",
            Body::HelpRequest(help),
            help_json,
            help_xml,
        ),
        (
            "intake report (English)",
            Body::Report(report),
            report_json,
            report_xml,
        ),
        (
            "recruiter review (Nepali, device-signed)",
            Body::Review(review),
            review_json,
            review_xml,
        ),
    ] {
        body.validate().unwrap();
        let cbor = encode_body(&body);
        let compressed = envelope::compress(&cbor);
        // age adds a random-length "grease" stanza: report the range over 50 seals.
        let sizes: Vec<usize> = (0..50)
            .map(|_| {
                envelope::seal(RecordId([1; 16]), &cbor, &recipient)
                    .unwrap()
                    .to_bytes()
                    .len()
            })
            .collect();
        let env = format!(
            "{}–{}",
            sizes.iter().min().unwrap(),
            sizes.iter().max().unwrap()
        );
        let json = serde_json::to_vec(&json).unwrap();
        println!(
            "| {name} | {} | {} | {} | {} | {} | {} |",
            cbor.len(),
            compressed.len(),
            env,
            json.len(),
            gzip_len(&json),
            odk_len(&xml)
        );
    }
    let overheads: Vec<usize> = (0..200)
        .map(|_| {
            envelope::seal(RecordId([1; 16]), b"", &recipient)
                .unwrap()
                .payload
                .len()
                - envelope::compress(b"").len()
        })
        .collect();
    println!(
        "\nage overhead per envelope: {}–{} bytes (text header, X25519 stanza, random grease stanza, nonce, tag)",
        overheads.iter().min().unwrap(),
        overheads.iter().max().unwrap()
    );
}
