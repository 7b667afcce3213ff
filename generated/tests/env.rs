//! `Client::from_env()` with `GCORE_API_KEY` and `GCORE_BASE_URL`.
//!
//! The environment is shared by the whole process, so everything lives in one test
//! function in a test binary of its own, and the variables are restored at the end.

mod common;

use common::{minimal_request, USER_AGENT};
use gcore_billing::{Client, Error};
use serde_json::json;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const KEY_VAR: &str = "GCORE_API_KEY";
const URL_VAR: &str = "GCORE_BASE_URL";

/// Puts the variables back as they were, even when an assertion fails.
struct RestoreEnv(Vec<(&'static str, Option<std::ffi::OsString>)>);

impl RestoreEnv {
    fn save(names: &[&'static str]) -> Self {
        RestoreEnv(names.iter().map(|n| (*n, std::env::var_os(n))).collect())
    }
}

impl Drop for RestoreEnv {
    fn drop(&mut self) {
        for (name, value) in &self.0 {
            match value {
                Some(value) => std::env::set_var(name, value),
                None => std::env::remove_var(name),
            }
        }
    }
}

fn config_message(result: Result<Client, Error>) -> String {
    match result {
        Err(Error::Config(message)) => message,
        Err(other) => panic!("expected a configuration error, got {other:?}"),
        Ok(client) => panic!("expected a configuration error, got {client:?}"),
    }
}

#[tokio::test]
async fn from_env_reads_key_and_base_url() {
    let _restore = RestoreEnv::save(&[KEY_VAR, URL_VAR]);
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/cloud/v1/cost_report/resources"))
        .and(header("authorization", "APIKey env-key$1"))
        .and(header("user-agent", USER_AGENT))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"count": 0, "price_status": "show", "results": []})),
        )
        .expect(1)
        .mount(&server)
        .await;

    // Both variables set: requests go to the configured server with the key.
    std::env::set_var(KEY_VAR, "env-key$1");
    std::env::set_var(URL_VAR, format!("{}/", server.uri()));
    let client = Client::from_env().expect("both variables are set");
    assert_eq!(client.runtime().base_url(), server.uri());
    client
        .get_detailed_cost_report(&minimal_request(
            "2024-07-01T00:00:00Z",
            "2024-08-01T00:00:00Z",
        ))
        .await
        .expect("the mock matched the key from the environment");
    server.verify().await;

    // Without a base URL variable the public endpoint is used.
    std::env::remove_var(URL_VAR);
    let client = Client::from_env().expect("the key is enough");
    assert_eq!(client.runtime().base_url(), "https://api.gcore.com");

    // An explicit base URL on the builder wins over the variable.
    std::env::set_var(URL_VAR, "http://127.0.0.1:1");
    let client = Client::builder()
        .base_url("http://127.0.0.1:2")
        .from_env()
        .expect("the key is set")
        .build()
        .expect("valid configuration");
    assert_eq!(client.runtime().base_url(), "http://127.0.0.1:2");

    // A missing key is an error that names the variable.
    std::env::remove_var(KEY_VAR);
    let message = config_message(Client::from_env());
    assert!(message.contains(KEY_VAR), "{message}");

    // So is an empty one.
    std::env::set_var(KEY_VAR, "  ");
    let message = config_message(Client::from_env());
    assert!(message.contains(KEY_VAR), "{message}");

    // A base URL that is not a URL is reported too, at build time.
    std::env::set_var(KEY_VAR, "env-key$1");
    std::env::set_var(URL_VAR, "not a url");
    let message = config_message(Client::from_env());
    assert!(message.contains("base URL"), "{message}");
}
