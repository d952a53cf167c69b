//! Contract substitution: the terms a worker saved at home against the contract shown now, each
//! difference typed and ranked; and the wage check, pay promised against pay received.
//!
//! Wages are compared per month. A weekly wage counts 52/12 weeks a month; a daily one the
//! contract's working days (7 less its days off; 6 when it does not say) times 52/12; an hourly
//! one also its hours a day (8 when it does not say). Other currencies are converted only with a
//! rate the person gives: Mitra carries no exchange rates that could be stale or wrong.

use std::collections::BTreeMap;

use super::terms::{Currency, Decimal, Deduction, Fee, Money, PassportHolder, Period, Terms, Wage};

/// Working days a week when a contract does not state its days off.
const DEFAULT_WORK_DAYS: i128 = 6;
/// Hours a day when a contract pays by the hour and does not state its hours.
const DEFAULT_HOURS: i128 = 8_000;
/// A wage this much lower or more (per thousand) is a serious difference.
const SERIOUS_WAGE_DROP_PER_MILLE: i128 = 50;

macro_rules! coded {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $code:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code,)+
                }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                match code {
                    $($code => Some($name::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

coded!(
    /// How much a difference matters to the worker. Ordered: the most serious first.
    Severity {
        /// Money, papers or freedom at stake: do not sign before getting help.
        High => "high",
        Medium => "medium",
        Low => "low",
        /// The new contract is better on this term.
        Better => "better",
    }
);

coded!(
    /// A kind of difference. Within one severity, differences are listed in this order.
    ChangeKind {
        WageLower => "wage-lower",
        WageNotComparable => "wage-not-comparable",
        PassportTaken => "passport-taken",
        EmployerChanged => "employer-changed",
        FeeAdded => "fee-added",
        FeeHigher => "fee-higher",
        HoursLonger => "hours-longer",
        DaysOffFewer => "days-off-fewer",
        TermDropped => "term-dropped",
        DeductionAdded => "deduction-added",
        DeductionHigher => "deduction-higher",
        OvertimeLower => "overtime-lower",
        JobChanged => "job-changed",
        WorkplaceChanged => "workplace-changed",
        PassportHolderChanged => "passport-holder-changed",
        DurationLonger => "duration-longer",
        DurationShorter => "duration-shorter",
        AccommodationChanged => "accommodation-changed",
        LanguageChanged => "language-changed",
        TermAdded => "term-added",
        WageHigher => "wage-higher",
        HoursShorter => "hours-shorter",
        DaysOffMore => "days-off-more",
        OvertimeHigher => "overtime-higher",
        FeeLower => "fee-lower",
        DeductionLower => "deduction-lower",
        PassportReturned => "passport-returned",
    }
);

/// A term's value as a contract states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TermValue {
    Text(String),
    Number(Decimal),
    Count(u32),
    Money(Money),
    /// An amount paid per period (a wage, a deduction).
    Pay(Money, Period),
    Holder(PassportHolder),
}

impl TermValue {
    /// The value as JSON, as the terms file writes it (`{"amount": 900, "currency": "QAR",
    /// "period": "month"}`, `"employer"`, `12`).
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::{Map, Value};
        let money = |m: &Money| {
            let mut o = Map::new();
            o.insert("amount".into(), m.amount.to_json());
            o.insert("currency".into(), Value::from(m.currency.as_str()));
            o
        };
        match self {
            TermValue::Text(t) => Value::from(t.as_str()),
            TermValue::Number(d) => d.to_json(),
            TermValue::Count(n) => Value::from(*n),
            TermValue::Money(m) => Value::Object(money(m)),
            TermValue::Pay(m, p) => {
                let mut o = money(m);
                o.insert("period".into(), Value::from(p.code()));
                Value::Object(o)
            }
            TermValue::Holder(h) => Value::from(h.code()),
        }
    }
}

/// One difference between the saved contract and the one shown now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub kind: ChangeKind,
    pub severity: Severity,
    /// The term's key in the terms JSON (`wage`, `hours_per_day`, `deductions`, ...).
    pub term: &'static str,
    /// What for, where a term has several items (a deduction's kind).
    pub what: Option<String>,
    pub before: Option<TermValue>,
    pub after: Option<TermValue>,
    /// For wages: the difference per month, in the saved contract's currency.
    pub by: Option<Money>,
    /// For wages: the difference in percent of the saved wage, rounded.
    pub percent: Option<i64>,
}

