//! `mitra demo`: Mitra's story, end to end, in a temporary folder that is deleted afterwards,
//! told in the language of `--lang`. Every claim it narrates is checked as it goes; a broken
//! promise ends the demo with exit 1. It grows with each capability until it runs phone → hotline.

use mitra_ffi::{
    About, Answer, Consent, ContactMethod, HelpRequest, Indicator, IndicatorAnswer, Localizer,
    MitraError, Need, RecordStatus, Report, Role, Sector, SetupOptions, Urgency,
};

use mitra_ffi::{Connectivity, Mitra, SyncHandle};
use mitra_hotline::link::{BadLink, Profile};

use crate::output::{A, Out, utc};
use crate::{Failure, open};

const PIN: &str = "2468";
const DURESS_PIN: &str = "1111";
const NOTE: &str = "Agent Ram kept my passport. Wages for March and April not paid.";

fn files_contain(dir: &std::path::Path, needle: &[u8]) -> Result<bool, Failure> {
    let io = |e: std::io::Error| Failure::Other(e.to_string());
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let bytes = std::fs::read(entry.map_err(io)?.path()).map_err(io)?;
        if bytes.windows(needle.len()).any(|w| w == needle) {
            return Ok(true);
        }
    }
    Ok(false)
}

pub fn run(out: &Out) -> Result<(), Failure> {
    let broken = |what: &str| Failure::Other(out.t("demo-broken", &[("what", A::T(what))]));
    let say = |id: &str, args: &[(&str, A<'_>)]| out.say(&out.t(id, args));
    let indent = |id: &str, args: &[(&str, A<'_>)]| out.say(&format!("   {}", out.t(id, args)));
    let tmp = tempfile::tempdir().map_err(|e| Failure::Other(e.to_string()))?;
    let dir = tmp.path().join("phone");

    say("demo-title", &[]);
    out.say("");
    say(
        "demo-setup",
        &[("pin", A::T(PIN)), ("duress", A::T(DURESS_PIN))],
    );
    let phone = open(&dir)?;
    phone.setup(SetupOptions {
        pin: PIN.into(),
        duress_pin: Some(DURESS_PIN.into()),
        wipe_real_on_duress: false,
        max_failed_attempts: 10,
    })?;

    say("demo-journal", &[("note", A::T(NOTE))]);
    phone.add_journal_entry(NOTE.into())?;

    // 7. The one-minute path: a help request, in Nepali, saved and queued in one call.
    let help = HelpRequest {
        needs: vec![Need::LeaveNow, Need::DocumentsTaken],
        people: 1,
        minors: false,
        country: Some("MY".into()),
        area: Some("जोहोर बहरु, बस स्टेसन नजिक".into()),
        position: None,
        contact_method: ContactMethod::Sms,
        contact_number: Some("+60 12 345 6789".into()),
        contact_window: Some("बेलुका ९ बजेपछि".into()),
        language: "ne".into(),
        note: Some("मालिकले मेरो राहदानी लियो".into()),
    };
    let help_id = phone.save_help_request(help)?;

    // 8. A case worker's intake report, with consent to the hotline and an NGO, not the police.
    let report = Report {
        about: About::SomeoneElse,
        interviewer_role: Some(Role::CaseWorker),
        sector: Some(Sector::Construction),
        origin_country: Some("NP".into()),
        transit_countries: vec!["IN".into()],
        destination_country: Some("QA".into()),
        nationality: Some("NP".into()),
        recruiter: Some("Himalaya Overseas Manpower".into()),
        employer: None,
        recruited_on: None,
        work_started_on: None,
        work_ended_on: None,
        narrative:
            "Ram paid 150,000 NPR to the agent. In Doha his passport was taken and he works \
                    14 hours a day; the promised wage was cut by half."
                .into(),
        answers: vec![
            IndicatorAnswer {
                indicator: Indicator::RetentionOfDocuments,
                answer: Answer::Yes,
            },
            IndicatorAnswer {
                indicator: Indicator::Deception,
                answer: Answer::Yes,
            },
            IndicatorAnswer {
                indicator: Indicator::RecruitmentFees,
                answer: Answer::Yes,
            },
            IndicatorAnswer {
                indicator: Indicator::ExcessiveOvertime,
                answer: Answer::Yes,
            },
            IndicatorAnswer {
                indicator: Indicator::PhysicalSexualViolence,
                answer: Answer::No,
            },
            IndicatorAnswer {
                indicator: Indicator::DebtBondage,
                answer: Answer::Unsure,
            },
        ],
        minors_involved: false,
        consent: Consent {
            hotline: true,
            ngo: true,
            police: false,
        },
        language: "en".into(),
    };
    let report_id = phone.save_report_draft(report)?;
    phone.queue_report(report_id.clone())?;
    phone.lock();

    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| Failure::Other(e.to_string()))?
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    names.sort();
    say("demo-on-disk", &[("files", A::T(&names.join(", ")))]);
    for needle in [
        "passport".as_bytes(),
        "राहदानी".as_bytes(),
        b"Doha",
        b"SQLite format 3",
    ] {
        if files_contain(&dir, needle)? {
            return Err(broken("nothing readable on disk"));
        }
    }
    indent("demo-nothing-readable", &[]);

    say("demo-wrong-pin", &[]);
    match phone.unlock("0000".into()) {
        Err(MitraError::WrongPin {
            attempts_left: Some(n),
        }) => indent("demo-refused", &[("attempts", A::N(f64::from(n)))]),
        _ => return Err(broken("a wrong PIN is refused")),
    }

    say("demo-duress", &[("duress", A::T(DURESS_PIN))]);
    phone.unlock(DURESS_PIN.into())?;
    if !phone.journal_entries()?.is_empty()
        || !phone.records()?.is_empty()
        || !phone.outbox()?.is_empty()
    {
        return Err(broken("the decoy shows nothing real"));
    }
    indent("demo-decoy", &[]);
    phone.lock();

    say("demo-real", &[("pin", A::T(PIN))]);
    phone.unlock(PIN.into())?;
    let entries = phone.journal_entries()?;
    if entries.len() != 1 || entries[0].text != NOTE {
        return Err(broken("the real journal is intact"));
    }
    indent(
        "demo-note-there",
        &[("date", A::T(&utc(entries[0].created_at_ms)))],
    );

    say("demo-help-request", &[]);
    let help = phone.record(help_id.clone())?;
    if help.status != RecordStatus::Queued
        || !phone.outbox()?.iter().any(|e| e.record_id == help_id)
    {
        return Err(broken("the help request waits in the outbox"));
    }
    let ne = Localizer::new(vec!["ne".into()], true, false);
    let needs: Vec<String> = help
        .help_request
        .iter()
        .flat_map(|h| h.needs.iter().map(|n| ne.need(*n)))
        .collect();
    out.say(&format!("   {}", needs.join(" · ")));
    indent(
        "demo-help-queued",
        &[("bytes", A::N(f64::from(help.encoded_size)))],
    );

    say("demo-field-report", &[]);
    let assessment = phone.assess(report_id.clone(), out.localizer())?;
    if assessment.urgency < Urgency::High || assessment.concerns.is_empty() {
        return Err(broken("the assessment names its concerns"));
    }
    indent(
        "demo-assessment",
        &[("urgency", A::T(&assessment.urgency_text))],
    );
    for c in &assessment.concerns {
        out.say(&format!("     • {}", c.text));
    }
    out.say(&format!("   {}", assessment.disclaimer));

    deliver(out, &phone, tmp.path())?;

    say("demo-wipe", &[]);
    let report = phone.panic_wipe()?;
    indent(
        "demo-wiped",
        &[
            ("files", A::N(f64::from(report.files_removed))),
            ("ms", A::N(report.duration_ms as f64)),
        ],
    );
    match phone.unlock(PIN.into()) {
        Err(MitraError::NotSetUp) => indent("demo-gone", &[]),
        _ => return Err(broken("nothing survives a wipe")),
    }
    out.demo_done();
    Ok(())
}

/// Steps 9–12: the outbox waits offline; an embedded hotline; pairing; delivery through a bad
/// link; the operator's decrypted export.
fn deliver(out: &Out, phone: &Mitra, tmp: &std::path::Path) -> Result<(), Failure> {
    let other = |e: String| Failure::Other(e);
    let say = |id: &str, args: &[(&str, A<'_>)]| out.say(&out.t(id, args));
    let indent = |text: &str| out.say(&format!("   {text}"));

    let waiting = phone.outbox()?;
    say("demo-offline", &[("count", A::N(waiting.len() as f64))]);
    if waiting.len() != 2 || waiting.iter().any(|e| e.sealed) {
        return Err(Failure::Other(out.t(
            "demo-broken",
            &[("what", A::T("records wait, unsealed, while offline"))],
        )));
    }

    let keys = tmp.join("hotline-keys");
    mitra_hotline::keys::generate(&keys).map_err(|e| other(e.to_string()))?;
    // The decryption key goes to the operator's machine; the server runs without it.
    let identity = tmp.join("operator-identity.txt");
    std::fs::rename(keys.join(mitra_hotline::keys::IDENTITY), &identity)
        .map_err(|e| other(e.to_string()))?;
    let inbox_dir = tmp.join("hotline-inbox");
    let inbox = mitra_hotline::Embedded::start(&keys, &inbox_dir).map_err(other)?;
    let profile = Profile {
        latency: std::time::Duration::from_millis(300),
        up_bps: 20_000,
        down_bps: 40_000,
        mean_reset_interval: Some(std::time::Duration::from_secs(10)),
    };
    let link = BadLink::start(inbox.addr, profile, crate::output::seed())
        .map_err(|e| other(e.to_string()))?;
    let card = mitra_hotline::make_card(
        &keys,
        "Pravasi Helpline".into(),
        vec![link.url()],
        Some("+977 1 4000 000".into()),
        vec!["ne".into(), "en".into()],
    )
    .map_err(other)?;
    say(
        "demo-hotline",
        &[("address", A::T(&inbox.addr.to_string()))],
    );
    let hotline = phone.pair(card)?;
    indent(&out.t("paired", &[("name", A::T(&hotline.name))]));

    say("demo-reconnect", &[]);
    let started = std::time::Instant::now();
    let progress = phone.sync(Connectivity::Unmetered, None, SyncHandle::new())?;
    if progress.acknowledged != 2 || progress.pending != 0 {
        return Err(Failure::Other(out.t(
            "demo-broken",
            &[("what", A::T("everything queued is delivered"))],
        )));
    }
    indent(&out.t(
        "sync-summary",
        &[
            ("sent", A::N(f64::from(progress.sent))),
            ("acknowledged", A::N(f64::from(progress.acknowledged))),
            ("pending", A::N(f64::from(progress.pending))),
            ("failed", A::N(f64::from(progress.failed))),
        ],
    ));
    let seconds = (started.elapsed().as_secs_f64() * 10.0).round() / 10.0;
    indent(&out.t(
        "demo-synced",
        &[
            ("seconds", A::N(seconds)),
            ("bytes", A::N(progress.bytes_up as f64)),
        ],
    ));

    say("demo-export", &[]);
    let records = mitra_hotline::export_sqlite(&inbox_dir, &identity).map_err(other)?;
    if records.len() != 2 {
        return Err(Failure::Other(out.t(
            "demo-broken",
            &[("what", A::T("the hotline holds each record once"))],
        )));
    }
    for r in &records {
        let line = serde_json::json!({
            "kind": r["kind"], "needs": r.get("needs"), "note": r.get("note"),
            "answers": r.get("answers"), "consent": r.get("consent"),
        });
        let compact: serde_json::Map<String, serde_json::Value> = line
            .as_object()
            .into_iter()
            .flatten()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        indent(&serde_json::Value::Object(compact).to_string());
    }
    crate::demo_directory::run(out, phone, tmp, &keys, &identity, &inbox_dir)?;
    crate::demo_contracts::run(out, phone, tmp)?;
    drop(link);
    drop(inbox);
    Ok(())
}
