//! The recruiter directory bundle: licensed (and unlicensed) recruitment agencies, aggregated
//! worker reviews and alerts about known fake job offers, published and signed by the hotline.
//!
//! On the wire a bundle is `"MTDS" | u16 signature length | minisign signature file | payload`.
//! The payload is `"MTD1" | zstd(CBOR(Bundle))`; the minisign signature covers the payload and
//! its trusted comment carries `mitra-directory v=<version> base=<base>`, so the phone checks the
//! signature and refuses a replayed or older bundle *before* it decompresses or parses anything.
//! `minisign -Vm payload -x payload.minisig -p hotline.pub` verifies the same payload.
//!
//! A full bundle has `base = 0`; a delta from version N has `base = N` and carries only the
//! entries, statistics and alerts that changed since N.

use minicbor::{Decode, Encode};

use crate::ProtocolError;
use crate::records::{check_country, check_opt, check_text, code_enum, invalid};
use crate::sign;

pub const WIRE_MAGIC: &[u8; 4] = b"MTDS";
pub const PAYLOAD_MAGIC: &[u8; 4] = b"MTD1";
/// A full directory of 100,000 agencies compresses to a few MB; leave room for growth.
pub const MAX_PAYLOAD_BYTES: usize = 32 * 1024 * 1024;
/// Decompressed CBOR.
pub const MAX_BODY_BYTES: usize = 256 * 1024 * 1024;
pub const MAX_SIGNATURE_BYTES: usize = 4096;
pub const MAX_ENTRIES: usize = 2_000_000;
pub const MAX_ALERTS: usize = 100_000;
pub const MAX_ALIASES: usize = 16;
pub const MAX_PHONES: usize = 8;
/// Names in Burmese, Sinhala or Ethiopic take three bytes a character in UTF-8.
pub const MAX_NAME_BYTES: usize = 400;
pub const MAX_LICENCE_BYTES: usize = 64;
pub const MAX_ADDRESS_BYTES: usize = 300;
const TRUSTED_PREFIX: &str = "mitra-directory";

code_enum!(
    /// A recruiter's licence status, as the licensing authority states it.
    LicenceStatus {
        Licensed = 0 => "licensed",
        Suspended = 1 => "suspended",
        Revoked = 2 => "revoked",
        Blacklisted = 3 => "blacklisted",
        Unknown = 4 => "unknown",
    }
);

code_enum!(
    /// What a fake-offer alert names.
    AlertKind {
        Phone = 0 => "phone",
        Page = 1 => "page",
        Company = 2 => "company",
    }
);

/// One recruitment agency. `(country, licence_number)` identifies it.
#[derive(Debug, Clone, PartialEq, Eq, Encode, Decode)]
pub struct Entry {
    #[n(0)]
    pub licence_number: String,
    /// ISO 3166-1 alpha-2 of the licensing country.
    #[n(1)]
    pub country: String,
    #[n(2)]
    pub authority: String,
    #[n(3)]
    pub name: String,
    /// Other names, often in the country's own script.
    #[n(4)]
    pub aliases: Vec<String>,
    #[n(5)]
    pub status: LicenceStatus,
    /// Days since 1970-01-01.
    #[n(6)]
    pub status_since: Option<u32>,
    /// E.164.
    #[n(7)]
    pub phones: Vec<String>,
    #[n(8)]
    pub address: Option<String>,
}

/// What workers said about one agency, after the hotline held back suspicious bursts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Encode, Decode)]
pub struct ReviewStats {
    #[n(0)]
    pub country: String,
    #[n(1)]
    pub licence_number: String,
    #[n(2)]
    pub reviews: u32,
    /// Sum of 1–5 ratings; the mean is `rating_sum / reviews`.
    #[n(3)]
    pub rating_sum: u32,
    /// Reviews that named any fee paid.
    #[n(4)]
    pub paid_fees: u32,
    /// Median fee in the currency most reviews used.
    #[n(5)]
    pub median_fee: Option<u64>,
    #[n(6)]
    pub fee_currency: Option<String>,
    #[n(7)]
    pub passport_kept: u32,
    /// Reviews where the job, employer or wage lived differed from the one promised.
    #[n(8)]
    pub job_differed: u32,
    #[n(9)]
    pub wage_lower: u32,
}

/// A known fake job offer: a phone number, a page name or a company name.
#[derive(Debug, Clone, PartialEq, Eq, Encode, Decode)]
pub struct Alert {
    #[n(0)]
    pub kind: AlertKind,
    #[n(1)]
    pub value: String,
    #[n(2)]
    pub country: Option<String>,
    /// Days since 1970-01-01.
    #[n(3)]
    pub since: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Encode, Decode)]
