//! One row per real-world fix-up: a document that the 3.0 model would reject (or
//! misread), what the loaded document holds instead, and the warning it leaves.

mod load_support;

use generator::load::load_str;
use load_support::{load_json, normalised, schema_doc};
use serde_json::{json, Value};

/// A 3.0 document with one operation, `GET /p`.
fn with_operation(operation: Value) -> Value {
    json!({ "openapi": "3.0.3", "info": { "title": "t", "version": "1" }, "paths": { "/p/{id}": { "get": operation } } })
}

const OP: &str = "/paths/~1p~1{id}/get";

struct Row {
    name: &'static str,
    input: Value,
    pointer: String,
    expected: Value,
    /// Substrings of the expected warnings, in order (empty: no warning).
    warnings: &'static [&'static str],
}

fn row(
    name: &'static str,
    input: Value,
    pointer: &str,
    expected: Value,
    warnings: &'static [&'static str],
) -> Row {
    Row {
        name,
        input,
        pointer: pointer.to_string(),
        expected,
        warnings,
    }
}

fn schema_row(
    name: &'static str,
    schema: Value,
    expected: Value,
    warnings: &'static [&'static str],
) -> Row {
    row(
        name,
        schema_doc("3.0.3", schema),
        "/components/schemas/X",
        expected,
        warnings,
    )
}

