//! Batch upload: many envelopes per request, and per-envelope answers, each an accepted receipt
//! signed by the hotline or a rejection with a reason code.
//!
//! Request:  `"MTB1" | count u16 LE | count × (length u32 LE | envelope)`
//! Response: `"MTR1" | count u16 LE | count × answer`, answer =
//!   `0 | id [16] | digest [32] | received_at_ms i64 LE | signature [64]` (accepted) or
//!   `1 | id [16] | reason u8` (rejected).
//! A receipt signs `"mitra-receipt-v1" | id | digest | received_at_ms`; re-sending an envelope
//! returns the same receipt.

use ed25519_dalek::{SigningKey, VerifyingKey};

use crate::envelope::{Envelope, HEADER_LEN, MAX_PAYLOAD_BYTES};
use crate::{ProtocolError, RecordId, sign};

pub const MAX_ENVELOPES: usize = 64;
pub const MAX_BATCH_BYTES: usize = 4 * 1024 * 1024;
const REQUEST_MAGIC: &[u8; 4] = b"MTB1";
const RESPONSE_MAGIC: &[u8; 4] = b"MTR1";
const RECEIPT_CONTEXT: &[u8] = b"mitra-receipt-v1";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    pub id: RecordId,
    /// SHA-256 of the envelope as received.
    pub digest: [u8; 32],
    pub received_at_ms: i64,
    pub signature: [u8; 64],
}

fn receipt_message(id: &RecordId, digest: &[u8; 32], received_at_ms: i64) -> Vec<u8> {
    let mut m = RECEIPT_CONTEXT.to_vec();
    m.extend_from_slice(id.as_bytes());
    m.extend_from_slice(digest);
    m.extend_from_slice(&received_at_ms.to_le_bytes());
    m
}

impl Receipt {
    pub fn issue(key: &SigningKey, id: RecordId, digest: [u8; 32], received_at_ms: i64) -> Self {
        let signature = sign::sign(key, &receipt_message(&id, &digest, received_at_ms));
        Receipt {
            id,
            digest,
            received_at_ms,
            signature,
        }
    }

    pub fn verify(&self, hotline: &VerifyingKey) -> Result<(), ProtocolError> {
        sign::verify(
            hotline,
            &receipt_message(&self.id, &self.digest, self.received_at_ms),
            &self.signature,
        )
    }
}

/// Why an envelope was not stored. Stable codes; the phone decides whether to retry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Rejection {
    Malformed = 1,
    WrongRecipient = 2,
    TooLarge = 3,
    /// The same id was already stored with different content.
    Conflict = 4,
    /// The server could not store it now: retry later.
    Unavailable = 5,
}

impl Rejection {
    fn from_u8(v: u8) -> Option<Self> {
        Some(match v {
            1 => Rejection::Malformed,
            2 => Rejection::WrongRecipient,
            3 => Rejection::TooLarge,
            4 => Rejection::Conflict,
            5 => Rejection::Unavailable,
            _ => return None,
        })
    }

    pub fn code(self) -> &'static str {
        match self {
            Rejection::Malformed => "malformed",
            Rejection::WrongRecipient => "wrong-recipient",
            Rejection::TooLarge => "too-large",
            Rejection::Conflict => "conflict",
            Rejection::Unavailable => "unavailable",
        }
    }

    /// Whether sending the same envelope again later can succeed.
    pub fn retryable(self) -> bool {
        matches!(self, Rejection::Unavailable)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Accepted(Receipt),
    Rejected { id: RecordId, reason: Rejection },
}

impl Answer {
    pub fn id(&self) -> RecordId {
        match self {
            Answer::Accepted(r) => r.id,
            Answer::Rejected { id, .. } => *id,
        }
    }
}

pub fn encode_request(envelopes: &[Vec<u8>]) -> Vec<u8> {
    let mut out = REQUEST_MAGIC.to_vec();
    out.extend_from_slice(&(envelopes.len() as u16).to_le_bytes());
    for e in envelopes {
        out.extend_from_slice(&(e.len() as u32).to_le_bytes());
        out.extend_from_slice(e);
    }
    out
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ProtocolError> {
        let end = self.at.checked_add(n).ok_or(ProtocolError::Malformed)?;
        let s = self
            .bytes
            .get(self.at..end)
            .ok_or(ProtocolError::Malformed)?;
        self.at = end;
        Ok(s)
    }

    fn u16(&mut self) -> Result<u16, ProtocolError> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }

    fn u32(&mut self) -> Result<u32, ProtocolError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn done(&self) -> bool {
        self.at == self.bytes.len()
    }
}

/// One item of a parsed batch: the envelope's raw bytes, or why they cannot be one. A malformed
/// envelope does not spoil the batch; a malformed frame does.
pub type Item = Result<Envelope, (Option<RecordId>, Rejection)>;

/// Parses a batch request (untrusted): bounded size and count; each envelope parsed on its own.
pub fn parse_request(bytes: &[u8]) -> Result<Vec<(Vec<u8>, Item)>, ProtocolError> {
    if bytes.len() > MAX_BATCH_BYTES {
        return Err(ProtocolError::TooLarge {
            max: MAX_BATCH_BYTES,
        });
    }
    let mut r = Reader { bytes, at: 0 };
    if r.take(4)? != REQUEST_MAGIC {
        return Err(ProtocolError::Malformed);
    }
    let count = r.u16()? as usize;
    if count == 0 || count > MAX_ENVELOPES {
        return Err(ProtocolError::Invalid {
            field: "batch",
            reason: "count",
        });
    }
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        let len = r.u32()? as usize;
        if len > HEADER_LEN + MAX_PAYLOAD_BYTES {
            return Err(ProtocolError::TooLarge {
                max: HEADER_LEN + MAX_PAYLOAD_BYTES,
            });
        }
        let raw = r.take(len)?;
        let item = Envelope::parse(raw).map_err(|e| {
            let id = raw.get(1..17).and_then(|b| RecordId::from_slice(b).ok());
            let reason = match e {
                ProtocolError::TooLarge { .. } => Rejection::TooLarge,
                _ => Rejection::Malformed,
            };
            (id, reason)
        });
        out.push((raw.to_vec(), item));
    }
    if !r.done() {
        return Err(ProtocolError::Malformed);
    }
    Ok(out)
}

