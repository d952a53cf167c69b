//! mitra-protocol: the wire formats the phone and the hotline share (envelopes, batch receipts,
//! directory bundles, hotline cards, SMS and QR framing), documented in docs/protocol.md.
//!
//! Pure: no I/O, no SQLite, no HTTP, no clock. Every parser here takes untrusted bytes, bounds
//! their size, returns a typed error and never panics; each has a property test and a fuzz target.
//! The formats arrive with issue 3; this crate holds the place in the layering now so that
//! mitra-core and mitra-hotline both build on it from the start.
