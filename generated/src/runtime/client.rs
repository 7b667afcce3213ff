// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: cargo xtask codegen
//! The shared runtime handle and the translation of a [`RequestSpec`] into an HTTP request.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use reqwest::header::{self, HeaderMap, HeaderName, HeaderValue};
use reqwest::StatusCode;

use crate::runtime::call::{Call, CallExtras};
use crate::runtime::config::{ApiInfo, AuthScheme, ClientOptions, CrossOriginRedirects, Secret};
use crate::runtime::encode::{encode_component, BodySpec, MultipartField, RequestSpec};
use crate::runtime::error::Error;
use crate::runtime::redirect::{same_origin, Hop};

/// Header carrying the index of the attempt (0 for the first), like the official SDKs.
pub const RETRY_COUNT_HEADER: &str = "x-retry-count";

/// The credentials a client was built with.
#[derive(Clone, Debug)]
pub(crate) struct Credentials {
    pub(crate) api_key: Option<Secret>,
    pub(crate) bearer_token: Option<Secret>,
    pub(crate) basic: Option<(String, Secret)>,
}

/// Validated configuration, produced by the builder.
#[derive(Clone)]
pub(crate) struct RuntimeParts {
    pub(crate) http: reqwest::Client,
    /// A middleware stack that sends the requests instead of `http`, when configured
    /// (cargo feature `middleware`); `http` then only builds them.
    #[cfg(feature = "middleware")]
    pub(crate) middleware: Option<reqwest_middleware::ClientWithMiddleware>,
    /// Base URL without trailing slash.
    pub(crate) base_url: String,
    pub(crate) info: ApiInfo,
    pub(crate) credentials: Credentials,
    pub(crate) default_headers: HeaderMap,
    pub(crate) timeout: Duration,
    pub(crate) max_retries: u32,
    pub(crate) max_response_bytes: u64,
    pub(crate) max_redirects: u32,
    pub(crate) cross_origin_redirects: CrossOriginRedirects,
}

/// The configured connection to an API, shared (cheaply cloned) by generated clients.
#[derive(Clone)]
pub struct Runtime {
    parts: Arc<RuntimeParts>,
}

impl fmt::Debug for Runtime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Credentials are printed through `Secret`, and default header values are left
        // out because users may put tokens there.
        let p = &self.parts;
        let header_names: Vec<&str> = p.default_headers.keys().map(HeaderName::as_str).collect();
        f.debug_struct("Runtime")
            .field("base_url", &p.base_url)
            .field("user_agent", &p.info.user_agent)
            .field("api_key", &p.credentials.api_key)
            .field("bearer_token", &p.credentials.bearer_token)
            .field(
                "basic_user",
                &p.credentials.basic.as_ref().map(|(user, _)| user),
            )
            .field("default_headers", &header_names)
            .field("timeout", &p.timeout)
            .field("max_retries", &p.max_retries)
            .field("max_response_bytes", &p.max_response_bytes)
            .field("max_redirects", &p.max_redirects)
            .field("cross_origin_redirects", &p.cross_origin_redirects)
            .finish()
    }
}

/// Why a request got no response.
pub(crate) enum TransportError {
    /// The HTTP client failed (connect, TLS, timeout, a cut body...).
    Http(reqwest::Error),
    /// A middleware of the user's failed; its message.
    #[cfg_attr(not(feature = "middleware"), allow(dead_code))]
    Middleware(String),
}

/// How the chosen auth scheme is applied once headers are assembled.
enum BasicAuth<'a> {
    None,
    Apply(&'a str, &'a Secret),
}

impl Runtime {
    /// Wraps validated parts; only the builder creates runtimes.
    pub(crate) fn from_parts(parts: RuntimeParts) -> Self {
        Runtime {
            parts: Arc::new(parts),
        }
    }

    /// The base URL requests go to, without trailing slash.
    pub fn base_url(&self) -> &str {
        &self.parts.base_url
    }

    /// The default overall timeout of one attempt.
    pub fn timeout(&self) -> Duration {
        self.parts.timeout
    }

    /// The default number of retries after the first attempt.
    pub fn max_retries(&self) -> u32 {
        self.parts.max_retries
    }

