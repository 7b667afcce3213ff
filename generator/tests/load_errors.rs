//! Error fixtures: documents that must be refused, with the exact message.

use generator::load::load_str;

fn error_of(text: &str, origin: &str) -> String {
    match load_str(text, origin) {
        Ok(_) => panic!("{origin} loaded, but it should not"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn refused_documents() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "k8s.yaml",
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n",
            "k8s.yaml: not an OpenAPI document: no `openapi` or `swagger` key at the top level (found keys: apiVersion, kind, metadata)",
        ),
        ("empty.yaml", "", "empty.yaml: not an OpenAPI document: the document is empty"),
        ("comments.yaml", "# nothing here\n", "comments.yaml: not an OpenAPI document: the document is empty"),
        (
            "list.json",
            "[1,2]",
            "list.json: not an OpenAPI document: the top level is a list, but an OpenAPI document is a mapping with an `openapi` or `swagger` key",
        ),
        (
            "scalar.yaml",
            "just some words\n",
            "scalar.yaml: not an OpenAPI document: the top level is a string, but an OpenAPI document is a mapping with an `openapi` or `swagger` key",
        ),
        (
            "four.yaml",
            "openapi: 4.0\ninfo: {title: t, version: '1'}\npaths: {}\n",
            "four.yaml: not an OpenAPI document: unsupported OpenAPI version `4.0` (supported: Swagger 2.0, OpenAPI 3.0.x, 3.1.x and 3.2.x)",
        ),
        (
            "swagger1.json",
            r#"{"swagger": "1.2"}"#,
            "swagger1.json: not an OpenAPI document: unsupported Swagger version `1.2` (supported: Swagger 2.0, OpenAPI 3.0.x, 3.1.x and 3.2.x)",
        ),
        (
            "bad.yaml",
            "openapi: 3.0.0\ninfo:\n  title: [unclosed\n  version: '1'\npaths: {}\n",
            "bad.yaml:4: not valid YAML or JSON: did not find expected ',' or ']'",
        ),
        (
            "bad.json",
            "{\n  \"openapi\": \"3.0.0\",\n  \"info\": ,\n  \"paths\": {}\n}\n",
            "bad.json:3: not valid YAML or JSON: expected value",
        ),
        (
            "paths42.yaml",
            "openapi: 3.0.0\ninfo:\n  title: t\n  version: '1'\npaths: 42\n",
            "paths42.yaml:5 at /paths: `paths` should be a mapping, found a number",
        ),
        (
            "info.yaml",
            "openapi: 3.0.0\ninfo: \"x\"\npaths: {}\n",
            "info.yaml:2 at /info: `info` should be a mapping, found a string",
        ),
        (
            "deep.json",
            "{\"openapi\": \"3.0.0\", \"info\": {\"title\": \"t\", \"version\": \"1\"},\n\"paths\": {\"/a\": {\"get\": {\"responses\": {},\n\"requestBody\": \"text\"}}}}",
            "deep.json:3 at /paths/~1a/get/requestBody: a request body should be a mapping, found a string",
        ),
        (
            "component.yaml",
            "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  parameters:\n    P:\n      name: x\n      in: body\n",
            "component.yaml:6 at /components/parameters/P: unknown variant `body`, expected one of `query`, `header`, `path`, `cookie`",
        ),
        (
            "two.yaml",
            "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get: 1\n  /b:\n    post:\n      responses:\n        '200': [x]\n",
            "2 problems:\n  - two.yaml:5 at /paths/~1a/get: an operation should be a mapping, found a number\n  \
             - two.yaml:9 at /paths/~1b/post/responses/200: a response should be a mapping, found a list",
        ),
    ];
    let mut failures = Vec::new();
    for (origin, text, expected) in cases {
        let actual = error_of(text, origin);
        if actual != *expected {
            failures.push(format!(
                "{origin}:\n  expected {expected}\n  actual   {actual}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn unreadable_file_is_an_io_error() {
    let missing = std::path::Path::new("tests/fixtures/load/does-not-exist.yaml");
    let error = generator::load::load_path(missing).expect_err("the file does not exist");
    assert!(
        error
            .to_string()
            .starts_with("cannot access tests/fixtures/load/does-not-exist.yaml: "),
        "{error}"
    );
}
