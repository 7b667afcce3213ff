//! Error responses and undecodable successes: each status maps to its own `Error`
//! variant that keeps the status, headers and body; bad 200 bodies become decode errors.

mod common;

use common::{
    client, client_without_retries, cost_page, full_row, minimal_request, minimal_totals_request,
    minimal_usage_request, no_params, reservation_page,
};
use gcore_billing::models::{AggregatedMonthlyCostReportRequest, ListBillingReservationsParams};
use gcore_billing::runtime::ErrorBody;
use gcore_billing::{Client, Error};
use serde_json::{json, Value};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// The name of the variant an error is, so a table can say which one it expects.
fn variant(error: &Error) -> &'static str {
    match error {
        Error::BadRequest(_) => "BadRequest",
        Error::Unauthorized(_) => "Unauthorized",
        Error::Forbidden(_) => "Forbidden",
        Error::NotFound(_) => "NotFound",
        Error::Conflict(_) => "Conflict",
        Error::UnprocessableEntity(_) => "UnprocessableEntity",
        Error::RateLimited(_) => "RateLimited",
        Error::Server(_) => "Server",
        Error::Status(_) => "Status",
        Error::Decode { .. } => "Decode",
        Error::Timeout { .. } => "Timeout",
        Error::Connection { .. } => "Connection",
        Error::InvalidRequest(_) => "InvalidRequest",
        Error::Config(_) => "Config",
        _ => "other",
    }
}

/// Every status the SDKs single out, plus two that fall into the generic buckets.
const STATUS_CASES: [(u16, &str); 11] = [
    (400, "BadRequest"),
    (401, "Unauthorized"),
    (403, "Forbidden"),
    (404, "NotFound"),
    (409, "Conflict"),
    (422, "UnprocessableEntity"),
    (429, "RateLimited"),
    (500, "Server"),
    (502, "Server"),
    (503, "Server"),
    (418, "Status"),
];

/// Starts a server that always answers with `template`.
async fn server_answering(template: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(template)
        .mount(&server)
        .await;
    server
}

async fn request_count(server: &MockServer) -> usize {
    server
        .received_requests()
        .await
        .expect("recording is on")
        .len()
}

/// Calls the cost report once; retries are switched off for this call only, so that
/// the default retry policy still decides for the statuses it does not retry.
async fn cost_report_error(client: &Client, retryable: bool) -> Error {
    let body = minimal_request("2024-07-01T00:00:00Z", "2024-08-01T00:00:00Z");
    let call = client.get_detailed_cost_report(&body);
    let call = if retryable { call.max_retries(0) } else { call };
    call.await.expect_err("an error status fails the call")
}

fn is_retryable(status: u16) -> bool {
    matches!(status, 408 | 409 | 429) || status >= 500
}

#[tokio::test]
async fn each_status_gives_its_variant_with_gcore_json_body_and_headers() {
    for (status, expected) in STATUS_CASES {
        let body = json!({
            "exception_class": "ValidationError",
            "message": format!("problem number {status}"),
            "request_id": format!("body-id-{status}"),
        });
        let server = server_answering(
            ResponseTemplate::new(status)
                .set_body_json(&body)
                .insert_header("x-request-id", format!("hdr-id-{status}").as_str()),
        )
        .await;
        let error = cost_report_error(&client(&server.uri()), is_retryable(status)).await;

        assert_eq!(variant(&error), expected, "status {status}");
        assert_eq!(error.status().map(|s| s.as_u16()), Some(status));
        let api = error.api_error().expect("status errors carry the response");
        assert_eq!(api.status.as_u16(), status);
        assert_eq!(
            api.headers
                .get("x-request-id")
                .and_then(|v| v.to_str().ok()),
            Some(format!("hdr-id-{status}").as_str())
        );
        assert_eq!(api.request_id(), Some(format!("hdr-id-{status}").as_str()));
        assert_eq!(api.body, ErrorBody::Json(body.clone()));
        assert_eq!(
            serde_json::from_slice::<Value>(&api.raw).expect("raw JSON"),
            body
        );
        assert_eq!(
            api.message(),
            Some(format!("problem number {status}").as_str())
        );
        let shown = error.to_string();
        assert!(shown.contains(&status.to_string()), "{shown}");
        assert!(
            shown.contains(&format!("problem number {status}")),
            "{shown}"
        );
        assert!(shown.contains(&format!("hdr-id-{status}")), "{shown}");
        assert_eq!(
            request_count(&server).await,
            1,
            "status {status} is sent once"
        );
    }
}

