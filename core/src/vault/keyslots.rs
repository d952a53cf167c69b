//! The key-slot file: two fixed-size slots, each holding the master key of one database sealed
//! under a KEK derived from one PIN.
//!
//! Slot 0 belongs to the real vault; slot 1 to the decoy the duress PIN opens. When no duress PIN
//! was chosen slot 1 holds random bytes, which no one can tell from a sealed slot, so the file
//! looks the same whether or not a decoy exists. Shredding a slot overwrites it with random bytes.
//!
//! Layout (all integers little-endian), exactly `FILE_LEN` bytes:
//! `"MTRK" | version u8 | memory_kib u32 | iterations u32 | lanes u32 | salt [16] |
//!  max_failed_attempts u32 | slot0 [SLOT_LEN] | slot1 [SLOT_LEN]`
//! with `slot = nonce [24] | XChaCha20-Poly1305(master_key [32] | db_index u8 | flags u8)`, the
//! header and the slot number authenticated as associated data.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore;
use zeroize::{Zeroize, ZeroizeOnDrop};

use super::pin::KdfParams;
use crate::error::{Error, Result};

const MAGIC: &[u8; 4] = b"MTRK";
const VERSION: u8 = 1;
const HEADER_LEN: usize = 4 + 1 + 4 * 3 + 16 + 4;
const NONCE_LEN: usize = 24;
const PAYLOAD_LEN: usize = 32 + 1 + 1;
const TAG_LEN: usize = 16;
pub const SLOT_LEN: usize = NONCE_LEN + PAYLOAD_LEN + TAG_LEN;
pub const FILE_LEN: usize = HEADER_LEN + 2 * SLOT_LEN;
pub const SLOT_COUNT: usize = 2;
pub const REAL_SLOT: usize = 0;
pub const DECOY_SLOT: usize = 1;

/// Slot flag: opening this slot shreds the real slot (duress PIN with "wipe on duress").
pub const FLAG_SHRED_REAL_ON_OPEN: u8 = 0b0000_0001;

/// What a slot protects. Wiped from memory when dropped.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct SlotPayload {
    pub master_key: [u8; 32],
    pub db_index: u8,
    pub flags: u8,
}

impl SlotPayload {
    pub fn random(db_index: u8, flags: u8) -> Self {
        let mut master_key = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut master_key);
        SlotPayload {
            master_key,
            db_index,
            flags,
        }
    }
}

#[derive(Clone, PartialEq, Eq)]
pub struct KeySlots {
    pub kdf: KdfParams,
    pub salt: [u8; 16],
    pub max_failed_attempts: u32,
    slots: [[u8; SLOT_LEN]; SLOT_COUNT],
}

impl std::fmt::Debug for KeySlots {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeySlots")
            .field("kdf", &self.kdf)
            .field("max_failed_attempts", &self.max_failed_attempts)
            .finish_non_exhaustive()
    }
}

fn corrupt(reason: &'static str) -> Error {
    Error::Corrupt {
        file: "keyslots",
        reason,
    }
}

impl KeySlots {
    /// A file whose slots are all random: seal the ones in use afterwards.
    pub fn new(kdf: KdfParams, max_failed_attempts: u32) -> Self {
        let mut salt = [0u8; 16];
        rand::rngs::OsRng.fill_bytes(&mut salt);
        let mut slots = [[0u8; SLOT_LEN]; SLOT_COUNT];
        for slot in &mut slots {
            rand::rngs::OsRng.fill_bytes(slot);
        }
        KeySlots {
            kdf,
            salt,
            max_failed_attempts,
            slots,
        }
    }

    /// Parses untrusted bytes: anything but exactly `FILE_LEN` well-formed bytes is refused.
    pub fn parse(bytes: &[u8]) -> Result<Self> {
        if bytes.len() != FILE_LEN {
            return Err(corrupt("wrong length"));
        }
        if &bytes[..4] != MAGIC {
            return Err(corrupt("not a key-slot file"));
        }
        if bytes[4] != VERSION {
            return Err(corrupt("unsupported version"));
        }
        let u32_at = |at: usize| {
            let mut b = [0u8; 4];
            b.copy_from_slice(&bytes[at..at + 4]);
            u32::from_le_bytes(b)
        };
        let kdf = KdfParams {
            memory_kib: u32_at(5),
            iterations: u32_at(9),
            lanes: u32_at(13),
        };
        if !kdf.is_within_bounds() {
            return Err(corrupt("KDF parameters out of bounds"));
        }
        let mut salt = [0u8; 16];
        salt.copy_from_slice(&bytes[17..33]);
        let max_failed_attempts = u32_at(33);
        let mut slots = [[0u8; SLOT_LEN]; SLOT_COUNT];
        for (i, slot) in slots.iter_mut().enumerate() {
            let at = HEADER_LEN + i * SLOT_LEN;
            slot.copy_from_slice(&bytes[at..at + SLOT_LEN]);
        }
        Ok(KeySlots {
            kdf,
            salt,
            max_failed_attempts,
            slots,
        })
    }

    fn header(&self) -> [u8; HEADER_LEN] {
        let mut h = [0u8; HEADER_LEN];
        h[..4].copy_from_slice(MAGIC);
        h[4] = VERSION;
        h[5..9].copy_from_slice(&self.kdf.memory_kib.to_le_bytes());
        h[9..13].copy_from_slice(&self.kdf.iterations.to_le_bytes());
        h[13..17].copy_from_slice(&self.kdf.lanes.to_le_bytes());
        h[17..33].copy_from_slice(&self.salt);
        h[33..37].copy_from_slice(&self.max_failed_attempts.to_le_bytes());
        h
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(FILE_LEN);
        out.extend_from_slice(&self.header());
        for slot in &self.slots {
            out.extend_from_slice(slot);
        }
        out
    }

