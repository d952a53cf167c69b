//! Contract timestamps: the hotline signs a contract snapshot's manifest, so that a worker can
//! later prove that this contract existed, unchanged, at that time.
//!
//! The manifest is exactly the `SHA256SUMS` file that `sha256sum` writes and checks: one line
//! `<64 lower-case hex>  <file name>` per file of the snapshot (`terms.json`, then the page
//! photos). The snapshot's digest is SHA-256 of the manifest. The hotline signs the manifest in
//! minisign's format with the trusted comment
//! `mitra-contract-timestamp time=<UTC, RFC 3339> sha256=<digest>`, so a labour inspector needs
//! only stock tools: `sha256sum -c SHA256SUMS` and `minisign -Vm SHA256SUMS -p hotline.pub`.
//!
//! The hotline only ever signs text that parses as such a manifest (never arbitrary bytes), and
//! the trusted comment names what was signed, so a timestamp can never pass for a directory bundle
//! or a card. The hotline learns hashes only: the terms carry a random nonce, so even a short
//! contract cannot be guessed from its digest.

use sha2::{Digest, Sha256};

use crate::ProtocolError;
use crate::directory::{civil_from_days, days_from_civil};
use crate::sign;

/// A manifest of 33 files with 64-byte names is under 4 KiB.
pub const MAX_MANIFEST_BYTES: usize = 4096;
/// `terms.json` and up to 32 page photos.
pub const MAX_FILES: usize = 33;
pub const MAX_NAME_BYTES: usize = 64;
/// The first word of the trusted comment of every contract timestamp.
pub const COMMENT_PREFIX: &str = "mitra-contract-timestamp";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManifestEntry {
    pub name: String,
    pub sha256: [u8; 32],
}

