//! PIN normalisation and the key-encryption key derived from it.
//!
//! A Nepali, Burmese or Arabic keyboard may type the same PIN in its own digits; all Unicode
//! decimal digits of the scripts Mitra serves are folded to ASCII so "१२३४" and "1234" are the
//! same PIN. The KEK needs both the PIN (through Argon2id) and the device secret held under the
//! platform key, so a copied data directory cannot be brute-forced off the phone.

use argon2::{Algorithm, Argon2, Params, Version};
use hkdf::Hkdf;
use sha2::Sha256;
use zeroize::{Zeroize, Zeroizing};

use crate::error::{Error, PinProblem, Result};

pub const MIN_PIN_CHARS: usize = 4;
pub const MAX_PIN_CHARS: usize = 128;

/// Argon2id cost, recorded in the key-slot file so a later build can change the default without
/// locking anybody out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    pub memory_kib: u32,
    pub iterations: u32,
    pub lanes: u32,
}

impl KdfParams {
    /// Sized for a 2 GB Android Go phone (Cortex-A53): 64 MiB, 3 passes, 1 lane. That is about
    /// 0.25 s on this project's x86_64 build machine and roughly 1 s on such a phone, which is the
    /// most a person under pressure should wait. See docs/threat-model.md for the numbers.
    pub const PHONE: KdfParams = KdfParams {
        memory_kib: 64 * 1024,
        iterations: 3,
        lanes: 1,
    };

    /// Bounds accepted when reading a key-slot file: anything outside is damage or tampering,
    /// and the upper bound stops a crafted file from making the phone allocate gigabytes.
    pub const MIN_MEMORY_KIB: u32 = 8;
    pub const MAX_MEMORY_KIB: u32 = 1024 * 1024;
    pub const MAX_ITERATIONS: u32 = 64;
    pub const MAX_LANES: u32 = 16;

    pub fn is_within_bounds(&self) -> bool {
        (Self::MIN_MEMORY_KIB..=Self::MAX_MEMORY_KIB).contains(&self.memory_kib)
            && (1..=Self::MAX_ITERATIONS).contains(&self.iterations)
            && (1..=Self::MAX_LANES).contains(&self.lanes)
            && self.memory_kib >= 8 * self.lanes
    }
}

/// Folds the decimal digits of every script in `DIGIT_ZEROS` to ASCII and checks the length.
pub fn normalize_pin(pin: &str) -> Result<Zeroizing<String>> {
    let mut out = Zeroizing::new(String::with_capacity(pin.len()));
    let mut chars = 0usize;
    for c in pin.chars() {
        chars += 1;
        if chars > MAX_PIN_CHARS {
            return Err(Error::InvalidPin(PinProblem::TooLong));
        }
        out.push(fold_digit(c));
    }
    if chars < MIN_PIN_CHARS {
        return Err(Error::InvalidPin(PinProblem::TooShort));
    }
    Ok(out)
}

/// Code points of the digit zero in scripts whose ten digits are contiguous.
const DIGIT_ZEROS: &[u32] = &[
    0x0660, // Arabic-Indic
    0x06F0, // Extended Arabic-Indic (Persian, Urdu, Pashto)
    0x07C0, // NKo
    0x0966, // Devanagari (Nepali, Hindi, Marathi)
    0x09E6, // Bengali
    0x0A66, // Gurmukhi
    0x0AE6, // Gujarati
    0x0B66, // Odia
    0x0BE6, // Tamil
    0x0C66, // Telugu
    0x0CE6, // Kannada
    0x0D66, // Malayalam
    0x0DE6, // Sinhala
    0x0E50, // Thai
    0x0ED0, // Lao
    0x0F20, // Tibetan
    0x1040, // Myanmar
    0x1090, // Myanmar Shan
    0x17E0, // Khmer
    0x1810, // Mongolian
    0xFF10, // Fullwidth
];

fn fold_digit(c: char) -> char {
    let cp = c as u32;
    for &zero in DIGIT_ZEROS {
        if (zero..zero + 10).contains(&cp) {
            return char::from(b'0' + (cp - zero) as u8);
        }
    }
    c
}

/// KEK = HKDF-SHA256(salt, Argon2id(pin, salt) || device_secret).
pub fn derive_kek(
    pin: &str,
    salt: &[u8; 16],
    params: KdfParams,
    device_secret: &[u8; 32],
) -> Result<Zeroizing<[u8; 32]>> {
    if !params.is_within_bounds() {
        return Err(Error::Corrupt {
            file: "keyslots",
            reason: "KDF parameters out of bounds",
        });
    }
    let argon_params = Params::new(params.memory_kib, params.iterations, params.lanes, Some(32))
        .map_err(|_| Error::Crypto("argon2 parameters"))?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, argon_params);
    let mut ikm = Zeroizing::new([0u8; 64]);
    argon
        .hash_password_into(pin.as_bytes(), salt, &mut ikm[..32])
        .map_err(|_| Error::Crypto("argon2"))?;
    ikm[32..].copy_from_slice(device_secret);
    let hk = Hkdf::<Sha256>::new(Some(salt), &ikm[..]);
    let mut kek = Zeroizing::new([0u8; 32]);
    hk.expand(b"mitra/keyslot/v1", &mut kek[..])
        .map_err(|_| Error::Crypto("hkdf"))?;
    ikm.zeroize();
    Ok(kek)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_of_other_scripts_are_the_same_pin() {
        assert_eq!(normalize_pin("१२३४").unwrap().as_str(), "1234"); // Devanagari
        assert_eq!(normalize_pin("၁၂၃၄").unwrap().as_str(), "1234"); // Myanmar
        assert_eq!(normalize_pin("١٢٣٤").unwrap().as_str(), "1234"); // Arabic-Indic
        assert_eq!(normalize_pin("๑๒๓๔").unwrap().as_str(), "1234"); // Thai
        assert_eq!(normalize_pin("១២៣៤").unwrap().as_str(), "1234"); // Khmer
        assert_eq!(normalize_pin("ab12").unwrap().as_str(), "ab12");
    }

    #[test]
    fn pin_length_is_bounded() {
        assert!(matches!(
            normalize_pin("123"),
            Err(Error::InvalidPin(PinProblem::TooShort))
        ));
        let long = "1".repeat(MAX_PIN_CHARS + 1);
        assert!(matches!(
            normalize_pin(&long),
            Err(Error::InvalidPin(PinProblem::TooLong))
        ));
        assert!(normalize_pin(&"1".repeat(MAX_PIN_CHARS)).is_ok());
    }

    #[test]
    fn kek_needs_both_pin_and_device_secret() {
        let p = KdfParams {
            memory_kib: 64,
            iterations: 1,
            lanes: 1,
        };
        let salt = [7u8; 16];
        let a = derive_kek("1234", &salt, p, &[1; 32]).unwrap();
        assert_eq!(*a, *derive_kek("1234", &salt, p, &[1; 32]).unwrap());
        assert_ne!(*a, *derive_kek("1235", &salt, p, &[1; 32]).unwrap());
        assert_ne!(*a, *derive_kek("1234", &salt, p, &[2; 32]).unwrap());
    }

    #[test]
    fn absurd_kdf_cost_is_refused_before_allocating() {
        let p = KdfParams {
            memory_kib: u32::MAX,
            iterations: 1,
            lanes: 1,
        };
        assert!(matches!(
            derive_kek("1234", &[0; 16], p, &[0; 32]),
            Err(Error::Corrupt { .. })
        ));
    }
}
