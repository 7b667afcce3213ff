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
    assert!(message.contains("$ref `#/components/schemas/Owner` points to nothing"), "{message}");
    assert!(message.contains("/components/schemas/Pet/properties/owner"), "{message}");
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
    assert!(message.contains("#/components/parameters/Missing"), "{message}");
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
    assert!(message.contains("`info` should be a mapping, found a number"), "{message}");
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
        warnings.iter().any(|w| w.contains("/components/schemas/External") && w.contains("serde_json::Value")),
        "{warnings:?}"
    );
    assert!(warnings.iter().any(|w| w.contains("/components/schemas/NotAnObject")), "{warnings:?}");
    let models = &output.files["src/models.rs"];
    assert!(models.contains("pub type External = ::serde_json::Value;"), "{models}");
}
