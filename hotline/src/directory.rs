//! Publishing the recruiter directory: CSV import (bad rows reported by line and skipped),
//! review aggregation with suspicious bursts held for a person, and signed full and delta
//! bundles kept in the store for `GET /v1/directory`.

use std::collections::{BTreeMap, HashMap, HashSet};

use mitra_protocol::RecordId;
use mitra_protocol::directory::{
    self, Alert, AlertKind, Bundle, Entry, EntryKey, LicenceStatus, ReviewStats,
};
use mitra_protocol::ed25519_dalek::SigningKey;
use mitra_protocol::records::Review;

use crate::store::{Store, StoreError, StoredBundle};

/// A CSV file larger than this is refused whole (100,000 agencies take about 20 MB).
pub const MAX_CSV_BYTES: usize = 256 * 1024 * 1024;
/// How many earlier versions a phone can update from with a delta.
pub const DELTA_VERSIONS: u64 = 8;
pub const HEADER: [&str; 9] = [
    "licence_number",
    "country",
    "authority",
    "name",
    "aliases",
    "status",
    "status_since",
    "phones",
    "address",
];
pub const ALERT_HEADER: [&str; 4] = ["kind", "value", "country", "since"];

/// A row that was skipped, and why. `line` counts from 1 with the header as line 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub line: u64,
    pub reason: String,
}

#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    #[error("{file}: {reason}")]
    File { file: String, reason: String },
    #[error("no valid rows: nothing published, the current directory stays")]
    Empty,
    #[error("storage: {0}")]
    Store(#[from] StoreError),
    #[error("a stored bundle does not verify: {0}")]
    Damaged(String),
}

fn file_error(file: &str, reason: impl Into<String>) -> PublishError {
    PublishError::File {
        file: file.to_owned(),
        reason: reason.into(),
    }
}

/// A CSV row's line number and trimmed fields, or why it was skipped.
type Row = Result<(u64, Vec<String>), Problem>;

