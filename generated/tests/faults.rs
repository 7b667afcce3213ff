//! Network faults through the generated client: retries, Retry-After, silent servers,
//! resets, empty and very large bodies, and keeping the API key out of every message.

mod common;

use std::time::{Duration, Instant};

use common::{
    client, client_without_retries, cost_page, full_row, minimal_request, minimal_totals_request,
    minimal_usage_request, read_request, totals_page, usage_page, write_json, RawServer,
};
use gcore_billing::models::AggregatedMonthlyCostReportRequest;
use gcore_billing::{Client, Error};
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;
use wiremock::matchers::{any, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

fn body() -> gcore_billing::models::CostReportRequest {
    minimal_request("2024-07-01T00:00:00Z", "2024-08-01T00:00:00Z")
}

fn ok_page() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(cost_page(1, vec![full_row(0, "instance")]))
}

/// Mounts `first` for the first `times` requests and an OK page after that.
async fn server_failing_first(first: ResponseTemplate, times: u64) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(first)
        .up_to_n_times(times)
        .mount(&server)
        .await;
    Mock::given(any())
        .respond_with(ok_page())
        .mount(&server)
        .await;
    server
}

async fn received(server: &MockServer) -> Vec<Request> {
    server.received_requests().await.expect("recording is on")
}

fn retry_counts(requests: &[Request]) -> Vec<String> {
    requests
        .iter()
        .map(|r| {
            r.headers
                .get("x-retry-count")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("-")
                .to_owned()
        })
        .collect()
}

#[tokio::test]
async fn server_error_then_success_is_retried_after_a_backoff() {
    let server = server_failing_first(ResponseTemplate::new(503), 1).await;
    let started = Instant::now();
    let report = client(&server.uri())
        .get_detailed_cost_report(&body())
        .await
        .expect("the retry succeeds");
    let elapsed = started.elapsed();
    assert_eq!(report.results.len(), 1);
    let requests = received(&server).await;
    assert_eq!(requests.len(), 2);
    assert_eq!(retry_counts(&requests), ["0", "1"]);
    // The replayed POST carries the same body.
    assert_eq!(requests[0].body, requests[1].body);
    // The first backoff is 0.5 s shrunk by at most 25 % of jitter.
    assert!(elapsed >= Duration::from_millis(370), "{elapsed:?}");
}

#[tokio::test]
async fn rate_limit_waits_for_retry_after() {
    let server = server_failing_first(
        ResponseTemplate::new(429).insert_header("retry-after", "1"),
        1,
    )
    .await;
    let started = Instant::now();
    client(&server.uri())
        .get_detailed_cost_report(&body())
        .await
        .expect("the retry succeeds");
    let elapsed = started.elapsed();
    assert_eq!(received(&server).await.len(), 2);
    // Without the header the wait would be at most 0.5 s.
    assert!(
        elapsed >= Duration::from_millis(950),
        "waited only {elapsed:?}"
    );
    assert!(elapsed < Duration::from_secs(5), "waited {elapsed:?}");
}

#[tokio::test]
async fn retry_budget_is_spent_and_then_the_last_error_returned() {
    let always_failing = ResponseTemplate::new(500).insert_header("retry-after-ms", "10");
    let server = server_failing_first(always_failing.clone(), 100).await;
    let error = client(&server.uri())
        .get_detailed_cost_report(&body())
        .await
        .expect_err("every attempt fails");
    assert!(matches!(error, Error::Server(_)), "{error:?}");
    assert_eq!(received(&server).await.len(), 3, "two retries by default");

    let server = server_failing_first(always_failing, 100).await;
    client(&server.uri())
        .get_detailed_cost_report(&body())
        .max_retries(1)
        .await
        .expect_err("every attempt fails");
    assert_eq!(received(&server).await.len(), 2, "the per-call budget wins");
}

#[tokio::test]
async fn should_retry_header_overrides_the_status() {
    let server = server_failing_first(
        ResponseTemplate::new(503).insert_header("x-should-retry", "false"),
        1,
    )
    .await;
    let error = client(&server.uri())
        .get_detailed_cost_report(&body())
        .await
        .expect_err("the server said not to retry");
    assert!(matches!(error, Error::Server(_)));
    assert_eq!(received(&server).await.len(), 1);

    let server = server_failing_first(
        ResponseTemplate::new(400)
            .insert_header("x-should-retry", "true")
            .insert_header("retry-after-ms", "10"),
        1,
    )
    .await;
    client(&server.uri())
        .get_detailed_cost_report(&body())
        .await
        .expect("the server asked for a retry, which succeeds");
    assert_eq!(received(&server).await.len(), 2);
}

