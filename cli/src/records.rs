//! Records on the command line: the JSON report file (docs/cli.md), flag values, and the JSON
//! the CLI prints. Codes are the same stable kebab-case codes the Fluent ids use.

use mitra_ffi::{
    About, Answer, Assessment, Consent, ContactMethod, HelpRequest, Indicator, IndicatorAnswer,
    Need, PartialDate, Position, Record, RecordStatus, Report, Role, Sector,
};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::Failure;

/// The largest report file read (a narrative is at most 32 KiB; the rest is small).
pub const MAX_REPORT_FILE_BYTES: u64 = 256 * 1024;

fn bad_value(flag: &str, value: &str) -> Failure {
    Failure::Msg(
        "error-bad-value",
        vec![("flag", flag.to_owned()), ("value", value.to_owned())],
    )
}

pub fn need(code: &str) -> Result<Need, Failure> {
    Need::from_code(code).ok_or_else(|| bad_value("--need", code))
}

/// `none`, or `sms:NUMBER`, `call:NUMBER`, `whatsapp:NUMBER`.
pub fn contact(value: &str) -> Result<(ContactMethod, Option<String>), Failure> {
    let (method, number) = match value.split_once(':') {
        Some((m, n)) => (m, Some(n.trim().to_owned())),
        None => (value, None),
    };
    let method = ContactMethod::from_code(method).ok_or_else(|| bad_value("--contact", value))?;
    Ok((method, number))
}

/// `LAT,LON` in degrees.
pub fn position(value: &str) -> Result<Position, Failure> {
    let parse = |s: &str| s.trim().parse::<f64>().ok().filter(|v| v.is_finite());
    match value.split_once(',').map(|(a, b)| (parse(a), parse(b))) {
        Some((Some(latitude), Some(longitude))) => Ok(Position {
            latitude,
            longitude,
        }),
        _ => Err(bad_value("--position", value)),
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub fn partial_date(flag: &str, value: &str) -> Result<PartialDate, Failure> {
    let parts: Vec<&str> = value.split('-').collect();
    let num = |s: &str| s.parse::<u16>().ok();
    let err = || bad_value(flag, value);
    match parts.as_slice() {
        [y] => Ok(PartialDate {
            year: num(y).ok_or_else(err)?,
            month: None,
            day: None,
        }),
        [y, m] => Ok(PartialDate {
            year: num(y).ok_or_else(err)?,
            month: Some(m.parse().map_err(|_| err())?),
            day: None,
        }),
        [y, m, d] => Ok(PartialDate {
            year: num(y).ok_or_else(err)?,
            month: Some(m.parse().map_err(|_| err())?),
            day: Some(d.parse().map_err(|_| err())?),
        }),
        _ => Err(err()),
    }
}

/// `INDICATOR=yes|no|unsure`.
pub fn answer(value: &str) -> Result<IndicatorAnswer, Failure> {
    let (i, a) = value
        .split_once('=')
        .ok_or_else(|| bad_value("--answer", value))?;
    Ok(IndicatorAnswer {
        indicator: Indicator::from_code(i).ok_or_else(|| bad_value("--answer", value))?,
        answer: Answer::from_code(a).ok_or_else(|| bad_value("--answer", value))?,
    })
}

/// `hotline,ngo,police` (any subset; `none` for none).
pub fn consent(value: &str) -> Result<Consent, Failure> {
    let mut c = Consent::default();
    for part in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        match part {
            "hotline" => c.hotline = true,
            "ngo" => c.ngo = true,
            "police" => c.police = true,
            "none" => {}
            _ => return Err(bad_value("--consent", value)),
        }
    }
    Ok(c)
}

/// The report file: see docs/cli.md. Unknown fields are refused, so a typo is not silently lost.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportFile {
    pub about: String,
    #[serde(default)]
    pub interviewer_role: Option<String>,
    #[serde(default)]
    pub sector: Option<String>,
    #[serde(default)]
    pub origin_country: Option<String>,
    #[serde(default)]
    pub transit_countries: Vec<String>,
    #[serde(default)]
    pub destination_country: Option<String>,
    #[serde(default)]
    pub nationality: Option<String>,
    #[serde(default)]
    pub recruiter: Option<String>,
    #[serde(default)]
    pub employer: Option<String>,
    #[serde(default)]
    pub recruited_on: Option<String>,
    #[serde(default)]
    pub work_started_on: Option<String>,
    #[serde(default)]
    pub work_ended_on: Option<String>,
    pub narrative: String,
    /// indicator code → "yes" | "no" | "unsure"
    #[serde(default)]
    pub answers: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    pub minors_involved: bool,
    /// Any of "hotline", "ngo", "police".
    #[serde(default)]
    pub consent: Vec<String>,
    #[serde(default)]
    pub language: Option<String>,
}

