//! Job-offer red flags: transparent rules, no ML.
