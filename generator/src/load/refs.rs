//! References into the middle of a component schema.
//!
//! Real documents refer to schemas nested inside other schemas:
//! `#/components/schemas/Address/definitions/addressType` (JSON Schema `definitions`
//! or `$defs` kept by converters) or `#/components/schemas/Pet/properties/owner`.
//! The 3.0 model and `lower` name types only at `#/components/schemas/NAME`, so each
//! such target is hoisted into a component of its own, the original place becomes a
//! reference to it (so both uses share one type), and every reference is rewritten.

use std::collections::HashMap;

use serde_json::{json, Map, Value};

use super::notes::Notes;
use super::origins::PointerMap;
use crate::pointer;

const PREFIX: &str = "#/components/schemas/";

/// Hoists nested reference targets; see the module comment. `text` is the original
/// document, checked first so that the common case (no such reference) costs one
/// scan of the text instead of a walk over the value.
pub(crate) fn hoist_nested_targets(
    doc: &mut Value,
    text: &str,
    notes: &mut Notes,
    origins: &mut PointerMap,
) {
    if !mentions_nested_ref(text) {
        return;
    }
    let mut refs = Vec::new();
    collect_refs(doc, &mut refs);
    let mut nested: Vec<String> = refs
        .into_iter()
        .filter(|r| {
            r.strip_prefix(PREFIX)
                .is_some_and(|rest| rest.contains('/'))
        })
        .collect();
    nested.sort();
    nested.dedup();
    // Deepest first, so that a target inside another target is hoisted before its
    // container is copied.
    nested.sort_by_key(|r| std::cmp::Reverse(r.matches('/').count()));

    let mut renamed: HashMap<String, String> = HashMap::new();
    for reference in nested {
        let pointer = &reference[1..];
        let Some(target) = doc.pointer_mut(pointer) else {
            continue;
        };
        if !(target.is_object() || target.is_boolean()) {
            continue;
        }
        let Some(schemas) = doc
            .pointer("/components/schemas")
            .and_then(Value::as_object)
        else {
            return;
        };
        let name = new_name(&reference, schemas);
        let mut new_ref = String::from("#/components/schemas");
        pointer::push(&mut new_ref, &name);
        let Some(target) = doc.pointer_mut(pointer) else {
            continue;
        };
        let hoisted = std::mem::replace(target, json!({ "$ref": new_ref }));
        if let Some(Value::Object(schemas)) = doc.pointer_mut("/components/schemas") {
            schemas.insert(name.clone(), hoisted);
        }
        let new_pointer = new_ref[1..].to_string();
        let original = origins.map_back(pointer).into_owned();
        origins.record(new_pointer.clone(), original);
        notes.warn(
            &new_pointer,
            format!(
                "the schema at `{reference}` is referenced directly; it becomes component `{name}`"
            ),
        );
        renamed.insert(reference, new_ref);
    }
    if !renamed.is_empty() {
        rewrite_refs(doc, &renamed);
    }
}

/// Whether the text contains `#/components/schemas/NAME/...` or the Swagger 2.0
/// `#/definitions/NAME/...`: a name followed by another pointer token before the
/// reference ends.
fn mentions_nested_ref(text: &str) -> bool {
    for prefix in [PREFIX, "#/definitions/"] {
        let mut rest = text;
        while let Some(at) = rest.find(prefix) {
            rest = &rest[at + prefix.len()..];
            let end = rest
                .find(['"', '\'', '\n', ' ', '}', ','])
                .unwrap_or(rest.len());
            if rest[..end].contains('/') {
                return true;
            }
        }
    }
    false
}

/// Keys whose values are data, not description; references there are not followed.
fn is_data(key: &str) -> bool {
    matches!(key, "example" | "examples" | "default" | "enum" | "const") || key.starts_with("x-")
}

fn collect_refs(node: &Value, out: &mut Vec<String>) {
    match node {
        Value::Object(map) => {
            for (key, child) in map {
                if key == "$ref" {
                    if let Value::String(reference) = child {
                        out.push(reference.clone());
                    }
                } else if !is_data(key) {
                    collect_refs(child, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| collect_refs(item, out)),
        _ => {}
    }
}

fn rewrite_refs(node: &mut Value, renamed: &HashMap<String, String>) {
    match node {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                if key == "$ref" {
                    if let Value::String(reference) = child {
                        if let Some(new) = renamed.get(reference.as_str()) {
                            reference.clone_from(new);
                        }
                    }
                } else if !is_data(key) {
                    rewrite_refs(child, renamed);
                }
            }
        }
        Value::Array(items) => items
            .iter_mut()
            .for_each(|item| rewrite_refs(item, renamed)),
        _ => {}
    }
}

/// Schema keywords and indices say nothing about the type; the other tokens of
/// the pointer make its name.
fn is_structural(token: &str) -> bool {
    matches!(
        token,
        "properties"
            | "items"
            | "definitions"
            | "$defs"
            | "allOf"
            | "anyOf"
            | "oneOf"
            | "not"
            | "additionalProperties"
            | "patternProperties"
    ) || token.chars().all(|c| c.is_ascii_digit())
}

/// A component name for the target: the last token when it names a definition
/// (`definitions/addressType` -> `addressType`) and is free, otherwise the
/// meaningful tokens joined with `_` (`Pet_owner`), made unique with a number.
fn new_name(reference: &str, schemas: &Map<String, Value>) -> String {
    let tokens: Vec<String> = reference[PREFIX.len()..]
        .split('/')
        .map(|t| t.replace("~1", "/").replace("~0", "~"))
        .collect();
    let meaningful: Vec<&str> = tokens
        .iter()
        .map(String::as_str)
        .filter(|t| !is_structural(t))
        .collect();
    let in_definitions =
        tokens.len() >= 2 && matches!(tokens[tokens.len() - 2].as_str(), "definitions" | "$defs");
    if in_definitions {
        if let Some(last) = tokens.last() {
            if !schemas.contains_key(last) {
                return last.clone();
            }
        }
    }
    let base = if meaningful.is_empty() {
        "Nested".to_string()
    } else {
        meaningful.join("_")
    };
    if !schemas.contains_key(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}{n}"))
        .find(|candidate| !schemas.contains_key(candidate))
        .unwrap_or(base)
}
