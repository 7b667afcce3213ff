// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: cargo xtask codegen
//! Client configuration: secrets, authentication schemes, per-API facts and the builder.

use std::fmt;
use std::marker::PhantomData;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use crate::runtime::client::{Credentials, Runtime, RuntimeParts};
use crate::runtime::error::Error;

/// Default overall timeout of one attempt, the same as the official Python SDK.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(120);
/// Default time allowed to establish a connection, the same as the official Python SDK.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// Default number of retries after the first attempt, so three attempts in total.
pub const DEFAULT_MAX_RETRIES: u32 = 2;

/// Default cap on the size of a response body (success or error): 100 MiB.
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 100 * 1024 * 1024;
/// Default number of redirects followed within one attempt.
pub const DEFAULT_MAX_REDIRECTS: u32 = 10;

/// What a call does when the server redirects it to another origin (scheme, host or
/// port). Redirects within the API's origin are followed with the request unchanged
/// (`303`, and `301`/`302` after a POST, become a GET without a body, as browsers do).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum CrossOriginRedirects {
    /// Stop and fail with [`Error::Redirect`], which carries the status and `Location`.
    /// Nothing is sent to the other origin. The default.
    #[default]
    Refuse,
    /// Follow, sending none of the credentials, none of the default or per-call
    /// headers, no header or cookie parameters and no body: only the method (`GET`
    /// after `301`/`302`/`303`), the URL the server named, `User-Agent` and `Accept`.
    /// A `307`/`308` that would need the body again fails with [`Error::Redirect`].
    FollowWithoutCredentials,
}

/// A secret string such as an API key or a password.
///
/// `Debug` and `Display` print `***`, so a secret can sit inside structures that are
/// logged or printed without leaking. Use [`Secret::expose`] to read the value.
#[derive(Clone)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(s: impl Into<String>) -> Self {
        Secret(s.into())
    }

    /// Returns the secret value; callers must take care not to log it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// How an operation authenticates, as declared by the API description.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuthScheme {
    /// API key in a header; the header value is `prefix` followed by the key
    /// (Gcore: name `Authorization`, prefix `APIKey `).
    ApiKeyHeader {
        /// Header name.
        name: &'static str,
        /// Text put before the key in the header value.
        prefix: &'static str,
    },
    /// API key in a query parameter.
    ApiKeyQuery {
        /// Query parameter name.
        name: &'static str,
    },
    /// API key in a cookie.
    ApiKeyCookie {
        /// Cookie name.
        name: &'static str,
    },
    /// `Authorization: Bearer <token>` (http bearer and oauth2/openIdConnect access tokens).
    ///
    /// The token set with [`ClientBuilder::bearer_token`] is used, or else the API key.
    Bearer,
    /// `Authorization: Basic base64(user:password)`.
    Basic,
}

/// Facts about one API that the generator knows at generation time.
#[derive(Clone, Copy, Debug)]
pub struct ApiInfo {
    /// Base URL used when none is configured, e.g. `https://api.gcore.com`.
    pub default_base_url: &'static str,
    /// Environment variable holding the API key, read by [`ClientBuilder::from_env`].
    pub env_api_key: Option<&'static str>,
    /// Environment variable overriding the base URL, read by [`ClientBuilder::from_env`].
    pub env_base_url: Option<&'static str>,
    /// Environment variable with extra default headers, one `Name: value` per line,
    /// read by [`ClientBuilder::from_env`] (like the official SDKs' `*_CUSTOM_HEADERS`).
    pub env_custom_headers: Option<&'static str>,
    /// `User-Agent` sent with every request, e.g. `gcore-billing/0.1.0`.
    pub user_agent: &'static str,
}

/// Builder for a generated client type `C`.
///
/// Generated crates implement `From<Runtime>` for their client type, so `build` can
/// return the client directly. Nothing is validated until [`ClientBuilder::build`], which
/// reports every problem as [`Error::Config`] instead of panicking.
pub struct ClientBuilder<C> {
    info: ApiInfo,
    api_key: Option<Secret>,
    bearer_token: Option<Secret>,
    basic: Option<(String, Secret)>,
    base_url: Option<String>,
    timeout: Duration,
    connect_timeout: Duration,
    max_retries: u32,
    default_headers: Vec<(String, String)>,
    http_client: Option<reqwest::Client>,
    #[cfg(feature = "middleware")]
    middleware: Option<reqwest_middleware::ClientWithMiddleware>,
    max_response_bytes: u64,
    max_redirects: u32,
    cross_origin_redirects: CrossOriginRedirects,
    // A function pointer keeps the builder `Send + Sync` whatever `C` is.
    client_type: PhantomData<fn() -> C>,
}

