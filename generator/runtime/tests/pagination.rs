//! Every pagination style (offset, page number, cursor, last item, `Link` header, next
//! URL) against servers that behave and servers that lie.

mod support;

use client_runtime::runtime::pagination::{
    cursor_stream, link_stream, next_link, next_url_stream, page_stream, CursorPage,
};
use client_runtime::runtime::{decode, Call, Error, ParamStyle, RequestSpec};
use futures_util::StreamExt;
use reqwest::header::{HeaderMap, HeaderValue, LINK};
use reqwest::Method;
use serde::Deserialize;
use serde_json::json;
use support::{
    client, json_response, recorded, recording_server, Item, Log, Recorded, TestClient, GCORE_AUTH,
};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// Serves `total` items in pages of the requested size, announcing `count`; pages at or
/// past `empty_from` are empty, and with `ignore_offset` every page is the first one.
struct Pages {
    total: u64,
    count: u64,
    ignore_offset: bool,
    fail_at: Option<u64>,
}

impl Respond for Pages {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let param = |name: &str| {
            request
                .url
                .query_pairs()
                .find(|(k, _)| k == name)
                .and_then(|(_, v)| v.parse::<u64>().ok())
        };
        let offset = if self.ignore_offset {
            0
        } else {
            param("offset").unwrap_or(0)
        };
        if self.fail_at == Some(offset) {
            return ResponseTemplate::new(500).set_body_json(json!({"message": "page failed"}));
        }
        let limit = param("limit").unwrap_or(10);
        let end = (offset + limit).min(self.total);
        let results: Vec<_> = (offset..end.max(offset))
            .map(|id| json!({"id": id, "name": "x"}))
            .collect();
        ResponseTemplate::new(200).set_body_json(json!({"count": self.count, "results": results}))
    }
}

async fn serve(pages: Pages) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(pages)
        .mount(&server)
        .await;
    server
}

async fn offsets_requested(server: &MockServer) -> Vec<String> {
    let requests = server.received_requests().await.expect("recording is on");
    requests
        .iter()
        .map(|r| {
            r.url
                .query_pairs()
                .find(|(k, _)| k == "offset")
                .map(|(_, v)| v.into_owned())
                .unwrap_or_default()
        })
        .collect()
}

#[tokio::test]
async fn walks_three_pages_and_stops_at_count() {
    let server = serve(Pages {
        total: 25,
        count: 25,
        ignore_offset: false,
        fail_at: None,
    })
    .await;
    let client = client(&server.uri());
    let items: Vec<Item> = client
        .list_all()
        .map(|item| item.expect("every page succeeds"))
        .collect()
        .await;
    assert_eq!(items.len(), 25);
    assert_eq!(
        items.iter().map(|i| i.id).collect::<Vec<_>>(),
        (0..25).collect::<Vec<_>>()
    );
    assert_eq!(offsets_requested(&server).await, vec!["0", "10", "20"]);
}

#[tokio::test]
async fn stops_on_an_empty_page() {
    // The server claims 100 items but has only 10.
    let server = serve(Pages {
        total: 10,
        count: 100,
        ignore_offset: false,
        fail_at: None,
    })
    .await;
    let client = client(&server.uri());
    let items: Vec<Result<Item, Error>> = client.list_all().collect().await;
    assert_eq!(items.len(), 10);
    assert_eq!(offsets_requested(&server).await, vec!["0", "10"]);
}

#[tokio::test]
async fn terminates_when_the_server_ignores_the_offset() {
    // The server says 1000 items but returns the same first page for every offset.
    let server = serve(Pages {
        total: 1000,
        count: 1000,
        ignore_offset: true,
        fail_at: None,
    })
    .await;
    let client = client(&server.uri());
    let items: Vec<Result<Item, Error>> = client.list_all().collect().await;
    assert_eq!(items.len(), 10, "the repeated page is not yielded again");
    assert_eq!(offsets_requested(&server).await, vec!["0", "10"]);
}

#[tokio::test]
async fn an_error_mid_stream_is_yielded_once_then_the_stream_ends() {
    let server = serve(Pages {
        total: 30,
        count: 30,
        ignore_offset: false,
        fail_at: Some(10),
    })
    .await;
    let client = support::TestClient::builder()
        .api_key(support::KEY)
        .base_url(server.uri())
        .max_retries(0)
        .build()
        .expect("client builds");
    let mut stream = client.list_all();
    let mut ok = 0;
    let mut errors = Vec::new();
    while let Some(item) = stream.next().await {
        match item {
            Ok(_) => ok += 1,
            Err(err) => errors.push(err),
        }
    }
    assert_eq!(ok, 10);
    assert_eq!(errors.len(), 1);
    assert!(matches!(errors[0], Error::Server(_)), "{:?}", errors[0]);
    assert!(stream.next().await.is_none(), "the stream stays finished");
    assert_eq!(offsets_requested(&server).await, vec!["0", "10"]);
}