/// Reads CSV rows as strings, checking the header; yields (line, fields) or a problem per row.
fn rows(file: &str, bytes: &[u8], header: &[&str]) -> Result<Vec<Row>, PublishError> {
    if bytes.len() > MAX_CSV_BYTES {
        return Err(file_error(
            file,
            format!("larger than {MAX_CSV_BYTES} bytes"),
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(bytes);
    let found = reader
        .byte_headers()
        .map_err(|e| file_error(file, format!("unreadable header: {e}")))?
        .iter()
        .map(|h| String::from_utf8_lossy(h).trim().to_ascii_lowercase())
        .collect::<Vec<_>>();
    if found != header {
        return Err(file_error(
            file,
            format!("the header must be exactly: {}", header.join(",")),
        ));
    }
    let problem = |line: u64, reason: String| Problem {
        file: file.to_owned(),
        line,
        reason,
    };
    let mut out = Vec::new();
    let mut record = csv::ByteRecord::new();
    loop {
        let line = reader.position().line();
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                // A malformed record: report it; the reader continues at the next one.
                out.push(Err(problem(line, format!("unreadable row: {e}"))));
                continue;
            }
        }
        let line = record.position().map_or(line, |p| p.line());
        if record.len() != header.len() {
            out.push(Err(problem(
                line,
                format!("{} fields, expected {}", record.len(), header.len()),
            )));
            continue;
        }
        match record
            .iter()
            .map(|f| std::str::from_utf8(f).map(|s| s.trim().to_owned()))
            .collect::<Result<Vec<_>, _>>()
        {
            Ok(fields) => out.push(Ok((line, fields))),
            Err(_) => out.push(Err(problem(line, "not UTF-8".into()))),
        }
    }
    Ok(out)
}

fn split_list(field: &str) -> Vec<String> {
    field
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

fn parse_entry(f: &[String]) -> Result<Entry, String> {
    let status = LicenceStatus::from_code(&f[5].to_ascii_lowercase()).ok_or_else(|| {
        format!(
            "status {:?} is not one of licensed, suspended, revoked, blacklisted, unknown",
            f[5]
        )
    })?;
    let status_since = match f[6].as_str() {
        "" => None,
        d => Some(
            directory::parse_date(d)
                .ok_or_else(|| format!("status_since {d:?} is not YYYY-MM-DD"))?,
        ),
    };
    let phones: Vec<String> = split_list(&f[7])
        .into_iter()
        .map(|p| {
            p.chars()
                .filter(|c| !matches!(c, ' ' | '-' | '(' | ')'))
                .collect()
        })
        .collect();
    let entry = Entry {
        licence_number: f[0].clone(),
        country: f[1].to_ascii_uppercase(),
        authority: f[2].clone(),
        name: f[3].clone(),
        aliases: split_list(&f[4]),
        status,
        status_since,
        phones,
        address: (!f[8].is_empty()).then(|| f[8].clone()),
    };
    entry.validate().map_err(|e| match e {
        mitra_protocol::ProtocolError::Invalid { field, reason } => {
            format!("{field}: {}", reason.replace('_', " "))
        }
        other => other.to_string(),
    })?;
    Ok(entry)
}

/// Parses directory CSV files. Bad rows, and later duplicates of a licence, are reported and
/// skipped; a file whose header is wrong is refused whole.
pub fn import(files: &[(String, Vec<u8>)]) -> Result<(Vec<Entry>, Vec<Problem>), PublishError> {
    let mut entries = Vec::new();
    let mut seen: HashMap<String, (String, u64)> = HashMap::new();
    let mut problems = Vec::new();
    for (file, bytes) in files {
        for row in rows(file, bytes, &HEADER)? {
            let (line, fields) = match row {
                Ok(r) => r,
                Err(p) => {
                    problems.push(p);
                    continue;
                }
            };
            match parse_entry(&fields) {
                Ok(e) => {
                    if let Some((f, l)) = seen.get(&e.id()) {
                        problems.push(Problem {
                            file: file.clone(),
                            line,
                            reason: format!("licence {} already given at {f} line {l}", e.id()),
                        });
                        continue;
                    }
                    seen.insert(e.id(), (file.clone(), line));
                    entries.push(e);
                }
                Err(reason) => problems.push(Problem {
                    file: file.clone(),
                    line,
                    reason,
                }),
            }
        }
    }
    Ok((entries, problems))
}

/// Parses an alerts CSV: `kind,value,country,since` (kind phone, page or company).
pub fn import_alerts(file: &str, bytes: &[u8]) -> Result<(Vec<Alert>, Vec<Problem>), PublishError> {
    let mut alerts = Vec::new();
    let mut problems = Vec::new();
    for row in rows(file, bytes, &ALERT_HEADER)? {
        let (line, f) = match row {
            Ok(r) => r,
            Err(p) => {
                problems.push(p);
                continue;
            }
        };
        let parsed = (|| {
            let kind = AlertKind::from_code(&f[0].to_ascii_lowercase())
                .ok_or_else(|| format!("kind {:?} is not one of phone, page, company", f[0]))?;
            if f[1].is_empty() || f[1].len() > directory::MAX_NAME_BYTES {
                return Err("value is empty or too long".to_owned());
            }
            let country = match f[2].to_ascii_uppercase() {
                c if c.is_empty() => None,
                c if c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()) => Some(c),
                c => return Err(format!("country {c:?} is not ISO 3166 alpha-2")),
            };
            let since = match f[3].as_str() {
                "" => None,
                d => Some(
                    directory::parse_date(d)
                        .ok_or_else(|| format!("since {d:?} is not YYYY-MM-DD"))?,
                ),
            };
            Ok(Alert {
                kind,
                value: f[1].clone(),
                country,
                since,
            })
        })();
        match parsed {
            Ok(a) => alerts.push(a),
            Err(reason) => problems.push(Problem {
                file: file.to_owned(),
                line,
                reason,
            }),
        }
    }
    Ok((alerts, problems))
}

/// A review as received, for aggregation.
#[derive(Debug, Clone)]
pub struct ReceivedReview {
    pub id: RecordId,
    pub received_at_ms: i64,
    pub review: Review,
}

/// Thresholds for holding bursts of reviews.
#[derive(Debug, Clone, Copy)]
pub struct BurstRule {
    /// This many reviews of one recruiter from new device keys within `window_ms` are held.
    pub min_reviews: usize,
    pub window_ms: i64,
    /// A device key is new when its first review came less than this before.
    pub new_key_ms: i64,
}

impl Default for BurstRule {
    fn default() -> Self {
        BurstRule {
            min_reviews: 5,
            window_ms: 48 * 3600 * 1000,
            new_key_ms: 7 * 24 * 3600 * 1000,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Release,
    Reject,
}

impl Decision {
    pub fn code(self) -> &'static str {
        match self {
            Decision::Release => "release",
            Decision::Reject => "reject",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "release" => Some(Decision::Release),
            "reject" => Some(Decision::Reject),
            _ => None,
        }
    }
}

/// What aggregation counted and what it held back.
#[derive(Debug, Clone, Default)]
pub struct Aggregate {
    pub stats: Vec<ReviewStats>,
    pub counted: usize,
    /// Held for a person: (review id, recruiter id).
    pub held: Vec<(RecordId, String)>,
    pub rejected: usize,
    pub unsigned: usize,
    /// Reviews of recruiters that are not in the directory (by licence), by name the worker gave.
    pub not_in_directory: usize,
    /// Older reviews replaced by a later one from the same device for the same recruiter.
    pub superseded: usize,
}

fn recruiter_id(r: &Review) -> Option<String> {
    Some(format!(
        "{}:{}",
        r.recruiter_country.as_deref()?,
        r.recruiter_licence.as_deref()?
    ))
}

/// Which reviews fall in a burst from new device keys (see [`BurstRule`]).
fn bursts(reviews: &[&ReceivedReview], rule: BurstRule) -> HashSet<RecordId> {
    let mut first_seen: HashMap<[u8; 32], i64> = HashMap::new();
    for r in reviews {
        if let Some(k) = r.review.device_key {
            let e = first_seen.entry(k).or_insert(r.received_at_ms);
            *e = (*e).min(r.received_at_ms);
        }
    }
    let mut by_recruiter: BTreeMap<String, Vec<&ReceivedReview>> = BTreeMap::new();
    for r in reviews {
        let new_key = r
            .review
            .device_key
            .and_then(|k| first_seen.get(&k))
            .is_some_and(|first| r.received_at_ms - first < rule.new_key_ms);
        if let (true, Some(id)) = (new_key, recruiter_id(&r.review)) {
            by_recruiter.entry(id).or_default().push(r);
        }
    }
    let mut held = HashSet::new();
    for list in by_recruiter.values_mut() {
        list.sort_by_key(|r| r.received_at_ms);
        let mut start = 0;
        for end in 0..list.len() {
            while list[end].received_at_ms - list[start].received_at_ms > rule.window_ms {
                start += 1;
            }
            if end + 1 - start >= rule.min_reviews {
                held.extend(list[start..=end].iter().map(|r| r.id));
            }
        }
    }
    held
}

fn median(mut v: Vec<u64>) -> Option<u64> {
    v.sort_unstable();
    let n = v.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(v[n / 2]),
        _ => Some(v[n / 2 - 1] / 2 + v[n / 2] / 2 + (v[n / 2 - 1] % 2 + v[n / 2] % 2) / 2),
    }
}

fn differs(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.trim().to_lowercase() != b.trim().to_lowercase(),
        _ => false,
    }
}

