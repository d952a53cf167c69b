//! Record ids: 16 random bytes shown as a UUID (version 4).
//!
//! Not UUIDv7: the id travels in the cleartext envelope header, and a time-ordered id would tell
//! every relay when the person wrote the report.

use std::fmt;
use std::str::FromStr;

use crate::ProtocolError;

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RecordId(pub [u8; 16]);

impl RecordId {
    /// Makes an id from 16 random bytes, setting the UUID version (4) and variant bits.
    pub fn from_random(mut bytes: [u8; 16]) -> Self {
        bytes[6] = (bytes[6] & 0x0f) | 0x40;
        bytes[8] = (bytes[8] & 0x3f) | 0x80;
        RecordId(bytes)
    }

    pub fn as_bytes(&self) -> &[u8; 16] {
        &self.0
    }

    pub fn from_slice(bytes: &[u8]) -> Result<Self, ProtocolError> {
        let arr: [u8; 16] = bytes.try_into().map_err(|_| ProtocolError::Malformed)?;
        Ok(RecordId(arr))
    }

    /// Lower-case hex without hyphens, for prefix searches.
    pub fn hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }
}

impl fmt::Display for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let h = self.hex();
        write!(
            f,
            "{}-{}-{}-{}-{}",
            &h[..8],
            &h[8..12],
            &h[12..16],
            &h[16..20],
            &h[20..]
        )
    }
}

impl fmt::Debug for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RecordId({self})")
    }
}

impl FromStr for RecordId {
    type Err = ProtocolError;

    /// Accepts 32 hex digits, with or without the four hyphens.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let digits: Vec<u8> = s.bytes().filter(|b| *b != b'-').collect();
        if digits.len() != 32 || s.len() > 36 {
            return Err(ProtocolError::Invalid {
                field: "id",
                reason: "not_an_id",
            });
        }
        let mut out = [0u8; 16];
        for (i, pair) in digits.chunks(2).enumerate() {
            let hi = (pair[0] as char).to_digit(16);
            let lo = (pair[1] as char).to_digit(16);
            match (hi, lo) {
                (Some(h), Some(l)) => out[i] = (h * 16 + l) as u8,
                _ => {
                    return Err(ProtocolError::Invalid {
                        field: "id",
                        reason: "not_an_id",
                    });
                }
            }
        }
        Ok(RecordId(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn display_parses_back(bytes in any::<[u8; 16]>()) {
            let id = RecordId::from_random(bytes);
            prop_assert_eq!(id.to_string().parse::<RecordId>().unwrap(), id);
            prop_assert_eq!(id.hex().parse::<RecordId>().unwrap(), id);
            prop_assert_eq!(&id.to_string()[14..15], "4");
        }

        #[test]
        fn arbitrary_text_never_panics(s in ".{0,64}") {
            let _ = s.parse::<RecordId>();
        }
    }
}
