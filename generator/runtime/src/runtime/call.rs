//! A prepared call: per-call options, the retry loop, timeouts and tracing.

use std::fmt;
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::time::{Duration, Instant, SystemTime};

use bytes::{Bytes, BytesMut};
use reqwest::header::{self, HeaderMap};
use tracing::field::Empty;
use tracing::Instrument;

use crate::runtime::client::{RawResponse, Response, Runtime, TransportError};
use crate::runtime::encode::RequestSpec;
use crate::runtime::error::{ApiError, Error};
use crate::runtime::redirect::{is_redirect, next_hop, same_origin, Hop, Redirected};
use crate::runtime::retry::{retry_delay, should_retry, should_retry_failure};

/// A prepared call: configure it per call, then `.await` it (or use a terminal method).
///
/// Awaiting a call sends it, retrying as the client is configured, and decodes the
/// successful response.
#[must_use = "a call does nothing until it is awaited"]
pub struct Call<'a, T> {
    runtime: &'a Runtime,
    spec: RequestSpec,
    decode: Decoder<T>,
    timeout: Option<Duration>,
    max_retries: Option<u32>,
    max_response_bytes: Option<u64>,
    max_event_bytes: Option<u64>,
    extras: CallExtras,
}

/// How a successful response becomes the call's value.
enum Decoder<T> {
    /// From the whole body, read up to `max_response_bytes` (one of the functions in
    /// [`crate::runtime::decode`]).
    Body(fn(&RawResponse) -> Result<T, Error>),
    /// From the body as it arrives (one of the streams in [`crate::runtime::stream`]),
    /// with the limit on the bytes of one event or item.
    Stream(fn(ByteStream, u64) -> T),
}

// Function pointers are copied whatever `T` is, which a derive would not see.
impl<T> Clone for Decoder<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Decoder<T> {}

/// What a call adds to or removes from the request the operation describes.
#[derive(Clone, Debug, Default)]
pub(crate) struct CallExtras {
    /// Headers added to this call, replacing any of the same name.
    pub(crate) headers: Vec<(String, String)>,
    /// Header names not to send (defaults, parameters or the runtime's own).
    pub(crate) removed_headers: Vec<String>,
    /// Query pairs added after the operation's own, not yet encoded.
    pub(crate) query: Vec<(String, String)>,
    /// Fields merged into the JSON (or form) body.
    pub(crate) body: Vec<(String, serde_json::Value)>,
}

impl<T> fmt::Debug for Call<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Per-call header values may be credentials, so only their names are shown.
        let header_names: Vec<&str> = self
            .extras
            .headers
            .iter()
            .map(|(n, _)| n.as_str())
            .collect();
        let query_names: Vec<&str> = self.extras.query.iter().map(|(n, _)| n.as_str()).collect();
        let body_names: Vec<&str> = self.extras.body.iter().map(|(n, _)| n.as_str()).collect();
        f.debug_struct("Call")
            .field("method", &self.spec.method)
            .field("path", &self.spec.path_template)
            .field("timeout", &self.timeout)
            .field("max_retries", &self.max_retries)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("max_event_bytes", &self.max_event_bytes)
            .field("retry_safe", &self.spec.retry_safe)
            .field("headers", &header_names)
            .field("removed_headers", &self.extras.removed_headers)
            .field("extra_query", &query_names)
            .field("extra_body", &body_names)
            .finish()
    }
}

impl<'a, T> Call<'a, T> {
    /// Wraps a request; use [`Runtime::call`] to create calls.
    pub(crate) fn new(
        runtime: &'a Runtime,
        spec: RequestSpec,
        decode: fn(&RawResponse) -> Result<T, Error>,
    ) -> Self {
        Call::with_decoder(runtime, spec, Decoder::Body(decode))
    }

    /// Wraps a request whose successful response is read as a stream by `open`; use
    /// [`Runtime::stream_call`] to create such calls.
    pub(crate) fn new_stream(
        runtime: &'a Runtime,
        spec: RequestSpec,
        open: fn(ByteStream, u64) -> T,
    ) -> Self {
        Call::with_decoder(runtime, spec, Decoder::Stream(open))
    }