fn wage_lower(r: &Review) -> bool {
    match (
        r.promised.monthly_wage,
        r.actual.monthly_wage,
        &r.promised.wage_currency,
        &r.actual.wage_currency,
    ) {
        (Some(p), Some(a), Some(pc), Some(ac)) => pc == ac && a < p,
        _ => false,
    }
}

/// Aggregates reviews into per-recruiter statistics: only signed reviews of recruiters in the
/// directory count, one per device and recruiter (the latest), and reviews in a burst from new
/// device keys count only once a person released them.
pub fn aggregate(
    entries: &[Entry],
    reviews: &[ReceivedReview],
    decisions: &HashMap<RecordId, Decision>,
    rule: BurstRule,
) -> Aggregate {
    let mut out = Aggregate::default();
    let known: HashSet<String> = entries.iter().map(Entry::id).collect();
    let signed: Vec<&ReceivedReview> = reviews
        .iter()
        .filter(|r| {
            let ok = r.review.signature_is_valid();
            if !ok {
                out.unsigned += 1;
            }
            ok
        })
        .collect();
    let held = bursts(&signed, rule);
    // One voice per device and recruiter: the latest review counts.
    let mut latest: HashMap<(String, [u8; 32]), &ReceivedReview> = HashMap::new();
    for r in signed {
        let Some(id) = recruiter_id(&r.review).filter(|id| known.contains(id)) else {
            out.not_in_directory += 1;
            continue;
        };
        match decisions.get(&r.id) {
            Some(Decision::Reject) => {
                out.rejected += 1;
                continue;
            }
            Some(Decision::Release) => {}
            None if held.contains(&r.id) => {
                out.held.push((r.id, id));
                continue;
            }
            None => {}
        }
        let key = (id, r.review.device_key.unwrap_or_default());
        match latest.get(&key) {
            Some(prev) if prev.received_at_ms >= r.received_at_ms => out.superseded += 1,
            Some(_) => {
                out.superseded += 1;
                latest.insert(key, r);
            }
            None => {
                latest.insert(key, r);
            }
        }
    }
    let mut per: BTreeMap<String, Vec<&Review>> = BTreeMap::new();
    for ((id, _), r) in latest {
        per.entry(id).or_default().push(&r.review);
    }
    for (id, list) in per {
        let (country, licence) = id.split_once(':').unwrap_or_default();
        let mut s = ReviewStats {
            country: country.to_owned(),
            licence_number: licence.to_owned(),
            ..ReviewStats::default()
        };
        let mut currencies: BTreeMap<&str, Vec<u64>> = BTreeMap::new();
        for r in &list {
            s.reviews += 1;
            s.rating_sum += u32::from(r.rating);
            if !r.fees.is_empty() {
                s.paid_fees += 1;
                let mut per_currency: BTreeMap<&str, u64> = BTreeMap::new();
                for f in &r.fees {
                    *per_currency.entry(f.currency.as_str()).or_default() += f.amount;
                }
                for (c, total) in per_currency {
                    currencies.entry(c).or_default().push(total);
                }
            }
            if r.passport_kept == Some(true) {
                s.passport_kept += 1;
            }
            let lower = wage_lower(r);
            if lower {
                s.wage_lower += 1;
            }
            if lower
                || differs(&r.promised.job, &r.actual.job)
                || differs(&r.promised.employer, &r.actual.employer)
            {
                s.job_differed += 1;
            }
        }
        if let Some((c, amounts)) = currencies.into_iter().max_by_key(|(_, v)| v.len()) {
            s.fee_currency = Some(c.to_owned());
            s.median_fee = median(amounts);
        }
        out.counted += s.reviews as usize;
        out.stats.push(s);
    }
    out
}