pub struct EntryKey {
    #[n(0)]
    pub country: String,
    #[n(1)]
    pub licence_number: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Encode, Decode)]
pub struct Bundle {
    #[n(0)]
    pub version: u64,
    /// 0 for a full directory; N for the changes since version N.
    #[n(1)]
    pub base: u64,
    /// Unix seconds at publication.
    #[n(2)]
    pub created: u64,
    /// Entries new or changed since `base` (every entry when `base` is 0).
    #[n(3)]
    pub entries: Vec<Entry>,
    #[n(4)]
    pub removed: Vec<EntryKey>,
    /// Statistics new or changed since `base`.
    #[n(5)]
    pub stats: Vec<ReviewStats>,
    /// Every current alert: the list is small and replaced whole.
    #[n(6)]
    pub alerts: Vec<Alert>,
}

/// What the signed trusted comment says, known before the payload is parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    pub version: u64,
    pub base: u64,
}

impl Entry {
    /// The id people and the CLI use: `NP:1234/067`.
    pub fn id(&self) -> String {
        format!("{}:{}", self.country, self.licence_number)
    }

    pub fn validate(&self) -> Result<(), ProtocolError> {
        check_country("country", &self.country)?;
        check_required("licence_number", &self.licence_number, MAX_LICENCE_BYTES)?;
        check_required("authority", &self.authority, MAX_NAME_BYTES)?;
        check_required("name", &self.name, MAX_NAME_BYTES)?;
        if self.aliases.len() > MAX_ALIASES {
            return Err(invalid("aliases", "too_many"));
        }
        for a in &self.aliases {
            check_required("aliases", a, MAX_NAME_BYTES)?;
        }
        if self.phones.len() > MAX_PHONES {
            return Err(invalid("phones", "too_many"));
        }
        for p in &self.phones {
            check_e164(p)?;
        }
        check_opt("address", &self.address, MAX_ADDRESS_BYTES)
    }
}

fn check_required(field: &'static str, text: &str, max: usize) -> Result<(), ProtocolError> {
    if text.trim().is_empty() {
        return Err(invalid(field, "empty"));
    }
    check_text(field, text, max)
}

/// E.164: a plus, then 8 to 15 digits, the first not zero.
pub fn check_e164(phone: &str) -> Result<(), ProtocolError> {
    let ok = phone.strip_prefix('+').is_some_and(|d| {
        (8..=15).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()) && !d.starts_with('0')
    });
    if ok {
        Ok(())
    } else {
        Err(invalid("phones", "not_e164"))
    }
}

impl Bundle {
    pub fn validate(&self) -> Result<(), ProtocolError> {
        if self.version == 0 || self.base >= self.version {
            return Err(invalid("version", "out_of_order"));
        }
        if self.entries.len() > MAX_ENTRIES || self.removed.len() > MAX_ENTRIES {
            return Err(invalid("entries", "too_many"));
        }
        if self.alerts.len() > MAX_ALERTS {
            return Err(invalid("alerts", "too_many"));
        }
        for e in &self.entries {
            e.validate()?;
        }
        for a in &self.alerts {
            check_required("alerts", &a.value, MAX_NAME_BYTES)?;
            if let Some(c) = &a.country {
                check_country("alerts", c)?;
            }
        }
        for s in &self.stats {
            check_country("stats", &s.country)?;
            check_required("stats", &s.licence_number, MAX_LICENCE_BYTES)?;
            if s.rating_sum > s.reviews.saturating_mul(5) {
                return Err(invalid("stats", "out_of_range"));
            }
        }
        Ok(())
    }

    fn trusted_comment(&self) -> String {
        format!(
            "{TRUSTED_PREFIX} v={} base={} created={} entries={}",
            self.version,
            self.base,
            self.created,
            self.entries.len()
        )
    }
}

/// The payload that minisign signs: `"MTD1" | zstd(CBOR)`.
pub fn encode_payload(bundle: &Bundle) -> Vec<u8> {
    let cbor = minicbor::to_vec(bundle).unwrap_or_default();
    let compressed = zstd::bulk::compress(&cbor, 19).unwrap_or_default();
    let mut out = Vec::with_capacity(compressed.len() + 4);
    out.extend_from_slice(PAYLOAD_MAGIC);
    out.extend_from_slice(&compressed);
    out
}

/// Signs a bundle: returns the payload and its minisign signature file.
pub fn sign_bundle(key: &ed25519_dalek::SigningKey, bundle: &Bundle) -> (Vec<u8>, String) {
    let payload = encode_payload(bundle);
    let signature = sign::minisign_signature(key, &payload, &bundle.trusted_comment());
    (payload, signature)
}