fn rows() -> Vec<Row> {
    let ok = json!({ "200": { "description": "ok" } });
    vec![
        schema_row(
            "booleans given as strings",
            json!({ "type": "string", "nullable": "true", "readOnly": "false" }),
            json!({ "type": "string", "nullable": true }),
            &[
                "`nullable` should be a boolean; read as true",
                "`readOnly` should be a boolean; read as false",
            ],
        ),
        schema_row(
            "required: true on a property moves to the parent",
            json!({
                "type": "object",
                "properties": { "a": { "type": "string", "required": true }, "b": { "type": "string", "required": false } }
            }),
            json!({ "type": "object", "required": ["a"], "properties": { "a": { "type": "string" }, "b": { "type": "string" } } }),
            &[
                "/properties/a/required: `required: true` belongs in the parent's `required` list",
                "/properties/b/required",
            ],
        ),
        schema_row(
            "type: file is a binary string",
            json!({ "type": "file" }),
            json!({ "type": "string", "format": "binary" }),
            &["unknown type `file`; read as `string`"],
        ),
        schema_row(
            "language type names",
            json!({ "type": "object", "properties": {
                "a": { "type": "int" }, "b": { "type": "String" }, "c": { "type": "dateTime" } } }),
            json!({ "type": "object", "properties": {
                "a": { "type": "integer", "format": "int32" }, "b": { "type": "string" },
                "c": { "type": "string", "format": "date-time" } } }),
            &[
                "unknown type `int`",
                "unknown type `String`",
                "unknown type `dateTime`",
            ],
        ),
        schema_row(
            "unknown type names become any",
            json!({ "type": "thing" }),
            json!({}),
            &["unknown type `thing`; any type is accepted"],
        ),
        schema_row(
            "enum: null",
            json!({ "type": "string", "enum": null }),
            json!({ "type": "string" }),
            &[],
        ),
        schema_row(
            "numbers in a string enum",
            json!({ "type": "string", "enum": [1, "b", true] }),
            json!({ "type": "string", "enum": ["1", "b", "true"] }),
            &["non-string values in a string `enum`"],
        ),
        schema_row(
            "counts as strings and floats",
            json!({ "type": "string", "minLength": "2", "maxLength": 10.0 }),
            json!({ "type": "string", "minLength": 2, "maxLength": 10 }),
            &[
                "`minLength` should be a non-negative integer; read as 2",
                "`maxLength` should be a non-negative integer; read as 10",
            ],
        ),
        schema_row(
            "items given as a list",
            json!({ "type": "array", "items": [ { "type": "string" } ] }),
            json!({ "type": "array", "items": { "type": "string" } }),
            &["`items` should be a schema, not a list"],
        ),
        schema_row(
            "a Swagger-style discriminator",
            json!({ "type": "object", "discriminator": "kind" }),
            json!({ "type": "object", "discriminator": { "propertyName": "kind" } }),
            &["`discriminator` should be a mapping; read as its `propertyName`"],
        ),
        schema_row(
            "x-nullable in a 3.0 document",
            json!({ "type": "integer", "x-nullable": true }),
            json!({ "type": "integer", "nullable": true, "x-nullable": true }),
            &[],
        ),
        schema_row(
            "a bare type name as a schema",
            json!({ "type": "object", "properties": { "id": "string" } }),
            json!({ "type": "object", "properties": { "id": { "type": "string" } } }),
            &["a schema should be a mapping; read `string` as `type: string`"],
        ),
        row(
            "missing info",
            json!({ "openapi": "3.0.0", "paths": {} }),
            "/info",
            json!({ "title": "", "version": "" }),
            &["`info` is missing"],
        ),
        row(
            "missing info.version",
            json!({ "openapi": "3.0.0", "info": { "title": "t" }, "paths": {} }),
            "/info/version",
            json!(""),
            &["`info.version` is missing"],
        ),
        row(
            "missing paths in 3.0",
            json!({ "openapi": "3.0.0", "info": { "title": "t", "version": "1" } }),
            "/paths",
            json!({}),
            &["`paths` is missing"],
        ),
        row(
            "a server without url is dropped",
            json!({
                "openapi": "3.0.0", "info": { "title": "t", "version": "1" }, "paths": {},
                "servers": [ { "description": "none" }, { "url": "https://x/{port}", "variables": { "port": { "default": 443, "enum": [443, 8443] } } } ]
            }),
            "/servers",
            json!([ { "url": "https://x/{port}", "variables": { "port": { "default": "443", "enum": ["443", "8443"], "description": null } } } ]),
            &["/servers/0: a server without `url`"],
        ),
        row(
            "tags as bare strings",
            json!({
                "openapi": "3.0.0", "info": { "title": "t", "version": "1" }, "paths": {}, "tags": ["pets"]
            }),
            "/tags",
            json!([ { "name": "pets" } ]),
            &[],
        ),
        row(
            "an operation without responses",
            with_operation(json!({ "operationId": "x" })),
            &format!("{OP}/responses"),
            json!({}),
            &["an operation without `responses`"],
        ),
        row(
            "a parameter without schema",
            with_operation(json!({
                "parameters": [ { "name": "id", "in": "path", "required": true } ], "responses": ok.clone()
            })),
            &format!("{OP}/parameters/0/schema"),
            json!({ "type": "string" }),
            &["no `schema` or `content`; read as a string"],
        ),
        row(
            "Swagger-style keywords on a parameter",
            with_operation(json!({
                "parameters": [ { "name": "id", "in": "path", "required": true, "type": "integer", "format": "int64" } ],
                "responses": ok.clone()
            })),
            &format!("{OP}/parameters/0/schema"),
            json!({ "type": "integer", "format": "int64" }),
            &["schema keywords directly on a parameter or header"],
        ),
        row(
            "a path parameter not marked required",
            with_operation(json!({
                "parameters": [ { "name": "id", "in": "path", "schema": { "type": "string" } } ], "responses": ok.clone()
            })),
            &format!("{OP}/parameters/0/required"),
            json!(true),
            &["a path parameter must be required"],
        ),
        row(
            "a misspelt parameter location",
            with_operation(json!({
                "parameters": [ { "name": "id", "in": "PATH", "required": true, "schema": { "type": "string" } } ], "responses": ok.clone()
            })),
            &format!("{OP}/parameters/0/in"),
            json!("path"),
            &[],
        ),
        row(
            "a style the location does not allow",
            with_operation(json!({
                "parameters": [ { "name": "id", "in": "path", "required": true, "style": "form", "schema": { "type": "string" } } ],
                "responses": ok.clone()
            })),
            &format!("{OP}/parameters/0/style"),
            json!("simple"),
            &["`style: form` is not allowed in path"],
        ),
        row(
            "a parameter without name is dropped",
            with_operation(json!({
                "parameters": [ { "in": "query", "schema": { "type": "string" } } ], "responses": ok.clone()
            })),
            &format!("{OP}/parameters"),
            Value::Null,
            &["parameter ignored: it has no `name`"],
        ),
        row(
            "a response without description",
            with_operation(json!({ "responses": { "200": {} } })),
            &format!("{OP}/responses/200"),
            json!({ "description": "" }),
            &["a response without `description`"],
        ),
        row(
            "lower-case status ranges",
            with_operation(json!({ "responses": { "2xx": { "description": "ok" } } })),
            &format!("{OP}/responses/2XX"),
            json!({ "description": "ok" }),
            &["status code `2xx` read as `2XX`"],
        ),
        row(
            "a media type with no body",
            with_operation(json!({
                "responses": { "200": { "description": "ok", "content": { "application/json": null } } }
            })),
            &format!("{OP}/responses/200/content/application~1json"),
            json!({}),
            &[],
        ),
        row(
            "a Swagger-style schema on a response",
            with_operation(json!({
                "responses": { "200": { "description": "ok", "schema": { "type": "string" } } }
            })),
            &format!("{OP}/responses/200/content/application~1json/schema"),
            json!({ "type": "string" }),
            &["`schema` directly on a request body or response"],
        ),
        row(
            "Swagger-style basic auth in 3.0",
            json!({
                "openapi": "3.0.0", "info": { "title": "t", "version": "1" }, "paths": {},
                "components": { "securitySchemes": { "b": { "type": "basic" } } }
            }),
            "/components/securitySchemes/b",
            json!({ "type": "http", "scheme": "basic" }),
            &["`type: basic` is Swagger 2.0"],
        ),
    ]
}

