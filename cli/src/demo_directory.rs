//! The demo's recruiter-directory steps: the hotline publishes a signed directory, the phone
//! pulls it with the next sync, a worker searches it offline in Nepali, meets a blacklisted and
//! an unknown agency, checks a job offer, reviews her agency, and the next version carries the
//! review as a small delta. A tampered copy is refused.

use std::path::Path;

use mitra_ffi::{
    Connectivity, FeeInput, JobOffer, JobTermsInput, Mitra, PaidTo, ReviewInput, SyncHandle,
};
use mitra_protocol::directory::{Entry, LicenceStatus, parse_date};

use crate::Failure;
use crate::output::{A, Out};

const RAM_AGENCY: &str = "Himalaya Overseas Manpower Pvt. Ltd.";
const GITA_QUERY: &str = "हिमालय ओभरसिज";
const BLACKLISTED: &str = "Golden Gulf Overseas";
const UNKNOWN: &str = "Sunrise Fortune Recruiters";
const FAKE_PHONE: &str = "+9779812345678";
const OFFER: &str = "URGENT! Driver jobs in Qatar, salary 3500 QAR. No interview. \
    Processing fee NPR 250,000 to be paid before the visa. Bring your original passport \
    to our office. Visit visa first, work permit later. WhatsApp only: +977 981-2345678";

fn story_entries() -> Vec<Entry> {
    let entry = |licence: &str, name: &str, alias: &str, status, phone: &str| Entry {
        licence_number: licence.into(),
        country: "NP".into(),
        authority: "Department of Foreign Employment".into(),
        name: name.into(),
        aliases: vec![alias.into()],
        status,
        status_since: parse_date("2022-05-01"),
        phones: vec![phone.into()],
        address: Some("Kathmandu".into()),
    };
    vec![
        entry(
            "1043/071/72",
            RAM_AGENCY,
            "हिमालय ओभरसिज म्यानपावर",
            LicenceStatus::Licensed,
            "+97714471234",
        ),
        entry(
            "0877/069/70",
            BLACKLISTED,
            "गोल्डेन गल्फ ओभरसिज",
            LicenceStatus::Blacklisted,
            "+97714479876",
        ),
    ]
}

fn write(path: &Path, text: &str) -> Result<(), Failure> {
    std::fs::write(path, text).map_err(|e| Failure::Other(e.to_string()))
}

fn publish(
    keys: &Path,
    identity: &Path,
    inbox: &Path,
    files: &[std::path::PathBuf],
    alerts: &Path,
) -> Result<mitra_hotline::PublishSummary, Failure> {
    mitra_hotline::publish_directory_sqlite(inbox, keys, Some(identity), files, Some(alerts))
        .map_err(Failure::Other)
}

