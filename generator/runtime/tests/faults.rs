//! Timeouts, broken connections, undecodable bodies and status mapping.

mod support;

use std::time::{Duration, Instant};

use client_runtime::runtime::{decode, ApiError, Error, ErrorBody, RequestSpec};
use reqwest::{Method, StatusCode};
use serde_json::json;
use support::{client, Page, KEY};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn a_server_that_never_answers_times_out() {
    let addr = support::raw_server(|stream, _| support::never_answer(stream)).await;
    let client = client(&format!("http://{addr}"));
    let started = Instant::now();
    let err = client
        .get_thing("1")
        .timeout(Duration::from_millis(300))
        .max_retries(0)
        .await
        .expect_err("nothing is answered");
    let waited = started.elapsed();
    assert!(err.is_timeout(), "{err:?}");
    assert!(
        waited >= Duration::from_millis(250) && waited < Duration::from_secs(3),
        "{waited:?}"
    );
    assert!(err.to_string().contains("GET /things/{thing_id}"), "{err}");
}

#[tokio::test]
async fn a_user_supplied_client_without_timeout_is_still_bounded() {
    let addr = support::raw_server(|stream, _| support::never_answer(stream)).await;
    let client = support::TestClient::builder()
        .api_key(KEY)
        .base_url(format!("http://{addr}"))
        .http_client(reqwest::Client::new())
        .timeout(Duration::from_millis(300))
        .max_retries(0)
        .build()
        .expect("client builds");
    let started = Instant::now();
    let err = client
        .get_thing("1")
        .await
        .expect_err("nothing is answered");
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(3));
}

#[tokio::test]
async fn a_body_cut_midway_is_a_connection_error() {
    let addr = support::raw_server(|mut stream, _| async move {
        support::read_head(&mut stream).await;
        support::write_cut_body(&mut stream).await;
    })
    .await;
    let err = client(&format!("http://{addr}"))
        .get_thing("1")
        .max_retries(0)
        .await
        .expect_err("the body is cut");
    assert!(err.is_connection(), "{err:?}");
    assert!(
        std::error::Error::source(&err).is_some(),
        "the reqwest error is kept"
    );
}

#[tokio::test]
async fn a_refused_connection_is_a_connection_error() {
    let addr = support::refused_addr();
    let err = client(&format!("http://{addr}"))
        .get_thing("1")
        .max_retries(0)
        .await
        .expect_err("nothing listens");
    let Error::Connection { message, .. } = &err else {
        panic!("expected a connection error, got {err:?}")
    };
    assert!(message.contains("GET /things/{thing_id}"), "{message}");
    assert!(!err.to_string().contains(KEY));
}

#[tokio::test]
async fn malformed_json_reports_the_field_path_and_keeps_the_body() {
    let server = MockServer::start().await;
    let body = r#"{"count": 1, "results": [{"id": "not-a-number"}]}"#;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(body, "application/json"))
        .mount(&server)
        .await;
    let err = client(&server.uri())
        .list_page(0)
        .await
        .expect_err("id is not a number");
    let Error::Decode {
        path,
        body: kept,
        status,
        content_type,
        message,
    } = &err
    else {
        panic!("expected a decode error, got {err:?}")
    };
    assert_eq!(path, "results[0].id");
    assert_eq!(kept.as_ref(), body.as_bytes());
    assert_eq!(*status, StatusCode::OK);
    assert_eq!(content_type.as_deref(), Some("application/json"));
    assert!(message.contains("invalid type"), "{message}");
    assert_eq!(err.status(), Some(StatusCode::OK));
}

#[tokio::test]
async fn truncated_json_is_a_decode_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(r#"{"count": 1, "res"#, "application/json"),
        )
        .mount(&server)
        .await;
    let err = client(&server.uri())
        .list_page(0)
        .await
        .expect_err("the document is incomplete");
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
}

