//! Redirects: credentials, default headers, parameters and bodies never leave the API's
//! origin, whatever the credential kind and the redirect status. Every test runs two
//! servers on 127.0.0.1 on different ports: `api` (the configured origin) and `other`.

mod support;

use std::net::SocketAddr;

use client_runtime::runtime::{
    decode, AuthScheme, CrossOriginRedirects, Error, ParamStyle, RequestSpec,
};
use reqwest::{Method, StatusCode};
use support::{
    json_response, recorded, recording_server, redirect_response, Recorded, TestClient, KEY,
};

const STATUSES: [u16; 5] = [301, 302, 303, 307, 308];
const DEFAULT_HEADER_SECRET: &str = "default-header-secret-42";
const PARAM_SECRET: &str = "header-param-secret-43";
const COOKIE_PARAM_SECRET: &str = "cookie-param-secret-44";
const BODY_SECRET: &str = "body-secret-45";
const BASIC_USER: &str = "basic-user-46";

/// The kinds of credential a generated client can send.
#[derive(Clone, Copy, Debug)]
enum Credential {
    HeaderKey,
    QueryKey,
    CookieKey,
    Bearer,
    Basic,
}

const CREDENTIALS: [Credential; 5] = [
    Credential::HeaderKey,
    Credential::QueryKey,
    Credential::CookieKey,
    Credential::Bearer,
    Credential::Basic,
];

impl Credential {
    fn schemes(self) -> &'static [&'static [AuthScheme]] {
        match self {
            Credential::HeaderKey => &[&[AuthScheme::ApiKeyHeader {
                name: "X-Api-Key",
                prefix: "",
            }]],
            Credential::QueryKey => &[&[AuthScheme::ApiKeyQuery { name: "api_key" }]],
            Credential::CookieKey => &[&[AuthScheme::ApiKeyCookie { name: "session" }]],
            Credential::Bearer => &[&[AuthScheme::Bearer]],
            Credential::Basic => &[&[AuthScheme::Basic]],
        }
    }

    fn client(self, base: SocketAddr, policy: CrossOriginRedirects) -> TestClient {
        let builder = TestClient::builder()
            .base_url(format!("http://{base}"))
            .default_header("X-Team", DEFAULT_HEADER_SECRET)
            .cross_origin_redirects(policy);
        let builder = match self {
            Credential::Bearer => builder.bearer_token(KEY),
            Credential::Basic => builder.basic_auth(BASIC_USER, KEY),
            _ => builder.api_key(KEY),
        };
        builder.build().expect("the test client builds")
    }

    /// Whether the request carries this credential where it belongs.
    fn is_sent_in(self, request: &Recorded) -> bool {
        match self {
            Credential::HeaderKey => request.header("x-api-key") == Some(KEY),
            Credential::QueryKey => request.request_line().contains("api_key="),
            Credential::CookieKey => request
                .header("cookie")
                .is_some_and(|c| c.contains("session=")),
            Credential::Bearer => request.header("authorization") == Some(&format!("Bearer {KEY}")),
            Credential::Basic => request
                .header("authorization")
                .is_some_and(|v| v.starts_with("Basic ")),
        }
    }
}

/// A request with every kind of caller-supplied data: a header and a cookie parameter,
/// a query parameter, and (for POST) a JSON body.
fn spec(credential: Credential, method: Method) -> RequestSpec {
    let with_body = method == Method::POST;
    let mut spec = RequestSpec::new(method, "/start");
    spec.query_param("q", "1", ParamStyle::Form, true);
    spec.header_param("X-Param", PARAM_SECRET);
    spec.cookie_param("pref", COOKIE_PARAM_SECRET);
    if with_body {
        spec.json_body(&serde_json::json!({ "secret": BODY_SECRET }));
    }
    spec.security(credential.schemes());
    spec
}

/// Asserts that nothing of the caller's reached `request`.
fn assert_clean(request: &Recorded, context: &str) {
    let text = format!("{}{}", request.head, String::from_utf8_lossy(&request.body));
    for secret in [
        KEY,
        "sk-test",
        DEFAULT_HEADER_SECRET,
        PARAM_SECRET,
        COOKIE_PARAM_SECRET,
        BODY_SECRET,
        BASIC_USER,
    ] {
        assert!(
            !text.contains(secret),
            "{context}: {secret} leaked:\n{text}"
        );
    }
    for header in [
        "authorization",
        "cookie",
        "x-api-key",
        "x-team",
        "x-param",
        "referer",
    ] {
        assert_eq!(
            request.header(header),
            None,
            "{context}: {header} sent:\n{text}"
        );
    }
    assert!(
        request.body.is_empty(),
        "{context}: a body was sent:\n{text}"
    );
}