    fn with_decoder(runtime: &'a Runtime, spec: RequestSpec, decode: Decoder<T>) -> Self {
        Call {
            runtime,
            spec,
            decode,
            timeout: None,
            max_retries: None,
            max_response_bytes: None,
            max_event_bytes: None,
            extras: CallExtras::default(),
        }
    }

    /// The URL this call is sent to first, before redirects and without credentials;
    /// pagination resolves relative next-page links against it.
    pub(crate) fn url(&self) -> Result<reqwest::Url, Error> {
        self.runtime.request_url(&self.spec, &self.spec.query)
    }

    /// The call sent to `url`, a next-page link, instead of the operation's path and
    /// query (see `RequestSpec::set_url`).
    pub(crate) fn at_url(mut self, url: reqwest::Url) -> Self {
        self.spec.set_url(url);
        self
    }
}

impl<'a, T: Send + 'a> Call<'a, T> {
    /// Overrides the client's timeout for each attempt of this call.
    pub fn timeout(mut self, d: Duration) -> Self {
        self.timeout = Some(d);
        self
    }

    /// Overrides the client's retry budget for this call (0 disables retries).
    pub fn max_retries(mut self, n: u32) -> Self {
        self.max_retries = Some(n);
        self
    }

    /// Overrides the client's cap on the response body size for this call; `u64::MAX`
    /// lifts it.
    pub fn max_response_bytes(mut self, limit: u64) -> Self {
        self.max_response_bytes = Some(limit);
        self
    }

    /// For a streamed response (events or JSON items), caps the bytes one event or item
    /// may hold; a longer one ends the stream with [`Error::ItemTooLarge`]. The default
    /// is the smaller of 16 MiB and the call's `max_response_bytes`. The stream as a
    /// whole is not capped.
    pub fn max_event_bytes(mut self, limit: u64) -> Self {
        self.max_event_bytes = Some(limit);
        self
    }

    /// Declares whether this call may be repeated after the server may have acted on it,
    /// e.g. `true` for a POST that carries an idempotency key. By default idempotent
    /// methods (GET, PUT, DELETE...) and operations the generator was told are safe are;
    /// see the README's retry rules.
    pub fn retry_safe(mut self, safe: bool) -> Self {
        self.spec.retry_safe = safe;
        self
    }

    /// Adds a header to this call only, replacing any default or parameter header of the
    /// same name; an invalid name or value fails the call with [`Error::InvalidRequest`].
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.extras.headers.push((name.into(), value.into()));
        self
    }

    /// Does not send the header `name` with this call, whether it is a default header
    /// of the client, a header parameter or one the runtime adds (`User-Agent`,
    /// `Accept`). Credentials and headers added with [`Call::header`] are still sent.
    pub fn remove_header(mut self, name: impl Into<String>) -> Self {
        self.extras.removed_headers.push(name.into());
        self
    }

    /// Adds a query parameter the operation does not declare (e.g. a new API feature
    /// this client predates); the name and value are percent-encoded.
    pub fn extra_query(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.extras.query.push((name.into(), value.into()));
        self
    }

    /// Adds a field to the request body, replacing a field of the same name: merged
    /// into a JSON object body (a call without a body gets an object with just these
    /// fields), or appended to a form body. Other bodies fail the call with
    /// [`Error::InvalidRequest`].
    pub fn extra_body(mut self, name: impl Into<String>, value: impl serde::Serialize) -> Self {
        match serde_json::to_value(value) {
            Ok(value) => self.extras.body.push((name.into(), value)),
            Err(err) => {
                let name = name.into();
                self.spec.defer(format!(
                    "extra body field `{name}` cannot be serialized: {err}"
                ));
            }
        }
        self
    }

    /// Sends the call and decodes the response; the same as `.await`.
    pub async fn send(self) -> Result<T, Error> {
        self.send_with_response()
            .await
            .map(|response| response.value)
    }

    /// Sends the call and returns the decoded value with the raw response. For a
    /// streamed response the value is the stream, and the raw response has the status
    /// and headers but an empty body (the stream reads it).
    pub async fn send_with_response(self) -> Result<Response<T>, Error> {
        match self.decode {
            Decoder::Body(decode) => {
                let raw = self.raw().await?;
                let value = decode(&raw)?;
                Ok(Response { value, raw })
            }
            Decoder::Stream(open) => {
                let limit = self.max_event_bytes.unwrap_or_else(|| {
                    let body_limit = self
                        .max_response_bytes
                        .unwrap_or_else(|| self.runtime.max_response_bytes());
                    body_limit.min(crate::runtime::stream::DEFAULT_MAX_EVENT_BYTES)
                });
                let body = self.bytes_stream().await?;
                let raw = RawResponse {
                    status: body.status,
                    headers: body.headers.clone(),
                    body: Bytes::new(),
                };
                Ok(Response {
                    value: open(body, limit),
                    raw,
                })
            }
        }
    }

    /// Sends the call and returns the successful response without decoding it;
    /// non-success statuses are still errors.
    pub async fn raw(self) -> Result<RawResponse, Error> {
        let span = tracing::info_span!(
            "http_call",
            method = %self.spec.method,
            path = %self.spec.path_template,
            status = Empty,
            attempt = Empty,
            duration_ms = Empty,
        );
        let started = Instant::now();
        let result = self.run_attempts(false).instrument(span.clone()).await;
        span.record(
            "duration_ms",
            u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
        );
        result.map(|(raw, _)| raw)
    }

    /// Sends the call and returns the successful response's body as a stream of byte
    /// chunks, for downloads too large to hold in memory: no size cap applies, and the
    /// call's timeout still bounds the whole transfer (set a longer one with
    /// [`Call::timeout`] for big files). Retries and redirects work as for any call until
    /// a successful response arrives; an error status is still an error.
    pub async fn bytes_stream(self) -> Result<ByteStream, Error> {
        let span = tracing::info_span!(
            "http_call",
            method = %self.spec.method,
            path = %self.spec.path_template,
            status = Empty,
            attempt = Empty,
            streamed = true,
        );
        let what = format!("{} {}", self.spec.method, self.spec.path_template);
        let timeout = self.timeout.unwrap_or_else(|| self.runtime.timeout());
        let (raw, live) = self.run_attempts(true).instrument(span).await?;
        let Some(live) = live else {
            // A stream was asked for, so a success always arrives live; keep the buffered
            // body usable anyway rather than failing.
            let body = raw.body.clone();
            return Ok(ByteStream::new(
                raw,
                futures_util::stream::once(async move { Ok(body) }),
            ));
        };
        let chunks = futures_util::stream::try_unfold(live, move |mut response| {
            let what = what.clone();
            async move {
                match response.chunk().await {
                    Ok(Some(chunk)) => Ok(Some((chunk, response))),
                    Ok(None) => Ok(None),
                    Err(err) => Err(classify(err, &what, timeout)),
                }
            }
        });
        Ok(ByteStream::new(raw, chunks))
    }

    /// Sends the call and returns the successful body as text (e.g. CSV).
    pub async fn text(self) -> Result<String, Error> {
        Ok(self.raw().await?.text())
    }

    /// Runs attempts until one succeeds, fails for good or the retry budget is spent.
    ///
    /// With `streaming`, a successful response is returned live, its body unread.
    async fn run_attempts(
        mut self,
        streaming: bool,
    ) -> Result<(RawResponse, Option<reqwest::Response>), Error> {
        let extra_body = std::mem::take(&mut self.extras.body);
        self.spec.merge_body_fields(extra_body);
        let timeout = self.timeout.unwrap_or_else(|| self.runtime.timeout());
        let max_retries = self
            .max_retries
            .unwrap_or_else(|| self.runtime.max_retries());
        let limit = self
            .max_response_bytes
            .unwrap_or_else(|| self.runtime.max_response_bytes());
        let retry_safe = self.spec.retry_safe;
        let span = tracing::Span::current();
        let mut attempt: u32 = 0;
        loop {
            span.record("attempt", attempt);
            let outcome = self.send_once(attempt, timeout, limit, streaming).await;
            let may_retry = attempt < max_retries;
            let delay = match outcome {
                Ok((raw, live)) => {
                    span.record("status", raw.status.as_u16());
                    if raw.status.is_success() {
                        return Ok((raw, live));
                    }
                    if !(may_retry && should_retry(raw.status, &raw.headers, retry_safe)) {
                        return Err(Error::from_status(ApiError::new(
                            raw.status,
                            raw.headers,
                            raw.body,
                        )));
                    }
                    let delay = retry_delay(attempt, &raw.headers, SystemTime::now());
                    tracing::warn!(
                        attempt,
                        status = raw.status.as_u16(),
                        delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
                        "retrying after an error status"
                    );
                    delay
                }
                Err(Failure { error, never_sent }) => {
                    let transport = error.is_timeout() || error.is_connection();
                    if !(may_retry && transport && should_retry_failure(never_sent, retry_safe)) {
                        return Err(error);
                    }
                    let delay = retry_delay(attempt, &HeaderMap::new(), SystemTime::now());
                    tracing::warn!(
                        attempt,
                        error = %error,
                        delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
                        "retrying after a failed attempt"
                    );
                    delay
                }
            };
            tokio::time::sleep(delay).await;
            attempt += 1;
        }
    }

    /// Sends one attempt, following redirects within the API's origin, and reads the
    /// body up to `limit` bytes; all of it bounded by `timeout`, even if the HTTP client
    /// was supplied by the user and has no timeout of its own.
    async fn send_once(
        &self,
        attempt: u32,
        timeout: Duration,
        limit: u64,
        streaming: bool,
    ) -> Result<(RawResponse, Option<reqwest::Response>), Failure> {
        let spec = &self.spec;
        let what = || format!("{} {}", spec.method, spec.path_template);
        let exchange = async {
            let (max_redirects, policy) = self.runtime.redirect_settings();
            let origin = reqwest::Url::parse(self.runtime.base_url()).map_err(|e| {
                Failure::new(
                    Error::InvalidRequest(format!("invalid base URL: {e}")),
                    false,
                )
            })?;
            let mut hop: Option<Hop> = None;
            let mut followed = 0u32;
            loop {
                let request = self
                    .runtime
                    .build_request(spec, &self.extras, attempt, timeout, hop.as_ref())
                    .map_err(|error| Failure::new(error, false))?;
                let sent_url = request.url().clone();
                let has_body = request.body().is_some();
                let method = request.method().clone();
                let response = self
                    .runtime
                    .execute(request)
                    .await
                    .map_err(|err| match err {
                        TransportError::Http(err) => {
                            let never_sent = err.is_connect();
                            Failure::new(classify(err, &what(), timeout), never_sent)
                        }
                        TransportError::Middleware(message) => Failure::new(
                            Error::Connection {
                                message: format!("{}: middleware: {message}", what()),
                                source: None,
                            },
                            false,
                        ),
                    })?;
                let status = response.status();
                if !same_origin(response.url(), &sent_url) {
                    // A user-supplied client followed a redirect on its own.
                    return Err(Failure::new(
                        Error::Redirect {
                            status,
                            location: self.runtime.redact(response.url().as_str()),
                            message: "the HTTP client followed a redirect to another origin by \
                                      itself; build it with redirect::Policy::none()"
                                .to_owned(),
                        },
                        false,
                    ));
                }
                let location = response
                    .headers()
                    .get(header::LOCATION)
                    .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
                let Some(location) = location.filter(|_| is_redirect(status)) else {
                    let headers = response.headers().clone();
                    if streaming && status.is_success() {
                        let head = RawResponse {
                            status,
                            headers,
                            body: Bytes::new(),
                        };
                        return Ok((head, Some(response)));
                    }
                    let body = read_limited(response, limit).await.map_err(|e| {
                        Failure::new(e.into_error(status, limit, &what(), timeout), false)
                    })?;
                    let raw = RawResponse {
                        status,
                        headers,
                        body,
                    };
                    return Ok((raw, None));
                };
                let refuse = |location: &str, message: String| {
                    Failure::new(
                        Error::Redirect {
                            status,
                            location: self.runtime.redact(location),
                            message,
                        },
                        false,
                    )
                };
                if followed >= max_redirects {
                    return Err(refuse(
                        &location,
                        format!("more than {max_redirects} redirects"),
                    ));
                }
                let from = Redirected {
                    method: &method,
                    url: &sent_url,
                    has_body,
                    stripped: hop.as_ref().is_some_and(|h| h.stripped),
                };
                let next = next_hop(status, &location, from, &origin, policy)
                    .map_err(|(target, message)| refuse(&target, message))?;
                tracing::debug!(
                    status = status.as_u16(),
                    cross_origin = next.stripped,
                    "following a redirect"
                );
                hop = Some(next);
                followed += 1;
            }
        };
        match tokio::time::timeout(timeout, exchange).await {
            Ok(result) => result,
            Err(_) => Err(Failure::new(
                Error::Timeout {
                    message: format!("{} did not complete within {timeout:?}", what()),
                },
                false,
            )),
        }
    }
}

