// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: cargo xtask codegen
//! The error type of every generated client.
//!
//! Display and Error are written by hand rather than derived with `thiserror`, so that
//! generated crates keep their dependency list short.

use std::fmt;

use bytes::Bytes;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;

/// Longest excerpt of a response body shown in an error message.
const BODY_EXCERPT_CHARS: usize = 300;

/// Everything that can go wrong when calling the API.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The connection failed: refused, reset, or cut while the body was being read.
    Connection {
        /// What happened, including the operation and the underlying causes.
        message: String,
        /// The underlying HTTP client error, with its URL removed.
        source: Option<reqwest::Error>,
    },
    /// The attempt did not complete within the configured timeout.
    Timeout {
        /// What timed out and after how long.
        message: String,
    },
    /// The server answered 400 Bad Request.
    BadRequest(Box<ApiError>),
    /// The server answered 401 Unauthorized (a missing or wrong API key).
    Unauthorized(Box<ApiError>),
    /// The server answered 403 Forbidden.
    Forbidden(Box<ApiError>),
    /// The server answered 404 Not Found.
    NotFound(Box<ApiError>),
    /// The server answered 409 Conflict.
    Conflict(Box<ApiError>),
    /// The server answered 422 Unprocessable Entity.
    UnprocessableEntity(Box<ApiError>),
    /// The server answered 429 Too Many Requests.
    RateLimited(Box<ApiError>),
    /// The server answered with a 5xx status.
    Server(Box<ApiError>),
    /// The server answered with another non-success status.
    Status(Box<ApiError>),
    /// A successful response could not be decoded into the expected type.
    Decode {
        /// The decoder's explanation.
        message: String,
        /// Where in the document decoding failed, e.g. `results[0].id` (`.` is the root).
        path: String,
        /// Status of the response.
        status: StatusCode,
        /// `Content-Type` of the response, if any.
        content_type: Option<String>,
        /// The complete response body, kept for inspection.
        body: Bytes,
    },
    /// The server redirected the call and the runtime did not follow: the target is
    /// another origin (see `CrossOriginRedirects`), the redirect limit was reached, the
    /// `Location` is unusable, or the request body cannot be sent again.
    Redirect {
        /// The redirect status (301, 302, 303, 307 or 308).
        status: StatusCode,
        /// The `Location` the server named, resolved against the request URL, with any
        /// credential of this client replaced by `***`.
        location: String,
        /// Why the redirect was not followed.
        message: String,
    },
    /// The response body is larger than the configured limit (`max_response_bytes`);
    /// reading stopped at the limit, so at most that much was held in memory.
    ResponseTooLarge {
        /// Status of the response.
        status: StatusCode,
        /// The limit in bytes.
        limit: u64,
        /// The `Content-Length` the server announced, if any.
        content_length: Option<u64>,
    },
    /// One event or item of a streamed response is larger than the call's
    /// `max_event_bytes`; the stream ends there, having held at most that much.
    ItemTooLarge {
        /// Status of the response.
        status: StatusCode,
        /// The limit in bytes.
        limit: u64,
    },
    /// The request could not be built (an unserializable body, an invalid header...).
    InvalidRequest(String),
    /// The client configuration is invalid (base URL, credentials, headers...).
    Config(String),
}

