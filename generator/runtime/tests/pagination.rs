//! Offset pagination against servers that behave and servers that lie.

mod support;

use client_runtime::runtime::Error;
use futures_util::StreamExt;
use serde_json::json;
use support::{client, Item};
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