pub fn run(
    out: &Out,
    phone: &Mitra,
    tmp: &Path,
    keys: &Path,
    identity: &Path,
    inbox: &Path,
) -> Result<(), Failure> {
    let broken = |what: &str| Failure::Other(out.t("demo-broken", &[("what", A::T(what))]));
    let say = |id: &str, args: &[(&str, A<'_>)]| out.say(&out.t(id, args));
    let indent = |text: &str| out.say(&format!("   {text}"));
    let l = out.localizer();

    // 13. The operator publishes: 3,000 synthetic agencies from nine countries, and the two of
    // this story, with one known fake offer.
    let mut entries = mitra_testdata::directory(13, 3_000);
    entries.extend(story_entries());
    let csv = tmp.join("directory.csv");
    write(&csv, &mitra_testdata::to_csv(&entries))?;
    let alerts = tmp.join("alerts.csv");
    write(
        &alerts,
        &format!(
            "kind,value,country,since\nphone,{FAKE_PHONE},NP,2026-10-01\ncompany,Qatar Royal Jobs,QA,\n"
        ),
    )?;
    let published = publish(keys, identity, inbox, std::slice::from_ref(&csv), &alerts)?;
    say(
        "demo-directory-publish",
        &[("count", A::N(published.published.entries as f64))],
    );
    let progress = phone.sync(Connectivity::Unmetered, None, SyncHandle::new())?;
    if !progress.directory_updated || progress.directory_version != published.published.version {
        return Err(broken("the phone pulls the signed directory"));
    }
    indent(&out.t(
        "demo-directory-pulled",
        &[("bytes", A::N(progress.bytes_down as f64))],
    ));

    // 14. Offline search in Nepali finds the licensed agency.
    say("demo-search-native", &[("query", A::T(GITA_QUERY))]);
    let found = phone.search_recruiters(GITA_QUERY.into(), None, 3, l.clone())?;
    let first = found
        .results
        .first()
        .filter(|r| r.name == RAM_AGENCY)
        .ok_or_else(|| broken("a Nepali query finds the agency's Latin name"))?;
    for line in &first.lines {
        indent(line);
    }

    // 15. A blacklisted agency, and one that is not in the directory at all.
    say("demo-search-blacklisted", &[("query", A::T(BLACKLISTED))]);
    let found = phone.search_recruiters(BLACKLISTED.into(), None, 3, l.clone())?;
    let bad = found
        .results
        .first()
        .filter(|r| r.warning.is_some())
        .ok_or_else(|| broken("a blacklisted agency is flagged"))?;
    indent(&bad.lines[0]);
    indent(bad.warning.as_deref().unwrap_or_default());
    say("demo-search-unknown", &[("query", A::T(UNKNOWN))]);
    let found = phone.search_recruiters(UNKNOWN.into(), None, 3, l.clone())?;
    match (&found.not_found, found.results.is_empty()) {
        (Some(w), true) => indent(w),
        _ => return Err(broken("an unknown agency is a warning, not a near match")),
    }

    // 16. The job-offer check.
    say("demo-job-check", &[]);
    let check = phone.check_job_offer(
        JobOffer {
            offer_text: Some(OFFER.into()),
            ..JobOffer::default()
        },
        l.clone(),
    )?;
    if !check.flags.iter().any(|f| f.code == "known-fake-offer") || check.flags.len() < 3 {
        return Err(broken("the job-offer check raises its red flags"));
    }
    for line in &check.lines {
        indent(line);
    }

    // 17. Ram reviews his agency; the review goes out with the next sync.
    say("demo-review", &[]);
    let agency = phone
        .search_recruiters(RAM_AGENCY.into(), Some("NP".into()), 1, l.clone())?
        .results
        .into_iter()
        .next()
        .ok_or_else(|| broken("the agency is found by its name"))?;
    phone.review_recruiter(ReviewInput {
        recruiter_id: Some(agency.id.clone()),
        recruiter_name: None,
        rating: 1,
        fees: vec![FeeInput {
            amount: 150_000,
            currency: "NPR".into(),
            paid_to: PaidTo::Recruiter,
            receipt_given: false,
        }],
        promised: JobTermsInput {
            job: Some("driver".into()),
            monthly_wage: Some(1_800),
            wage_currency: Some("QAR".into()),
            hours_per_week: Some(48),
            employer: None,
        },
        actual: JobTermsInput {
            job: Some("construction helper".into()),
            monthly_wage: Some(900),
            wage_currency: Some("QAR".into()),
            hours_per_week: Some(84),
            employer: None,
        },
        passport_kept: Some(true),
        text: Some("They took 150,000 rupees and the job was not the one promised.".into()),
        language: "en".into(),
        year: Some(2025),
    })?;
    let progress = phone.sync(Connectivity::Unmetered, None, SyncHandle::new())?;
    if progress.acknowledged != 1 {
        return Err(broken("the review is delivered"));
    }

    // 18. The next version counts the review; the phone downloads only what changed.
    let again = publish(keys, identity, inbox, &[csv], &alerts)?;
    if again.reviews.as_ref().map(|a| a.counted) != Some(1) {
        return Err(broken("the hotline counts the signed review"));
    }
    let progress = phone.sync(Connectivity::Unmetered, None, SyncHandle::new())?;
    if !progress.directory_updated {
        return Err(broken("the phone pulls the new version"));
    }
    say(
        "demo-review-published",
        &[
            ("bytes", A::N(progress.bytes_down as f64)),
            ("full", A::N(again.published.full.payload.len() as f64)),
        ],
    );
    let updated = phone.recruiter(agency.id.clone(), l.clone())?;
    for line in updated
        .lines
        .iter()
        .filter(|line| !first.lines.contains(line))
    {
        indent(line);
    }
    let mut tampered = mitra_protocol::directory::wire(
        &again.published.full.payload,
        &again.published.full.signature,
    );
    let middle = tampered.len() / 2;
    tampered[middle] ^= 0x20;
    let before = phone.directory_status(l.clone())?.map(|s| s.version);
    if phone.import_directory(tampered, l.clone()).is_ok()
        || phone.directory_status(l)?.map(|s| s.version) != before
    {
        return Err(broken(
            "a tampered directory is refused and changes nothing",
        ));
    }
    indent(&out.t(
        "demo-tampered",
        &[("version", A::N(before.unwrap_or(0) as f64))],
    ));
    Ok(())
}
