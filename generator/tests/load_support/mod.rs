//! Helpers shared by the `load_*` tests.

#![allow(dead_code)] // Each test crate uses a different subset of the helpers.

use generator::load::{load_str, Document};
use serde_json::{json, Value};

/// Loads a document given as a JSON value (serialized as JSON text).
pub fn load_json(doc: &Value) -> Document {
    match load_str(&doc.to_string(), "test.json") {
        Ok(doc) => doc,
        Err(e) => panic!("load failed: {e}"),
    }
}

/// The normalised document as JSON, for comparing parts of it.
pub fn normalised(doc: &Document) -> Value {
    serde_json::to_value(&doc.openapi).expect("the openapiv3 model serializes")
}

/// Wraps one schema into a minimal document of the given `openapi` version.
pub fn schema_doc(version: &str, schema: Value) -> Value {
    json!({
        "openapi": version,
        "info": { "title": "t", "version": "1" },
        "paths": {},
        "components": { "schemas": { "X": schema } }
    })
}

/// Loads `schema` as component `X` and returns it normalised, with the warnings.
pub fn normalise_schema(version: &str, schema: Value) -> (Value, Vec<String>) {
    let doc = load_json(&schema_doc(version, schema));
    let value = normalised(&doc)
        .pointer("/components/schemas/X")
        .cloned()
        .unwrap_or(Value::Null);
    let warnings = doc
        .warnings
        .iter()
        .map(|w| format!("{} {}", w.location.pointer, w.message))
        .collect();
    (value, warnings)
}