/// A server that reads each request and then never answers.
async fn silent_server() -> RawServer {
    RawServer::start(|_, mut stream| async move {
        read_request(&mut stream).await;
        tokio::time::sleep(Duration::from_secs(60)).await;
        drop(stream);
    })
    .await
}

#[tokio::test]
async fn silent_server_gives_a_timeout() {
    let server = silent_server().await;
    let client = client(&server.url);
    let started = Instant::now();
    let error = client
        .get_detailed_cost_report(&body())
        .timeout(Duration::from_millis(300))
        .max_retries(0)
        .await
        .expect_err("nothing ever arrives");
    let elapsed = started.elapsed();
    assert!(matches!(error, Error::Timeout { .. }), "{error:?}");
    assert!(error.is_timeout());
    assert!(elapsed >= Duration::from_millis(280), "{elapsed:?}");
    assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");
    assert!(error.to_string().starts_with("timeout"), "{error}");
    assert_eq!(server.connection_count(), 1);

    // Timeouts are retried like connection errors.
    let error = client
        .get_detailed_cost_report(&body())
        .timeout(Duration::from_millis(100))
        .max_retries(1)
        .await
        .expect_err("nothing ever arrives");
    assert!(error.is_timeout());
    assert_eq!(server.connection_count(), 3);
}

/// Sends a response head promising a long body, part of the body, then resets.
async fn answer_then_reset(mut stream: TcpStream) {
    read_request(&mut stream).await;
    let head =
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n";
    let _ = stream.write_all(head.as_bytes()).await;
    let _ = stream
        .write_all(br#"{"count": 1, "price_status": "show", "results": [{"#)
        .await;
    let _ = stream.flush().await;
    // A zero linger makes closing send a reset at once instead of a normal close; with
    // zero it cannot block, which is what the deprecation warns about.
    #[allow(deprecated)]
    let _ = stream.set_linger(Some(Duration::ZERO));
    drop(stream);
}

#[tokio::test]
async fn connection_reset_mid_body_is_a_connection_error() {
    let server = RawServer::start(|_, stream| answer_then_reset(stream)).await;
    let error = client_without_retries(&server.url)
        .get_detailed_cost_report(&body())
        .await
        .expect_err("the body never completes");
    assert!(matches!(error, Error::Connection { .. }), "{error:?}");
    assert!(error.is_connection());
    assert!(error.to_string().starts_with("connection error"), "{error}");
}

#[tokio::test]
async fn truncated_body_is_a_connection_error() {
    let server = RawServer::start(|_, mut stream| async move {
        read_request(&mut stream).await;
        let head = "HTTP/1.1 200 OK\r\ncontent-length: 5000\r\n\r\n{\"count\": 1";
        let _ = stream.write_all(head.as_bytes()).await;
        let _ = stream.shutdown().await;
    })
    .await;
    let error = client_without_retries(&server.url)
        .get_detailed_cost_report(&body())
        .await
        .expect_err("the body is cut short");
    assert!(error.is_connection(), "{error:?}");
}

#[tokio::test]
async fn connection_errors_are_retried() {
    let page = serde_json::to_string(&cost_page(1, vec![full_row(0, "volume")])).expect("JSON");
    let server = RawServer::start(move |index, mut stream| {
        let page = page.clone();
        async move {
            if index == 0 {
                answer_then_reset(stream).await;
            } else {
                read_request(&mut stream).await;
                write_json(&mut stream, 200, &page).await;
            }
        }
    })
    .await;
    let report = client(&server.url)
        .get_detailed_cost_report(&body())
        .await
        .expect("the second connection succeeds");
    assert_eq!(report.results.len(), 1);
    assert_eq!(server.connection_count(), 2);
}

#[tokio::test]
async fn refused_connection_is_a_connection_error() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    drop(listener);
    let error = client_without_retries(&url)
        .get_detailed_cost_report(&body())
        .await
        .expect_err("nobody listens");
    assert!(error.is_connection(), "{error:?}");
}

