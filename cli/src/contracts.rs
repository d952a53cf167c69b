//! `mitra contract ...`: snapshots of a contract, comparison with a later one, the wage check
//! and proof folders, through the facade like the phone apps.

use std::path::{Path, PathBuf};

use clap::Subcommand;
use mitra_ffi::{
    ContractComparison, ContractSnapshot, ContractTerms, ExchangeRate, Mitra, MitraError,
    WageCheck, contract_terms_from_json, exchange_rate_from_text,
};
use serde_json::{Value, json};

use crate::Failure;
use crate::input::{read_bounded, read_text_bounded};
use crate::output::{A, Out};

#[derive(Subcommand)]
pub enum ContractCommand {
    /// Save a contract: its terms (a JSON file, see docs/cli.md) and photos of its pages. The
    /// hotline signs the time it existed with the next sync. Prints the id.
    Snapshot {
        /// The terms as JSON (- for standard input).
        #[arg(long, value_name = "FILE.json")]
        terms: PathBuf,
        /// A photo (JPEG, PNG, WebP, HEIC) or PDF of a page, in page order. Repeatable.
        #[arg(long = "page", value_name = "IMAGE")]
        pages: Vec<PathBuf>,
    },
    /// The contracts saved on this phone.
    List,
    /// One saved contract: its terms, pages and whether the hotline signed its time.
    Show { id: String },
    /// Compare the contract you are shown now with a saved one: every difference, ranked.
    Compare {
        id: String,
        /// The terms of the contract shown now, as JSON (- for standard input).
        #[arg(long, value_name = "FILE.json")]
        terms: PathBuf,
        /// An exchange rate, when the wages are in different currencies: 1 QAR = 36.5 NPR is
        /// QAR:NPR=36.5. Repeatable.
        #[arg(long = "rate", value_name = "FROM:TO=RATE")]
        rates: Vec<String>,
    },
    /// Record the pay you received, then see what you are owed: MONTH=AMOUNT, like
    /// 2026-10=900. Without --paid, shows what is recorded.
    Wages {
        id: String,
        #[arg(long = "paid", value_name = "YYYY-MM=AMOUNT")]
        paid: Vec<String>,
        /// The currency of the pay given with --paid (the wage's currency if not given).
        #[arg(long, value_name = "CUR")]
        currency: Option<String>,
        #[arg(long = "rate", value_name = "FROM:TO=RATE")]
        rates: Vec<String>,
    },
    /// Write a proof folder for a lawyer or a labour inspector, checkable with sha256sum and
    /// minisign. You choose what goes in: everything unless --page or --no-terms is given.
    Proof {
        id: String,
        /// A new or empty folder.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Leave the terms out.
        #[arg(long)]
        no_terms: bool,
        /// Include only these pages (numbered from 1). Repeatable.
        #[arg(long = "page", value_name = "N")]
        pages: Vec<u32>,
    },
    /// Delete a saved contract with its photos and recorded pay.
    Delete { id: String },
}

/// The core's limit on one page photo.
const MAX_PAGE_BYTES: u64 = 10 * 1024 * 1024;
/// The core's limit on terms JSON.
const MAX_TERMS_BYTES: u64 = 64 * 1024;

fn invalid(field: &str, reason: &str) -> Failure {
    Failure::Api(MitraError::InvalidInput {
        field: field.into(),
        reason: reason.into(),
    })
}

fn read_terms(path: &Path) -> Result<ContractTerms, Failure> {
    let text = read_text_bounded(path, MAX_TERMS_BYTES, "terms", "too-large")?;
    Ok(contract_terms_from_json(text)?)
}

fn rates(given: &[String]) -> Result<Vec<ExchangeRate>, Failure> {
    given
        .iter()
        .map(|r| Ok(exchange_rate_from_text(r.clone())?))
        .collect()
}

fn terms_json(t: &ContractTerms) -> Value {
    json!({
        "employer": t.employer, "job_title": t.job_title, "workplace": t.workplace,
        "wage": t.wage.as_ref().map(|w| json!({
            "amount": w.amount, "currency": w.currency, "period": w.period.code(),
        })),
        "hours_per_day": t.hours_per_day, "days_off_per_week": t.days_off_per_week,
        "overtime_rate": t.overtime_rate, "duration_months": t.duration_months,
        "fees": t.fees.as_ref().map(|fees| fees.iter().map(|f| json!({
            "amount": f.amount, "currency": f.currency, "paid_to": f.paid_to.map(|p| p.code()),
        })).collect::<Vec<_>>()),
        "deductions": t.deductions.as_ref().map(|ds| ds.iter().map(|d| json!({
            "kind": d.kind, "amount": d.amount, "currency": d.currency, "period": d.period.code(),
        })).collect::<Vec<_>>()),
        "accommodation": t.accommodation,
        "passport_held_by": t.passport_held_by.map(|p| p.code()),
        "language": t.language,
    })
}

