//! `export`: decrypts stored envelopes on the operator's own machine, one record per line
//! (JSON Lines or CSV), with the receipt data. Envelopes that do not open with the given
//! identity are reported by id on stderr and counted, never silently skipped.

use mitra_protocol::records::{
    Body, HelpRequest, JobTerms, PartialDate, Report, Review, decode_body,
};
use mitra_protocol::{age, envelope};
use serde_json::{Value, json};

use crate::store::StoredEnvelope;

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn date(d: &Option<PartialDate>) -> Value {
    match d {
        Some(d) => json!(match (d.month, d.day) {
            (Some(m), Some(day)) => format!("{:04}-{m:02}-{day:02}", d.year),
            (Some(m), None) => format!("{:04}-{m:02}", d.year),
            _ => format!("{:04}", d.year),
        }),
        None => Value::Null,
    }
}

fn help_json(h: &HelpRequest) -> Value {
    json!({
        "kind": "help-request",
        "needs": h.needs.iter().map(|n| n.code()).collect::<Vec<_>>(),
        "people": h.people,
        "minors": h.minors,
        "country": h.country,
        "area": h.area,
        "position": h.position.map(|p| json!([f64::from(p.lat_e5) / 1e5, f64::from(p.lon_e5) / 1e5])),
        "contact_method": h.contact.method.code(),
        "contact_number": h.contact.number,
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
    json!({
        "kind": "report",
        "about": r.about.code(),
        "interviewer_role": r.interviewer_role.map(|x| x.code()),
        "sector": r.sector.map(|x| x.code()),
        "origin_country": r.origin_country,
        "transit_countries": r.transit_countries,
        "destination_country": r.destination_country,
        "nationality": r.nationality,
        "recruiter": r.recruiter,
        "employer": r.employer,
        "recruited_on": date(&r.recruited_on),
        "work_started_on": date(&r.work_started_on),
        "work_ended_on": date(&r.work_ended_on),
        "narrative": r.narrative,
        "answers": answers,
        "minors_involved": r.minors_involved,
        "consent": { "hotline": r.consent.hotline, "ngo": r.consent.ngo, "police": r.consent.police },
        "language": r.language,
    })
}

fn terms_json(t: &JobTerms) -> Value {
    json!({
        "job": t.job, "monthly_wage": t.monthly_wage, "wage_currency": t.wage_currency,
        "hours_per_week": t.hours_per_week, "employer": t.employer,
    })
}

fn review_json(r: &Review) -> Value {
    json!({
        "kind": "review",
        "recruiter_licence": r.recruiter_licence,
        "recruiter_country": r.recruiter_country,
        "recruiter_name": r.recruiter_name,
        "rating": r.rating,
        "fees": r.fees.iter().map(|f| json!({
            "amount": f.amount, "currency": f.currency, "paid_to": f.paid_to.code(), "receipt_given": f.receipt_given,
        })).collect::<Vec<_>>(),
        "promised": terms_json(&r.promised),
        "actual": terms_json(&r.actual),
        "passport_kept": r.passport_kept,
        "text": r.text,
        "language": r.language,
        "year": r.year,
        "device_key": r.device_key.map(|k| hex(&k)),
    })
}

/// The record inside a stored envelope, when one of the identities opens it.
pub fn open(stored: &StoredEnvelope, identities: &[age::x25519::Identity]) -> Option<Body> {
    let env = envelope::Envelope::parse(&stored.envelope).ok()?;
    let body = identities
        .iter()
        .find_map(|id| envelope::open(&env, id).ok())?;
    decode_body(&body).ok()
}

/// One decrypted record as a JSON object, with receipt data first.
pub fn decrypt(stored: &StoredEnvelope, identities: &[age::x25519::Identity]) -> Option<Value> {
    let body = open(stored, identities)?;
    let mut v = json!({
        "id": stored.id.to_string(),
        "received_at_ms": stored.received_at_ms,
        "digest": hex(&stored.digest),
    });
    let content = match &body {
        Body::HelpRequest(h) => help_json(h),
        Body::Report(r) => report_json(r),
        Body::Review(r) => review_json(r),
    };
    if let (Some(obj), Value::Object(more)) = (v.as_object_mut(), content) {
        obj.extend(more);
    }
    Some(v)
}

pub const CSV_COLUMNS: &[&str] = &[
    "id",
    "received_at_ms",
    "digest",
    "kind",
    "language",
    "needs",
    "people",
    "minors",
    "country",
    "area",
    "position",
    "contact_method",
    "contact_number",
    "contact_window",
    "note",
    "about",
    "interviewer_role",
    "sector",
    "origin_country",
    "transit_countries",
    "destination_country",
    "nationality",
    "recruiter",
    "employer",
    "recruited_on",
    "work_started_on",
    "work_ended_on",
    "narrative",
    "answers",
    "minors_involved",
    "consent",
];

fn csv_cell(v: Option<&Value>) -> String {
    let text = match v {
        None | Some(Value::Null) => String::new(),
        // A leading = + - @ in text is neutralised (spreadsheet formula injection).
        Some(Value::String(s)) if s.starts_with(['=', '+', '-', '@']) => format!("'{s}"),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_owned))
            .collect::<Vec<_>>()
            .join(";"),
        Some(Value::Object(map)) => map
            .iter()
            .map(|(k, v)| {
                format!(
                    "{k}={}",
                    v.as_str().map_or_else(|| v.to_string(), str::to_owned)
                )
            })
            .collect::<Vec<_>>()
            .join(";"),
        Some(other) => other.to_string(),
    };
    // Quote always; double inner quotes.
    format!("\"{}\"", text.replace('"', "\"\""))
}

pub fn csv_row(v: &Value) -> String {
    let minors = v.get("minors").or_else(|| v.get("minors_involved"));
    CSV_COLUMNS
        .iter()
        .map(|c| match *c {
            "minors" | "minors_involved" => csv_cell(minors),
            c => csv_cell(v.get(c)),
        })
        .collect::<Vec<_>>()
        .join(",")
}