    /// A copy of this runtime with some settings changed (see [`ClientOptions`]); the
    /// copy shares the connection pool, so this is cheap. Fails with [`Error::Config`]
    /// when a new setting is invalid, like the builder.
    pub fn with_options(&self, f: impl FnOnce(&mut ClientOptions)) -> Result<Runtime, Error> {
        let mut options = ClientOptions::default();
        f(&mut options);
        Ok(Runtime::from_parts(options.apply(&self.parts)?))
    }

    /// The default cap on response body sizes, in bytes.
    pub fn max_response_bytes(&self) -> u64 {
        self.parts.max_response_bytes
    }

    /// Sends one request through the middleware stack if there is one, otherwise
    /// straight through the HTTP client.
    pub(crate) async fn execute(
        &self,
        request: reqwest::Request,
    ) -> Result<reqwest::Response, TransportError> {
        #[cfg(feature = "middleware")]
        if let Some(stack) = &self.parts.middleware {
            return stack.execute(request).await.map_err(|err| match err {
                reqwest_middleware::Error::Reqwest(err) => TransportError::Http(err),
                reqwest_middleware::Error::Middleware(err) => {
                    TransportError::Middleware(format!("{err:#}"))
                }
            });
        }
        self.parts
            .http
            .execute(request)
            .await
            .map_err(TransportError::Http)
    }

    /// The redirect limit and the cross-origin policy.
    pub(crate) fn redirect_settings(&self) -> (u32, CrossOriginRedirects) {
        (self.parts.max_redirects, self.parts.cross_origin_redirects)
    }

    /// Replaces every credential of this client that occurs in `text` (as it is or
    /// percent-encoded) with `***`, for URLs that end up in errors.
    pub(crate) fn redact(&self, text: &str) -> String {
        let creds = &self.parts.credentials;
        let secrets = [
            creds.api_key.as_ref(),
            creds.bearer_token.as_ref(),
            creds.basic.as_ref().map(|(_, password)| password),
        ];
        let mut out = text.to_owned();
        for secret in secrets.into_iter().flatten() {
            let raw = secret.expose();
            if raw.is_empty() {
                continue;
            }
            out = out.replace(raw, "***");
            out = out.replace(&encode_component(raw), "***");
        }
        out
    }

