//! The envelope: what leaves the phone. A cleartext header that carries nothing but a version,
//! the record id, the recipient key's fingerprint and the payload length, then an age payload
//! (X25519, binary format) holding `codec byte | compressed record body`.
//!
//! Layout: `version u8 (=1) | id [16] | fingerprint [8] | length u32 LE | age payload [length]`.
//! Compression happens before encryption, never after. Decompression is bounded, so a small
//! payload cannot expand into a large allocation.

use std::io::{Read, Write};

use sha2::{Digest, Sha256};

use crate::{ProtocolError, RecordId};

pub const VERSION: u8 = 1;
pub const HEADER_LEN: usize = 1 + 16 + 8 + 4;
/// An envelope above this is refused unread: records are small; attachments travel apart.
pub const MAX_PAYLOAD_BYTES: usize = 1024 * 1024;
/// A plaintext (decompressed) body above this is refused.
pub const MAX_PLAINTEXT_BYTES: usize = crate::records::MAX_BODY_BYTES + 1;
/// age headers are a few hundred bytes; more stanzas or a longer header is not from a phone.
const MAX_AGE_HEADER_BYTES: usize = 4096;
const MAX_AGE_STANZAS: usize = 8;

/// The trained zstd dictionary shared by every phone and hotline. Never edit: ship a v2.
const DICTIONARY_V1: &[u8] = include_bytes!("../dict/records-v1.zdict");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Codec {
    None = 0,
    ZstdDictV1 = 1,
}

/// First 8 bytes of SHA-256 of the recipient's `age1…` string: enough to route between a
/// hotline's few keys, too short to be a useful identifier on its own.
pub fn fingerprint(age_recipient: &str) -> [u8; 8] {
    let digest = Sha256::digest(age_recipient.as_bytes());
    let mut out = [0u8; 8];
    out.copy_from_slice(&digest[..8]);
    out
}

/// Compresses a body with the shared dictionary, or keeps it as is when that is smaller.
pub fn compress(body: &[u8]) -> Vec<u8> {
    let compressed =
        zstd::bulk::Compressor::with_dictionary(19, DICTIONARY_V1).and_then(|mut c| {
            c.include_checksum(false)?;
            c.include_dictid(false)?;
            c.include_contentsize(true)?;
            c.compress(body)
        });
    match compressed {
        Ok(c) if c.len() < body.len() => {
            let mut out = Vec::with_capacity(c.len() + 1);
            out.push(Codec::ZstdDictV1 as u8);
            out.extend_from_slice(&c);
            out
        }
        _ => {
            let mut out = Vec::with_capacity(body.len() + 1);
            out.push(Codec::None as u8);
            out.extend_from_slice(body);
            out
        }
    }
}

pub fn decompress(data: &[u8]) -> Result<Vec<u8>, ProtocolError> {
    let (codec, rest) = data.split_first().ok_or(ProtocolError::Malformed)?;
    match *codec {
        c if c == Codec::None as u8 => {
            if rest.len() > MAX_PLAINTEXT_BYTES {
                return Err(ProtocolError::TooLarge {
                    max: MAX_PLAINTEXT_BYTES,
                });
            }
            Ok(rest.to_vec())
        }
        c if c == Codec::ZstdDictV1 as u8 => {
            let mut d = zstd::bulk::Decompressor::with_dictionary(DICTIONARY_V1)
                .map_err(|_| ProtocolError::Malformed)?;
            d.decompress(rest, MAX_PLAINTEXT_BYTES)
                .map_err(|_| ProtocolError::Malformed)
        }
        _ => Err(ProtocolError::Invalid {
            field: "codec",
            reason: "unknown",
        }),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Envelope {
    pub id: RecordId,
    pub fingerprint: [u8; 8],
    /// The age ciphertext.
    pub payload: Vec<u8>,
}

impl Envelope {
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER_LEN + self.payload.len());
        out.push(VERSION);
        out.extend_from_slice(self.id.as_bytes());
        out.extend_from_slice(&self.fingerprint);
        out.extend_from_slice(&(self.payload.len() as u32).to_le_bytes());
        out.extend_from_slice(&self.payload);
        out
    }

    /// Parses untrusted bytes: exact length, known version, bounded payload.
    pub fn parse(bytes: &[u8]) -> Result<Self, ProtocolError> {
        if bytes.len() > HEADER_LEN + MAX_PAYLOAD_BYTES {
            return Err(ProtocolError::TooLarge {
                max: HEADER_LEN + MAX_PAYLOAD_BYTES,
            });
        }
        if bytes.len() < HEADER_LEN {
            return Err(ProtocolError::Malformed);
        }
        if bytes[0] != VERSION {
            return Err(ProtocolError::Invalid {
                field: "envelope",
                reason: "unsupported_version",
            });
        }
        let id = RecordId::from_slice(&bytes[1..17])?;
        let mut fingerprint = [0u8; 8];
        fingerprint.copy_from_slice(&bytes[17..25]);
        let mut len = [0u8; 4];
        len.copy_from_slice(&bytes[25..29]);
        let len = u32::from_le_bytes(len) as usize;
        if len != bytes.len() - HEADER_LEN || len == 0 {
            return Err(ProtocolError::Malformed);
        }
        Ok(Envelope {
            id,
            fingerprint,
            payload: bytes[HEADER_LEN..].to_vec(),
        })
    }

    /// SHA-256 of the whole envelope: what a receipt acknowledges.
    pub fn digest(&self) -> [u8; 32] {
        Sha256::digest(self.to_bytes()).into()
    }
}

