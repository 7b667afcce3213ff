//! Path templates that do not follow OpenAPI's grammar still send one definite path.
//!
//! Each request below is built exactly as the method generated for the same template
//! in `generator/tests/golden/hostile_refs` builds it (same template string, same
//! `path_param` calls), so these tests pin what those methods put on the wire. The
//! rule itself, and the table that keeps the generator's reading equal to this one,
//! are in `generator/src/lower/path.rs` and `generator/tests/path_templates.rs`.

mod support;

use client_runtime::runtime::{decode, ParamStyle, RequestSpec};
use reqwest::Method;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Sends `request` to a server that answers 204 and returns the path it received.
async fn sent_path(request: RequestSpec) -> String {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    support::client(&server.uri())
        .call(request, decode::empty)
        .await
        .expect("the call succeeds");
    let requests = server
        .received_requests()
        .await
        .expect("request recording is on");
    assert_eq!(requests.len(), 1, "exactly one request expected");
    requests[0].url.path().to_owned()
}

#[tokio::test]
async fn an_unclosed_brace_is_sent_literally() {
    // `unbalanced_open`: the template mentions no parameter, so the method takes none.
    let request = RequestSpec::new(Method::GET, "/unbalanced/{id");
    assert_eq!(sent_path(request).await, "/unbalanced/%7Bid");
}

#[tokio::test]
async fn an_unopened_brace_is_sent_literally() {
    // The old reading sent this one correctly too; it is pinned so that it stays so.
    let request = RequestSpec::new(Method::GET, "/unbalanced/id}");
    assert_eq!(sent_path(request).await, "/unbalanced/id%7D");
}

#[tokio::test]
async fn doubled_braces_keep_the_outer_pair_literal() {
    let mut request = RequestSpec::new(Method::GET, "/doubled/{{id}}");
    request.path_param("id", "7", ParamStyle::Simple, false);
    assert_eq!(sent_path(request).await, "/doubled/%7B7%7D");
}

#[tokio::test]
async fn empty_braces_are_sent_literally() {
    let request = RequestSpec::new(Method::GET, "/empty/{}");
    assert_eq!(sent_path(request).await, "/empty/%7B%7D");
}

#[tokio::test]
async fn a_repeated_parameter_gets_its_value_everywhere() {
    // `same_param_twice` takes one argument and sets it once.
    let mut request = RequestSpec::new(Method::GET, "/twice/{x}/{x}");
    request.path_param("x", &5_i64, ParamStyle::Simple, false);
    assert_eq!(sent_path(request).await, "/twice/5/5");
}

#[tokio::test]
async fn unicode_names_and_literals() {
    let mut request = RequestSpec::new(Method::GET, "/unicode/{ñame}/ü{");
    request.path_param("ñame", "é", ParamStyle::Simple, false);
    assert_eq!(sent_path(request).await, "/unicode/%C3%A9/%C3%BC%7B");
}
