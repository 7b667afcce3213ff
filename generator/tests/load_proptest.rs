//! `load_str` never panics: on arbitrary OpenAPI-flavoured documents (as JSON and as
//! YAML), on randomly mutated fixtures, and on YAML made of anchors, aliases, merge
//! keys and hostile strings. Either outcome is fine; a panic is not. Alias-heavy
//! documents must also stay bounded: what loads is never larger than the loader's
//! expansion budget allows, and the budget error is an acceptable outcome.

use std::fmt::Write;

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

/// Scalars that have broken parsers, terminals, comments or generated code: bidi
/// controls, a lone CR (escaped and raw), NUL, comment closers, braces, quotes,
/// merge-key look-alikes and non-ASCII text. (`mutated_fixtures` covers raw control
/// characters, which YAML refuses.)
const HOSTILE: &[&str] = &[
    "\"\\u202Eevil\\u202C\"",
    "\"a\\rb\"",
    "\"nul\\0byte\"",
    "\"lone\rcr\"",
    "\"*/ /* */\"",
    "\"{id}}{\"",
    "'{'",
    "\"`r#type`\"",
    "\"\\u200B\\uFEFF\"",
    "日本語",
    "é",
    "\"\\L\\P\\N\"",
    "'<<'",
    "\"#/components/schemas/S0\"",
    "~",
    "1e300",
];

/// One anchored definition of an alias-heavy document.
#[derive(Clone, Debug)]
struct Definition {
    /// Which construct (see [`alias_document`]).
    kind: u8,
    /// Up to twelve earlier definitions it refers to.
    refs: Vec<prop::sample::Index>,
    scalar: &'static str,
    /// A long key, to make keys that aliases repeat expensive.
    long_key: bool,
}

fn definitions() -> impl Strategy<Value = Vec<Definition>> {
    // Sequences and mappings of aliases are what multiplies; they come up most.
    let kind = prop_oneof![3 => Just(0u8), 3 => Just(1u8), 1 => 2u8..7];
    let definition = (
        kind,
        prop::collection::vec(any::<prop::sample::Index>(), 1..12),
        prop::sample::select(HOSTILE),
        any::<bool>(),
    )
        .prop_map(|(kind, refs, scalar, long_key)| Definition {
            kind,
            refs,
            scalar,
            long_key,
        });
    prop::collection::vec(definition, 1..12)
}

/// Builds YAML text in which definition `i` is anchored as `&a{i}` and refers to
/// earlier ones through aliases: sequences and mappings of aliases (nesting them
/// multiplies their size), merge keys with one or several sources, complex keys and
/// aliased scalars. The OpenAPI parts of the root alias them too, so that they
/// reach the normalisation passes.
///
/// `padded` adds 20,000 plain nodes: `serde_yaml` follows at most 100 aliases per
/// event of the document, which stops most bombs in a small document on its own;
/// padding lifts that limit so that the loader's budget has to.
fn alias_document(definitions: &[Definition], padded: bool) -> String {
    let mut text = String::from("openapi: 3.0.3\ninfo: {title: aliases, version: '1'}\n");
    if padded {
        let _ = writeln!(text, "x-padding: [{}~]", "~,".repeat(20_000));
    }
    for (i, definition) in definitions.iter().enumerate() {
        let refs: Vec<String> = definition
            .refs
            .iter()
            .map(|index| {
                if i == 0 {
                    definition.scalar.to_string()
                } else {
                    format!("*a{}", index.index(i))
                }
            })
            .collect();
        let key = if definition.long_key {
            "k".repeat(200)
        } else {
            "k".to_string()
        };
        let body = match definition.kind {
            0 => format!("[{}]", refs.join(", ")),
            1 => {
                let entries: Vec<String> = refs
                    .iter()
                    .enumerate()
                    .map(|(n, r)| format!("{key}{n}: {r}"))
                    .collect();
                format!("{{{}}}", entries.join(", "))
            }
            2 => format!(
                "{{<<: {}, type: object, x: {}}}",
                refs[0], definition.scalar
            ),
            3 => format!(
                "{{<<: [{}], description: {}}}",
                refs.join(", "),
                definition.scalar
            ),
            4 => format!("{{? [{}] : {}}}", refs.join(", "), definition.scalar),
            5 => format!(
                "{{type: object, properties: {{p: {}, q: {}}}}}",
                refs[0],
                refs[refs.len() - 1]
            ),
            _ => definition.scalar.to_string(),
        };
        let _ = writeln!(text, "x-d{i}: &a{i} {body}");
    }
    let last = definitions.len() - 1;
    let _ = write!(
        text,
        "components:\n  schemas:\n    S0: *a{last}\n    S1: {{type: object, properties: {{a: *a0, b: *a{last}}}}}\n\
         paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n\
         \x20         content: {{application/json: {{schema: *a{last}}}}}\n"
    );
    text
}

/// Nodes in a JSON value, each array, object, key and scalar counting one.
fn nodes(value: &Value) -> usize {
    match value {
        Value::Array(items) => 1 + items.iter().map(nodes).sum::<usize>(),
        Value::Object(map) => 1 + map.values().map(|v| 1 + nodes(v)).sum::<usize>(),
        _ => 1,
    }
}

proptest! {
    // Few cases: about one in ten ends in the budget error, which in a debug build
    // takes a good fraction of a second to reach (the allowance alone is 1 MiB).
    #![proptest_config(ProptestConfig { cases: 40, failure_persistence: None, ..ProptestConfig::default() })]

    /// Alias-heavy YAML loads, or fails with the expansion budget, `serde_yaml`'s own
    /// alias-jump limit or a syntax error; what loads is bounded by the budget
    /// (4 times the text plus 1 MiB, at least 2 per node).
    #[test]
    fn alias_heavy_yaml(definitions in definitions(), padded in prop::bool::weighted(0.25)) {
        let text = alias_document(&definitions, padded);
        match load_str(&text, "aliases.yaml") {
            Ok(doc) => {
                let value = serde_json::to_value(&doc.openapi).expect("the model serializes");
                let bound = (4 * text.len() + (1 << 20)) / 2;
                prop_assert!(nodes(&value) <= bound, "{} nodes from {} bytes", nodes(&value), text.len());
                for warning in &doc.warnings {
                    let _ = warning.to_string();
                }
            }
            Err(error) => {
                let _ = error.to_string();
            }
        }
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
