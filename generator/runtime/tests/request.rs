//! The exact requests the runtime puts on the wire.

mod support;

use bytes::Bytes;
use chrono::{FixedOffset, TimeZone, Utc};
use client_runtime::runtime::{
    decode, AuthScheme, Error, MultipartField, ParamStyle, RequestSpec, Timestamp,
};
use reqwest::Method;
use serde_json::json;
use support::{client, GCORE_AUTH, KEY};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// The single request the server received.
async fn only_request(server: &MockServer) -> wiremock::Request {
    let mut requests = server
        .received_requests()
        .await
        .expect("request recording is on");
    assert_eq!(requests.len(), 1, "exactly one request expected");
    requests.remove(0)
}

fn header<'r>(req: &'r wiremock::Request, name: &str) -> Option<&'r str> {
    req.headers.get(name).and_then(|v| v.to_str().ok())
}

#[tokio::test]
async fn get_with_query_styles_and_headers() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": 1})))
        .mount(&server)
        .await;
    let client = support::TestClient::builder()
        .api_key(KEY)
        .base_url(server.uri())
        .default_header("X-Default", "d")
        .build()
        .expect("client builds");

    let mut req = RequestSpec::new(Method::GET, "/cloud/v1/things/{project_id}/items");
    req.path_param("project_id", &42, ParamStyle::Simple, false);
    req.query_param("status", &["A", "B"], ParamStyle::Form, true);
    req.query_param("ids", &[1, 2, 3], ParamStyle::Form, false);
    let utc = Timestamp(
        Utc.with_ymd_and_hms(2024, 1, 1, 10, 0, 0)
            .single()
            .expect("valid date"),
    );
    req.query_param("from", &utc, ParamStyle::Form, true);
    let offset = FixedOffset::east_opt(2 * 3600).expect("valid offset");
    let local = offset
        .with_ymd_and_hms(2024, 1, 1, 12, 0, 0)
        .single()
        .expect("valid date");
    req.query_param("to", &local, ParamStyle::Form, true);
    req.query_param("q", "a+b c&d=e#f", ParamStyle::Form, true);
    req.query_param(
        "filter",
        &json!({"name": "x", "region": 7}),
        ParamStyle::DeepObject,
        true,
    );
    req.query_param("pipes", &["a", "b"], ParamStyle::PipeDelimited, false);
    req.query_param("spaces", &["a", "b"], ParamStyle::SpaceDelimited, false);
    req.query_param("missing", &None::<i32>, ParamStyle::Form, true);
    req.query_param("limit", &Some(10), ParamStyle::Form, true);
    req.query_param("flag", &true, ParamStyle::Form, true);
    req.header_param("X-Trace", "abc");
    req.header_param("X-None", &None::<String>);
    req.header_param("X-List", &["a", "b"]);
    req.security(GCORE_AUTH);
    let item = client
        .call(req, decode::json::<support::Item>)
        .header("X-Per-Call", "p")
        .await
        .expect("the call succeeds");
    assert_eq!(item.id, 1);

    let seen = only_request(&server).await;
    assert_eq!(seen.method.as_str(), "GET");
    assert_eq!(seen.url.path(), "/cloud/v1/things/42/items");
    assert_eq!(
        seen.url.query(),
        Some(
            "status=A&status=B&ids=1,2,3&from=2024-01-01T10%3A00%3A00Z&to=2024-01-01T12%3A00%3A00%2B02%3A00\
             &q=a%2Bb%20c%26d%3De%23f&filter[name]=x&filter[region]=7&pipes=a|b&spaces=a%20b&limit=10&flag=true"
        )
    );
    assert_eq!(
        header(&seen, "authorization"),
        Some(format!("APIKey {KEY}").as_str())
    );
    assert_eq!(header(&seen, "user-agent"), Some("runtime-test/0.0.1"));
    assert_eq!(header(&seen, "accept"), Some("application/json"));
    assert_eq!(header(&seen, "x-default"), Some("d"));
    assert_eq!(header(&seen, "x-per-call"), Some("p"));
    assert_eq!(header(&seen, "x-trace"), Some("abc"));
    assert_eq!(header(&seen, "x-list"), Some("a,b"));
    assert_eq!(header(&seen, "x-retry-count"), Some("0"));
    assert_eq!(header(&seen, "x-none"), None);
    assert_eq!(
        header(&seen, "content-type"),
        None,
        "a GET without body has no content type"
    );
}

#[tokio::test]
async fn json_body_is_sent_with_content_type() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/cloud/v1/cost_report/resources"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": 2})))
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let body = json!({"time_from": "2023-01-01T00:00:00Z", "limit": 10, "types": ["instance"]});
    let mut req = RequestSpec::new(Method::POST, "/cloud/v1/cost_report/resources");
    req.json_body(&body);
    req.security(GCORE_AUTH);
    client
        .call(req, decode::json::<support::Item>)
        .await
        .expect("the call succeeds");

    let seen = only_request(&server).await;
    assert_eq!(header(&seen, "content-type"), Some("application/json"));
    let sent: serde_json::Value = seen.body_json().expect("the body is JSON");
    assert_eq!(sent, body);
}

