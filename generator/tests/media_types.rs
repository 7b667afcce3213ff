//! Which media type a generated method asks for and sends, when a document offers
//! several for one response or body.

use generator::{generate_str, Options};

/// The generated operations of a one-operation document whose 200 response and
/// request body offer `media` in that order.
fn operations(media: &[&str]) -> String {
    let content: String = media
        .iter()
        .map(|m| format!("            {m:?}: {{schema: {{type: object, properties: {{id: {{type: string}}}}}}}}\n"))
        .collect();
    let spec = format!(
        "openapi: 3.0.3\ninfo: {{title: M, version: '1'}}\npaths:\n  /things:\n    post:\n      operationId: makeThing\n      requestBody:\n        required: true\n        content:\n{body}      responses:\n        '200':\n          description: ok\n          content:\n{content}",
        body = content.replace("            ", "          "),
        content = content
    );
    let output = generate_str(&spec, "media.yaml", &Options::default()).expect("generates");
    output
        .files
        .iter()
        .filter(|(path, _)| path.starts_with("src/operations/"))
        .map(|(_, text)| text.as_str())
        .collect()
}

#[test]
fn a_named_json_type_is_preferred_to_any_media() {
    // `*/*` first: the client still asks for, and sends, JSON by name.
    let text = operations(&["*/*", "application/json"]);
    assert!(
        !text.contains("request.accept("),
        "Accept stays application/json:\n{text}"
    );
    assert!(
        text.contains("json_body"),
        "the body is sent as JSON:\n{text}"
    );
    // With `*/*` alone, the client asks for `*/*` and reads JSON.
    let text = operations(&["*/*"]);
    assert!(text.contains("request.accept(\"*/*\")"), "{text}");
}

#[test]
fn a_media_type_with_a_schema_is_preferred_to_one_without() {
    // The schema is under `*/*`; `application/json` only has an example. The typed
    // response is read from the schema, so the client asks for what documents it.
    let spec = "openapi: 3.0.3\ninfo: {title: M, version: '1'}\npaths:\n  /things:\n    get:\n      operationId: listThings\n      responses:\n        '200':\n          description: ok\n          content:\n            '*/*': {schema: {type: array, items: {type: string}}}\n            application/json: {example: {data: []}}\n";
    let output = generate_str(spec, "media.yaml", &Options::default()).expect("generates");
    let text: String = output
        .files
        .iter()
        .filter(|(path, _)| path.starts_with("src/operations/"))
        .map(|(_, text)| text.as_str())
        .collect();
    assert!(text.contains("request.accept(\"*/*\")"), "{text}");
    assert!(
        text.contains("Vec<String>"),
        "the typed response is the schema's: {text}"
    );
}