#[tokio::test]
async fn without_a_total_it_walks_until_an_empty_page() {
    let server = serve(Pages {
        total: 15,
        count: 0,
        ignore_offset: false,
        fail_at: None,
    })
    .await;
    let client = client(&server.uri());
    let stream = client_runtime::runtime::pagination::offset_stream(
        0,
        |offset| client.list_page(offset),
        |page: support::Page| (page.results, None),
    );
    let items: Vec<Result<Item, Error>> = stream.collect().await;
    assert_eq!(items.len(), 15);
    assert_eq!(offsets_requested(&server).await, vec!["0", "10", "15"]);
}

// The other styles, against raw servers on 127.0.0.1 that record what they receive.

/// The value of query parameter `name` in a recorded request, if present.
fn query_value(request: &Recorded, name: &str) -> Option<String> {
    let target = request.request_line().split(' ').nth(1)?;
    let url = reqwest::Url::parse(&format!("http://x{target}")).ok()?;
    url.query_pairs()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.into_owned())
}

/// The request targets (path and query) a server received, in order.
fn targets(log: &Log) -> Vec<String> {
    recorded(log)
        .iter()
        .map(|r| {
            r.request_line()
                .split(' ')
                .nth(1)
                .unwrap_or_default()
                .to_owned()
        })
        .collect()
}

/// A JSON response with extra header lines (each ending in CRLF).
fn json_with_headers(headers: &str, body: &str) -> String {
    format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
}

/// Items `from..to` as JSON.
fn items_json(from: u64, to: u64) -> String {
    let items: Vec<String> = (from..to).map(|id| format!(r#"{{"id": {id}}}"#)).collect();
    format!("[{}]", items.join(","))
}

/// `GET /things` with the given query pairs set, decoded as `P`.
fn get_things<'a, P: serde::de::DeserializeOwned>(
    client: &'a TestClient,
    query: &[(&str, Option<String>)],
) -> Call<'a, P> {
    let mut request = RequestSpec::new(Method::GET, "/things");
    for (name, value) in query {
        request.query_param(name, value, ParamStyle::Form, true);
    }
    request.query_param("per_page", &2, ParamStyle::Form, true);
    request.security(GCORE_AUTH);
    client.call(request, decode::json)
}

fn ids(items: &[Result<Item, Error>]) -> Vec<u64> {
    items
        .iter()
        .map(|item| item.as_ref().expect("every page succeeds").id)
        .collect()
}

#[derive(Deserialize)]
struct NumberedPage {
    items: Vec<Item>,
    total_pages: Option<u64>,
}

#[tokio::test]
async fn page_numbers_stop_at_the_total_pages() {
    // Three pages of two items; the server would keep answering past the last one.
    let (addr, log) = recording_server(|request, _| {
        let page: u64 = query_value(request, "page")
            .and_then(|p| p.parse().ok())
            .unwrap_or(1);
        let body = format!(
            r#"{{"items": {}, "total_pages": 3}}"#,
            items_json(page * 10, page * 10 + 2)
        );
        json_response("200 OK", &body)
    })
    .await;
    let client = client(&format!("http://{addr}"));
    let stream = page_stream(
        1,
        1,
        |page| get_things(&client, &[("page", Some(page.to_string()))]),
        |page: NumberedPage| (page.items, page.total_pages),
    );
    let items: Vec<Result<Item, Error>> = stream.collect().await;
    assert_eq!(ids(&items), vec![10, 11, 20, 21, 30, 31]);
    assert_eq!(
        targets(&log),
        vec![
            "/things?page=1&per_page=2",
            "/things?page=2&per_page=2",
            "/things?page=3&per_page=2"
        ]
    );
}