#[tokio::test]
async fn html_error_page_with_502_is_a_server_error_with_text_body() {
    let server = MockServer::start().await;
    let html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(502).set_body_raw(html, "text/html"))
        .mount(&server)
        .await;
    let err = client(&server.uri())
        .get_thing("1")
        .max_retries(0)
        .await
        .expect_err("502");
    let Error::Server(api) = &err else {
        panic!("expected a server error, got {err:?}")
    };
    assert_eq!(api.status, StatusCode::BAD_GATEWAY);
    assert_eq!(api.body, ErrorBody::Text(html.to_owned()));
    assert!(
        err.to_string().starts_with("502 Bad Gateway: <html>"),
        "{err}"
    );
}

#[tokio::test]
async fn html_with_200_for_a_json_operation_is_a_decode_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_raw("<html>maintenance</html>", "text/html; charset=utf-8"),
        )
        .mount(&server)
        .await;
    let err = client(&server.uri())
        .get_thing("1")
        .await
        .expect_err("HTML is not JSON");
    let Error::Decode {
        content_type,
        body,
        message,
        ..
    } = &err
    else {
        panic!("expected a decode error, got {err:?}")
    };
    assert_eq!(content_type.as_deref(), Some("text/html; charset=utf-8"));
    assert_eq!(body.as_ref(), b"<html>maintenance</html>");
    assert!(message.contains("text/html"), "{message}");
}

/// An operation documented with `*/*` may be answered as `text/plain`: a string result
/// reads the text, a structured one still fails with the JSON error.
#[tokio::test]
async fn a_text_body_decodes_into_a_string_but_not_into_a_struct() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_raw("hello there", "text/plain"))
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let text = client
        .call(RequestSpec::new(Method::GET, "/t"), decode::json::<String>)
        .await
        .expect("text decodes into a string");
    assert_eq!(text, "hello there");
    let err = client
        .call(RequestSpec::new(Method::GET, "/t"), decode::json::<Page>)
        .await
        .expect_err("text is not an object");
    let Error::Decode { message, .. } = &err else {
        panic!("expected a decode error, got {err:?}")
    };
    assert!(
        message.contains("expected JSON but the response is text/plain"),
        "{message}"
    );
}

#[tokio::test]
async fn empty_200_body_fails_json_but_not_empty() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let err = client
        .get_thing("1")
        .await
        .expect_err("an empty body is not JSON");
    let Error::Decode { message, .. } = &err else {
        panic!("expected a decode error, got {err:?}")
    };
    assert!(message.contains("empty body"), "{message}");
    client
        .delete_thing("1")
        .await
        .expect("an empty body is fine for `empty`");
}

#[tokio::test]
async fn a_ten_megabyte_response_decodes() {
    let server = MockServer::start().await;
    let results: Vec<serde_json::Value> = (0..100_000)
        .map(|i| json!({"id": i, "name": format!("{:0>80}", i)}))
        .collect();
    let body =
        serde_json::to_vec(&json!({"count": 100_000, "results": results})).expect("serializes");
    assert!(body.len() >= 10_000_000, "body is {} bytes", body.len());
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(body, "application/json"))
        .mount(&server)
        .await;
    let page: Page = client(&server.uri())
        .list_page(0)
        .await
        .expect("the page decodes");
    assert_eq!(page.results.len(), 100_000);
    assert_eq!(page.results[99_999].id, 99_999);
}

