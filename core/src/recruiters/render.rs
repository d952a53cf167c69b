//! Directory results in the person's language: licence status, warnings, what workers said.

use mitra_protocol::directory::{self, LicenceStatus, ReviewStats};

use super::DirectoryInfo;
use super::cache::Found;
use crate::i18n::render::list;
use crate::i18n::{Arg, Localizer};

/// A directory older than this gets a warning next to its age (there is no hard expiry).
pub const OLD_AFTER_DAYS: u64 = 60;

pub fn status(l: &Localizer, s: LicenceStatus) -> String {
    l.format(&format!("recruiter-status-{}", s.code()), &[])
}

/// A warning for an agency that may not recruit now; `None` when licensed.
pub fn warning(l: &Localizer, s: LicenceStatus) -> Option<String> {
    match s {
        LicenceStatus::Licensed => None,
        LicenceStatus::Unknown => Some(l.format("recruiter-warning-unknown", &[])),
        _ => Some(l.format("recruiter-warning-not-licensed", &[])),
    }
}

pub fn stats(l: &Localizer, s: Option<&ReviewStats>) -> Vec<String> {
    let Some(s) = s.filter(|s| s.reviews > 0) else {
        return vec![l.format("recruiter-reviews-none", &[])];
    };
    let rating = (f64::from(s.rating_sum) / f64::from(s.reviews) * 10.0).round() / 10.0;
    let mut out = vec![l.format(
        "recruiter-reviews-summary",
        &[
            ("count", Arg::from(s.reviews)),
            ("rating", Arg::Number(rating)),
        ],
    )];
    if let (Some(amount), Some(currency)) = (s.median_fee, &s.fee_currency) {
        out.push(l.format(
            "recruiter-reviews-fees",
            &[
                ("paid", Arg::from(s.paid_fees)),
                ("amount", Arg::from(amount)),
                ("currency", Arg::from(currency.as_str())),
            ],
        ));
    }
    if s.passport_kept > 0 {
        out.push(l.format(
            "recruiter-reviews-passport",
            &[("count", Arg::from(s.passport_kept))],
        ));
    }
    if s.job_differed > 0 {
        out.push(l.format(
            "recruiter-reviews-job-differed",
            &[("count", Arg::from(s.job_differed))],
        ));
    }
    out
}

/// Every line about one agency, most important first.
pub fn lines(l: &Localizer, f: &Found) -> Vec<String> {
    let e = &f.entry;
    let mut out = vec![l.format(
        "recruiter-heading",
        &[
            ("name", Arg::from(e.name.as_str())),
            ("status", Arg::from(status(l, e.status))),
        ],
    )];
    out.extend(warning(l, e.status));
    out.push(l.format(
        "recruiter-licence",
        &[
            ("licence", Arg::from(e.licence_number.as_str())),
            ("country", Arg::from(e.country.as_str())),
            ("authority", Arg::from(e.authority.as_str())),
        ],
    ));
    if let Some(d) = e.status_since {
        out.push(l.format(
            "recruiter-status-since",
            &[("date", Arg::from(directory::format_date(d)))],
        ));
    }
    if !e.aliases.is_empty() {
        out.push(l.format(
            "recruiter-aliases",
            &[("aliases", Arg::from(list(l, &e.aliases)))],
        ));
    }
    if !e.phones.is_empty() {
        out.push(l.format(
            "recruiter-phones",
            &[("phones", Arg::from(list(l, &e.phones)))],
        ));
    }
    if let Some(a) = &e.address {
        out.push(l.format("recruiter-address", &[("address", Arg::from(a.as_str()))]));
    }
    out.extend(stats(l, f.stats.as_ref()));
    out
}

pub fn not_found(l: &Localizer, query: &str) -> String {
    l.format("recruiter-not-found", &[("query", Arg::from(query))])
}

/// Whole days since the directory was published.
pub fn age_days(info: &DirectoryInfo, now_ms: i64) -> u64 {
    let now_s = u64::try_from(now_ms / 1000).unwrap_or(0);
    now_s.saturating_sub(info.created_s) / 86_400
}

/// The directory's age (shown instead of a hard expiry), and a warning when it is old.
pub fn age(l: &Localizer, info: &DirectoryInfo, now_ms: i64) -> Vec<String> {
    let days = age_days(info, now_ms);
    let date = directory::format_date(u32::try_from(info.created_s / 86_400).unwrap_or(0));
    let mut out = vec![l.format(
        "recruiter-directory-age",
        &[
            ("version", Arg::from(info.version)),
            ("date", Arg::from(date)),
            ("days", Arg::from(days)),
            ("count", Arg::from(info.entries)),
        ],
    )];
    if days > OLD_AFTER_DAYS {
        out.push(l.format(
            "recruiter-directory-old",
            &[("days", Arg::from(OLD_AFTER_DAYS))],
        ));
    }
    out
}
