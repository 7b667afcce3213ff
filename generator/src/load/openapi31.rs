//! OpenAPI 3.1 to the 3.0 model.
//!
//! [`normalise_root`] handles what 3.1 changed outside schemas (the dialect,
//! `components/pathItems`, license identifiers, optional `paths`, `mutualTLS`; the
//! webhooks stay for [`super::webhooks`]). The `schema_*` functions rewrite one schema object each; the
//! [`super::normalise`] visitor calls them on every schema of every document,
//! because 3.0 documents in the wild use 3.1 forms too (`type: [string, "null"]`,
//! numeric `exclusiveMinimum`). In a 3.1 document a lossless rewrite is silent; in a
//! 3.0 or 2.0 document it is a fix-up and gets a warning.
//!
//! Choices, where 3.1 says more than the 3.0 model can:
//! - `type` lists: `"null"` becomes `nullable: true`; several other types become an
//!   `anyOf` with one branch per type, each keeping the keywords that apply to it.
//! - `$ref` with siblings: annotation siblings (`description`, `summary`, `title`,
//!   examples, `deprecated`, `$comment`, extensions) are dropped, keeping the plain
//!   reference so `lower` sees the named type; any other sibling (`nullable`, a
//!   `type` list with `"null"`, `readOnly`, `default`, constraints) makes the schema
//!   `allOf: [{$ref}]` plus the siblings, the 3.0 idiom for "this type, and more".
//!   In 3.0 and 2.0 documents only `nullable`, `readOnly` and `writeOnly` are kept
//!   that way; other siblings are dropped as those specifications say.
//! - `anyOf`/`oneOf` branches that only allow null are removed and make the schema
//!   nullable; a single remaining branch becomes `allOf: [branch]`.
//! - `prefixItems` becomes `items: {}` (any) unless `items` is present; `patternProperties`
//!   with one pattern becomes `additionalProperties`; `if`/`then`/`else`,
//!   `dependentSchemas`, `contains`, `propertyNames`, `$defs` and the dynamic
//!   references are dropped with a warning.

use serde_json::{json, Map, Value};

use super::notes::Notes;
use crate::pointer;

/// Rewrites the parts of a 3.1 document outside schemas.
pub(crate) fn normalise_root(doc: &mut Value, notes: &mut Notes) {
    let Value::Object(root) = doc else {
        return;
    };
    root.insert("openapi".into(), Value::String("3.0.3".into()));
    if let Some(dialect) = root.shift_remove("jsonSchemaDialect") {
        if dialect
            .as_str()
            .is_some_and(|d| !d.starts_with("https://spec.openapis.org/oas/3.1/dialect"))
        {
            notes.warn_source(
                "/jsonSchemaDialect",
                "a non-default JSON Schema dialect is read as the OpenAPI 3.1 dialect",
            );
        }
    }
    if !root.contains_key("paths") {
        root.insert("paths".into(), json!({}));
    }
    license_identifier(root);
    inline_path_items(root, notes);
}

/// 3.1 added `license.identifier` (an SPDX id) as an alternative to `url`; keep the
/// information as a URL, which the 3.0 model has.
fn license_identifier(root: &mut Map<String, Value>) {
    let Some(Value::Object(license)) = root.get_mut("info").and_then(|i| i.get_mut("license"))
    else {
        return;
    };
    if let Some(Value::String(id)) = license.shift_remove("identifier") {
        if !license.contains_key("url") {
            license.insert(
                "url".into(),
                Value::String(format!("https://spdx.org/licenses/{id}.html")),
            );
        }
    }
}

/// 3.1 lets `paths` and `webhooks` entries refer to `components/pathItems`, which the
/// 3.0 model lacks; inline the referenced items and drop the section.
fn inline_path_items(root: &mut Map<String, Value>, notes: &mut Notes) {
    let items = match root.get_mut("components").and_then(Value::as_object_mut) {
        Some(components) => match components.shift_remove("pathItems") {
            Some(Value::Object(items)) => items,
            _ => return,
        },
        None => return,
    };
    for section in ["paths", "webhooks"] {
        if let Some(Value::Object(entries)) = root.get_mut(section) {
            inline_section(section, entries, &items, notes);
        }
    }
}

