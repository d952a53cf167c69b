//! Synthetic data for tests, the demo and benchmarks.
