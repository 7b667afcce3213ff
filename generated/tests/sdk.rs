//! What the official SDKs give their users, on the Gcore client itself: extra query
//! parameters, body fields and headers per call, removing a default header, a copy of
//! the client with other settings, `GCORE_CUSTOM_HEADERS`, a streamed body, the retry
//! count header, and (cargo feature `blocking`) the synchronous client.

mod common;

use std::time::Duration;

use common::{client, minimal_request, minimal_usage_request, usage_page, API_KEY};
use futures_util::StreamExt;
use gcore_billing::{Client, Error};
use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn server_answering(body: Value) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(&server)
        .await;
    server
}

fn empty_cost_page() -> Value {
    json!({"count": 0, "price_status": "error", "results": []})
}

fn last_body(requests: &[wiremock::Request]) -> Value {
    serde_json::from_slice(&requests.last().expect("a request").body).expect("a JSON body")
}

#[tokio::test]
async fn per_call_extras_reach_the_wire() {
    let server = server_answering(empty_cost_page()).await;
    let client = Client::builder()
        .api_key(API_KEY)
        .base_url(server.uri())
        .default_header("X-Team", "billing")
        .build()
        .expect("client builds");
    client
        .get_detailed_cost_report(&minimal_request(
            "2025-01-01T00:00:00Z",
            "2025-02-01T00:00:00Z",
        ))
        .extra_query("preview", "true")
        .extra_body("future_filter", json!({"kind": "new"}))
        .header("X-Trace", "abc")
        .remove_header("X-Team")
        .await
        .expect("the call succeeds");
    let requests = server.received_requests().await.expect("recording is on");
    let request = &requests[0];
    assert_eq!(request.url.query(), Some("preview=true"));
    let body = last_body(&requests);
    assert_eq!(body["future_filter"], json!({"kind": "new"}));
    assert_eq!(
        body["time_from"], "2025-01-01T00:00:00Z",
        "the typed fields are kept"
    );
    assert_eq!(
        request.headers.get("x-trace").and_then(|v| v.to_str().ok()),
        Some("abc")
    );
    assert!(
        request.headers.get("x-team").is_none(),
        "the default header was removed"
    );
}