/// What to publish.
pub struct PublishInput {
    pub entries: Vec<Entry>,
    /// `None`: keep the alerts of the previous version.
    pub alerts: Option<Vec<Alert>>,
    /// `None`: keep the statistics of the previous version (no identity to read reviews).
    pub stats: Option<Vec<ReviewStats>>,
    pub created_s: u64,
}

#[derive(Debug, Clone)]
pub struct Published {
    pub version: u64,
    pub full: StoredBundle,
    /// (base, payload bytes) of each delta made.
    pub deltas: Vec<(u64, usize)>,
    pub entries: usize,
    pub alerts: usize,
    pub stats: usize,
}

/// Decodes a bundle this hotline published (its own signature is checked all the same).
pub fn open_stored(key: &SigningKey, stored: &StoredBundle) -> Result<Bundle, PublishError> {
    let header =
        directory::verify_signature(&key.verifying_key(), &stored.payload, &stored.signature)
            .map_err(|e| PublishError::Damaged(e.to_string()))?;
    directory::decode_payload(header, &stored.payload)
        .map_err(|e| PublishError::Damaged(e.to_string()))
}

fn sign_and_keep(key: &SigningKey, bundle: &Bundle) -> StoredBundle {
    let (payload, signature) = directory::sign_bundle(key, bundle);
    StoredBundle {
        version: bundle.version,
        base: bundle.base,
        payload,
        signature,
    }
}

