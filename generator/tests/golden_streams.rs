//! The compiled `streams` and `openapi32` golden crates against a server on 127.0.0.1:
//! streamed responses come out typed (events, JSON Lines, JSON text sequences, the
//! sentinels of the document and of the config), and OpenAPI 3.2 operations go out as
//! the document says (QUERY with a body, methods spelled as given, a whole query
//! string from one parameter).

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use futures_util::StreamExt;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// One request as the server saw it: the head as text and the body.
#[derive(Clone, Debug)]
struct Seen {
    head: String,
    body: Vec<u8>,
}

impl Seen {
    fn request_line(&self) -> &str {
        self.head.lines().next().unwrap_or_default()
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().skip(1).find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.trim().eq_ignore_ascii_case(name).then(|| value.trim())
        })
    }
}

type Log = Arc<Mutex<Vec<Seen>>>;

/// Serves every request with `body` (and `content_type`), closing after each, and
/// records what it received.
async fn serve(content_type: &'static str, body: &'static str) -> (SocketAddr, Log) {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind a local port");
    let addr = listener.local_addr().expect("local address");
    let log: Log = Arc::default();
    let server_log = log.clone();
    tokio::spawn(async move {
        for _ in 0..16 {
            let Ok((mut stream, _)) = listener.accept().await else {
                return;
            };
            let mut seen = Vec::new();
            let mut buf = [0u8; 4096];
            let head_end = loop {
                if let Some(at) = seen.windows(4).position(|w| w == b"\r\n\r\n") {
                    break at + 4;
                }
                match stream.read(&mut buf).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => seen.extend_from_slice(&buf[..n]),
                }
            };
            let mut request = Seen {
                head: String::from_utf8_lossy(&seen[..head_end]).into_owned(),
                body: seen[head_end..].to_vec(),
            };
            let length: usize = request
                .header("content-length")
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
            while request.body.len() < length {
                match stream.read(&mut buf).await {
                    Ok(0) | Err(_) => break,
                    Ok(n) => request.body.extend_from_slice(&buf[..n]),
                }
            }
            server_log.lock().expect("not poisoned").push(request);
            let response = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = stream.write_all(response.as_bytes()).await;
            let _ = stream.shutdown().await;
        }
    });
    (addr, log)
}

fn seen(log: &Log) -> Vec<Seen> {
    log.lock().expect("not poisoned").clone()
}

fn streams_client(addr: SocketAddr) -> golden_streams::Client {
    golden_streams::Client::builder()
        .base_url(format!("http://{addr}"))
        .build()
        .expect("the client builds")
}

fn v32_client(addr: SocketAddr) -> golden_openapi32::Client {
    golden_openapi32::Client::builder()
        .api_key("token")
        .base_url(format!("http://{addr}"))
        .build()
        .expect("the client builds")
}

