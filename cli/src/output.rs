//! Everything the CLI prints, in one place: text for people in their language (Fluent, through
//! the facade's `Localizer`), JSON with `--json`. No PIN is ever printed; what a person wrote is
//! printed only by the commands that show it.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use mitra_ffi::{
    ArgValue, Assessment, HelpRequest, HotlineInfo, JournalEntry, Localizer, MessageArg,
    MitraError, OutboxEntry, PartialDate, Record, Report, SyncProgress, VaultStatus, WipeReport,
};
use serde_json::{Value, json};

use crate::Failure;

pub struct Out {
    json: bool,
    /// With isolation marks around inserted values: for a terminal.
    display: Arc<Localizer>,
    /// Without: for JSON and anything a program reads.
    plain: Arc<Localizer>,
}

/// A message argument: numbers choose plural forms.
pub enum A<'a> {
    N(f64),
    T(&'a str),
}

/// A seed for the demo's emulated link (any varying number will do).
pub fn seed() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(1)
}

/// "2026-11-22 03:04 UTC" from milliseconds since the epoch.
pub fn utc(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (year, month, day) = mitra_protocol::directory::civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} UTC",
        rem / 3600,
        rem % 3600 / 60
    )
}

pub fn error_code(e: &MitraError) -> &'static str {
    match e {
        MitraError::NotSetUp => "not_set_up",
        MitraError::AlreadySetUp => "already_set_up",
        MitraError::Locked => "locked",
        MitraError::WrongPin { .. } => "wrong_pin",
        MitraError::TryLater { .. } => "try_later",
        MitraError::InvalidInput { .. } => "invalid_input",
        MitraError::NotFound => "not_found",
        MitraError::KeyStoreUnavailable => "key_store_unavailable",
        MitraError::KeyLost => "key_lost",
        MitraError::Storage => "storage",
        MitraError::Internal => "internal",
    }
}

fn date(d: &PartialDate) -> String {
    match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{:04}-{m:02}-{day:02}", d.year),
        (Some(m), None) => format!("{:04}-{m:02}", d.year),
        _ => format!("{:04}", d.year),
    }
}

impl Out {
    pub fn new(json: bool, languages: &[String]) -> Self {
        let plain = Localizer::new(languages.to_vec(), false, true);
        // Terminals rarely apply the bidi algorithm and many print isolation marks as glyphs:
        // use them only where the language itself is right-to-left.
        let rtl = plain.direction() == mitra_ffi::TextDirection::RightToLeft;
        Out {
            json,
            display: Localizer::new(languages.to_vec(), rtl, false),
            plain,
        }
    }

    /// The localizer this output uses (isolation marks as the output needs them).
    pub fn localizer(&self) -> Arc<Localizer> {
        if self.json {
            self.plain.clone()
        } else {
            self.display.clone()
        }
    }

    pub fn language(&self) -> String {
        self.display.language()
    }

    fn l(&self) -> &Localizer {
        if self.json {
            &self.plain
        } else {
            &self.display
        }
    }

