//! The in-memory search index over the directory the vault holds.

use std::sync::{Arc, Mutex};

use mitra_protocol::directory::{Entry, ReviewStats};

use super::directory;
use super::search::{Index, Matched};
use crate::error::Result;
use crate::vault::Vault;

/// One search result, with what workers said about the agency.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub entry: Entry,
    pub score: f32,
    pub matched: Matched,
    pub stats: Option<ReviewStats>,
}

/// The in-memory search index, rebuilt when the directory changes. Dropped on lock.
#[derive(Default)]
pub struct SearchCache {
    inner: Mutex<Option<(i64, Arc<Index>)>>,
}

impl SearchCache {
    pub fn new() -> Self {
        SearchCache::default()
    }

    pub fn clear(&self) {
        *self.inner.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }

    /// The index for the directory the vault holds now.
    pub fn index(&self, vault: &Vault) -> Result<Arc<Index>> {
        let stamp = vault.read(|c| Ok(directory::info(c)?.map_or(0, |i| i.fetched_at_ms)))?;
        let mut guard = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((s, index)) = guard.as_ref() {
            if *s == stamp {
                return Ok(index.clone());
            }
        }
        let index = Arc::new(Index::new(vault.read(directory::entries)?));
        *guard = Some((stamp, index.clone()));
        Ok(index)
    }

    pub fn search(
        &self,
        vault: &Vault,
        query: &str,
        country: Option<&str>,
        limit: usize,
    ) -> Result<Vec<Found>> {
        let index = self.index(vault)?;
        let hits = index.search(query, country, limit);
        vault.read(|c| {
            hits.iter()
                .filter_map(|h| index.entries().get(h.index).map(|e| (h, e)))
                .map(|(h, e)| {
                    Ok(Found {
                        entry: e.clone(),
                        score: h.score,
                        matched: h.matched,
                        stats: directory::stats(c, &e.id())?,
                    })
                })
                .collect()
        })
    }

    pub fn show(&self, vault: &Vault, id: &str) -> Result<Option<Found>> {
        let index = self.index(vault)?;
        let Some(entry) = index.get(id).cloned() else {
            return Ok(None);
        };
        let stats = vault.read(|c| directory::stats(c, &entry.id()))?;
        Ok(Some(Found {
            entry,
            score: 1.0,
            matched: Matched::Licence,
            stats,
        }))
    }
}
