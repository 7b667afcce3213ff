//! Hand-written runtime shared by every generated client.
//!
//! Generated operations describe a request with [`RequestSpec`], hand it to
//! [`Runtime::call`] together with a decoder from [`decode`], and return the resulting
//! [`Call`], which callers tune (timeout, retries, extra headers) and then `.await`.
//! Everything here is copied verbatim into generated crates, so sibling items are
//! always reached through `crate::runtime::...` paths.

#[cfg(feature = "blocking")]
pub mod blocking;
mod buffer;
pub mod call;
pub mod client;
pub mod config;
pub mod decode;
pub mod encode;
pub mod error;
pub mod pagination;
pub(crate) mod redirect;
pub mod retry;
pub mod sse;
pub mod stream;
pub mod support;
pub mod tagged;
pub mod types;
pub mod webhooks;

#[cfg(feature = "blocking")]
pub use blocking::{BlockingCall, BlockingIter};
pub use call::{ByteStream, Call};
pub use client::{RawResponse, Response, Runtime};
pub use config::{ApiInfo, AuthScheme, ClientBuilder, ClientOptions, CrossOriginRedirects, Secret};
pub use encode::{MultipartField, ParamStyle, RequestSpec};
pub use error::{ApiError, Error, ErrorBody};
pub use stream::{Event, EventStream, ItemStream, JsonStream};
pub use support::FilePart;
pub use types::{Timestamp, TimestampError};
