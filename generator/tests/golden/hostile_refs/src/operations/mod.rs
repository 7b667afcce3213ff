// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
//! API operations as methods on [`Client`](crate::Client), one file per tag.
#[cfg(any(feature = "full", feature = "chains"))]
mod chains;
#[cfg(any(feature = "full", feature = "cycles"))]
mod cycles;
#[cfg(any(feature = "full", feature = "doubled"))]
mod doubled;
#[cfg(any(feature = "full", feature = "empty"))]
mod empty;
#[cfg(any(feature = "full", feature = "headers"))]
mod headers;
#[cfg(any(feature = "full", feature = "pair"))]
mod pair;
#[cfg(any(feature = "full", feature = "twice"))]
mod twice;
#[cfg(any(feature = "full", feature = "unbalanced"))]
mod unbalanced;
#[cfg(any(feature = "full", feature = "unicode"))]
mod unicode;