/// What changed from `old` to `new`, as a delta bundle.
pub fn delta(old: &Bundle, new: &Bundle) -> Bundle {
    let before: HashMap<String, &Entry> = old.entries.iter().map(|e| (e.id(), e)).collect();
    let now: HashSet<String> = new.entries.iter().map(Entry::id).collect();
    let stat_key = |s: &ReviewStats| format!("{}:{}", s.country, s.licence_number);
    let stats_before: HashMap<String, &ReviewStats> =
        old.stats.iter().map(|s| (stat_key(s), s)).collect();
    Bundle {
        version: new.version,
        base: old.version,
        created: new.created,
        entries: new
            .entries
            .iter()
            .filter(|e| before.get(&e.id()) != Some(e))
            .cloned()
            .collect(),
        removed: old
            .entries
            .iter()
            .filter(|e| !now.contains(&e.id()))
            .map(|e| EntryKey {
                country: e.country.clone(),
                licence_number: e.licence_number.clone(),
            })
            .collect(),
        stats: new
            .stats
            .iter()
            .filter(|s| stats_before.get(&stat_key(s)) != Some(s))
            .cloned()
            .collect(),
        alerts: new.alerts.clone(),
    }
}

/// Publishes a new version: the full bundle and a delta from each of the last
/// [`DELTA_VERSIONS`] versions; older bundles are pruned.
pub async fn publish(
    store: &Store,
    key: &SigningKey,
    input: PublishInput,
) -> Result<Published, PublishError> {
    if input.entries.is_empty() {
        return Err(PublishError::Empty);
    }
    let latest = store.latest_bundle_version().await?;
    let previous = match latest {
        0 => None,
        v => match store.bundle(v, 0).await? {
            Some(b) => Some(open_stored(key, &b)?),
            None => None,
        },
    };
    let mut entries = input.entries;
    entries.sort_by_key(Entry::id);
    let version = latest + 1;
    let full = Bundle {
        version,
        base: 0,
        created: input.created_s,
        entries,
        removed: Vec::new(),
        stats: input
            .stats
            .or_else(|| previous.as_ref().map(|p| p.stats.clone()))
            .unwrap_or_default(),
        alerts: input
            .alerts
            .or_else(|| previous.as_ref().map(|p| p.alerts.clone()))
            .unwrap_or_default(),
    };
    full.validate()
        .map_err(|e| PublishError::Damaged(e.to_string()))?;
    let full_stored = sign_and_keep(key, &full);
    let mut deltas = Vec::new();
    for old_version in store.full_bundle_versions().await? {
        if old_version + DELTA_VERSIONS < version {
            break;
        }
        let Some(old) = store.bundle(old_version, 0).await? else {
            continue;
        };
        let old = open_stored(key, &old)?;
        let d = sign_and_keep(key, &delta(&old, &full));
        deltas.push((old_version, d.payload.len()));
        store.put_bundle(d).await?;
    }
    store.put_bundle(full_stored.clone()).await?;
    store
        .prune_bundles(version, version.saturating_sub(DELTA_VERSIONS))
        .await?;
    Ok(Published {
        version,
        entries: full.entries.len(),
        alerts: full.alerts.len(),
        stats: full.stats.len(),
        full: full_stored,
        deltas,
    })
}

