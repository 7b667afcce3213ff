// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: cargo xtask codegen
//! A prepared call: per-call options, the retry loop, timeouts and tracing.

use std::fmt;
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::time::{Duration, Instant, SystemTime};

use reqwest::header::HeaderMap;
use tracing::field::Empty;
use tracing::Instrument;

use crate::runtime::client::{RawResponse, Response, Runtime};
use crate::runtime::encode::RequestSpec;
use crate::runtime::error::{ApiError, Error};
use crate::runtime::retry::{retry_delay, should_retry};

/// A prepared call: configure it per call, then `.await` it (or use a terminal method).
///
/// Awaiting a call sends it, retrying as the client is configured, and decodes the
/// successful response.
#[must_use = "a call does nothing until it is awaited"]
pub struct Call<'a, T> {
    runtime: &'a Runtime,
    spec: RequestSpec,
    decode: fn(&RawResponse) -> Result<T, Error>,
    timeout: Option<Duration>,
    max_retries: Option<u32>,
    headers: Vec<(String, String)>,
}

impl<T> fmt::Debug for Call<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Per-call header values may be credentials, so only their names are shown.
        let header_names: Vec<&str> = self.headers.iter().map(|(n, _)| n.as_str()).collect();
        f.debug_struct("Call")
            .field("method", &self.spec.method)
            .field("path", &self.spec.path_template)
            .field("timeout", &self.timeout)
            .field("max_retries", &self.max_retries)
            .field("headers", &header_names)
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
        Call {
            runtime,
            spec,
            decode,
            timeout: None,
            max_retries: None,
            headers: Vec::new(),
        }
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

    /// Adds a header to this call only, replacing any default or parameter header of the
    /// same name; an invalid name or value fails the call with [`Error::InvalidRequest`].
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Sends the call and decodes the response; the same as `.await`.
    pub async fn send(self) -> Result<T, Error> {
        self.send_with_response()
            .await
            .map(|response| response.value)
    }

    /// Sends the call and returns the decoded value with the raw response.
    pub async fn send_with_response(self) -> Result<Response<T>, Error> {
        let decode = self.decode;
        let raw = self.raw().await?;
        let value = decode(&raw)?;
        Ok(Response { value, raw })
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
        let result = self.run_attempts().instrument(span.clone()).await;
        span.record(
            "duration_ms",
            u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
        );
        result
    }

    /// Sends the call and returns the successful body as text (e.g. CSV).
    pub async fn text(self) -> Result<String, Error> {
        Ok(self.raw().await?.text())
    }

    /// Runs attempts until one succeeds, fails for good or the retry budget is spent.
    async fn run_attempts(self) -> Result<RawResponse, Error> {
        let timeout = self.timeout.unwrap_or_else(|| self.runtime.timeout());
        let max_retries = self
            .max_retries
            .unwrap_or_else(|| self.runtime.max_retries());
        let span = tracing::Span::current();
        let mut attempt: u32 = 0;
        loop {
            span.record("attempt", attempt);
            let request =
                self.runtime
                    .build_request(&self.spec, &self.headers, attempt, timeout)?;
            let outcome = send_once(request, timeout, &self.spec).await;
            let may_retry = attempt < max_retries;
            let delay = match outcome {
                Ok(raw) => {
                    span.record("status", raw.status.as_u16());
                    if raw.status.is_success() {
                        return Ok(raw);
                    }
                    if !(may_retry && should_retry(raw.status, &raw.headers)) {
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
                Err(err) => {
                    if !(may_retry && (err.is_timeout() || err.is_connection())) {
                        return Err(err);
                    }
                    let delay = retry_delay(attempt, &HeaderMap::new(), SystemTime::now());
                    tracing::warn!(
                        attempt,
                        error = %err,
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
}

impl<'a, T: Send + 'a> IntoFuture for Call<'a, T> {
    type Output = Result<T, Error>;
    type IntoFuture = Pin<Box<dyn Future<Output = Result<T, Error>> + Send + 'a>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// Sends one attempt and reads the whole body, bounded by `timeout` even if the HTTP
/// client was supplied by the user and has no timeout of its own.
async fn send_once(
    request: reqwest::RequestBuilder,
    timeout: Duration,
    spec: &RequestSpec,
) -> Result<RawResponse, Error> {
    let exchange = async {
        let response = request.send().await?;
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.bytes().await?;
        Ok::<_, reqwest::Error>(RawResponse {
            status,
            headers,
            body,
        })
    };
    let what = || format!("{} {}", spec.method, spec.path_template);
    match tokio::time::timeout(timeout, exchange).await {
        Ok(Ok(raw)) => Ok(raw),
        Ok(Err(err)) => Err(classify(err, &what(), timeout)),
        Err(_) => Err(Error::Timeout {
            message: format!("{} did not complete within {timeout:?}", what()),
        }),
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