/// Inlines the `components/pathItems` references among the entries of `section`.
fn inline_section(
    section: &str,
    paths: &mut Map<String, Value>,
    items: &Map<String, Value>,
    notes: &mut Notes,
) {
    for (path, item) in paths.iter_mut() {
        let Some(reference) = item.get("$ref").and_then(Value::as_str) else {
            continue;
        };
        let Some(name) = reference.strip_prefix("#/components/pathItems/") else {
            continue;
        };
        let name = name.replace("~1", "/").replace("~0", "~");
        match items.get(&name) {
            Some(target) if target.get("$ref").is_none() => *item = target.clone(),
            _ => notes.warn_source(
                &format!("{}/$ref", pointer::of(&[section, path])),
                format!("`{reference}` does not name a path item in components/pathItems"),
            ),
        }
    }
}

/// Keywords that only annotate: dropping them next to a `$ref` loses no meaning the
/// client could use.
const ANNOTATIONS: [&str; 9] = [
    "xml",
    "description",
    "summary",
    "title",
    "example",
    "examples",
    "$comment",
    "externalDocs",
    "deprecated",
];

/// A 3.1 boolean schema: `true` allows anything, `false` nothing.
pub(crate) fn boolean_schema(node: &mut Value) -> bool {
    match node {
        Value::Bool(true) => *node = json!({}),
        Value::Bool(false) => *node = json!({ "not": {} }),
        _ => return false,
    }
    true
}

/// Siblings of `$ref` that a 3.0 document evidently means (`nullable: true` next to a
/// reference is the usual way to say "nullable X", although 3.0 says to ignore it).
const MEANT_IN_30: [&str; 3] = ["nullable", "readOnly", "writeOnly"];

/// Siblings of `$ref` dropped without a warning in 3.0: a `type` next to a reference
/// almost always restates the target's type, and warning about each would bury the
/// warnings that matter.
const QUIETLY_IGNORED_IN_30: [&str; 1] = ["type"];

/// `$ref` with siblings; see the module comment. In a 3.0 or 2.0 document, where
/// siblings are ignored by the specification, only [`MEANT_IN_30`] are kept and the
/// rest are removed with a warning. Returns true when the schema is still a plain
/// reference (callers then leave it alone).
pub(crate) fn schema_ref_siblings(
    schema: &mut Map<String, Value>,
    pointer: &str,
    notes: &mut Notes,
    is31: bool,
) -> bool {
    match schema.get("$ref") {
        Some(Value::String(_)) => {}
        Some(_) => {
            schema.shift_remove("$ref");
            notes.warn(pointer, "`$ref` is not a string; ignored");
            return false;
        }
        None => return false,
    }
    let semantic = |k: &str| k != "$ref" && !k.starts_with("x-") && !ANNOTATIONS.contains(&k);
    if !is31 {
        let ignored: Vec<String> = schema
            .keys()
            .filter(|k| semantic(k) && !MEANT_IN_30.contains(&k.as_str()))
            .cloned()
            .collect();
        for key in &ignored {
            schema.shift_remove(key);
        }
        let reported: Vec<String> = ignored
            .iter()
            .filter(|k| !QUIETLY_IGNORED_IN_30.contains(&k.as_str()))
            .map(|k| format!("`{k}`"))
            .collect();
        if !reported.is_empty() {
            notes.warn(
                pointer,
                format!(
                    "{} beside `$ref` ignored, as OpenAPI 3.0 specifies",
                    reported.join(", ")
                ),
            );
        }
    }
    if !schema.keys().any(|k| semantic(k)) {
        return true;
    }
    let Some(reference) = schema.shift_remove("$ref") else {
        return false;
    };
    let wrapped = json!({ "$ref": reference });
    match schema.get_mut("allOf") {
        Some(Value::Array(all_of)) => all_of.insert(0, wrapped),
        _ => {
            schema.insert("allOf".into(), Value::Array(vec![wrapped]));
        }
    }
    false
}