#[tokio::test]
async fn page_numbers_without_a_total_stop_on_an_empty_page_or_a_repeated_body() {
    // Page 3 is empty.
    let (addr, log) = recording_server(|request, _| {
        let page: u64 = query_value(request, "page")
            .and_then(|p| p.parse().ok())
            .unwrap_or(0);
        let body = if page < 2 {
            items_json(page * 10, page * 10 + 2)
        } else {
            "[]".to_owned()
        };
        json_response("200 OK", &format!(r#"{{"items": {body}}}"#))
    })
    .await;
    let client = client(&format!("http://{addr}"));
    let items: Vec<Result<Item, Error>> = page_stream(
        0,
        0,
        |page| get_things(&client, &[("page", Some(page.to_string()))]),
        |page: NumberedPage| (page.items, page.total_pages),
    )
    .collect()
    .await;
    assert_eq!(ids(&items), vec![0, 1, 10, 11]);
    assert_eq!(recorded(&log).len(), 3);

    // A server that ignores `page` answers the same page forever.
    let (addr, log) =
        recording_server(|_, _| json_response("200 OK", r#"{"items": [{"id": 1}]}"#)).await;
    let client = self::client(&format!("http://{addr}"));
    let items: Vec<Result<Item, Error>> = page_stream(
        1,
        1,
        |page| get_things(&client, &[("page", Some(page.to_string()))]),
        |page: NumberedPage| (page.items, page.total_pages),
    )
    .collect()
    .await;
    assert_eq!(
        ids(&items),
        vec![1],
        "the repeated page is not yielded again"
    );
    assert_eq!(recorded(&log).len(), 2);
}

#[derive(Deserialize)]
struct TokenPage {
    items: Vec<Item>,
    #[serde(rename = "nextPageToken")]
    next_page_token: Option<String>,
}

fn token_page(page: TokenPage) -> CursorPage<Item, String> {
    CursorPage {
        items: page.items,
        next: page.next_page_token,
        has_more: None,
    }
}

#[tokio::test]
async fn page_tokens_are_followed_until_a_page_has_none() {
    // Google style: `pageToken` in, `nextPageToken` out; the last page has no token.
    let (addr, log) = recording_server(|request, _| {
        let body = match query_value(request, "pageToken").as_deref() {
            None => format!(
                r#"{{"items": {}, "nextPageToken": "t2"}}"#,
                items_json(0, 2)
            ),
            Some("t2") => format!(
                r#"{{"items": {}, "nextPageToken": "t3"}}"#,
                items_json(2, 4)
            ),
            Some(_) => format!(r#"{{"items": {}}}"#, items_json(4, 5)),
        };
        json_response("200 OK", &body)
    })
    .await;
    let client = client(&format!("http://{addr}"));
    let items: Vec<Result<Item, Error>> = cursor_stream(
        |token: Option<&String>| get_things(&client, &[("pageToken", token.cloned())]),
        token_page,
    )
    .collect()
    .await;
    assert_eq!(ids(&items), vec![0, 1, 2, 3, 4]);
    assert_eq!(
        targets(&log),
        vec![
            "/things?per_page=2",
            "/things?pageToken=t2&per_page=2",
            "/things?pageToken=t3&per_page=2"
        ]
    );
}

#[tokio::test]
async fn a_repeated_cursor_ends_the_stream() {
    // The server hands out the same token forever, with new items each time.
    let (addr, log) = recording_server(|request, _| {
        let seen = query_value(request, "pageToken").map_or(0, |_| 10);
        json_response(
            "200 OK",
            &format!(
                r#"{{"items": {}, "nextPageToken": "again"}}"#,
                items_json(seen, seen + 1)
            ),
        )
    })
    .await;
    let client = client(&format!("http://{addr}"));
    let items: Vec<Result<Item, Error>> = cursor_stream(
        |token: Option<&String>| get_things(&client, &[("pageToken", token.cloned())]),
        token_page,
    )
    .collect()
    .await;
    assert_eq!(ids(&items), vec![0, 10]);
    assert_eq!(recorded(&log).len(), 2, "`again` is not sent twice");
}

#[derive(Deserialize)]
struct SlackPage {
    items: Vec<Item>,
    next_cursor: String,
}

#[tokio::test]
async fn an_empty_cursor_or_an_empty_page_ends_the_stream() {
    // Slack style: the last page's `next_cursor` is an empty string.
    let (addr, log) = recording_server(|request, _| {
        let body = match query_value(request, "cursor").as_deref() {
            None => format!(r#"{{"items": {}, "next_cursor": "c2"}}"#, items_json(0, 2)),
            _ => format!(r#"{{"items": {}, "next_cursor": ""}}"#, items_json(2, 3)),
        };
        json_response("200 OK", &body)
    })
    .await;
    let client = client(&format!("http://{addr}"));
    let split = |page: SlackPage| CursorPage {
        items: page.items,
        next: Some(page.next_cursor),
        has_more: None,
    };
    let items: Vec<Result<Item, Error>> = cursor_stream(
        |cursor: Option<&String>| get_things(&client, &[("cursor", cursor.cloned())]),
        split,
    )
    .collect()
    .await;
    assert_eq!(ids(&items), vec![0, 1, 2]);
    assert_eq!(recorded(&log).len(), 2);

    // An empty page ends the walk even when it names a next cursor.
    let (addr, log) = recording_server(|request, _| {
        let body = match query_value(request, "cursor").as_deref() {
            None => format!(r#"{{"items": {}, "next_cursor": "c2"}}"#, items_json(0, 1)),
            _ => r#"{"items": [], "next_cursor": "c3"}"#.to_owned(),
        };
        json_response("200 OK", &body)
    })
    .await;
    let client = self::client(&format!("http://{addr}"));
    let items: Vec<Result<Item, Error>> = cursor_stream(
        |cursor: Option<&String>| get_things(&client, &[("cursor", cursor.cloned())]),
        split,
    )
    .collect()
    .await;
    assert_eq!(ids(&items), vec![0]);
    assert_eq!(recorded(&log).len(), 2);
}

#[derive(Deserialize)]
struct StripePage {
    data: Vec<Item>,
    has_more: bool,
}

#[tokio::test]
async fn starting_after_the_last_item_until_has_more_is_false() {
    // Stripe style: the next page starts after the last item's id.
    let (addr, log) = recording_server(|request, _| {
        let after: u64 = query_value(request, "starting_after")
            .and_then(|v| v.parse().ok())
            .map_or(0, |id: u64| id + 1);
        let end = (after + 2).min(5);
        json_response(
            "200 OK",
            &format!(
                r#"{{"data": {}, "has_more": {}}}"#,
                items_json(after, end),
                end < 5
            ),
        )
    })
    .await;
    let client = client(&format!("http://{addr}"));
    let split = |page: StripePage| {
        let next = page.data.last().map(|item| item.id.to_string());
        CursorPage {
            items: page.data,
            next,
            has_more: Some(page.has_more),
        }
    };
    let items: Vec<Result<Item, Error>> = cursor_stream(
        |after: Option<&String>| get_things(&client, &[("starting_after", after.cloned())]),
        split,
    )
    .collect()
    .await;
    assert_eq!(ids(&items), vec![0, 1, 2, 3, 4]);
    assert_eq!(
        targets(&log),
        vec![
            "/things?per_page=2",
            "/things?starting_after=1&per_page=2",
            "/things?starting_after=3&per_page=2"
        ]
    );
}

/// GitHub style: a bare array of items, the next page in `Link`.
async fn linked_server(
    next: fn(u64, std::net::SocketAddr) -> Option<String>,
) -> (std::net::SocketAddr, Log) {
    recording_server(move |request, own| {
        let page: u64 = query_value(request, "page")
            .and_then(|p| p.parse().ok())
            .unwrap_or(1);
        let link = match next(page, own) {
            Some(target) => format!(
                "Link: <{target}>; rel=\"next\", <http://{own}/things?page=9>; rel=\"last\"\r\n"
            ),
            None => String::new(),
        };
        json_with_headers(&link, &items_json(page * 10, page * 10 + 2))
    })
    .await
}

#[tokio::test]
async fn link_headers_are_followed_with_credentials_on_the_same_origin() {
    let (addr, log) = linked_server(|page, own| {
        (page < 3).then(|| format!("http://{own}/things?page={}&per_page=2", page + 1))
    })
    .await;
    let client = client(&format!("http://{addr}"));
    let items: Vec<Result<Item, Error>> =
        link_stream(|| get_things(&client, &[]), |items: Vec<Item>| items)
            .collect()
            .await;
    assert_eq!(ids(&items), vec![10, 11, 20, 21, 30, 31]);
    assert_eq!(
        targets(&log),
        vec![
            "/things?per_page=2",
            "/things?page=2&per_page=2",
            "/things?page=3&per_page=2"
        ],
        "later pages are the link's URL, not the first request's query again"
    );
    for request in recorded(&log) {
        assert_eq!(
            request.header("authorization"),
            Some(format!("APIKey {}", support::KEY).as_str())
        );
    }
}

#[tokio::test]
async fn relative_links_resolve_against_the_page_url() {
    let (addr, log) =
        linked_server(|page, _| (page < 2).then(|| format!("?page={}", page + 1))).await;
    let client = client(&format!("http://{addr}"));
    let items: Vec<Result<Item, Error>> =
        link_stream(|| get_things(&client, &[]), |items: Vec<Item>| items)
            .collect()
            .await;
    assert_eq!(ids(&items), vec![10, 11, 20, 21]);
    assert_eq!(targets(&log), vec!["/things?per_page=2", "/things?page=2"]);
}

#[tokio::test]
async fn a_link_to_another_origin_is_refused_and_nothing_is_sent_there() {
    let (other, other_log) = recording_server(|_, _| json_response("200 OK", "[]")).await;
    let (addr, log) = recording_server(move |_, _| {
        let link = format!("Link: <http://{other}/things?page=2>; rel=\"next\"\r\n");
        json_with_headers(&link, &items_json(0, 2))
    })
    .await;
    let client = client(&format!("http://{addr}"));
    let items: Vec<Result<Item, Error>> =
        link_stream(|| get_things(&client, &[]), |items: Vec<Item>| items)
            .collect()
            .await;
    assert_eq!(items.len(), 3, "two items, then the refusal");
    match &items[2] {
        Err(Error::InvalidRequest(message)) => {
            assert!(message.contains("another origin"), "{message}")
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert_eq!(recorded(&log).len(), 1);
    assert!(
        recorded(&other_log).is_empty(),
        "no request reached the other origin"
    );
}

#[tokio::test]
async fn a_link_back_to_a_page_already_fetched_ends_the_stream() {
    let (addr, log) =
        linked_server(|page, own| Some(format!("http://{own}/things?page={}", page.min(2) + 1)))
            .await;
    let client = client(&format!("http://{addr}"));
    let items: Vec<Result<Item, Error>> =
        link_stream(|| get_things(&client, &[]), |items: Vec<Item>| items)
            .collect()
            .await;
    // Page 3 links to itself.
    assert_eq!(ids(&items), vec![10, 11, 20, 21, 30, 31]);
    assert_eq!(recorded(&log).len(), 3);
}

#[derive(Deserialize)]
struct DrfPage {
    results: Vec<Item>,
    next: Option<String>,
}

#[tokio::test]
async fn next_urls_in_the_body_are_followed() {
    // Django REST framework / Azure `nextLink` style.
    let (addr, log) = recording_server(|request, own| {
        let page: u64 = query_value(request, "page")
            .and_then(|p| p.parse().ok())
            .unwrap_or(1);
        let next = if page < 2 {
            format!(r#""http://{own}/things?page=2""#)
        } else {
            "null".to_owned()
        };
        json_response(
            "200 OK",
            &format!(
                r#"{{"results": {}, "next": {next}}}"#,
                items_json(page, page + 1)
            ),
        )
    })
    .await;
    let client = client(&format!("http://{addr}"));
    let items: Vec<Result<Item, Error>> = next_url_stream(
        || get_things(&client, &[]),
        |page: DrfPage| (page.results, page.next),
    )
    .collect()
    .await;
    assert_eq!(ids(&items), vec![1, 2]);
    assert_eq!(targets(&log), vec!["/things?per_page=2", "/things?page=2"]);
}

#[test]
fn link_header_parsing() {
    let cases: &[(&[&str], Option<&str>)] = &[
        (
            &[
                r#"<https://api.github.com/user/repos?page=3&per_page=100>; rel="next", <https://api.github.com/user/repos?page=50>; rel="last""#,
            ],
            Some("https://api.github.com/user/repos?page=3&per_page=100"),
        ),
        (
            &[r#"<https://x/a?page=1>; rel="prev", <https://x/a?page=3>; rel="next""#],
            Some("https://x/a?page=3"),
        ),
        (&["</a?page=2>; rel=next"], Some("/a?page=2")),
        (
            &[r#"<https://x/a>; title="a, b; c"; rel="last next""#],
            Some("https://x/a"),
        ),
        (&[r#"<https://x/a>; REL="Next""#], Some("https://x/a")),
        (&[r#"<https://x/a>; rel="nextish""#], None),
        (
            &[
                r#"<https://x/1>; rel="first""#,
                r#"<https://x/2>; rel="next""#,
            ],
            Some("https://x/2"),
        ),
        (
            &["garbage, <https://x/2>; rel=\"next\""],
            Some("https://x/2"),
        ),
        (&[""], None),
    ];
    for (values, expected) in cases {
        let mut headers = HeaderMap::new();
        for value in *values {
            headers.append(LINK, HeaderValue::from_str(value).expect("valid header"));
        }
        assert_eq!(next_link(&headers).as_deref(), *expected, "{values:?}");
    }
}
