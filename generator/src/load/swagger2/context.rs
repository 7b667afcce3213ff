//! What the parts of the Swagger 2.0 conversion share: the conversion's state, and
//! the two rewrites both the root and the operations apply.

use serde_json::{json, Map, Value};

use crate::load::notes::Notes;
use crate::load::origins::PointerMap;

/// State shared by the conversion of one document.
pub(crate) struct Ctx<'a> {
    pub(crate) notes: &'a mut Notes,
    pub(crate) origins: &'a mut PointerMap,
    /// Global `consumes` and `produces`, the defaults for operations.
    pub(crate) consumes: Vec<String>,
    pub(crate) produces: Vec<String>,
    /// The original global `parameters`, for resolving references to body and form
    /// parameters, which are inlined.
    pub(crate) parameters: Map<String, Value>,
}

/// A `consumes`/`produces` list; anything malformed counts as absent.
pub(crate) fn media_list(value: Option<Value>) -> Vec<String> {
    match value {
        Some(Value::Array(items)) => items
            .into_iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
        Some(Value::String(single)) => vec![single],
        _ => Vec::new(),
    }
}

/// 2.0 schema differences: `discriminator` is a property name, `type: file` exists,
/// and nullability is the `x-nullable` extension.
pub(crate) fn schema(node: &mut Value) {
    let Value::Object(map) = node else {
        return;
    };
    if let Some(Value::String(name)) = map.get("discriminator") {
        let name = name.clone();
        map.insert("discriminator".into(), json!({ "propertyName": name }));
    }
    if map.get("type").is_some_and(|t| t == "file") {
        map.insert("type".into(), Value::String("string".into()));
        map.insert("format".into(), Value::String("binary".into()));
    }
    if let Some(Value::Bool(nullable)) = map.get("x-nullable") {
        let nullable = *nullable;
        map.shift_remove("x-nullable");
        map.entry("nullable").or_insert(Value::Bool(nullable));
    }
    if let Some(Value::Object(properties)) = map.get_mut("properties") {
        properties.values_mut().for_each(schema);
    }
    for key in ["items", "additionalProperties", "not"] {
        if let Some(child) = map.get_mut(key) {
            schema(child);
        }
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        if let Some(Value::Array(list)) = map.get_mut(key) {
            list.iter_mut().for_each(schema);
        }
    }
}