#[tokio::test]
async fn with_options_copies_the_client_with_other_settings() {
    let server = server_answering(empty_cost_page()).await;
    let original = client(&server.uri());
    let copy = original
        .with_options(|o| {
            o.api_key("rotated$key")
                .timeout(Duration::from_secs(3))
                .default_header("X-Copy", "1");
        })
        .expect("valid options");
    let request = minimal_request("2025-01-01T00:00:00Z", "2025-02-01T00:00:00Z");
    copy.get_detailed_cost_report(&request)
        .await
        .expect("the copy works");
    original
        .get_detailed_cost_report(&request)
        .await
        .expect("the original works");
    let requests = server.received_requests().await.expect("recording is on");
    let auth = |i: usize| {
        requests[i]
            .headers
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    assert_eq!(auth(0).as_deref(), Some("APIKey rotated$key"));
    assert_eq!(auth(1), Some(format!("APIKey {API_KEY}")));
    assert!(requests[0].headers.get("x-copy").is_some());
    assert!(requests[1].headers.get("x-copy").is_none());
    assert_eq!(copy.runtime().timeout(), Duration::from_secs(3));
}

#[tokio::test]
async fn custom_headers_come_from_the_environment() {
    let server = server_answering(empty_cost_page()).await;
    // This is the only test of this binary that sets these variables.
    std::env::set_var("GCORE_API_KEY", API_KEY);
    std::env::set_var("GCORE_BASE_URL", server.uri());
    std::env::set_var(
        "GCORE_CUSTOM_HEADERS",
        "X-Tenant: acme\nX-Feature: beta: on",
    );
    let client = Client::from_env().expect("the environment is complete");
    client
        .get_detailed_cost_report(&minimal_request(
            "2025-01-01T00:00:00Z",
            "2025-02-01T00:00:00Z",
        ))
        .await
        .expect("the call succeeds");
    let requests = server.received_requests().await.expect("recording is on");
    let header = |name: &str| {
        requests[0]
            .headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    assert_eq!(header("x-tenant").as_deref(), Some("acme"));
    assert_eq!(header("x-feature").as_deref(), Some("beta: on"));
}

#[tokio::test]
async fn a_report_can_be_streamed_as_bytes() {
    let csv = "id,cost\n".to_owned() + &"abc,1.5\n".repeat(20_000);
    let server = MockServer::start().await;
    Mock::given(path("/cloud/v1/cost_report/resources"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(csv.clone(), "text/csv"))
        .mount(&server)
        .await;
    let mut request = minimal_request("2025-01-01T00:00:00Z", "2025-02-01T00:00:00Z");
    request.response_format =
        Some(gcore_billing::models::CostReportRequestResponseFormat::CsvRecords);
    let mut stream = client(&server.uri())
        .get_detailed_cost_report(&request)
        .bytes_stream()
        .await
        .expect("the download starts");
    let mut received = Vec::new();
    while let Some(chunk) = stream.next().await {
        received.extend_from_slice(&chunk.expect("a chunk"));
    }
    assert_eq!(received, csv.as_bytes());
}

#[tokio::test]
async fn retried_attempts_carry_their_number() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503).insert_header("retry-after-ms", "1"))
        .up_to_n_times(2)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(usage_page(0, vec![], vec![])))
        .mount(&server)
        .await;
    client(&server.uri())
        .get_usage_report(&minimal_usage_request(
            "2025-01-01T00:00:00Z",
            "2025-02-01T00:00:00Z",
        ))
        .await
        .expect("the third attempt succeeds");
    let requests = server.received_requests().await.expect("recording is on");
    let counts: Vec<&str> = requests
        .iter()
        .map(|r| {
            r.headers
                .get("x-retry-count")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
        })
        .collect();
    assert_eq!(counts, ["0", "1", "2"]);
}

#[tokio::test]
async fn a_decode_error_names_the_operation_field() {
    let server =
        server_answering(json!({"count": "many", "price_status": "error", "results": []})).await;
    let err = client(&server.uri())
        .get_detailed_cost_report(&minimal_request(
            "2025-01-01T00:00:00Z",
            "2025-02-01T00:00:00Z",
        ))
        .await
        .expect_err("count is not a number");
    let Error::Decode { path, .. } = err else {
        panic!("expected a decode error, got {err:?}");
    };
    assert_eq!(path, "count");
}

#[cfg(feature = "blocking")]
#[test]
fn the_blocking_client_mirrors_the_async_one() {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("address");
    let server = std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().expect("a connection");
        let mut seen = Vec::new();
        let mut buf = [0u8; 4096];
        while !seen.windows(4).any(|w| w == b"\r\n\r\n") {
            let n = stream.read(&mut buf).expect("read");
            seen.extend_from_slice(&buf[..n]);
        }
        let body = r#"{"count": 0, "price_status": "error", "results": []}"#;
        let response = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        stream.write_all(response.as_bytes()).expect("write");
        String::from_utf8_lossy(&seen).into_owned()
    });
    let client = gcore_billing::blocking::Client::builder()
        .api_key(API_KEY)
        .base_url(format!("http://{addr}"))
        .build()
        .expect("client builds");
    let report = client
        .get_detailed_cost_report(&minimal_request(
            "2025-01-01T00:00:00Z",
            "2025-02-01T00:00:00Z",
        ))
        .header("X-Sync", "1")
        .send()
        .expect("the blocking call succeeds");
    assert_eq!(report.count, 0);
    let head = server
        .join()
        .expect("the server thread ends")
        .to_ascii_lowercase();
    assert!(
        head.starts_with("post /cloud/v1/cost_report/resources "),
        "{head}"
    );
    assert!(head.contains("x-sync: 1"), "{head}");
}