    /// A message in the person's language.
    pub fn t(&self, id: &str, args: &[(&str, A<'_>)]) -> String {
        let args = args
            .iter()
            .map(|(name, v)| MessageArg {
                name: (*name).to_owned(),
                value: match v {
                    A::N(n) => ArgValue::Number { value: *n },
                    A::T(s) => ArgValue::Text {
                        value: (*s).to_owned(),
                    },
                },
            })
            .collect();
        self.l().message(id.to_owned(), args)
    }

    pub fn is_json(&self) -> bool {
        self.json
    }

    /// `value` with `--json`, else the text for people.
    pub fn emit(&self, value: Value, text: impl FnOnce() -> String) {
        if self.json {
            println!("{value}");
        } else {
            println!("{}", text());
        }
    }

    /// A line of narration (the demo); JSON mode prints nothing for these.
    pub fn say(&self, text: &str) {
        if !self.json {
            println!("{text}");
        }
    }

    pub fn failure(&self, failure: &Failure) {
        let (code, text, extra) = match failure {
            Failure::Usage(m) => ("usage", m.clone(), json!({})),
            Failure::Msg(id, args) => {
                let args: Vec<(&str, A<'_>)> = args.iter().map(|(k, v)| (*k, A::T(v))).collect();
                ("usage", self.t(id, &args), json!({}))
            }
            Failure::Other(m) => ("error", m.clone(), json!({})),
            Failure::Api(e) => {
                let extra = match e {
                    MitraError::WrongPin { attempts_left } => {
                        json!({ "attempts_left": attempts_left })
                    }
                    MitraError::TryLater { retry_after_ms } => {
                        json!({ "retry_after_ms": retry_after_ms })
                    }
                    MitraError::InvalidInput { field, reason } => {
                        json!({ "field": field, "reason": reason })
                    }
                    _ => json!({}),
                };
                (error_code(e), self.l().error_message(e.clone()), extra)
            }
        };
        let text = text.replace('\n', " ");
        if self.json {
            let mut v = json!({ "error": code, "message": text });
            if let (Some(obj), Value::Object(more)) = (v.as_object_mut(), extra) {
                obj.extend(more);
            }
            eprintln!("{v}");
        } else {
            eprintln!("mitra: {text}");
        }
    }

    fn status_json(dir: &Path, s: &VaultStatus) -> Value {
        json!({
            "data_dir": dir.display().to_string(),
            "initialized": s.initialized,
            "locked": s.locked,
            "failed_attempts": s.failed_attempts,
            "max_failed_attempts": s.max_failed_attempts,
            "retry_after_ms": s.retry_after_ms,
            "hardware_backed": s.hardware_backed,
        })
    }

    pub fn status(&self, dir: &Path, s: &VaultStatus) {
        let d = dir.display().to_string();
        self.emit(Self::status_json(dir, s), || {
            if !s.initialized {
                return self.t("vault-none", &[("dir", A::T(&d))]);
            }
            let mut lines = vec![
                self.t("vault-locked-in", &[("dir", A::T(&d))]),
                self.t(
                    "vault-failed-attempts",
                    &[("count", A::N(f64::from(s.failed_attempts)))],
                ),
                self.t(
                    "vault-limit",
                    &[("max", A::N(f64::from(s.max_failed_attempts)))],
                ),
            ];
            if s.retry_after_ms > 0 {
                let secs = s.retry_after_ms.div_ceil(1000) as f64;
                lines.push(self.t("vault-wait", &[("seconds", A::N(secs))]));
            }
            if !s.hardware_backed {
                lines.push(self.t("vault-weak-key-store", &[]));
            }
            lines.join("\n")
        });
    }

    pub fn initialized(&self, dir: &Path, s: &VaultStatus) {
        let d = dir.display().to_string();
        self.emit(Self::status_json(dir, s), || {
            self.t("vault-set-up", &[("dir", A::T(&d))])
        });
    }

    pub fn unlocked(&self) {
        self.emit(json!({ "unlocked": true }), || {
            self.t("vault-pin-accepted", &[])
        });
    }

    pub fn locked(&self, s: &VaultStatus) {
        self.emit(
            json!({ "locked": true, "initialized": s.initialized }),
            || self.t("vault-locked", &[]),
        );
    }

    pub fn pin_changed(&self) {
        self.emit(json!({ "pin_changed": true }), || {
            self.t("vault-pin-changed", &[])
        });
    }

    pub fn prompt(&self, id: &str) -> String {
        format!("{} ", self.t(id, &[]))
    }

    /// Accepts the language's own word for yes, and always the English "yes".
    pub fn confirm_wipe(&self, dir: &Path) -> bool {
        let d = dir.display().to_string();
        eprint!(
            "{} ",
            self.display.message(
                "wipe-confirm".into(),
                vec![MessageArg {
                    name: "dir".into(),
                    value: ArgValue::Text { value: d },
                }]
            )
        );
        let _ = std::io::stderr().flush();
        let mut answer = String::new();
        if std::io::stdin().read_line(&mut answer).is_err() {
            return false;
        }
        let answer = answer.trim();
        let word = self.plain.message("wipe-confirm-word".into(), vec![]);
        answer.eq_ignore_ascii_case("yes") || answer == word.trim()
    }

    pub fn wiped(&self, r: &WipeReport) {
        self.emit(json!({ "wiped": true, "duration_ms": r.duration_ms, "files_removed": r.files_removed }), || {
            self.t("wipe-done", &[("files", A::N(f64::from(r.files_removed))), ("ms", A::N(r.duration_ms as f64))])
        });
    }

    fn entry_json(e: &JournalEntry) -> Value {
        json!({ "id": e.id, "created_at_ms": e.created_at_ms, "text": e.text })
    }

    pub fn entry_added(&self, e: &JournalEntry) {
        self.emit(Self::entry_json(e), || {
            self.t("journal-saved", &[("id", A::N(e.id as f64))])
        });
    }

    pub fn entry_deleted(&self, id: i64) {
        self.emit(json!({ "deleted": id }), || {
            self.t("journal-deleted", &[("id", A::N(id as f64))])
        });
    }

    pub fn entries(&self, entries: &[JournalEntry]) {
        self.emit(
            Value::Array(entries.iter().map(Self::entry_json).collect()),
            || {
                if entries.is_empty() {
                    return self.t("journal-empty", &[]);
                }
                entries
                    .iter()
                    .map(|e| format!("{:>4}  {}  {}", e.id, utc(e.created_at_ms), e.text))
                    .collect::<Vec<_>>()
                    .join("\n")
            },
        );
    }

    // ---- records ------------------------------------------------------------------------------

    pub fn help_saved(&self, id: &str) {
        self.emit(json!({ "id": id, "status": "queued" }), || {
            self.t("help-saved", &[("id", A::T(id))])
        });
    }

    pub fn report_saved(&self, id: &str, queued: bool) {
        let status = if queued { "queued" } else { "draft" };
        self.emit(json!({ "id": id, "status": status }), || {
            self.t(
                if queued {
                    "report-queued"
                } else {
                    "report-saved"
                },
                &[("id", A::T(id))],
            )
        });
    }

    pub fn record_deleted(&self, id: &str) {
        self.emit(json!({ "deleted": id }), || {
            self.t("report-deleted", &[("id", A::T(id))])
        });
    }

    pub fn report_queued(&self, id: &str) {
        self.emit(json!({ "id": id, "status": "queued" }), || {
            self.t("report-queued", &[("id", A::T(id))])
        });
    }

    pub fn records(&self, records: &[Record]) {
        let value = Value::Array(records.iter().map(crate::records::record_json).collect());
        self.emit(value, || {
            if records.is_empty() {
                return self.t("report-none", &[]);
            }
            records
                .iter()
                .map(|r| {
                    self.t(
                        "report-line",
                        &[
                            ("id", A::T(&r.id)),
                            ("kind", A::T(&self.l().kind(r.kind))),
                            ("status", A::T(&self.l().status(r.status))),
                            ("date", A::T(&utc(r.created_at_ms))),
                        ],
                    )
                })
                .collect::<Vec<_>>()
                .join("\n")
        });
    }

    fn field(&self, lines: &mut Vec<String>, id: &str, value: impl AsRef<str>) {
        lines.push(format!("{}: {}", self.t(id, &[]), value.as_ref()));
    }

    fn yes_no(&self, v: bool) -> String {
        self.t(if v { "value-yes" } else { "value-no" }, &[])
    }

    fn help_lines(&self, h: &HelpRequest, lines: &mut Vec<String>) {
        let l = self.l();
        let needs: Vec<String> = h.needs.iter().map(|n| l.need(*n)).collect();
        self.field(lines, "field-needs", needs.join(", "));
        self.field(lines, "field-people", h.people.to_string());
        self.field(lines, "field-minors", self.yes_no(h.minors));
        if let Some(c) = &h.country {
            self.field(lines, "field-country", c);
        }
        if let Some(a) = &h.area {
            self.field(lines, "field-area", a);
        }
        if let Some(p) = &h.position {
            self.field(
                lines,
                "field-position",
                format!("{:.5}, {:.5}", p.latitude, p.longitude),
            );
        }
        let contact = match &h.contact_number {
            Some(n) => format!("{} {n}", l.contact_method(h.contact_method)),
            None => l.contact_method(h.contact_method),
        };
        self.field(lines, "field-contact", contact);
        if let Some(w) = &h.contact_window {
            self.field(lines, "field-contact-window", w);
        }
        self.field(lines, "field-language", &h.language);
        if let Some(n) = &h.note {
            self.field(lines, "field-note", n);
        }
    }

    fn report_lines(&self, r: &Report, lines: &mut Vec<String>) {
        let l = self.l();
        self.field(
            lines,
            "field-about",
            self.t(&format!("about-{}", r.about.code()), &[]),
        );
        if let Some(role) = r.interviewer_role {
            self.field(lines, "field-interviewer", l.role(role));
        }
        if let Some(s) = r.sector {
            self.field(lines, "field-sector", l.sector(s));
        }
        for (id, v) in [
            ("field-origin", &r.origin_country),
            ("field-destination", &r.destination_country),
            ("field-nationality", &r.nationality),
            ("field-recruiter", &r.recruiter),
            ("field-employer", &r.employer),
        ] {
            if let Some(v) = v {
                self.field(lines, id, v);
            }
        }
        if !r.transit_countries.is_empty() {
            self.field(lines, "field-transit", r.transit_countries.join(", "));
        }
        for (id, d) in [
            ("field-recruited-on", &r.recruited_on),
            ("field-work-started-on", &r.work_started_on),
            ("field-work-ended-on", &r.work_ended_on),
        ] {
            if let Some(d) = d {
                self.field(lines, id, date(d));
            }
        }
        self.field(lines, "field-minors", self.yes_no(r.minors_involved));
        let consented: Vec<String> = [
            (r.consent.hotline, mitra_ffi::Recipient::Hotline),
            (r.consent.ngo, mitra_ffi::Recipient::Ngo),
            (r.consent.police, mitra_ffi::Recipient::Police),
        ]
        .into_iter()
        .filter(|(yes, _)| *yes)
        .map(|(_, who)| l.recipient_name(who))
        .collect();
        let consent = if consented.is_empty() {
            self.t("field-consent-none", &[])
        } else {
            consented.join(", ")
        };
        self.field(lines, "field-consent", consent);
        if !r.answers.is_empty() {
            lines.push(format!("{}:", self.t("field-answers", &[])));
            for a in &r.answers {
                lines.push(format!(
                    "  {} — {}",
                    l.indicator_name(a.indicator),
                    l.answer(a.answer)
                ));
            }
        }
        lines.push(format!("{}:", self.t("field-narrative", &[])));
        lines.push(r.narrative.clone());
    }

    pub fn record(&self, r: &Record, assessment: Option<&Assessment>) {
        let mut value = crate::records::record_json(r);
        if let (Some(a), Some(obj)) = (assessment, value.as_object_mut()) {
            obj.insert("assessment".into(), crate::records::assessment_json(a));
        }
        self.emit(value, || {
            let l = self.l();
            let mut lines = vec![format!("{}  {}", l.kind(r.kind), r.id)];
            self.field(&mut lines, "field-status", l.status(r.status));
            self.field(&mut lines, "field-created", utc(r.created_at_ms));
            if let Some(h) = &r.help_request {
                self.help_lines(h, &mut lines);
            }
            if let Some(rep) = &r.report {
                self.report_lines(rep, &mut lines);
            }
            if r.purged_at_ms.is_some() {
                lines.push(self.t("field-purged", &[]));
            }
            if !r.attachments.is_empty() {
                lines.push(format!("{}:", self.t("field-attachments", &[])));
                for a in &r.attachments {
                    let kind = self.t(
                        match a.kind {
                            mitra_ffi::AttachmentKind::Photo => "attachment-photo",
                            mitra_ffi::AttachmentKind::Audio => "attachment-audio",
                        },
                        &[],
                    );
                    lines.push(format!(
                        "  {}  {kind}  {}  {} B  sha256 {}",
                        a.id, a.mime, a.size, a.sha256
                    ));
                }
            }
            if let Some(a) = assessment {
                lines.push(String::new());
                lines.push(self.t("assessment-urgency", &[("urgency", A::T(&a.urgency_text))]));
                lines.extend(a.concerns.iter().map(|c| format!("• {}", c.text)));
                lines.push(a.disclaimer.clone());
            }
            lines.join("\n")
        });
    }

    pub fn outbox(&self, entries: &[OutboxEntry], paired: bool) {
        let value = Value::Array(
            entries
                .iter()
                .map(|e| {
                    json!({
                        "record_id": e.record_id,
                        "kind": crate::records::kind_code(e.kind),
                        "status": crate::records::status_code(e.status),
                        "queued_at_ms": e.queued_at_ms,
                        "attempts": e.attempts,
                        "next_attempt_at_ms": e.next_attempt_at_ms,
                        "last_error": e.last_error,
                        "sealed": e.sealed,
                        "failed_permanently": e.failed_permanently,
                    })
                })
                .collect(),
        );
        self.emit(value, || {
            if entries.is_empty() {
                return self.t("outbox-empty", &[]);
            }
            let mut lines = Vec::new();
            for e in entries {
                lines.push(self.t(
                    "outbox-entry",
                    &[
                        ("id", A::T(&e.record_id)),
                        ("status", A::T(&self.l().status(e.status))),
                        ("attempts", A::N(f64::from(e.attempts))),
                    ],
                ));
                if e.failed_permanently {
                    lines.push(format!("  {}", self.t("outbox-failed", &[])));
                } else if e.sealed {
                    lines.push(format!("  {}", self.t("outbox-sealed", &[])));
                }
                if let Some(err) = &e.last_error {
                    lines.push(format!(
                        "  {}",
                        self.t("outbox-last-error", &[("error", A::T(err))])
                    ));
                }
            }
            if !paired {
                lines.push(self.t("outbox-no-hotline", &[]));
            }
            lines.join("\n")
        });
    }

    pub fn settings(&self, purge_after_days: u32, daily_data_budget: u64) {
        self.emit(
            json!({ "purge_after_days": purge_after_days, "daily_data_budget_bytes": daily_data_budget }),
            || self.t("settings-purge", &[("days", A::N(f64::from(purge_after_days)))]),
        );
    }

    pub fn paired(&self, h: &HotlineInfo) {
        self.emit(
            json!({ "paired": h.name, "endpoints": h.endpoints, "sms_number": h.sms_number, "languages": h.languages }),
            || self.t("paired", &[("name", A::T(&h.name))]),
        );
    }

    pub fn synced(&self, p: &SyncProgress) {
        let value = json!({
            "sent": p.sent, "acknowledged": p.acknowledged, "pending": p.pending, "failed": p.failed,
            "requests": p.requests, "bytes_up": p.bytes_up, "bytes_down": p.bytes_down,
            "retries": p.retries, "budget_exhausted": p.budget_exhausted,
            "directory_version": p.directory_version, "directory_updated": p.directory_updated,
            "directory_refused": p.directory_refused,
            "contracts_timestamped": p.contracts_timestamped,
        });
        self.emit(value, || {
            let mut lines = vec![self.t(
                "sync-summary",
                &[
                    ("sent", A::N(f64::from(p.sent))),
                    ("acknowledged", A::N(f64::from(p.acknowledged))),
                    ("pending", A::N(f64::from(p.pending))),
                    ("failed", A::N(f64::from(p.failed))),
                ],
            )];
            if p.budget_exhausted {
                lines.push(self.t("sync-budget", &[]));
            }
            if p.directory_updated {
                lines.push(self.t(
                    "sync-directory-updated",
                    &[("version", A::N(p.directory_version as f64))],
                ));
            }
            if p.directory_refused.is_some() {
                lines.push(self.t("sync-directory-refused", &[]));
            }
            if p.contracts_timestamped > 0 {
                lines.push(self.t(
                    "contract-timestamps-synced",
                    &[("count", A::N(f64::from(p.contracts_timestamped)))],
                ));
            }
            if p.failed > 0 {
                lines.push(self.t("sync-failed-hint", &[]));
            }
            lines.join("\n")
        });
    }

    pub fn demo_done(&self) {
        self.emit(json!({ "demo": "ok" }), || {
            format!("\n{}", self.t("demo-done", &[]))
        });
    }
}

#[cfg(test)]
mod tests {
    use super::utc;

    #[test]
    fn utc_dates() {
        assert_eq!(utc(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc(951_782_400_000), "2000-02-29 00:00 UTC");
        assert_eq!(utc(1_795_316_700_000), "2026-11-22 03:05 UTC");
        assert_eq!(utc(-1000), "1969-12-31 23:59 UTC");
    }
}
