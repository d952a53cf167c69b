//! Synthetic data for tests, the demo and benchmarks: a recruiter directory that looks like the
//! real registers of nine countries that send migrant workers, the CSV the hotline imports,
//! queries for measuring search recall, queries that must find nothing, and fake-offer alerts.
//!
//! Everything is deterministic for a seed and never reads the clock, the network or a file.
//! Nothing here is shipped to phones, and no record describes a real agency or person.

mod alerts;
mod countries;
mod csv;
mod dates;
mod directory;
mod junk;
mod lexicon;
mod names;
mod phones;
mod queries;

pub use alerts::alerts;
pub use csv::to_csv;
pub use directory::directory;
pub use junk::junk_queries;
pub use queries::{KINDS, RecallQuery, recall_queries};