/// Exchange rates the person gives: one unit of `from` is `rate` units of `to`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rates(Vec<(Currency, Currency, f64)>);

impl Rates {
    pub fn new() -> Rates {
        Rates::default()
    }

    /// Adds a rate; refused unless positive and finite.
    pub fn add(&mut self, from: Currency, to: Currency, rate: f64) -> bool {
        if !(rate.is_finite() && rate > 0.0) || from == to {
            return false;
        }
        self.0.push((from, to, rate));
        true
    }

    /// Parses `QAR:NPR=36.5` (one QAR is 36.5 NPR).
    pub fn parse_one(text: &str) -> Option<(Currency, Currency, f64)> {
        let (pair, rate) = text.split_once('=')?;
        let (from, to) = pair.split_once(':')?;
        let rate: f64 = rate.trim().parse().ok()?;
        let (from, to) = (Currency::parse(from)?, Currency::parse(to)?);
        (rate.is_finite() && rate > 0.0 && from != to).then_some((from, to, rate))
    }

    /// Thousandths of `to` for `thousandths` of `from`, when a rate is known (either way round).
    pub fn convert(&self, thousandths: i128, from: Currency, to: Currency) -> Option<i128> {
        if from == to {
            return Some(thousandths);
        }
        let rate = self.0.iter().rev().find_map(|&(f, t, r)| {
            if (f, t) == (from, to) {
                Some(r)
            } else if (f, t) == (to, from) {
                Some(1.0 / r)
            } else {
                None
            }
        })?;
        let converted = (thousandths as f64 * rate).round();
        (converted.is_finite() && converted.abs() < 1e18).then_some(converted as i128)
    }
}

fn work_days(terms: &Terms) -> i128 {
    terms
        .days_off_per_week
        .map_or(DEFAULT_WORK_DAYS, |off| 7 - i128::from(off))
}

/// Thousandths per month of `amount` paid per `period`, under `terms`' days and hours. `None`
/// for one-off amounts.
pub fn per_month(amount: Decimal, period: Period, terms: &Terms) -> Option<i128> {
    let a = i128::from(amount.thousandths());
    let weeks = |x: i128| (x * 52 + 6) / 12;
    Some(match period {
        Period::Month => a,
        Period::Week => weeks(a),
        Period::Day => weeks(a * work_days(terms)),
        Period::Hour => {
            let hours = terms
                .hours_per_day
                .map_or(DEFAULT_HOURS, |h| i128::from(h.thousandths()));
            weeks(a * hours * work_days(terms) / 1000)
        }
        Period::Once => return None,
    })
}

fn money(thousandths: i128, currency: Currency) -> Money {
    Money {
        amount: Decimal(thousandths.clamp(0, i128::from(i64::MAX)) as i64),
        currency,
    }
}

fn pay(w: Wage) -> TermValue {
    TermValue::Pay(
        Money {
            amount: w.amount,
            currency: w.currency,
        },
        w.period,
    )
}

