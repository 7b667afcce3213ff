//! Documents whose size would choke rustc: objects with thousands of properties and
//! long chains of nested `$ref`s. Only generation runs here (it is fast); how long
//! the output takes to type-check at full size is measured by `cargo xtask bench`
//! (see `BENCHMARKS.md`), and the `hostile_wide` and `hostile_deep` golden crates
//! compile the same code paths at a small size.

use serde_json::{json, Map, Value};

fn generate(document: &Value) -> generator::Output {
    let text = serde_json::to_string(document).expect("a JSON document");
    generator::generate_str(&text, "hostile.json", &generator::Options::default())
        .expect("generates")
}

fn document(schemas: Map<String, Value>) -> Value {
    json!({
        "openapi": "3.0.3",
        "info": {"title": "Hostile", "version": "1"},
        "paths": {},
        "components": {"schemas": schemas},
    })
}

/// One object schema `Wide` with `count` string properties.
fn wide(count: usize) -> Value {
    let properties: Map<String, Value> = (0..count)
        .map(|i| (format!("p{i}"), json!({"type": "string"})))
        .collect();
    let mut schemas = Map::new();
    schemas.insert(
        "Wide".into(),
        json!({"type": "object", "properties": properties}),
    );
    document(schemas)
}

/// `S0` has an optional `S1`, which has an optional `S2`, ... down to `S{length-1}`.
fn chain(length: usize) -> Value {
    let schemas: Map<String, Value> = (0..length)
        .map(|i| {
            let next = if i + 1 < length {
                json!({"$ref": format!("#/components/schemas/S{}", i + 1)})
            } else {
                json!({"type": "string"})
            };
            (
                format!("S{i}"),
                json!({"type": "object", "properties": {"next": next}}),
            )
        })
        .collect();
    document(schemas)
}

fn models(output: &generator::Output) -> &str {
    output
        .files
        .get("src/models.rs")
        .map(String::as_str)
        .unwrap_or_default()
}

#[test]
fn structs_past_128_fields_get_impls_written_out() {
    let narrow = generate(&wide(128));
    assert!(
        models(&narrow).contains("#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]")
    );
    let wide = generate(&wide(129));
    let text = models(&wide);
    assert!(text.contains("#[derive(Debug, Clone, Default)]"), "{text}");
    assert!(text.contains("impl ::core::cmp::PartialEq for Wide"));
    assert!(text.contains("impl ::serde::Serialize for Wide"));
    assert!(text.contains("let mut __f128: Option<String> = None;"));
    assert!(wide.warnings.is_empty(), "{:?}", wide.warnings);
}

#[test]
fn objects_past_10000_properties_become_maps_with_a_warning() {
    let typed = generate(&wide(10_000));
    assert!(models(&typed).contains("pub struct Wide"));
    assert!(typed.warnings.is_empty(), "{:?}", typed.warnings);

    let output = generate(&wide(10_001));
    assert!(
        models(&output).contains("pub type Wide = ::serde_json::Map<String, ::serde_json::Value>;")
    );
    let messages: Vec<String> = output
        .warnings
        .iter()
        .map(|w| format!("{}: {}", w.location.pointer, w.message))
        .collect();
    assert_eq!(
        messages,
        ["/components/schemas/Wide: object has 10001 properties, more than the 10000 a generated struct may have \
          (rustc would need minutes and gigabytes for it); using a JSON object map"]
    );
}

#[test]
fn deep_chains_raise_the_recursion_limit() {
    let lib = |length| {
        generate(&chain(length))
            .files
            .get("src/lib.rs")
            .cloned()
            .unwrap_or_default()
    };
    assert!(!lib(30).contains("recursion_limit"));
    assert!(
        lib(200).contains("#![recursion_limit = \"1024\"]"),
        "{}",
        lib(200)
    );
}