fn snapshot_json(s: &ContractSnapshot) -> Value {
    json!({
        "id": s.id,
        "taken_at_ms": s.taken_at_ms,
        "digest": s.digest,
        "pages": s.pages.iter().map(|p| json!({
            "number": p.number, "name": p.name, "bytes": p.bytes,
        })).collect::<Vec<_>>(),
        "timestamped_at_ms": s.timestamped_at_ms,
        "terms": terms_json(&s.terms),
    })
}

/// Values arrive as JSON text from the facade; embed them as JSON.
fn embedded(text: &Option<String>) -> Value {
    text.as_deref()
        .and_then(|t| serde_json::from_str(t).ok())
        .unwrap_or(Value::Null)
}

fn comparison_json(c: &ContractComparison) -> Value {
    json!({
        "changes": c.changes.iter().map(|c| json!({
            "kind": c.kind,
            "severity": c.severity.code(),
            "term": c.term,
            "what": c.what,
            "before": embedded(&c.before),
            "after": embedded(&c.after),
            "by": c.by_amount.as_ref().map(|a| json!({ "amount": a, "currency": c.by_currency, "per": "month" })),
            "percent": c.percent,
            "text": c.text,
        })).collect::<Vec<_>>(),
        "lines": c.lines,
    })
}

fn wages_json(w: &WageCheck) -> Value {
    json!({
        "expected": w.expected,
        "currency": w.currency,
        "months": w.months.iter().map(|m| json!({
            "month": m.month,
            "received": { "amount": m.received_amount, "currency": m.received_currency },
            "shortfall": m.shortfall,
        })).collect::<Vec<_>>(),
        "total_shortfall": w.total_shortfall,
        "lines": w.lines,
    })
}

pub fn run(out: &Out, m: &Mitra, cmd: &ContractCommand) -> Result<(), Failure> {
    let l = out.localizer();
    match cmd {
        ContractCommand::Snapshot { terms, pages } => {
            let terms = read_terms(terms)?;
            let pages = pages
                .iter()
                .map(|p| read_bounded(p, MAX_PAGE_BYTES, "page", "too_large"))
                .collect::<Result<Vec<_>, _>>()?;
            let s = m.snapshot_contract(terms, pages, l)?;
            out.emit(snapshot_json(&s), || s.lines.join("\n"));
        }
        ContractCommand::List => {
            let all = m.contracts(l)?;
            out.emit(
                Value::Array(all.iter().map(snapshot_json).collect()),
                || {
                    if all.is_empty() {
                        return out.t("contract-list-empty", &[]);
                    }
                    all.iter()
                        .map(|s| {
                            let employer = s
                                .terms
                                .employer
                                .clone()
                                .unwrap_or_else(|| out.t("contract-employer-not-stated", &[]));
                            out.t(
                                "contract-list-item",
                                &[
                                    ("id", A::T(&s.id)),
                                    ("date", A::T(&crate::output::utc(s.taken_at_ms))),
                                    ("employer", A::T(&employer)),
                                    ("pages", A::N(s.pages.len() as f64)),
                                    (
                                        "timestamp",
                                        A::T(if s.timestamped_at_ms.is_some() {
                                            "yes"
                                        } else {
                                            "no"
                                        }),
                                    ),
                                ],
                            )
                        })
                        .collect::<Vec<_>>()
                        .join("\n")
                },
            );
        }
        ContractCommand::Show { id } => {
            let s = m.contract(id.clone(), l)?;
            out.emit(snapshot_json(&s), || {
                let mut lines = s.lines.clone();
                lines.push(serde_json::to_string_pretty(&terms_json(&s.terms)).unwrap_or_default());
                lines.join("\n")
            });
        }
        ContractCommand::Compare { id, terms, rates } => {
            let terms = read_terms(terms)?;
            let c = m.compare_contract(id.clone(), terms, self::rates(rates)?, l)?;
            out.emit(comparison_json(&c), || c.lines.join("\n"));
        }
        ContractCommand::Wages {
            id,
            paid,
            currency,
            rates,
        } => {
            for p in paid {
                let (month, amount) = p
                    .split_once('=')
                    .ok_or_else(|| invalid("month", "malformed"))?;
                m.record_contract_pay(
                    id.clone(),
                    month.trim().to_owned(),
                    amount.trim().replace([',', '_'], ""),
                    currency.clone(),
                )?;
            }
            let w = m.contract_wage_check(id.clone(), self::rates(rates)?, l)?;
            out.emit(wages_json(&w), || w.lines.join("\n"));
        }
        ContractCommand::Proof {
            id,
            out: dir,
            no_terms,
            pages,
        } => {
            let files = m.export_contract_proof(
                id.clone(),
                dir.display().to_string(),
                !no_terms,
                (!pages.is_empty()).then(|| pages.clone()),
                l,
            )?;
            let shown = dir.display().to_string();
            out.emit(json!({ "dir": shown, "files": files }), || {
                out.t(
                    "contract-proof-written",
                    &[("dir", A::T(&shown)), ("files", A::T(&files.join(", ")))],
                )
            });
        }
        ContractCommand::Delete { id } => {
            m.delete_contract(id.clone())?;
            out.emit(json!({ "deleted": id }), || out.t("contract-deleted", &[]));
        }
    }
    Ok(())
}
