//! A contract's terms: parsed from the JSON a shell or the CLI gives (unknown keys refused by
//! name, missing keys meaning "not stated"), and written back as canonical JSON, the bytes a
//! snapshot's digest covers.
//!
//! Money is exact: amounts are thousandths of a unit in an `i64` (Gulf dinars have three decimals),
//! never floating point.

use std::fmt;

use mitra_protocol::records::PaidTo;
use serde_json::{Map, Value};

use crate::text::nfc;

/// Terms JSON beyond this is refused before parsing: a real contract's terms are a few KiB.
pub const MAX_TERMS_BYTES: usize = 64 * 1024;
/// Employer, job title, workplace, accommodation: longer text is refused.
pub const MAX_TEXT_BYTES: usize = 300;
/// Fees or deductions in one contract.
pub const MAX_ITEMS: usize = 20;
/// A unit count no wage, fee or deduction reaches (10^12, excluded).
const MAX_UNITS: i64 = 1_000_000_000_000;
/// Unknown keys are echoed in the error at most this long.
const MAX_KEY_ECHO: usize = 40;

/// A non-negative decimal with three places, stored as thousandths.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Decimal(pub i64);

impl Decimal {
    pub const ZERO: Decimal = Decimal(0);

    pub fn from_units(units: i64) -> Decimal {
        Decimal(units.saturating_mul(1000))
    }

    pub fn thousandths(self) -> i64 {
        self.0
    }

    /// Parses `1200`, `1200.5`, `0.125` (at most three decimals, no sign, no exponent).
    pub fn parse(text: &str) -> Option<Decimal> {
        let (whole, frac) = text.split_once('.').unwrap_or((text, ""));
        if whole.is_empty()
            || whole.len() > 13
            || frac.len() > 3
            || (text.contains('.') && frac.is_empty())
            || !whole.bytes().all(|b| b.is_ascii_digit())
            || !frac.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let whole: i64 = whole.parse().ok()?;
        // Below 10^12 units with three decimals is at most 15 significant digits: exact in the
        // f64 a JSON number becomes, so the canonical terms file always reads back.
        if whole >= MAX_UNITS {
            return None;
        }
        let mut frac_value: i64 = if frac.is_empty() {
            0
        } else {
            frac.parse().ok()?
        };
        for _ in frac.len()..3 {
            frac_value *= 10;
        }
        Some(Decimal(whole * 1000 + frac_value))
    }

    /// A JSON number with no more decimals than needed.
    pub fn to_json(self) -> Value {
        if self.0 % 1000 == 0 {
            Value::from(self.0 / 1000)
        } else {
            // Exact for three decimals below 2^53 thousandths; `Decimal::parse` reads it back.
            serde_json::Number::from_f64(self.0 as f64 / 1000.0).map_or(Value::Null, Value::Number)
        }
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (whole, frac) = (self.0 / 1000, self.0 % 1000);
        if frac == 0 {
            write!(f, "{whole}")
        } else {
            let frac = format!("{frac:03}");
            write!(f, "{whole}.{}", frac.trim_end_matches('0'))
        }
    }
}

macro_rules! term_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $code:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($variant,)+
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

term_enum!(
    /// What an amount is paid per. `Once` is only for deductions (a uniform, a medical test).
    Period {
        Month => "month",
        Week => "week",
        Day => "day",
        Hour => "hour",
        Once => "once",
    }
);

term_enum!(
    /// Who keeps the worker's passport. Only `Worker` is lawful almost everywhere.
    PassportHolder {
        Worker => "worker",
        Employer => "employer",
        Agent => "agent",
    }
);

/// An ISO 4217 code, upper case (`NPR`, `QAR`, `MYR`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency([u8; 3]);