impl ReportFile {
    pub fn into_report(self, default_language: &str) -> Result<Report, Failure> {
        let about = About::from_code(&self.about).ok_or_else(|| bad_value("about", &self.about))?;
        let role = self
            .interviewer_role
            .map(|r| Role::from_code(&r).ok_or_else(|| bad_value("interviewer_role", &r)))
            .transpose()?;
        let sector = self
            .sector
            .map(|s| Sector::from_code(&s).ok_or_else(|| bad_value("sector", &s)))
            .transpose()?;
        let date = |field: &str, d: Option<String>| d.map(|d| partial_date(field, &d)).transpose();
        let mut answers = Vec::new();
        for (i, a) in &self.answers {
            answers.push(answer(&format!("{i}={a}"))?);
        }
        Ok(Report {
            about,
            interviewer_role: role,
            sector,
            origin_country: self.origin_country,
            transit_countries: self.transit_countries,
            destination_country: self.destination_country,
            nationality: self.nationality,
            recruiter: self.recruiter,
            employer: self.employer,
            recruited_on: date("recruited_on", self.recruited_on)?,
            work_started_on: date("work_started_on", self.work_started_on)?,
            work_ended_on: date("work_ended_on", self.work_ended_on)?,
            narrative: self.narrative,
            answers,
            minors_involved: self.minors_involved,
            consent: consent(&self.consent.join(","))?,
            language: self.language.unwrap_or_else(|| default_language.to_owned()),
        })
    }
}

/// Reads a report file (untrusted: bounded in size, every field checked).
pub fn read_report_file(path: &std::path::Path, default_language: &str) -> Result<Report, Failure> {
    let file = path.display().to_string();
    let unreadable = || Failure::Msg("error-file-unreadable", vec![("file", file.clone())]);
    let meta = std::fs::metadata(path).map_err(|_| unreadable())?;
    if meta.len() > MAX_REPORT_FILE_BYTES {
        return Err(Failure::Msg(
            "error-report-file",
            vec![("detail", format!("{file}: > {MAX_REPORT_FILE_BYTES} B"))],
        ));
    }
    let text = std::fs::read_to_string(path).map_err(|_| unreadable())?;
    parse_report_file(&text, &file, default_language)
}

/// Parses the text of a report file named `file` (for messages). Errors name a position, never
/// the person's text.
pub fn parse_report_file(
    text: &str,
    file: &str,
    default_language: &str,
) -> Result<Report, Failure> {
    if text.len() as u64 > MAX_REPORT_FILE_BYTES {
        return Err(Failure::Msg(
            "error-report-file",
            vec![("detail", format!("{file}: > {MAX_REPORT_FILE_BYTES} B"))],
        ));
    }
    // Only the position: serde_json's own message may quote the person's text.
    let parsed: ReportFile = serde_json::from_str(text).map_err(|e| {
        Failure::Msg(
            "error-report-file",
            vec![("detail", format!("{file}:{}:{}", e.line(), e.column()))],
        )
    })?;
    parsed.into_report(default_language)
}

pub fn kind_code(k: mitra_ffi::RecordKind) -> &'static str {
    match k {
        mitra_ffi::RecordKind::HelpRequest => "help-request",
        mitra_ffi::RecordKind::Report => "report",
        mitra_ffi::RecordKind::Review => "review",
    }
}

pub fn status_code(s: RecordStatus) -> &'static str {
    match s {
        RecordStatus::Draft => "draft",
        RecordStatus::Queued => "queued",
        RecordStatus::Sent => "sent",
        RecordStatus::Acknowledged => "acknowledged",
    }
}

fn date_json(d: &Option<PartialDate>) -> Value {
    match d {
        Some(d) => json!({ "year": d.year, "month": d.month, "day": d.day }),
        None => Value::Null,
    }
}

fn help_json(h: &HelpRequest) -> Value {
    json!({
        "needs": h.needs.iter().map(|n| n.code()).collect::<Vec<_>>(),
        "people": h.people,
        "minors": h.minors,
        "country": h.country,
        "area": h.area,
        "position": h.position.map(|p| json!({ "latitude": p.latitude, "longitude": p.longitude })),
        "contact": { "method": h.contact_method.code(), "number": h.contact_number },
        "contact_window": h.contact_window,
        "language": h.language,
        "note": h.note,
    })
}