#[tokio::test]
async fn form_multipart_and_bytes_bodies() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let client = client(&server.uri());

    let mut form = RequestSpec::new(Method::POST, "/form");
    form.form_body(&json!({"name": "a b+c", "tags": ["x", "y"], "skip": null}));
    client
        .call(form, decode::empty)
        .await
        .expect("form call succeeds");

    let mut multipart = RequestSpec::new(Method::POST, "/upload");
    multipart.multipart_body(vec![
        MultipartField::Text {
            name: "meta".into(),
            value: "hello".into(),
        },
        MultipartField::File {
            name: "file".into(),
            file_name: Some("a.txt".into()),
            content_type: Some("text/plain".into()),
            data: Bytes::from_static(b"file contents here"),
        },
    ]);
    client
        .call(multipart, decode::empty)
        .await
        .expect("multipart call succeeds");

    let mut raw = RequestSpec::new(Method::POST, "/bytes");
    raw.bytes_body(
        Bytes::from_static(&[0, 1, 2, 255]),
        "application/octet-stream",
    );
    client
        .call(raw, decode::empty)
        .await
        .expect("bytes call succeeds");

    let requests = server.received_requests().await.expect("recording is on");
    assert_eq!(requests.len(), 3);
    let form = &requests[0];
    assert_eq!(
        header(form, "content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(
        String::from_utf8_lossy(&form.body),
        "name=a%20b%2Bc&tags=x&tags=y"
    );

    let multipart = &requests[1];
    let content_type = header(multipart, "content-type").expect("content type is set");
    assert!(
        content_type.starts_with("multipart/form-data; boundary="),
        "{content_type}"
    );
    let body = String::from_utf8_lossy(&multipart.body);
    assert!(body.contains("name=\"meta\"\r\n\r\nhello\r\n"), "{body}");
    assert!(body.contains("name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nfile contents here"), "{body}");

    let raw = &requests[2];
    assert_eq!(
        header(raw, "content-type"),
        Some("application/octet-stream")
    );
    assert_eq!(raw.body, vec![0, 1, 2, 255]);
}

#[tokio::test]
async fn path_param_cannot_change_the_path() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": 3})))
        .mount(&server)
        .await;
    let client = client(&server.uri());
    client
        .get_thing("../admin?x=1#frag")
        .await
        .expect("the call succeeds");
    let seen = only_request(&server).await;
    assert_eq!(seen.url.path(), "/things/..%2Fadmin%3Fx%3D1%23frag");
    assert_eq!(seen.url.query(), None);

    // Whole-segment dot values and empty values would be normalized away by URL parsing.
    for bad in ["..", ".", ""] {
        let err = client
            .get_thing(bad)
            .await
            .expect_err("a dot segment is refused");
        assert!(
            matches!(err, Error::InvalidRequest(_)),
            "{bad:?} gave {err:?}"
        );
    }
    let count = server
        .received_requests()
        .await
        .expect("recording is on")
        .len();
    assert_eq!(count, 1, "refused paths must not be sent");

    // An encoded dot in the value has its `%` encoded, so it stays a literal segment.
    client.get_thing("%2e%2E").await.expect("the call succeeds");
    let requests = server.received_requests().await.expect("recording is on");
    assert_eq!(requests[1].url.path(), "/things/%252e%252E");
}

#[test]
fn path_styles_render_per_openapi() {
    let render = |style: ParamStyle, explode: bool, value: serde_json::Value| {
        let mut req = RequestSpec::new(Method::GET, "/x/{v}");
        req.path_param("v", &value, style, explode);
        req.render_path().expect("path renders")
    };
    assert_eq!(
        render(ParamStyle::Simple, false, json!(["a", "b/c"])),
        "/x/a,b%2Fc"
    );
    assert_eq!(
        render(ParamStyle::Simple, true, json!({"k": "v", "l": 1})),
        "/x/k=v,l=1"
    );
    assert_eq!(
        render(ParamStyle::Simple, false, json!({"k": "v"})),
        "/x/k,v"
    );
    assert_eq!(
        render(ParamStyle::Label, false, json!(["a", "b"])),
        "/x/.a,b"
    );
    assert_eq!(
        render(ParamStyle::Label, true, json!(["a", "b"])),
        "/x/.a.b"
    );
    assert_eq!(render(ParamStyle::Matrix, false, json!(5)), "/x/;v=5");
    assert_eq!(
        render(ParamStyle::Matrix, false, json!(["a", "b"])),
        "/x/;v=a,b"
    );
    assert_eq!(
        render(ParamStyle::Matrix, true, json!(["a", "b"])),
        "/x/;v=a;v=b"
    );
    assert_eq!(
        render(ParamStyle::Simple, false, json!("2024-01-01T00:00:00Z")),
        "/x/2024-01-01T00%3A00%3A00Z"
    );

    let mut missing = RequestSpec::new(Method::GET, "/x/{v}");
    missing.path_param("other", "1", ParamStyle::Simple, false);
    assert!(
        missing.render_path().is_err(),
        "an unset parameter is an error"
    );
}

