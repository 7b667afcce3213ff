// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: cargo xtask codegen
#![cfg_attr(rustfmt, rustfmt_skip)]
//! A synchronous client (cargo feature `blocking`) for programs without an
//! async runtime. It has the same methods as [`crate::Client`]; each returns
//! a [`BlockingCall`](crate::runtime::BlockingCall) with the same per-call
//! options, sent with `.send()`. Calls run on one background runtime shared
//! by the process; using this client inside an async runtime is refused
//! with an error.
#[cfg(feature = "cost_reports")]
mod cost_reports;
#[cfg(feature = "reservations")]
mod reservations;
/// The synchronous client. Cheap to clone: clones share one connection pool.
#[derive(Debug, Clone)]
pub struct Client {
    inner: crate::Client,
}
impl From<crate::runtime::Runtime> for Client {
    fn from(runtime: crate::runtime::Runtime) -> Self {
        Client {
            inner: crate::Client::from(runtime),
        }
    }
}
impl From<crate::Client> for Client {
    fn from(inner: crate::Client) -> Self {
        Client { inner }
    }
}
impl Client {
    /// A builder with the API's defaults; see [`crate::Client::builder`].
    pub fn builder() -> crate::runtime::ClientBuilder<Client> {
        crate::runtime::ClientBuilder::new(crate::API_INFO)
    }
    /// Builds a client from the environment; see [`crate::Client::from_env`].
    pub fn from_env() -> ::core::result::Result<Self, crate::runtime::Error> {
        Self::builder().from_env()?.build()
    }
    /// The async client this one forwards to.
    pub fn as_async(&self) -> &crate::Client {
        &self.inner
    }
}