#[tokio::test]
async fn empty_success_body_is_a_decode_error() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let error = client(&server.uri())
        .get_detailed_cost_report(&body())
        .await
        .expect_err("an empty body is no report");
    match error {
        Error::Decode {
            message,
            body,
            status,
            ..
        } => {
            assert_eq!(status.as_u16(), 200);
            assert!(body.is_empty());
            assert!(message.contains("empty"), "{message}");
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
    assert_eq!(
        received(&server).await.len(),
        1,
        "decode errors are not retried"
    );
}

#[tokio::test]
async fn ten_megabyte_page_parses() {
    let kinds = [
        "instance",
        "volume",
        "egress_traffic",
        "external_ip",
        "snapshot",
    ];
    let mut rows = Vec::new();
    let mut size = 0;
    while size < 10 * 1024 * 1024 {
        let row = full_row(rows.len(), kinds[rows.len() % kinds.len()]);
        size += row.to_string().len() + 1;
        rows.push(row);
    }
    let count = rows.len();
    let text = serde_json::to_vec(&cost_page(count, rows)).expect("JSON");
    assert!(text.len() >= 10 * 1024 * 1024);
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_raw(text, "application/json"))
        .mount(&server)
        .await;
    let report = client(&server.uri())
        .get_detailed_cost_report(&body())
        .await
        .expect("a large page decodes");
    assert_eq!(report.results.len(), count);
    assert_eq!(report.count, count as i64);
    let unknown = report
        .results
        .iter()
        .filter(|r| matches!(r, gcore_billing::models::CostReportResult::Unknown(_)))
        .count();
    assert_eq!(unknown, 0);
}

/// Text that must never be shown anywhere: a distinctive part of the key.
const SECRET_MARK: &str = "LEAKCHECK";
const SECRET_KEY: &str = "sk-LEAKCHECK-9f8e7d$x";

fn secret_client(base_url: &str) -> Client {
    Client::builder()
        .api_key(SECRET_KEY)
        .base_url(base_url)
        .max_retries(0)
        .build()
        .expect("valid configuration")
}

fn assert_hidden(what: &str, text: &str) {
    assert!(!text.contains(SECRET_MARK), "{what} shows the key: {text}");
}

fn assert_error_hidden(error: &Error) {
    assert_hidden("Display", &error.to_string());
    assert_hidden("Debug", &format!("{error:?}"));
    assert_hidden("alternate Debug", &format!("{error:#?}"));
}

#[tokio::test]
async fn api_key_never_appears_in_debug_output_or_errors() {
    let builder = Client::builder().api_key(SECRET_KEY);
    assert_hidden("builder Debug", &format!("{builder:?}"));
    let client = secret_client("http://127.0.0.1:9");
    assert_hidden("client Debug", &format!("{client:?}"));
    assert_hidden("client alternate Debug", &format!("{client:#?}"));
    let request = body();
    assert_hidden(
        "call Debug",
        &format!("{:?}", client.get_detailed_cost_report(&request)),
    );

    // The key is really sent, so the checks below are not vacuous.
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(401).set_body_json(serde_json::json!({
            "exception_class": "AuthenticationFailed",
            "message": "Invalid API key",
        })))
        .mount(&server)
        .await;
    let error = secret_client(&server.uri())
        .get_detailed_cost_report(&request)
        .await
        .expect_err("unauthorized");
    assert!(matches!(error, Error::Unauthorized(_)));
    assert_error_hidden(&error);
    let sent = &received(&server).await[0];
    assert_eq!(
        sent.headers
            .get("authorization")
            .and_then(|v| v.to_str().ok()),
        Some(format!("APIKey {SECRET_KEY}").as_str())
    );

    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_raw("<html></html>", "text/html"))
        .mount(&server)
        .await;
    let error = secret_client(&server.uri())
        .get_detailed_cost_report(&request)
        .await
        .expect_err("HTML");
    assert!(matches!(error, Error::Decode { .. }));
    assert_error_hidden(&error);

    let silent = silent_server().await;
    let error = secret_client(&silent.url)
        .get_detailed_cost_report(&request)
        .timeout(Duration::from_millis(100))
        .await
        .expect_err("timeout");
    assert!(error.is_timeout());
    assert_error_hidden(&error);

    let resetting = RawServer::start(|_, stream| answer_then_reset(stream)).await;
    let error = secret_client(&resetting.url)
        .get_detailed_cost_report(&request)
        .await
        .expect_err("reset");
    assert!(error.is_connection());
    assert_error_hidden(&error);

    // A key that cannot be sent in a header is refused without being echoed.
    let error = Client::builder()
        .api_key(format!("{SECRET_KEY}\n"))
        .build()
        .expect_err("a newline cannot go into a header");
    assert!(matches!(error, Error::Config(_)), "{error:?}");
    assert_error_hidden(&error);
}

