//! What the official SDKs let a caller do beyond an operation's parameters: extra query
//! parameters, body fields and headers per call, removing a default header, a copy of
//! the client with other settings, and streaming a large body.

mod support;

use std::time::Duration;

use client_runtime::runtime::{decode, Error, ParamStyle, RequestSpec};
use futures_util::StreamExt;
use reqwest::Method;
use serde_json::json;
use support::{
    json_response, raw_server, read_head, recorded, recording_server, TestClient, GCORE_AUTH, KEY,
};
use tokio::io::AsyncWriteExt;

fn client(base: std::net::SocketAddr) -> TestClient {
    TestClient::builder()
        .api_key(KEY)
        .base_url(format!("http://{base}"))
        .default_header("X-Team", "billing")
        .build()
        .expect("client builds")
}

fn post_json() -> RequestSpec {
    let mut spec = RequestSpec::new(Method::POST, "/reports");
    spec.query_param("limit", &10, ParamStyle::Form, true);
    spec.json_body(&json!({"from": "2025-01-01", "limit": 10}));
    spec.security(GCORE_AUTH);
    spec
}

#[tokio::test]
async fn extra_query_body_and_headers_reach_the_wire() {
    let (addr, log) = recording_server(|_, _| json_response("200 OK", "{}")).await;
    client(addr)
        .call(post_json(), decode::json::<serde_json::Value>)
        .extra_query("beta feature", "on&off")
        .extra_body("order_by", json!(["cost.desc"]))
        .extra_body("limit", 50)
        .header("X-Debug", "1")
        .remove_header("X-Team")
        .await
        .expect("the call succeeds");
    let request = &recorded(&log)[0];
    assert!(
        request
            .request_line()
            .starts_with("POST /reports?limit=10&beta%20feature=on%26off "),
        "{}",
        request.request_line()
    );
    let body: serde_json::Value = serde_json::from_slice(&request.body).expect("JSON body");
    assert_eq!(
        body,
        json!({"from": "2025-01-01", "limit": 50, "order_by": ["cost.desc"]})
    );
    assert_eq!(request.header("x-debug"), Some("1"));
    assert_eq!(
        request.header("x-team"),
        None,
        "the default header was removed"
    );
    assert_eq!(
        request.header("authorization"),
        Some(&*format!("APIKey {KEY}"))
    );
}

#[tokio::test]
async fn extra_body_fields_make_a_body_or_fail_clearly() {
    let (addr, log) = recording_server(|_, _| json_response("200 OK", "{}")).await;
    let client = client(addr);
    let mut get = RequestSpec::new(Method::POST, "/empty");
    get.security(GCORE_AUTH);
    client
        .call(get, decode::json::<serde_json::Value>)
        .extra_body("flag", true)
        .await
        .expect("a body is made");
    let request = &recorded(&log)[0];
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&request.body).expect("JSON"),
        json!({"flag": true})
    );

    let mut array = RequestSpec::new(Method::POST, "/array");
    array.json_body(&json!([1, 2]));
    let err = client
        .call(array, decode::json::<serde_json::Value>)
        .extra_body("flag", true)
        .await
        .expect_err("an array body has no fields");
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
    assert_eq!(recorded(&log).len(), 1, "nothing was sent");
}

