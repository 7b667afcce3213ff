// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
//! Client for Webhooks (API version 1.0).
//!
//! Start with [`Client::builder`] or [`Client::from_env`]; every API operation is a method on [`Client`] that returns a [`Call`] you `.await`. Request and response types are in [`models`].
#![forbid(unsafe_code)]
#![warn(missing_docs)]
#[doc(hidden)]
pub mod runtime;
pub mod models;
#[cfg(feature = "webhooks")]
pub mod webhooks;
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