/// Which bundle a phone at `since` gets, as (version, base): a delta when one was made, else the
/// full bundle. `None` when nothing was published or the phone is up to date. Reads no payload.
pub async fn for_phone(store: &Store, since: u64) -> Result<Option<(u64, u64)>, StoreError> {
    let latest = store.latest_bundle_version().await?;
    if latest == 0 || since >= latest {
        return Ok(None);
    }
    let bases = store.bundle_bases(latest).await?;
    Ok(if since > 0 && bases.contains(&since) {
        Some((latest, since))
    } else {
        bases.contains(&0).then_some((latest, 0))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use mitra_protocol::records::{FeePaid, JobTerms, PaidTo};

    const CSV: &str = "licence_number,country,authority,name,aliases,status,status_since,phones,address
1234/067/68,NP,Department of Foreign Employment,Himalayan Manpower Pvt. Ltd.,हिमालयन म्यानपावर|HMP,licensed,2021-03-04,+977 1 4412345|+9779841234567,\"Kathmandu, Bagmati\"
RL-0042,bd,BMET,Dhaka Overseas,ঢাকা ওভারসিজ,revoked,2019-12-01,+8801711223344,Dhaka
,NP,DoFE,No Licence,,licensed,,,
RL-0043,BD,BMET,Bad Status,,closed,,,
RL-0044,BD,BMET,Bad Date,,licensed,2019-02-30,,
RL-0045,BD,BMET,Bad Phone,,licensed,,01711223344,
RL-0042,BD,BMET,Dhaka Overseas Again,,licensed,,,
RL-0046,BD,BMET,Too few fields
";

    #[test]
    fn csv_rows_import_and_bad_ones_are_reported_by_line() {
        let (entries, problems) = import(&[("dir.csv".into(), CSV.as_bytes().to_vec())]).unwrap();
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].aliases, vec!["हिमालयन म्यानपावर", "HMP"]);
        assert_eq!(entries[0].phones, vec!["+97714412345", "+9779841234567"]);
        assert_eq!(entries[0].address.as_deref(), Some("Kathmandu, Bagmati"));
        assert_eq!(entries[1].country, "BD");
        assert_eq!(entries[1].status, LicenceStatus::Revoked);
        let lines: Vec<u64> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, vec![4, 5, 6, 7, 8, 9], "{problems:?}");
        assert!(problems[0].reason.contains("licence_number"));
        assert!(problems[1].reason.contains("status"));
        assert!(problems[2].reason.contains("status_since"));
        assert!(problems[3].reason.contains("phones"));
        assert!(
            problems[4]
                .reason
                .contains("already given at dir.csv line 3")
        );
        assert!(problems[5].reason.contains("fields"));
    }

    #[test]
    fn a_wrong_header_refuses_the_file() {
        let err = import(&[("x.csv".into(), b"name,country\nA,NP\n".to_vec())]).unwrap_err();
        assert!(err.to_string().contains("header"), "{err}");
    }

    fn review(seed: u8, licence: &str, rating: u8) -> Review {
        let mut r = Review {
            recruiter_licence: Some(licence.into()),
            recruiter_country: Some("NP".into()),
            recruiter_name: None,
            rating,
            fees: vec![FeePaid {
                amount: 100_000 + u64::from(seed),
                currency: "NPR".into(),
                paid_to: PaidTo::Recruiter,
                receipt_given: false,
            }],
            promised: JobTerms {
                job: Some("driver".into()),
                monthly_wage: Some(1500),
                wage_currency: Some("QAR".into()),
                ..JobTerms::default()
            },
            actual: JobTerms {
                job: Some("cleaner".into()),
                monthly_wage: Some(900),
                wage_currency: Some("QAR".into()),
                ..JobTerms::default()
            },
            passport_kept: Some(true),
            text: None,
            language: "ne".into(),
            year: Some(2024),
            device_key: None,
            signature: None,
        };
        r.sign(&SigningKey::from_bytes(&[seed; 32]));
        r
    }

    fn received(n: u8, at_h: i64, r: Review) -> ReceivedReview {
        ReceivedReview {
            id: RecordId::from_random([n; 16]),
            received_at_ms: at_h * 3600 * 1000,
            review: r,
        }
    }

    #[test]
    fn reviews_aggregate_and_a_burst_from_new_keys_is_held_until_released() {
        let (entries, _) = import(&[("dir.csv".into(), CSV.as_bytes().to_vec())]).unwrap();
        let day = 24;
        // Two ordinary reviews days apart, then six in one hour from six new phones.
        let mut reviews = vec![
            received(1, 0, review(1, "1234/067/68", 2)),
            received(2, 10 * day, review(2, "1234/067/68", 1)),
        ];
        for n in 0..6u8 {
            reviews.push(received(10 + n, 30 * day, review(10 + n, "1234/067/68", 5)));
        }
        let mut unsigned = review(3, "1234/067/68", 5);
        unsigned.rating = 4; // changed after signing
        reviews.push(received(30, 31 * day, unsigned));
        reviews.push(received(31, 31 * day, review(4, "9999", 5)));
        let a = aggregate(&entries, &reviews, &HashMap::new(), BurstRule::default());
        assert_eq!(a.held.len(), 6);
        assert_eq!(a.unsigned, 1);
        assert_eq!(a.not_in_directory, 1);
        assert_eq!(a.counted, 2);
        let s = &a.stats[0];
        assert_eq!((s.reviews, s.rating_sum), (2, 3));
        assert_eq!((s.passport_kept, s.wage_lower, s.job_differed), (2, 2, 2));
        assert_eq!(s.fee_currency.as_deref(), Some("NPR"));
        assert_eq!(s.median_fee, Some(100_001));

        let mut decisions: HashMap<RecordId, Decision> = a
            .held
            .iter()
            .take(3)
            .map(|(id, _)| (*id, Decision::Release))
            .collect();
        decisions.insert(a.held[3].0, Decision::Reject);
        let b = aggregate(&entries, &reviews, &decisions, BurstRule::default());
        assert_eq!((b.counted, b.held.len(), b.rejected), (5, 2, 1));
    }

    #[test]
    fn a_later_review_from_the_same_phone_replaces_the_earlier() {
        let (entries, _) = import(&[("dir.csv".into(), CSV.as_bytes().to_vec())]).unwrap();
        let reviews = vec![
            received(1, 0, review(1, "1234/067/68", 1)),
            received(2, 24 * 30, review(1, "1234/067/68", 4)),
        ];
        let a = aggregate(&entries, &reviews, &HashMap::new(), BurstRule::default());
        assert_eq!((a.counted, a.superseded, a.stats[0].rating_sum), (1, 1, 4));
    }

    #[test]
    fn a_delta_carries_only_what_changed() {
        let (entries, _) = import(&[("dir.csv".into(), CSV.as_bytes().to_vec())]).unwrap();
        let old = Bundle {
            version: 1,
            created: 1,
            entries: entries.clone(),
            ..Bundle::default()
        };
        let mut changed = entries.clone();
        changed[1].status = LicenceStatus::Licensed;
        changed.remove(0);
        let new = Bundle {
            version: 2,
            created: 2,
            entries: changed,
            ..Bundle::default()
        };
        let d = delta(&old, &new);
        assert_eq!((d.version, d.base), (2, 1));
        assert_eq!(d.entries.len(), 1);
        assert_eq!(d.removed.len(), 1);
        assert_eq!(d.removed[0].licence_number, "1234/067/68");
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_csv_bytes_never_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..2000)) {
            let mut with_header = HEADER.join(",").into_bytes();
            with_header.push(b'\n');
            with_header.extend_from_slice(&bytes);
            let _ = import(&[("a.csv".into(), with_header)]);
            let _ = import(&[("b.csv".into(), bytes.clone())]);
            let _ = import_alerts("c.csv", &bytes);
        }

        #[test]
        fn generated_directories_round_trip_through_csv(seed in proptest::prelude::any::<u64>()) {
            let entries = mitra_testdata::directory(seed, 40);
            let csv = mitra_testdata::to_csv(&entries);
            let (back, problems) = import(&[("gen.csv".into(), csv.into_bytes())]).unwrap();
            proptest::prop_assert!(problems.is_empty(), "{:?}", problems);
            proptest::prop_assert_eq!(back, entries);
        }
    }

    #[test]
    fn medians() {
        assert_eq!(median(vec![]), None);
        assert_eq!(median(vec![3, 1, 2]), Some(2));
        assert_eq!(median(vec![u64::MAX, u64::MAX]), Some(u64::MAX));
        assert_eq!(median(vec![1, 2]), Some(1));
    }
}
