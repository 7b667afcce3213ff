//! Fix-ups for sloppy schema objects (see [`super`] for the conventions).

use serde_json::{json, Map, Value};

use super::coerce::{
    coerce_bool, coerce_count, coerce_list, coerce_mapping, coerce_number, coerce_string,
};
use super::document::external_docs;
use crate::load::notes::{kind_of, Notes};
use crate::pointer;

/// A schema that is not a mapping: `null` (a property with no body in YAML) becomes
/// "any"; a bare type name (`id: string`, a common shorthand) becomes `{type: ...}`.
pub(crate) fn not_a_mapping(node: &mut Value, pointer: &str, notes: &mut Notes) {
    match node {
        Value::Object(_) => {}
        Value::Null => {
            notes.warn(pointer, "an empty schema; any value is accepted");
            *node = json!({});
        }
        Value::String(name) => {
            notes.warn(
                pointer,
                format!("a schema should be a mapping; read `{name}` as `type: {name}`"),
            );
            *node = json!({ "type": name.clone() });
        }
        _ => {
            notes.warn(
                pointer,
                format!(
                    "a schema should be a mapping, found {}; any value is accepted",
                    kind_of(node)
                ),
            );
            *node = json!({});
        }
    }
}

/// Scalar keywords of the wrong JSON kind: booleans and counts as strings
/// (`readOnly: "true"`, `maxLength: "255"`), descriptions as numbers, `null` for
/// absent values. The model rejects all of these.
pub(crate) fn keyword_kinds(schema: &mut Map<String, Value>, pointer: &str, notes: &mut Notes) {
    for key in [
        "nullable",
        "readOnly",
        "writeOnly",
        "deprecated",
        "uniqueItems",
        "exclusiveMinimum",
        "exclusiveMaximum",
    ] {
        coerce_bool(schema, key, pointer, notes);
    }
    for key in [
        "minLength",
        "maxLength",
        "minItems",
        "maxItems",
        "minProperties",
        "maxProperties",
    ] {
        coerce_count(schema, key, pointer, notes);
    }
    for key in ["minimum", "maximum", "multipleOf"] {
        coerce_number(schema, key, pointer, notes);
    }
    for key in ["title", "description", "format", "pattern"] {
        coerce_string(schema, key, pointer, notes);
    }
    coerce_mapping(schema, "properties", pointer, notes);
    for key in ["allOf", "anyOf", "oneOf"] {
        coerce_list(schema, key, pointer, notes);
        if schema
            .get(key)
            .and_then(Value::as_array)
            .is_some_and(Vec::is_empty)
        {
            schema.shift_remove(key);
        }
    }
    for key in ["not", "items"] {
        if schema.get(key).is_some_and(Value::is_null) {
            schema.shift_remove(key);
        }
    }
    external_docs(schema, pointer, notes);
}

/// `x-nullable` (the Swagger 2.0 extension) left in 3.0 documents converted from 2.0.
pub(crate) fn x_nullable(schema: &mut Map<String, Value>) {
    if let Some(Value::Bool(nullable)) = schema.get("x-nullable") {
        let nullable = *nullable;
        schema.entry("nullable").or_insert(Value::Bool(nullable));
    }
}

/// `required: true` on a property (draft 3 style, or confusion with parameters):
/// invalid in a schema. The property is added to the parent's `required` list, which
/// is what the author meant.
pub(crate) fn required_flags_on_properties(
    schema: &mut Map<String, Value>,
    pointer: &str,
    notes: &mut Notes,
) {
    let Some(Value::Object(properties)) = schema.get_mut("properties") else {
        return;
    };
    let mut newly_required = Vec::new();
    for (name, property) in properties.iter_mut() {
        let Value::Object(property) = property else {
            continue;
        };
        let flag = match property.get("required") {
            Some(Value::Bool(b)) => *b,
            Some(Value::String(s))
                if s.eq_ignore_ascii_case("true") || s.eq_ignore_ascii_case("false") =>
            {
                s.eq_ignore_ascii_case("true")
            }
            _ => continue,
        };
        property.shift_remove("required");
        notes.warn(
            &pointer::join(
                &pointer::join(&pointer::join(pointer, "properties"), name),
                "required",
            ),
            format!("`required: {flag}` belongs in the parent's `required` list; moved there"),
        );
        if flag {
            newly_required.push(Value::String(name.clone()));
        }
    }
    if newly_required.is_empty() {
        return;
    }
    match schema.get_mut("required") {
        Some(Value::Array(list)) => {
            for name in newly_required {
                if !list.contains(&name) {
                    list.push(name);
                }
            }
        }
        _ => {
            schema.insert("required".into(), Value::Array(newly_required));
        }
    }
}

