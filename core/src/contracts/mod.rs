//! Contract snapshots: what a worker signed, kept so that a substituted contract can be proven.
//!
//! A snapshot is the contract's terms (canonical JSON with a random nonce, so the digest reveals
//! nothing even of a short contract) and photos of its pages, all inside the encrypted vault.
//! Its manifest is a `SHA256SUMS` file over those files, and its digest is SHA-256 of the
//! manifest. The next sync sends the manifest (hashes only) to the paired hotline, which signs
//! it with the time: a trusted timestamp that verifies offline, forever, with stock minisign.
//! [`export_proof`] writes what a lawyer or a labour inspector checks with standard tools.
//!
//! Nothing here logs or puts into an error the terms, a photo or anything a person wrote.

pub mod compare;
pub mod render;
pub mod terms;

use std::path::Path;

use mitra_protocol::RecordId;
use mitra_protocol::ed25519_dalek::VerifyingKey;
use mitra_protocol::sign::{key_id, minisign_public_key};
use mitra_protocol::timestamp::{self, ManifestEntry};
use rand::RngCore;
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use sha2::{Digest, Sha256};

pub use compare::{Change, ChangeKind, MonthPay, Rates, Severity, TermValue, WageCheck};
pub use terms::{Currency, Decimal, Money, PassportHolder, Period, Terms, TermsError};

use crate::error::{Error, Result};
use crate::i18n::Localizer;

/// Page photos per contract.
pub const MAX_PAGES: usize = 32;
/// One page photo: the shell should send a phone camera photo re-encoded, not the raw sensor file.
pub const MAX_PAGE_BYTES: usize = 10 * 1024 * 1024;
/// All pages of one contract.
pub const MAX_PAGES_TOTAL_BYTES: usize = 64 * 1024 * 1024;
/// The name of the terms file in the manifest and in a proof folder.
pub const TERMS_FILE: &str = "terms.json";
pub const MANIFEST_FILE: &str = "SHA256SUMS";
pub const SIGNATURE_FILE: &str = "SHA256SUMS.minisig";
pub const KEY_FILE: &str = "hotline.pub";
pub const README_FILE: &str = "README.txt";
/// The `format` of a snapshot's terms.json.
const FORMAT: &str = "mitra-contract-snapshot-1";

/// The hotline's signed time over a snapshot's manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timestamped {
    pub at_ms: i64,
    /// The minisign signature file, as the hotline sent it.
    pub signature: String,
    /// The hotline key that signed (Ed25519).
    pub hotline_key: [u8; 32],
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// 1-based.
    pub number: u32,
    /// The file name in the manifest (`page-01.jpg`).
    pub name: String,
    pub bytes: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    pub id: RecordId,
    pub taken_at_ms: i64,
    pub terms: Terms,
    /// The exact bytes of terms.json.
    pub terms_json: Vec<u8>,
    /// The SHA256SUMS text.
    pub manifest: String,
    pub digest: [u8; 32],
    pub pages: Vec<Page>,
    pub timestamp: Option<Timestamped>,
}

fn corrupt(reason: &'static str) -> Error {
    Error::Corrupt {
        file: "database",
        reason,
    }
}

fn invalid(field: &'static str, reason: &'static str) -> Error {
    Error::InvalidInput { field, reason }
}

/// The file extension for a page, from its first bytes; `None` for what is not a photo or a PDF.
pub fn page_extension(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0xFF, 0xD8, 0xFF, ..] => Some("jpg"),
        [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => Some("png"),
        [
            b'R',
            b'I',
            b'F',
            b'F',
            _,
            _,
            _,
            _,
            b'W',
            b'E',
            b'B',
            b'P',
            ..,
        ] => Some("webp"),
        [
            _,
            _,
            _,
            _,
            b'f',
            b't',
            b'y',
            b'p',
            b'h',
            b'e',
            b'i',
            b'c' | b'x',
            ..,
        ]
        | [
            _,
            _,
            _,
            _,
            b'f',
            b't',
            b'y',
            b'p',
            b'm',
            b'i',
            b'f',
            b'1',
            ..,
        ] => Some("heic"),
        [b'%', b'P', b'D', b'F', b'-', ..] => Some("pdf"),
        _ => None,
    }
}

