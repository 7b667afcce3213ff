// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: cargo xtask codegen
#![cfg_attr(rustfmt, rustfmt_skip)]
//! API operations as methods on [`Client`](crate::Client), one file per tag.
#[cfg(feature = "cost_reports")]
mod cost_reports;
#[cfg(feature = "reservations")]
mod reservations;