impl<C> fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Header values may carry credentials too, so only their names are shown.
        let header_names: Vec<&str> = self
            .default_headers
            .iter()
            .map(|(n, _)| n.as_str())
            .collect();
        f.debug_struct("ClientBuilder")
            .field("info", &self.info)
            .field("api_key", &self.api_key)
            .field("bearer_token", &self.bearer_token)
            .field("basic_user", &self.basic.as_ref().map(|(user, _)| user))
            .field("base_url", &self.base_url)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("max_retries", &self.max_retries)
            .field("default_headers", &header_names)
            .field("custom_http_client", &self.http_client.is_some())
            .field("max_response_bytes", &self.max_response_bytes)
            .field("max_redirects", &self.max_redirects)
            .field("cross_origin_redirects", &self.cross_origin_redirects)
            .finish()
    }
}

impl<C: From<Runtime>> ClientBuilder<C> {
    /// Starts a builder with the SDK defaults: 120 s timeout, 5 s connect timeout,
    /// 2 retries and the API's default base URL.
    pub fn new(info: ApiInfo) -> Self {
        ClientBuilder {
            info,
            api_key: None,
            bearer_token: None,
            basic: None,
            base_url: None,
            timeout: DEFAULT_TIMEOUT,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            max_retries: DEFAULT_MAX_RETRIES,
            default_headers: Vec::new(),
            http_client: None,
            #[cfg(feature = "middleware")]
            middleware: None,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            max_redirects: DEFAULT_MAX_REDIRECTS,
            cross_origin_redirects: CrossOriginRedirects::Refuse,
            client_type: PhantomData,
        }
    }

