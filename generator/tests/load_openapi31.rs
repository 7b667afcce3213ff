//! One row per 3.1 normalisation rule: the input schema, the schema after loading
//! (serialized back from the 3.0 model), and a substring of each expected warning.

mod load_support;

use load_support::{load_json, normalise_schema, normalised};
use serde_json::{json, Value};

struct Case {
    name: &'static str,
    input: Value,
    expected: Value,
    warnings: &'static [&'static str],
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "type list with null becomes nullable",
            input: json!({ "type": ["string", "null"], "format": "uuid" }),
            expected: json!({ "type": "string", "format": "uuid", "nullable": true }),
            warnings: &[],
        },
        Case {
            name: "type null alone is a nullable any",
            input: json!({ "type": "null" }),
            expected: json!({ "nullable": true }),
            warnings: &[],
        },
        Case {
            name: "several types become anyOf with keywords split by type",
            input: json!({ "type": ["string", "integer", "null"], "maxLength": 3, "minimum": 1, "description": "d" }),
            expected: json!({
                "description": "d",
                "nullable": true,
                "anyOf": [
                    { "type": "string", "maxLength": 3 },
                    { "type": "integer", "minimum": 1 }
                ]
            }),
            warnings: &[],
        },
        Case {
            name: "enum values go to the branch of their type",
            input: json!({ "type": ["string", "integer"], "enum": ["a", 1] }),
            expected: json!({ "anyOf": [ { "type": "string", "enum": ["a"] }, { "type": "integer", "enum": [1] } ] }),
            warnings: &[],
        },
        Case {
            name: "const becomes a one-value enum and implies its type",
            input: json!({ "const": "fixed" }),
            expected: json!({ "type": "string", "enum": ["fixed"] }),
            warnings: &[],
        },
        Case {
            name: "examples list becomes example",
            input: json!({ "type": "integer", "examples": [7, 8] }),
            expected: json!({ "type": "integer", "example": 7 }),
            warnings: &[],
        },
        Case {
            name: "numeric exclusiveMinimum becomes minimum plus flag",
            input: json!({ "type": "integer", "exclusiveMinimum": 0, "exclusiveMaximum": 10 }),
            expected: json!({ "type": "integer", "minimum": 0, "exclusiveMinimum": true, "maximum": 10, "exclusiveMaximum": true }),
            warnings: &[],
        },
        Case {
            name: "a stricter inclusive minimum wins over exclusiveMinimum",
            input: json!({ "type": "number", "minimum": 5, "exclusiveMinimum": 1 }),
            expected: json!({ "type": "number", "minimum": 5.0 }),
            warnings: &[],
        },
        Case {
            name: "$ref with a description stays a plain reference",
            input: json!({ "$ref": "#/components/schemas/Y", "description": "why" }),
            expected: json!({ "$ref": "#/components/schemas/Y" }),
            warnings: &[],
        },
        Case {
            name: "$ref with a null type list becomes nullable allOf",
            input: json!({ "$ref": "#/components/schemas/Y", "type": ["object", "null"] }),
            expected: json!({ "type": "object", "nullable": true, "allOf": [ { "$ref": "#/components/schemas/Y" } ] }),
            warnings: &[],
        },
        Case {
            name: "anyOf with a null branch becomes nullable allOf",
            input: json!({ "anyOf": [ { "$ref": "#/components/schemas/Y" }, { "type": "null" } ] }),
            expected: json!({ "nullable": true, "allOf": [ { "$ref": "#/components/schemas/Y" } ] }),
            warnings: &[],
        },
        Case {
            name: "base64 content encoding is format byte",
            input: json!({ "type": "string", "contentEncoding": "base64" }),
            expected: json!({ "type": "string", "format": "byte" }),
            warnings: &[],
        },
        Case {
            name: "a content media type is format binary",
            input: json!({ "type": "string", "contentMediaType": "image/png" }),
            expected: json!({ "type": "string", "format": "binary" }),
            warnings: &[],
        },
        Case {
            name: "prefixItems is dropped with a warning",
            input: json!({ "type": "array", "prefixItems": [ { "type": "string" } ] }),
            expected: json!({ "type": "array", "items": {} }),
            warnings: &["`prefixItems` (a tuple of 1) is not supported"],
        },
        Case {
            name: "one patternProperties pattern becomes additionalProperties",
            input: json!({ "type": "object", "patternProperties": { "^x-": { "type": "string" } } }),
            expected: json!({ "type": "object", "additionalProperties": { "type": "string" } }),
            warnings: &["`patternProperties` is read as `additionalProperties`"],
        },
        Case {
            name: "if/then/else and friends are dropped with one warning",
            input: json!({ "type": "object", "if": {}, "then": {}, "else": {}, "dependentSchemas": {}, "propertyNames": {}, "$defs": {} }),
            expected: json!({ "type": "object" }),
            warnings: &[
                "`if`, `then`, `else`, `dependentSchemas`, `propertyNames` cannot be expressed",
            ],
        },
        Case {
            name: "unevaluatedProperties false is dropped silently",
            input: json!({ "type": "object", "unevaluatedProperties": false, "$id": "x", "$schema": "y" }),
            expected: json!({ "type": "object" }),
            warnings: &[],
        },
        Case {
            name: "boolean schemas in properties",
            input: json!({ "type": "object", "properties": { "a": true, "b": false } }),
            expected: json!({ "type": "object", "properties": { "a": {}, "b": { "not": {} } } }),
            warnings: &[],
        },
        Case {
            name: "rules apply inside nested schemas",
            input: json!({ "type": "array", "items": { "type": ["integer", "null"], "const": 3 } }),
            expected: json!({ "type": "array", "items": { "type": "integer", "nullable": true, "enum": [3] } }),
            warnings: &[],
        },
    ]
}