/// `api` redirects `/start` to `target(other)` with `status`; `other` answers 200.
async fn two_servers(
    status: u16,
    path: &'static str,
) -> (SocketAddr, SocketAddr, support::Log, support::Log) {
    let (other, other_log) = recording_server(|_, _| json_response("200 OK", r#"{"id": 7}"#)).await;
    let (api, api_log) = recording_server(move |request, own| {
        if request.request_line().contains(" /start") {
            let target = if path.starts_with("/same") {
                format!("http://{own}{path}")
            } else {
                format!("http://{other}{path}")
            };
            redirect_response(status, &target)
        } else {
            json_response("200 OK", r#"{"id": 8}"#)
        }
    })
    .await;
    (api, other, api_log, other_log)
}

#[tokio::test]
async fn cross_origin_redirects_are_refused_by_default() {
    for status in STATUSES {
        for credential in CREDENTIALS {
            for method in [Method::GET, Method::POST] {
                let context = format!("{status} {credential:?} {method}");
                let (api, other, _, other_log) = two_servers(status, "/landing").await;
                let client = credential.client(api, CrossOriginRedirects::default());
                let err = client
                    .call(spec(credential, method), decode::json::<serde_json::Value>)
                    .await
                    .expect_err("the redirect is refused");
                let Error::Redirect {
                    status: got,
                    location,
                    ..
                } = &err
                else {
                    panic!("{context}: expected a redirect error, got {err:?}");
                };
                assert_eq!(got.as_u16(), status, "{context}");
                assert_eq!(location, &format!("http://{other}/landing"), "{context}");
                assert!(
                    recorded(&other_log).is_empty(),
                    "{context}: the other origin was contacted"
                );
            }
        }
    }
}

#[tokio::test]
async fn cross_origin_redirects_can_be_followed_without_anything_of_the_callers() {
    for status in STATUSES {
        for credential in CREDENTIALS {
            let context = format!("{status} {credential:?} GET");
            let (api, _, api_log, other_log) = two_servers(status, "/landing").await;
            let client = credential.client(api, CrossOriginRedirects::FollowWithoutCredentials);
            let value = client
                .call(
                    spec(credential, Method::GET),
                    decode::json::<serde_json::Value>,
                )
                .await
                .expect("the redirect is followed");
            assert_eq!(value["id"], 7, "{context}");
            assert!(
                credential.is_sent_in(&recorded(&api_log)[0]),
                "{context}: the API got the credential"
            );
            let landed = recorded(&other_log);
            assert_eq!(landed.len(), 1, "{context}");
            assert!(
                landed[0].request_line().starts_with("GET /landing "),
                "{context}: {}",
                landed[0].head
            );
            assert_clean(&landed[0], &context);
        }
    }
}

#[tokio::test]
async fn a_body_is_never_sent_to_another_origin() {
    for status in STATUSES {
        for credential in CREDENTIALS {
            let context = format!("{status} {credential:?} POST");
            let (api, _, _, other_log) = two_servers(status, "/landing").await;
            let client = credential.client(api, CrossOriginRedirects::FollowWithoutCredentials);
            let result = client
                .call(
                    spec(credential, Method::POST),
                    decode::json::<serde_json::Value>,
                )
                .await;
            let landed = recorded(&other_log);
            if matches!(status, 307 | 308) {
                // These would have to repeat the POST with its body: refused.
                let err = result.expect_err("a 307/308 cannot be followed without the body");
                assert!(matches!(err, Error::Redirect { .. }), "{context}: {err:?}");
                assert!(landed.is_empty(), "{context}");
            } else {
                result.expect("the redirect is followed as a GET");
                assert_eq!(landed.len(), 1, "{context}");
                assert!(landed[0].request_line().starts_with("GET "), "{context}");
                assert_clean(&landed[0], &context);
            }
        }
    }
}

#[tokio::test]
async fn same_origin_redirects_keep_the_request_and_its_credentials() {
    for status in STATUSES {
        for credential in CREDENTIALS {
            let context = format!("{status} {credential:?} POST");
            let (api, _, api_log, other_log) = two_servers(status, "/same/landing").await;
            let client = credential.client(api, CrossOriginRedirects::default());
            let value = client
                .call(
                    spec(credential, Method::POST),
                    decode::json::<serde_json::Value>,
                )
                .await
                .expect("a same-origin redirect is followed");
            assert_eq!(value["id"], 8, "{context}");
            assert!(recorded(&other_log).is_empty());
            let requests = recorded(&api_log);
            assert_eq!(requests.len(), 2, "{context}");
            let landing = &requests[1];
            assert!(
                credential.is_sent_in(landing),
                "{context}: credential missing:\n{}",
                landing.head
            );
            assert_eq!(
                landing.header("x-team"),
                Some(DEFAULT_HEADER_SECRET),
                "{context}"
            );
            assert_eq!(landing.header("referer"), None, "{context}");
            let keeps_body = matches!(status, 307 | 308);
            let expected_method = if keeps_body { "POST" } else { "GET" };
            assert!(
                landing
                    .request_line()
                    .starts_with(&format!("{expected_method} /same/landing")),
                "{context}: {}",
                landing.request_line()
            );
            assert_eq!(
                String::from_utf8_lossy(&landing.body).contains(BODY_SECRET),
                keeps_body,
                "{context}"
            );
        }
    }
}

#[tokio::test]
async fn redirect_chains_stop_after_ten() {
    let (api, log) = recording_server(|request, own| {
        let hops: u32 = request
            .request_line()
            .split("/hop/")
            .nth(1)
            .and_then(|rest| rest.split(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        redirect_response(302, &format!("http://{own}/hop/{}", hops + 1))
    })
    .await;
    let client = Credential::HeaderKey.client(api, CrossOriginRedirects::default());
    let err = client
        .call(
            spec(Credential::HeaderKey, Method::GET),
            decode::json::<serde_json::Value>,
        )
        .max_retries(0)
        .await
        .expect_err("the chain never ends");
    let Error::Redirect {
        message, status, ..
    } = &err
    else {
        panic!("expected a redirect error, got {err:?}");
    };
    assert_eq!(*status, StatusCode::FOUND);
    assert!(message.contains("more than 10"), "{message}");
    assert_eq!(
        recorded(&log).len(),
        11,
        "the first request and ten redirects"
    );

    let (api, log) =
        recording_server(|_, own| redirect_response(307, &format!("http://{own}/again"))).await;
    let client = TestClient::builder()
        .api_key(KEY)
        .base_url(format!("http://{api}"))
        .max_redirects(0)
        .build()
        .expect("client builds");
    let err = client
        .call(
            spec(Credential::HeaderKey, Method::GET),
            decode::json::<serde_json::Value>,
        )
        .await
        .expect_err("no redirect may be followed");
    assert!(matches!(err, Error::Redirect { .. }), "{err:?}");
    assert_eq!(recorded(&log).len(), 1);
}

#[tokio::test]
async fn credentials_in_a_location_are_redacted_from_the_error() {
    let (api, _) = recording_server(|_, _| {
        redirect_response(302, &format!("http://127.0.0.1:9/steal?api_key={KEY}"))
    })
    .await;
    let client = Credential::QueryKey.client(api, CrossOriginRedirects::default());
    let err = client
        .call(
            spec(Credential::QueryKey, Method::GET),
            decode::json::<serde_json::Value>,
        )
        .await
        .expect_err("refused");
    let shown = format!("{err} {err:?}");
    assert!(!shown.contains(KEY), "{shown}");
    assert!(shown.contains("api_key=***"), "{shown}");
}

#[tokio::test]
async fn a_supplied_client_that_follows_redirects_is_caught() {
    let (api, _, _, other_log) = two_servers(302, "/landing").await;
    let client = TestClient::builder()
        .api_key(KEY)
        .base_url(format!("http://{api}"))
        .http_client(reqwest::Client::new())
        .build()
        .expect("client builds");
    let err = client
        .call(
            spec(Credential::HeaderKey, Method::GET),
            decode::json::<serde_json::Value>,
        )
        .await
        .expect_err("the foreign response is refused");
    assert!(matches!(err, Error::Redirect { .. }), "{err:?}");
    // reqwest itself drops the custom key header across hosts only for well-known
    // names, which is why the runtime's own client never lets reqwest follow.
    assert_eq!(recorded(&other_log).len(), 1);
}