    /// Sets the API key used by the API-key schemes (header, query or cookie).
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(Secret::new(key));
        self
    }

    /// Sets the token sent as `Authorization: Bearer <token>`.
    pub fn bearer_token(mut self, token: impl Into<String>) -> Self {
        self.bearer_token = Some(Secret::new(token));
        self
    }

    /// Sets the user name and password sent with HTTP basic authentication.
    pub fn basic_auth(mut self, user: impl Into<String>, password: impl Into<String>) -> Self {
        self.basic = Some((user.into(), Secret::new(password)));
        self
    }

    /// Overrides the base URL; a trailing slash is tolerated.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Sets the overall timeout of one attempt, including reading the whole body.
    pub fn timeout(mut self, d: Duration) -> Self {
        self.timeout = d;
        self
    }

    /// Sets the connect timeout; ignored when a custom HTTP client is supplied.
    pub fn connect_timeout(mut self, d: Duration) -> Self {
        self.connect_timeout = d;
        self
    }

    /// Sets how many times a failed attempt may be retried.
    pub fn max_retries(mut self, n: u32) -> Self {
        self.max_retries = n;
        self
    }

    /// Adds a header sent with every request; a later value for the same name wins.
    pub fn default_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.default_headers.push((name.into(), value.into()));
        self
    }

    /// Uses the given HTTP client (proxies, TLS roots, pools are then its business).
    ///
    /// Build it with `redirect(reqwest::redirect::Policy::none())`: the runtime follows
    /// redirects itself so that credentials never leave the API's origin, and a client
    /// that follows redirects on its own takes that decision away. A response that a
    /// supplied client fetched from another origin is refused with [`Error::Redirect`],
    /// but by then the request has been sent there.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    /// Sends every request through a `reqwest-middleware` stack (cargo feature
    /// `middleware`), so caching, auth refresh, metrics or tracing from that ecosystem
    /// can be added. Retries, redirects, timeouts and size limits of this client still
    /// apply around it; build the stack's inner `reqwest::Client` with
    /// `redirect(reqwest::redirect::Policy::none())` (see [`ClientBuilder::http_client`]).
    #[cfg(feature = "middleware")]
    pub fn middleware(mut self, stack: reqwest_middleware::ClientWithMiddleware) -> Self {
        self.middleware = Some(stack);
        self
    }

    /// Caps the size of every response body, success or error (default 100 MiB). A
    /// larger `Content-Length` fails at once, and a body without one fails as soon as
    /// it passes the cap, with [`Error::ResponseTooLarge`]; `u64::MAX` lifts the cap.
    /// Calls can override it with `Call::max_response_bytes`.
    pub fn max_response_bytes(mut self, limit: u64) -> Self {
        self.max_response_bytes = limit;
        self
    }

    /// Sets how many redirects one attempt may follow (default 10; 0 follows none, so
    /// any redirect fails with [`Error::Redirect`]).
    pub fn max_redirects(mut self, n: u32) -> Self {
        self.max_redirects = n;
        self
    }

    /// Chooses what happens when the server redirects to another origin (default:
    /// [`CrossOriginRedirects::Refuse`]).
    pub fn cross_origin_redirects(mut self, policy: CrossOriginRedirects) -> Self {
        self.cross_origin_redirects = policy;
        self
    }

    /// Reads the API key, the base URL and extra default headers from the API's
    /// environment variables.
    ///
    /// A key already set with [`ClientBuilder::api_key`] is kept; otherwise a missing or
    /// empty key variable is an [`Error::Config`] naming the variable. The base URL
    /// variable is optional and does not override an explicit [`ClientBuilder::base_url`].
    pub fn from_env(mut self) -> Result<Self, Error> {
        if let Some(var) = self.info.env_api_key {
            if self.api_key.is_none() {
                match std::env::var(var) {
                    // Surrounding whitespace (a newline from `$(cat key.txt)`) is never
                    // part of a key, so it is dropped rather than rejected.
                    Ok(value) if !value.trim().is_empty() => {
                        self.api_key = Some(Secret::new(value.trim()))
                    }
                    Ok(_) => {
                        return Err(Error::Config(format!(
                            "environment variable {var} is empty"
                        )))
                    }
                    Err(std::env::VarError::NotPresent) => {
                        return Err(Error::Config(format!(
                            "environment variable {var} is not set; set it to your API key \
                             or pass the key to the builder"
                        )))
                    }
                    Err(std::env::VarError::NotUnicode(_)) => {
                        return Err(Error::Config(format!(
                            "environment variable {var} is not valid UTF-8"
                        )))
                    }
                }
            }
        }
        if let Some(var) = self.info.env_custom_headers {
            if let Ok(text) = std::env::var(var) {
                for (index, line) in text.lines().enumerate() {
                    if line.trim().is_empty() {
                        continue;
                    }
                    // The value is never echoed: custom headers often carry tokens.
                    let Some((name, value)) = line.split_once(':') else {
                        return Err(Error::Config(format!(
                            "line {} of environment variable {var} is not `Name: value`",
                            index + 1
                        )));
                    };
                    // Headers set in code win over the environment.
                    let name = name.trim();
                    if !self
                        .default_headers
                        .iter()
                        .any(|(set, _)| set.eq_ignore_ascii_case(name))
                    {
                        self.default_headers
                            .push((name.to_owned(), value.trim().to_owned()));
                    }
                }
            }
        }
        if let Some(var) = self.info.env_base_url {
            if self.base_url.is_none() {
                if let Ok(value) = std::env::var(var) {
                    if !value.trim().is_empty() {
                        self.base_url = Some(value.trim().to_owned());
                    }
                }
            }
        }
        Ok(self)
    }

    /// Validates the configuration and builds the client.
    ///
    /// Fails with [`Error::Config`] on a bad base URL, invalid default headers, or
    /// credentials that cannot be sent in a header; messages never echo a credential.
    pub fn build(self) -> Result<C, Error> {
        let base_url = validate_base_url(
            self.base_url
                .as_deref()
                .unwrap_or(self.info.default_base_url),
        )?;
        let default_headers = validate_headers(&self.default_headers)?;
        validate_secret(self.api_key.as_ref(), "API key")?;
        validate_secret(self.bearer_token.as_ref(), "bearer token")?;
        if let Some((user, _)) = &self.basic {
            if user.contains(':') {
                return Err(Error::Config(
                    "basic auth user name must not contain ':'".to_owned(),
                ));
            }
        }
        let http = match self.http_client {
            Some(client) => client,
            // Redirects are followed by the runtime (see `Call`), never by reqwest, and no
            // `Referer` is ever sent, since the URL may carry an API key in its query.
            None => reqwest::Client::builder()
                .connect_timeout(self.connect_timeout)
                .timeout(self.timeout)
                .redirect(reqwest::redirect::Policy::none())
                .referer(false)
                .build()
                .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))?,
        };
        let parts = RuntimeParts {
            http,
            #[cfg(feature = "middleware")]
            middleware: self.middleware,
            base_url,
            info: self.info,
            credentials: Credentials {
                api_key: self.api_key,
                bearer_token: self.bearer_token,
                basic: self.basic,
            },
            default_headers,
            timeout: self.timeout,
            max_retries: self.max_retries,
            max_response_bytes: self.max_response_bytes,
            max_redirects: self.max_redirects,
            cross_origin_redirects: self.cross_origin_redirects,
        };
        Ok(C::from(Runtime::from_parts(parts)))
    }
}