impl Currency {
    pub fn parse(text: &str) -> Option<Currency> {
        let bytes = text.trim().as_bytes();
        if bytes.len() != 3 || !bytes.iter().all(u8::is_ascii_alphabetic) {
            return None;
        }
        Some(Currency([
            bytes[0].to_ascii_uppercase(),
            bytes[1].to_ascii_uppercase(),
            bytes[2].to_ascii_uppercase(),
        ]))
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Money {
    pub amount: Decimal,
    pub currency: Currency,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wage {
    pub amount: Decimal,
    pub currency: Currency,
    /// Never `Once`.
    pub period: Period,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fee {
    pub amount: Decimal,
    pub currency: Currency,
    pub paid_to: Option<PaidTo>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deduction {
    /// What it is for, as the contract says (`food`, `housing`, `uniform`).
    pub kind: String,
    pub amount: Decimal,
    pub currency: Currency,
    pub period: Period,
}

/// A contract's terms. `None` (and, for the lists, `None` rather than empty) means the
/// contract does not state it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Terms {
    pub employer: Option<String>,
    pub job_title: Option<String>,
    pub workplace: Option<String>,
    pub wage: Option<Wage>,
    pub hours_per_day: Option<Decimal>,
    pub days_off_per_week: Option<u8>,
    /// Overtime pay as a multiple of the normal rate (1.25, 1.5).
    pub overtime_rate: Option<Decimal>,
    pub duration_months: Option<u16>,
    pub fees: Option<Vec<Fee>>,
    pub deductions: Option<Vec<Deduction>>,
    pub accommodation: Option<String>,
    pub passport_held_by: Option<PassportHolder>,
    /// The language the contract is written in, as given (`ar`, `English`).
    pub language: Option<String>,
}

/// Why terms were refused. Keys are JSON paths (`wage.amount`, `fees[1].currency`); only an
/// unknown key comes from the input, and it is cut short.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TermsError {
    #[error("contract terms are not JSON (line {line}, column {column})")]
    NotJson { line: u32, column: u32 },
    #[error("contract terms larger than {max} bytes")]
    TooLarge { max: usize },
    #[error("unknown key in contract terms: {key}")]
    UnknownKey { key: String },
    /// `expected`: `object`, `list`, `text`, `number`, `whole-number`.
    #[error("{key} should be {expected}")]
    WrongType { key: String, expected: &'static str },
    /// `reason`: `empty`, `too-long`, `too-large`, `too-many-decimals`, `not-a-currency`,
    /// `out-of-range`, `not-allowed`, `too-many-items`, `missing`.
    #[error("{key}: {reason}")]
    BadValue { key: String, reason: &'static str },
}

impl TermsError {
    /// The JSON path the error is about (empty for `NotJson` and `TooLarge`).
    pub fn key(&self) -> &str {
        match self {
            TermsError::UnknownKey { key }
            | TermsError::WrongType { key, .. }
            | TermsError::BadValue { key, .. } => key,
            _ => "",
        }
    }

    /// A stable code (`unknown-key`, `wrong-type`, or the `BadValue` reason).
    pub fn code(&self) -> &'static str {
        match self {
            TermsError::NotJson { .. } => "not-json",
            TermsError::TooLarge { .. } => "too-large",
            TermsError::UnknownKey { .. } => "unknown-key",
            TermsError::WrongType { .. } => "wrong-type",
            TermsError::BadValue { reason, .. } => reason,
        }
    }
}

type Parsed<T> = Result<T, TermsError>;

fn bad(key: &str, reason: &'static str) -> TermsError {
    TermsError::BadValue {
        key: key.to_owned(),
        reason,
    }
}

fn wrong(key: &str, expected: &'static str) -> TermsError {
    TermsError::WrongType {
        key: key.to_owned(),
        expected,
    }
}

fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_owned()
    } else {
        format!("{parent}.{key}")
    }
}

/// Refuses keys not in `known`, naming the first one (in the object's order).
fn only_known(object: &Map<String, Value>, known: &[&str], parent: &str) -> Parsed<()> {
    match object.keys().find(|k| !known.contains(&k.as_str())) {
        Some(key) => {
            let mut key: String = key.chars().take(MAX_KEY_ECHO).collect();
            key.retain(|c| !c.is_control());
            Err(TermsError::UnknownKey {
                key: join(parent, &key),
            })
        }
        None => Ok(()),
    }
}

/// `null` is read as "not stated", like a missing key.
fn field<'a>(object: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    object.get(key).filter(|v| !v.is_null())
}

fn text(value: &Value, key: &str) -> Parsed<String> {
    let s = value.as_str().ok_or_else(|| wrong(key, "text"))?;
    let s = nfc(s.trim());
    if s.is_empty() {
        return Err(bad(key, "empty"));
    }
    if s.len() > MAX_TEXT_BYTES {
        return Err(bad(key, "too-long"));
    }
    Ok(s)
}

fn decimal(value: &Value, key: &str) -> Parsed<Decimal> {
    let Value::Number(n) = value else {
        return Err(wrong(key, "number"));
    };
    if n.as_i64().is_some_and(|v| v < 0) || n.as_f64().is_some_and(|v| v < 0.0) {
        return Err(bad(key, "out-of-range"));
    }
    let text = n.to_string();
    if text.contains(['e', 'E']) {
        return Err(bad(key, "too-large"));
    }
    Decimal::parse(&text).ok_or_else(|| {
        if text.split_once('.').is_some_and(|(_, f)| f.len() > 3) {
            bad(key, "too-many-decimals")
        } else {
            bad(key, "too-large")
        }
    })
}

fn whole(value: &Value, key: &str, range: std::ops::RangeInclusive<u64>) -> Parsed<u64> {
    let n = value.as_u64().ok_or_else(|| match value {
        Value::Number(_) => bad(key, "out-of-range"),
        _ => wrong(key, "whole-number"),
    })?;
    if !range.contains(&n) {
        return Err(bad(key, "out-of-range"));
    }
    Ok(n)
}

fn currency(value: &Value, key: &str) -> Parsed<Currency> {
    let s = value.as_str().ok_or_else(|| wrong(key, "text"))?;
    Currency::parse(s).ok_or_else(|| bad(key, "not-a-currency"))
}

fn code<T>(value: &Value, key: &str, from_code: impl Fn(&str) -> Option<T>) -> Parsed<T> {
    let s = value.as_str().ok_or_else(|| wrong(key, "text"))?;
    from_code(s.trim().to_ascii_lowercase().as_str()).ok_or_else(|| bad(key, "not-allowed"))
}

fn object<'a>(value: &'a Value, key: &str) -> Parsed<&'a Map<String, Value>> {
    value.as_object().ok_or_else(|| wrong(key, "object"))
}

