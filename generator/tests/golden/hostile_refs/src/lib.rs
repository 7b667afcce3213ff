// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
//! Client for Hostile Refs (API version 1.0).
//!
//! Start with [`Client::builder`] or [`Client::from_env`]; every API operation is a method on [`Client`] that returns a [`Call`] you `.await`. Request and response types are in [`models`].
#![forbid(unsafe_code)]
pub mod runtime;
pub mod models;
mod client;
mod operations;
pub use client::{Client, API_INFO};
pub use runtime::{Call, Error, RawResponse, Response};
