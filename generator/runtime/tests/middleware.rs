//! Requests through a `reqwest-middleware` stack (cargo feature `middleware`): the
//! stack sees every attempt, and the runtime's retries and errors still apply.

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use client_runtime::runtime::Error;
use reqwest_middleware::{ClientBuilder as StackBuilder, Middleware, Next};
use support::{json_response, recorded, recording_server, TestClient, KEY};

/// Counts requests and stamps them with a header, like a metrics or auth middleware.
struct Stamp(Arc<AtomicUsize>);

#[async_trait::async_trait]
impl Middleware for Stamp {
    async fn handle(
        &self,
        mut request: reqwest::Request,
        extensions: &mut http::Extensions,
        next: Next<'_>,
    ) -> reqwest_middleware::Result<reqwest::Response> {
        let n = self.0.fetch_add(1, Ordering::SeqCst);
        request.headers_mut().insert(
            "x-stamp",
            reqwest::header::HeaderValue::from(u64::try_from(n).unwrap_or(0)),
        );
        next.run(request, extensions).await
    }
}

/// Fails every request without sending it.
struct Refuse;

#[async_trait::async_trait]
impl Middleware for Refuse {
    async fn handle(
        &self,
        _request: reqwest::Request,
        _extensions: &mut http::Extensions,
        _next: Next<'_>,
    ) -> reqwest_middleware::Result<reqwest::Response> {
        Err(reqwest_middleware::Error::Middleware(anyhow::anyhow!(
            "quota exhausted"
        )))
    }
}

fn inner() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("reqwest client builds")
}

#[tokio::test]
async fn every_attempt_goes_through_the_stack() {
    let (addr, log) = recording_server(|request, _| {
        if request.header("x-stamp") == Some("0") {
            "HTTP/1.1 503 Busy\r\nretry-after-ms: 1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_owned()
        } else {
            json_response("200 OK", r#"{"id": 9}"#)
        }
    })
    .await;
    let count = Arc::new(AtomicUsize::new(0));
    let stack = StackBuilder::new(inner())
        .with(Stamp(count.clone()))
        .build();
    let client = TestClient::builder()
        .api_key(KEY)
        .base_url(format!("http://{addr}"))
        .middleware(stack)
        .build()
        .expect("client builds");
    let item = client.get_thing("9").await.expect("the retry succeeds");
    assert_eq!(item.id, 9);
    assert_eq!(count.load(Ordering::SeqCst), 2);
    let requests = recorded(&log);
    assert_eq!(requests[1].header("x-stamp"), Some("1"));
    assert_eq!(
        requests[1].header("authorization"),
        Some(&*format!("APIKey {KEY}"))
    );
}

#[tokio::test]
async fn a_failing_middleware_is_a_connection_error() {
    let stack = StackBuilder::new(inner()).with(Refuse).build();
    let client = TestClient::builder()
        .api_key(KEY)
        .base_url("http://127.0.0.1:9")
        .middleware(stack)
        .max_retries(0)
        .build()
        .expect("client builds");
    let err = client.get_thing("1").await.expect_err("refused");
    let Error::Connection { message, .. } = &err else {
        panic!("expected a connection error, got {err:?}");
    };
    assert!(message.contains("quota exhausted"), "{message}");
}
