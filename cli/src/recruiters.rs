//! `mitra recruiter ...`, `mitra directory ...` and `mitra job-check`: the recruiter directory,
//! reviews and the job-offer check, through the facade like the phone apps.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use mitra_ffi::{
    FeeInput, JobOffer, JobTermsInput, Mitra, MitraError, PaidTo, Recruiter, RecruiterStanding,
    ReviewInput, Visa,
};
use serde_json::{Value, json};

use crate::Failure;
use crate::output::{A, Out};

#[derive(Subcommand)]
pub enum RecruiterCommand {
    /// Search the directory offline: a name, alias, licence number or phone, in any script.
    Search {
        query: String,
        /// Only agencies licensed in this country (ISO 3166 two-letter code).
        #[arg(long, value_name = "CC")]
        country: Option<String>,
        #[arg(long, default_value_t = 5)]
        limit: u32,
    },
    /// Everything the directory says about one agency (ID as search shows it, like NP:1234/067/68).
    Show { id: String },
    /// Review an agency: sent to the hotline without your name, signed by a key made only for
    /// this phone.
    Review(Box<ReviewArgs>),
}

#[derive(Args)]
pub struct ReviewArgs {
    /// The agency's directory id (from `recruiter search`).
    pub id: Option<String>,
    /// The agency's name, when it is not in the directory.
    #[arg(long)]
    pub name: Option<String>,
    /// 1 (never again) to 5 (would recommend).
    #[arg(long)]
    pub rating: u8,
    /// A fee paid: AMOUNT:CURRENCY:TO[:receipt], TO one of recruiter, sub-agent, employer, other.
    /// Repeatable.
    #[arg(long = "fee", value_name = "AMOUNT:CUR:TO[:receipt]")]
    pub fees: Vec<String>,
    #[arg(long)]
    pub promised_job: Option<String>,
    #[arg(long)]
    pub actual_job: Option<String>,
    /// Monthly wage promised: AMOUNT:CURRENCY.
    #[arg(long, value_name = "AMOUNT:CUR")]
    pub promised_wage: Option<String>,
    #[arg(long, value_name = "AMOUNT:CUR")]
    pub actual_wage: Option<String>,
    /// Hours per week promised.
    #[arg(long)]
    pub promised_hours: Option<u8>,
    #[arg(long)]
    pub actual_hours: Option<u8>,
    #[arg(long)]
    pub promised_employer: Option<String>,
    #[arg(long)]
    pub actual_employer: Option<String>,
    /// Did someone else keep your passport? yes or no.
    #[arg(long, value_name = "yes|no")]
    pub passport_kept: Option<String>,
    /// What you want other workers to know.
    #[arg(long)]
    pub text: Option<String>,
    /// The year you were recruited.
    #[arg(long)]
    pub year: Option<u16>,
}

#[derive(Subcommand)]
pub enum DirectoryCommand {
    /// Which directory version this phone has, and how old it is.
    Status,
    /// Import a directory bundle file (from an NGO phone, a memory card): it must be signed by
    /// the paired hotline and newer than the one on this phone.
    Import { file: PathBuf },
}

#[derive(Args)]
pub struct JobCheckArgs {
    /// Was a fee demanded? yes or no.
    #[arg(long, value_name = "yes|no")]
    pub fee_demanded: Option<String>,
    /// How much: AMOUNT:CURRENCY.
    #[arg(long, value_name = "AMOUNT:CUR")]
    pub fee: Option<String>,
    /// Must the passport be handed over? yes or no.
    #[arg(long, value_name = "yes|no")]
    pub passport_handover: Option<String>,
    /// Is the employer named? yes or no.
    #[arg(long, value_name = "yes|no")]
    pub employer_named: Option<String>,
    /// Is the contract in a language you read? yes or no.
    #[arg(long, value_name = "yes|no")]
    pub contract_readable: Option<String>,
    /// Is the wage far above what this job normally pays? yes or no.
    #[arg(long, value_name = "yes|no")]
    pub wage_too_good: Option<String>,
    /// work, visit, student or unknown.
    #[arg(long)]
    pub visa: Option<String>,
    /// The recruiter's directory id: its licence status is looked up.
    #[arg(long, value_name = "ID")]
    pub recruiter: Option<String>,
    /// Or what you know: licensed, suspended, revoked, blacklisted, unknown, not-in-directory.
    #[arg(long, value_name = "STATUS")]
    pub recruiter_status: Option<String>,
    /// Destination country (ISO 3166 two-letter code).
    #[arg(long, value_name = "CC")]
    pub destination: Option<String>,
    /// The offer's text, pasted.
    #[arg(long)]
    pub text: Option<String>,
    /// Or a file holding it (- for standard input).
    #[arg(long, value_name = "FILE")]
    pub text_file: Option<PathBuf>,
}