#[tokio::test]
async fn the_events_variant_asks_for_events_and_stops_at_the_config_sentinel() {
    use golden_streams::models::{ChatRequest, Chunk};
    let (addr, log) = serve(
        "text/event-stream",
        "data: {\"delta\": \"Hel\"}\n\ndata: {\"delta\": \"lo\"}\n\ndata: [END]\n\ndata: {\"delta\": \"x\"}\n\n",
    )
    .await;
    let client = streams_client(addr);
    let request = ChatRequest::new("hi".into());
    let events: Vec<golden_streams::Event<Chunk>> = client
        .create_chat_events(&request)
        .await
        .expect("the head arrives")
        .map(|event| event.expect("an event"))
        .collect()
        .await;
    let text: String = events.iter().map(|e| e.data.delta.as_str()).collect();
    assert_eq!(text, "Hello");
    let requests = seen(&log);
    assert_eq!(requests[0].request_line(), "POST /chat HTTP/1.1");
    assert_eq!(requests[0].header("accept"), Some("text/event-stream"));
    assert_eq!(requests[0].body, br#"{"prompt":"hi"}"#);
}

#[tokio::test]
async fn the_document_sentinel_wins_over_the_config() {
    let (addr, _) = serve(
        "text/event-stream",
        "data: {\"delta\": \"a\"}\n\ndata: [END]\n\ndata: [DONE]\n\n",
    )
    .await;
    let client = streams_client(addr);
    let request = golden_streams::models::ChatRequest::new("hi".into());
    let results: Vec<_> = client
        .stream_chat(&request)
        .await
        .expect("head")
        .collect()
        .await;
    // `[END]` is not this operation's sentinel, so it is an event that is not JSON.
    assert_eq!(results.len(), 2, "{results:?}");
    assert_eq!(results[0].as_ref().expect("an event").data.delta, "a");
    assert!(matches!(
        results[1],
        Err(golden_streams::Error::Decode { .. })
    ));
}

#[tokio::test]
async fn text_events_and_whole_event_schemas() {
    let (addr, _) = serve(
        "text/event-stream",
        "event: line\nid: 1\ndata: first\ndata: second\n\nevent: change\nid: 2\nretry: 3000\ndata: {\"path\": \"/a\", \"kind\": \"created\"}\n\n",
    )
    .await;
    let client = streams_client(addr);
    let params = golden_streams::models::TailLogsParams::default();
    let mut lines = client.tail_logs(&params).await.expect("head");
    let first = lines.next().await.expect("an item").expect("an event");
    assert_eq!(
        (
            first.event.as_str(),
            first.id.as_deref(),
            first.data.as_str()
        ),
        ("line", Some("1"), "first\nsecond")
    );

    let changes: Vec<_> = client.watch_changes().await.expect("head").collect().await;
    let last = changes.last().expect("events").as_ref().expect("an event");
    assert_eq!(last.data.path, "/a");
    assert_eq!(last.data.kind, golden_streams::models::ChangeKind::Created);
    assert_eq!(last.retry, Some(std::time::Duration::from_millis(3000)));
}

#[tokio::test]
async fn json_lines_and_sequences_are_typed_items() {
    let (addr, log) = serve(
        "application/x-ndjson",
        "{\"id\": 1, \"line\": \"a\"}\n{\"id\": 2}\n",
    )
    .await;
    let client = streams_client(addr);
    let records: Vec<_> = client
        .export_lines("e1")
        .await
        .expect("head")
        .map(|record| record.expect("a record").id)
        .collect()
        .await;
    assert_eq!(records, [1, 2]);
    assert_eq!(seen(&log)[0].header("accept"), Some("application/x-ndjson"));

    let (addr, _) = serve(
        "application/json-seq",
        "\u{1e}{\"any\": true}\n\u{1e}[1, 2]\n",
    )
    .await;
    let client = streams_client(addr);
    let values: Vec<serde_json::Value> = client
        .export_seq("e1")
        .await
        .expect("head")
        .map(|v| v.expect("a value"))
        .collect()
        .await;
    assert_eq!(
        values,
        [serde_json::json!({"any": true}), serde_json::json!([1, 2])]
    );
}

#[tokio::test]
async fn query_sends_its_body_with_the_query_method() {
    let (addr, log) = serve("application/json", "[{\"id\": 7, \"name\": \"Rex\"}]").await;
    let client = v32_client(addr);
    let query = golden_openapi32::models::PetQuery {
        text: Some("rex".into()),
        limit: Some(5),
        ..Default::default()
    };
    let pets = client.search_pets(&query).await.expect("200");
    assert_eq!(pets[0].name, "Rex");
    let requests = seen(&log);
    assert_eq!(requests[0].request_line(), "QUERY /pets HTTP/1.1");
    assert_eq!(requests[0].body, br#"{"text":"rex","limit":5}"#);
    assert_eq!(requests[0].header("authorization"), Some("Bearer token"));
}

#[tokio::test]
async fn additional_operations_use_their_method_and_querystring_is_the_whole_query() {
    use golden_openapi32::models::{LinkPetsParams, ListPetsParams, PetFilter};
    let (addr, log) = serve("application/json", "[]").await;
    let client = v32_client(addr);
    client
        .link_pets(&LinkPetsParams::new("</pets/1>; rel=\"friend\"".into()))
        .await
        .expect("204 reads as no content");
    client.purge_pets().await.expect("no content");
    let filter = PetFilter {
        status: Some(vec!["sold".into(), "on hold".into()]),
        ..Default::default()
    };
    let params = ListPetsParams {
        filter: Some(filter),
        session: None,
    };
    client.list_pets(&params).await.expect("200");
    let requests = seen(&log);
    assert_eq!(requests[0].request_line(), "LINK /pets HTTP/1.1");
    assert_eq!(
        requests[0].header("link"),
        Some("</pets/1>; rel=\"friend\"")
    );
    assert_eq!(requests[1].request_line(), "PURGE /pets HTTP/1.1");
    assert_eq!(
        requests[2].request_line(),
        "GET /pets?status=sold&status=on%20hold HTTP/1.1"
    );
}

#[tokio::test]
async fn item_schemas_type_events_and_lines() {
    let (addr, _) = serve(
        "text/event-stream",
        "event: update\ndata: {\"field\": \"name\", \"value\": \"Rex\"}\n\n",
    )
    .await;
    let client = v32_client(addr);
    let events: Vec<_> = client.pet_events(7).await.expect("head").collect().await;
    let event = events[0].as_ref().expect("an event");
    assert_eq!(
        (event.event.as_str(), event.data.field.as_str()),
        ("update", "name")
    );
    assert_eq!(event.data.value, Some(serde_json::json!("Rex")));

    let (addr, _) = serve(
        "application/jsonl",
        "{\"id\": 1, \"name\": \"a\"}\n{\"id\": 2, \"name\": \"b\"}\n",
    )
    .await;
    let client = v32_client(addr);
    let names: Vec<String> = client
        .export_pets()
        .await
        .expect("head")
        .map(|pet| pet.expect("a pet").name)
        .collect()
        .await;
    assert_eq!(names, ["a", "b"]);
}