    /// Prepares a call of `req` whose successful response is turned into `T` by `decode`
    /// (one of the functions in [`crate::runtime::decode`]).
    pub fn call<T>(
        &self,
        req: RequestSpec,
        decode: fn(&RawResponse) -> Result<T, Error>,
    ) -> Call<'_, T> {
        Call::new(self, req, decode)
    }

    /// Prepares a call of `req` whose successful response is read while it arrives by
    /// `open` (a stream from [`crate::runtime::stream`]), which also gets the limit on
    /// the bytes of one event or item.
    pub fn stream_call<S>(
        &self,
        req: RequestSpec,
        open: fn(crate::runtime::call::ByteStream, u64) -> S,
    ) -> Call<'_, S> {
        Call::new_stream(self, req, open)
    }

    /// The URL `spec` is first sent to, with `query` (already encoded pairs): the base
    /// URL and the rendered path, or the next-page link the spec carries, which must be
    /// on the API's origin because credentials go with it.
    pub(crate) fn request_url(
        &self,
        spec: &RequestSpec,
        query: &[String],
    ) -> Result<reqwest::Url, Error> {
        let base_url = &self.parts.base_url;
        if let Some(target) = &spec.url {
            let origin = reqwest::Url::parse(base_url)
                .map_err(|e| Error::InvalidRequest(format!("invalid base URL: {e}")))?;
            if !same_origin(target, &origin) {
                return Err(Error::InvalidRequest(format!(
                    "the next page of {} is on another origin ({}) than the API; the \
                     client does not send its credentials there",
                    spec.path_template,
                    self.redact(target.as_str())
                )));
            }
            return Ok(with_extra_query(target, query));
        }
        let path = spec.render_path().map_err(Error::InvalidRequest)?;
        let mut url = format!("{base_url}{path}");
        if !query.is_empty() {
            url.push('?');
            url.push_str(&query.join("&"));
        }
        // The URL may hold an API key, so neither it nor the parser's input is echoed.
        reqwest::Url::parse(&url).map_err(|e| {
            Error::InvalidRequest(format!(
                "cannot build the URL for {}: {e}",
                spec.path_template
            ))
        })
    }

    /// Builds attempt number `attempt` of `spec` as a reqwest request; `hop` is where a
    /// redirect sent it, if one did.
    ///
    /// After a redirect to another origin (`hop.stripped`) only the method, the URL,
    /// `User-Agent`, `Accept` and the retry count are sent: no credential, no default,
    /// per-call or parameter header, no cookie and no body.
    pub(crate) fn build_request(
        &self,
        spec: &RequestSpec,
        extras: &CallExtras,
        attempt: u32,
        timeout: Duration,
        hop: Option<&Hop>,
    ) -> Result<reqwest::Request, Error> {
        if let Some(problem) = &spec.deferred_error {
            return Err(Error::InvalidRequest(problem.clone()));
        }
        let p = &self.parts;
        let stripped = hop.is_some_and(|h| h.stripped);
        let with_body = !stripped
            && matches!(
                hop,
                None | Some(Hop {
                    with_body: true,
                    ..
                })
            );
        let mut query = if hop.is_some() {
            Vec::new()
        } else {
            let mut query = spec.query.clone();
            query.extend(extras.query.iter().map(|(name, value)| {
                format!("{}={}", encode_component(name), encode_component(value))
            }));
            query
        };
        let mut cookies = if stripped {
            Vec::new()
        } else {
            spec.cookies.clone()
        };
        let mut headers = HeaderMap::new();

        headers.insert(
            header::USER_AGENT,
            header_value(p.info.user_agent, "User-Agent")?,
        );
        headers.insert(header::ACCEPT, header_value(spec.accept, "Accept")?);
        headers.insert(
            HeaderName::from_static(RETRY_COUNT_HEADER),
            HeaderValue::from(attempt),
        );
        let mut basic = BasicAuth::None;
        if !stripped {
            if with_body {
                if let Some(content_type) = body_content_type(&spec.body)? {
                    headers.insert(header::CONTENT_TYPE, content_type);
                }
            }
            for (name, value) in &p.default_headers {
                headers.insert(name.clone(), value.clone());
            }
            if let Some((name, _)) = spec
                .headers
                .iter()
                .find(|(n, _)| is_framing_header(n.as_str()))
            {
                return Err(framing_error(name.as_str()));
            }
            for (name, value) in &spec.headers {
                headers.insert(name.clone(), value.clone());
            }
            for name in &extras.removed_headers {
                headers.remove(name.as_str());
            }
            if let Some((name, _)) = extras.headers.iter().find(|(n, _)| is_framing_header(n)) {
                return Err(framing_error(name));
            }
            for (name, value) in &extras.headers {
                let header_name = HeaderName::from_bytes(name.as_bytes())
                    .map_err(|_| Error::InvalidRequest(format!("invalid header name {name:?}")))?;
                let header_value = HeaderValue::from_str(value).map_err(|_| {
                    Error::InvalidRequest(format!("invalid value for header {name:?}"))
                })?;
                headers.insert(header_name, header_value);
            }
            let mut cookie_is_secret = false;
            // The first requirement whose every scheme has credentials is applied whole
            // (all its schemes together); with none, the request goes out without auth
            // and the server decides.
            let requirement = spec.security.iter().find(|requirement| {
                !requirement.is_empty()
                    && requirement
                        .iter()
                        .all(|scheme| self.has_credentials(*scheme))
            });
            for scheme in requirement.copied().unwrap_or_default() {
                self.apply_auth(*scheme, &mut headers, &mut query, &mut cookies, &mut basic)?;
                cookie_is_secret |= matches!(scheme, AuthScheme::ApiKeyCookie { .. });
            }
            if !cookies.is_empty() {
                let mut value = header_value(&cookies.join("; "), "Cookie")?;
                value.set_sensitive(cookie_is_secret);
                headers.insert(header::COOKIE, value);
            }
        }

        let url = match hop {
            Some(hop) => with_extra_query(&hop.url, &query),
            None => self.request_url(spec, &query)?,
        };
        let method = hop.map_or_else(|| spec.method.clone(), |h| h.method.clone());

        let mut builder = p
            .http
            .request(method, url)
            .headers(headers)
            .timeout(timeout);
        if let BasicAuth::Apply(user, password) = basic {
            builder = builder.basic_auth(user, Some(password.expose()));
        }
        if with_body {
            builder = match &spec.body {
                BodySpec::None => builder,
                BodySpec::Json(data) => builder.body(data.clone()),
                BodySpec::Form(text) => builder.body(text.clone()),
                BodySpec::Raw { data, .. } => builder.body(data.clone()),
                BodySpec::Multipart(fields) => builder.multipart(multipart_form(fields)?),
            };
        }
        builder.build().map_err(|e| {
            Error::InvalidRequest(format!(
                "cannot build the request for {}: {}",
                spec.path_template,
                e.without_url()
            ))
        })
    }

    /// Whether the client was built with the credential `scheme` needs.
    fn has_credentials(&self, scheme: AuthScheme) -> bool {
        let creds = &self.parts.credentials;
        match scheme {
            AuthScheme::ApiKeyHeader { .. }
            | AuthScheme::ApiKeyQuery { .. }
            | AuthScheme::ApiKeyCookie { .. } => creds.api_key.is_some(),
            AuthScheme::Bearer => creds.bearer_token.is_some() || creds.api_key.is_some(),
            AuthScheme::Basic => creds.basic.is_some(),
        }
    }

    /// Applies one auth scheme if the client has credentials for it (see
    /// [`Self::has_credentials`]).
    fn apply_auth<'s>(
        &'s self,
        scheme: AuthScheme,
        headers: &mut HeaderMap,
        query: &mut Vec<String>,
        cookies: &mut Vec<String>,
        basic: &mut BasicAuth<'s>,
    ) -> Result<(), Error> {
        let creds = &self.parts.credentials;
        match scheme {
            AuthScheme::ApiKeyHeader { name, prefix } => {
                let Some(key) = &creds.api_key else {
                    return Ok(());
                };
                let header_name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| {
                    Error::InvalidRequest(format!("invalid auth header name {name:?}"))
                })?;
                let value = secret_header(&format!("{prefix}{}", key.expose()), "API key")?;
                headers.insert(header_name, value);
            }
            AuthScheme::ApiKeyQuery { name } => {
                let Some(key) = &creds.api_key else {
                    return Ok(());
                };
                // The credential replaces a parameter of the same name, as a header
                // credential replaces a header: sent twice, the name reads as a list.
                let prefix = format!("{}=", encode_component(name));
                query.retain(|pair| !pair.starts_with(&prefix));
                query.push(format!(
                    "{}={}",
                    encode_component(name),
                    encode_component(key.expose())
                ));
            }
            AuthScheme::ApiKeyCookie { name } => {
                let Some(key) = &creds.api_key else {
                    return Ok(());
                };
                let prefix = format!("{}=", encode_component(name));
                cookies.retain(|pair| !pair.starts_with(&prefix));
                cookies.push(format!(
                    "{}={}",
                    encode_component(name),
                    encode_component(key.expose())
                ));
            }
            AuthScheme::Bearer => {
                let Some(token) = creds.bearer_token.as_ref().or(creds.api_key.as_ref()) else {
                    return Ok(());
                };
                let value = secret_header(&format!("Bearer {}", token.expose()), "bearer token")?;
                headers.insert(header::AUTHORIZATION, value);
            }
            AuthScheme::Basic => {
                let Some((user, password)) = &creds.basic else {
                    return Ok(());
                };
                *basic = BasicAuth::Apply(user, password);
            }
        }
        Ok(())
    }
}

