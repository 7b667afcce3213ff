//! Client construction: environment, validation, secrecy and custom HTTP clients.

mod support;

use client_runtime::runtime::{ApiInfo, ClientBuilder, Error, Secret};
use serde_json::json;
use support::{TestClient, KEY};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

fn config_message(result: Result<TestClient, Error>) -> String {
    match result {
        Err(Error::Config(message)) => message,
        other => panic!("expected a config error, got {other:?}"),
    }
}

#[test]
fn missing_env_key_names_the_variable() {
    let err = TestClient::builder()
        .from_env()
        .expect_err("the variable is not set");
    let Error::Config(message) = &err else {
        panic!("expected a config error, got {err:?}")
    };
    assert!(
        message.contains("CLIENT_RUNTIME_TEST_UNSET_KEY"),
        "{message}"
    );
    assert!(err.to_string().contains("CLIENT_RUNTIME_TEST_UNSET_KEY"));
}

#[tokio::test]
async fn env_key_and_base_url_are_read() {
    const ENV_INFO: ApiInfo = ApiInfo {
        default_base_url: "https://api.example.invalid",
        env_api_key: Some("CLIENT_RUNTIME_TEST_ENV_KEY"),
        env_base_url: Some("CLIENT_RUNTIME_TEST_ENV_BASE_URL"),
        env_custom_headers: Some("CLIENT_RUNTIME_TEST_ENV_HEADERS"),
        user_agent: "runtime-test/0.0.1",
    };
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": 1})))
        .mount(&server)
        .await;
    // Each test uses its own variable names, so setting them cannot disturb other tests.
    std::env::set_var("CLIENT_RUNTIME_TEST_ENV_KEY", "env-key-1\n");
    std::env::set_var(
        "CLIENT_RUNTIME_TEST_ENV_HEADERS",
        "X-Env-One: a\n\nX-Env-Two:  b: c \nX-Set-In-Code: from-env\n",
    );
    std::env::set_var(
        "CLIENT_RUNTIME_TEST_ENV_BASE_URL",
        format!("{}/", server.uri()),
    );
    let client: TestClient = ClientBuilder::new(ENV_INFO)
        .default_header("X-Set-In-Code", "from-code")
        .from_env()
        .expect("the variables are set")
        .build()
        .expect("client builds");
    assert_eq!(client.rt.base_url(), server.uri());
    client.get_thing("1").await.expect("the call succeeds");
    let requests = server.received_requests().await.expect("recording is on");
    assert_eq!(
        requests[0]
            .headers
            .get("authorization")
            .and_then(|v| v.to_str().ok()),
        Some("APIKey env-key-1")
    );
    let header = |name: &str| {
        requests[0]
            .headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    assert_eq!(header("x-env-one").as_deref(), Some("a"));
    assert_eq!(header("x-env-two").as_deref(), Some("b: c"));
    assert_eq!(
        header("x-set-in-code").as_deref(),
        Some("from-code"),
        "code wins over the environment"
    );

    std::env::set_var(
        "CLIENT_RUNTIME_TEST_ENV_HEADERS",
        "X-Ok: 1\nno colon here SECRET\n",
    );
    let err = ClientBuilder::<TestClient>::new(ENV_INFO)
        .from_env()
        .expect_err("a line without a colon is refused");
    let message = err.to_string();
    assert!(
        message.contains("line 2") && message.contains("CLIENT_RUNTIME_TEST_ENV_HEADERS"),
        "{message}"
    );
    assert!(!message.contains("SECRET"), "{message}");
}

#[test]
fn key_with_newline_is_a_config_error_without_the_key() {
    let secret_key = "abc\ndef-SECRET";
    let message = config_message(TestClient::builder().api_key(secret_key).build());
    assert!(message.contains("API key"), "{message}");
    assert!(
        !message.contains("SECRET"),
        "the message leaks the key: {message}"
    );
    assert!(
        !message.contains("abc"),
        "the message leaks the key: {message}"
    );

    let message = config_message(TestClient::builder().api_key("").build());
    assert!(message.contains("empty"), "{message}");
    let message = config_message(TestClient::builder().api_key("caf\u{e9}").build());
    assert!(!message.contains("caf"), "{message}");
}

#[test]
fn debug_output_never_shows_the_key() {
    let builder = TestClient::builder()
        .api_key(KEY)
        .bearer_token(KEY)
        .basic_auth("user", KEY)
        .default_header("X-Token", KEY);
    let shown = format!("{builder:?}");
    assert!(!shown.contains("SECRET"), "{shown}");
    assert!(
        shown.contains("X-Token"),
        "header names are still shown: {shown}"
    );

    let client = builder.build().expect("client builds");
    let shown = format!("{client:?} {:?}", client.rt);
    assert!(!shown.contains("SECRET"), "{shown}");
    assert!(shown.contains("https://api.example.invalid"), "{shown}");

    let secret = Secret::new(KEY);
    assert_eq!(format!("{secret:?}"), "***");
    assert_eq!(format!("{secret}"), "***");
    assert_eq!(secret.expose(), KEY);
}

#[test]
fn invalid_configuration_is_reported() {
    let bad_urls = [
        "not a url",
        "ftp://example.com",
        "http://example.com/?q=1",
        "http://u:p@example.com",
    ];
    for url in bad_urls {
        let message = config_message(TestClient::builder().api_key(KEY).base_url(url).build());
        assert!(message.contains("base URL"), "{url}: {message}");
    }
    let message = config_message(
        TestClient::builder()
            .default_header("bad header", "v")
            .build(),
    );
    assert!(message.contains("bad header"), "{message}");
    let message = config_message(
        TestClient::builder()
            .default_header("X-Ok", "line\nbreak-SECRET")
            .build(),
    );
    assert!(!message.contains("SECRET"), "{message}");
    let message = config_message(TestClient::builder().basic_auth("a:b", "pw").build());
    assert!(message.contains("':'"), "{message}");
}

#[tokio::test]
async fn base_url_override_keeps_its_path_prefix() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": 1})))
        .mount(&server)
        .await;
    let client = support::client(&format!("{}/prefix/", server.uri()));
    assert_eq!(client.rt.base_url(), format!("{}/prefix", server.uri()));
    client.get_thing("7").await.expect("the call succeeds");
    let requests = server.received_requests().await.expect("recording is on");
    assert_eq!(requests[0].url.path(), "/prefix/things/7");
}