/// `required` that is not a list of names: a boolean on a non-property schema, a
/// single name, or a list containing non-strings.
pub(crate) fn required_list(schema: &mut Map<String, Value>, pointer: &str, notes: &mut Notes) {
    match schema.get_mut("required") {
        None => {}
        Some(Value::Array(list)) => {
            let before = list.len();
            list.retain(Value::is_string);
            if list.len() != before {
                notes.warn(
                    &pointer::join(pointer, "required"),
                    "non-string entries in `required`; ignored",
                );
            }
            if list.is_empty() {
                schema.shift_remove("required");
            }
        }
        Some(Value::String(name)) => {
            let name = name.clone();
            schema.insert("required".into(), json!([name]));
            notes.warn(
                &pointer::join(pointer, "required"),
                "`required` should be a list; read as a list of one",
            );
        }
        Some(other) => {
            if !other.is_null() {
                notes.warn(
                    &pointer::join(pointer, "required"),
                    format!(
                        "`required` should be a list of property names, found {}; ignored",
                        kind_of(other)
                    ),
                );
            }
            schema.shift_remove("required");
        }
    }
}

/// `type` values outside the six JSON types: Swagger's `file`, language type names
/// (`int`, `long`, `bool`, `dateTime`), capitalised names (`String`), or non-strings.
pub(crate) fn type_name(schema: &mut Map<String, Value>, pointer: &str, notes: &mut Notes) {
    let name = match schema.get("type") {
        None => return,
        Some(Value::String(name)) => name.clone(),
        Some(other) => {
            notes.warn(
                &pointer::join(pointer, "type"),
                format!(
                    "`type` should be a string, found {}; any type is accepted",
                    kind_of(other)
                ),
            );
            schema.shift_remove("type");
            return;
        }
    };
    let (ty, format): (Option<&str>, Option<&str>) = match name.to_ascii_lowercase().as_str() {
        "string" | "number" | "integer" | "boolean" | "object" | "array"
            if name.chars().all(|c| c.is_ascii_lowercase()) =>
        {
            return
        }
        "string" | "str" | "text" => (Some("string"), None),
        "number" | "float" | "double" | "decimal" | "numeric" => (Some("number"), None),
        "integer" => (Some("integer"), None),
        "int" | "int32" => (Some("integer"), Some("int32")),
        "long" | "int64" => (Some("integer"), Some("int64")),
        "boolean" | "bool" => (Some("boolean"), None),
        "object" | "map" | "dictionary" | "dict" | "hash" => (Some("object"), None),
        "array" | "list" => (Some("array"), None),
        "file" | "binary" => (Some("string"), Some("binary")),
        "date" => (Some("string"), Some("date")),
        "datetime" | "date-time" | "timestamp" => (Some("string"), Some("date-time")),
        "uuid" | "guid" => (Some("string"), Some("uuid")),
        "" | "any" | "null" => (None, None),
        _ => {
            notes.warn(
                &pointer::join(pointer, "type"),
                format!("unknown type `{name}`; any type is accepted"),
            );
            schema.shift_remove("type");
            return;
        }
    };
    match ty {
        Some(ty) => {
            notes.warn(
                &pointer::join(pointer, "type"),
                format!("unknown type `{name}`; read as `{ty}`"),
            );
            schema.insert("type".into(), Value::String(ty.into()));
            if let Some(format) = format {
                schema
                    .entry("format")
                    .or_insert_with(|| Value::String(format.into()));
            }
        }
        None => {
            if name.eq_ignore_ascii_case("null") {
                schema.insert("nullable".into(), Value::Bool(true));
            }
            if !name.is_empty() {
                notes.warn(
                    &pointer::join(pointer, "type"),
                    format!("`type: {name}` is not a 3.0 type; any value is accepted"),
                );
            }
            schema.shift_remove("type");
        }
    }
}

