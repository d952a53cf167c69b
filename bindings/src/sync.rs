//! Delivery through the facade: pairing, syncing with a progress listener and a cancel handle,
//! connectivity changes from the shell, the daily data budget.

use std::sync::{Arc, Mutex};

use mitra_core::sync as core;

use crate::records::SyncProgress;

/// Receives progress while a sync runs. Called from the syncing thread, never while Mitra holds
/// a lock; keep it quick (post to the UI thread).
#[uniffi::export(foreign)]
pub trait SyncListener: Send + Sync {
    fn on_progress(&self, progress: SyncProgress);
}

pub(crate) struct ListenerAdapter(pub Arc<dyn SyncListener>);

impl core::SyncListener for ListenerAdapter {
    fn progress(&self, report: &core::SyncReport) {
        self.0.on_progress(report.into());
    }
}

/// Cancels a running sync at its next step (between batches, or during a wait).
#[derive(uniffi::Object, Default)]
pub struct SyncHandle(pub(crate) core::CancelHandle);

#[uniffi::export]
impl SyncHandle {
    #[uniffi::constructor]
    pub fn new() -> Arc<Self> {
        Arc::new(SyncHandle::default())
    }

    pub fn cancel(&self) {
        self.0.cancel();
    }

    pub fn is_cancelled(&self) -> bool {
        self.0.is_cancelled()
    }
}

/// State for background syncs started by connectivity changes.
#[derive(Default)]
pub(crate) struct Background {
    pub listener: Mutex<Option<Arc<dyn SyncListener>>>,
    pub running: Mutex<Option<Arc<SyncHandle>>>,
}