fn required<'a>(object: &'a Map<String, Value>, parent: &str, key: &str) -> Parsed<&'a Value> {
    field(object, key).ok_or_else(|| bad(&join(parent, key), "missing"))
}

fn amount_and_currency(o: &Map<String, Value>, at: &str) -> Parsed<(Decimal, Currency)> {
    let amount = decimal(required(o, at, "amount")?, &join(at, "amount"))?;
    let currency = currency(required(o, at, "currency")?, &join(at, "currency"))?;
    Ok((amount, currency))
}

fn list<'a>(value: &'a Value, key: &str) -> Parsed<&'a Vec<Value>> {
    let items = value.as_array().ok_or_else(|| wrong(key, "list"))?;
    if items.len() > MAX_ITEMS {
        return Err(bad(key, "too-many-items"));
    }
    Ok(items)
}

const KEYS: &[&str] = &[
    "employer",
    "job_title",
    "workplace",
    "wage",
    "hours_per_day",
    "days_off_per_week",
    "overtime_rate",
    "duration_months",
    "fees",
    "deductions",
    "accommodation",
    "passport_held_by",
    "language",
];

impl Terms {
    /// Parses terms JSON (an object with the keys above; see docs/cli.md).
    pub fn from_json(bytes: &[u8]) -> Parsed<Terms> {
        if bytes.len() > MAX_TERMS_BYTES {
            return Err(TermsError::TooLarge {
                max: MAX_TERMS_BYTES,
            });
        }
        let value: Value = serde_json::from_slice(bytes).map_err(|e| TermsError::NotJson {
            line: e.line() as u32,
            column: e.column() as u32,
        })?;
        Terms::from_value(&value)
    }