/// True for a schema that only allows `null`: `{type: "null"}`, `{enum: [null]}`,
/// `{const: null}`, possibly with annotations.
pub(crate) fn null_only(schema: &Value) -> bool {
    let Value::Object(map) = schema else {
        return false;
    };
    let mut null = false;
    for (key, value) in map {
        match key.as_str() {
            "type" => null = value == "null" || *value == json!(["null"]),
            "enum" => null = *value == json!([null]),
            "const" => null = value.is_null(),
            "nullable" => {}
            k if ANNOTATIONS.contains(&k) || k.starts_with("x-") => {}
            _ => return false,
        }
    }
    null
}

/// `anyOf: [X, {type: "null"}]` is how 3.1 (and generated 3.0) says "nullable X".
pub(crate) fn schema_null_branches(schema: &mut Map<String, Value>) {
    for key in ["anyOf", "oneOf"] {
        let Some(Value::Array(branches)) = schema.get_mut(key) else {
            continue;
        };
        let before = branches.len();
        branches.retain(|b| !null_only(b));
        if branches.len() == before {
            continue;
        }
        let remaining = branches.len();
        schema.insert("nullable".into(), Value::Bool(true));
        if remaining == 0 {
            schema.shift_remove(key);
        } else if remaining == 1 && !schema.contains_key("allOf") {
            if let Some(branches) = schema.shift_remove(key) {
                schema.insert("allOf".into(), branches);
            }
        }
    }
}

/// Keywords that belong to one JSON type, for splitting a `type` list into branches.
fn keyword_type(key: &str) -> Option<&'static [&'static str]> {
    Some(match key {
        "pattern" | "minLength" | "maxLength" => &["string"],
        "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum" | "multipleOf" => {
            &["number", "integer"]
        }
        "items" | "minItems" | "maxItems" | "uniqueItems" => &["array"],
        "properties" | "required" | "additionalProperties" | "minProperties" | "maxProperties" => {
            &["object"]
        }
        _ => return None,
    })
}

fn value_has_type(value: &Value, ty: &str) -> bool {
    match ty {
        "string" => value.is_string(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        _ => false,
    }
}

fn numeric_format(format: &str) -> bool {
    matches!(format, "float" | "double" | "decimal")
        || format.starts_with("int")
        || format.starts_with("uint")
}

/// `type` as a list (or `"null"`): see the module comment.
pub(crate) fn schema_type_list(
    schema: &mut Map<String, Value>,
    pointer: &str,
    notes: &mut Notes,
    is31: bool,
) {
    let types: Vec<String> = match schema.get("type") {
        Some(Value::Array(list)) => list
            .iter()
            .map(|t| t.as_str().unwrap_or_default().to_string())
            .collect(),
        Some(Value::String(t)) if t == "null" => vec![t.clone()],
        _ => return,
    };
    let mut others: Vec<String> = Vec::new();
    for t in &types {
        if t != "null" && !t.is_empty() && !others.contains(t) {
            others.push(t.clone());
        }
    }
    if types.iter().any(|t| t == "null") {
        schema.insert("nullable".into(), Value::Bool(true));
    }
    if !is31 {
        notes.warn(
            &format!("{pointer}/type"),
            "a list or `\"null\"` as `type` is OpenAPI 3.1; read as 3.1",
        );
    }
    match others.len() {
        0 => {
            schema.shift_remove("type");
        }
        1 => {
            schema.insert("type".into(), Value::String(others.remove(0)));
        }
        _ if ["anyOf", "oneOf", "allOf"]
            .iter()
            .any(|k| schema.contains_key(*k)) =>
        {
            schema.shift_remove("type");
            notes.warn(&format!("{pointer}/type"), "a list of several types beside `anyOf`/`oneOf`/`allOf` is not supported; any type is accepted");
        }
        _ => split_types(schema, &others),
    }
}

/// Turns `{type: [a, b], ...}` into `{anyOf: [{type: a, ...}, {type: b, ...}]}`,
/// moving each type-specific keyword into the branches of its type.
fn split_types(schema: &mut Map<String, Value>, types: &[String]) {
    schema.shift_remove("type");
    let mut branches: Vec<Map<String, Value>> = types
        .iter()
        .map(|t| {
            let mut branch = Map::new();
            branch.insert("type".into(), Value::String(t.clone()));
            branch
        })
        .collect();
    let keys: Vec<String> = schema.keys().cloned().collect();
    for key in keys {
        let targets: Vec<usize> = match key.as_str() {
            "format" => {
                let numeric = schema
                    .get("format")
                    .and_then(Value::as_str)
                    .is_some_and(numeric_format);
                let wanted: &[&str] = if numeric {
                    &["number", "integer"]
                } else {
                    &["string"]
                };
                types
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| wanted.contains(&t.as_str()))
                    .map(|(i, _)| i)
                    .collect()
            }
            "enum" => (0..types.len()).collect(),
            k => match keyword_type(k) {
                Some(wanted) => types
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| wanted.contains(&t.as_str()))
                    .map(|(i, _)| i)
                    .collect(),
                None => continue,
            },
        };
        let Some(value) = schema.shift_remove(&key) else {
            continue;
        };
        for i in targets {
            let Some(branch) = branches.get_mut(i) else {
                continue;
            };
            if key == "enum" {
                let ty = types.get(i).map(String::as_str).unwrap_or_default();
                let values: Vec<Value> = value
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter(|v| value_has_type(v, ty))
                    .cloned()
                    .collect();
                if !values.is_empty() {
                    branch.insert(key.clone(), Value::Array(values));
                }
            } else {
                branch.insert(key.clone(), value.clone());
            }
        }
    }
    schema.insert(
        "anyOf".into(),
        Value::Array(branches.into_iter().map(Value::Object).collect()),
    );
}

