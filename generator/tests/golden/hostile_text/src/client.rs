// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
//! The client type and what the generator knows about the API.
/// Facts about this API: default base URL, environment variables, User-Agent.
pub const API_INFO: crate::runtime::ApiInfo = crate::runtime::ApiInfo {
    default_base_url: "https://hostile.example/v1/```\ncompile_error!(\"spec text ran as a doctest\");\n```\u{202e}",
    env_api_key: Some("GOLDEN_HOSTILE_TEXT_API_KEY"),
    env_base_url: Some("GOLDEN_HOSTILE_TEXT_BASE_URL"),
    env_custom_headers: Some("GOLDEN_HOSTILE_TEXT_CUSTOM_HEADERS"),
    user_agent: concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")),
};
#[cfg(feature = "things")]
/// - ```text
///   compile_error!("spec text ran as a doctest");
///   ```
pub(crate) const AUTH_TOKEN: crate::runtime::AuthScheme = crate::runtime::AuthScheme::Bearer;
/// Client for Hostile ```rust
/// compile_error!("spec text ran as a doctest");
/// ```text
/// ```
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
    /// Builds a client from the environment: the API key from `GOLDEN_HOSTILE_TEXT_API_KEY` (required) and the base URL from `GOLDEN_HOSTILE_TEXT_BASE_URL` (default `https://hostile.example/v1/'''\ncompile_error!("spec text ran as a doctest");\n'''{U+202E}`).
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
