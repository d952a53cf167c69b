//! Contract words in the person's language: differences, the wage check, term errors and the
//! README of a proof folder. Money and numbers are formatted for the locale.

use mitra_protocol::timestamp::{format_utc, hex};

use super::compare::{Change, Severity, TermValue, WageCheck};
use super::terms::{Money, Period, TermsError};
use super::{KEY_FILE, MANIFEST_FILE, Snapshot};
use crate::i18n::{Arg, Localizer};

pub fn money(l: &Localizer, m: Money) -> String {
    l.money(m.amount.thousandths(), m.currency.as_str())
}

pub fn pay(l: &Localizer, m: Money, period: Period) -> String {
    l.format(
        "contract-pay",
        &[
            ("amount", Arg::from(money(l, m))),
            ("period", Arg::from(period.code())),
        ],
    )
}

pub fn value(l: &Localizer, v: &TermValue) -> String {
    match v {
        TermValue::Text(t) => t.clone(),
        TermValue::Number(d) => l.decimal(d.thousandths()),
        TermValue::Count(n) => l.decimal(i64::from(*n) * 1000),
        TermValue::Money(m) => money(l, *m),
        TermValue::Pay(m, p) => pay(l, *m, *p),
        TermValue::Holder(h) => l.format("contract-holder", &[("holder", Arg::from(h.code()))]),
    }
}

pub fn severity(l: &Localizer, s: Severity) -> String {
    l.format("contract-severity", &[("severity", Arg::from(s.code()))])
}

pub fn term(l: &Localizer, term: &str) -> String {
    l.format("contract-term", &[("term", Arg::from(term))])
}

/// One difference as a sentence.
pub fn change(l: &Localizer, c: &Change) -> String {
    let shown = |v: &Option<TermValue>| v.as_ref().map(|v| value(l, v)).unwrap_or_default();
    let mut args = vec![
        ("before", Arg::from(shown(&c.before))),
        ("after", Arg::from(shown(&c.after))),
        ("term", Arg::from(term(l, c.term))),
        ("what", Arg::from(c.what.clone().unwrap_or_default())),
        (
            "by",
            Arg::from(c.by.map(|m| money(l, m)).unwrap_or_default()),
        ),
    ];
    if let Some(p) = c.percent {
        args.push(("percent", Arg::from(l.decimal(p * 1000))));
    }
    l.format(&format!("contract-change-{}", c.kind.code()), &args)
}

/// The comparison as lines: a count, then `Serious: …` per difference, then advice.
pub fn comparison(l: &Localizer, taken_at_ms: i64, changes: &[Change]) -> Vec<String> {
    let mut lines = vec![l.format(
        "contract-compare-title",
        &[("date", Arg::from(date(l, taken_at_ms)))],
    )];
    if changes.is_empty() {
        lines.push(l.format("contract-compare-same", &[]));
        return lines;
    }
    let serious = changes
        .iter()
        .filter(|c| c.severity == Severity::High)
        .count();
    lines.push(l.format(
        "contract-compare-count",
        &[
            ("count", Arg::from(changes.len() as u64)),
            ("serious", Arg::from(serious as u64)),
        ],
    ));
    for c in changes {
        lines.push(format!("{}: {}", severity(l, c.severity), change(l, c)));
    }
    if changes.iter().any(|c| c.severity != Severity::Better) {
        lines.push(l.format("contract-compare-advice", &[]));
    }
    lines
}