/// The paths of the three reports added in 2026, with an empty answer for each.
fn new_reports() -> [(&'static str, serde_json::Value); 3] {
    [
        ("/cloud/v1/cost_report/totals", totals_page(Vec::new())),
        (
            "/cloud/v1/reservation_cost_report/totals",
            totals_page(Vec::new()),
        ),
        (
            "/cloud/v1/usage_report",
            usage_page(0, Vec::new(), Vec::new()),
        ),
    ]
}

/// A server on which each of the three new reports fails `times` times with `status`
/// and then succeeds.
async fn reports_failing_first(status: u16, times: u64) -> MockServer {
    let server = MockServer::start().await;
    for (report_path, page) in new_reports() {
        Mock::given(path(report_path))
            .respond_with(ResponseTemplate::new(status).insert_header("retry-after-ms", "10"))
            .up_to_n_times(times)
            .mount(&server)
            .await;
        Mock::given(path(report_path))
            .respond_with(ResponseTemplate::new(200).set_body_json(page))
            .mount(&server)
            .await;
    }
    server
}

/// Calls the three reports added in 2026, each declared retry-safe in the generator
/// config, and returns how each ended; `retry_safe` overrides the declaration per call.
async fn call_new_reports(client: &Client, retry_safe: Option<bool>) -> Vec<Result<(), Error>> {
    let (from, to) = ("2024-07-01T00:00:00Z", "2024-08-01T00:00:00Z");
    let totals = minimal_totals_request(from, to);
    let monthly = AggregatedMonthlyCostReportRequest::default();
    let usage = minimal_usage_request(from, to);
    let mut outcomes = Vec::new();
    let call = client.get_aggregated_cost_report(&totals);
    let call = match retry_safe {
        Some(safe) => call.retry_safe(safe),
        None => call,
    };
    outcomes.push(call.await.map(drop));
    let call = client.get_aggregated_monthly_cost_report(&monthly);
    let call = match retry_safe {
        Some(safe) => call.retry_safe(safe),
        None => call,
    };
    outcomes.push(call.await.map(drop));
    let call = client.get_usage_report(&usage);
    let call = match retry_safe {
        Some(safe) => call.retry_safe(safe),
        None => call,
    };
    outcomes.push(call.await.map(drop));
    outcomes
}

#[tokio::test]
async fn reports_are_retried_like_reads_after_a_server_error_or_conflict() {
    // A POST that is not retry-safe is never repeated after a 500 or a 409; the reports
    // are declared retry-safe, so each is repeated once and then succeeds.
    for status in [500, 409] {
        let server = reports_failing_first(status, 1).await;
        for (index, outcome) in call_new_reports(&client(&server.uri()), None)
            .await
            .into_iter()
            .enumerate()
        {
            outcome.unwrap_or_else(|e| panic!("report {index} after a {status}: {e}"));
        }
        let requests = received(&server).await;
        let paths: Vec<&str> = requests.iter().map(|r| r.url.path()).collect();
        let expected: Vec<&str> = new_reports()
            .iter()
            .flat_map(|(report_path, _)| [*report_path, *report_path])
            .collect();
        assert_eq!(
            paths, expected,
            "each report is sent twice after a {status}"
        );
        assert_eq!(retry_counts(&requests), ["0", "1", "0", "1", "0", "1"]);
        for pair in requests.chunks(2) {
            assert_eq!(pair[0].body, pair[1].body, "the same body is replayed");
        }
    }
}

#[tokio::test]
async fn a_report_declared_not_retry_safe_on_the_call_is_not_repeated_after_a_500() {
    let server = reports_failing_first(500, 3).await;
    let outcomes = call_new_reports(&client(&server.uri()), Some(false)).await;
    for outcome in outcomes {
        assert!(matches!(outcome, Err(Error::Server(_))), "{outcome:?}");
    }
    assert_eq!(received(&server).await.len(), 3, "one attempt per report");
}