#[tokio::test]
async fn user_supplied_http_client_is_used() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": 1})))
        .mount(&server)
        .await;
    let mut defaults = reqwest::header::HeaderMap::new();
    defaults.insert(
        "x-from-custom-client",
        reqwest::header::HeaderValue::from_static("yes"),
    );
    let http = reqwest::Client::builder()
        .default_headers(defaults)
        .build()
        .expect("reqwest client builds");
    let client = TestClient::builder()
        .api_key(KEY)
        .base_url(server.uri())
        .http_client(http)
        .build()
        .expect("client builds");
    client.get_thing("1").await.expect("the call succeeds");
    let requests = server.received_requests().await.expect("recording is on");
    let marker = requests[0]
        .headers
        .get("x-from-custom-client")
        .and_then(|v| v.to_str().ok());
    assert_eq!(marker, Some("yes"));
    assert_eq!(
        requests[0]
            .headers
            .get("user-agent")
            .and_then(|v| v.to_str().ok()),
        Some("runtime-test/0.0.1"),
        "our User-Agent is still sent"
    );
}

#[test]
fn defaults_match_the_sdks() {
    let client = TestClient::builder()
        .api_key(KEY)
        .build()
        .expect("client builds");
    assert_eq!(client.rt.base_url(), "https://api.example.invalid");
    assert_eq!(client.rt.timeout(), std::time::Duration::from_secs(120));
    assert_eq!(client.rt.max_retries(), 2);
}
