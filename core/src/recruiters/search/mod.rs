//! Offline recruiter search across scripts.