/// The canonical terms.json of a snapshot: pretty, keys sorted, ending in a newline.
fn terms_file(id: RecordId, taken_at_ms: i64, nonce: &[u8; 16], terms: &Terms) -> Vec<u8> {
    let mut o = serde_json::Map::new();
    o.insert("format".into(), FORMAT.into());
    o.insert("id".into(), id.to_string().into());
    o.insert("nonce".into(), timestamp::hex(nonce).into());
    o.insert("taken_at".into(), timestamp::format_utc(taken_at_ms).into());
    o.insert("terms".into(), terms.to_value());
    let mut bytes = serde_json::to_vec_pretty(&serde_json::Value::Object(o)).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// Reads a snapshot's terms back from its terms.json.
fn terms_of(terms_json: &[u8]) -> Result<Terms> {
    let value: serde_json::Value =
        serde_json::from_slice(terms_json).map_err(|_| corrupt("contract terms"))?;
    let terms = value
        .get("terms")
        .ok_or_else(|| corrupt("contract terms"))?;
    Terms::from_value(terms).map_err(|_| corrupt("contract terms"))
}

/// Saves a snapshot of `terms` and `pages` (photos or PDFs, in page order) and returns its id.
/// The timestamp comes with the next sync.
pub fn snapshot(
    tx: &Transaction<'_>,
    terms: &Terms,
    pages: &[Vec<u8>],
    now_ms: i64,
) -> Result<RecordId> {
    if pages.len() > MAX_PAGES {
        return Err(invalid("page", "too_many"));
    }
    let mut total = 0usize;
    let mut entries = Vec::with_capacity(pages.len() + 1);
    let mut names = Vec::with_capacity(pages.len());
    for (i, page) in pages.iter().enumerate() {
        if page.len() > MAX_PAGE_BYTES {
            return Err(invalid("page", "too_large"));
        }
        total += page.len();
        if total > MAX_PAGES_TOTAL_BYTES {
            return Err(invalid("page", "too_large"));
        }
        let ext = page_extension(page).ok_or_else(|| invalid("page", "not_an_image"))?;
        names.push(format!("page-{:02}.{ext}", i + 1));
    }
    let mut random = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut random);
    let mut id_bytes = [0u8; 16];
    id_bytes.copy_from_slice(&random[..16]);
    let mut nonce = [0u8; 16];
    nonce.copy_from_slice(&random[16..]);
    let id = RecordId::from_random(id_bytes);
    // Whole seconds: the time in terms.json is what a person reads.
    let taken_at_ms = now_ms - now_ms.rem_euclid(1000);
    let terms_json = terms_file(id, taken_at_ms, &nonce, terms);
    entries.push(ManifestEntry {
        name: TERMS_FILE.into(),
        sha256: Sha256::digest(&terms_json).into(),
    });
    for (name, page) in names.iter().zip(pages) {
        entries.push(ManifestEntry {
            name: name.clone(),
            sha256: Sha256::digest(page).into(),
        });
    }
    let manifest = timestamp::write_manifest(&entries);
    let digest = timestamp::digest(manifest.as_bytes());
    tx.execute(
        "INSERT INTO contracts (id, taken_at, terms_json, manifest, digest) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![&id.as_bytes()[..], taken_at_ms, terms_json, manifest.as_bytes(), &digest[..]],
    )?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO contract_pages (contract_id, n, name, bytes) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (i, (name, page)) in names.iter().zip(pages).enumerate() {
        insert.execute(params![&id.as_bytes()[..], i as i64 + 1, name, page])?;
    }
    Ok(id)
}

fn pages(conn: &Connection, id: RecordId) -> Result<Vec<Page>> {
    let mut stmt = conn.prepare_cached(
        "SELECT n, name, length(bytes) FROM contract_pages WHERE contract_id = ?1 ORDER BY n",
    )?;
    let rows = stmt.query_map([&id.as_bytes()[..]], |r| {
        Ok(Page {
            number: r.get(0)?,
            name: r.get(1)?,
            bytes: r.get::<_, i64>(2)? as u64,
        })
    })?;
    rows.collect::<rusqlite::Result<_>>().map_err(Into::into)
}

fn snapshot_from_row(conn: &Connection, r: &rusqlite::Row<'_>) -> Result<Snapshot> {
    let id = RecordId::from_slice(&r.get::<_, Vec<u8>>(0)?).map_err(|_| corrupt("contract id"))?;
    let terms_json: Vec<u8> = r.get(2)?;
    let manifest = String::from_utf8(r.get(3)?).map_err(|_| corrupt("contract manifest"))?;
    let digest: [u8; 32] = r
        .get::<_, Vec<u8>>(4)?
        .try_into()
        .map_err(|_| corrupt("contract digest"))?;
    let timestamp = match (
        r.get::<_, Option<String>>(5)?,
        r.get::<_, Option<i64>>(6)?,
        r.get::<_, Option<Vec<u8>>>(7)?,
    ) {
        (Some(signature), Some(at_ms), Some(key)) => Some(Timestamped {
            at_ms,
            signature,
            hotline_key: key.try_into().map_err(|_| corrupt("contract timestamp"))?,
        }),
        _ => None,
    };
    Ok(Snapshot {
        id,
        taken_at_ms: r.get(1)?,
        terms: terms_of(&terms_json)?,
        terms_json,
        manifest,
        digest,
        pages: pages(conn, id)?,
        timestamp,
    })
}