/// Encrypts an encoded record body to the hotline's age recipient.
pub fn seal(id: RecordId, body: &[u8], age_recipient: &str) -> Result<Envelope, ProtocolError> {
    let recipient: age::x25519::Recipient =
        age_recipient.parse().map_err(|_| ProtocolError::Invalid {
            field: "recipient",
            reason: "not_an_age_key",
        })?;
    let plaintext = compress(body);
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .map_err(|_| ProtocolError::Invalid {
                field: "recipient",
                reason: "not_an_age_key",
            })?;
    let mut payload = Vec::with_capacity(plaintext.len() + 256);
    let mut writer = encryptor
        .wrap_output(&mut payload)
        .map_err(|_| ProtocolError::Malformed)?;
    writer
        .write_all(&plaintext)
        .map_err(|_| ProtocolError::Malformed)?;
    writer.finish().map_err(|_| ProtocolError::Malformed)?;
    Ok(Envelope {
        id,
        fingerprint: fingerprint(age_recipient),
        payload,
    })
}

/// Checks an age header's shape before age parses it: bounded length and stanza count.
fn check_age_header(payload: &[u8]) -> Result<(), ProtocolError> {
    let window = &payload[..payload.len().min(MAX_AGE_HEADER_BYTES)];
    let end = window
        .windows(5)
        .position(|w| w == b"\n--- ")
        .ok_or(ProtocolError::Malformed)?;
    let stanzas = window[..end]
        .split(|b| *b == b'\n')
        .filter(|l| l.starts_with(b"-> "))
        .count();
    if stanzas == 0 || stanzas > MAX_AGE_STANZAS {
        return Err(ProtocolError::Malformed);
    }
    Ok(())
}

/// Decrypts and decompresses an envelope with the hotline's identity (operator side only).
pub fn open(
    envelope: &Envelope,
    identity: &age::x25519::Identity,
) -> Result<Vec<u8>, ProtocolError> {
    check_age_header(&envelope.payload)?;
    let decryptor =
        age::Decryptor::new(&envelope.payload[..]).map_err(|_| ProtocolError::Malformed)?;
    let reader = decryptor
        .decrypt(std::iter::once(identity as &dyn age::Identity))
        .map_err(|_| ProtocolError::Invalid {
            field: "envelope",
            reason: "not_for_this_key",
        })?;
    let mut plaintext = Vec::new();
    reader
        .take(MAX_PLAINTEXT_BYTES as u64 + 2)
        .read_to_end(&mut plaintext)
        .map_err(|_| ProtocolError::Malformed)?;
    if plaintext.len() > MAX_PLAINTEXT_BYTES + 1 {
        return Err(ProtocolError::TooLarge {
            max: MAX_PLAINTEXT_BYTES,
        });
    }
    decompress(&plaintext)
}

#[cfg(test)]
mod tests {
    use super::*;
    use age::secrecy::ExposeSecret;
    use proptest::prelude::*;

    fn keys() -> (age::x25519::Identity, String) {
        let id = age::x25519::Identity::generate();
        let r = id.to_public().to_string();
        (id, r)
    }

    #[test]
    fn seal_then_open_returns_the_body_and_only_for_the_right_key() {
        let (identity, recipient) = keys();
        let body = b"\x82\x00\x8a\x81\x00\x01\xf4".to_vec();
        let env = seal(RecordId::from_random([7; 16]), &body, &recipient).unwrap();
        assert_eq!(env.fingerprint, fingerprint(&recipient));
        let parsed = Envelope::parse(&env.to_bytes()).unwrap();
        assert_eq!(open(&parsed, &identity).unwrap(), body);
        let (other, _) = keys();
        assert_eq!(
            open(&parsed, &other),
            Err(ProtocolError::Invalid {
                field: "envelope",
                reason: "not_for_this_key"
            })
        );
        let _ = identity.to_string().expose_secret().len();
    }

    #[test]
    fn a_zstd_bomb_is_refused() {
        let huge = vec![0u8; 4 * 1024 * 1024];
        let mut c = zstd::bulk::Compressor::with_dictionary(3, DICTIONARY_V1).unwrap();
        let mut data = vec![Codec::ZstdDictV1 as u8];
        data.extend(c.compress(&huge).unwrap());
        assert!(data.len() < 1024);
        assert!(decompress(&data).is_err());
    }

    #[test]
    fn too_many_stanzas_are_refused_before_age_parses() {
        let mut header = b"age-encryption.org/v1\n".to_vec();
        for _ in 0..9 {
            header.extend_from_slice(b"-> X25519 abc\nAAAA\n");
        }
        header.extend_from_slice(b"--- mac\n");
        assert!(check_age_header(&header).is_err());
    }

    proptest! {
        #[test]
        fn compression_round_trips(body in proptest::collection::vec(any::<u8>(), 0..2000)) {
            prop_assert_eq!(decompress(&compress(&body)).unwrap(), body);
        }

        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            if let Ok(env) = Envelope::parse(&bytes) {
                prop_assert_eq!(env.to_bytes(), bytes.clone());
            }
            let _ = decompress(&bytes);
            let _ = check_age_header(&bytes);
        }

        #[test]
        fn envelope_header_round_trips(id in any::<[u8; 16]>(), fp in any::<[u8; 8]>(), payload in proptest::collection::vec(any::<u8>(), 1..500)) {
            let env = Envelope { id: RecordId(id), fingerprint: fp, payload };
            prop_assert_eq!(Envelope::parse(&env.to_bytes()).unwrap(), env);
        }
    }
}