#[tokio::test]
#[allow(deprecated)]
async fn each_status_keeps_a_plain_text_body() {
    for (status, expected) in STATUS_CASES {
        let text = format!("upstream said no ({status})\n");
        let server = server_answering(
            ResponseTemplate::new(status).set_body_raw(text.clone(), "text/plain"),
        )
        .await;
        let error = client(&server.uri())
            .list_reservations(&no_params())
            .max_retries(0)
            .await
            .expect_err("an error status fails the call");

        assert_eq!(variant(&error), expected, "status {status}");
        let api = error.api_error().expect("status errors carry the response");
        assert_eq!(api.status.as_u16(), status);
        assert_eq!(api.body, ErrorBody::Text(text.clone()));
        assert_eq!(&api.raw[..], text.as_bytes());
        assert_eq!(api.request_id(), None);
        assert_eq!(api.message(), None);
        assert_eq!(
            api.headers
                .get("content-type")
                .and_then(|v| v.to_str().ok()),
            Some("text/plain")
        );
        let shown = error.to_string();
        assert!(
            shown.contains(&format!("upstream said no ({status})")),
            "{shown}"
        );
    }
}

#[tokio::test]
async fn request_id_falls_back_to_the_body_and_other_error_shapes_are_read() {
    let server = server_answering(ResponseTemplate::new(404).set_body_json(json!({
        "exception_class": "NotFoundError",
        "message": "Reservation not found",
        "request_id": "0f0e6b8e-5d0b-4f6e-9a55-8cbd0b9a3c11",
    })))
    .await;
    let error = cost_report_error(&client(&server.uri()), false).await;
    let api = error.api_error().expect("carries the response");
    assert_eq!(
        api.request_id(),
        Some("0f0e6b8e-5d0b-4f6e-9a55-8cbd0b9a3c11")
    );

    // Some Gcore endpoints answer `{code, message}` instead.
    let server = server_answering(
        ResponseTemplate::new(422).set_body_json(json!({"code": 42, "message": "bad period"})),
    )
    .await;
    let error = cost_report_error(&client(&server.uri()), false).await;
    assert!(matches!(error, Error::UnprocessableEntity(_)));
    assert_eq!(
        error.api_error().and_then(|a| a.message()),
        Some("bad period")
    );

    let server = server_answering(ResponseTemplate::new(401)).await;
    let error = cost_report_error(&client(&server.uri()), false).await;
    assert!(matches!(error, Error::Unauthorized(_)));
    assert_eq!(error.api_error().map(|a| &a.body), Some(&ErrorBody::Empty));
    assert_eq!(error.to_string(), "401 Unauthorized");
}

