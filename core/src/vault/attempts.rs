//! Counting wrong PINs, and the growing delay between tries.
//!
//! The counter is written *before* the key derivation runs, so killing the app in the middle of
//! a guess still costs the guesser an attempt. It lives in a plain file: someone who can write the
//! app's files can roll it back, which is why the hardware-held key, not this counter, is what
//! stops offline guessing (docs/threat-model.md).

use std::path::Path;

use super::files::{self, ATTEMPTS};
use crate::error::{Error, Result};

const MAGIC: &[u8; 4] = b"MTRA";
const FILE_LEN: usize = 4 + 4 + 8;

/// How long to wait after each wrong PIN: the first `free_attempts` cost nothing, then the wait
/// doubles from `base_delay_ms` up to `max_delay_ms`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DelayPolicy {
    pub free_attempts: u32,
    pub base_delay_ms: u64,
    pub max_delay_ms: u64,
}

impl Default for DelayPolicy {
    /// With the default of 10 attempts: 3 free, then 30 s, 1, 2, 4, 8, 15 min before the wipe.
    fn default() -> Self {
        DelayPolicy {
            free_attempts: 3,
            base_delay_ms: 30_000,
            max_delay_ms: 15 * 60_000,
        }
    }
}

impl DelayPolicy {
    /// The wait imposed after `failures` consecutive wrong PINs.
    pub fn delay_after(&self, failures: u32) -> u64 {
        if failures <= self.free_attempts {
            return 0;
        }
        let doublings = (failures - self.free_attempts - 1).min(32);
        self.base_delay_ms
            .saturating_mul(1u64 << doublings)
            .min(self.max_delay_ms)
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Attempts {
    pub failures: u32,
    pub last_failure_ms: i64,
}

impl Attempts {
    pub fn load(dir: &Path) -> Result<Self> {
        let Some(bytes) = files::read_bounded(&dir.join(ATTEMPTS), FILE_LEN as u64)? else {
            return Ok(Attempts::default());
        };
        Self::parse(&bytes)
    }

    pub fn parse(bytes: &[u8]) -> Result<Self> {
        if bytes.len() != FILE_LEN || &bytes[..4] != MAGIC {
            return Err(Error::Corrupt {
                file: "attempts",
                reason: "malformed",
            });
        }
        let mut f = [0u8; 4];
        f.copy_from_slice(&bytes[4..8]);
        let mut t = [0u8; 8];
        t.copy_from_slice(&bytes[8..16]);
        Ok(Attempts {
            failures: u32::from_le_bytes(f),
            last_failure_ms: i64::from_le_bytes(t),
        })
    }

    pub fn to_bytes(self) -> [u8; FILE_LEN] {
        let mut out = [0u8; FILE_LEN];
        out[..4].copy_from_slice(MAGIC);
        out[4..8].copy_from_slice(&self.failures.to_le_bytes());
        out[8..16].copy_from_slice(&self.last_failure_ms.to_le_bytes());
        out
    }

    pub fn store(self, dir: &Path) -> Result<()> {
        files::write_atomic(dir, ATTEMPTS, &self.to_bytes())?;
        Ok(())
    }

    /// Milliseconds to wait before the next try may run, at wall-clock time `now_ms`.
    pub fn retry_after_ms(&self, policy: &DelayPolicy, now_ms: i64) -> u64 {
        let wait = policy.delay_after(self.failures);
        let allowed_at = self.last_failure_ms.saturating_add(wait as i64);
        u64::try_from(allowed_at.saturating_sub(now_ms))
            .unwrap_or(0)
            .min(wait)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn default_policy_grows_and_is_capped() {
        let p = DelayPolicy::default();
        let waits: Vec<u64> = (0..=10).map(|n| p.delay_after(n)).collect();
        assert_eq!(
            waits,
            vec![
                0, 0, 0, 0, 30_000, 60_000, 120_000, 240_000, 480_000, 900_000, 900_000
            ]
        );
        assert_eq!(p.delay_after(u32::MAX), 900_000);
    }

    #[test]
    fn wait_counts_down_from_the_last_failure_and_never_exceeds_the_delay() {
        let p = DelayPolicy::default();
        let a = Attempts {
            failures: 4,
            last_failure_ms: 1_000_000,
        };
        assert_eq!(a.retry_after_ms(&p, 1_000_000), 30_000);
        assert_eq!(a.retry_after_ms(&p, 1_020_000), 10_000);
        assert_eq!(a.retry_after_ms(&p, 1_040_000), 0);
        // A clock set back does not lock a person out for longer than the policy says.
        assert_eq!(a.retry_after_ms(&p, 0), 30_000);
    }

    proptest! {
        #[test]
        fn round_trip(failures in any::<u32>(), t in any::<i64>()) {
            let a = Attempts { failures, last_failure_ms: t };
            prop_assert_eq!(Attempts::parse(&a.to_bytes()).unwrap(), a);
        }

        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            let _ = Attempts::parse(&bytes);
        }
    }
}
