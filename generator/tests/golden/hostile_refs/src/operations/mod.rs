// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
//! API operations as methods on [`Client`](crate::Client), one file per tag.
#[cfg(feature = "chains")]
mod chains;
#[cfg(feature = "cycles")]
mod cycles;
#[cfg(feature = "doubled")]
mod doubled;
#[cfg(feature = "empty")]
mod empty;
#[cfg(feature = "headers")]
mod headers;
#[cfg(feature = "pair")]
mod pair;
#[cfg(feature = "twice")]
mod twice;
#[cfg(feature = "unbalanced")]
mod unbalanced;
#[cfg(feature = "unicode")]
mod unicode;
