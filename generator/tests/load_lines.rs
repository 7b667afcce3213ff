//! Pointer to line lookup, for JSON, block YAML and flow YAML.

use std::path::Path;

use generator::load::load_path;

/// (pointer, expected line); `None` when the pointer names nothing in the text and
/// no ancestor below the root does either.
fn check(fixture: &str, rows: &[(&str, Option<usize>)]) {
    let path = format!("tests/fixtures/load/{fixture}");
    let doc = load_path(Path::new(&path)).unwrap_or_else(|e| panic!("{e}"));
    let mut failures = Vec::new();
    for (pointer, line) in rows {
        let location = doc.location(pointer);
        if location.line != *line {
            failures.push(format!(
                "{pointer}: expected {line:?}, found {:?}",
                location.line
            ));
        }
        assert_eq!(location.origin, path);
        assert_eq!(location.pointer, *pointer);
    }
    assert!(failures.is_empty(), "{fixture}:\n{}", failures.join("\n"));
}

#[test]
fn json_lines() {
    check(
        "lines.json",
        &[
            ("", Some(1)),
            ("/openapi", Some(2)),
            ("/info/version", Some(5)),
            ("/paths/~1x~1{y}/get", Some(9)),
            ("/paths/~1x~1{y}/get/parameters/0", Some(11)),
            ("/paths/~1x~1{y}/get/parameters/0/schema/type", Some(16)),
            ("/paths/~1x~1{y}/get/responses/200/description", Some(22)),
            ("/components/schemas/A~1B", Some(30)),
            ("/components/schemas/A~1B/properties/k~0", Some(33)),
            (
                "/components/schemas/A~1B/properties/esc\u{e9}/type",
                Some(37),
            ),
            // Not in the text: the nearest ancestor's line.
            ("/paths/~1x~1{y}/get/parameters/0/schema/format", Some(15)),
            ("/paths/~1x~1{y}/get/parameters/7", Some(10)),
            // Nothing below the root matches: no line.
            ("/webhooks/x", None),
        ],
    );
}

#[test]
fn block_yaml_lines() {
    check(
        "lines.yaml",
        &[
            ("/openapi", Some(2)),
            ("/info/description", Some(5)),
            ("/info/version", Some(8)),
            ("/paths/~1pets~1{id}", Some(10)),
            ("/paths/~1pets~1{id}/get/summary", Some(12)),
            ("/paths/~1pets~1{id}/get/parameters", Some(15)),
            ("/paths/~1pets~1{id}/get/parameters/0", Some(16)),
            ("/paths/~1pets~1{id}/get/parameters/0/schema/type", Some(20)),
            ("/paths/~1pets~1{id}/get/parameters/1/name", Some(22)),
            (
                "/paths/~1pets~1{id}/get/parameters/1/schema/minimum",
                Some(25),
            ),
            (
                "/paths/~1pets~1{id}/get/responses/200/content/application~1json/schema/$ref",
                Some(32),
            ),
            ("/paths/~1a~0b/get/responses/default/description", Some(38)),
            // Through an alias: the anchor's lines.
            ("/paths/~1a~0b/get/parameters/0/in", Some(23)),
            // Through a merge key: the merged mapping's lines.
            ("/components/schemas/Pet/description", Some(47)),
            ("/components/schemas/Pet/properties/id", Some(44)),
            ("/components/schemas/quoted key", Some(48)),
        ],
    );
}

#[test]
fn flow_yaml_lines() {
    check(
        "flow.yaml",
        &[
            ("/openapi", Some(2)),
            ("/info/title", Some(3)),
            ("/paths/~1x/get", Some(6)),
            ("/paths/~1x/get/responses/200/description", Some(8)),
        ],
    );
}

/// A large generated document: thousands of lookups stay cheap because the index
/// is built once.
#[test]
fn many_lookups_on_a_large_document() {
    let mut text = String::from(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n",
    );
    for i in 0..5000 {
        text.push_str(&format!(
            "    S{i}:\n      type: object\n      properties:\n        id: {{type: integer}}\n"
        ));
    }
    let doc = generator::load::load_str(&text, "big.yaml").expect("the document loads");
    for i in 0..5000 {
        let location = doc.location(&format!("/components/schemas/S{i}/properties/id"));
        assert_eq!(location.line, Some(6 + 4 * i + 3));
    }
}
