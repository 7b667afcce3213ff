// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
//! A synchronous client (cargo feature `blocking`) for programs without an
//! async runtime. It has the same methods as [`crate::Client`]; each returns
//! a [`BlockingCall`](crate::runtime::BlockingCall) with the same per-call
//! options, sent with `.send()`. Calls run on one background runtime shared
//! by the process; using this client inside an async runtime is refused
//! with an error.
#[cfg(feature = "broken")]
mod broken;
#[cfg(feature = "channels")]
mod channels;
#[cfg(feature = "charges")]
mod charges;
#[cfg(feature = "events")]
mod events;
#[cfg(feature = "files")]
mod files;
#[cfg(feature = "foo")]
mod foo;
#[cfg(feature = "foo_stream")]
mod foo_stream;
#[cfg(feature = "logs")]
mod logs;
#[cfg(feature = "numbered")]
mod numbered;
#[cfg(feature = "pages")]
mod pages;
#[cfg(feature = "repos")]
mod repos;
#[cfg(feature = "search")]
mod search;
#[cfg(feature = "things")]
mod things;
#[cfg(feature = "vaults")]
mod vaults;
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
