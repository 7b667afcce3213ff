// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: cargo xtask codegen
#![cfg_attr(rustfmt, rustfmt_skip)]
//! The client type and what the generator knows about the API.
/// Facts about this API: default base URL, environment variables, User-Agent.
pub const API_INFO: crate::runtime::ApiInfo = crate::runtime::ApiInfo {
    default_base_url: "https://api.gcore.com",
    env_api_key: Some("GCORE_API_KEY"),
    env_base_url: Some("GCORE_BASE_URL"),
    env_custom_headers: Some("GCORE_CUSTOM_HEADERS"),
    user_agent: concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")),
};
#[cfg(feature = "_types_5547043fb86c")]
/// The literal word `APIKey`, one space, then the API key exactly as issued (for example `APIKey 1234$abcdef`).
pub(crate) const AUTH_API_KEY: crate::runtime::AuthScheme = crate::runtime::AuthScheme::ApiKeyHeader {
    name: "Authorization",
    prefix: "APIKey ",
};
/// Client for Gcore Cloud billing API. Cheap to clone: clones share one connection pool.
#[derive(Debug, Clone)]
pub struct Client {
    pub(crate) runtime: crate::runtime::Runtime,
}
impl From<crate::runtime::Runtime> for Client {
    fn from(runtime: crate::runtime::Runtime) -> Self {
        Self { runtime }
    }
}
impl Client {
    /// Starts configuring a client: credentials, base URL, timeouts, retries, headers.
    pub fn builder() -> crate::runtime::ClientBuilder<Client> {
        crate::runtime::ClientBuilder::new(API_INFO)
    }
    /// Builds a client from the environment: the API key from `GCORE_API_KEY` (required) and the base URL from `GCORE_BASE_URL` (default `https://api.gcore.com`).
    pub fn from_env() -> ::core::result::Result<Self, crate::runtime::Error> {
        Self::builder().from_env()?.build()
    }
    /// The runtime that sends this client's requests.
    pub fn runtime(&self) -> &crate::runtime::Runtime {
        &self.runtime
    }
    /// A copy of this client with some settings changed (timeout, retries, base URL,
    /// credentials, default headers...), sharing the connection pool, so it is cheap:
    /// `client.with_options(|o| { o.max_retries(5); })?`. Fails like the builder
    /// when a new setting is invalid.
    pub fn with_options(
        &self,
        f: impl FnOnce(&mut crate::runtime::ClientOptions),
    ) -> ::core::result::Result<Self, crate::runtime::Error> {
        Ok(Self {
            runtime: self.runtime.with_options(f)?,
        })
    }
}
