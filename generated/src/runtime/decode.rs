// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: cargo xtask codegen
//! Decoders that generated operations pass to [`crate::runtime::Runtime::call`].

use bytes::Bytes;
use serde::de::value::StrDeserializer;
use serde::de::DeserializeOwned;

use crate::runtime::client::RawResponse;
use crate::runtime::error::Error;

/// Decodes a JSON body; a failure names the path of the offending field
/// (e.g. `results[0].id`) and keeps the body and content type.
///
/// The body is parsed as JSON whatever the `Content-Type` says, as the official SDKs do.
/// A body that is not JSON but is declared as another media type (`text/plain` for an
/// operation documented with `*/*`, say) is read as a string when the type takes one.
pub fn json<T: DeserializeOwned>(raw: &RawResponse) -> Result<T, Error> {
    match json_document(raw) {
        Ok(value) => Ok(value),
        Err(error) => from_text(raw).ok_or(error),
    }
}

fn json_document<T: DeserializeOwned>(raw: &RawResponse) -> Result<T, Error> {
    if raw.body.iter().all(u8::is_ascii_whitespace) {
        return Err(decode_error(
            raw,
            "empty body where a JSON document was expected".to_owned(),
            String::new(),
        ));
    }
    let mut deserializer = serde_json::Deserializer::from_slice(&raw.body);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|err| {
        let path = err.path().to_string();
        let mut message = err.into_inner().to_string();
        if let Some(content_type) = raw.content_type() {
            if !is_json_media_type(content_type) {
                message = format!("expected JSON but the response is {content_type}: {message}");
            }
        }
        decode_error(raw, message, path)
    })?;
    deserializer.end().map_err(|err| {
        decode_error(
            raw,
            format!("trailing data after the JSON document: {err}"),
            String::new(),
        )
    })?;
    Ok(value)
}

/// The body as a string value of `T`, when the response declares a media type that is
/// not JSON and the body is UTF-8 text that `T` accepts as a string.
fn from_text<T: DeserializeOwned>(raw: &RawResponse) -> Option<T> {
    let content_type = raw.content_type()?;
    if is_json_media_type(content_type) {
        return None;
    }
    let text = std::str::from_utf8(&raw.body).ok()?;
    T::deserialize(StrDeserializer::<serde::de::value::Error>::new(text)).ok()
}

/// Returns the body as text, replacing invalid UTF-8.
pub fn text(raw: &RawResponse) -> Result<String, Error> {
    Ok(raw.text())
}

/// Returns the body as it is.
pub fn bytes(raw: &RawResponse) -> Result<Bytes, Error> {
    Ok(raw.body.clone())
}

/// Ignores the body, for operations without a response document.
pub fn empty(_raw: &RawResponse) -> Result<(), Error> {
    Ok(())
}

/// True for `application/json` and the `+json` / `*json` families such as
/// `application/problem+json`.
fn is_json_media_type(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence.ends_with("json")
}

/// Builds an [`Error::Decode`] that keeps the whole response for inspection.
fn decode_error(raw: &RawResponse, message: String, path: String) -> Error {
    Error::Decode {
        message,
        path: if path.is_empty() {
            ".".to_owned()
        } else {
            path
        },
        status: raw.status,
        content_type: raw.content_type().map(str::to_owned),
        body: raw.body.clone(),
    }
}