impl Error {
    /// The HTTP status of the response this error came from, if there was one.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Decode { status, .. }
            | Error::Redirect { status, .. }
            | Error::ResponseTooLarge { status, .. }
            | Error::ItemTooLarge { status, .. } => Some(*status),
            other => other.api_error().map(|api| api.status),
        }
    }

    /// The server's request id of a status error (the `x-request-id` header or the
    /// body's `request_id`), for support tickets and logs.
    pub fn request_id(&self) -> Option<&str> {
        self.api_error().and_then(ApiError::request_id)
    }

    /// The details of a non-success response, for every status variant.
    pub fn api_error(&self) -> Option<&ApiError> {
        match self {
            Error::BadRequest(api)
            | Error::Unauthorized(api)
            | Error::Forbidden(api)
            | Error::NotFound(api)
            | Error::Conflict(api)
            | Error::UnprocessableEntity(api)
            | Error::RateLimited(api)
            | Error::Server(api)
            | Error::Status(api) => Some(api),
            _ => None,
        }
    }

    /// Wraps a non-success response in the variant that matches its status.
    pub fn from_status(api: ApiError) -> Error {
        let api = Box::new(api);
        match api.status.as_u16() {
            400 => Error::BadRequest(api),
            401 => Error::Unauthorized(api),
            403 => Error::Forbidden(api),
            404 => Error::NotFound(api),
            409 => Error::Conflict(api),
            422 => Error::UnprocessableEntity(api),
            429 => Error::RateLimited(api),
            500..=599 => Error::Server(api),
            _ => Error::Status(api),
        }
    }

    /// True for [`Error::Timeout`].
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Timeout { .. })
    }

    /// True for [`Error::Connection`].
    pub fn is_connection(&self) -> bool {
        matches!(self, Error::Connection { .. })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Connection { message, .. } => write!(f, "connection error: {message}"),
            Error::Timeout { message } => write!(f, "timeout: {message}"),
            Error::Decode {
                message,
                path,
                status,
                content_type,
                ..
            } => {
                write!(f, "cannot decode the {status} response")?;
                if let Some(ct) = content_type {
                    write!(f, " ({ct})")?;
                }
                write!(f, " at `{path}`: {message}")
            }
            Error::Redirect {
                status,
                location,
                message,
            } => write!(
                f,
                "redirect ({status}) to {location} not followed: {message}"
            ),
            Error::ResponseTooLarge {
                status,
                limit,
                content_length,
            } => {
                write!(
                    f,
                    "the {status} response body is larger than the limit of {limit} bytes"
                )?;
                if let Some(length) = content_length {
                    write!(f, " (Content-Length: {length})")?;
                }
                Ok(())
            }
            Error::ItemTooLarge { status, limit } => write!(
                f,
                "an event or item of the streamed {status} response is larger than the limit \
                 of {limit} bytes"
            ),
            Error::InvalidRequest(message) => write!(f, "invalid request: {message}"),
            Error::Config(message) => write!(f, "invalid client configuration: {message}"),
            other => match other.api_error() {
                Some(api) => fmt::Display::fmt(api, f),
                None => f.write_str("unknown error"),
            },
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Connection {
                source: Some(source),
                ..
            } => Some(source),
            _ => None,
        }
    }
}

/// A non-success response: its status, headers and leniently parsed body.
#[derive(Clone, Debug)]
pub struct ApiError {
    /// The response status.
    pub status: StatusCode,
    /// The response headers (e.g. `x-request-id`).
    pub headers: HeaderMap,
    /// The body, parsed as JSON when possible.
    pub body: ErrorBody,
    /// The body exactly as received.
    pub raw: Bytes,
}

impl ApiError {
    /// Builds an error from a response, parsing the body as JSON when it is JSON, as text
    /// otherwise, whatever the content type claims.
    pub fn new(status: StatusCode, headers: HeaderMap, raw: Bytes) -> Self {
        let body = ErrorBody::parse(&raw);
        ApiError {
            status,
            headers,
            body,
            raw,
        }
    }

    /// The request id from the `x-request-id` header or the body's `request_id` field.
    pub fn request_id(&self) -> Option<&str> {
        self.headers
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
            .or_else(|| self.json_str_field(&["request_id"]))
    }

    /// The human-readable message from the body's `message`, `detail` or `error` field.
    pub fn message(&self) -> Option<&str> {
        self.json_str_field(&["message", "detail", "error"])
    }

    /// The first of `fields` that holds a string in a JSON object body.
    fn json_str_field(&self, fields: &[&str]) -> Option<&str> {
        let ErrorBody::Json(serde_json::Value::Object(map)) = &self.body else {
            return None;
        };
        fields
            .iter()
            .find_map(|field| map.get(*field).and_then(|v| v.as_str()))
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.status)?;
        if let Some(message) = self.message() {
            write!(f, ": {}", excerpt(message))?;
        } else {
            match &self.body {
                ErrorBody::Json(value) => write!(f, ": {}", excerpt(&value.to_string()))?,
                ErrorBody::Text(text) if !text.trim().is_empty() => {
                    write!(f, ": {}", excerpt(text.trim()))?
                }
                ErrorBody::Text(_) | ErrorBody::Empty => {}
            }
        }
        if let Some(id) = self.request_id() {
            write!(f, " (request id {id})")?;
        }
        Ok(())
    }
}

/// The body of a non-success response.
#[derive(Clone, Debug, PartialEq)]
pub enum ErrorBody {
    /// The body parsed as JSON.
    Json(serde_json::Value),
    /// The body was not JSON; this is its text (invalid UTF-8 replaced).
    Text(String),
    /// The body was empty.
    Empty,
}

impl ErrorBody {
    /// Parses a body leniently: JSON if it parses, otherwise text.
    pub fn parse(raw: &[u8]) -> ErrorBody {
        if raw.iter().all(u8::is_ascii_whitespace) {
            return ErrorBody::Empty;
        }
        match serde_json::from_slice(raw) {
            Ok(value) => ErrorBody::Json(value),
            Err(_) => ErrorBody::Text(String::from_utf8_lossy(raw).into_owned()),
        }
    }
}

/// Shortens text for an error message, cutting on a character boundary.
fn excerpt(text: &str) -> String {
    match text.char_indices().nth(BODY_EXCERPT_CHARS) {
        Some((cut, _)) => format!("{}...", &text[..cut]),
        None => text.to_owned(),
    }
}