/// `enum: null`, an `enum` that is a single value, or a string enum holding numbers
/// and booleans (`enum: [1, 2]` under `type: string`, or YAML's unquoted `true`).
pub(crate) fn enum_values(schema: &mut Map<String, Value>, pointer: &str, notes: &mut Notes) {
    match schema.get("enum") {
        None | Some(Value::Array(_)) => {}
        Some(Value::Null) => {
            schema.shift_remove("enum");
            return;
        }
        Some(_) => coerce_list(schema, "enum", pointer, notes),
    }
    if schema.get("type").and_then(Value::as_str) != Some("string") {
        return;
    }
    let Some(Value::Array(values)) = schema.get_mut("enum") else {
        return;
    };
    let mut changed = false;
    for value in values.iter_mut() {
        if matches!(value, Value::Number(_) | Value::Bool(_)) {
            *value = Value::String(value.to_string());
            changed = true;
        }
    }
    values.retain(|v| v.is_string() || v.is_null());
    if changed {
        notes.warn(
            &pointer::join(pointer, "enum"),
            "non-string values in a string `enum`; read as strings",
        );
    }
}

/// `items` given as a list (draft 4 tuples), or `additionalProperties` as a string
/// boolean or `null`.
pub(crate) fn items_and_additional(
    schema: &mut Map<String, Value>,
    pointer: &str,
    notes: &mut Notes,
) {
    if let Some(Value::Array(list)) = schema.get_mut("items") {
        let mut list = std::mem::take(list);
        let replacement = match list.len() {
            0 => None,
            1 => list.pop(),
            _ => Some(json!({ "anyOf": list })),
        };
        notes.warn(
            &pointer::join(pointer, "items"),
            "`items` should be a schema, not a list; read as any of the listed schemas",
        );
        match replacement {
            Some(items) => schema.insert("items".into(), items),
            None => schema.shift_remove("items"),
        };
    }
    match schema.get("additionalProperties") {
        None | Some(Value::Bool(_) | Value::Object(_)) => {}
        Some(Value::String(_) | Value::Number(_)) => {
            coerce_bool(schema, "additionalProperties", pointer, notes)
        }
        Some(_) => {
            schema.shift_remove("additionalProperties");
        }
    }
}

/// A Swagger-style `discriminator: propertyName` in a 3.0 document, or a
/// discriminator without `propertyName`, or with non-string mapping values.
pub(crate) fn discriminator(schema: &mut Map<String, Value>, pointer: &str, notes: &mut Notes) {
    let p = pointer::join(pointer, "discriminator");
    match schema.get_mut("discriminator") {
        None => {}
        Some(Value::String(name)) => {
            let name = name.clone();
            notes.warn(
                &p,
                "`discriminator` should be a mapping; read as its `propertyName`",
            );
            schema.insert("discriminator".into(), json!({ "propertyName": name }));
        }
        Some(Value::Object(d)) => {
            coerce_string(d, "propertyName", &p, notes);
            if !d.contains_key("propertyName") {
                notes.warn(&p, "`discriminator` without `propertyName`; ignored");
                schema.shift_remove("discriminator");
                return;
            }
            coerce_mapping(d, "mapping", &p, notes);
            if let Some(Value::Object(mapping)) = d.get_mut("mapping") {
                mapping.retain(|_, v| v.is_string());
            }
        }
        Some(_) => {
            schema.shift_remove("discriminator");
        }
    }
}
