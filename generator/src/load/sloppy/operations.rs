//! Fix-ups for sloppy path items, operations, parameters, headers, request bodies,
//! responses and media types (see [`super`] for the conventions).

use serde_json::{json, Map, Value};

use super::coerce::{coerce_bool, coerce_list, coerce_mapping, coerce_string, drop_null_entries};
use super::document::external_docs;
use crate::load::keywords::PARAMETER_SCHEMA_KEYS;
use crate::load::notes::{kind_of, Notes};
use crate::pointer;

/// A path item written as `null` (a path with no body in YAML).
pub(crate) fn path_item(node: &mut Value, pointer: &str, notes: &mut Notes) {
    if node.is_null() {
        notes.warn(pointer, "an empty path item; it has no operations");
        *node = json!({});
    }
    if let Value::Object(item) = node {
        coerce_string(item, "summary", pointer, notes);
        coerce_string(item, "description", pointer, notes);
        parameter_list(item, pointer, notes);
    }
}

/// Parameter lists with `null` entries, entries without `name`, or with an `in`
/// that is misspelt (`Query`) or Swagger-only (`body`, `formData`).
pub(crate) fn parameter_list(map: &mut Map<String, Value>, pointer: &str, notes: &mut Notes) {
    coerce_list(map, "parameters", pointer, notes);
    let Some(Value::Array(parameters)) = map.get_mut("parameters") else {
        return;
    };
    let base = pointer::join(pointer, "parameters");
    let mut index = 0;
    parameters.retain_mut(|parameter| {
        let p = pointer::join(&base, &index.to_string());
        index += 1;
        match parameter_identity(parameter, &p, notes) {
            Ok(()) => true,
            Err(reason) => {
                notes.warn(&p, format!("parameter ignored: {reason}"));
                false
            }
        }
    });
}

fn parameter_identity(
    parameter: &mut Value,
    pointer: &str,
    notes: &mut Notes,
) -> Result<(), String> {
    let Value::Object(p) = parameter else {
        return Err(format!("it is {}", kind_of(parameter)));
    };
    if p.get("$ref").is_some_and(Value::is_string) {
        return Ok(());
    }
    coerce_string(p, "name", pointer, notes);
    if !p.contains_key("name") {
        return Err("it has no `name`".into());
    }
    let location = p
        .get("in")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_ascii_lowercase();
    match location.as_str() {
        "query" | "header" | "path" | "cookie" => {
            p.insert("in".into(), Value::String(location));
            Ok(())
        }
        "body" | "formdata" => Err(format!(
            "`in: {location}` is Swagger 2.0; describe it with `requestBody`"
        )),
        "" => Err("it has no `in`".into()),
        other => Err(format!(
            "`in: {other}` is not query, header, path or cookie"
        )),
    }
}

/// Operations without `responses` (optional in 3.1, but often forgotten in 3.0),
/// with non-string tags or ids, status codes written `2xx`, or callbacks the model
/// cannot hold.
pub(crate) fn operation(
    node: &mut Value,
    pointer: &str,
    callbacks: &Map<String, Value>,
    is31: bool,
    notes: &mut Notes,
) {
    let Value::Object(op) = node else {
        return;
    };
    for key in ["operationId", "summary", "description"] {
        coerce_string(op, key, pointer, notes);
    }
    coerce_bool(op, "deprecated", pointer, notes);
    coerce_list(op, "tags", pointer, notes);
    if let Some(Value::Array(tags)) = op.get_mut("tags") {
        for tag in tags.iter_mut() {
            if let Value::Number(_) | Value::Bool(_) = tag {
                *tag = Value::String(tag.to_string());
            }
        }
        tags.retain(Value::is_string);
    }
    parameter_list(op, pointer, notes);
    if op.get("requestBody").is_some_and(Value::is_null) {
        op.shift_remove("requestBody");
    }
    external_docs(op, pointer, notes);
    match op.get_mut("responses") {
        Some(Value::Object(responses)) => {
            status_codes(responses, &pointer::join(pointer, "responses"), notes)
        }
        Some(Value::Null) | None => {
            if !is31 {
                notes.warn(
                    pointer,
                    "an operation without `responses`; no response is described",
                );
            }
            op.insert("responses".into(), json!({}));
        }
        Some(_) => {}
    }
    operation_callbacks(op, pointer, callbacks, notes);
}

/// Status code keys the model does not recognise: lower-case ranges (`2xx`) and
/// stray spaces; anything else unknown is left for the model to skip.
fn status_codes(responses: &mut Map<String, Value>, pointer: &str, notes: &mut Notes) {
    let odd: Vec<String> = responses
        .keys()
        .filter(|k| {
            let t = k.trim();
            let upper = t.to_ascii_uppercase();
            t != k.as_str()
                || (t.len() == 3 && upper.ends_with("XX") && t != upper)
                || (t != "default" && t.eq_ignore_ascii_case("default"))
        })
        .cloned()
        .collect();
    for key in odd {
        let trimmed = key.trim();
        let fixed = if trimmed.eq_ignore_ascii_case("default") {
            "default".to_string()
        } else if trimmed.len() == 3 && trimmed.to_ascii_uppercase().ends_with("XX") {
            trimmed.to_ascii_uppercase()
        } else {
            trimmed.to_string()
        };
        if responses.contains_key(&fixed) {
            continue;
        }
        if let Some(value) = responses.shift_remove(&key) {
            notes.warn(
                &pointer::join(pointer, &key),
                format!("status code `{key}` read as `{fixed}`"),
            );
            responses.insert(fixed, value);
        }
    }
}