const COLUMNS: &str =
    "id, taken_at, terms_json, manifest, digest, timestamp_sig, timestamp_at, timestamp_key";

pub fn get(conn: &Connection, id: RecordId) -> Result<Snapshot> {
    let mut stmt =
        conn.prepare_cached(&format!("SELECT {COLUMNS} FROM contracts WHERE id = ?1"))?;
    let mut rows = stmt.query([&id.as_bytes()[..]])?;
    match rows.next()? {
        Some(r) => snapshot_from_row(conn, r),
        None => Err(Error::NotFound),
    }
}

/// Every snapshot, the newest first.
pub fn list(conn: &Connection) -> Result<Vec<Snapshot>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM contracts ORDER BY taken_at DESC, id"
    ))?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        out.push(snapshot_from_row(conn, r)?);
    }
    Ok(out)
}

/// The one snapshot whose id starts with `prefix` (at least 6 hex digits).
pub fn find_by_prefix(conn: &Connection, prefix: &str) -> Result<RecordId> {
    crate::reports::find_id_by_prefix(conn, "SELECT id FROM contracts", prefix)
}

pub fn page_bytes(conn: &Connection, id: RecordId, number: u32) -> Result<Vec<u8>> {
    conn.query_row(
        "SELECT bytes FROM contract_pages WHERE contract_id = ?1 AND n = ?2",
        params![&id.as_bytes()[..], number],
        |r| r.get(0),
    )
    .optional()?
    .ok_or(Error::NotFound)
}

/// Deletes a snapshot with its photos and pay records (`secure_delete` overwrites them).
pub fn delete(tx: &Transaction<'_>, id: RecordId) -> Result<()> {
    match tx.execute("DELETE FROM contracts WHERE id = ?1", [&id.as_bytes()[..]])? {
        0 => Err(Error::NotFound),
        _ => Ok(()),
    }
}

/// Snapshots still without the hotline's signed time: (id, manifest).
pub fn awaiting_timestamp(conn: &Connection) -> Result<Vec<(RecordId, Vec<u8>)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, manifest FROM contracts WHERE timestamp_sig IS NULL ORDER BY taken_at",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, Vec<u8>>(1)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, manifest) = row?;
        out.push((
            RecordId::from_slice(&id).map_err(|_| corrupt("contract id"))?,
            manifest,
        ));
    }
    Ok(out)
}

/// Keeps the hotline's signature over a snapshot's manifest, once it verifies under `hotline`.
pub fn set_timestamp(
    tx: &Transaction<'_>,
    id: RecordId,
    signature: &str,
    hotline: &VerifyingKey,
) -> Result<i64> {
    let manifest: Vec<u8> = tx
        .query_row(
            "SELECT manifest FROM contracts WHERE id = ?1",
            [&id.as_bytes()[..]],
            |r| r.get(0),
        )
        .optional()?
        .ok_or(Error::NotFound)?;
    let stamp = timestamp::verify(hotline, &manifest, signature)
        .map_err(|_| invalid("timestamp", "bad_signature"))?;
    tx.execute(
        "UPDATE contracts SET timestamp_sig = ?2, timestamp_at = ?3, timestamp_key = ?4 WHERE id = ?1",
        params![&id.as_bytes()[..], signature, stamp.at_ms, &hotline.as_bytes()[..]],
    )?;
    Ok(stamp.at_ms)
}

/// Whether `month` is `YYYY-MM` with a real month.
pub fn is_month(month: &str) -> bool {
    let b = month.as_bytes();
    b.len() == 7
        && b[4] == b'-'
        && b[..4].iter().chain(&b[5..]).all(u8::is_ascii_digit)
        && matches!(month[5..].parse::<u8>(), Ok(1..=12))
        && month[..4].parse::<u16>().is_ok_and(|y| y >= 1970)
}