#[test]
fn schema_rules_in_31_documents() {
    for case in cases() {
        let (actual, warnings) = normalise_schema("3.1.0", case.input.clone());
        assert_eq!(actual, case.expected, "{}", case.name);
        assert_eq!(
            warnings.len(),
            case.warnings.len(),
            "{}: {warnings:?}",
            case.name
        );
        for (warning, expected) in warnings.iter().zip(case.warnings) {
            assert!(
                warning.contains(expected),
                "{}: `{warning}` lacks `{expected}`",
                case.name
            );
        }
    }
}

/// The same forms in a 3.0 document are fixed up too, but each with a warning.
#[test]
fn the_31_forms_in_a_30_document_warn() {
    let (actual, warnings) = normalise_schema(
        "3.0.3",
        json!({ "type": ["integer", "null"], "exclusiveMinimum": 1 }),
    );
    assert_eq!(
        actual,
        json!({ "type": "integer", "nullable": true, "minimum": 1, "exclusiveMinimum": true })
    );
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(warnings[0]
        .contains("/components/schemas/X/type a list or `\"null\"` as `type` is OpenAPI 3.1"));
    assert!(warnings[1].contains("a number as `exclusiveMinimum` is OpenAPI 3.1"));
}

#[test]
fn ref_siblings_in_30_keep_only_nullability() {
    let (actual, warnings) = normalise_schema(
        "3.0.3",
        json!({
            "$ref": "#/components/schemas/Y", "type": "string", "default": "x", "nullable": true, "description": "d"
        }),
    );
    assert_eq!(
        actual,
        json!({ "description": "d", "nullable": true, "allOf": [ { "$ref": "#/components/schemas/Y" } ] })
    );
    assert_eq!(
        warnings,
        ["/components/schemas/X `default` beside `$ref` ignored, as OpenAPI 3.0 specifies"]
    );
}

#[test]
fn document_level_rules() {
    let doc = load_json(&json!({
        "openapi": "3.1.0",
        "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
        "info": { "title": "t", "version": "1", "license": { "name": "MIT", "identifier": "MIT" } },
        "webhooks": { "newPet": { "post": { "responses": { "200": { "description": "ok" } } } } },
        "paths": { "/pets": { "$ref": "#/components/pathItems/Pets" } },
        "components": {
            "pathItems": { "Pets": { "get": { "operationId": "listPets" } } },
            "securitySchemes": { "tls": { "type": "mutualTLS" }, "key": { "type": "apiKey", "in": "header", "name": "K" } }
        },
        "security": [ { "tls": [], "key": [] } ]
    }));
    let value = normalised(&doc);
    assert_eq!(value["openapi"], "3.0.3");
    assert_eq!(
        value["info"]["license"],
        json!({ "name": "MIT", "url": "https://spdx.org/licenses/MIT.html" })
    );
    assert_eq!(value["paths"]["/pets"]["get"]["operationId"], "listPets");
    // Webhooks are not part of the 3.0 model; they travel next to it.
    assert!(value.get("webhooks").is_none());
    let webhooks: Vec<(&str, &str)> = doc
        .webhooks
        .iter()
        .map(|w| (w.name.as_str(), w.pointer.as_str()))
        .collect();
    assert_eq!(webhooks, [("newPet", "/webhooks/newPet")]);
    assert!(doc.webhooks[0].item.post.is_some());
    assert_eq!(
        value["components"]["securitySchemes"]
            .as_object()
            .map(|s| s.len()),
        Some(1)
    );
    assert_eq!(value["security"], json!([ { "key": [] } ]));
    let messages: Vec<&str> = doc.warnings.iter().map(|w| w.message.as_str()).collect();
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(messages[0].contains("mutual TLS is configured on the HTTP client"));
}

#[test]
fn paths_may_be_absent_in_31() {
    let doc = load_json(
        &json!({ "openapi": "3.1.0", "info": { "title": "t", "version": "1" }, "components": {} }),
    );
    assert!(doc.openapi.paths.paths.is_empty());
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
}