#[tokio::test]
async fn with_options_is_a_cheap_copy_with_other_settings() {
    let (addr, log) = recording_server(|_, _| json_response("200 OK", r#"{"id": 1}"#)).await;
    let original = client(addr);
    let copy = TestClient::from(
        original
            .rt
            .with_options(|o| {
                o.timeout(Duration::from_secs(7))
                    .max_retries(0)
                    .api_key("rotated-key")
                    .default_header("X-Extra", "yes")
                    .remove_default_header("X-Team");
            })
            .expect("valid options"),
    );
    assert_eq!(copy.rt.timeout(), Duration::from_secs(7));
    assert_eq!(copy.rt.max_retries(), 0);
    assert_eq!(
        original.rt.timeout(),
        Duration::from_secs(120),
        "the original is unchanged"
    );
    copy.get_thing("1").await.expect("the copy works");
    original.get_thing("1").await.expect("the original works");
    let requests = recorded(&log);
    assert_eq!(
        requests[0].header("authorization"),
        Some("APIKey rotated-key")
    );
    assert_eq!(requests[0].header("x-extra"), Some("yes"));
    assert_eq!(requests[0].header("x-team"), None);
    assert_eq!(
        requests[1].header("authorization"),
        Some(&*format!("APIKey {KEY}"))
    );
    assert_eq!(requests[1].header("x-team"), Some("billing"));

    let err = original
        .rt
        .with_options(|o| {
            o.base_url("ftp://nope");
        })
        .expect_err("an invalid base URL is refused");
    assert!(matches!(err, Error::Config(_)), "{err:?}");
}

#[tokio::test]
async fn a_body_can_be_streamed_in_chunks_without_the_size_cap() {
    // 3 MiB in 64 KiB chunks, against a client capped at 1 MiB: streaming is not capped,
    // and the first chunk arrives before the server has finished.
    let addr = raw_server(|mut stream, _| async move {
        read_head(&mut stream).await;
        let total = 3usize << 20;
        let head = format!("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: {total}\r\n\r\n");
        let _ = stream.write_all(head.as_bytes()).await;
        let chunk = vec![7u8; 64 << 10];
        for index in 0..(total / chunk.len()) {
            if index == 1 {
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            if stream.write_all(&chunk).await.is_err() {
                return;
            }
        }
    })
    .await;
    let client = TestClient::builder()
        .api_key(KEY)
        .base_url(format!("http://{addr}"))
        .max_response_bytes(1 << 20)
        .build()
        .expect("client builds");
    let mut spec = RequestSpec::new(Method::GET, "/download");
    spec.accept("application/octet-stream");
    let mut stream = client
        .call(spec, decode::bytes)
        .bytes_stream()
        .await
        .expect("the download starts");
    assert_eq!(stream.status.as_u16(), 200);
    let mut total = 0usize;
    let mut chunks = 0usize;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.expect("a chunk");
        assert!(chunk.iter().all(|b| *b == 7));
        total += chunk.len();
        chunks += 1;
    }
    assert_eq!(total, 3 << 20);
    assert!(chunks > 1, "the body arrived in pieces");
}

#[tokio::test]
async fn a_streamed_call_still_reports_error_statuses() {
    let (addr, _) =
        recording_server(|_, _| json_response("404 Not Found", r#"{"message": "gone"}"#)).await;
    let err = client(addr)
        .call(RequestSpec::new(Method::GET, "/missing"), decode::bytes)
        .bytes_stream()
        .await
        .expect_err("404");
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
}

#[tokio::test]
async fn framing_headers_cannot_be_set_by_a_call_or_a_parameter() {
    let (addr, log) = recording_server(|_, _| json_response("200 OK", "{}")).await;
    let client = client(addr);
    for name in [
        "Host",
        "content-length",
        "Transfer-Encoding",
        "Connection",
        "TE",
    ] {
        let err = client
            .call(
                RequestSpec::new(Method::GET, "/x"),
                decode::json::<serde_json::Value>,
            )
            .header(name, "evil.example")
            .await
            .expect_err("refused");
        assert!(matches!(err, Error::InvalidRequest(_)), "{name}: {err:?}");
        let mut spec = RequestSpec::new(Method::GET, "/x");
        spec.header_param(name, "0");
        let err = client
            .call(spec, decode::json::<serde_json::Value>)
            .await
            .expect_err("refused");
        assert!(matches!(err, Error::InvalidRequest(_)), "{name}: {err:?}");
    }
    assert!(recorded(&log).is_empty(), "nothing was sent");
}