/// Records the pay received for `month` (`YYYY-MM`) under a snapshot, replacing what was
/// recorded for that month.
pub fn record_pay(
    tx: &Transaction<'_>,
    id: RecordId,
    month: &str,
    received: Money,
    now_ms: i64,
) -> Result<()> {
    if !is_month(month) {
        return Err(invalid("month", "not_a_month"));
    }
    let exists: bool = tx.query_row(
        "SELECT count(*) FROM contracts WHERE id = ?1",
        [&id.as_bytes()[..]],
        |r| r.get::<_, i64>(0).map(|n| n > 0),
    )?;
    if !exists {
        return Err(Error::NotFound);
    }
    tx.execute(
        "INSERT INTO contract_pay (contract_id, month, amount, currency, recorded_at)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (contract_id, month) DO UPDATE SET
             amount = excluded.amount, currency = excluded.currency, recorded_at = excluded.recorded_at",
        params![
            &id.as_bytes()[..],
            month,
            received.amount.thousandths(),
            received.currency.as_str(),
            now_ms
        ],
    )?;
    Ok(())
}

/// The pay recorded under a snapshot, by month.
pub fn pay(conn: &Connection, id: RecordId) -> Result<Vec<(String, Money)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT month, amount, currency FROM contract_pay WHERE contract_id = ?1 ORDER BY month",
    )?;
    let rows = stmt.query_map([&id.as_bytes()[..]], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (month, amount, currency) = row?;
        let currency = Currency::parse(&currency).ok_or_else(|| corrupt("pay currency"))?;
        out.push((
            month,
            Money {
                amount: Decimal(amount),
                currency,
            },
        ));
    }
    Ok(out)
}

/// What goes into a proof folder: the person chooses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProofChoice {
    pub terms: bool,
    /// Page numbers to include; `None` for all.
    pub pages: Option<Vec<u32>>,
}

impl Default for ProofChoice {
    fn default() -> Self {
        ProofChoice {
            terms: true,
            pages: None,
        }
    }
}

fn write_new(dir: &Path, name: &str, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(dir.join(name))?;
    file.write_all(bytes)?;
    file.sync_all()?;
    Ok(())
}

/// Writes a proof folder into `dir` (created if missing; refused unless empty): the chosen
/// files, SHA256SUMS, the hotline's signature and key when timestamped, and a README in the
/// person's language (and English) saying how to check it. Returns the file names written.
pub fn export_proof(
    conn: &Connection,
    id: RecordId,
    dir: &Path,
    choice: &ProofChoice,
    l: &Localizer,
) -> Result<Vec<String>> {
    let snapshot = get(conn, id)?;
    if let Some(wanted) = &choice.pages {
        if wanted
            .iter()
            .any(|n| !snapshot.pages.iter().any(|p| p.number == *n))
        {
            return Err(invalid("page", "not_found"));
        }
    }
    if dir.exists() {
        if std::fs::read_dir(dir)?.next().is_some() {
            return Err(invalid("out", "not_empty"));
        }
    } else {
        std::fs::create_dir_all(dir)?;
    }
    let mut written = Vec::new();
    let mut withheld = Vec::new();
    if choice.terms {
        write_new(dir, TERMS_FILE, &snapshot.terms_json)?;
        written.push(TERMS_FILE.to_owned());
    } else {
        withheld.push(TERMS_FILE.to_owned());
    }
    for page in &snapshot.pages {
        let included = choice
            .pages
            .as_ref()
            .is_none_or(|wanted| wanted.contains(&page.number));
        if included {
            write_new(dir, &page.name, &page_bytes(conn, id, page.number)?)?;
            written.push(page.name.clone());
        } else {
            withheld.push(page.name.clone());
        }
    }
    write_new(dir, MANIFEST_FILE, snapshot.manifest.as_bytes())?;
    written.push(MANIFEST_FILE.to_owned());
    let key = match &snapshot.timestamp {
        Some(t) => {
            let key = VerifyingKey::from_bytes(&t.hotline_key)
                .map_err(|_| corrupt("contract timestamp"))?;
            write_new(dir, SIGNATURE_FILE, t.signature.as_bytes())?;
            write_new(dir, KEY_FILE, minisign_public_key(&key).as_bytes())?;
            written.push(SIGNATURE_FILE.to_owned());
            written.push(KEY_FILE.to_owned());
            Some(key)
        }
        None => None,
    };
    let readme = render::proof_readme(l, &snapshot, key.as_ref().map(key_id), &withheld);
    write_new(dir, README_FILE, readme.as_bytes())?;
    written.push(README_FILE.to_owned());
    crate::vault::files::sync_dir(dir)?;
    Ok(written)
}

#[cfg(test)]
mod tests;
