//! Deciding what a parsed document claims to be.

use serde_json::Value;

use super::notes::kind_of;
use crate::error::Error;

/// The kind of document that was read, before normalisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputVersion {
    /// Swagger 2.0, converted to the 3.0 model.
    Swagger2,
    /// OpenAPI 3.0.x, read as it is apart from real-world fix-ups.
    OpenApi30,
    /// OpenAPI 3.1.x, normalised to the 3.0 model.
    OpenApi31,
    /// OpenAPI 3.2.x: the 3.1 rules plus what 3.2 added (see [`super::Additions`]).
    OpenApi32,
}

/// Reads the `openapi` or `swagger` key. Returns the version and, when the document
/// is accepted with a caveat, a warning message.
pub(crate) fn detect(value: &Value, origin: &str) -> Result<(InputVersion, Option<String>), Error> {
    let not_openapi = |message: String| Error::NotOpenApi {
        origin: origin.to_string(),
        message,
    };
    let root = match value {
        Value::Object(root) => root,
        Value::Null => return Err(not_openapi("the document is empty".into())),
        other => {
            return Err(not_openapi(format!(
                "the top level is {}, but an OpenAPI document is a mapping with an `openapi` or `swagger` key",
                kind_of(other)
            )))
        }
    };
    if let Some(declared) = root.get("openapi") {
        let text = version_text(declared);
        let mut parts = text.split('.');
        return match (parts.next(), parts.next()) {
            (Some("3"), Some("0")) => Ok((InputVersion::OpenApi30, None)),
            (Some("3"), Some("1")) => Ok((InputVersion::OpenApi31, None)),
            (Some("3"), Some("2")) => Ok((InputVersion::OpenApi32, None)),
            _ => Err(not_openapi(format!(
                "unsupported OpenAPI version `{text}` (supported: Swagger 2.0, OpenAPI 3.0.x, 3.1.x and 3.2.x)"
            ))),
        };
    }
    if let Some(declared) = root.get("swagger") {
        let text = version_text(declared);
        return match text.as_str() {
            "2.0" | "2" => Ok((InputVersion::Swagger2, None)),
            _ => Err(not_openapi(format!(
                "unsupported Swagger version `{text}` (supported: Swagger 2.0, OpenAPI 3.0.x, 3.1.x and 3.2.x)"
            ))),
        };
    }
    let mut keys: Vec<&str> = root.keys().map(String::as_str).take(5).collect();
    if root.len() > keys.len() {
        keys.push("...");
    }
    let found = if keys.is_empty() {
        "the top-level mapping is empty".to_string()
    } else {
        format!("found keys: {}", keys.join(", "))
    };
    Err(not_openapi(format!(
        "no `openapi` or `swagger` key at the top level ({found})"
    )))
}

/// The declared version as text; YAML turns an unquoted `3.1` into a number.
fn version_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.trim().to_string(),
        Value::Number(n) => n.to_string(),
        other => other.to_string(),
    }
}
