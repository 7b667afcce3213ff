//! The runtime that every generated client crate carries.
//!
//! The generator copies `src/runtime/` of this crate verbatim into each generated crate
//! as `src/runtime/`, so this crate exists to compile and test that code once, here.
//! Both crates expose it at `crate::runtime`, which is why the runtime refers to its
//! own items through `crate::runtime::...` paths.

pub mod runtime;
