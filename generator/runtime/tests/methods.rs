//! OpenAPI 3.2 request shapes on the wire: the QUERY method with a body, methods
//! spelled as the document gives them (`additionalOperations`), and one parameter that
//! is the whole query string (`in: querystring`).

mod support;

use client_runtime::runtime::{decode, Error, RequestSpec};
use serde::Serialize;
use support::{client, json_response, recorded, recording_server};

#[derive(Serialize)]
struct Search {
    text: String,
    limit: u32,
}

#[derive(Serialize)]
struct Filter {
    status: Vec<&'static str>,
    owner: Option<&'static str>,
    since: &'static str,
    nested: serde_json::Value,
}

#[tokio::test]
async fn query_sends_its_body_and_is_retried_like_a_get() {
    let (addr, log) = recording_server(|_, _| json_response("503 Service Unavailable", "{}")).await;
    let client = client(&format!("http://{addr}"));
    let mut request = RequestSpec::with_method_name("QUERY", "/search");
    request.json_body(&Search {
        text: "a b".into(),
        limit: 3,
    });
    let error = client
        .call(request, decode::json::<serde_json::Value>)
        .max_retries(1)
        .await
        .expect_err("503");
    assert!(matches!(error, Error::Server(_)), "{error:?}");
    let requests = recorded(&log);
    // QUERY is safe and idempotent, so a 503 is retried as for a GET.
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].request_line(), "QUERY /search HTTP/1.1");
    assert_eq!(requests[0].body, br#"{"text":"a b","limit":3}"#);
    assert_eq!(requests[0].header("content-type"), Some("application/json"));
}

#[tokio::test]
async fn a_method_is_sent_as_spelled() {
    let (addr, log) = recording_server(|_, _| json_response("200 OK", "{}")).await;
    let client = client(&format!("http://{addr}"));
    let request = RequestSpec::with_method_name("LINK", "/things/1");
    client.call(request, decode::empty).await.expect("200");
    assert_eq!(recorded(&log)[0].request_line(), "LINK /things/1 HTTP/1.1");
}

#[tokio::test]
async fn a_method_that_is_not_a_token_is_refused_before_sending() {
    let (addr, log) = recording_server(|_, _| json_response("200 OK", "{}")).await;
    let client = client(&format!("http://{addr}"));
    let request = RequestSpec::with_method_name("BAD METHOD", "/things");
    let error = client
        .call(request, decode::empty)
        .await
        .expect_err("refused");
    assert!(matches!(error, Error::InvalidRequest(_)), "{error:?}");
    assert!(recorded(&log).is_empty());
}

#[tokio::test]
async fn a_querystring_parameter_is_the_whole_query() {
    let (addr, log) = recording_server(|_, _| json_response("200 OK", "{}")).await;
    let client = client(&format!("http://{addr}"));
    let mut request = RequestSpec::new(reqwest::Method::GET, "/things");
    request.query_string(&Filter {
        status: vec!["open", "on hold"],
        owner: None,
        since: "2025-01-01T00:00:00+01:00",
        nested: serde_json::json!({"a": 1}),
    });
    client.call(request, decode::empty).await.expect("200");
    let line = recorded(&log)[0].request_line().to_owned();
    let query = line
        .strip_prefix("GET /things?")
        .and_then(|rest| rest.strip_suffix(" HTTP/1.1"))
        .expect("a query string");
    // Field order follows serde_json's map order, which depends on its features.
    let mut pairs: Vec<&str> = query.split('&').collect();
    pairs.sort_unstable();
    assert_eq!(
        pairs,
        [
            "nested=%7B%22a%22%3A1%7D",
            "since=2025-01-01T00%3A00%3A00%2B01%3A00",
            "status=on%20hold",
            "status=open",
        ]
    );
}

#[tokio::test]
async fn a_querystring_that_is_not_an_object_is_refused() {
    let (addr, log) = recording_server(|_, _| json_response("200 OK", "{}")).await;
    let client = client(&format!("http://{addr}"));
    let mut request = RequestSpec::new(reqwest::Method::GET, "/things");
    request.query_string(&[1, 2]);
    let error = client
        .call(request, decode::empty)
        .await
        .expect_err("refused");
    assert!(matches!(error, Error::InvalidRequest(_)), "{error:?}");
    assert!(recorded(&log).is_empty());
}