    pub fn from_value(value: &Value) -> Parsed<Terms> {
        let o = value.as_object().ok_or_else(|| wrong("terms", "object"))?;
        only_known(o, KEYS, "")?;
        let opt_text = |key: &str| field(o, key).map(|v| text(v, key)).transpose();
        let wage = match field(o, "wage") {
            None => None,
            Some(v) => {
                let w = object(v, "wage")?;
                only_known(w, &["amount", "currency", "period"], "wage")?;
                let (amount, currency) = amount_and_currency(w, "wage")?;
                let period = code(required(w, "wage", "period")?, "wage.period", |c| {
                    Period::from_code(c).filter(|p| *p != Period::Once)
                })?;
                Some(Wage {
                    amount,
                    currency,
                    period,
                })
            }
        };
        let hours_per_day = match field(o, "hours_per_day") {
            None => None,
            Some(v) => {
                let h = decimal(v, "hours_per_day")?;
                if h == Decimal::ZERO || h > Decimal::from_units(24) {
                    return Err(bad("hours_per_day", "out-of-range"));
                }
                Some(h)
            }
        };
        let overtime_rate = match field(o, "overtime_rate") {
            None => None,
            Some(v) => {
                let r = decimal(v, "overtime_rate")?;
                if r > Decimal::from_units(10) {
                    return Err(bad("overtime_rate", "out-of-range"));
                }
                Some(r)
            }
        };
        let fees = match field(o, "fees") {
            None => None,
            Some(v) => Some(
                list(v, "fees")?
                    .iter()
                    .enumerate()
                    .map(|(i, item)| {
                        let at = format!("fees[{i}]");
                        let f = object(item, &at)?;
                        only_known(f, &["amount", "currency", "paid_to"], &at)?;
                        let (amount, currency) = amount_and_currency(f, &at)?;
                        let paid_to = field(f, "paid_to")
                            .map(|p| code(p, &join(&at, "paid_to"), PaidTo::from_code))
                            .transpose()?;
                        Ok(Fee {
                            amount,
                            currency,
                            paid_to,
                        })
                    })
                    .collect::<Parsed<Vec<_>>>()?,
            ),
        };
        let deductions = match field(o, "deductions") {
            None => None,
            Some(v) => Some(
                list(v, "deductions")?
                    .iter()
                    .enumerate()
                    .map(|(i, item)| {
                        let at = format!("deductions[{i}]");
                        let d = object(item, &at)?;
                        only_known(d, &["kind", "amount", "currency", "period"], &at)?;
                        let kind = text(required(d, &at, "kind")?, &join(&at, "kind"))?;
                        let (amount, currency) = amount_and_currency(d, &at)?;
                        let period = code(
                            required(d, &at, "period")?,
                            &join(&at, "period"),
                            Period::from_code,
                        )?;
                        Ok(Deduction {
                            kind,
                            amount,
                            currency,
                            period,
                        })
                    })
                    .collect::<Parsed<Vec<_>>>()?,
            ),
        };
        Ok(Terms {
            employer: opt_text("employer")?,
            job_title: opt_text("job_title")?,
            workplace: opt_text("workplace")?,
            wage,
            hours_per_day,
            days_off_per_week: field(o, "days_off_per_week")
                .map(|v| whole(v, "days_off_per_week", 0..=7).map(|n| n as u8))
                .transpose()?,
            overtime_rate,
            duration_months: field(o, "duration_months")
                .map(|v| whole(v, "duration_months", 1..=240).map(|n| n as u16))
                .transpose()?,
            fees,
            deductions,
            accommodation: opt_text("accommodation")?,
            passport_held_by: field(o, "passport_held_by")
                .map(|v| code(v, "passport_held_by", PassportHolder::from_code))
                .transpose()?,
            language: opt_text("language")?,
        })
    }