/// Expects a decode error and returns its parts.
fn decode_parts(error: Error) -> (String, String, Option<String>, Vec<u8>) {
    match error {
        Error::Decode {
            message,
            path,
            status,
            content_type,
            body,
            ..
        } => {
            assert_eq!(status.as_u16(), 200);
            (message, path, content_type, body.to_vec())
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[tokio::test]
#[allow(deprecated)]
async fn wrong_field_type_names_the_serde_path() {
    let mut page = reservation_page(2, &[1, 2]);
    page["results"][1]["id"] = json!("ten");
    let server = server_answering(ResponseTemplate::new(200).set_body_json(&page)).await;
    let error = client(&server.uri())
        .list_reservations(&no_params())
        .await
        .expect_err("a wrong type fails decoding");
    assert_eq!(
        request_count(&server).await,
        1,
        "decode errors are not retried"
    );
    let shown = error.to_string();
    let (message, path, content_type, body) = decode_parts(error);
    assert_eq!(path, "results[1].id");
    assert!(message.contains("invalid type"), "{message}");
    assert_eq!(content_type.as_deref(), Some("application/json"));
    assert_eq!(
        serde_json::from_slice::<Value>(&body).expect("body kept"),
        page
    );
    assert!(shown.contains("results[1].id"), "{shown}");
}

#[tokio::test]
#[allow(deprecated)]
async fn missing_required_field_is_named() {
    let mut page = reservation_page(1, &[1]);
    page["results"][0]
        .as_object_mut()
        .expect("object")
        .remove("region_name");
    let server = server_answering(ResponseTemplate::new(200).set_body_json(&page)).await;
    let error = client(&server.uri())
        .list_reservations(&no_params())
        .await
        .expect_err("a missing field fails decoding");
    let (message, path, _, _) = decode_parts(error);
    assert_eq!(path, "results[0]");
    assert!(message.contains("region_name"), "{message}");
}

#[tokio::test]
async fn bad_field_inside_a_cost_row_is_located() {
    let mut row = full_row(1, "backup");
    row["schedule_id"] = json!("not-a-uuid");
    let page = cost_page(2, vec![full_row(0, "instance"), row]);
    let server = server_answering(ResponseTemplate::new(200).set_body_json(&page)).await;
    let error = cost_report_error(&client(&server.uri()), false).await;
    let (message, path, _, body) = decode_parts(error);
    // The row is found through its `type`, so the error must still lead to the field:
    // either in the path or, failing that, in the message next to the row's path.
    assert!(path.starts_with("results[1]"), "{path}");
    assert!(
        format!("{path}: {message}").contains("schedule_id"),
        "the failing field is named: path {path:?}, message {message:?}"
    );
    assert_eq!(
        serde_json::from_slice::<Value>(&body).expect("body kept"),
        page
    );
}

#[tokio::test]
async fn malformed_json_is_a_decode_error_with_the_body() {
    let broken = r#"{"count": 1, "price_status": "show", "results": [{"type": "instance","#;
    let server =
        server_answering(ResponseTemplate::new(200).set_body_raw(broken, "application/json")).await;
    let error = cost_report_error(&client(&server.uri()), false).await;
    let (message, _, content_type, body) = decode_parts(error);
    assert!(message.contains("EOF"), "{message}");
    assert_eq!(content_type.as_deref(), Some("application/json"));
    assert_eq!(body, broken.as_bytes());

    let trailing = r#"{"count": 0, "price_status": "show", "results": []} {"again": 1}"#;
    let server =
        server_answering(ResponseTemplate::new(200).set_body_raw(trailing, "application/json"))
            .await;
    let error = cost_report_error(&client(&server.uri()), false).await;
    let (message, _, _, _) = decode_parts(error);
    assert!(message.contains("trailing"), "{message}");
}

#[tokio::test]
#[allow(deprecated)]
async fn html_page_with_status_200_is_a_decode_error() {
    let html = "<!DOCTYPE html><html><head><title>Maintenance</title></head>\
                <body><h1>We will be back soon</h1></body></html>";
    let server =
        server_answering(ResponseTemplate::new(200).set_body_raw(html, "text/html; charset=utf-8"))
            .await;
    let error = client(&server.uri())
        .list_reservations(&no_params())
        .await
        .expect_err("HTML is not a reservation page");
    let shown = error.to_string();
    let (message, _, content_type, body) = decode_parts(error);
    assert_eq!(content_type.as_deref(), Some("text/html; charset=utf-8"));
    assert!(message.contains("text/html"), "{message}");
    assert_eq!(body, html.as_bytes());
    assert!(shown.contains("text/html"), "{shown}");
}

#[tokio::test]
async fn errors_travel_as_boxed_std_errors_with_their_cause() {
    fn boxed(error: Error) -> Box<dyn std::error::Error + Send + Sync + 'static> {
        Box::new(error)
    }
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    drop(listener);
    let error = cost_report_error(&client(&url), true).await;
    assert!(error.is_connection(), "{error:?}");
    let error = boxed(error);
    assert!(
        error.source().is_some(),
        "the transport error is kept as the cause"
    );
    assert!(
        error
            .to_string()
            .contains("/cloud/v1/cost_report/resources"),
        "{error}"
    );
}

/// Calls every operation of the API once and returns each outcome, named by operationId.
#[allow(deprecated)] // The v1 reservation list is called on purpose.
async fn call_every_operation(client: &Client) -> Vec<(&'static str, Result<(), Error>)> {
    let (from, to) = ("2024-07-01T00:00:00Z", "2024-08-01T00:00:00Z");
    vec![
        (
            "getDetailedCostReport",
            client
                .get_detailed_cost_report(&minimal_request(from, to))
                .await
                .map(drop),
        ),
        (
            "getAggregatedCostReport",
            client
                .get_aggregated_cost_report(&minimal_totals_request(from, to))
                .await
                .map(drop),
        ),
        (
            "getAggregatedMonthlyCostReport",
            client
                .get_aggregated_monthly_cost_report(&AggregatedMonthlyCostReportRequest::default())
                .await
                .map(drop),
        ),
        (
            "getUsageReport",
            client
                .get_usage_report(&minimal_usage_request(from, to))
                .await
                .map(drop),
        ),
        (
            "listBillingReservations",
            client
                .list_billing_reservations(&ListBillingReservationsParams::default())
                .await
                .map(drop),
        ),
        (
            "listReservations",
            client.list_reservations(&no_params()).await.map(drop),
        ),
    ]
}

#[tokio::test]
async fn every_operation_reads_the_documented_error_body() {
    // The spec documents one error shape for every operation (its `default` response).
    let body = json!({
        "exception_class": "ValidationError",
        "message": "time_to must be after time_from",
        "request_id": "f5c0fbdc-8a7b-4c1d-9e2f-3a4b5c6d7e8f",
    });
    let server = server_answering(ResponseTemplate::new(422).set_body_json(&body)).await;
    let outcomes = call_every_operation(&client_without_retries(&server.uri())).await;
    assert_eq!(outcomes.len(), 6);
    for (operation, outcome) in outcomes {
        let error = outcome.expect_err(operation);
        let Error::UnprocessableEntity(api) = &error else {
            panic!("{operation}: expected Error::UnprocessableEntity, got {error:?}");
        };
        assert_eq!(api.body, ErrorBody::Json(body.clone()), "{operation}");
        assert_eq!(
            api.message(),
            Some("time_to must be after time_from"),
            "{operation}"
        );
        assert_eq!(
            api.request_id(),
            Some("f5c0fbdc-8a7b-4c1d-9e2f-3a4b5c6d7e8f"),
            "{operation}"
        );
    }
    assert_eq!(request_count(&server).await, 6, "a 422 is never retried");
}

#[tokio::test]
async fn every_operation_reads_other_error_shapes() {
    // Some Gcore endpoints answer `{code, message}`, and proxies answer with plain text.
    let cases = [
        (
            ResponseTemplate::new(404)
                .set_body_json(json!({"code": 404, "message": "no such region"})),
            "NotFound",
        ),
        (
            ResponseTemplate::new(403).set_body_raw("denied\n", "text/plain"),
            "Forbidden",
        ),
    ];
    for (template, expected) in cases {
        let server = server_answering(template).await;
        for (operation, outcome) in
            call_every_operation(&client_without_retries(&server.uri())).await
        {
            let error = outcome.expect_err(operation);
            assert_eq!(variant(&error), expected, "{operation}");
            let api = error.api_error().expect("status errors carry the response");
            match &api.body {
                ErrorBody::Json(json) => assert_eq!(json["message"], "no such region"),
                ErrorBody::Text(text) => assert_eq!(text, "denied\n"),
                other => panic!("{operation}: unexpected body {other:?}"),
            }
        }
    }
}
