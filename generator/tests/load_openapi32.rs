//! OpenAPI 3.2 input: what `load` reads into the 3.0 model and into
//! `Document::additions`, and what degrades with a warning.

mod load_support;

use generator::load::{load_str, DeviceFlow, InputVersion, QUERYSTRING_MARK};
use load_support::{load_json, normalised};
use serde_json::{json, Value};

fn doc(paths: Value, components: Value) -> Value {
    json!({
        "openapi": "3.2.0",
        "info": { "title": "t", "version": "1" },
        "paths": paths,
        "components": components
    })
}

fn warnings(document: &generator::load::Document) -> Vec<String> {
    document
        .warnings
        .iter()
        .map(|w| format!("{} {}", w.location.pointer, w.message))
        .collect()
}

#[test]
fn version_3_2_is_read_without_a_caveat() {
    let loaded = load_json(&doc(json!({}), json!({})));
    assert_eq!(loaded.version, InputVersion::OpenApi32);
    assert!(loaded.warnings.is_empty(), "{:?}", warnings(&loaded));
}

#[test]
fn query_and_additional_operations_are_kept_beside_the_model() {
    let ok = json!({ "responses": { "204": { "description": "done" } } });
    let loaded = load_json(&doc(
        json!({ "/things": {
            "get": ok.clone(),
            "query": { "operationId": "search", "responses": { "200": {} } },
            "additionalOperations": { "LINK": ok.clone(), "bad method": ok.clone(), "GET": ok }
        }}),
        json!({}),
    ));
    let found: Vec<(&str, &str, &str)> = loaded
        .additions
        .operations
        .iter()
        .map(|op| (op.path.as_str(), op.method.as_str(), op.pointer.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("/things", "query", "/paths/~1things/query"),
            (
                "/things",
                "LINK",
                "/paths/~1things/additionalOperations/LINK"
            ),
            ("/things", "GET", "/paths/~1things/additionalOperations/GET"),
        ]
    );
    assert_eq!(
        loaded.additions.operations[0]
            .operation
            .operation_id
            .as_deref(),
        Some("search")
    );
    // The QUERY operation went through the normalising walk: its response got the
    // description that 3.2 no longer requires.
    assert!(
        loaded.additions.operations[0]
            .operation
            .responses
            .responses
            .len()
            == 1
    );
    let messages = warnings(&loaded).join("\n");
    assert!(
        messages.contains("`bad method` is not an HTTP method name"),
        "{messages}"
    );
    assert!(
        messages.contains("`GET` has a field of its own"),
        "{messages}"
    );
    assert!(!messages.contains("without `description`"), "{messages}");
}

#[test]
fn self_references_become_local() {
    let mut input = doc(
        json!({ "/a": { "get": { "responses": { "200": { "description": "ok", "content": {
            "application/json": { "schema": { "$ref": "https://x.example/api/v1.yaml#/components/schemas/A" } }
        }}}}}}),
        json!({ "schemas": {
            "A": { "type": "object", "properties": { "b": { "$ref": "v1.yaml#/components/schemas/B" } } },
            "B": { "type": "string", "example": { "$ref": "https://x.example/api/v1.yaml#/not/rewritten" } },
            "C": { "$ref": "https://elsewhere.example/other.yaml#/components/schemas/B" }
        }}),
    );
    input["$self"] = json!("https://x.example/api/v1.yaml");
    let value = normalised(&load_json(&input));
    let schema = "/paths/~1a/get/responses/200/content/application~1json/schema/$ref";
    assert_eq!(
        value.pointer(schema),
        Some(&json!("#/components/schemas/A"))
    );
    assert_eq!(
        value.pointer("/components/schemas/A/properties/b/$ref"),
        Some(&json!("#/components/schemas/B"))
    );
    assert_eq!(
        value.pointer("/components/schemas/C/$ref"),
        Some(&json!(
            "https://elsewhere.example/other.yaml#/components/schemas/B"
        ))
    );
}

#[test]
fn tag_parents_are_kept_without_dangling_names_or_cycles() {
    let mut input = doc(json!({}), json!({}));
    input["tags"] = json!([
        { "name": "a", "summary": "A", "kind": "nav" },
        { "name": "b", "parent": "a" },
        { "name": "c", "parent": "b" },
        { "name": "d", "parent": "missing" },
        { "name": "e", "parent": "f" },
        { "name": "f", "parent": "e" }
    ]);
    let loaded = load_json(&input);
    let parents: Vec<(&str, &str)> = loaded
        .additions
        .tag_parents
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(parents, [("b", "a"), ("c", "b"), ("e", "f")]);
    let messages = warnings(&loaded).join("\n");
    assert!(
        messages.contains("/tags/3/parent tag `d` names a parent that is not a tag"),
        "{messages}"
    );
    assert!(
        messages.contains("/tags/5/parent tag `f` is its own ancestor"),
        "{messages}"
    );
}

