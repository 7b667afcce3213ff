// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
//! The client type and what the generator knows about the API.
/// Facts about this API: default base URL, environment variables, User-Agent.
pub const API_INFO: crate::runtime::ApiInfo = crate::runtime::ApiInfo {
    default_base_url: "https://eu.example.com/v1",
    env_api_key: Some("GOLDEN_SECURITY_API_KEY"),
    env_base_url: Some("GOLDEN_SECURITY_BASE_URL"),
    env_custom_headers: Some("GOLDEN_SECURITY_CUSTOM_HEADERS"),
    user_agent: concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")),
};
#[cfg(feature = "_types_d8ab66a34f06")]
pub(crate) const AUTH_API_KEY: crate::runtime::AuthScheme = crate::runtime::AuthScheme::ApiKeyHeader {
    name: "X-API-Key",
    prefix: "",
};
#[cfg(feature = "c")]
pub(crate) const AUTH_QUERY_KEY: crate::runtime::AuthScheme = crate::runtime::AuthScheme::ApiKeyQuery {
    name: "key",
};
#[cfg(feature = "_types_f6e21a190dbd")]
pub(crate) const AUTH_COOKIE_KEY: crate::runtime::AuthScheme = crate::runtime::AuthScheme::ApiKeyCookie {
    name: "sid",
};
#[cfg(feature = "_types_d8ab66a34f06")]
pub(crate) const AUTH_BEARER: crate::runtime::AuthScheme = crate::runtime::AuthScheme::Bearer;
#[cfg(feature = "b")]
pub(crate) const AUTH_BASIC: crate::runtime::AuthScheme = crate::runtime::AuthScheme::Basic;
#[cfg(feature = "c")]
pub(crate) const AUTH_OAUTH: crate::runtime::AuthScheme = crate::runtime::AuthScheme::Bearer;
#[cfg(feature = "_types_dd887d18ff8f")]
/// The `Authorization` header that operations declare as a parameter. OpenAPI ignores such parameters, so the client sends this header as a credential: set it with `api_key`, with any scheme word it needs (`Bearer ...`).
pub(crate) const AUTH_AUTHORIZATION_HEADER: crate::runtime::AuthScheme = crate::runtime::AuthScheme::ApiKeyHeader {
    name: "Authorization",
    prefix: "",
};
/// Client for Security. Cheap to clone: clones share one connection pool.
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
    /// Builds a client from the environment: the API key from `GOLDEN_SECURITY_API_KEY` (required) and the base URL from `GOLDEN_SECURITY_BASE_URL` (default `https://eu.example.com/v1`).
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