    fn aad(&self, index: usize) -> Vec<u8> {
        let mut aad = self.header().to_vec();
        aad.push(index as u8);
        aad
    }

    /// Tries to open slot `index` with `kek`. `None` means "not this PIN" (or a shredded slot).
    pub fn open(&self, index: usize, kek: &[u8; 32]) -> Option<SlotPayload> {
        let slot = self.slots.get(index)?;
        let cipher = XChaCha20Poly1305::new(kek.into());
        let nonce = XNonce::from_slice(&slot[..NONCE_LEN]);
        let aad = self.aad(index);
        let mut plain = cipher
            .decrypt(
                nonce,
                Payload {
                    msg: &slot[NONCE_LEN..],
                    aad: &aad,
                },
            )
            .ok()?;
        if plain.len() != PAYLOAD_LEN {
            plain.zeroize();
            return None;
        }
        let mut payload = SlotPayload {
            master_key: [0; 32],
            db_index: plain[32],
            flags: plain[33],
        };
        payload.master_key.copy_from_slice(&plain[..32]);
        plain.zeroize();
        Some(payload)
    }

    /// Seals `payload` into slot `index` under `kek` with a fresh nonce.
    pub fn seal(&mut self, index: usize, kek: &[u8; 32], payload: &SlotPayload) -> Result<()> {
        if index >= SLOT_COUNT {
            return Err(Error::Crypto("slot index"));
        }
        let cipher = XChaCha20Poly1305::new(kek.into());
        let mut nonce = [0u8; NONCE_LEN];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let mut plain = [0u8; PAYLOAD_LEN];
        plain[..32].copy_from_slice(&payload.master_key);
        plain[32] = payload.db_index;
        plain[33] = payload.flags;
        let aad = self.aad(index);
        let sealed = cipher
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: &plain,
                    aad: &aad,
                },
            )
            .map_err(|_| Error::Crypto("seal key slot"));
        plain.zeroize();
        let sealed = sealed?;
        let slot = &mut self.slots[index];
        slot[..NONCE_LEN].copy_from_slice(&nonce);
        slot[NONCE_LEN..].copy_from_slice(&sealed);
        Ok(())
    }

    /// Overwrites slot `index` with random bytes: the key it held is gone for good.
    pub fn shred(&mut self, index: usize) {
        if let Some(slot) = self.slots.get_mut(index) {
            rand::rngs::OsRng.fill_bytes(slot);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const P: KdfParams = KdfParams {
        memory_kib: 64,
        iterations: 1,
        lanes: 1,
    };

    #[test]
    fn sealed_slot_opens_only_with_its_kek_and_survives_a_round_trip() {
        let mut ks = KeySlots::new(P, 10);
        let payload = SlotPayload::random(1, FLAG_SHRED_REAL_ON_OPEN);
        ks.seal(DECOY_SLOT, &[9; 32], &payload).unwrap();
        let back = KeySlots::parse(&ks.to_bytes()).unwrap();
        assert_eq!(back, ks);
        let opened = back.open(DECOY_SLOT, &[9; 32]).unwrap();
        assert_eq!(opened.master_key, payload.master_key);
        assert_eq!(
            (opened.db_index, opened.flags),
            (1, FLAG_SHRED_REAL_ON_OPEN)
        );
        assert!(back.open(DECOY_SLOT, &[8; 32]).is_none());
        assert!(
            back.open(REAL_SLOT, &[9; 32]).is_none(),
            "a slot is bound to its index"
        );
    }

    #[test]
    fn shredded_slot_never_opens_again() {
        let mut ks = KeySlots::new(P, 10);
        ks.seal(REAL_SLOT, &[1; 32], &SlotPayload::random(0, 0))
            .unwrap();
        ks.shred(REAL_SLOT);
        assert!(ks.open(REAL_SLOT, &[1; 32]).is_none());
    }

    #[test]
    fn edited_header_breaks_every_slot() {
        let mut ks = KeySlots::new(P, 10);
        ks.seal(REAL_SLOT, &[1; 32], &SlotPayload::random(0, 0))
            .unwrap();
        let mut bytes = ks.to_bytes();
        bytes[33] = 200; // raise max_failed_attempts
        let edited = KeySlots::parse(&bytes).unwrap();
        assert!(edited.open(REAL_SLOT, &[1; 32]).is_none());
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let _ = KeySlots::parse(&bytes);
        }

        #[test]
        fn mutated_files_parse_or_fail_cleanly(at in 0usize..FILE_LEN, byte in any::<u8>()) {
            let mut bytes = KeySlots::new(P, 5).to_bytes();
            bytes[at] = byte;
            if let Ok(ks) = KeySlots::parse(&bytes) {
                prop_assert_eq!(ks.to_bytes(), bytes);
            }
        }

        #[test]
        fn header_round_trips(mem in 8u32..4096, it in 1u32..8, max in any::<u32>()) {
            let ks = KeySlots::new(KdfParams { memory_kib: mem, iterations: it, lanes: 1 }, max);
            prop_assert_eq!(KeySlots::parse(&ks.to_bytes()).unwrap(), ks);
        }
    }
}
