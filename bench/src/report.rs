//! The numbers one run produces: metric name → value, and what was skipped and why.

use std::collections::BTreeMap;

use serde_json::{Value, json};

/// Settings every measurement sees.
pub struct Ctx {
    /// About a minute in all: fewer samples, smaller data, no release build.
    pub quick: bool,
    pub seed: u64,
    /// A scratch folder, removed at the end.
    pub tmp: std::path::PathBuf,
}

#[derive(Default)]
pub struct Report {
    values: BTreeMap<&'static str, Value>,
    notes: BTreeMap<String, String>,
}

impl Report {
    pub fn set(&mut self, name: &'static str, value: impl Into<Value>) {
        self.values.insert(name, value.into());
    }

    /// Why a metric has no number in this run, or how to read the one it has.
    pub fn note(&mut self, name: &str, text: impl Into<String>) {
        self.notes.insert(name.to_owned(), text.into());
    }

    /// Whether a group failed (its note starts with "failed").
    pub fn failed(&self) -> bool {
        self.notes.values().any(|n| n.starts_with("failed"))
    }

    pub fn to_json(&self, meta: Value) -> Value {
        let mut object: serde_json::Map<String, Value> = self
            .values
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect();
        object.insert("meta".into(), json!({ "run": meta, "notes": self.notes }));
        Value::Object(object)
    }
}

/// Percentile (0–100) of sorted samples, nearest rank.
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// Median of samples (sorted here).
pub fn median(samples: &mut [f64]) -> f64 {
    samples.sort_by(f64::total_cmp);
    percentile(samples, 50.0)
}

/// Rounds for JSON: numbers people read, not 17 digits.
pub fn round(value: f64, decimals: i32) -> f64 {
    let f = 10f64.powi(decimals);
    (value * f).round() / f
}

/// Peak resident memory of this process so far, in MiB (Linux `VmHWM`).
pub fn peak_rss_mb() -> Option<f64> {
    status_field("/proc/self/status", "VmHWM:").map(|kb| kb / 1024.0)
}

/// Current resident memory of a process, in MiB (Linux `VmRSS`).
pub fn rss_mb(pid: u32) -> Option<f64> {
    process_status(pid, "VmRSS:").map(|kb| kb / 1024.0)
}

/// A line of `/proc/PID/status` as a number (`Threads:`, `VmRSS:` in KiB).
pub fn process_status(pid: u32, field: &str) -> Option<f64> {
    status_field(&format!("/proc/{pid}/status"), field)
}

fn status_field(path: &str, field: &str) -> Option<f64> {
    let status = std::fs::read_to_string(path).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// Writes `value` as pretty JSON to `path`, or to standard output when it is `None` or `-`.
pub fn write_json(path: Option<&std::path::Path>, value: &Value) -> Result<(), String> {
    let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    match path {
        Some(p) if p.as_os_str() != "-" => {
            std::fs::write(p, format!("{text}\n")).map_err(|e| format!("{}: {e}", p.display()))
        }
        _ => {
            println!("{text}");
            Ok(())
        }
    }
}

/// Resets this process's peak-memory mark, so `peak_rss_mb` covers only what follows.
pub fn reset_peak_rss() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}
