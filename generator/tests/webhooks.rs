//! Webhooks and callbacks: decoding received events with the compiled `webhooks`
//! golden crate, and reading webhooks from the places documents put them.

use golden_webhooks::models::{CreateSubscriptionOnEventPayloadKind, Pet};
use golden_webhooks::webhooks::{CreateSubscriptionCallback, WebhookEvent};

#[test]
fn a_webhook_decodes_into_its_payload_model() {
    let event =
        WebhookEvent::decode("newPet", br#"{"id": 7, "name": "Rex"}"#).expect("a valid payload");
    assert_eq!(
        event,
        WebhookEvent::NewPet(Pet::new(7, String::from("Rex")))
    );
    assert_eq!(event.name(), "newPet");

    let event = WebhookEvent::decode("pet.deleted", br#"{"id": null, "reason": "adopted"}"#)
        .expect("an inline payload");
    let WebhookEvent::PetDeleted(payload) = &event else {
        panic!("expected pet.deleted, got {event:?}");
    };
    assert_eq!(
        (payload.id, payload.reason.as_deref()),
        (None, Some("adopted"))
    );
}

#[test]
fn events_without_a_json_body_decode_too() {
    #[allow(deprecated)]
    let ping = WebhookEvent::Ping;
    assert_eq!(WebhookEvent::decode("ping", b"").expect("no body"), ping);
    assert_eq!(
        WebhookEvent::decode("report", b"a,b\n1,2\n").expect("text"),
        WebhookEvent::Report(String::from("a,b\n1,2\n"))
    );
}

#[test]
fn an_unknown_name_is_kept_with_its_body_and_a_webhook_named_unknown_is_not_it() {
    let event = WebhookEvent::decode("pet.renamed", b"{}").expect("unknown events decode");
    assert_eq!(
        event,
        WebhookEvent::Unknown {
            name: String::from("pet.renamed"),
            body: bytes::Bytes::from_static(b"{}")
        }
    );
    assert_eq!(event.name(), "pet.renamed");
    let named_unknown = WebhookEvent::decode("unknown", br#"{"a": 1}"#).expect("a JSON object");
    assert!(
        matches!(named_unknown, WebhookEvent::Unknown2(_)),
        "{named_unknown:?}"
    );
    assert_eq!(
        WebhookEvent::NAMES,
        [
            "newPet",
            "pet.deleted",
            "ping",
            "report",
            "unknown",
            "shared"
        ]
    );
}

#[test]
fn a_body_that_does_not_match_names_the_event_and_the_field() {
    let error = WebhookEvent::decode("newPet", br#"{"id": "seven", "name": "Rex"}"#)
        .expect_err("id is not an integer");
    assert_eq!(error.event, "newPet");
    assert_eq!(error.path, "id");
    assert!(error.to_string().contains("`newPet`"), "{error}");
    assert_eq!(&error.body[..], br#"{"id": "seven", "name": "Rex"}"#);
    let error = WebhookEvent::decode("newPet", b"not json").expect_err("not JSON");
    assert_eq!(error.path, ".");
}

#[test]
fn callbacks_decode_by_callback_name() {
    let event = CreateSubscriptionCallback::decode(
        "onEvent",
        br#"{"id": "e1", "kind": "deleted", "pet": {"id": 1, "name": "a"}}"#,
    )
    .expect("a callback payload");
    let CreateSubscriptionCallback::OnEvent(payload) = event else {
        panic!("expected onEvent");
    };
    assert_eq!(payload.kind, CreateSubscriptionOnEventPayloadKind::Deleted);
    assert_eq!(payload.pet.map(|pet| pet.name).as_deref(), Some("a"));
    assert_eq!(
        CreateSubscriptionCallback::decode("onPing", b"").expect("no body"),
        CreateSubscriptionCallback::OnPing
    );
}

fn generate(text: &str) -> generator::Output {
    let options = generator::Options {
        crate_name: Some(String::from("hooks")),
        ..Default::default()
    };
    generator::generate_str(text, "hooks.yaml", &options).expect("generates")
}

#[test]
fn x_webhooks_of_a_3_0_document_are_read() {
    // GitHub's description is OpenAPI 3.0 with its webhooks under `x-webhooks`.
    let output = generate(
        r##"
openapi: 3.0.3
info: {title: Hooks, version: "1"}
paths: {}
x-webhooks:
  check-run-completed:
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/webhook-check-run-completed'}
          application/x-www-form-urlencoded:
            schema: {type: object}
      responses: {'200': {description: ok}}
components:
  schemas:
    webhook-check-run-completed:
      type: object
      properties: {action: {type: string, nullable: true}}
"##,
    );
    let webhooks = &output.files["src/webhooks.rs"];
    assert!(
        webhooks.contains("CheckRunCompleted(crate::models::WebhookCheckRunCompleted)"),
        "{webhooks}"
    );
    assert!(
        webhooks.contains(r#""check-run-completed" =>"#),
        "{webhooks}"
    );
    assert!(output.files["src/lib.rs"].contains("pub mod webhooks;"));
    assert!(output.warnings.is_empty(), "{:?}", output.warnings);
}

#[test]
fn a_document_without_webhooks_or_callbacks_has_no_webhooks_module() {
    let output = generate("openapi: 3.1.0\ninfo: {title: Plain, version: '1'}\npaths: {}\n");
    assert!(!output.files.contains_key("src/webhooks.rs"));
    assert!(!output.files["src/lib.rs"].contains("webhooks"));
}

#[test]
fn a_webhook_that_cannot_be_read_is_skipped_with_a_warning() {
    let output = generate(
        r#"
openapi: 3.1.0
info: {title: Hooks, version: "1"}
webhooks:
  good:
    post:
      requestBody: {content: {application/json: {schema: {type: string}}}}
      responses: {'200': {description: ok}}
  notAMapping: 42
  elsewhere: {$ref: 'https://example.com/hooks.yaml#/x'}
"#,
    );
    assert!(output.files["src/webhooks.rs"].contains("Good(String)"));
    let messages: Vec<String> = output
        .warnings
        .iter()
        .map(|w| format!("{} {}", w.location.pointer, w.message))
        .collect();
    assert!(
        messages
            .iter()
            .any(|m| m.starts_with("/webhooks/notAMapping")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.starts_with("/webhooks/elsewhere")),
        "{messages:?}"
    );
}
