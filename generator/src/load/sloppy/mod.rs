//! Fix-ups for sloppy but common real-world input.
//!
//! Each function handles one pattern seen in published descriptions, says which in
//! its comment, rewrites the value so that the 3.0 model accepts it with the meaning
//! the author evidently intended, and records a warning at the node's pointer. A fix
//! that finds nothing to do does nothing, so every function is safe on clean input.
//!
//! `load::normalise` is the one caller: it applies [`document`] to the root, and
//! [`operations`] and [`schema`] to each node its walk visits. [`coerce`] holds the
//! kind coercions all three share.

mod coerce;
pub(super) mod document;
pub(super) mod operations;
pub(super) mod schema;
