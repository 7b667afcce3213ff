//! `load_str` never panics: on arbitrary OpenAPI-flavoured documents (as JSON and as
//! YAML) and on randomly mutated fixtures. Either outcome is fine; a panic is not.

use generator::load::load_str;
use proptest::prelude::*;
use serde_json::{Map, Value};

/// Keys that steer the loader into its interesting branches.
const KEYS: &[&str] = &[
    "openapi",
    "swagger",
    "info",
    "title",
    "version",
    "paths",
    "/a",
    "/b/{id}",
    "get",
    "post",
    "components",
    "schemas",
    "X",
    "type",
    "items",
    "properties",
    "additionalProperties",
    "$ref",
    "allOf",
    "anyOf",
    "oneOf",
    "not",
    "nullable",
    "required",
    "enum",
    "const",
    "examples",
    "example",
    "default",
    "exclusiveMinimum",
    "minimum",
    "minLength",
    "parameters",
    "in",
    "name",
    "schema",
    "content",
    "application/json",
    "responses",
    "200",
    "2xx",
    "default",
    "description",
    "requestBody",
    "headers",
    "securitySchemes",
    "securityDefinitions",
    "definitions",
    "flows",
    "flow",
    "scopes",
    "consumes",
    "produces",
    "collectionFormat",
    "discriminator",
    "servers",
    "url",
    "variables",
    "host",
    "basePath",
    "callbacks",
    "webhooks",
    "pathItems",
    "prefixItems",
    "patternProperties",
    "x-nullable",
    "style",
    "explode",
    "tags",
    "security",
    "links",
    "operationId",
    "<<",
];

const STRINGS: &[&str] = &[
    "3.0.3",
    "3.1.0",
    "2.0",
    "string",
    "integer",
    "number",
    "boolean",
    "array",
    "object",
    "null",
    "file",
    "int",
    "body",
    "formData",
    "query",
    "path",
    "header",
    "cookie",
    "basic",
    "apiKey",
    "oauth2",
    "implicit",
    "accessCode",
    "#/components/schemas/X",
    "#/definitions/X",
    "#/parameters/p",
    "#/responses/r",
    "#/components/pathItems/P",
    "csv",
    "multi",
    "tsv",
    "true",
    "form",
    "",
    "~1/",
];

fn scalar() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (-1e6f64..1e6).prop_map(Value::from),
        prop::sample::select(STRINGS).prop_map(|s| Value::String(s.to_string())),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    scalar().prop_recursive(6, 96, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS), inner), 0..6).prop_map(|entries| {
                Value::Object(
                    entries
                        .into_iter()
                        .map(|(k, v)| (k.to_string(), v))
                        .collect::<Map<_, _>>(),
                )
            }),
        ]
    })
}

/// A document root with a version key, so that most cases get past detection.
fn document() -> impl Strategy<Value = Value> {
    (
        prop::sample::select(&["openapi", "openapi", "swagger"][..]),
        prop::sample::select(&["3.0.3", "3.1.0", "2.0"][..]),
        value(),
    )
        .prop_map(|(key, version, body)| {
            let mut root = match body {
                Value::Object(map) => map,
                other => {
                    let mut map = Map::new();
                    map.insert("paths".into(), other);
                    map
                }
            };
            root.insert(key.to_string(), Value::String(version.to_string()));
            Value::Object(root)
        })
}

/// Exercises the loaded document's lookups too.
fn load_and_look(text: &str, origin: &str) {
    if let Ok(doc) = load_str(text, origin) {
        for pointer in [
            "",
            "/paths",
            "/components/schemas/X/properties",
            "/paths/~1a/get/parameters/0/schema",
            "/x/~2/9",
        ] {
            let _ = doc.location(pointer);
        }
        for warning in &doc.warnings {
            let _ = warning.to_string();
        }
    }
}

const FIXTURES: &[&str] = &[
    include_str!("fixtures/load/swagger2.yaml"),
    include_str!("fixtures/load/lines.yaml"),
    include_str!("fixtures/load/lines.json"),
    include_str!("fixtures/load/flow.yaml"),
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_documents_as_json(doc in document()) {
        load_and_look(&doc.to_string(), "arbitrary.json");
    }

    #[test]
    fn arbitrary_documents_as_yaml(doc in document()) {
        let text = serde_yaml::to_string(&doc).expect("a JSON value serializes as YAML");
        load_and_look(&text, "arbitrary.yaml");
    }

    /// Cuts, insertions and repeats at random places in real fixtures.
    #[test]
    fn mutated_fixtures(
        fixture in prop::sample::select(FIXTURES),
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0usize..40, prop::sample::select(&["", ":", "- ", "{", "]", "\n  ", "'", "\"", "&a ", "*a", "<<: ", "#", "~", "\t", "é"][..])), 1..4),
    ) {
        let mut text = fixture.to_string();
        for (at, cut, insert) in edits {
            let mut start = at.index(text.len() + 1);
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = (start + cut).min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            text.replace_range(start..end, insert);
        }
        load_and_look(&text, "mutated.yaml");
        load_and_look(&text, "mutated.json");
    }
}

/// Nesting close to the parsers' recursion limit (128 levels, two per schema) neither overflows the stack
/// in the normalisation passes nor in the line index; deeper nesting is refused
/// as a syntax error by the parsers themselves.
#[test]
fn deep_nesting() {
    for depth in [30usize, 60, 400] {
        let mut schema = String::from("{\"type\": \"string\"}");
        for _ in 0..depth {
            schema = format!("{{\"type\": \"object\", \"properties\": {{\"a\": {schema}}}}}");
        }
        let json = format!(
            "{{\"openapi\": \"3.1.0\", \"info\": {{\"title\": \"t\", \"version\": \"1\"}}, \
             \"components\": {{\"schemas\": {{\"X\": {schema}}}}}}}"
        );
        for origin in ["deep.json", "deep.yaml"] {
            match load_str(&json, origin) {
                Ok(doc) => {
                    let pointer =
                        format!("/components/schemas/X{}", "/properties/a".repeat(depth / 2));
                    assert_eq!(
                        doc.location(&pointer).line,
                        Some(1),
                        "{origin} at depth {depth}"
                    );
                }
                Err(e) => assert!(
                    depth > 60 && e.to_string().contains("recursion"),
                    "{origin} at depth {depth}: {e}"
                ),
            }
        }
    }
}