pub fn encode_response(answers: &[Answer]) -> Vec<u8> {
    let mut out = RESPONSE_MAGIC.to_vec();
    out.extend_from_slice(&(answers.len() as u16).to_le_bytes());
    for a in answers {
        match a {
            Answer::Accepted(r) => {
                out.push(0);
                out.extend_from_slice(r.id.as_bytes());
                out.extend_from_slice(&r.digest);
                out.extend_from_slice(&r.received_at_ms.to_le_bytes());
                out.extend_from_slice(&r.signature);
            }
            Answer::Rejected { id, reason } => {
                out.push(1);
                out.extend_from_slice(id.as_bytes());
                out.push(*reason as u8);
            }
        }
    }
    out
}

/// Parses a batch response (untrusted, on the phone). Signatures are checked by the caller.
pub fn parse_response(bytes: &[u8]) -> Result<Vec<Answer>, ProtocolError> {
    let max = 6 + MAX_ENVELOPES * (1 + 16 + 32 + 8 + 64);
    if bytes.len() > max {
        return Err(ProtocolError::TooLarge { max });
    }
    let mut r = Reader { bytes, at: 0 };
    if r.take(4)? != RESPONSE_MAGIC {
        return Err(ProtocolError::Malformed);
    }
    let count = r.u16()? as usize;
    if count > MAX_ENVELOPES {
        return Err(ProtocolError::Invalid {
            field: "batch",
            reason: "count",
        });
    }
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        let kind = r.take(1)?[0];
        let id = RecordId::from_slice(r.take(16)?)?;
        match kind {
            0 => {
                let mut digest = [0u8; 32];
                digest.copy_from_slice(r.take(32)?);
                let mut at = [0u8; 8];
                at.copy_from_slice(r.take(8)?);
                let mut signature = [0u8; 64];
                signature.copy_from_slice(r.take(64)?);
                out.push(Answer::Accepted(Receipt {
                    id,
                    digest,
                    received_at_ms: i64::from_le_bytes(at),
                    signature,
                }));
            }
            1 => {
                let reason = Rejection::from_u8(r.take(1)?[0]).ok_or(ProtocolError::Malformed)?;
                out.push(Answer::Rejected { id, reason });
            }
            _ => return Err(ProtocolError::Malformed),
        }
    }
    if !r.done() {
        return Err(ProtocolError::Malformed);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn envelope(n: u8) -> Vec<u8> {
        Envelope {
            id: RecordId::from_random([n; 16]),
            fingerprint: [1; 8],
            payload: vec![n; 10 + n as usize],
        }
        .to_bytes()
    }

    #[test]
    fn a_bad_envelope_does_not_spoil_the_batch() {
        let mut bad = envelope(2);
        bad[0] = 9; // unknown version
        let parsed = parse_request(&encode_request(&[envelope(1), bad, envelope(3)])).unwrap();
        assert!(parsed[0].1.is_ok() && parsed[2].1.is_ok());
        assert_eq!(parsed[1].1.as_ref().unwrap_err().1, Rejection::Malformed);
        assert!(parse_request(b"MTB1\x00\x00").is_err(), "empty batch");
        let mut trailing = encode_request(&[envelope(1)]);
        trailing.push(0);
        assert!(parse_request(&trailing).is_err());
    }

    #[test]
    fn receipts_verify_only_with_the_hotline_key_and_unchanged() {
        let key = SigningKey::from_bytes(&[5; 32]);
        let r = Receipt::issue(
            &key,
            RecordId::from_random([1; 16]),
            [2; 32],
            1_700_000_000_000,
        );
        r.verify(&key.verifying_key()).unwrap();
        let mut forged = r.clone();
        forged.received_at_ms += 1;
        assert!(forged.verify(&key.verifying_key()).is_err());
        assert!(
            r.verify(&SigningKey::from_bytes(&[6; 32]).verifying_key())
                .is_err()
        );
        let answers = vec![
            Answer::Accepted(r),
            Answer::Rejected {
                id: RecordId([3; 16]),
                reason: Rejection::Conflict,
            },
        ];
        assert_eq!(parse_response(&encode_response(&answers)).unwrap(), answers);
    }

    proptest! {
        #[test]
        fn arbitrary_requests_and_responses_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
            let _ = parse_request(&bytes);
            let _ = parse_response(&bytes);
            let mut framed = b"MTB1".to_vec();
            framed.extend_from_slice(&bytes);
            let _ = parse_request(&framed);
            let mut framed = b"MTR1".to_vec();
            framed.extend_from_slice(&bytes);
            let _ = parse_response(&framed);
        }

        #[test]
        fn requests_round_trip(sizes in proptest::collection::vec(0u8..50, 1..10)) {
            let envs: Vec<Vec<u8>> = sizes.iter().map(|n| envelope(*n)).collect();
            let parsed = parse_request(&encode_request(&envs)).unwrap();
            prop_assert_eq!(parsed.into_iter().map(|(raw, _)| raw).collect::<Vec<_>>(), envs);
        }
    }
}
