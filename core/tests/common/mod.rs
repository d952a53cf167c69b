#![allow(dead_code, clippy::unwrap_used)]
//! Shared by the core's integration tests: a cheap KDF so hundreds of unlocks stay fast. The
//! production parameters are exercised by the binding tests and the CLI tests.

use std::path::Path;
use std::sync::Arc;

use mitra_core::vault::{DelayPolicy, FileKeyWrapper, KdfParams, Vault, VaultConfig};

pub const FAST: VaultConfig = VaultConfig {
    kdf: KdfParams {
        memory_kib: 64,
        iterations: 1,
        lanes: 1,
    },
    delay: DelayPolicy {
        free_attempts: u32::MAX,
        base_delay_ms: 0,
        max_delay_ms: 0,
    },
};

/// The vault lives in `dir/vault`; the desktop platform key beside it in `dir/platform.key`,
/// as a phone keeps its hardware key outside the app's files.
pub fn open_vault(dir: &Path, config: VaultConfig) -> Vault {
    let wrapper = Arc::new(FileKeyWrapper::new(dir.join("platform.key")));
    Vault::open(dir.join("vault"), wrapper, config).unwrap()
}
