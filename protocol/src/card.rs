//! The hotline card: how a phone pairs with a hotline. Name, endpoints, the age recipient reports
//! are sealed to, the Ed25519 key that signs receipts, cards and bundles, an SMS number and the
//! languages spoken; signed by that key. It travels as text short enough for one QR code:
//! `MITRA1:` + base64url(CBOR card | signature [64]).
//!
//! A card proves that whoever made it holds the signing key; which hotline to trust is decided
//! when the person scans a card from someone they trust (an NGO worker, an official poster). The
//! phone then pins the signing key: later cards must be signed by it.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ed25519_dalek::{SigningKey, VerifyingKey};
use minicbor::{Decode, Encode};

use crate::records::{MAX_SHORT_TEXT_BYTES, check_language, check_phone};
use crate::{ProtocolError, sign};

pub const TEXT_PREFIX: &str = "MITRA1:";
/// A card's text form above this is refused unread (a QR code holds about 2,900 bytes).
pub const MAX_TEXT_BYTES: usize = 2048;
pub const MAX_ENDPOINTS: usize = 4;
pub const MAX_LANGUAGES: usize = 16;
const CONTEXT: &[u8] = b"mitra-card-v1";

#[derive(Debug, Clone, PartialEq, Eq, Encode, Decode)]
pub struct HotlineCard {
    #[n(0)]
    pub name: String,
    /// HTTPS base URLs of the inbox, most preferred first.
    #[n(1)]
    pub endpoints: Vec<String>,
    /// `age1…`: what reports are sealed to.
    #[n(2)]
    pub age_recipient: String,
    #[n(3)]
    #[cbor(with = "minicbor::bytes")]
    pub signing_key: [u8; 32],
    #[n(4)]
    pub sms_number: Option<String>,
    #[n(5)]
    pub languages: Vec<String>,
    /// Seconds since the epoch; a newer card from the same key replaces an older one.
    #[n(6)]
    pub issued_at: u64,
}

fn invalid(field: &'static str, reason: &'static str) -> ProtocolError {
    ProtocolError::Invalid { field, reason }
}

impl HotlineCard {
    pub fn validate(&self) -> Result<(), ProtocolError> {
        if self.name.trim().is_empty() || self.name.len() > MAX_SHORT_TEXT_BYTES {
            return Err(invalid("name", "length"));
        }
        if self.endpoints.is_empty() || self.endpoints.len() > MAX_ENDPOINTS {
            return Err(invalid("endpoints", "count"));
        }
        for e in &self.endpoints {
            let ok = (e.starts_with("https://") || e.starts_with("http://"))
                && e.len() <= 256
                && !e.contains(char::is_whitespace);
            if !ok {
                return Err(invalid("endpoints", "not_a_url"));
            }
        }
        if !self.age_recipient.starts_with("age1") || self.age_recipient.len() > 100 {
            return Err(invalid("age_recipient", "not_an_age_key"));
        }
        sign::verifying_key(&self.signing_key)?;
        if let Some(n) = &self.sms_number {
            check_phone(n)?;
        }
        if self.languages.len() > MAX_LANGUAGES {
            return Err(invalid("languages", "count"));
        }
        for l in &self.languages {
            check_language(l)?;
        }
        Ok(())
    }

    fn signed_message(cbor: &[u8]) -> Vec<u8> {
        let mut m = CONTEXT.to_vec();
        m.extend_from_slice(cbor);
        m
    }

    /// The card's CBOR bytes (what is signed, and what minisign signs as a file).
    pub fn to_cbor(&self) -> Vec<u8> {
        minicbor::to_vec(self).unwrap_or_default()
    }

    /// Signs with the key the card names; refuses a key that does not match.
    pub fn to_text(&self, key: &SigningKey) -> Result<String, ProtocolError> {
        self.validate()?;
        if key.verifying_key().as_bytes() != &self.signing_key {
            return Err(invalid("signing_key", "does_not_match"));
        }
        let cbor = self.to_cbor();
        let mut raw = cbor.clone();
        raw.extend_from_slice(&sign::sign(key, &Self::signed_message(&cbor)));
        Ok(format!("{TEXT_PREFIX}{}", URL_SAFE_NO_PAD.encode(raw)))
    }

    /// Parses and verifies a card's text form (untrusted: a scanned QR code, a pasted text).
    /// Verifies the signature before decoding the fields.
    pub fn from_text(text: &str) -> Result<Self, ProtocolError> {
        let text = text.trim();
        if text.len() > MAX_TEXT_BYTES {
            return Err(ProtocolError::TooLarge {
                max: MAX_TEXT_BYTES,
            });
        }
        let b64 = text
            .strip_prefix(TEXT_PREFIX)
            .ok_or(ProtocolError::Malformed)?;
        let raw = URL_SAFE_NO_PAD
            .decode(b64)
            .map_err(|_| ProtocolError::Malformed)?;
        if raw.len() < 64 + 8 {
            return Err(ProtocolError::Malformed);
        }
        let (cbor, signature) = raw.split_at(raw.len() - 64);
        // The key is inside the signed bytes: read just that field, verify, then trust the rest.
        let card: HotlineCard = minicbor::decode(cbor).map_err(|_| ProtocolError::Malformed)?;
        let key = sign::verifying_key(&card.signing_key)?;
        sign::verify(&key, &Self::signed_message(cbor), signature)?;
        card.validate()?;
        Ok(card)
    }

    pub fn verifying_key(&self) -> Result<VerifyingKey, ProtocolError> {
        sign::verifying_key(&self.signing_key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn card(key: &SigningKey) -> HotlineCard {
        HotlineCard {
            name: "Pravasi Helpline Nepal".into(),
            endpoints: vec!["https://inbox.example.org".into()],
            age_recipient: "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p".into(),
            signing_key: key.verifying_key().to_bytes(),
            sms_number: Some("+977 1 4000 000".into()),
            languages: vec!["ne".into(), "en".into(), "hi".into()],
            issued_at: 1_795_000_000,
        }
    }

    #[test]
    fn a_card_round_trips_through_text_and_fits_a_qr_code() {
        let key = SigningKey::from_bytes(&[3; 32]);
        let text = card(&key).to_text(&key).unwrap();
        assert!(text.len() < 600, "{} chars", text.len());
        assert_eq!(HotlineCard::from_text(&text).unwrap(), card(&key));
    }

    #[test]
    fn a_tampered_or_foreign_signed_card_is_refused() {
        let key = SigningKey::from_bytes(&[3; 32]);
        let text = card(&key).to_text(&key).unwrap();
        let mut raw = URL_SAFE_NO_PAD
            .decode(text.strip_prefix(TEXT_PREFIX).unwrap())
            .unwrap();
        raw[5] ^= 1;
        let tampered = format!("{TEXT_PREFIX}{}", URL_SAFE_NO_PAD.encode(&raw));
        assert!(HotlineCard::from_text(&tampered).is_err());
        let other = SigningKey::from_bytes(&[4; 32]);
        assert!(
            card(&key).to_text(&other).is_err(),
            "a card names the key that signs it"
        );
    }

    proptest! {
        #[test]
        fn arbitrary_text_never_panics(s in ".{0,400}", bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let _ = HotlineCard::from_text(&s);
            let _ = HotlineCard::from_text(&format!("{TEXT_PREFIX}{}", URL_SAFE_NO_PAD.encode(&bytes)));
        }
    }
}