    /// The canonical JSON object: stated terms only, keys sorted, numbers exact.
    pub fn to_value(&self) -> Value {
        let mut o = Map::new();
        let mut put = |key: &str, value: Option<Value>| {
            if let Some(v) = value {
                o.insert(key.to_owned(), v);
            }
        };
        let money = |amount: Decimal, currency: Currency| {
            let mut m = Map::new();
            m.insert("amount".into(), amount.to_json());
            m.insert("currency".into(), Value::from(currency.as_str()));
            m
        };
        put("employer", self.employer.clone().map(Value::from));
        put("job_title", self.job_title.clone().map(Value::from));
        put("workplace", self.workplace.clone().map(Value::from));
        put(
            "wage",
            self.wage.map(|w| {
                let mut m = money(w.amount, w.currency);
                m.insert("period".into(), Value::from(w.period.code()));
                Value::Object(m)
            }),
        );
        put("hours_per_day", self.hours_per_day.map(Decimal::to_json));
        put("days_off_per_week", self.days_off_per_week.map(Value::from));
        put("overtime_rate", self.overtime_rate.map(Decimal::to_json));
        put("duration_months", self.duration_months.map(Value::from));
        put(
            "fees",
            self.fees.as_ref().map(|fees| {
                Value::Array(
                    fees.iter()
                        .map(|f| {
                            let mut m = money(f.amount, f.currency);
                            if let Some(p) = f.paid_to {
                                m.insert("paid_to".into(), Value::from(p.code()));
                            }
                            Value::Object(m)
                        })
                        .collect(),
                )
            }),
        );
        put(
            "deductions",
            self.deductions.as_ref().map(|ds| {
                Value::Array(
                    ds.iter()
                        .map(|d| {
                            let mut m = money(d.amount, d.currency);
                            m.insert("kind".into(), Value::from(d.kind.as_str()));
                            m.insert("period".into(), Value::from(d.period.code()));
                            Value::Object(m)
                        })
                        .collect(),
                )
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const FULL: &str = r#"{
        "employer": "Al Noor Cleaning Services WLL",
        "job_title": "Cleaner",
        "workplace": "Doha, Qatar",
        "wage": {"amount": 1400, "currency": "qar", "period": "month"},
        "hours_per_day": 8,
        "days_off_per_week": 1,
        "overtime_rate": 1.25,
        "duration_months": 24,
        "fees": [],
        "deductions": [{"kind": "food", "amount": 150.5, "currency": "QAR", "period": "month"}],
        "accommodation": "Shared room, provided free",
        "passport_held_by": "worker",
        "language": "en"
    }"#;

    #[test]
    fn full_terms_parse_and_round_trip_through_canonical_json() {
        let t = Terms::from_json(FULL.as_bytes()).unwrap();
        assert_eq!(t.wage.unwrap().currency.as_str(), "QAR");
        assert_eq!(t.overtime_rate, Some(Decimal(1250)));
        assert_eq!(t.fees, Some(vec![]));
        assert_eq!(t.deductions.as_ref().unwrap()[0].amount, Decimal(150_500));
        let json = serde_json::to_vec(&t.to_value()).unwrap();
        assert_eq!(Terms::from_json(&json).unwrap(), t);
    }

    #[test]
    fn missing_keys_are_not_stated() {
        let t = Terms::from_json(br#"{"employer": "X"}"#).unwrap();
        assert_eq!(t.employer.as_deref(), Some("X"));
        assert_eq!(t.wage, None);
        assert_eq!(t.fees, None);
        assert_eq!(Terms::from_json(b"{}").unwrap(), Terms::default());
    }

    #[test]
    fn unknown_keys_are_refused_by_name() {
        let e = Terms::from_json(br#"{"employer": "X", "salary": 5}"#).unwrap_err();
        assert_eq!(
            e,
            TermsError::UnknownKey {
                key: "salary".into()
            }
        );
        let e = Terms::from_json(
            br#"{"wage": {"amount": 1, "currency": "NPR", "period": "month", "bonus": 2}}"#,
        )
        .unwrap_err();
        assert_eq!(e.key(), "wage.bonus");
        let e = Terms::from_json(br#"{"fees": [{"amount": 1, "currency": "NPR", "to": "x"}]}"#)
            .unwrap_err();
        assert_eq!(e.key(), "fees[0].to");
    }

    #[test]
    fn bad_values_say_which_key_and_why() {
        let cases: &[(&str, &str, &str)] = &[
            (
                r#"{"wage": {"amount": -5, "currency": "NPR", "period": "month"}}"#,
                "wage.amount",
                "out-of-range",
            ),
            (
                r#"{"wage": {"amount": 5, "currency": "rupees", "period": "month"}}"#,
                "wage.currency",
                "not-a-currency",
            ),
            (
                r#"{"wage": {"amount": 5, "currency": "NPR", "period": "once"}}"#,
                "wage.period",
                "not-allowed",
            ),
            (
                r#"{"wage": {"amount": 5, "currency": "NPR"}}"#,
                "wage.period",
                "missing",
            ),
            (
                r#"{"wage": {"amount": 1.2345, "currency": "NPR", "period": "day"}}"#,
                "wage.amount",
                "too-many-decimals",
            ),
            (
                r#"{"wage": {"amount": 1e300, "currency": "NPR", "period": "day"}}"#,
                "wage.amount",
                "too-large",
            ),
            (r#"{"hours_per_day": 25}"#, "hours_per_day", "out-of-range"),
            (
                r#"{"days_off_per_week": 1.5}"#,
                "days_off_per_week",
                "out-of-range",
            ),
            (
                r#"{"days_off_per_week": "one"}"#,
                "days_off_per_week",
                "wrong-type",
            ),
            (
                r#"{"passport_held_by": "police"}"#,
                "passport_held_by",
                "not-allowed",
            ),
            (r#"{"employer": "   "}"#, "employer", "empty"),
            (r#"{"fees": {"amount": 1}}"#, "fees", "wrong-type"),
        ];
        for (json, key, code) in cases {
            let e = Terms::from_json(json.as_bytes()).unwrap_err();
            assert_eq!((e.key(), e.code()), (*key, *code), "{json}");
        }
        assert!(matches!(
            Terms::from_json(b"{\"employer\": "),
            Err(TermsError::NotJson { line: 1, .. })
        ));
        assert_eq!(Terms::from_json(b"[]").unwrap_err().code(), "wrong-type");
        let big = vec![b' '; MAX_TERMS_BYTES + 1];
        assert_eq!(Terms::from_json(&big).unwrap_err().code(), "too-large");
    }

    #[test]
    fn decimals_are_exact() {
        assert_eq!(Decimal::parse("0.125"), Some(Decimal(125)));
        assert_eq!(Decimal::parse("12.5"), Some(Decimal(12_500)));
        assert_eq!(Decimal::parse("12."), None);
        assert_eq!(Decimal::parse("-1"), None);
        assert_eq!(Decimal(12_500).to_string(), "12.5");
        assert_eq!(Decimal(12_050).to_string(), "12.05");
        assert_eq!(Decimal(12_000).to_string(), "12");
        // The largest amount with three decimals reads back exactly from its JSON.
        let top = Decimal::parse("999999999999.999").unwrap();
        let json = serde_json::to_string(&top.to_json()).unwrap();
        assert_eq!(Decimal::parse(&json), Some(top));
        assert_eq!(Decimal::parse("1000000000000"), None);
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
            let _ = Terms::from_json(&bytes);
        }

        #[test]
        fn generated_terms_round_trip(
            amount in 0i64..1_000_000_000_000_000,
            hours in 1i64..=24_000,
            days in proptest::option::of(0u8..=7),
            employer in proptest::option::of("[a-zA-Z\u{0900}-\u{097f} ]{1,40}"),
            fees in proptest::collection::vec((0i64..1_000_000_000, proptest::sample::select(PaidTo::ALL)), 0..4),
        ) {
            let employer = employer.map(|e| nfc(e.trim())).filter(|e| !e.is_empty());
            let t = Terms {
                employer,
                wage: Some(Wage { amount: Decimal(amount), currency: Currency::parse("NPR").unwrap(), period: Period::Week }),
                hours_per_day: Some(Decimal(hours)),
                days_off_per_week: days,
                fees: Some(fees.into_iter().map(|(a, p)| Fee { amount: Decimal(a), currency: Currency::parse("QAR").unwrap(), paid_to: Some(p) }).collect()),
                ..Terms::default()
            };
            let json = serde_json::to_vec(&t.to_value()).unwrap();
            prop_assert_eq!(Terms::from_json(&json).unwrap(), t);
        }
    }
}