/// What a verified timestamp says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timestamp {
    /// When the hotline signed, in whole seconds (milliseconds since 1970).
    pub at_ms: i64,
    /// SHA-256 of the manifest.
    pub digest: [u8; 32],
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex32(text: &str) -> Option<[u8; 32]> {
    if text.len() != 64 || !text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

fn name_ok(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= MAX_NAME_BYTES
        && !name.starts_with('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
}

/// The `SHA256SUMS` text, as `sha256sum` writes it.
pub fn write_manifest(entries: &[ManifestEntry]) -> String {
    entries
        .iter()
        .map(|e| format!("{}  {}\n", hex(&e.sha256), e.name))
        .collect()
}

/// Parses a manifest: bounded, canonical (exactly what [`write_manifest`] writes), file names
/// plain and distinct.
pub fn parse_manifest(bytes: &[u8]) -> Result<Vec<ManifestEntry>, ProtocolError> {
    let invalid = |reason| ProtocolError::Invalid {
        field: "manifest",
        reason,
    };
    if bytes.len() > MAX_MANIFEST_BYTES {
        return Err(ProtocolError::TooLarge {
            max: MAX_MANIFEST_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ProtocolError::Malformed)?;
    let body = text
        .strip_suffix('\n')
        .ok_or_else(|| invalid("no_final_newline"))?;
    let mut entries: Vec<ManifestEntry> = Vec::new();
    for line in body.split('\n') {
        let (digest, name) = line.split_once("  ").ok_or_else(|| invalid("bad_line"))?;
        let sha256 = unhex32(digest).ok_or_else(|| invalid("bad_digest"))?;
        if !name_ok(name) {
            return Err(invalid("bad_name"));
        }
        if entries.iter().any(|e| e.name == name) {
            return Err(invalid("duplicate_name"));
        }
        if entries.len() == MAX_FILES {
            return Err(invalid("too_many_files"));
        }
        entries.push(ManifestEntry {
            name: name.to_owned(),
            sha256,
        });
    }
    Ok(entries)
}

pub fn digest(manifest: &[u8]) -> [u8; 32] {
    Sha256::digest(manifest).into()
}

/// `2026-11-30T12:34:56Z` from milliseconds since 1970 (seconds are kept, milliseconds dropped).
pub fn format_utc(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// The inverse of [`format_utc`] (only that exact form).
pub fn parse_utc(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    if b.len() != 20
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b'T'
        || b[13] != b':'
        || b[16] != b':'
        || b[19] != b'Z'
    {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let s = text.get(r)?;
        if !s.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    };
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi, s) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || s > 59 {
        return None;
    }
    let days = days_from_civil(y, mo as u32, d as u32);
    let ms = ((days * 86_400) + h * 3600 + mi * 60 + s) * 1000;
    // Refuse dates like 02-31 that the arithmetic would roll over.
    (format_utc(ms) == text).then_some(ms)
}

fn trusted_comment(at_ms: i64, digest: &[u8; 32]) -> String {
    format!(
        "{COMMENT_PREFIX} time={} sha256={}",
        format_utc(at_ms),
        hex(digest)
    )
}

/// The hotline's side: the minisign signature file over `manifest`, refused unless it parses.
pub fn sign(
    key: &ed25519_dalek::SigningKey,
    manifest: &[u8],
    at_ms: i64,
) -> Result<String, ProtocolError> {
    parse_manifest(manifest)?;
    let digest = digest(manifest);
    Ok(sign::minisign_signature(
        key,
        manifest,
        &trusted_comment(at_ms, &digest),
    ))
}

/// The phone's (and anyone's) side: the signature must verify under the hotline's key and its
/// trusted comment must name this manifest's digest.
pub fn verify(
    public: &ed25519_dalek::VerifyingKey,
    manifest: &[u8],
    signature_file: &str,
) -> Result<Timestamp, ProtocolError> {
    let trusted = sign::verify_minisign(public, manifest, signature_file)?;
    let bad = |reason| ProtocolError::Invalid {
        field: "timestamp",
        reason,
    };
    let mut words = trusted.split(' ');
    if words.next() != Some(COMMENT_PREFIX) {
        return Err(bad("not_a_timestamp"));
    }
    let at_ms = words
        .next()
        .and_then(|w| w.strip_prefix("time="))
        .and_then(parse_utc)
        .ok_or_else(|| bad("bad_time"))?;
    let signed_digest = words
        .next()
        .and_then(|w| w.strip_prefix("sha256="))
        .and_then(unhex32)
        .ok_or_else(|| bad("bad_digest"))?;
    if words.next().is_some() {
        return Err(bad("bad_comment"));
    }
    let digest = digest(manifest);
    if signed_digest != digest {
        return Err(bad("other_manifest"));
    }
    Ok(Timestamp { at_ms, digest })
}

#[cfg(test)]
mod tests {
    use super::*;
    use ed25519_dalek::SigningKey;
    use proptest::prelude::*;

    fn manifest() -> Vec<u8> {
        write_manifest(&[
            ManifestEntry {
                name: "terms.json".into(),
                sha256: [7; 32],
            },
            ManifestEntry {
                name: "page-01.jpg".into(),
                sha256: [9; 32],
            },
        ])
        .into_bytes()
    }

    #[test]
    fn a_signed_manifest_verifies_and_carries_its_time() {
        let key = SigningKey::from_bytes(&[3; 32]);
        let m = manifest();
        let at = 1_796_040_000_000;
        let sig = sign(&key, &m, at + 789).unwrap();
        let ts = verify(&key.verifying_key(), &m, &sig).unwrap();
        assert_eq!(ts.at_ms, at);
        assert_eq!(ts.digest, digest(&m));
        assert!(sig.contains("trusted comment: mitra-contract-timestamp time=2026-"));

        let mut other = m.clone();
        other[0] = b'1';
        assert!(verify(&key.verifying_key(), &other, &sig).is_err());
        let stranger = SigningKey::from_bytes(&[4; 32]);
        assert!(verify(&stranger.verifying_key(), &m, &sig).is_err());
    }

    #[test]
    fn other_signatures_of_the_same_key_are_not_timestamps() {
        let key = SigningKey::from_bytes(&[3; 32]);
        let m = manifest();
        let sig = sign::minisign_signature(&key, &m, "mitra-directory v=2 base=0");
        assert_eq!(
            verify(&key.verifying_key(), &m, &sig),
            Err(ProtocolError::Invalid {
                field: "timestamp",
                reason: "not_a_timestamp"
            })
        );
    }

    #[test]
    fn only_manifests_are_signed() {
        let key = SigningKey::from_bytes(&[3; 32]);
        for bad in [
            &b""[..],
            b"hello\n",
            b"0000  terms.json\n",
            &[b'a'; 5000][..],
        ] {
            assert!(sign(&key, bad, 0).is_err());
        }
        let m = String::from_utf8(manifest()).unwrap();
        assert!(parse_manifest(m.trim_end().as_bytes()).is_err());
        assert!(parse_manifest(format!("{m}{m}").as_bytes()).is_err());
        assert!(parse_manifest(m.replace("terms.json", "../x").as_bytes()).is_err());
        assert!(parse_manifest(m.replace("terms.json", ".hidden").as_bytes()).is_err());
    }

    #[test]
    fn times_round_trip_and_nonsense_dates_are_refused() {
        assert_eq!(format_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(parse_utc("2026-11-30T23:59:59Z"), Some(1_796_083_199_000));
        assert_eq!(parse_utc("2026-02-31T00:00:00Z"), None);
        assert_eq!(parse_utc("2026-11-30 23:59:59Z"), None);
        assert_eq!(parse_utc("+026-11-30T23:59:59Z"), None);
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..5000)) {
            let _ = parse_manifest(&bytes);
            let key = SigningKey::from_bytes(&[5; 32]);
            let _ = verify(&key.verifying_key(), &bytes, &String::from_utf8_lossy(&bytes));
        }

        #[test]
        fn manifests_round_trip(
            files in proptest::collection::btree_map("[a-z0-9][a-z0-9._-]{0,20}", any::<[u8; 32]>(), 1..MAX_FILES)
        ) {
            let entries: Vec<ManifestEntry> = files
                .into_iter()
                .map(|(name, sha256)| ManifestEntry { name, sha256 })
                .collect();
            let text = write_manifest(&entries);
            prop_assert_eq!(parse_manifest(text.as_bytes()).unwrap(), entries);
        }

        #[test]
        fn utc_round_trips(secs in 0i64..253_402_300_799) {
            let ms = secs * 1000;
            prop_assert_eq!(parse_utc(&format_utc(ms)), Some(ms));
        }
    }
}
