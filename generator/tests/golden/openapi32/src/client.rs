// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
//! The client type and what the generator knows about the API.
/// Facts about this API: default base URL, environment variables, User-Agent.
pub const API_INFO: crate::runtime::ApiInfo = crate::runtime::ApiInfo {
    default_base_url: "https://api.example.com",
    env_api_key: Some("GOLDEN_OPENAPI32_API_KEY"),
    env_base_url: Some("GOLDEN_OPENAPI32_BASE_URL"),
    env_custom_headers: Some("GOLDEN_OPENAPI32_CUSTOM_HEADERS"),
    user_agent: concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")),
};
#[cfg(feature = "_types_acbe6c0c4e04")]
/// Tokens for devices without a browser.
///
/// OAuth2 device authorization flow: request a device code at <https://auth.example.com/device>, then the access token at <https://auth.example.com/token>. Scopes: pets:read.
///
/// Authorization server metadata: <https://auth.example.com/.well-known/oauth-authorization-server>.
pub(crate) const AUTH_DEVICE: crate::runtime::AuthScheme = crate::runtime::AuthScheme::Bearer;
/// Client for OpenAPI 3.2. Cheap to clone: clones share one connection pool.
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
    /// Builds a client from the environment: the API key from `GOLDEN_OPENAPI32_API_KEY` (required) and the base URL from `GOLDEN_OPENAPI32_BASE_URL` (default `https://api.example.com`).
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