/// The single-file form the server sends and the phone imports.
pub fn wire(payload: &[u8], signature: &str) -> Vec<u8> {
    let sig = signature.as_bytes();
    let mut out = Vec::with_capacity(payload.len() + sig.len() + 6);
    out.extend_from_slice(WIRE_MAGIC);
    out.extend_from_slice(&u16::try_from(sig.len()).unwrap_or(u16::MAX).to_be_bytes());
    out.extend_from_slice(sig);
    out.extend_from_slice(payload);
    out
}

/// Splits the wire form and checks the signature; parses nothing of the payload.
/// Returns the signed header and the payload for [`decode_payload`].
pub fn verify_wire<'a>(
    public: &ed25519_dalek::VerifyingKey,
    bytes: &'a [u8],
) -> Result<(Header, &'a [u8]), ProtocolError> {
    if bytes.len() > MAX_PAYLOAD_BYTES + MAX_SIGNATURE_BYTES + 6 {
        return Err(ProtocolError::TooLarge {
            max: MAX_PAYLOAD_BYTES,
        });
    }
    let rest = bytes
        .strip_prefix(WIRE_MAGIC.as_slice())
        .ok_or(ProtocolError::Malformed)?;
    let (len, rest) = rest.split_at_checked(2).ok_or(ProtocolError::Malformed)?;
    let len = usize::from(u16::from_be_bytes([len[0], len[1]]));
    if len > MAX_SIGNATURE_BYTES {
        return Err(ProtocolError::TooLarge {
            max: MAX_SIGNATURE_BYTES,
        });
    }
    let (sig, payload) = rest.split_at_checked(len).ok_or(ProtocolError::Malformed)?;
    let sig = std::str::from_utf8(sig).map_err(|_| ProtocolError::Malformed)?;
    // The untrusted comment and line breaks are outside what minisign signs: on the wire they
    // must be exactly what the hotline writes, so that no byte at all can change unnoticed.
    if !is_canonical_signature(sig) {
        return Err(invalid("signature", "not_canonical"));
    }
    let header = verify_signature(public, payload, sig)?;
    Ok((header, payload))
}

/// Checks a minisign signature over a payload and reads the signed version and base.
pub fn verify_signature(
    public: &ed25519_dalek::VerifyingKey,
    payload: &[u8],
    signature: &str,
) -> Result<Header, ProtocolError> {
    let trusted = sign::verify_minisign(public, payload, signature)?;
    parse_trusted_comment(&trusted)
}

fn is_canonical_signature(sig: &str) -> bool {
    let mut lines = sig.split('\n');
    lines.next() == Some(sign::UNTRUSTED_COMMENT)
        && lines.next().is_some_and(is_base64_line)
        && lines
            .next()
            .is_some_and(|l| l.starts_with("trusted comment: "))
        && lines.next().is_some_and(is_base64_line)
        && lines.next() == Some("")
        && lines.next().is_none()
}

fn is_base64_line(line: &str) -> bool {
    !line.is_empty()
        && line
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
}

fn parse_trusted_comment(comment: &str) -> Result<Header, ProtocolError> {
    let bad = || invalid("signature", "not_a_directory");
    let mut words = comment.split(' ');
    if words.next() != Some(TRUSTED_PREFIX) {
        return Err(bad());
    }
    let mut version = None;
    let mut base = None;
    for word in words {
        match word.split_once('=') {
            Some(("v", n)) => version = n.parse::<u64>().ok(),
            Some(("base", n)) => base = n.parse::<u64>().ok(),
            _ => {}
        }
    }
    match (version, base) {
        (Some(version), Some(base)) if version > 0 && base < version => {
            Ok(Header { version, base })
        }
        _ => Err(bad()),
    }
}

/// Decompresses (bounded), decodes and validates a payload whose signature was checked, and
/// checks that it says what the signed header said.
pub fn decode_payload(header: Header, payload: &[u8]) -> Result<Bundle, ProtocolError> {
    if payload.len() > MAX_PAYLOAD_BYTES {
        return Err(ProtocolError::TooLarge {
            max: MAX_PAYLOAD_BYTES,
        });
    }
    let compressed = payload
        .strip_prefix(PAYLOAD_MAGIC.as_slice())
        .ok_or(ProtocolError::Malformed)?;
    let cbor = bounded_decompress(compressed)?;
    let bundle: Bundle = minicbor::decode(&cbor).map_err(|_| ProtocolError::Malformed)?;
    if bundle.version != header.version || bundle.base != header.base {
        return Err(invalid("version", "does_not_match_signature"));
    }
    bundle.validate()?;
    Ok(bundle)
}

