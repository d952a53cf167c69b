//! Everything the CLI prints, in one place: text for people, JSON with `--json`.
//! No PIN is ever printed; journal text is printed only by the commands that list it.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::Write;
use std::path::Path;

use mitra_ffi::{JournalEntry, MitraError, VaultStatus, WipeReport};
use serde_json::{Value, json};

use crate::Failure;

pub struct Out {
    json: bool,
}

/// "2026-11-22 03:04 UTC" from milliseconds since the epoch, without a date library.
pub fn utc(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} UTC",
        rem / 3600,
        rem % 3600 / 60
    )
}

fn error_code(e: &MitraError) -> &'static str {
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

fn error_text(e: &MitraError) -> String {
    match e {
        MitraError::NotSetUp => "no vault here: run `mitra init` first".into(),
        MitraError::AlreadySetUp => "a vault is already set up here".into(),
        MitraError::Locked => {
            "the vault is locked: give the PIN in MITRA_PIN or run in a terminal".into()
        }
        MitraError::WrongPin {
            attempts_left: Some(n),
        } => format!("wrong PIN ({n} attempts left)"),
        MitraError::WrongPin {
            attempts_left: None,
        } => "wrong PIN".into(),
        MitraError::TryLater { retry_after_ms } => {
            format!(
                "too many wrong PINs: try again in {} s",
                retry_after_ms.div_ceil(1000)
            )
        }
        MitraError::InvalidInput { field, reason } => {
            format!("invalid {field}: {}", reason.replace('_', " "))
        }
        MitraError::NotFound => "not found".into(),
        MitraError::KeyStoreUnavailable => {
            "the key store is not available right now: try again".into()
        }
        MitraError::KeyLost => {
            "the platform key is lost: this vault can no longer be opened".into()
        }
        MitraError::Storage => "storage failure: data already saved is kept".into(),
        MitraError::Internal => "internal error".into(),
    }
}

impl Out {
    pub fn new(json: bool) -> Self {
        Out { json }
    }

    pub fn demo_done(&self) {
        self.emit(json!({ "demo": "ok" }), || {
            "\nDemo finished: every step above was checked.".into()
        });
    }

    fn emit(&self, value: Value, text: impl FnOnce() -> String) {
        if self.json {
            println!("{value}");
        } else {
            println!("{}", text());
        }
    }

    /// One line of narration (the demo); JSON mode prints nothing for these.
    pub fn say(&self, text: &str) {
        if !self.json {
            println!("{text}");
        }
    }

    pub fn failure(&self, failure: &Failure) {
        let (code, text, extra) = match failure {
            Failure::Usage(m) => ("usage", m.clone(), json!({})),
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
                (error_code(e), error_text(e), extra)
            }
        };
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
        self.emit(Self::status_json(dir, s), || {
            if !s.initialized {
                return format!("no vault in {} (run `mitra init`)", dir.display());
            }
            let mut lines = vec![format!("vault in {}: locked", dir.display())];
            let limit = match s.max_failed_attempts {
                0 => "wrong PINs never erase it".to_owned(),
                n => format!("erased after {n} wrong PINs in a row"),
            };
            lines.push(format!(
                "wrong PINs since last unlock: {} ({limit})",
                s.failed_attempts
            ));
            if s.retry_after_ms > 0 {
                lines.push(format!(
                    "next PIN accepted in {} s",
                    s.retry_after_ms.div_ceil(1000)
                ));
            }
            if !s.hardware_backed {
                lines.push(
                    "key store: a file on this computer (weaker than a phone's: use a long PIN)"
                        .into(),
                );
            }
            lines.join("\n")
        });
    }

    pub fn initialized(&self, dir: &Path, s: &VaultStatus) {
        self.emit(Self::status_json(dir, s), || {
            format!("vault set up in {}", dir.display())
        });
    }

    pub fn unlocked(&self) {
        self.emit(json!({ "unlocked": true }), || {
            "PIN accepted; the vault is locked again".into()
        });
    }

    pub fn status_line_locked(&self, s: &VaultStatus) {
        self.emit(
            json!({ "locked": true, "initialized": s.initialized }),
            || "locked (the CLI never leaves the vault open after a command)".into(),
        );
    }

    pub fn pin_changed(&self) {
        self.emit(json!({ "pin_changed": true }), || "PIN changed".into());
    }

    pub fn confirm_wipe(&self, dir: &Path) -> bool {
        eprint!(
            "Destroy every key and file in {}? This cannot be undone. Type yes: ",
            dir.display()
        );
        let _ = std::io::stderr().flush();
        let mut answer = String::new();
        std::io::stdin().read_line(&mut answer).is_ok() && answer.trim() == "yes"
    }

    pub fn wiped(&self, r: &WipeReport) {
        self.emit(json!({ "wiped": true, "duration_ms": r.duration_ms, "files_removed": r.files_removed }), || {
            format!("wiped: {} files destroyed in {} ms", r.files_removed, r.duration_ms)
        });
    }

    fn entry_json(e: &JournalEntry) -> Value {
        json!({ "id": e.id, "created_at_ms": e.created_at_ms, "text": e.text })
    }

    pub fn entry_added(&self, e: &JournalEntry) {
        self.emit(Self::entry_json(e), || format!("saved note {}", e.id));
    }

    pub fn entry_deleted(&self, id: i64) {
        self.emit(json!({ "deleted": id }), || format!("deleted note {id}"));
    }

    pub fn entries(&self, entries: &[JournalEntry]) {
        self.emit(
            Value::Array(entries.iter().map(Self::entry_json).collect()),
            || {
                if entries.is_empty() {
                    return "the journal is empty".into();
                }
                entries
                    .iter()
                    .map(|e| format!("{:>4}  {}  {}", e.id, utc(e.created_at_ms), e.text))
                    .collect::<Vec<_>>()
                    .join("\n")
            },
        );
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