/// Settings to change on a copy of a client, for [`Runtime::with_options`]: everything
/// left unset keeps the original's value. The copy shares the connection pool.
#[derive(Default)]
pub struct ClientOptions {
    pub(crate) base_url: Option<String>,
    pub(crate) api_key: Option<Secret>,
    pub(crate) bearer_token: Option<Secret>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) max_retries: Option<u32>,
    pub(crate) max_response_bytes: Option<u64>,
    pub(crate) max_redirects: Option<u32>,
    pub(crate) cross_origin_redirects: Option<CrossOriginRedirects>,
    pub(crate) add_headers: Vec<(String, String)>,
    pub(crate) remove_headers: Vec<String>,
}

impl fmt::Debug for ClientOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Header values may be credentials, so only their names are shown.
        let added: Vec<&str> = self.add_headers.iter().map(|(n, _)| n.as_str()).collect();
        f.debug_struct("ClientOptions")
            .field("base_url", &self.base_url)
            .field("api_key", &self.api_key)
            .field("bearer_token", &self.bearer_token)
            .field("timeout", &self.timeout)
            .field("max_retries", &self.max_retries)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("max_redirects", &self.max_redirects)
            .field("cross_origin_redirects", &self.cross_origin_redirects)
            .field("add_headers", &added)
            .field("remove_headers", &self.remove_headers)
            .finish()
    }
}

impl ClientOptions {
    /// Sends requests to another base URL.
    pub fn base_url(&mut self, url: impl Into<String>) -> &mut Self {
        self.base_url = Some(url.into());
        self
    }

    /// Uses another API key (e.g. after a rotation).
    pub fn api_key(&mut self, key: impl Into<String>) -> &mut Self {
        self.api_key = Some(Secret::new(key));
        self
    }

    /// Uses another bearer token (e.g. a refreshed one).
    pub fn bearer_token(&mut self, token: impl Into<String>) -> &mut Self {
        self.bearer_token = Some(Secret::new(token));
        self
    }

    /// Sets the timeout of one attempt.
    pub fn timeout(&mut self, d: Duration) -> &mut Self {
        self.timeout = Some(d);
        self
    }

    /// Sets the retry budget.
    pub fn max_retries(&mut self, n: u32) -> &mut Self {
        self.max_retries = Some(n);
        self
    }

    /// Sets the cap on response body sizes.
    pub fn max_response_bytes(&mut self, limit: u64) -> &mut Self {
        self.max_response_bytes = Some(limit);
        self
    }

    /// Sets the redirect limit.
    pub fn max_redirects(&mut self, n: u32) -> &mut Self {
        self.max_redirects = Some(n);
        self
    }

    /// Sets the cross-origin redirect policy.
    pub fn cross_origin_redirects(&mut self, policy: CrossOriginRedirects) -> &mut Self {
        self.cross_origin_redirects = Some(policy);
        self
    }

