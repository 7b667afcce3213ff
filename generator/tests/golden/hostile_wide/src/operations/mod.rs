// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
//! API operations as methods on [`Client`](crate::Client), one file per tag.
#[cfg(feature = "wide")]
mod wide;