#[tokio::test]
async fn query_and_cookie_auth_and_cookie_params() {
    static QUERY_AUTH: &[&[AuthScheme]] = &[&[AuthScheme::ApiKeyQuery { name: "api_key" }]];
    static COOKIE_AUTH: &[&[AuthScheme]] = &[&[AuthScheme::ApiKeyCookie { name: "session" }]];
    static BEARER_THEN_KEY: &[&[AuthScheme]] = &[&[AuthScheme::Basic], &[AuthScheme::Bearer]];
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let client = client(&server.uri());

    let mut req = RequestSpec::new(Method::GET, "/q");
    req.query_param("a", "1", ParamStyle::Form, true);
    // A parameter named like the credential is replaced by it, not sent twice.
    req.query_param("api_key", "from-params", ParamStyle::Form, true);
    req.security(QUERY_AUTH);
    client
        .call(req, decode::empty)
        .await
        .expect("query auth call succeeds");

    let mut req = RequestSpec::new(Method::GET, "/c");
    req.cookie_param("lang", "en gb");
    req.security(COOKIE_AUTH);
    client
        .call(req, decode::empty)
        .await
        .expect("cookie auth call succeeds");

    // Without basic credentials, the next scheme (bearer, falling back to the key) applies.
    let mut req = RequestSpec::new(Method::GET, "/b");
    req.security(BEARER_THEN_KEY);
    client
        .call(req, decode::empty)
        .await
        .expect("bearer call succeeds");

    let requests = server.received_requests().await.expect("recording is on");
    let encoded_key = KEY.replace('$', "%24");
    assert_eq!(
        requests[0].url.query(),
        Some(format!("a=1&api_key={encoded_key}").as_str())
    );
    assert_eq!(header(&requests[0], "authorization"), None);
    assert_eq!(
        header(&requests[1], "cookie"),
        Some(format!("lang=en%20gb; session={encoded_key}").as_str())
    );
    assert_eq!(
        header(&requests[2], "authorization"),
        Some(format!("Bearer {KEY}").as_str())
    );
}

#[tokio::test]
async fn basic_auth_and_no_auth() {
    static BASIC: &[&[AuthScheme]] = &[&[AuthScheme::Basic]];
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let client = support::TestClient::builder()
        .basic_auth("user", "p@ss")
        .base_url(server.uri())
        .build()
        .expect("client builds");
    let mut req = RequestSpec::new(Method::GET, "/basic");
    req.security(BASIC);
    client
        .call(req, decode::empty)
        .await
        .expect("basic call succeeds");
    client
        .call(RequestSpec::new(Method::GET, "/open"), decode::empty)
        .await
        .expect("open call succeeds");

    let requests = server.received_requests().await.expect("recording is on");
    // base64("user:p@ss") is dXNlcjpwQHNz.
    assert_eq!(
        header(&requests[0], "authorization"),
        Some("Basic dXNlcjpwQHNz")
    );
    assert_eq!(header(&requests[1], "authorization"), None);
}

#[tokio::test]
async fn invalid_request_parts_fail_before_sending() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let client = client(&server.uri());

    let mut bad_header = RequestSpec::new(Method::GET, "/h");
    bad_header.header_param("X-Bad", "line\nbreak");
    let err = client
        .call(bad_header, decode::empty)
        .await
        .expect_err("invalid header value");
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");

    let err = client
        .call(RequestSpec::new(Method::GET, "/h"), decode::empty)
        .header("X-Call", "bad\r\nvalue")
        .await
        .expect_err("invalid per-call header");
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");

    let mut map = std::collections::HashMap::new();
    map.insert(vec![1u8], 1);
    let mut bad_body = RequestSpec::new(Method::POST, "/h");
    bad_body.json_body(&map);
    let err = client
        .call(bad_body, decode::empty)
        .await
        .expect_err("unserializable body");
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");

    assert_eq!(
        server
            .received_requests()
            .await
            .expect("recording is on")
            .len(),
        0
    );
}

/// A requirement naming two schemes applies both; one the client lacks a credential
/// for is skipped as a whole, not half-applied.
#[tokio::test]
async fn a_requirement_of_two_schemes_applies_both() {
    static KEY_AND_BEARER: &[&[AuthScheme]] = &[
        &[
            AuthScheme::Basic,
            AuthScheme::ApiKeyHeader {
                name: "X-Api-Key",
                prefix: "",
            },
        ],
        &[
            AuthScheme::ApiKeyHeader {
                name: "X-Api-Key",
                prefix: "",
            },
            AuthScheme::Bearer,
        ],
    ];
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let client = support::TestClient::builder()
        .api_key("k-1")
        .bearer_token("t-1")
        .base_url(server.uri())
        .build()
        .expect("client builds");
    let mut req = RequestSpec::new(Method::GET, "/both");
    req.security(KEY_AND_BEARER);
    client
        .call(req, decode::empty)
        .await
        .expect("call succeeds");
    let requests = server.received_requests().await.expect("recording is on");
    assert_eq!(header(&requests[0], "x-api-key"), Some("k-1"));
    assert_eq!(header(&requests[0], "authorization"), Some("Bearer t-1"));
}
