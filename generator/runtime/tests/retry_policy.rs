//! Retry rules per method: calls that change state (POST, PATCH) are repeated only when
//! the server cannot have acted on them, unless they are declared retry-safe.

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use client_runtime::runtime::{decode, Error, RequestSpec};
use reqwest::Method;
use serde_json::json;
use support::{client, raw_server, read_head, GCORE_AUTH};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn post() -> RequestSpec {
    let mut spec = RequestSpec::new(Method::POST, "/things");
    spec.json_body(&json!({"name": "x"}));
    spec.security(GCORE_AUTH);
    spec
}

fn patch() -> RequestSpec {
    let mut spec = RequestSpec::new(Method::PATCH, "/things/1");
    spec.json_body(&json!({"name": "y"}));
    spec.security(GCORE_AUTH);
    spec
}

/// A server answering every request with `template`; returns it for counting.
async fn always(template: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(template.insert_header("retry-after-ms", "1"))
        .mount(&server)
        .await;
    server
}

async fn attempts(server: &MockServer) -> usize {
    server
        .received_requests()
        .await
        .expect("recording is on")
        .len()
}

#[tokio::test]
async fn post_and_patch_are_not_repeated_after_a_500() {
    for spec in [post(), patch()] {
        let server = always(ResponseTemplate::new(500)).await;
        let err = client(&server.uri())
            .call(spec, decode::json::<serde_json::Value>)
            .await
            .expect_err("500");
        assert!(matches!(err, Error::Server(_)), "{err:?}");
        assert_eq!(attempts(&server).await, 1);
    }
}

#[tokio::test]
async fn post_is_repeated_on_408_429_and_503() {
    for status in [408, 429, 503] {
        let server = always(ResponseTemplate::new(status)).await;
        let _ = client(&server.uri())
            .call(post(), decode::json::<serde_json::Value>)
            .await
            .expect_err("always failing");
        assert_eq!(
            attempts(&server).await,
            3,
            "{status}: first attempt and two retries"
        );
    }
}

#[tokio::test]
async fn x_should_retry_cannot_repeat_a_post_after_a_4xx_nor_exceed_the_budget() {
    let server = always(ResponseTemplate::new(400).insert_header("x-should-retry", "true")).await;
    let err = client(&server.uri())
        .call(post(), decode::json::<serde_json::Value>)
        .await
        .expect_err("400");
    assert!(matches!(err, Error::BadRequest(_)), "{err:?}");
    assert_eq!(attempts(&server).await, 1);

    // A GET may be repeated on the server's word, but never beyond max_retries.
    let server = always(ResponseTemplate::new(400).insert_header("x-should-retry", "true")).await;
    let _ = client(&server.uri())
        .get_thing("1")
        .max_retries(1)
        .await
        .expect_err("400");
    assert_eq!(attempts(&server).await, 2);

    // `x-should-retry: false` stops even a 503 of a POST.
    let server = always(ResponseTemplate::new(503).insert_header("x-should-retry", "false")).await;
    let _ = client(&server.uri())
        .call(post(), decode::json::<serde_json::Value>)
        .await
        .expect_err("503");
    assert_eq!(attempts(&server).await, 1);
}

#[tokio::test]
async fn declared_retry_safe_operations_retry_like_a_get() {
    let server = always(ResponseTemplate::new(500)).await;
    let mut spec = post();
    spec.mark_retry_safe();
    let _ = client(&server.uri())
        .call(spec, decode::json::<serde_json::Value>)
        .await
        .expect_err("500");
    assert_eq!(
        attempts(&server).await,
        3,
        "generator-declared retry-safe operation"
    );

    let server = always(ResponseTemplate::new(500)).await;
    let _ = client(&server.uri())
        .call(post(), decode::json::<serde_json::Value>)
        .retry_safe(true)
        .await
        .expect_err("500");
    assert_eq!(attempts(&server).await, 3, "per-call declaration");

    let server = always(ResponseTemplate::new(500)).await;
    let _ = client(&server.uri())
        .get_thing("1")
        .retry_safe(false)
        .await
        .expect_err("500");
    assert_eq!(attempts(&server).await, 1, "a GET declared unsafe");
}

#[tokio::test]
async fn a_post_cut_after_sending_is_not_repeated_but_a_get_is() {
    let connections = Arc::new(AtomicUsize::new(0));
    let seen = connections.clone();
    let addr = raw_server(move |mut stream, _| {
        let seen = seen.clone();
        async move {
            seen.fetch_add(1, Ordering::SeqCst);
            read_head(&mut stream).await;
            // The request arrived; the connection drops without an answer.
            drop(stream);
        }
    })
    .await;
    let client = client(&format!("http://{addr}"));
    let err = client
        .call(post(), decode::json::<serde_json::Value>)
        .await
        .expect_err("no answer");
    assert!(err.is_connection(), "{err:?}");
    assert_eq!(connections.load(Ordering::SeqCst), 1, "POST went out once");

    connections.store(0, Ordering::SeqCst);
    let _ = client.get_thing("1").await.expect_err("no answer");
    assert_eq!(
        connections.load(Ordering::SeqCst),
        3,
        "GET went out three times"
    );
}

#[tokio::test]
async fn a_post_that_could_not_connect_is_repeated() {
    // Nothing listens at first; a server appears on that port after the first attempt
    // failed to connect, so the retry (after ~0.5 s backoff) reaches it.
    let std_listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = std_listener.local_addr().expect("address");
    drop(std_listener);
    let server = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(150)).await;
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .expect("rebind the port");
        let (mut stream, _) = listener.accept().await.expect("the retry connects");
        read_head(&mut stream).await;
        support::write_json(&mut stream, "200 OK", r#"{"ok": true}"#).await;
    });
    let value = client(&format!("http://{addr}"))
        .call(post(), decode::json::<serde_json::Value>)
        .await
        .expect("the retry after a refused connection succeeds");
    assert_eq!(value["ok"], true);
    server.await.expect("the server task ends");
}
