//! The recruiter directory on the phone: signed bundles pulled from the hotline, offline
//! multi-script search, worker reviews and job-offer red-flag checks.

pub mod jobcheck;
pub mod search;
