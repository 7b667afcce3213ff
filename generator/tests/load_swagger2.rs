//! Swagger 2.0 conversion: one row per rule, as (pointer into the converted
//! document, expected value), over one fixture that exercises every rule.

mod load_support;

use std::path::Path;

use generator::load::{load_path, InputVersion};
use load_support::normalised;
use serde_json::{json, Value};

const FIXTURE: &str = "tests/fixtures/load/swagger2.yaml";

fn rows() -> Vec<(&'static str, &'static str, Value)> {
    let pet_ref = json!({ "$ref": "#/components/schemas/Pet" });
    vec![
        (
            "host, basePath and schemes become servers",
            "/servers",
            json!([ { "url": "https://api.example.com/v1" }, { "url": "http://api.example.com/v1" } ]),
        ),
        (
            "definitions move to components/schemas; refs follow",
            "/components/schemas/Pet/properties/tags/items",
            json!({ "$ref": "#/components/schemas/Tag" }),
        ),
        (
            "x-nullable becomes nullable",
            "/components/schemas/Pet/properties/name",
            json!({ "type": "string", "nullable": true }),
        ),
        (
            "a discriminator name becomes an object",
            "/components/schemas/Pet/discriminator",
            json!({ "propertyName": "kind" }),
        ),
        (
            "x-ms extensions are left alone",
            "/components/schemas/Tag/x-ms-enum",
            json!({ "name": "Tag" }),
        ),
        (
            "basic auth is http basic",
            "/components/securitySchemes/basicAuth",
            json!({ "type": "http", "scheme": "basic", "description": "user and password" }),
        ),
        (
            "apiKey is unchanged",
            "/components/securitySchemes/key",
            json!({ "type": "apiKey", "in": "header", "name": "X-Key" }),
        ),
        (
            "oauth2 implicit flow",
            "/components/securitySchemes/implicitFlow/flows",
            json!({ "implicit": { "authorizationUrl": "https://auth.example.com/authorize", "scopes": { "read": "read things" } } }),
        ),
        (
            "oauth2 accessCode is authorizationCode",
            "/components/securitySchemes/codeFlow/flows/authorizationCode/tokenUrl",
            json!("https://auth.example.com/token"),
        ),
        (
            "oauth2 application is clientCredentials",
            "/components/securitySchemes/appFlow/flows/clientCredentials/tokenUrl",
            json!("https://auth.example.com/token"),
        ),
        (
            "non-body global parameters move to components",
            "/components/parameters/limit/schema",
            json!({ "type": "integer", "format": "int32", "default": 20 }),
        ),
        (
            "body global parameters are not components",
            "/components/parameters/petBody",
            Value::Null,
        ),
        (
            "global responses get content per produces type",
            "/components/responses/NotFound/content",
            json!({ "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }),
        ),
        (
            "parameter refs are rewritten",
            "/paths/~1pets/get/parameters/0",
            json!({ "$ref": "#/components/parameters/limit" }),
        ),
        (
            "csv query arrays are form without explode",
            "/paths/~1pets/get/parameters/1/explode",
            json!(false),
        ),
        (
            "multi query arrays are form with explode",
            "/paths/~1pets/get/parameters/2/explode",
            json!(true),
        ),
        (
            "ssv is spaceDelimited",
            "/paths/~1pets/get/parameters/3/style",
            json!("spaceDelimited"),
        ),
        (
            "pipes is pipeDelimited",
            "/paths/~1pets/get/parameters/4/style",
            json!("pipeDelimited"),
        ),
        (
            "tsv falls back to csv",
            "/paths/~1pets/get/parameters/5/style",
            json!("form"),
        ),
        (
            "header arrays are simple",
            "/paths/~1pets/parameters/0/style",
            json!("simple"),
        ),
        (
            "item keywords move into schema",
            "/paths/~1pets/parameters/0/schema",
            json!({ "type": "array", "items": { "type": "string" } }),
        ),
        (
            "response schema becomes content",
            "/paths/~1pets/get/responses/200/content/application~1json/schema",
            json!({ "type": "array", "items": pet_ref.clone() }),
        ),
        (
            "response examples go to the matching content",
            "/paths/~1pets/get/responses/200/content/application~1json/example",
            json!([ { "kind": "dog" } ]),
        ),
        (
            "response header keywords move into schema",
            "/paths/~1pets/get/responses/200/headers/X-Rate-Limit/schema",
            json!({ "type": "integer" }),
        ),
        (
            "response refs are rewritten",
            "/paths/~1pets/get/responses/404",
            json!({ "$ref": "#/components/responses/NotFound" }),
        ),
        (
            "a body parameter becomes requestBody per consumes type",
            "/paths/~1pets/post/requestBody",
            json!({
                "required": true,
                "content": { "application/json": { "schema": pet_ref.clone() }, "text/json": { "schema": pet_ref } },
                "x-codegen-request-body-name": "pet"
            }),
        ),
        (
            "the body parameter is no longer a parameter",
            "/paths/~1pets/post/parameters",
            Value::Null,
        ),
        (
            "form data with a file is multipart",
            "/paths/~1pets~1{petId}~1photo/post/requestBody",
            json!({
                "required": true,
                "content": { "multipart/form-data": { "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": { "type": "string", "format": "binary" },
                        "note": { "type": "string", "description": "a note" }
                    }
                } } }
            }),
        ),
        (
            "path parameters stay",
            "/paths/~1pets~1{petId}~1photo/post/parameters/0/name",
            json!("petId"),
        ),
        (
            "form data without files is urlencoded with csv arrays",
            "/paths/~1pets~1{petId}~1photo/put/requestBody/content",
            json!({ "application/x-www-form-urlencoded": {
                "schema": { "type": "object", "properties": { "tags": { "type": "array", "items": { "type": "string" } } } },
                "encoding": { "tags": { "contentType": null, "style": "form" } }
            } }),
        ),
        (
            "a file response is binary octet-stream",
            "/paths/~1pets~1{petId}~1photo.png/get/responses/200/content",
            json!({ "application/octet-stream": { "schema": { "type": "string", "format": "binary" } } }),
        ),
    ]
}

