//! References to schemas nested inside component schemas become components.

mod load_support;

use generator::load::load_str;
use load_support::{load_json, normalised};
use serde_json::json;

#[test]
fn nested_definitions_and_properties_become_components() {
    let doc = load_json(&json!({
        "openapi": "3.0.3",
        "info": { "title": "t", "version": "1" },
        "paths": {},
        "components": { "schemas": {
            "Address": {
                "type": "object",
                "definitions": { "kind": { "type": "string", "enum": ["home", "work"] }, "unused": {} },
                "properties": {
                    "kind": { "$ref": "#/components/schemas/Address/definitions/kind" },
                    "owner": { "type": "object", "properties": { "name": { "type": "string" } } }
                }
            },
            "Letter": {
                "type": "object",
                "properties": {
                    "kind": { "$ref": "#/components/schemas/Address/definitions/kind" },
                    "to": { "$ref": "#/components/schemas/Address/properties/owner" }
                }
            }
        } }
    }));
    let value = normalised(&doc);
    let schemas = &value["components"]["schemas"];
    assert_eq!(
        schemas["kind"],
        json!({ "type": "string", "enum": ["home", "work"] })
    );
    assert_eq!(
        schemas["Address_owner"]["properties"]["name"],
        json!({ "type": "string" })
    );
    assert_eq!(
        schemas["Address"]["properties"]["kind"],
        json!({ "$ref": "#/components/schemas/kind" })
    );
    assert_eq!(
        schemas["Address"]["properties"]["owner"],
        json!({ "$ref": "#/components/schemas/Address_owner" })
    );
    assert_eq!(
        schemas["Letter"]["properties"]["to"],
        json!({ "$ref": "#/components/schemas/Address_owner" })
    );
    assert!(schemas["Address"].get("definitions").is_none());
    let messages: Vec<String> = doc.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "warning: test.json:1 at /components/schemas/Address/definitions/kind: the schema at \
             `#/components/schemas/Address/definitions/kind` is referenced directly; it becomes component `kind`",
            "warning: test.json:1 at /components/schemas/Address/properties/owner: the schema at \
             `#/components/schemas/Address/properties/owner` is referenced directly; it becomes component `Address_owner`",
        ]
    );
}

/// The same in Swagger 2.0, where the hoisted component's location maps back to the
/// original `definitions`.
#[test]
fn nested_swagger_definitions() {
    let text = "\
swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
definitions:
  Pet:
    type: object
    definitions:
      Kind:
        type: string
    properties:
      kind:
        $ref: '#/definitions/Pet/definitions/Kind'
";
    let doc = load_str(text, "nested.yaml").expect("the document loads");
    let value = normalised(&doc);
    assert_eq!(
        value["components"]["schemas"]["Kind"],
        json!({ "type": "string" })
    );
    let location = doc.location("/components/schemas/Kind/type");
    assert_eq!(location.pointer, "/definitions/Pet/definitions/Kind/type");
    assert_eq!(location.line, Some(9));
}