/// The body of a successful response as a stream of chunks, with the response's status
/// and headers (see [`Call::bytes_stream`]).
pub struct ByteStream {
    /// Response status.
    pub status: reqwest::StatusCode,
    /// Response headers.
    pub headers: HeaderMap,
    chunks: Pin<Box<dyn futures_util::Stream<Item = Result<Bytes, Error>> + Send>>,
}

impl ByteStream {
    fn new(
        head: RawResponse,
        chunks: impl futures_util::Stream<Item = Result<Bytes, Error>> + Send + 'static,
    ) -> Self {
        ByteStream {
            status: head.status,
            headers: head.headers,
            chunks: Box::pin(chunks),
        }
    }
}

impl fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ByteStream")
            .field("status", &self.status)
            .finish_non_exhaustive()
    }
}

impl futures_util::Stream for ByteStream {
    type Item = Result<Bytes, Error>;

    fn poll_next(
        mut self: Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        self.chunks.as_mut().poll_next(cx)
    }
}

/// A failed attempt and whether the request certainly never reached the server.
struct Failure {
    error: Error,
    never_sent: bool,
}

impl Failure {
    fn new(error: Error, never_sent: bool) -> Self {
        Failure { error, never_sent }
    }
}

/// Why reading a body stopped.
enum BodyError {
    TooLarge { content_length: Option<u64> },
    Transport(reqwest::Error),
}