#[test]
fn conversion_rules() {
    let doc = load_path(Path::new(FIXTURE)).expect("the fixture loads");
    assert_eq!(doc.version, InputVersion::Swagger2);
    assert_eq!(doc.openapi.openapi, "3.0.3");
    let value = normalised(&doc);
    let mut failures = Vec::new();
    for (name, pointer, expected) in rows() {
        let actual = value.pointer(pointer).cloned().unwrap_or(Value::Null);
        if actual != expected {
            failures.push(format!(
                "{name}: at {pointer}\n  expected {expected}\n  actual   {actual}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn conversion_warnings_point_into_the_original() {
    let doc = load_path(Path::new(FIXTURE)).expect("the fixture loads");
    let warnings: Vec<String> = doc.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        [format!(
            "warning: {FIXTURE}:117 at /paths/~1pets/get/parameters/5/collectionFormat: \
             `collectionFormat: tsv` is not supported for query parameters; csv is used"
        )]
    );
}

/// Pointers into the converted document map back to the Swagger 2.0 locations.
#[test]
fn locations_map_back_to_the_original() {
    let doc = load_path(Path::new(FIXTURE)).expect("the fixture loads");
    let rows = [
        ("/components/schemas/Pet/properties/name", "/definitions/Pet/properties/name", Some(62)),
        ("/components/securitySchemes/key", "/securityDefinitions/key", Some(15)),
        ("/components/parameters/limit/schema/format", "/parameters/limit/format", Some(41)),
        ("/paths/~1pets/post/requestBody", "/parameters/petBody", Some(43)),
        ("/paths/~1pets/post/requestBody/content/text~1json/schema", "/parameters/petBody/schema", Some(47)),
        ("/paths/~1pets/get/responses/200/content/application~1json/schema/items",
            "/paths/~1pets/get/responses/200/schema/items", Some(129)),
        ("/paths/~1pets/get/parameters/3/schema/items", "/paths/~1pets/get/parameters/3/items", Some(106)),
        ("/paths/~1pets~1{petId}~1photo/post/requestBody/content/multipart~1form-data/schema/properties/note",
            "/paths/~1pets~1{petId}~1photo/post/parameters/2", Some(157)),
        ("/servers/0/url", "/host/0/url", Some(5)),
    ];
    for (converted, original, line) in rows {
        let location = doc.location(converted);
        assert_eq!(location.pointer, original, "{converted}");
        assert_eq!(location.line, line, "{converted}");
    }
}