/// The model's operation callbacks cannot be references, and their path items
/// cannot be either; referenced callbacks are inlined from `components/callbacks`
/// and what still cannot be represented is dropped (a client never uses callbacks).
fn operation_callbacks(
    op: &mut Map<String, Value>,
    pointer: &str,
    components: &Map<String, Value>,
    notes: &mut Notes,
) {
    coerce_mapping(op, "callbacks", pointer, notes);
    let Some(Value::Object(callbacks)) = op.get_mut("callbacks") else {
        return;
    };
    let base = pointer::join(pointer, "callbacks");
    let mut dropped = Vec::new();
    for (name, callback) in callbacks.iter_mut() {
        if name.starts_with("x-") {
            continue;
        }
        if let Some(reference) = callback.get("$ref").and_then(Value::as_str) {
            let target = reference
                .strip_prefix("#/components/callbacks/")
                .and_then(|n| components.get(&n.replace("~1", "/").replace("~0", "~")))
                .filter(|t| t.get("$ref").is_none());
            match target {
                Some(target) => *callback = target.clone(),
                None => {
                    dropped.push(name.clone());
                    continue;
                }
            }
        }
        let Value::Object(items) = callback else {
            dropped.push(name.clone());
            continue;
        };
        items.retain(|expression, item| {
            expression.starts_with("x-") || (item.is_object() && item.get("$ref").is_none())
        });
    }
    for name in dropped {
        callbacks.shift_remove(&name);
        notes.warn(
            &pointer::join(&base, &name),
            "a callback that cannot be resolved; ignored",
        );
    }
}

/// Which `style` values each parameter location allows.
fn styles_for(location: &str) -> &'static [&'static str] {
    match location {
        "query" => &["form", "spaceDelimited", "pipeDelimited", "deepObject"],
        "path" => &["matrix", "label", "simple"],
        "cookie" => &["form"],
        _ => &["simple"],
    }
}

/// Parameter objects: booleans as strings, a path parameter not marked required,
/// Swagger-style schema keywords on the parameter itself, no `schema` or `content`
/// at all, or a `style` that the location does not allow.
pub(crate) fn parameter(node: &mut Value, pointer: &str, notes: &mut Notes) {
    let Value::Object(p) = node else {
        return;
    };
    if p.contains_key("$ref") {
        return;
    }
    coerce_string(p, "name", pointer, notes);
    coerce_string(p, "description", pointer, notes);
    if let Some(location) = p.get("in").and_then(Value::as_str) {
        let lower = location.to_ascii_lowercase();
        p.insert("in".into(), Value::String(lower));
    }
    for key in [
        "required",
        "deprecated",
        "allowEmptyValue",
        "explode",
        "allowReserved",
    ] {
        coerce_bool(p, key, pointer, notes);
    }
    let location = p
        .get("in")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    if location == "path" && p.get("required") != Some(&Value::Bool(true)) {
        notes.warn(
            pointer,
            "a path parameter must be required; read as required",
        );
        p.insert("required".into(), Value::Bool(true));
    }
    schema_or_content(p, pointer, notes);
    coerce_string(p, "style", pointer, notes);
    if let Some(style) = p.get("style").and_then(Value::as_str) {
        if !styles_for(&location).contains(&style) {
            notes.warn(
                &pointer::join(pointer, "style"),
                format!("`style: {style}` is not allowed in {location}; the default is used"),
            );
            p.shift_remove("style");
        }
    }
    examples_map(p, pointer, notes);
}

/// Header objects: like parameters, minus `name`/`in`; only `style: simple` exists.
pub(crate) fn header(node: &mut Value, pointer: &str, notes: &mut Notes) {
    let Value::Object(h) = node else {
        return;
    };
    if h.contains_key("$ref") {
        return;
    }
    coerce_string(h, "description", pointer, notes);
    for key in ["required", "deprecated", "explode"] {
        coerce_bool(h, key, pointer, notes);
    }
    schema_or_content(h, pointer, notes);
    if h.get("style").is_some_and(|s| s != "simple") {
        notes.warn(
            &pointer::join(pointer, "style"),
            "headers only have `style: simple`; the default is used",
        );
        h.shift_remove("style");
    }
    examples_map(h, pointer, notes);
}