fn report_json(r: &Report) -> Value {
    let answers: serde_json::Map<String, Value> = r
        .answers
        .iter()
        .map(|a| (a.indicator.code().to_owned(), json!(a.answer.code())))
        .collect();
    let consent: Vec<&str> = [
        (r.consent.hotline, "hotline"),
        (r.consent.ngo, "ngo"),
        (r.consent.police, "police"),
    ]
    .into_iter()
    .filter(|(y, _)| *y)
    .map(|(_, n)| n)
    .collect();
    json!({
        "about": r.about.code(),
        "interviewer_role": r.interviewer_role.map(|x| x.code()),
        "sector": r.sector.map(|x| x.code()),
        "origin_country": r.origin_country,
        "transit_countries": r.transit_countries,
        "destination_country": r.destination_country,
        "nationality": r.nationality,
        "recruiter": r.recruiter,
        "employer": r.employer,
        "recruited_on": date_json(&r.recruited_on),
        "work_started_on": date_json(&r.work_started_on),
        "work_ended_on": date_json(&r.work_ended_on),
        "narrative": r.narrative,
        "answers": answers,
        "minors_involved": r.minors_involved,
        "consent": consent,
        "language": r.language,
    })
}

pub fn record_json(r: &Record) -> Value {
    json!({
        "id": r.id,
        "kind": kind_code(r.kind),
        "status": status_code(r.status),
        "created_at_ms": r.created_at_ms,
        "updated_at_ms": r.updated_at_ms,
        "purged_at_ms": r.purged_at_ms,
        "encoded_size": r.encoded_size,
        "help_request": r.help_request.as_ref().map(help_json),
        "report": r.report.as_ref().map(report_json),
        "attachments": r.attachments.iter().map(|a| json!({
            "id": a.id, "mime": a.mime, "size": a.size, "sha256": a.sha256,
        })).collect::<Vec<_>>(),
    })
}

pub fn assessment_json(a: &Assessment) -> Value {
    json!({
        "urgency": format!("{:?}", a.urgency).to_lowercase(),
        "urgency_text": a.urgency_text,
        "concerns": a.concerns.iter().map(|c| json!({
            "code": c.code, "urgency": format!("{:?}", c.urgency).to_lowercase(), "text": c.text, "raised_by": c.raised_by,
        })).collect::<Vec<_>>(),
        "disclaimer": a.disclaimer,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn arbitrary_report_files_never_panic(text in ".{0,300}", bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            for input in [text.clone(), String::from_utf8_lossy(&bytes).into_owned()] {
                if let Ok(file) = serde_json::from_str::<ReportFile>(&input) {
                    let _ = file.into_report("en");
                }
            }
        }

        #[test]
        fn arbitrary_flag_values_never_panic(v in ".{0,40}") {
            let _ = contact(&v);
            let _ = position(&v);
            let _ = partial_date("x", &v);
            let _ = answer(&v);
            let _ = consent(&v);
        }
    }

    #[test]
    fn flag_values_parse_or_say_what_is_wrong() {
        assert_eq!(
            contact("sms:+977 980").ok().map(|c| c.0),
            Some(ContactMethod::Sms)
        );
        assert_eq!(contact("none").ok(), Some((ContactMethod::None, None)));
        assert!(contact("pigeon:1").is_err());
        assert_eq!(
            partial_date("x", "2025-03").ok(),
            Some(PartialDate {
                year: 2025,
                month: Some(3),
                day: None
            })
        );
        assert!(partial_date("x", "March").is_err());
        assert!(answer("deception=yes").is_ok());
        assert!(answer("deception=maybe").is_err());
        assert!(position("27.7,85.3").is_ok() && position("north").is_err());
        assert_eq!(
            consent("hotline,ngo").ok(),
            Some(Consent {
                hotline: true,
                ngo: true,
                police: false
            })
        );
        assert!(need("levitate").is_err());
    }
}

#[cfg(test)]
mod parse_tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn a_report_file_parses_and_unknown_keys_or_bad_codes_are_refused() {
        let ok = r#"{"about": "someone-else", "interviewer_role": "case-worker", "narrative": "x",
            "answers": {"retention-of-documents": "yes"}, "consent": ["hotline"]}"#;
        assert!(parse_report_file(ok, "r.json", "en").is_ok());
        for bad in [
            r#"{"about": "self", "narative": "x"}"#,
            r#"{"about": "self", "narrative": "x", "answers": {"no-such-indicator": "yes"}}"#,
            r#"{"about": "everyone", "narrative": "x"}"#,
            "[]",
            "{",
        ] {
            assert!(
                matches!(
                    parse_report_file(bad, "r.json", "en"),
                    Err(Failure::Msg(..))
                ),
                "{bad}"
            );
        }
    }

    proptest! {
        #[test]
        fn arbitrary_json_objects_never_panic(
            fields in proptest::collection::btree_map("[a-z_-]{1,12}", "[ -~]{0,20}", 0..6)
        ) {
            let text = serde_json::to_string(&fields).unwrap_or_default();
            let _ = parse_report_file(&text, "r.json", "en");
        }
    }
}