#[test]
fn the_device_flow_and_scheme_fields_are_read() {
    let loaded = load_json(&doc(
        json!({}),
        json!({ "securitySchemes": { "dev": {
            "type": "oauth2",
            "deprecated": true,
            "oauth2MetadataUrl": "https://a.example/meta",
            "flows": { "deviceAuthorization": {
                "deviceAuthorizationUrl": "https://a.example/device",
                "tokenUrl": "https://a.example/token",
                "scopes": { "read": "Read", "write": "Write" }
            }}
        }}}),
    ));
    let dev = &loaded.additions.security["dev"];
    assert!(dev.deprecated);
    assert_eq!(dev.metadata_url.as_deref(), Some("https://a.example/meta"));
    assert_eq!(
        dev.device_flow,
        Some(DeviceFlow {
            device_authorization_url: "https://a.example/device".into(),
            token_url: "https://a.example/token".into(),
            scopes: vec!["read".into(), "write".into()],
        })
    );
    assert!(loaded
        .openapi
        .components
        .expect("components")
        .security_schemes
        .contains_key("dev"));
}

fn media_doc(media_type: &str, media: Value) -> Value {
    doc(
        json!({ "/s": { "get": { "responses": { "200": { "description": "ok", "content": { media_type: media } } } } } }),
        json!({
            "mediaTypes": { "Shared": { "itemSchema": { "type": "integer" } } },
            "schemas": { "Event": { "type": "object", "properties": {
                "event": { "type": "string" },
                "data": { "type": "string", "contentMediaType": "application/json", "contentSchema": { "type": "boolean" } }
            }}}
        }),
    )
}

fn media_schema(loaded: &generator::load::Document, media_type: &str) -> Value {
    let pointer = format!(
        "/paths/~1s/get/responses/200/content/{}/schema",
        media_type.replace('/', "~1")
    );
    normalised(loaded)
        .pointer(&pointer)
        .cloned()
        .unwrap_or(Value::Null)
}

#[test]
fn item_schemas_of_streams_become_the_media_schema() {
    let loaded = load_json(&media_doc(
        "application/jsonl",
        json!({ "itemSchema": { "type": "string" } }),
    ));
    assert_eq!(
        media_schema(&loaded, "application/jsonl"),
        json!({ "type": "string" })
    );

    let loaded = load_json(&media_doc(
        "application/x-ndjson",
        json!({ "$ref": "#/components/mediaTypes/Shared" }),
    ));
    assert_eq!(
        media_schema(&loaded, "application/x-ndjson"),
        json!({ "type": "integer" })
    );

    let loaded = load_json(&media_doc(
        "multipart/mixed",
        json!({ "itemSchema": { "type": "object" }, "prefixEncoding": [] }),
    ));
    assert_eq!(media_schema(&loaded, "multipart/mixed"), Value::Null);
    let messages = warnings(&loaded).join("\n");
    assert!(
        messages.contains("`itemSchema` of `multipart/mixed` is not supported"),
        "{messages}"
    );
    assert!(
        messages.contains("`prefixEncoding` is not supported"),
        "{messages}"
    );
}

#[test]
fn event_data_with_a_content_schema_is_that_schema() {
    let inline = json!({ "itemSchema": { "type": "object", "properties": {
        "data": { "type": "string", "contentMediaType": "application/json", "contentSchema": { "$ref": "#/components/schemas/Event" } }
    }}});
    let loaded = load_json(&media_doc("text/event-stream", inline));
    assert_eq!(
        media_schema(&loaded, "text/event-stream"),
        json!({ "type": "object", "properties": { "data": { "$ref": "#/components/schemas/Event" } } })
    );
    // A component used as the event schema is rewritten in place.
    let by_ref = json!({ "itemSchema": { "$ref": "#/components/schemas/Event" } });
    let loaded = load_json(&media_doc("text/event-stream", by_ref));
    let event = normalised(&loaded)
        .pointer("/components/schemas/Event/properties/data")
        .cloned();
    assert_eq!(event, Some(json!({ "type": "boolean" })));
}

#[test]
fn querystring_parameters_are_marked_query_parameters() {
    let loaded = load_json(&doc(
        json!({ "/q": { "get": {
            "parameters": [
                { "name": "filter", "in": "querystring", "style": "form",
                  "content": { "application/x-www-form-urlencoded": { "schema": { "type": "object" } } } },
                { "name": "c", "in": "cookie", "style": "cookie", "schema": { "type": "string" } }
            ],
            "responses": { "204": { "description": "ok" } }
        }}}),
        json!({}),
    ));
    let value = normalised(&loaded);
    let param = value.pointer("/paths/~1q/get/parameters/0").expect("kept");
    assert_eq!(param["in"], json!("query"));
    assert_eq!(param[QUERYSTRING_MARK], json!(true));
    let messages = warnings(&loaded).join("\n");
    assert!(
        messages.contains("/parameters/0/style `style` does not apply"),
        "{messages}"
    );
    assert!(
        messages.contains("/parameters/1/style `style: cookie` is not supported"),
        "{messages}"
    );
}

#[test]
fn extra_operations_get_the_same_fix_ups_as_others() {
    let input = doc(
        json!({ "/x": { "query": { "operationId": ["a"], "security": "yes", "responses": { "200": { "description": "ok" } } } } }),
        json!({}),
    );
    let loaded = load_str(&input.to_string(), "sloppy.json").expect("repaired");
    assert_eq!(loaded.additions.operations.len(), 1);
    let messages = warnings(&loaded).join("\n");
    assert!(
        messages.contains("/paths/~1x/query/operationId `operationId` should be a string"),
        "{messages}"
    );
    assert!(
        messages.contains("/paths/~1x/query/security `security` should be a list"),
        "{messages}"
    );
}
