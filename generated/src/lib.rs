// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: cargo xtask codegen
#![cfg_attr(rustfmt, rustfmt_skip)]
//! Client for Gcore Cloud billing API (API version 2026.05.15).
//!
//! The billing endpoints of Gcore Cloud: the cost reports (per resource, totals for a period and
//! totals for a month), the usage report and the reservation list. This description is
//! maintained by hand and follows Gcore's API description as published on 2026-05-15; the v1
//! reservation list, which that publication no longer has, is kept for existing users.
//!
//! Authenticate with the header `Authorization: APIKey <key>`.
//!
//! Start with [`Client::builder`] or [`Client::from_env`]; every API operation is a method on [`Client`] that returns a [`Call`] you `.await`. Request and response types are in [`models`].
#![forbid(unsafe_code)]
#![warn(missing_docs)]
#[doc(hidden)]
pub mod runtime;
pub mod models;
#[cfg(feature = "blocking")]
pub mod blocking;
mod client;
mod operations;
pub use client::{Client, API_INFO};
pub use runtime::{
    ApiError, ByteStream, Call, ClientBuilder, ClientOptions, CrossOriginRedirects,
    Error, ErrorBody, FilePart, RawResponse, Response, Secret, Timestamp, TimestampError,
};
#[cfg(feature = "blocking")]
pub use runtime::{BlockingCall, BlockingIter};
/// Exact decimal numbers, used for money amounts and other `format: decimal` values.
pub use ::rust_decimal::Decimal;
/// The trait of pagination streams and [`ByteStream`], for `.next().await` with
/// `futures_util::StreamExt`.
pub use ::futures_util::Stream;