fn invalid(field: &str, reason: &str) -> Failure {
    Failure::Api(MitraError::InvalidInput {
        field: field.into(),
        reason: reason.into(),
    })
}

fn yes_no(field: &str, v: &Option<String>) -> Result<Option<bool>, Failure> {
    match v
        .as_deref()
        .map(str::trim)
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        None => Ok(None),
        Some("yes" | "y" | "true") => Ok(Some(true)),
        Some("no" | "n" | "false") => Ok(Some(false)),
        Some(_) => Err(invalid(field, "not_yes_or_no")),
    }
}

/// `AMOUNT:CURRENCY` with a whole amount and a three-letter currency.
fn money(field: &str, v: &str) -> Result<(u64, String), Failure> {
    let (amount, currency) = v
        .split_once(':')
        .ok_or_else(|| invalid(field, "not_amount_currency"))?;
    let amount = amount
        .trim()
        .replace([',', '_'], "")
        .parse::<u64>()
        .map_err(|_| invalid(field, "not_amount_currency"))?;
    let currency = currency.trim().to_ascii_uppercase();
    if currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(invalid(field, "not_a_currency"));
    }
    Ok((amount, currency))
}

fn fee(v: &str) -> Result<FeeInput, Failure> {
    let parts: Vec<&str> = v.split(':').collect();
    let (amount, currency) = match parts.as_slice() {
        [a, c, ..] => money("fees", &format!("{a}:{c}"))?,
        _ => return Err(invalid("fees", "not_amount_currency")),
    };
    let paid_to = match parts.get(2) {
        Some(to) => {
            PaidTo::from_code(to.trim()).ok_or_else(|| invalid("fees", "unknown_recipient"))?
        }
        None => PaidTo::Recruiter,
    };
    let receipt_given = match parts.get(3).map(|r| r.trim()) {
        None => false,
        Some("receipt") => true,
        Some(_) => return Err(invalid("fees", "unknown_option")),
    };
    Ok(FeeInput {
        amount,
        currency,
        paid_to,
        receipt_given,
    })
}

fn wage(field: &str, v: &Option<String>) -> Result<(Option<u32>, Option<String>), Failure> {
    match v {
        None => Ok((None, None)),
        Some(v) => {
            let (amount, currency) = money(field, v)?;
            let amount = u32::try_from(amount).map_err(|_| invalid(field, "out_of_range"))?;
            Ok((Some(amount), Some(currency)))
        }
    }
}

pub fn review_input(a: &ReviewArgs, language: String) -> Result<ReviewInput, Failure> {
    if a.id.is_none() && a.name.is_none() {
        return Err(invalid("recruiter", "missing"));
    }
    let (promised_wage, promised_currency) = wage("promised", &a.promised_wage)?;
    let (actual_wage, actual_currency) = wage("actual", &a.actual_wage)?;
    Ok(ReviewInput {
        recruiter_id: a.id.clone(),
        recruiter_name: a.name.clone(),
        rating: a.rating,
        fees: a.fees.iter().map(|f| fee(f)).collect::<Result<_, _>>()?,
        promised: JobTermsInput {
            job: a.promised_job.clone(),
            monthly_wage: promised_wage,
            wage_currency: promised_currency,
            hours_per_week: a.promised_hours,
            employer: a.promised_employer.clone(),
        },
        actual: JobTermsInput {
            job: a.actual_job.clone(),
            monthly_wage: actual_wage,
            wage_currency: actual_currency,
            hours_per_week: a.actual_hours,
            employer: a.actual_employer.clone(),
        },
        passport_kept: yes_no("passport_kept", &a.passport_kept)?,
        text: a.text.clone(),
        language,
        year: a.year,
    })
}

pub fn job_offer(a: &JobCheckArgs) -> Result<JobOffer, Failure> {
    let (fee_amount, fee_currency) = match &a.fee {
        Some(f) => {
            let (amount, currency) = money("fee", f)?;
            (Some(amount), Some(currency))
        }
        None => (None, None),
    };
    let text = match (&a.text, &a.text_file) {
        (Some(t), _) => Some(t.clone()),
        (None, Some(path)) => Some(read_text(path)?),
        (None, None) => None,
    };
    let visa = a
        .visa
        .as_deref()
        .map(|v| Visa::from_code(v.trim()).ok_or_else(|| invalid("visa", "unknown")))
        .transpose()?;
    let recruiter = a
        .recruiter_status
        .as_deref()
        .map(|v| {
            RecruiterStanding::from_code(v.trim()).ok_or_else(|| invalid("recruiter", "unknown"))
        })
        .transpose()?;
    Ok(JobOffer {
        fee_demanded: yes_no("fee_demanded", &a.fee_demanded)?.or(fee_amount.map(|_| true)),
        fee_amount,
        fee_currency,
        passport_to_hand_over: yes_no("passport_handover", &a.passport_handover)?,
        employer_named: yes_no("employer_named", &a.employer_named)?,
        contract_readable: yes_no("contract_readable", &a.contract_readable)?,
        wage_far_above_normal: yes_no("wage_too_good", &a.wage_too_good)?,
        visa,
        recruiter_id: a.recruiter.clone(),
        recruiter,
        destination: a
            .destination
            .as_deref()
            .map(|d| d.trim().to_ascii_uppercase()),
        offer_text: text,
    })
}