/// `const: v` is a one-value `enum`; with no `type`, the value's own type is implied.
pub(crate) fn schema_const(
    schema: &mut Map<String, Value>,
    pointer: &str,
    notes: &mut Notes,
    is31: bool,
) {
    let Some(value) = schema.shift_remove("const") else {
        return;
    };
    if !is31 {
        notes.warn(
            &format!("{pointer}/const"),
            "`const` is OpenAPI 3.1; read as a one-value `enum`",
        );
    }
    let combined = ["anyOf", "oneOf", "allOf", "$ref"]
        .iter()
        .any(|k| schema.contains_key(*k));
    if !schema.contains_key("type") && !combined {
        let implied = match &value {
            Value::String(_) => Some("string"),
            Value::Bool(_) => Some("boolean"),
            Value::Number(n) if n.is_i64() || n.is_u64() => Some("integer"),
            Value::Number(_) => Some("number"),
            _ => None,
        };
        if let Some(t) = implied {
            schema.insert("type".into(), Value::String(t.into()));
        }
    }
    if value.is_null() {
        schema.insert("nullable".into(), Value::Bool(true));
    }
    schema.insert("enum".into(), Value::Array(vec![value]));
}

/// Schema `examples` (a list in 3.1) becomes the 3.0 `example` (its first entry).
pub(crate) fn schema_examples(schema: &mut Map<String, Value>) {
    match schema.shift_remove("examples") {
        Some(Value::Array(mut list)) if !list.is_empty() && !schema.contains_key("example") => {
            schema.insert("example".into(), list.swap_remove(0));
        }
        _ => {}
    }
}

/// Numeric `exclusiveMinimum`/`exclusiveMaximum` (3.1, and common in 3.0 documents)
/// become `minimum`/`maximum` plus the 3.0 boolean flags.
pub(crate) fn schema_exclusive_bounds(
    schema: &mut Map<String, Value>,
    pointer: &str,
    notes: &mut Notes,
    is31: bool,
) {
    for (flag, bound, stricter) in [
        ("exclusiveMinimum", "minimum", std::cmp::Ordering::Greater),
        ("exclusiveMaximum", "maximum", std::cmp::Ordering::Less),
    ] {
        let Some(Value::Number(limit)) = schema.get(flag).cloned() else {
            continue;
        };
        if !is31 {
            notes.warn(
                &format!("{pointer}/{flag}"),
                format!("a number as `{flag}` is OpenAPI 3.1; read as 3.1"),
            );
        }
        let current = schema.get(bound).and_then(Value::as_f64);
        let limit_f = limit.as_f64().unwrap_or_default();
        let replace = match current {
            None => true,
            Some(c) => limit_f.partial_cmp(&c) == Some(stricter) || limit_f == c,
        };
        if replace {
            schema.insert(bound.into(), Value::Number(limit));
            schema.insert(flag.into(), Value::Bool(true));
        } else {
            schema.shift_remove(flag);
        }
    }
}