    /// Adds (or replaces) a default header.
    pub fn default_header(
        &mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> &mut Self {
        self.add_headers.push((name.into(), value.into()));
        self
    }

    /// Stops sending a default header.
    pub fn remove_default_header(&mut self, name: impl Into<String>) -> &mut Self {
        self.remove_headers.push(name.into());
        self
    }

    /// Applies the options to a copy of `parts`, validating like the builder does.
    pub(crate) fn apply(self, parts: &RuntimeParts) -> Result<RuntimeParts, Error> {
        let mut parts = parts.clone();
        if let Some(url) = self.base_url {
            parts.base_url = validate_base_url(&url)?;
        }
        if let Some(key) = self.api_key {
            validate_secret(Some(&key), "API key")?;
            parts.credentials.api_key = Some(key);
        }
        if let Some(token) = self.bearer_token {
            validate_secret(Some(&token), "bearer token")?;
            parts.credentials.bearer_token = Some(token);
        }
        parts.timeout = self.timeout.unwrap_or(parts.timeout);
        parts.max_retries = self.max_retries.unwrap_or(parts.max_retries);
        parts.max_response_bytes = self.max_response_bytes.unwrap_or(parts.max_response_bytes);
        parts.max_redirects = self.max_redirects.unwrap_or(parts.max_redirects);
        parts.cross_origin_redirects = self
            .cross_origin_redirects
            .unwrap_or(parts.cross_origin_redirects);
        for name in &self.remove_headers {
            parts.default_headers.remove(name.as_str());
        }
        for (name, value) in validate_headers(&self.add_headers)? {
            if let Some(name) = name {
                parts.default_headers.insert(name, value);
            }
        }
        Ok(parts)
    }
}

/// Checks that a base URL is an absolute http(s) URL without query or fragment and
/// returns it without trailing slashes, ready for paths starting with `/` to be appended.
fn validate_base_url(raw: &str) -> Result<String, Error> {
    let trimmed = raw.trim().trim_end_matches('/');
    let url = reqwest::Url::parse(trimmed)
        .map_err(|e| Error::Config(format!("invalid base URL {trimmed:?}: {e}")))?;
    if url.scheme() != "http" && url.scheme() != "https" {
        return Err(Error::Config(format!(
            "base URL {trimmed:?} must use http or https"
        )));
    }
    if url.host_str().is_none() {
        return Err(Error::Config(format!("base URL {trimmed:?} has no host")));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Error::Config(format!(
            "base URL {trimmed:?} must not have a query or fragment"
        )));
    }
    if !url.username().is_empty() || url.password().is_some() {
        // Credentials in the URL would leak into logs and errors, so they are refused.
        return Err(Error::Config(
            "base URL must not contain credentials".to_owned(),
        ));
    }
    Ok(trimmed.to_owned())
}

/// Parses the configured default headers; values are never echoed since they may be secret.
fn validate_headers(headers: &[(String, String)]) -> Result<HeaderMap, Error> {
    let mut map = HeaderMap::new();
    for (name, value) in headers {
        let header_name = HeaderName::from_bytes(name.as_bytes())
            .map_err(|_| Error::Config(format!("invalid default header name {name:?}")))?;
        let header_value = HeaderValue::from_str(value)
            .map_err(|_| Error::Config(format!("invalid value for default header {name:?}")))?;
        map.insert(header_name, header_value);
    }
    Ok(map)
}

/// Rejects a credential that could not be sent as a header value, without echoing it.
fn validate_secret(secret: Option<&Secret>, what: &str) -> Result<(), Error> {
    let Some(secret) = secret else { return Ok(()) };
    if secret.expose().trim().is_empty() {
        return Err(Error::Config(format!("the {what} is empty")));
    }
    // Header values may carry raw non-ASCII bytes, but a key with them is almost surely a
    // copy-paste accident (a non-breaking space, a typographic quote), so only printable
    // ASCII is accepted.
    let printable = secret.expose().bytes().all(|b| (0x20..0x7f).contains(&b));
    if !printable || HeaderValue::from_str(secret.expose()).is_err() {
        return Err(Error::Config(format!(
            "the {what} contains characters that cannot be sent in an HTTP header \
             (a newline, control character or non-ASCII byte)"
        )));
    }
    Ok(())
}