/// Offer text from a file or standard input, at most 64 KiB.
fn read_text(path: &Path) -> Result<String, Failure> {
    crate::input::read_text_bounded(path, 64 * 1024, "text", "too_long")
}

/// A directory bundle file, at most 40 MiB.
pub fn read_bundle(path: &Path) -> Result<Vec<u8>, Failure> {
    crate::input::read_bounded(path, 40 * 1024 * 1024, "directory", "too_large")
}

pub fn recruiter_json(r: &Recruiter) -> Value {
    json!({
        "id": r.id,
        "licence_number": r.licence_number,
        "name": r.name,
        "country": r.country,
        "status": r.status.code(),
        "score": (f64::from(r.score) * 1000.0).round() / 1000.0,
        "matched": r.matched,
        "authority": r.authority,
        "aliases": r.aliases,
        "status_since": r.status_since,
        "phones": r.phones,
        "address": r.address,
        "reviews": r.stats.as_ref().map(|s| json!({
            "count": s.reviews,
            "average_rating": (f64::from(s.average_rating) * 10.0).round() / 10.0,
            "paid_fees": s.paid_fees,
            "median_fee": s.median_fee,
            "fee_currency": s.fee_currency,
            "passport_kept": s.passport_kept,
            "job_differed": s.job_differed,
            "wage_lower": s.wage_lower,
        })),
        "warning": r.warning,
    })
}

pub fn run_recruiter(out: &Out, m: &Mitra, cmd: &RecruiterCommand) -> Result<(), Failure> {
    let l = out.localizer();
    match cmd {
        RecruiterCommand::Search {
            query,
            country,
            limit,
        } => {
            let found = m.search_recruiters(query.clone(), country.clone(), *limit, l)?;
            let value = Value::Array(found.results.iter().map(recruiter_json).collect());
            out.emit(value, || {
                let mut lines = Vec::new();
                match &found.directory {
                    None => lines.push(out.t("recruiter-no-directory", &[])),
                    Some(d) => lines.extend(d.lines.iter().cloned()),
                }
                for r in &found.results {
                    lines.push(String::new());
                    lines.push(format!("[{}]", r.id));
                    lines.extend(r.lines.iter().map(|l| format!("  {l}")));
                }
                if let Some(w) = &found.not_found {
                    lines.push(String::new());
                    lines.push(w.clone());
                }
                lines.join("\n")
            });
        }
        RecruiterCommand::Show { id } => {
            let r = m.recruiter(id.clone(), l)?;
            out.emit(recruiter_json(&r), || {
                let mut lines = vec![format!("[{}]", r.id)];
                lines.extend(r.lines.iter().cloned());
                lines.join("\n")
            });
        }
        RecruiterCommand::Review(args) => {
            let review = review_input(args, out.language())?;
            let id = m.review_recruiter(review)?;
            out.emit(json!({ "id": id, "status": "queued" }), || {
                out.t("review-saved", &[("id", A::T(&id))])
            });
        }
    }
    Ok(())
}

pub fn run_directory(out: &Out, m: &Mitra, cmd: &DirectoryCommand) -> Result<(), Failure> {
    let l = out.localizer();
    let status = match cmd {
        DirectoryCommand::Status => m.directory_status(l)?,
        DirectoryCommand::Import { file } => {
            let bytes = read_bundle(file)?;
            let s = m.import_directory(bytes, l)?;
            if !out.is_json() {
                out.say(&out.t(
                    "directory-imported",
                    &[
                        ("version", A::N(s.version as f64)),
                        ("count", A::N(s.entries as f64)),
                    ],
                ));
            }
            Some(s)
        }
    };
    let value = match &status {
        Some(s) => json!({
            "version": s.version, "published_at_s": s.published_at_s, "age_days": s.age_days,
            "entries": s.entries, "alerts": s.alerts,
        }),
        None => json!({ "version": 0 }),
    };
    out.emit(value, || match &status {
        Some(s) => s.lines.join("\n"),
        None => out.t("recruiter-no-directory", &[]),
    });
    Ok(())
}

pub fn run_job_check(out: &Out, m: &Mitra, offer: JobOffer) -> Result<(), Failure> {
    let check = m.check_job_offer(offer, out.localizer())?;
    let value = json!({
        "flags": check.flags.iter().map(|f| json!({
            "code": f.code, "severity": f.severity.code(), "evidence": f.evidence,
        })).collect::<Vec<_>>(),
        "lines": check.lines,
    });
    out.emit(value, || check.lines.join("\n"));
    Ok(())
}
