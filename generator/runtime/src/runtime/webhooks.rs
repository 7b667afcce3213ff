//! Decoding requests the API sends to its users (webhooks and callbacks), which the
//! generated event enums (`crate::webhooks`) call with the body a server received.

use std::fmt;

use bytes::Bytes;
use serde::de::DeserializeOwned;

/// The body of an incoming event that does not match the event's model.
#[derive(Debug)]
pub struct PayloadError {
    /// The event's name, as the API description gives it.
    pub event: String,
    /// The decoder's explanation.
    pub message: String,
    /// Where in the body decoding failed, e.g. `pull_request.head.sha` (`.` is the
    /// root).
    pub path: String,
    /// The complete body, kept for inspection.
    pub body: Bytes,
}

impl fmt::Display for PayloadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the `{}` event does not match its model at {}: {}",
            self.event, self.path, self.message
        )
    }
}

impl std::error::Error for PayloadError {}

/// Decodes the JSON body of the incoming event `event` into its payload model; like
/// responses, unknown fields are ignored and a failure names the offending field.
pub fn json<T: DeserializeOwned>(event: &str, body: &[u8]) -> Result<T, PayloadError> {
    let fail = |message: String, path: String| PayloadError {
        event: event.to_owned(),
        message,
        path: if path.is_empty() {
            ".".to_owned()
        } else {
            path
        },
        body: Bytes::copy_from_slice(body),
    };
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|err| {
        let path = err.path().to_string();
        fail(err.into_inner().to_string(), path)
    })?;
    deserializer.end().map_err(|err| {
        fail(
            format!("trailing data after the JSON document: {err}"),
            String::new(),
        )
    })?;
    Ok(value)
}

/// The body of an incoming event whose payload is text, with invalid UTF-8 replaced.
pub fn text(body: &[u8]) -> String {
    String::from_utf8_lossy(body).into_owned()
}

/// The body of an incoming event whose payload is not JSON or text, as it is.
pub fn bytes(body: &[u8]) -> Bytes {
    Bytes::copy_from_slice(body)
}