/// Lower case, punctuation dropped, one space between words: "Al-Noor  Cleaning W.L.L." and
/// "al noor cleaning wll" are the same employer. Letters of every script, and their vowel signs,
/// are kept.
fn fold(text: &str) -> String {
    let separator = |c: char| {
        c.is_whitespace()
            || (c.is_ascii() && !c.is_ascii_alphanumeric())
            || matches!(
                c,
                '،' | '।'
                    | '॥'
                    | '၊'
                    | '။'
                    | '“'
                    | '”'
                    | '‘'
                    | '’'
                    | '–'
                    | '—'
                    | '«'
                    | '»'
            )
    };
    // Dots and apostrophes join: "W.L.L." is "WLL", "Ma'aden" is "Maaden".
    let joined: String = text
        .chars()
        .filter(|c| !matches!(c, '.' | '\'' | '’'))
        .collect();
    let mut out = String::new();
    for word in joined.split(separator).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

struct Builder {
    changes: Vec<Change>,
}

impl Builder {
    fn push(
        &mut self,
        kind: ChangeKind,
        severity: Severity,
        term: &'static str,
        before: Option<TermValue>,
        after: Option<TermValue>,
    ) -> &mut Change {
        self.changes.push(Change {
            kind,
            severity,
            term,
            what: None,
            before,
            after,
            by: None,
            percent: None,
        });
        let last = self.changes.len() - 1;
        &mut self.changes[last]
    }

    /// A term stated in one contract and not the other.
    fn presence<T: Clone>(
        &mut self,
        term: &'static str,
        before: &Option<T>,
        after: &Option<T>,
        value: impl Fn(T) -> TermValue,
        dropped: Severity,
    ) -> bool {
        match (before, after) {
            (Some(b), None) => {
                self.push(
                    ChangeKind::TermDropped,
                    dropped,
                    term,
                    Some(value(b.clone())),
                    None,
                );
                true
            }
            (None, Some(a)) => {
                self.push(
                    ChangeKind::TermAdded,
                    Severity::Low,
                    term,
                    None,
                    Some(value(a.clone())),
                );
                true
            }
            _ => false,
        }
    }

    fn text(
        &mut self,
        term: &'static str,
        kind: ChangeKind,
        severity: Severity,
        before: &Option<String>,
        after: &Option<String>,
    ) {
        if self.presence(term, before, after, TermValue::Text, Severity::Medium) {
            return;
        }
        if let (Some(b), Some(a)) = (before, after) {
            if fold(b) != fold(a) {
                self.push(
                    kind,
                    severity,
                    term,
                    Some(TermValue::Text(b.clone())),
                    Some(TermValue::Text(a.clone())),
                );
            }
        }
    }
}

/// Every difference between `before` (the snapshot) and `after`, the most serious first.
pub fn compare(before: &Terms, after: &Terms, rates: &Rates) -> Vec<Change> {
    let mut b = Builder {
        changes: Vec::new(),
    };
    wage(&mut b, before, after, rates);
    b.text(
        "employer",
        ChangeKind::EmployerChanged,
        Severity::High,
        &before.employer,
        &after.employer,
    );
    b.text(
        "job_title",
        ChangeKind::JobChanged,
        Severity::Medium,
        &before.job_title,
        &after.job_title,
    );
    b.text(
        "workplace",
        ChangeKind::WorkplaceChanged,
        Severity::Medium,
        &before.workplace,
        &after.workplace,
    );
    if !b.presence(
        "hours_per_day",
        &before.hours_per_day,
        &after.hours_per_day,
        TermValue::Number,
        Severity::Medium,
    ) {
        if let (Some(x), Some(y)) = (before.hours_per_day, after.hours_per_day) {
            let (bv, av) = (Some(TermValue::Number(x)), Some(TermValue::Number(y)));
            if y > x {
                let serious = y.0 - x.0 >= 2000 || y > Decimal::from_units(10);
                let severity = if serious {
                    Severity::High
                } else {
                    Severity::Medium
                };
                b.push(ChangeKind::HoursLonger, severity, "hours_per_day", bv, av);
            } else if y < x {
                b.push(
                    ChangeKind::HoursShorter,
                    Severity::Better,
                    "hours_per_day",
                    bv,
                    av,
                );
            }
        }
    }
    let count = |n: u8| TermValue::Count(u32::from(n));
    if !b.presence(
        "days_off_per_week",
        &before.days_off_per_week,
        &after.days_off_per_week,
        count,
        Severity::Medium,
    ) {
        if let (Some(x), Some(y)) = (before.days_off_per_week, after.days_off_per_week) {
            if y < x {
                let severity = if y == 0 {
                    Severity::High
                } else {
                    Severity::Medium
                };
                b.push(
                    ChangeKind::DaysOffFewer,
                    severity,
                    "days_off_per_week",
                    Some(count(x)),
                    Some(count(y)),
                );
            } else if y > x {
                b.push(
                    ChangeKind::DaysOffMore,
                    Severity::Better,
                    "days_off_per_week",
                    Some(count(x)),
                    Some(count(y)),
                );
            }
        }
    }
    if !b.presence(
        "overtime_rate",
        &before.overtime_rate,
        &after.overtime_rate,
        TermValue::Number,
        Severity::Medium,
    ) {
        if let (Some(x), Some(y)) = (before.overtime_rate, after.overtime_rate) {
            let (bv, av) = (Some(TermValue::Number(x)), Some(TermValue::Number(y)));
            if y < x {
                b.push(
                    ChangeKind::OvertimeLower,
                    Severity::Medium,
                    "overtime_rate",
                    bv,
                    av,
                );
            } else if y > x {
                b.push(
                    ChangeKind::OvertimeHigher,
                    Severity::Better,
                    "overtime_rate",
                    bv,
                    av,
                );
            }
        }
    }
    let months = |n: u16| TermValue::Count(u32::from(n));
    if !b.presence(
        "duration_months",
        &before.duration_months,
        &after.duration_months,
        months,
        Severity::Low,
    ) {
        if let (Some(x), Some(y)) = (before.duration_months, after.duration_months) {
            if y > x {
                b.push(
                    ChangeKind::DurationLonger,
                    Severity::Medium,
                    "duration_months",
                    Some(months(x)),
                    Some(months(y)),
                );
            } else if y < x {
                b.push(
                    ChangeKind::DurationShorter,
                    Severity::Low,
                    "duration_months",
                    Some(months(x)),
                    Some(months(y)),
                );
            }
        }
    }
    fees(&mut b, before, after);
    deductions(&mut b, before, after);
    passport(&mut b, before.passport_held_by, after.passport_held_by);
    b.text(
        "accommodation",
        ChangeKind::AccommodationChanged,
        Severity::Low,
        &before.accommodation,
        &after.accommodation,
    );
    b.text(
        "language",
        ChangeKind::LanguageChanged,
        Severity::Low,
        &before.language,
        &after.language,
    );
    let mut changes = b.changes;
    changes.sort_by_key(|c| (c.severity, c.kind));
    changes
}

fn wage(b: &mut Builder, before: &Terms, after: &Terms, rates: &Rates) {
    if b.presence("wage", &before.wage, &after.wage, pay, Severity::High) {
        return;
    }
    let (Some(x), Some(y)) = (before.wage, after.wage) else {
        return;
    };
    let (Some(monthly_before), Some(monthly_after)) = (
        per_month(x.amount, x.period, before),
        per_month(y.amount, y.period, after),
    ) else {
        return;
    };
    let Some(after_in_before) = rates.convert(monthly_after, y.currency, x.currency) else {
        b.push(
            ChangeKind::WageNotComparable,
            Severity::High,
            "wage",
            Some(pay(x)),
            Some(pay(y)),
        );
        return;
    };
    let diff = after_in_before - monthly_before;
    // Rounding of a period conversion is not a change: below a thousandth of a unit is noise.
    if diff.abs() < 1000 && x.currency != y.currency || diff == 0 {
        return;
    }
    let per_mille = if monthly_before > 0 {
        diff.abs() * 1000 / monthly_before
    } else {
        1000
    };
    let (kind, severity) = if diff < 0 {
        let severity = if per_mille >= SERIOUS_WAGE_DROP_PER_MILLE {
            Severity::High
        } else {
            Severity::Medium
        };
        (ChangeKind::WageLower, severity)
    } else {
        (ChangeKind::WageHigher, Severity::Better)
    };
    let change = b.push(kind, severity, "wage", Some(pay(x)), Some(pay(y)));
    change.by = Some(money(diff.abs(), x.currency));
    change.percent = Some(((per_mille + 5) / 10) as i64);
}

/// What the worker pays, summed per currency.
fn fee_totals(fees: &Option<Vec<Fee>>) -> BTreeMap<Currency, i128> {
    let mut totals = BTreeMap::new();
    for f in fees.iter().flatten() {
        *totals.entry(f.currency).or_insert(0) += i128::from(f.amount.thousandths());
    }
    totals.retain(|_, v| *v > 0);
    totals
}

fn fees(b: &mut Builder, before: &Terms, after: &Terms) {
    let (x, y) = (fee_totals(&before.fees), fee_totals(&after.fees));
    let value = |t: i128, c: Currency| Some(TermValue::Money(money(t, c)));
    for (&currency, &a) in &y {
        match x.get(&currency) {
            None => {
                b.push(
                    ChangeKind::FeeAdded,
                    Severity::High,
                    "fees",
                    None,
                    value(a, currency),
                );
            }
            Some(&p) if a > p => {
                b.push(
                    ChangeKind::FeeHigher,
                    Severity::High,
                    "fees",
                    value(p, currency),
                    value(a, currency),
                );
            }
            Some(&p) if a < p => {
                b.push(
                    ChangeKind::FeeLower,
                    Severity::Better,
                    "fees",
                    value(p, currency),
                    value(a, currency),
                );
            }
            Some(_) => {}
        }
    }
    for (&currency, &p) in &x {
        if !y.contains_key(&currency) {
            b.push(
                ChangeKind::FeeLower,
                Severity::Better,
                "fees",
                value(p, currency),
                value(0, currency),
            );
        }
    }
}

/// Deductions of one kind in one currency, one-off or not (the folded kind is the key).
type DeductionKey = (String, Currency, bool);

struct DeductionTotal {
    /// Thousandths per month (or once, for one-off deductions).
    per_month: i128,
    /// What for, as the contract says.
    what: String,
    period: Period,
    /// The amounts as stated, added up.
    amount: Decimal,
}

impl DeductionTotal {
    fn shown(&self, currency: Currency) -> Option<TermValue> {
        Some(TermValue::Pay(
            Money {
                amount: self.amount,
                currency,
            },
            self.period,
        ))
    }
}

fn deduction_totals(terms: &Terms) -> BTreeMap<DeductionKey, DeductionTotal> {
    let mut totals: BTreeMap<DeductionKey, DeductionTotal> = BTreeMap::new();
    for d in terms.deductions.iter().flatten() {
        let Deduction {
            kind,
            amount,
            currency,
            period,
        } = d;
        let once = *period == Period::Once;
        let value = per_month(*amount, *period, terms).unwrap_or(i128::from(amount.thousandths()));
        let total = totals
            .entry((fold(kind), *currency, once))
            .or_insert(DeductionTotal {
                per_month: 0,
                what: kind.clone(),
                period: *period,
                amount: Decimal::ZERO,
            });
        total.per_month += value;
        total.amount = Decimal(total.amount.0.saturating_add(amount.0));
    }
    totals
}

fn deductions(b: &mut Builder, before: &Terms, after: &Terms) {
    let (x, y) = (deduction_totals(before), deduction_totals(after));
    for (key, now) in &y {
        let change = match x.get(key) {
            None if now.per_month > 0 => Some((ChangeKind::DeductionAdded, Severity::Medium, None)),
            Some(was) if now.per_month > was.per_month => Some((
                ChangeKind::DeductionHigher,
                Severity::Medium,
                was.shown(key.1),
            )),
            Some(was) if now.per_month < was.per_month => Some((
                ChangeKind::DeductionLower,
                Severity::Better,
                was.shown(key.1),
            )),
            _ => None,
        };
        if let Some((kind, severity, before_value)) = change {
            let c = b.push(kind, severity, "deductions", before_value, now.shown(key.1));
            c.what = Some(now.what.clone());
        }
    }
    for (key, was) in &x {
        if !y.contains_key(key) && was.per_month > 0 {
            let gone = DeductionTotal {
                amount: Decimal::ZERO,
                what: was.what.clone(),
                ..*was
            };
            let c = b.push(
                ChangeKind::DeductionLower,
                Severity::Better,
                "deductions",
                was.shown(key.1),
                gone.shown(key.1),
            );
            c.what = Some(was.what.clone());
        }
    }
}

fn passport(b: &mut Builder, before: Option<PassportHolder>, after: Option<PassportHolder>) {
    use PassportHolder::Worker;
    let value = |h: Option<PassportHolder>| h.map(TermValue::Holder);
    match (before, after) {
        (x, y) if x == y => {}
        (x, Some(y)) if y != Worker && x.is_none_or(|x| x == Worker) => {
            b.push(
                ChangeKind::PassportTaken,
                Severity::High,
                "passport_held_by",
                value(x),
                value(Some(y)),
            );
        }
        (Some(x), Some(Worker)) => {
            b.push(
                ChangeKind::PassportReturned,
                Severity::Better,
                "passport_held_by",
                value(Some(x)),
                value(Some(Worker)),
            );
        }
        (Some(x), Some(y)) => {
            b.push(
                ChangeKind::PassportHolderChanged,
                Severity::Medium,
                "passport_held_by",
                value(Some(x)),
                value(Some(y)),
            );
        }
        (Some(x), None) => {
            let severity = if x == Worker {
                Severity::High
            } else {
                Severity::Low
            };
            b.push(
                ChangeKind::TermDropped,
                severity,
                "passport_held_by",
                value(Some(x)),
                None,
            );
        }
        (None, Some(_)) => {
            b.push(
                ChangeKind::TermAdded,
                Severity::Low,
                "passport_held_by",
                None,
                value(after),
            );
        }
        (None, None) => {}
    }
}

/// One month's pay against what the contract promises.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthPay {
    /// `YYYY-MM`.
    pub month: String,
    pub received: Money,
    /// `None` when the pay came in a currency no rate converts.
    pub shortfall: Option<Money>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WageCheck {
    /// The monthly wage less the monthly deductions the contract states (same currency).
    pub expected: Money,
    pub months: Vec<MonthPay>,
    pub total_shortfall: Money,
}

/// Pay received per month (`(YYYY-MM, amount)`, any order) against what `terms` promise.
/// `None` when the contract states no wage.
pub fn wage_check(terms: &Terms, paid: &[(String, Money)], rates: &Rates) -> Option<WageCheck> {
    let wage = terms.wage?;
    let monthly = per_month(wage.amount, wage.period, terms)?;
    let deducted: i128 = terms
        .deductions
        .iter()
        .flatten()
        .filter(|d| d.currency == wage.currency)
        .filter_map(|d| per_month(d.amount, d.period, terms))
        .sum();
    let expected = (monthly - deducted).max(0);
    let mut months: Vec<MonthPay> = paid
        .iter()
        .map(|(month, received)| {
            let shortfall = rates
                .convert(
                    i128::from(received.amount.thousandths()),
                    received.currency,
                    wage.currency,
                )
                .map(|r| money((expected - r).max(0), wage.currency));
            MonthPay {
                month: month.clone(),
                received: *received,
                shortfall,
            }
        })
        .collect();
    months.sort_by(|a, b| a.month.cmp(&b.month));
    let total: i128 = months
        .iter()
        .filter_map(|m| m.shortfall)
        .map(|s| i128::from(s.amount.thousandths()))
        .sum();
    Some(WageCheck {
        expected: money(expected, wage.currency),
        months,
        total_shortfall: money(total, wage.currency),
    })
}

#[cfg(test)]
mod tests;
