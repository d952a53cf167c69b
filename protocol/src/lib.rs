//! Wire formats
