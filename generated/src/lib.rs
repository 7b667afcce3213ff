// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: cargo xtask codegen
#![cfg_attr(rustfmt, rustfmt_skip)]
//! Client for Gcore Cloud billing API (API version 2025.10.0).
//!
//! Two billing endpoints of Gcore Cloud: the detailed pay-as-you-go cost report and the
//! deprecated v1 reservation list. This description is maintained by hand and follows the
//! 2025 shape of the API, as documented between late August and November 2025.
//!
//! Authenticate with the header `Authorization: APIKey <key>`.
//!
//!
//! Start with [`Client::builder`] or [`Client::from_env`]; every API operation is a method on [`Client`] that returns a [`Call`] you `.await`. Request and response types are in [`models`].
#![forbid(unsafe_code)]
pub mod runtime;
pub mod models;
mod client;
mod operations;
pub use client::{Client, API_INFO};
pub use runtime::{Call, Error, RawResponse, Response};
