// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
//! The client type and what the generator knows about the API.
/// Facts about this API: default base URL, environment variables, User-Agent.
pub const API_INFO: crate::runtime::ApiInfo = crate::runtime::ApiInfo {
    default_base_url: "https://petstore.example.com/v2",
    env_api_key: Some("GOLDEN_SWAGGER2_API_KEY"),
    env_base_url: Some("GOLDEN_SWAGGER2_BASE_URL"),
    env_custom_headers: Some("GOLDEN_SWAGGER2_CUSTOM_HEADERS"),
    user_agent: concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")),
};
#[cfg(feature = "pets")]
pub(crate) const AUTH_API_KEY: crate::runtime::AuthScheme = crate::runtime::AuthScheme::ApiKeyHeader {
    name: "api_key",
    prefix: "",
};
/// Client for Swagger Petstore. Cheap to clone: clones share one connection pool.
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
    /// Builds a client from the environment: the API key from `GOLDEN_SWAGGER2_API_KEY` (required) and the base URL from `GOLDEN_SWAGGER2_BASE_URL` (default `https://petstore.example.com/v2`).
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