/// The `Content-Type` a body is sent with; multipart bodies get theirs from reqwest,
/// which knows the boundary.
fn body_content_type(body: &BodySpec) -> Result<Option<HeaderValue>, Error> {
    Ok(match body {
        BodySpec::Json(_) => Some(HeaderValue::from_static("application/json")),
        BodySpec::Form(_) => Some(HeaderValue::from_static(
            "application/x-www-form-urlencoded",
        )),
        BodySpec::Raw { content_type, .. } => Some(header_value(content_type, "Content-Type")?),
        BodySpec::None | BodySpec::Multipart(_) => None,
    })
}

/// The redirect target with the API-key query pairs added back (same origin only: the
/// caller passes none after leaving it), unless the server's URL already names them.
fn with_extra_query(target: &reqwest::Url, pairs: &[String]) -> reqwest::Url {
    let mut url = target.clone();
    let existing: Vec<String> = url
        .query()
        .unwrap_or_default()
        .split('&')
        .filter_map(|pair| pair.split('=').next())
        .map(str::to_owned)
        .collect();
    let missing: Vec<&str> = pairs
        .iter()
        .map(String::as_str)
        .filter(|pair| {
            let name = pair.split('=').next().unwrap_or_default();
            !existing.iter().any(|e| e == name)
        })
        .collect();
    if !missing.is_empty() {
        let mut query = url.query().unwrap_or_default().to_owned();
        for pair in missing {
            if !query.is_empty() {
                query.push('&');
            }
            query.push_str(pair);
        }
        url.set_query(Some(&query));
    }
    url
}