impl BodyError {
    fn into_error(
        self,
        status: reqwest::StatusCode,
        limit: u64,
        what: &str,
        timeout: Duration,
    ) -> Error {
        match self {
            BodyError::TooLarge { content_length } => Error::ResponseTooLarge {
                status,
                limit,
                content_length,
            },
            BodyError::Transport(err) => classify(err, what, timeout),
        }
    }
}

/// Reads a body, refusing it as soon as it is known to exceed `limit` bytes: at once
/// when `Content-Length` says so, otherwise when the bytes received pass the limit, so
/// a lying or missing length never makes the runtime hold more than `limit` bytes.
async fn read_limited(mut response: reqwest::Response, limit: u64) -> Result<Bytes, BodyError> {
    let content_length = response.content_length();
    if content_length.is_some_and(|length| length > limit) {
        return Err(BodyError::TooLarge { content_length });
    }
    // The announced length is only a hint (it may lie), so at most 1 MiB is reserved
    // up front and the buffer grows with what actually arrives.
    let hint = content_length.unwrap_or(0).min(limit).min(1 << 20);
    let mut body = BytesMut::with_capacity(usize::try_from(hint).unwrap_or(0));
    while let Some(chunk) = response.chunk().await.map_err(BodyError::Transport)? {
        let total = u64::try_from(body.len() + chunk.len()).unwrap_or(u64::MAX);
        if total > limit {
            return Err(BodyError::TooLarge { content_length });
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}

impl<'a, T: Send + 'a> IntoFuture for Call<'a, T> {
    type Output = Result<T, Error>;
    type IntoFuture = Pin<Box<dyn Future<Output = Result<T, Error>> + Send + 'a>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// Maps a transport error to a runtime error; the URL is stripped first because it may
/// carry an API key in its query.
fn classify(err: reqwest::Error, what: &str, timeout: Duration) -> Error {
    let err = err.without_url();
    if err.is_timeout() {
        return Error::Timeout {
            message: format!("{what} did not complete within {timeout:?}"),
        };
    }
    let mut message = format!("{what}: {err}");
    let mut source = std::error::Error::source(&err);
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    if err.is_builder() {
        return Error::InvalidRequest(message);
    }
    Error::Connection {
        message,
        source: Some(err),
    }
}