fn bounded_decompress(data: &[u8]) -> Result<Vec<u8>, ProtocolError> {
    use std::io::Read;
    let decoder = zstd::stream::read::Decoder::new(data).map_err(|_| ProtocolError::Malformed)?;
    let mut out = Vec::new();
    let read = decoder
        .take(MAX_BODY_BYTES as u64 + 1)
        .read_to_end(&mut out)
        .map_err(|_| ProtocolError::Malformed)?;
    if read > MAX_BODY_BYTES {
        return Err(ProtocolError::TooLarge {
            max: MAX_BODY_BYTES,
        });
    }
    Ok(out)
}

/// Days since 1970-01-01 from `YYYY-MM-DD` (proleptic Gregorian).
pub fn parse_date(text: &str) -> Option<u32> {
    let mut parts = text.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (i64, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    if !(1970..=9999).contains(&y) || !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        return None;
    }
    let days = days_from_civil(y, m, d);
    u32::try_from(days).ok()
}

/// `YYYY-MM-DD` from days since 1970-01-01.
pub fn format_date(days: u32) -> String {
    let (y, m, d) = civil_from_days(i64::from(days));
    format!("{y:04}-{m:02}-{d:02}")
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's algorithms.
pub(crate) fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// (year, month, day) of a count of days since 1970-01-01 (negative: before).
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ed25519_dalek::SigningKey;
    use proptest::prelude::*;

    pub(crate) fn entry(n: u32) -> Entry {
        Entry {
            licence_number: format!("{n}/067"),
            country: "NP".into(),
            authority: "Department of Foreign Employment".into(),
            name: format!("Himalaya Manpower {n} Pvt. Ltd."),
            aliases: vec!["हिमालय म्यानपावर".into()],
            status: LicenceStatus::Licensed,
            status_since: parse_date("2021-03-04"),
            phones: vec!["+9771234567".into()],
            address: Some("Kathmandu".into()),
        }
    }

    fn bundle() -> Bundle {
        Bundle {
            version: 3,
            base: 0,
            created: 1_700_000_000,
            entries: (0..50).map(entry).collect(),
            removed: vec![],
            stats: vec![],
            alerts: vec![Alert {
                kind: AlertKind::Phone,
                value: "+9779800000000".into(),
                country: Some("NP".into()),
                since: None,
            }],
        }
    }

    #[test]
    fn a_signed_bundle_round_trips_and_one_changed_byte_anywhere_is_refused() {
        let key = SigningKey::from_bytes(&[5; 32]);
        let b = bundle();
        let (payload, sig) = sign_bundle(&key, &b);
        let bytes = wire(&payload, &sig);
        let (header, p) = verify_wire(&key.verifying_key(), &bytes).unwrap();
        assert_eq!(
            header,
            Header {
                version: 3,
                base: 0
            }
        );
        assert_eq!(decode_payload(header, p).unwrap(), b);
        for i in 0..bytes.len() {
            let mut t = bytes.clone();
            t[i] ^= 0x01;
            assert!(verify_wire(&key.verifying_key(), &t).is_err(), "byte {i}");
        }
        let other = SigningKey::from_bytes(&[6; 32]);
        assert!(verify_wire(&other.verifying_key(), &bytes).is_err());
    }

    #[test]
    fn dates_round_trip_and_nonsense_is_refused() {
        assert_eq!(parse_date("1970-01-01"), Some(0));
        assert_eq!(format_date(parse_date("2024-02-29").unwrap()), "2024-02-29");
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "24-01-01",
            "2024-1-01",
            "",
            "2024-01-01-01",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn e164_is_strict() {
        assert!(check_e164("+9779841234567").is_ok());
        for bad in ["9779841234567", "+0123456789", "+97798 4123", "+1234567"] {
            assert!(check_e164(bad).is_err(), "{bad}");
        }
    }

    proptest! {
        #[test]
        fn dates_round_trip(days in 0u32..2_900_000) {
            prop_assert_eq!(parse_date(&format_date(days)), Some(days));
        }

        #[test]
        fn arbitrary_wire_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
            let key = SigningKey::from_bytes(&[5; 32]);
            let _ = verify_wire(&key.verifying_key(), &bytes);
            let _ = decode_payload(Header { version: 2, base: 1 }, &bytes);
        }

        #[test]
        fn arbitrary_trusted_comments_never_panic(s in "\\PC{0,80}") {
            let _ = parse_trusted_comment(&s);
        }
    }
}