#[test]
fn fix_ups() {
    let mut failures = Vec::new();
    for row in rows() {
        let doc = load_json(&row.input);
        let actual = normalised(&doc)
            .pointer(&row.pointer)
            .cloned()
            .unwrap_or(Value::Null);
        if actual != row.expected {
            failures.push(format!(
                "{}: at {}\n  expected {}\n  actual   {actual}",
                row.name, row.pointer, row.expected
            ));
        }
        let warnings: Vec<String> = doc
            .warnings
            .iter()
            .map(|w| format!("{}: {}", w.location.pointer, w.message))
            .collect();
        let matches = warnings.len() == row.warnings.len()
            && warnings
                .iter()
                .zip(row.warnings)
                .all(|(w, expected)| w.contains(expected));
        if !matches {
            failures.push(format!(
                "{}: warnings {warnings:?}, expected {:?}",
                row.name, row.warnings
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// YAML-specific input: unquoted numeric and boolean keys, `version: 1.0` read as a
/// number, duplicate keys and merge keys.
#[test]
fn yaml_quirks() {
    let text = "\
openapi: 3.0.3
info:
  title: t
  version: 1.0
paths:
  /a:
    get:
      responses:
        200:
          description: first
        200:
          description: second
components:
  schemas:
    Base: &base
      type: object
    Yes:
      <<: *base
      properties:
        yes: {type: boolean}
        404: {type: string}
";
    let doc = load_str(text, "quirks.yaml").expect("the document loads");
    let value = normalised(&doc);
    assert_eq!(value["info"]["version"], "1.0");
    assert_eq!(
        value["paths"]["/a"]["get"]["responses"]["200"]["description"],
        "second"
    );
    assert_eq!(value["components"]["schemas"]["Yes"]["type"], "object");
    let properties: Vec<&String> = value["components"]["schemas"]["Yes"]["properties"]
        .as_object()
        .map(|p| p.keys().collect())
        .unwrap_or_default();
    assert_eq!(properties, ["yes", "404"]);
    let warnings: Vec<String> = doc.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        ["warning: quirks.yaml:11 at /paths/~1a/get/responses/200: duplicate key `200`; the last value is used"]
    );
}

/// Latin-1 text (seen in published descriptions) loads, with the bad bytes replaced.
#[test]
fn latin1_file() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("latin1.yaml");
    let text = b"openapi: 3.0.3\ninfo:\n  title: caf\xe9\n  version: '1'\npaths: {}\n";
    std::fs::write(&path, text).expect("the file is written");
    let doc = generator::load::load_path(&path).expect("the document loads");
    assert_eq!(doc.openapi.info.title, "caf\u{fffd}");
    assert_eq!(doc.warnings.len(), 1);
    assert_eq!(
        doc.warnings[0].message,
        "the file is not valid UTF-8; invalid bytes were replaced"
    );
    assert_eq!(doc.warnings[0].location.line, Some(1));
}