/// Exactly one of `schema` and `content` is required.
fn schema_or_content(p: &mut Map<String, Value>, pointer: &str, notes: &mut Notes) {
    let loose: Vec<&str> = PARAMETER_SCHEMA_KEYS
        .iter()
        .copied()
        .chain(["nullable"])
        .filter(|k| p.contains_key(*k))
        .collect();
    if !p.contains_key("schema") && !p.contains_key("content") && !loose.is_empty() {
        let mut schema = Map::new();
        for key in loose {
            if let Some(value) = p.shift_remove(key) {
                schema.insert(key.into(), value);
            }
        }
        notes.warn(pointer, "schema keywords directly on a parameter or header (Swagger 2.0 style); moved into `schema`");
        p.insert("schema".into(), Value::Object(schema));
    }
    if p.get("schema").is_some_and(Value::is_null) {
        p.shift_remove("schema");
    }
    coerce_mapping(p, "content", pointer, notes);
    if p.contains_key("schema") && p.contains_key("content") {
        notes.warn(
            &pointer::join(pointer, "content"),
            "both `schema` and `content`; `content` ignored",
        );
        p.shift_remove("content");
    }
    if !p.contains_key("schema") && !p.contains_key("content") {
        notes.warn(pointer, "no `schema` or `content`; read as a string");
        p.insert("schema".into(), json!({ "type": "string" }));
    }
}

/// `examples` maps whose entries are bare values instead of Example objects.
fn examples_map(map: &mut Map<String, Value>, pointer: &str, notes: &mut Notes) {
    coerce_mapping(map, "examples", pointer, notes);
    if let Some(Value::Object(examples)) = map.get_mut("examples") {
        for example in examples.values_mut() {
            if !example.is_object() {
                *example = json!({ "value": example.take() });
            }
        }
    }
}

/// Request bodies with a Swagger-style `schema` instead of `content`, or with
/// `required` as a string.
pub(crate) fn request_body(node: &mut Value, pointer: &str, notes: &mut Notes) {
    let Value::Object(body) = node else {
        return;
    };
    if body.contains_key("$ref") {
        return;
    }
    coerce_string(body, "description", pointer, notes);
    coerce_bool(body, "required", pointer, notes);
    loose_schema_to_content(body, pointer, notes);
    coerce_mapping(body, "content", pointer, notes);
}

/// A `schema` directly on a request body or response (Swagger 2.0 style) becomes
/// `content: {application/json: {schema}}`.
fn loose_schema_to_content(map: &mut Map<String, Value>, pointer: &str, notes: &mut Notes) {
    if map.contains_key("content") {
        return;
    }
    if let Some(schema) = map.shift_remove("schema") {
        notes.warn(&pointer::join(pointer, "schema"), "`schema` directly on a request body or response (Swagger 2.0 style); read as JSON content");
        map.insert(
            "content".into(),
            json!({ "application/json": { "schema": schema } }),
        );
    }
}

/// Responses written as `null`, without the required `description` (very common),
/// or with links that name no operation.
pub(crate) fn response(node: &mut Value, pointer: &str, notes: &mut Notes) {
    if node.is_null() {
        *node = json!({});
    }
    let Value::Object(r) = node else {
        return;
    };
    if r.contains_key("$ref") {
        return;
    }
    coerce_string(r, "description", pointer, notes);
    if !r.contains_key("description") {
        notes.warn(pointer, "a response without `description`");
        r.insert("description".into(), Value::String(String::new()));
    }
    loose_schema_to_content(r, pointer, notes);
    coerce_mapping(r, "headers", pointer, notes);
    drop_null_entries(r, "headers", pointer, notes);
    coerce_mapping(r, "content", pointer, notes);
    coerce_mapping(r, "links", pointer, notes);
    if let Some(Value::Object(links)) = r.get_mut("links") {
        links.retain(|_, link| {
            link.get("$ref").is_some()
                || link.get("operationId").is_some_and(Value::is_string)
                || link.get("operationRef").is_some_and(Value::is_string)
        });
    }
}

/// Media types written as `null` (`application/json:` with nothing after it), with
/// `schema: null`, bare example values, or encodings with invalid styles.
pub(crate) fn media_type(node: &mut Value, pointer: &str, notes: &mut Notes) {
    if node.is_null() {
        *node = json!({});
    }
    let Value::Object(m) = node else {
        return;
    };
    if m.get("schema").is_some_and(Value::is_null) {
        m.shift_remove("schema");
    }
    examples_map(m, pointer, notes);
    coerce_mapping(m, "encoding", pointer, notes);
    let Some(Value::Object(encodings)) = m.get_mut("encoding") else {
        return;
    };
    let base = pointer::join(pointer, "encoding");
    encodings.retain(|_, e| e.is_object());
    for (name, encoding) in encodings.iter_mut() {
        let Value::Object(e) = encoding else {
            continue;
        };
        let p = pointer::join(&base, name);
        coerce_string(e, "contentType", &p, notes);
        coerce_bool(e, "explode", &p, notes);
        coerce_bool(e, "allowReserved", &p, notes);
        coerce_mapping(e, "headers", &p, notes);
        if e.get("style")
            .is_some_and(|s| !styles_for("query").iter().any(|ok| s == ok))
        {
            notes.warn(
                &pointer::join(&p, "style"),
                "an encoding `style` that does not exist; the default is used",
            );
            e.shift_remove("style");
        }
    }
}
