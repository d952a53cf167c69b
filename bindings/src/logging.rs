//! Logging set-up, once per process.

use std::sync::Once;

use tracing_subscriber::EnvFilter;

static INIT: Once = Once::new();

/// Sets up logging for Mitra's own modules. Safe to call any number of times; only the first call
/// counts. `filter` uses tracing's syntax (`"mitra_core=debug"`); empty means Mitra's default,
/// which never logs report content, PINs or keys at any level.
#[uniffi::export]
pub fn init(filter: String) {
    INIT.call_once(|| {
        let filter = if filter.trim().is_empty() {
            "mitra_core=info,mitra_ffi=info".to_owned()
        } else {
            filter
        };
        let _ = tracing_subscriber::fmt()
            .with_env_filter(EnvFilter::new(filter))
            .with_writer(std::io::stderr)
            .with_target(true)
            .try_init();
    });
}
