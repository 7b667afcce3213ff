//! Broken documents give a clear error that says where and what, never a panic.

fn generate(text: &str) -> Result<generator::Output, generator::Error> {
    generator::generate_str(text, "broken.yaml", &generator::Options::default())
}

fn error_text(text: &str) -> String {
    match generate(text) {
        Ok(_) => panic!("expected an error for:\n{text}"),
        Err(error) => error.to_string(),
    }
}

#[test]
fn dangling_ref_names_the_reference_and_where_it_is() {
    let message = error_text(
        "openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Pet:
      type: object
      properties:
        owner:
          $ref: '#/components/schemas/Owner'
",
    );
    assert!(
        message.contains("$ref `#/components/schemas/Owner` points to nothing"),
        "{message}"
    );
    assert!(
        message.contains("/components/schemas/Pet/properties/owner"),
        "{message}"
    );
    assert!(message.contains("broken.yaml"), "{message}");
}

#[test]
fn every_dangling_ref_is_reported_at_once() {
    let message = error_text(
        "openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      parameters:
        - $ref: '#/components/parameters/Missing'
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Gone'}
",
    );
    assert!(message.contains("2 problems"), "{message}");
    assert!(
        message.contains("#/components/parameters/Missing"),
        "{message}"
    );
    assert!(message.contains("#/components/schemas/Gone"), "{message}");
}

#[test]
fn not_an_openapi_document() {
    let message = error_text("apiVersion: v1\nkind: Pod\nmetadata: {name: x}\n");
    assert!(message.contains("not an OpenAPI document"), "{message}");
    let message = error_text("[1, 2, 3]");
    assert!(message.contains("not an OpenAPI document"), "{message}");
}

#[test]
fn wrong_type_says_pointer_and_line() {
    let message = error_text("openapi: 3.0.3\ninfo: 42\npaths: {}\n");
    assert!(message.contains("broken.yaml:2 at /info"), "{message}");
    assert!(
        message.contains("`info` should be a mapping, found a number"),
        "{message}"
    );
    let message = error_text("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses: 42\n");
    assert!(message.contains("at /paths"), "{message}");
    assert!(message.contains("invalid type: integer `42`"), "{message}");
}

#[test]
fn syntax_error_says_line() {
    let message = error_text("openapi: 3.0.3\ninfo:\n  title: [unclosed\n  version: 1\n");
    assert!(message.contains("not valid YAML or JSON"), "{message}");
    assert!(message.contains("broken.yaml:"), "{message}");
}

#[test]
fn unsupported_constructs_degrade_with_a_warning() {
    let output = generate(
        "openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    External:
      $ref: 'other.yaml#/Thing'
    NotAnObject:
      allOf:
        - type: string
        - type: integer
",
    )
    .expect("unsupported constructs must not fail the run");
    let warnings: Vec<String> = output.warnings.iter().map(ToString::to_string).collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("/components/schemas/External") && w.contains("serde_json::Value")),
        "{warnings:?}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("/components/schemas/NotAnObject")),
        "{warnings:?}"
    );
    let models = &output.files["src/models.rs"];
    assert!(
        models.contains("pub type External = ::serde_json::Value;"),
        "{models}"
    );
}

/// A document whose parameter, request body and response are each reached through a
/// chain of `hops` component refs.
fn chained_refs(hops: usize) -> String {
    let mut text = String::from(
        "openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    post:
      operationId: chained
      parameters:
        - $ref: '#/components/parameters/P1'
      requestBody: {$ref: '#/components/requestBodies/B1'}
      responses:
        '200': {$ref: '#/components/responses/R1'}
components:
",
    );
    let sections = [
        ("parameters", "P", "{name: limit, in: query, schema: {type: integer}}"),
        ("requestBodies", "B", "{content: {application/json: {schema: {type: object, properties: {n: {type: string}}}}}}"),
        ("responses", "R", "{description: ok, content: {application/json: {schema: {type: object, properties: {id: {type: integer}}}}}}"),
    ];
    for (section, prefix, item) in sections {
        text.push_str(&format!("  {section}:\n"));
        for i in 1..hops {
            text.push_str(&format!(
                "    {prefix}{i}: {{$ref: '#/components/{section}/{prefix}{}'}}\n",
                i + 1
            ));
        }
        text.push_str(&format!("    {prefix}{hops}: {item}\n"));
    }
    text
}

#[test]
fn ref_chains_within_the_limit_are_followed() {
    // 64 refs from the use site to the item: the most the resolver follows.
    let output = generate(&chained_refs(64)).expect("a long chain must not fail the run");
    assert!(output.warnings.is_empty(), "{:?}", output.warnings);
    let operations = &output.files["src/operations/a.rs"];
    assert!(
        operations.contains("body: Option<&crate::models::ChainedBody>"),
        "{operations}"
    );
    assert!(operations.contains("query_param(\"limit\""), "{operations}");
    assert!(
        operations.contains("crate::models::ChainedResponse"),
        "{operations}"
    );
}

#[test]
fn ref_chains_beyond_the_limit_degrade_with_a_warning() {
    let output = generate(&chained_refs(65)).expect("an over-long chain must not fail the run");
    let warnings: Vec<String> = output.warnings.iter().map(ToString::to_string).collect();
    for (pointer, what, fallback) in [
        (
            "/paths/~1a/post/parameters/0",
            "parameter $ref `#/components/parameters/P1`",
            "the parameter is skipped",
        ),
        (
            "/paths/~1a/post/requestBody",
            "request body $ref `#/components/requestBodies/B1`",
            "optional serde_json::Value",
        ),
        (
            "/paths/~1a/post/responses/200",
            "response $ref `#/components/responses/R1`",
            "raw bytes",
        ),
    ] {
        assert!(
            warnings.iter().any(|w| w.contains(pointer)
                && w.contains(what)
                && w.contains("chain of more than 64 $refs")
                && w.contains(fallback)),
            "no warning for {pointer}: {warnings:?}"
        );
    }
    // The fallbacks keep the operation callable: an optional JSON body, raw bytes back.
    let operations = &output.files["src/operations/a.rs"];
    assert!(
        operations.contains("body: Option<&::serde_json::Value>"),
        "{operations}"
    );
    assert!(
        operations.contains("crate::runtime::decode::bytes"),
        "{operations}"
    );
    assert!(!operations.contains("limit"), "{operations}");
}
