//! Retry decisions, delays and the retry loop against real servers.

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use client_runtime::runtime::retry::{
    base_backoff, is_idempotent, jitter_factor, retry_after, retry_delay, should_retry,
    should_retry_failure,
};
use client_runtime::runtime::Error;
use reqwest::header::{HeaderMap, HeaderValue};
use reqwest::{Method, StatusCode};
use serde_json::json;
use support::client;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
    let mut map = HeaderMap::new();
    for (name, value) in pairs {
        map.insert(
            *name,
            HeaderValue::from_str(value).expect("valid test header"),
        );
    }
    map
}

fn ok_item() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({"id": 1}))
}

/// A 503 that asks for a very short wait, to keep tests fast.
fn quick_503() -> ResponseTemplate {
    ResponseTemplate::new(503).insert_header("retry-after-ms", "5")
}

async fn retry_counts(server: &MockServer) -> Vec<String> {
    let requests = server.received_requests().await.expect("recording is on");
    requests
        .iter()
        .map(|r| {
            r.headers
                .get("x-retry-count")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_owned()
        })
        .collect()
}

#[test]
fn retryable_statuses_and_override_header() {
    let none = HeaderMap::new();
    let status = |code| StatusCode::from_u16(code).expect("valid code");
    // Retry-safe calls (idempotent methods, declared operations).
    for code in [408, 409, 429, 500, 502, 503, 504, 599] {
        assert!(should_retry(status(code), &none, true), "{code}");
    }
    for code in [400, 401, 403, 404, 422, 418] {
        assert!(!should_retry(status(code), &none, true), "{code}");
    }
    // Calls that change state: only where the server cannot have acted on them.
    for code in [408, 429, 503] {
        assert!(should_retry(status(code), &none, false), "{code}");
    }
    for code in [400, 409, 422, 500, 502, 504] {
        assert!(!should_retry(status(code), &none, false), "{code}");
    }
    let say = |v| headers(&[("x-should-retry", v)]);
    assert!(!should_retry(
        StatusCode::SERVICE_UNAVAILABLE,
        &say("false"),
        true
    ));
    assert!(!should_retry(
        StatusCode::SERVICE_UNAVAILABLE,
        &say("false"),
        false
    ));
    assert!(should_retry(StatusCode::BAD_REQUEST, &say("true"), true));
    // The server can never make a state-changing call repeat after a 4xx...
    for code in [400, 401, 404, 409, 422] {
        assert!(!should_retry(status(code), &say("true"), false), "{code}");
    }
    // ...but may ask for it after a 5xx, which says the request was not processed.
    assert!(should_retry(
        StatusCode::INTERNAL_SERVER_ERROR,
        &say("true"),
        false
    ));
    assert!(should_retry(
        StatusCode::SERVICE_UNAVAILABLE,
        &say("maybe"),
        true
    ));
}

#[test]
fn failures_repeat_only_when_unsent_or_retry_safe() {
    assert!(should_retry_failure(true, false));
    assert!(should_retry_failure(true, true));
    assert!(should_retry_failure(false, true));
    assert!(!should_retry_failure(false, false));
    for method in [
        Method::GET,
        Method::HEAD,
        Method::OPTIONS,
        Method::TRACE,
        Method::PUT,
        Method::DELETE,
    ] {
        assert!(is_idempotent(&method), "{method}");
    }
    for method in [Method::POST, Method::PATCH, Method::CONNECT] {
        assert!(!is_idempotent(&method), "{method}");
    }
}

#[test]
fn backoff_doubles_from_half_a_second_and_caps_at_eight() {
    let expected_ms = [500, 1000, 2000, 4000, 8000, 8000, 8000];
    for (attempt, ms) in expected_ms.iter().enumerate() {
        let attempt = u32::try_from(attempt).expect("small index");
        assert_eq!(
            base_backoff(attempt),
            Duration::from_millis(*ms),
            "attempt {attempt}"
        );
    }
    assert_eq!(base_backoff(u32::MAX), Duration::from_secs(8));

    for _ in 0..2000 {
        let factor = jitter_factor();
        assert!(factor > 0.75 && factor <= 1.0, "jitter {factor}");
    }
    let none = HeaderMap::new();
    for attempt in 0..6 {
        let base = base_backoff(attempt);
        for _ in 0..200 {
            let delay = retry_delay(attempt, &none, SystemTime::now());
            assert!(
                delay <= base && delay > base.mul_f64(0.75),
                "attempt {attempt}: {delay:?}"
            );
        }
    }
}

