// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: cargo xtask codegen
//! Pure retry decisions and delays, matching the official Gcore SDKs.
//!
//! These are plain functions of a status, headers and a clock reading so that they can
//! be tested without a server.

use std::time::{Duration, SystemTime};

use reqwest::header::HeaderMap;
use reqwest::StatusCode;

/// First backoff delay; it doubles on every retry.
pub const INITIAL_BACKOFF: Duration = Duration::from_millis(500);
/// Longest backoff delay.
pub const MAX_BACKOFF: Duration = Duration::from_secs(8);
/// Server-provided delays longer than this are ignored in favour of the backoff.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);

/// Whether a request with this method may be repeated without changing the outcome:
/// RFC 9110 calls GET, HEAD, OPTIONS, TRACE, PUT and DELETE idempotent, and the QUERY
/// method (safe, with a body) is too. POST, PATCH and any other method are not, unless
/// the operation is declared retry-safe.
pub fn is_idempotent(method: &reqwest::Method) -> bool {
    use reqwest::Method;
    [
        Method::GET,
        Method::HEAD,
        Method::OPTIONS,
        Method::TRACE,
        Method::PUT,
        Method::DELETE,
    ]
    .contains(method)
        || method.as_str() == "QUERY"
}

/// Whether a response with this status should be retried (budget permitting), for a
/// call that is retry-safe (`retry_safe`: an idempotent method or an operation declared
/// safe) or not.
///
/// Retry-safe calls are retried on 408, 409, 429 and every 5xx status, and the server's
/// `x-should-retry: true|false` wins. Other calls (POST, PATCH) are retried only where
/// the server cannot have acted on them: 408, 429 and 503. For them `x-should-retry:
/// true` is honoured on 5xx statuses only, so that a server can never make a call that
/// changes state go out again after a 4xx it answered; `x-should-retry: false` always
/// stops. The retry budget (`max_retries`) is applied by the caller and no header can
/// raise it.
pub fn should_retry(status: StatusCode, headers: &HeaderMap, retry_safe: bool) -> bool {
    let server_says = match headers
        .get("x-should-retry")
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
    {
        Some(v) if v.eq_ignore_ascii_case("true") => Some(true),
        Some(v) if v.eq_ignore_ascii_case("false") => Some(false),
        _ => None,
    };
    let code = status.as_u16();
    match (server_says, retry_safe) {
        (Some(false), _) => false,
        (Some(true), true) => true,
        (Some(true), false) => matches!(code, 408 | 429) || status.is_server_error(),
        (None, true) => matches!(code, 408 | 409 | 429) || status.is_server_error(),
        (None, false) => matches!(code, 408 | 429 | 503),
    }
}

/// Whether a transport failure should be retried (budget permitting). A request that
/// never reached the server (`never_sent`: the connection could not be established) is
/// always safe to repeat; a timeout or a connection lost after sending may have been
/// acted on, so only retry-safe calls repeat then.
pub fn should_retry_failure(never_sent: bool, retry_safe: bool) -> bool {
    never_sent || retry_safe
}

/// The delay the server asked for through `retry-after-ms` (milliseconds) or
/// `Retry-After` (seconds or an HTTP date), if it is positive and at most 60 s.
pub fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
    };
    let requested = if let Some(ms) = header("retry-after-ms").and_then(|v| v.parse::<f64>().ok()) {
        Some(ms / 1000.0)
    } else if let Some(value) = header("retry-after") {
        match value.parse::<f64>() {
            Ok(seconds) => Some(seconds),
            Err(_) => httpdate::parse_http_date(value).ok().map(|date| {
                match date.duration_since(now) {
                    Ok(ahead) => ahead.as_secs_f64(),
                    // A date in the past asks for no wait, which is not a usable delay.
                    Err(_) => 0.0,
                }
            }),
        }
    } else {
        None
    };
    let seconds = requested?;
    if seconds.is_finite() && seconds > 0.0 && seconds <= MAX_RETRY_AFTER.as_secs_f64() {
        Some(Duration::from_secs_f64(seconds))
    } else {
        None
    }
}

/// The backoff before retry number `attempt` (0 for the first retry) without jitter:
/// `min(0.5 s * 2^attempt, 8 s)`.
pub fn base_backoff(attempt: u32) -> Duration {
    // Past 2^4 the cap applies anyway, so the shift never overflows.
    let factor = 1u32 << attempt.min(5);
    INITIAL_BACKOFF.saturating_mul(factor).min(MAX_BACKOFF)
}

/// A random factor in (0.75, 1] that shrinks the backoff by up to 25 %.
pub fn jitter_factor() -> f64 {
    1.0 - 0.25 * fastrand::f64()
}

/// The delay before retry number `attempt` (0 for the first retry): the server's
/// [`retry_after`] when usable, otherwise [`base_backoff`] times [`jitter_factor`].
pub fn retry_delay(attempt: u32, headers: &HeaderMap, now: SystemTime) -> Duration {
    retry_after(headers, now).unwrap_or_else(|| base_backoff(attempt).mul_f64(jitter_factor()))
}
