//! Contract snapshots, comparison with a later contract, the wage check and proof folders, as
//! the shells see them. Amounts cross the boundary as decimal text ("1400.50"): exact, never
//! floating point.

use std::sync::Arc;

use mitra_core::contracts::{self as core, Decimal, Rates, compare, render, terms};
use mitra_core::protocol::RecordId;
use mitra_core::protocol::timestamp::hex;
use mitra_core::vault;
use serde_json::{Map, Value};

use crate::error::{MitraError, Result};
use crate::localizer::Localizer;
use crate::mitra::Mitra;
use crate::records::mirror_enum;
use crate::recruiters::PaidTo;

mirror_enum!(
    /// What an amount is paid per. `Once` only for deductions.
    PayPeriod => terms::Period { Month, Week, Day, Hour, Once }
);
mirror_enum!(
    /// Who keeps the worker's passport.
    PassportHolder => terms::PassportHolder { Worker, Employer, Agent }
);
mirror_enum!(
    /// How much a difference between two contracts matters; `Better` when the new one is better.
    ChangeSeverity => compare::Severity { High, Medium, Low, Better }
);

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ContractWage {
    /// Decimal text, up to three decimals: "1400", "1400.5".
    pub amount: String,
    /// ISO 4217: "QAR".
    pub currency: String,
    pub period: PayPeriod,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ContractFee {
    pub amount: String,
    pub currency: String,
    pub paid_to: Option<PaidTo>,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ContractDeduction {
    /// What it is for, as the contract says ("food").
    pub kind: String,
    pub amount: String,
    pub currency: String,
    pub period: PayPeriod,
}

/// A contract's terms. `None` means the contract does not state it.
#[derive(Debug, Clone, Default, PartialEq, Eq, uniffi::Record)]
pub struct ContractTerms {
    #[uniffi(default = None)]
    pub employer: Option<String>,
    #[uniffi(default = None)]
    pub job_title: Option<String>,
    #[uniffi(default = None)]
    pub workplace: Option<String>,
    #[uniffi(default = None)]
    pub wage: Option<ContractWage>,
    /// Decimal text ("8", "9.5").
    #[uniffi(default = None)]
    pub hours_per_day: Option<String>,
    #[uniffi(default = None)]
    pub days_off_per_week: Option<u8>,
    /// Multiple of the normal rate, decimal text ("1.25").
    #[uniffi(default = None)]
    pub overtime_rate: Option<String>,
    #[uniffi(default = None)]
    pub duration_months: Option<u16>,
    #[uniffi(default = None)]
    pub fees: Option<Vec<ContractFee>>,
    #[uniffi(default = None)]
    pub deductions: Option<Vec<ContractDeduction>>,
    #[uniffi(default = None)]
    pub accommodation: Option<String>,
    #[uniffi(default = None)]
    pub passport_held_by: Option<PassportHolder>,
    #[uniffi(default = None)]
    pub language: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ContractPage {
    pub number: u32,
    /// The file name in the manifest ("page-01.jpg").
    pub name: String,
    pub bytes: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ContractSnapshot {
    pub id: String,
    pub taken_at_ms: i64,
    pub terms: ContractTerms,
    pub pages: Vec<ContractPage>,
    /// SHA-256 of the SHA256SUMS manifest, hex.
    pub digest: String,
    /// When the hotline signed that the contract existed; `None` until a sync brings it.
    pub timestamped_at_ms: Option<i64>,
    /// What to tell the person: saved, fingerprint, whether the time is signed.
    pub lines: Vec<String>,
}

/// One unit of `from` is `rate` units of `to`.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ExchangeRate {
    pub from_currency: String,
    pub to_currency: String,
    pub rate: f64,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ContractChange {
    /// Stable code: "wage-lower", "passport-taken", ...
    pub kind: String,
    pub severity: ChangeSeverity,
    /// The term's key in the terms JSON ("wage").
    pub term: String,
    pub what: Option<String>,
    /// The values as JSON text, as the terms file writes them.
    pub before: Option<String>,
    pub after: Option<String>,
    /// For wages: the difference per month, decimal text, in the saved contract's currency.
    pub by_amount: Option<String>,
    pub by_currency: Option<String>,
    pub percent: Option<i64>,
    /// The difference as a sentence in the person's language.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ContractComparison {
    /// The most serious first.
    pub changes: Vec<ContractChange>,
    /// Everything to show, in the person's language.
    pub lines: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct MonthPay {
    /// "2026-10".
    pub month: String,
    pub received_amount: String,
    pub received_currency: String,
    /// Short of what the contract promises; `None` when paid in a currency no rate converts.
    pub shortfall: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct WageCheck {
    /// The monthly wage less the monthly deductions the contract states.
    pub expected: String,
    pub currency: String,
    pub months: Vec<MonthPay>,
    pub total_shortfall: String,
    pub lines: Vec<String>,
}

fn invalid(field: &str, reason: &str) -> MitraError {
    MitraError::InvalidInput {
        field: field.to_owned(),
        reason: reason.to_owned(),
    }
}

/// A decimal text as a JSON number; anything else stays text, so the terms validator names the
/// key and says it has the wrong kind of value.
fn number(text: &str) -> Value {
    text.trim()
        .parse::<serde_json::Number>()
        .map_or_else(|_| Value::from(text), Value::Number)
}

fn money_fields(amount: &str, currency: &str) -> Map<String, Value> {
    let mut o = Map::new();
    o.insert("amount".into(), number(amount));
    o.insert("currency".into(), Value::from(currency));
    o
}

impl ContractTerms {
    fn to_json(&self) -> Value {
        let mut o = Map::new();
        let mut put = |k: &str, v: Option<Value>| {
            if let Some(v) = v {
                o.insert(k.to_owned(), v);
            }
        };
        put("employer", self.employer.clone().map(Value::from));
        put("job_title", self.job_title.clone().map(Value::from));
        put("workplace", self.workplace.clone().map(Value::from));
        put(
            "wage",
            self.wage.as_ref().map(|w| {
                let mut m = money_fields(&w.amount, &w.currency);
                m.insert("period".into(), Value::from(w.period.code()));
                Value::Object(m)
            }),
        );
        put("hours_per_day", self.hours_per_day.as_deref().map(number));
        put("days_off_per_week", self.days_off_per_week.map(Value::from));
        put("overtime_rate", self.overtime_rate.as_deref().map(number));
        put("duration_months", self.duration_months.map(Value::from));
        put(
            "fees",
            self.fees.as_ref().map(|fees| {
                fees.iter()
                    .map(|f| {
                        let mut m = money_fields(&f.amount, &f.currency);
                        if let Some(p) = f.paid_to {
                            m.insert("paid_to".into(), Value::from(p.code()));
                        }
                        Value::Object(m)
                    })
                    .collect()
            }),
        );
        put(
            "deductions",
            self.deductions.as_ref().map(|ds| {
                ds.iter()
                    .map(|d| {
                        let mut m = money_fields(&d.amount, &d.currency);
                        m.insert("kind".into(), Value::from(d.kind.as_str()));
                        m.insert("period".into(), Value::from(d.period.code()));
                        Value::Object(m)
                    })
                    .collect()
            }),
        );
        put("accommodation", self.accommodation.clone().map(Value::from));
        put(
            "passport_held_by",
            self.passport_held_by.map(|p| Value::from(p.code())),
        );
        put("language", self.language.clone().map(Value::from));
        Value::Object(o)
    }

    fn to_core(&self) -> Result<terms::Terms> {
        Ok(terms::Terms::from_value(&self.to_json()).map_err(mitra_core::Error::from)?)
    }
}

fn decimal(d: Decimal) -> String {
    d.to_string()
}

impl From<&terms::Terms> for ContractTerms {
    fn from(t: &terms::Terms) -> Self {
        ContractTerms {
            employer: t.employer.clone(),
            job_title: t.job_title.clone(),
            workplace: t.workplace.clone(),
            wage: t.wage.map(|w| ContractWage {
                amount: decimal(w.amount),
                currency: w.currency.to_string(),
                period: w.period.into(),
            }),
            hours_per_day: t.hours_per_day.map(decimal),
            days_off_per_week: t.days_off_per_week,
            overtime_rate: t.overtime_rate.map(decimal),
            duration_months: t.duration_months,
            fees: t.fees.as_ref().map(|fees| {
                fees.iter()
                    .map(|f| ContractFee {
                        amount: decimal(f.amount),
                        currency: f.currency.to_string(),
                        paid_to: f.paid_to.map(Into::into),
                    })
                    .collect()
            }),
            deductions: t.deductions.as_ref().map(|ds| {
                ds.iter()
                    .map(|d| ContractDeduction {
                        kind: d.kind.clone(),
                        amount: decimal(d.amount),
                        currency: d.currency.to_string(),
                        period: d.period.into(),
                    })
                    .collect()
            }),
            accommodation: t.accommodation.clone(),
            passport_held_by: t.passport_held_by.map(Into::into),
            language: t.language.clone(),
        }
    }
}

/// Parses contract terms JSON (the CLI's `--terms` file). Unknown keys are refused by name:
/// `InvalidInput { field: "terms.salary", reason: "unknown-key" }`.
#[uniffi::export]
pub fn contract_terms_from_json(json: String) -> Result<ContractTerms> {
    let t = terms::Terms::from_json(json.as_bytes()).map_err(mitra_core::Error::from)?;
    Ok(ContractTerms::from(&t))
}

/// Parses `QAR:NPR=36.5` (one QAR is 36.5 NPR), as the CLI's `--rate` takes it.
#[uniffi::export]
pub fn exchange_rate_from_text(text: String) -> Result<ExchangeRate> {
    let (from, to, rate) = Rates::parse_one(&text).ok_or_else(|| invalid("rate", "malformed"))?;
    Ok(ExchangeRate {
        from_currency: from.to_string(),
        to_currency: to.to_string(),
        rate,
    })
}

fn rates(given: &[ExchangeRate]) -> Result<Rates> {
    let mut rates = Rates::new();
    for r in given {
        let (Some(from), Some(to)) = (
            terms::Currency::parse(&r.from_currency),
            terms::Currency::parse(&r.to_currency),
        ) else {
            return Err(invalid("rate", "not_a_currency"));
        };
        if !rates.add(from, to, r.rate) {
            return Err(invalid("rate", "out_of_range"));
        }
    }
    Ok(rates)
}

fn snapshot(s: &core::Snapshot, l: &mitra_core::i18n::Localizer) -> ContractSnapshot {
    use mitra_core::i18n::Arg;
    let mut lines = vec![
        l.format(
            "contract-saved",
            &[
                ("id", Arg::from(s.id.to_string())),
                ("pages", Arg::from(s.pages.len() as u64)),
            ],
        ),
        l.format(
            "contract-fingerprint",
            &[("digest", Arg::from(hex(&s.digest)))],
        ),
    ];
    lines.push(match &s.timestamp {
        Some(t) => l.format(
            "contract-timestamped",
            &[("time", Arg::from(render::time(l, t.at_ms)))],
        ),
        None => l.format("contract-timestamp-waiting", &[]),
    });
    ContractSnapshot {
        id: s.id.to_string(),
        taken_at_ms: s.taken_at_ms,
        terms: ContractTerms::from(&s.terms),
        pages: s
            .pages
            .iter()
            .map(|p| ContractPage {
                number: p.number,
                name: p.name.clone(),
                bytes: p.bytes,
            })
            .collect(),
        digest: hex(&s.digest),
        timestamped_at_ms: s.timestamp.as_ref().map(|t| t.at_ms),
        lines,
    }
}

fn money_text(m: core::Money) -> String {
    decimal(m.amount)
}

impl Mitra {
    fn contract_id(&self, id: &str) -> Result<RecordId> {
        Ok(self.vault().read(|c| core::find_by_prefix(c, id.trim()))?)
    }
}

#[uniffi::export]
impl Mitra {
    /// Saves a snapshot of a contract: its terms and photos (or PDFs) of its pages, in order.
    /// The hotline's signed time comes with the next sync.
    pub fn snapshot_contract(
        &self,
        terms: ContractTerms,
        pages: Vec<Vec<u8>>,
        localizer: Arc<Localizer>,
    ) -> Result<ContractSnapshot> {
        let terms = terms.to_core()?;
        let now = vault::now_ms();
        let saved = self.vault().write(|tx| {
            let id = core::snapshot(tx, &terms, &pages, now)?;
            core::get(tx, id)
        })?;
        Ok(snapshot(&saved, localizer.core()))
    }

    /// Every saved contract, the newest first.
    pub fn contracts(&self, localizer: Arc<Localizer>) -> Result<Vec<ContractSnapshot>> {
        let l = localizer.core();
        Ok(self
            .vault()
            .read(core::list)?
            .iter()
            .map(|s| snapshot(s, l))
            .collect())
    }

    /// One saved contract, by its id or the first digits of it.
    pub fn contract(&self, id: String, localizer: Arc<Localizer>) -> Result<ContractSnapshot> {
        let id = self.contract_id(&id)?;
        let s = self.vault().read(|c| core::get(c, id))?;
        Ok(snapshot(&s, localizer.core()))
    }

    /// The photo of one page (numbered from 1).
    pub fn contract_page(&self, id: String, number: u32) -> Result<Vec<u8>> {
        let id = self.contract_id(&id)?;
        Ok(self.vault().read(|c| core::page_bytes(c, id, number))?)
    }

    /// Deletes a saved contract with its photos and recorded pay.
    pub fn delete_contract(&self, id: String) -> Result<()> {
        let id = self.contract_id(&id)?;
        self.vault().write(|tx| core::delete(tx, id))?;
        self.vault().checkpoint()?;
        Ok(())
    }

    /// Compares the contract shown now with a saved one: every difference typed and ranked.
    pub fn compare_contract(
        &self,
        id: String,
        terms: ContractTerms,
        rates: Vec<ExchangeRate>,
        localizer: Arc<Localizer>,
    ) -> Result<ContractComparison> {
        let l = localizer.core();
        let id = self.contract_id(&id)?;
        let after = terms.to_core()?;
        let rates = self::rates(&rates)?;
        let saved = self.vault().read(|c| core::get(c, id))?;
        let changes = compare::compare(&saved.terms, &after, &rates);
        let json = |v: &Option<core::TermValue>| v.as_ref().map(|v| v.to_json().to_string());
        Ok(ContractComparison {
            changes: changes
                .iter()
                .map(|c| ContractChange {
                    kind: c.kind.code().to_owned(),
                    severity: c.severity.into(),
                    term: c.term.to_owned(),
                    what: c.what.clone(),
                    before: json(&c.before),
                    after: json(&c.after),
                    by_amount: c.by.map(money_text),
                    by_currency: c.by.map(|m| m.currency.to_string()),
                    percent: c.percent,
                    text: render::change(l, c),
                })
                .collect(),
            lines: render::comparison(l, saved.taken_at_ms, &changes),
        })
    }

    /// Records the pay received for a month ("2026-10") under a saved contract, replacing what
    /// was recorded for that month. `currency` defaults to the contract wage's.
    pub fn record_contract_pay(
        &self,
        id: String,
        month: String,
        amount: String,
        currency: Option<String>,
    ) -> Result<()> {
        let id = self.contract_id(&id)?;
        let amount =
            Decimal::parse(amount.trim()).ok_or_else(|| invalid("amount", "not_a_number"))?;
        let currency = match currency {
            Some(c) => {
                terms::Currency::parse(&c).ok_or_else(|| invalid("currency", "not_a_currency"))?
            }
            None => {
                let saved = self.vault().read(|c| core::get(c, id))?;
                saved
                    .terms
                    .wage
                    .ok_or_else(|| invalid("contract", "wage_not_stated"))?
                    .currency
            }
        };
        let now = vault::now_ms();
        self.vault().write(|tx| {
            core::record_pay(tx, id, month.trim(), core::Money { amount, currency }, now)
        })?;
        Ok(())
    }

    /// The pay the saved contract promises against the pay recorded, month by month.
    pub fn contract_wage_check(
        &self,
        id: String,
        rates: Vec<ExchangeRate>,
        localizer: Arc<Localizer>,
    ) -> Result<WageCheck> {
        let id = self.contract_id(&id)?;
        let rates = self::rates(&rates)?;
        let (saved, paid) = self
            .vault()
            .read(|c| Ok((core::get(c, id)?, core::pay(c, id)?)))?;
        let check = compare::wage_check(&saved.terms, &paid, &rates)
            .ok_or_else(|| invalid("contract", "wage_not_stated"))?;
        Ok(WageCheck {
            expected: money_text(check.expected),
            currency: check.expected.currency.to_string(),
            months: check
                .months
                .iter()
                .map(|m| MonthPay {
                    month: m.month.clone(),
                    received_amount: money_text(m.received),
                    received_currency: m.received.currency.to_string(),
                    shortfall: m.shortfall.map(money_text),
                })
                .collect(),
            total_shortfall: money_text(check.total_shortfall),
            lines: render::wage_check(localizer.core(), &check),
        })
    }

    /// Writes a proof folder into `dir` (new or empty) with what the person chose: the terms
    /// and the given pages (all when `pages` is `None`), always SHA256SUMS and, once the
    /// hotline signed the time, its signature and key, and a README on how to check it with
    /// sha256sum and minisign. Returns the file names written.
    pub fn export_contract_proof(
        &self,
        id: String,
        dir: String,
        include_terms: bool,
        pages: Option<Vec<u32>>,
        localizer: Arc<Localizer>,
    ) -> Result<Vec<String>> {
        let id = self.contract_id(&id)?;
        let choice = core::ProofChoice {
            terms: include_terms,
            pages,
        };
        Ok(self.vault().read(|c| {
            core::export_proof(c, id, std::path::Path::new(&dir), &choice, localizer.core())
        })?)
    }
}