pub fn wage_check(l: &Localizer, w: &WageCheck) -> Vec<String> {
    let mut lines = vec![l.format(
        "contract-wages-expected",
        &[("amount", Arg::from(money(l, w.expected)))],
    )];
    if w.months.is_empty() {
        lines.push(l.format("contract-wages-none", &[]));
        return lines;
    }
    for m in &w.months {
        let month = Arg::from(l.digits(m.month.clone()));
        let received = Arg::from(money(l, m.received));
        lines.push(match m.shortfall {
            None => l.format(
                "contract-wages-month-other-currency",
                &[("month", month), ("received", received)],
            ),
            Some(s) if s.amount.thousandths() > 0 => l.format(
                "contract-wages-month-short",
                &[
                    ("month", month),
                    ("received", received),
                    ("expected", Arg::from(money(l, w.expected))),
                    ("short", Arg::from(money(l, s))),
                ],
            ),
            Some(_) => l.format(
                "contract-wages-month-ok",
                &[("month", month), ("received", received)],
            ),
        });
    }
    lines.push(l.format(
        "contract-wages-total",
        &[("short", Arg::from(money(l, w.total_shortfall)))],
    ));
    lines
}

pub fn terms_error(l: &Localizer, e: &TermsError) -> String {
    l.format(
        "contract-terms-invalid",
        &[("code", Arg::from(e.code())), ("key", Arg::from(e.key()))],
    )
}

/// `2026-11-30`, in the locale's digits.
pub fn date(l: &Localizer, ms: i64) -> String {
    l.digits(format_utc(ms)[..10].to_owned())
}

/// `2026-11-30 12:34:56 UTC`, in the locale's digits.
pub fn time(l: &Localizer, ms: i64) -> String {
    let t = format_utc(ms);
    l.digits(format!("{} {} UTC", &t[..10], &t[11..19]))
}

/// The key id as minisign prints it.
pub fn key_id_text(id: [u8; 8]) -> String {
    format!("{:016X}", u64::from_le_bytes(id))
}

fn readme_in(
    l: &Localizer,
    snapshot: &Snapshot,
    key_id: Option<[u8; 8]>,
    withheld: &[String],
) -> String {
    let check = if withheld.is_empty() {
        format!("sha256sum -c {MANIFEST_FILE}")
    } else {
        format!("sha256sum -c --ignore-missing {MANIFEST_FILE}")
    };
    let mut out = vec![
        l.format("contract-proof-readme-title", &[]),
        String::new(),
        l.format(
            "contract-proof-readme-what",
            &[
                ("id", Arg::from(snapshot.id.to_string())),
                ("date", Arg::from(time(l, snapshot.taken_at_ms))),
            ],
        ),
        String::new(),
        l.format("contract-proof-readme-check-files", &[]),
        format!("    {check}"),
        String::new(),
    ];
    match key_id {
        Some(key) => {
            out.push(l.format("contract-proof-readme-check-time", &[]));
            out.push(format!("    minisign -Vm {MANIFEST_FILE} -p {KEY_FILE}"));
            out.push(String::new());
            out.push(l.format(
                "contract-proof-readme-key",
                &[("key", Arg::from(key_id_text(key)))],
            ));
        }
        None => out.push(l.format("contract-proof-readme-no-timestamp", &[])),
    }
    if !withheld.is_empty() {
        out.push(String::new());
        out.push(l.format(
            "contract-proof-readme-withheld",
            &[("files", Arg::from(withheld.join(", ")))],
        ));
    }
    out.push(String::new());
    out.push(l.format("contract-proof-readme-tools", &[]));
    out.push(String::new());
    out.push(format!(
        "SHA-256 ({MANIFEST_FILE}) = {}",
        hex(&snapshot.digest)
    ));
    out.join("\n") + "\n"
}

/// The README of a proof folder: in the person's language, then in English for an inspector
/// who does not read it.
pub fn proof_readme(
    l: &Localizer,
    snapshot: &Snapshot,
    key_id: Option<[u8; 8]>,
    withheld: &[String],
) -> String {
    let plain = Localizer::new(&[l.language()], false, true);
    let mut text = readme_in(&plain, snapshot, key_id, withheld);
    if plain.language() != "en" {
        text.push_str("\n----\n\n");
        text.push_str(&readme_in(
            &Localizer::english(),
            snapshot,
            key_id,
            withheld,
        ));
    }
    text
}