#[tokio::test]
async fn each_status_maps_to_its_variant() {
    let server = MockServer::start().await;
    let codes = [400u16, 401, 403, 404, 409, 422, 429, 500, 503, 418];
    for code in codes {
        Mock::given(path(format!("/things/{code}")))
            .respond_with(
                ResponseTemplate::new(code)
                    .insert_header("x-request-id", format!("req-{code}").as_str())
                    .set_body_json(
                        json!({"exception_class": "X", "message": format!("failed {code}")}),
                    ),
            )
            .mount(&server)
            .await;
    }
    let client = client(&server.uri());
    for code in codes {
        let err = client
            .get_thing(&code.to_string())
            .max_retries(0)
            .await
            .expect_err("non-2xx");
        let variant_ok = match code {
            400 => matches!(err, Error::BadRequest(_)),
            401 => matches!(err, Error::Unauthorized(_)),
            403 => matches!(err, Error::Forbidden(_)),
            404 => matches!(err, Error::NotFound(_)),
            409 => matches!(err, Error::Conflict(_)),
            422 => matches!(err, Error::UnprocessableEntity(_)),
            429 => matches!(err, Error::RateLimited(_)),
            500 | 503 => matches!(err, Error::Server(_)),
            _ => matches!(err, Error::Status(_)),
        };
        assert!(variant_ok, "{code} mapped to {err:?}");
        let api = err.api_error().expect("status errors carry the response");
        assert_eq!(api.status.as_u16(), code);
        assert_eq!(err.status().map(|s| s.as_u16()), Some(code));
        assert_eq!(api.request_id(), Some(format!("req-{code}").as_str()));
        assert_eq!(err.request_id(), api.request_id());
        assert_eq!(api.message(), Some(format!("failed {code}").as_str()));
        assert!(matches!(api.body, ErrorBody::Json(_)));
        let shown = err.to_string();
        assert!(
            shown.contains(&format!("failed {code}")) && shown.contains(&format!("req-{code}")),
            "{shown}"
        );
        assert!(!shown.contains(KEY));
    }
}

#[test]
fn error_bodies_are_parsed_leniently() {
    let api = ApiError::new(
        StatusCode::NOT_FOUND,
        reqwest::header::HeaderMap::new(),
        bytes::Bytes::from_static(b""),
    );
    assert_eq!(api.body, ErrorBody::Empty);
    assert_eq!(api.to_string(), "404 Not Found");
    let api = ApiError::new(
        StatusCode::BAD_REQUEST,
        reqwest::header::HeaderMap::new(),
        bytes::Bytes::from_static(br#"{"code": 7, "message": "nope", "request_id": "from-body"}"#),
    );
    assert_eq!(api.request_id(), Some("from-body"));
    assert_eq!(api.message(), Some("nope"));
    let long = "x".repeat(5000);
    let api = ApiError::new(
        StatusCode::BAD_GATEWAY,
        reqwest::header::HeaderMap::new(),
        bytes::Bytes::from(long),
    );
    assert!(
        api.to_string().len() < 400,
        "long bodies are shortened in messages"
    );
    assert_eq!(api.raw.len(), 5000, "the raw body is kept whole");
}

#[tokio::test]
async fn raw_and_text_terminals_return_the_body() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_raw("a,b\n1,2\n", "text/csv"))
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let mut req = RequestSpec::new(Method::GET, "/report");
    req.accept("text/csv");
    let text = client
        .call(req.clone(), decode::text)
        .text()
        .await
        .expect("text");
    assert_eq!(text, "a,b\n1,2\n");
    let raw = client
        .call(req.clone(), decode::bytes)
        .raw()
        .await
        .expect("raw");
    assert_eq!(raw.content_type(), Some("text/csv"));
    let with_raw = client
        .call(req, decode::text)
        .send_with_response()
        .await
        .expect("typed with raw");
    assert_eq!(with_raw.value, "a,b\n1,2\n");
    assert_eq!(with_raw.raw.status, StatusCode::OK);
    let requests = server.received_requests().await.expect("recording is on");
    assert_eq!(
        requests[0]
            .headers
            .get("accept")
            .and_then(|v| v.to_str().ok()),
        Some("text/csv")
    );
}

#[tokio::test]
async fn calls_streams_and_errors_are_send() {
    fn assert_send<T: Send>(_: &T) {}
    fn assert_send_sync_error<T: std::error::Error + Send + Sync + 'static>(_: &T) {}
    let client = client(&format!("http://{}", support::refused_addr()));
    let future = std::future::IntoFuture::into_future(client.get_thing("1"));
    assert_send(&future);
    assert_send(&client.list_all());
    let err = Error::InvalidRequest("x".to_owned());
    assert_send_sync_error(&err);
    drop(future);
    // A spawned task is the way generated clients are used in servers.
    let owned = client.clone();
    let handle = tokio::spawn(async move { owned.get_thing("1").max_retries(0).await });
    let result = handle.await.expect("the task completes");
    let err = result.expect_err("nothing listens there");
    assert!(err.is_connection(), "{err:?}");
}