/// `contentEncoding`/`contentMediaType` say how a string carries bytes; the 3.0
/// model says it with `format`.
pub(crate) fn schema_content_keywords(schema: &mut Map<String, Value>) {
    let encoding = schema.shift_remove("contentEncoding");
    let media = schema.shift_remove("contentMediaType");
    if schema.contains_key("format") || (encoding.is_none() && media.is_none()) {
        return;
    }
    let format = match encoding.as_ref().and_then(Value::as_str) {
        Some("base64" | "base64url") => "byte",
        Some(_) => return,
        None => "binary",
    };
    if !schema.contains_key("type") {
        schema.insert("type".into(), Value::String("string".into()));
    }
    schema.insert("format".into(), Value::String(format.into()));
}

/// Keywords the 3.0 model cannot express; dropped, approximated where noted.
pub(crate) fn schema_unsupported_keywords(
    schema: &mut Map<String, Value>,
    pointer: &str,
    notes: &mut Notes,
) {
    // `$defs`/`definitions` only hold schemas for references, and referenced ones
    // were hoisted into components by `refs`; the rest are unused.
    for silent in [
        "$schema",
        "$id",
        "$anchor",
        "$comment",
        "$vocabulary",
        "$dynamicAnchor",
        "dependentRequired",
        "$defs",
        "definitions",
    ] {
        schema.shift_remove(silent);
    }
    if let Some(prefix) = schema.shift_remove("prefixItems") {
        let len = prefix.as_array().map_or(0, Vec::len);
        if !schema.contains_key("items") {
            schema.insert("items".into(), json!({}));
        }
        notes.warn(
            pointer,
            format!(
                "`prefixItems` (a tuple of {len}) is not supported; items are accepted as any type"
            ),
        );
    }
    if let Some(patterns) = schema.shift_remove("patternProperties") {
        let mut single = patterns
            .as_object()
            .filter(|p| p.len() == 1)
            .and_then(|p| p.values().next().cloned());
        if let Some(schema_value) = single.as_mut() {
            boolean_schema(schema_value);
        }
        if !schema.contains_key("additionalProperties") {
            let message = if single.is_some() {
                "`patternProperties` is read as `additionalProperties` (the pattern itself is not checked)"
            } else {
                "`patternProperties` with several patterns is read as `additionalProperties` of any type"
            };
            schema.insert(
                "additionalProperties".into(),
                single.unwrap_or_else(|| json!({})),
            );
            notes.warn(pointer, message);
        }
    }
    if let Some(unevaluated) = schema.shift_remove("unevaluatedProperties") {
        if unevaluated.is_object() && !schema.contains_key("additionalProperties") {
            schema.insert("additionalProperties".into(), unevaluated);
        }
    }
    schema.shift_remove("unevaluatedItems");
    let mut dropped: Vec<&str> = Vec::new();
    for key in [
        "if",
        "then",
        "else",
        "dependentSchemas",
        "contains",
        "minContains",
        "maxContains",
        "propertyNames",
        "$dynamicRef",
    ] {
        if schema.shift_remove(key).is_some() {
            dropped.push(key);
        }
    }
    if !dropped.is_empty() {
        let list = dropped
            .iter()
            .map(|k| format!("`{k}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let mut at = pointer.to_string();
        if dropped.len() == 1 {
            pointer::push(&mut at, dropped[0]);
        }
        notes.warn(
            &at,
            format!("{list} cannot be expressed in the generated types; ignored"),
        );
    }
}