#[test]
fn retry_after_headers_are_parsed() {
    let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
    let in_ten = httpdate::fmt_http_date(now + Duration::from_secs(10));
    let ago = httpdate::fmt_http_date(now - Duration::from_secs(10));
    type Case<'a> = (Vec<(&'static str, &'a str)>, Option<Duration>);
    let cases: Vec<Case<'_>> = vec![
        (vec![("retry-after", "3")], Some(Duration::from_secs(3))),
        (
            vec![("retry-after", "1.5")],
            Some(Duration::from_millis(1500)),
        ),
        (
            vec![("retry-after-ms", "250")],
            Some(Duration::from_millis(250)),
        ),
        (
            vec![("retry-after-ms", "250"), ("retry-after", "9")],
            Some(Duration::from_millis(250)),
        ),
        (
            vec![("retry-after", in_ten.as_str())],
            Some(Duration::from_secs(10)),
        ),
        (vec![("retry-after", "60")], Some(Duration::from_secs(60))),
        (vec![("retry-after", "61")], None),
        (vec![("retry-after-ms", "60001")], None),
        (vec![("retry-after", "0")], None),
        (vec![("retry-after", "-4")], None),
        (vec![("retry-after", "soon")], None),
        (vec![("retry-after", ago.as_str())], None),
        (vec![], None),
    ];
    for (pairs, expected) in cases {
        assert_eq!(retry_after(&headers(&pairs), now), expected, "{pairs:?}");
    }
    // An unusable server delay falls back to the jittered backoff.
    let delay = retry_delay(0, &headers(&[("retry-after", "120")]), now);
    assert!(
        delay <= Duration::from_millis(500) && delay > Duration::from_millis(375),
        "{delay:?}"
    );
    assert_eq!(
        retry_delay(3, &headers(&[("retry-after", "2")]), now),
        Duration::from_secs(2)
    );
}

#[tokio::test]
async fn a_503_then_200_succeeds_on_the_second_attempt() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(quick_503())
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ok_item())
        .mount(&server)
        .await;
    let item = client(&server.uri())
        .get_thing("1")
        .await
        .expect("the retry succeeds");
    assert_eq!(item.id, 1);
    assert_eq!(retry_counts(&server).await, vec!["0", "1"]);
}

#[tokio::test]
async fn a_429_honours_retry_after_seconds() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "1"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ok_item())
        .mount(&server)
        .await;
    let started = Instant::now();
    client(&server.uri())
        .get_thing("1")
        .await
        .expect("the retry succeeds");
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_millis(900),
        "waited only {waited:?}"
    );
    assert!(waited < Duration::from_secs(5), "waited {waited:?}");
    assert_eq!(retry_counts(&server).await.len(), 2);
}

#[tokio::test]
async fn should_retry_false_and_plain_400_are_not_retried() {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::path("/things/no-retry"))
        .respond_with(quick_503().insert_header("x-should-retry", "false"))
        .mount(&server)
        .await;
    Mock::given(wiremock::matchers::path("/things/bad"))
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({"message": "bad"})))
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let err = client
        .get_thing("no-retry")
        .await
        .expect_err("503 is returned");
    assert!(matches!(err, Error::Server(_)), "{err:?}");
    let err = client.get_thing("bad").await.expect_err("400 is returned");
    assert!(matches!(err, Error::BadRequest(_)), "{err:?}");
    assert_eq!(retry_counts(&server).await, vec!["0", "0"]);
}

#[tokio::test]
async fn should_retry_true_retries_a_400() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(400)
                .insert_header("x-should-retry", "true")
                .insert_header("retry-after-ms", "5"),
        )
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ok_item())
        .mount(&server)
        .await;
    client(&server.uri())
        .get_thing("1")
        .await
        .expect("the retry succeeds");
    assert_eq!(retry_counts(&server).await, vec!["0", "1"]);
}

#[tokio::test]
async fn per_call_max_retries_zero_disables_retries() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(quick_503())
        .mount(&server)
        .await;
    let err = client(&server.uri())
        .get_thing("1")
        .max_retries(0)
        .await
        .expect_err("503 is returned");
    assert_eq!(err.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
    assert_eq!(retry_counts(&server).await, vec!["0"]);
}

#[tokio::test]
async fn exhausted_retries_return_the_last_status_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(quick_503().set_body_json(json!({"message": "first"})))
        .up_to_n_times(2)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(quick_503().set_body_json(json!({"message": "last"})))
        .mount(&server)
        .await;
    let err = client(&server.uri())
        .get_thing("1")
        .await
        .expect_err("every attempt fails");
    let Error::Server(api) = &err else {
        panic!("expected a server error, got {err:?}")
    };
    assert_eq!(api.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(api.message(), Some("last"));
    assert_eq!(retry_counts(&server).await, vec!["0", "1", "2"]);

    // The client-level budget applies too.
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(quick_503())
        .mount(&server)
        .await;
    let one_retry = support::TestClient::builder()
        .api_key(support::KEY)
        .base_url(server.uri())
        .max_retries(1)
        .build()
        .expect("builds");
    one_retry
        .get_thing("1")
        .await
        .expect_err("every attempt fails");
    assert_eq!(retry_counts(&server).await, vec!["0", "1"]);
}

#[tokio::test]
async fn a_cut_connection_is_retried() {
    let connections = Arc::new(AtomicUsize::new(0));
    let seen = connections.clone();
    let addr = support::raw_server(move |mut stream, index| {
        seen.fetch_add(1, Ordering::SeqCst);
        async move {
            support::read_head(&mut stream).await;
            if index == 0 {
                support::write_cut_body(&mut stream).await;
            } else {
                support::write_json(&mut stream, "200 OK", r#"{"id": 9}"#).await;
            }
        }
    })
    .await;
    let item = client(&format!("http://{addr}"))
        .get_thing("1")
        .await
        .expect("the retry succeeds");
    assert_eq!(item.id, 9);
    assert_eq!(connections.load(Ordering::SeqCst), 2);
}