/// Headers that frame the message or the connection: set by the HTTP client from the
/// request itself, never by callers, since a wrong value would desynchronise the
/// connection (request smuggling) or address another host.
fn is_framing_header(name: &str) -> bool {
    [
        "host",
        "content-length",
        "transfer-encoding",
        "connection",
        "keep-alive",
        "upgrade",
        "te",
        "trailer",
        "proxy-connection",
    ]
    .iter()
    .any(|framing| name.eq_ignore_ascii_case(framing))
}

fn framing_error(name: &str) -> Error {
    Error::InvalidRequest(format!(
        "header {name:?} is set by the HTTP client and cannot be sent by a call"
    ))
}

/// Parses a header value, naming only the header on failure.
fn header_value(value: &str, name: &str) -> Result<HeaderValue, Error> {
    HeaderValue::from_str(value)
        .map_err(|_| Error::InvalidRequest(format!("invalid value for header {name}")))
}

/// Builds a header value holding a credential and marks it sensitive so that it is
/// hidden from Debug output and from HTTP/2 header compression tables.
fn secret_header(value: &str, what: &str) -> Result<HeaderValue, Error> {
    let mut header = HeaderValue::from_str(value).map_err(|_| {
        Error::InvalidRequest(format!("the {what} cannot be sent in an HTTP header"))
    })?;
    header.set_sensitive(true);
    Ok(header)
}

/// Builds a fresh multipart form, since reqwest consumes a form when sending it.
fn multipart_form(fields: &[MultipartField]) -> Result<reqwest::multipart::Form, Error> {
    let mut form = reqwest::multipart::Form::new();
    for field in fields {
        form = match field {
            MultipartField::Text { name, value } => form.text(name.clone(), value.clone()),
            MultipartField::File {
                name,
                file_name,
                content_type,
                data,
            } => {
                let mut part = reqwest::multipart::Part::bytes(data.to_vec());
                if let Some(file_name) = file_name {
                    part = part.file_name(file_name.clone());
                }
                if let Some(content_type) = content_type {
                    part = part.mime_str(content_type).map_err(|_| {
                        Error::InvalidRequest(format!(
                            "invalid content type {content_type:?} for part {name:?}"
                        ))
                    })?;
                }
                form.part(name.clone(), part)
            }
        };
    }
    Ok(form)
}

/// The raw HTTP response.
#[derive(Clone, Debug)]
pub struct RawResponse {
    /// Response status.
    pub status: StatusCode,
    /// Response headers.
    pub headers: HeaderMap,
    /// The complete response body.
    pub body: Bytes,
}

impl RawResponse {
    /// The body as text, with invalid UTF-8 replaced.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The `Content-Type` header, if present and readable.
    pub fn content_type(&self) -> Option<&str> {
        self.headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
    }

    /// The request id the server assigned, from the `x-request-id` header.
    pub fn request_id(&self) -> Option<&str> {
        self.headers
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
    }
}

/// A typed value next to the raw response it came from.
#[derive(Clone, Debug)]
pub struct Response<T> {
    /// The decoded value.
    pub value: T,
    /// The response it was decoded from.
    pub raw: RawResponse,
}
