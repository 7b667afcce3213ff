//! The stream methods of the compiled `pagination` golden crate against a server on
//! 127.0.0.1: the code the generator prints for each style walks real pages.

use futures_util::StreamExt;
use golden_pagination::models::{
    ListChannelsParams, ListChargesParams, ListLogsBody, ListPagesParams, ListReposParams, Thing,
};
use golden_pagination::Client;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// Requests received, as `METHOD target body`.
type Log = Arc<Mutex<Vec<String>>>;

/// Serves `respond(method and target, body)` -> (extra header lines, JSON body), one
/// request per connection.
async fn serve(respond: fn(&str, &str, SocketAddr) -> (String, String)) -> (Client, Log) {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind a local port");
    let addr = listener.local_addr().expect("local address");
    let log = Log::default();
    let server_log = log.clone();
    tokio::spawn(async move {
        for _ in 0..32 {
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
            let head = String::from_utf8_lossy(&seen[..head_end]).into_owned();
            let length: usize = head
                .lines()
                .find_map(|line| {
                    line.to_ascii_lowercase()
                        .strip_prefix("content-length:")
                        .map(|v| v.trim().to_owned())
                })
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
            while seen.len() < head_end + length {
                match stream.read(&mut buf).await {
                    Ok(0) | Err(_) => break,
                    Ok(n) => seen.extend_from_slice(&buf[..n]),
                }
            }
            let body = String::from_utf8_lossy(&seen[head_end..]).into_owned();
            let line: Vec<&str> = head
                .lines()
                .next()
                .unwrap_or_default()
                .split(' ')
                .take(2)
                .collect();
            let request = line.join(" ");
            let (headers, json) = respond(&request, &body, addr);
            server_log
                .lock()
                .expect("log lock")
                .push(format!("{request} {body}").trim_end().to_owned());
            let response = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n{json}",
                json.len()
            );
            let _ = stream.write_all(response.as_bytes()).await;
            let _ = stream.shutdown().await;
        }
    });
    let client = Client::builder()
        .base_url(format!("http://{addr}"))
        .build()
        .expect("client builds");
    (client, log)
}

fn things(names: &[&str]) -> String {
    let items: Vec<String> = names
        .iter()
        .map(|n| format!(r#"{{"name": "{n}"}}"#))
        .collect();
    format!("[{}]", items.join(","))
}

fn names(items: Vec<Result<Thing, golden_pagination::Error>>) -> Vec<String> {
    items
        .into_iter()
        .map(|item| item.expect("every page succeeds").name.unwrap_or_default())
        .collect()
}

fn requests(log: &Log) -> Vec<String> {
    log.lock().expect("log lock").clone()
}

#[tokio::test]
async fn link_header_pages() {
    let (client, log) = serve(|request, _, own| match request {
        "GET /repos?per_page=2" => (
            format!("Link: <http://{own}/repos?per_page=2&page=2>; rel=\"next\"\r\n"),
            things(&["a", "b"]),
        ),
        _ => (String::new(), things(&["c"])),
    })
    .await;
    let params = ListReposParams {
        per_page: Some(2),
        ..Default::default()
    };
    let items = client.list_repos_stream(&params).collect().await;
    assert_eq!(names(items), ["a", "b", "c"]);
    assert_eq!(
        requests(&log),
        ["GET /repos?per_page=2", "GET /repos?per_page=2&page=2"]
    );
}

#[tokio::test]
async fn nested_cursor_pages() {
    let (client, log) = serve(|request, _, _| match request {
        "GET /channels" => (
            String::new(),
            format!(
                r#"{{"channels": {}, "response_metadata": {{"next_cursor": "c2"}}}}"#,
                things(&["a"])
            ),
        ),
        _ => (
            String::new(),
            format!(
                r#"{{"channels": {}, "response_metadata": {{"next_cursor": ""}}}}"#,
                things(&["b"])
            ),
        ),
    })
    .await;
    let items = client
        .list_channels_stream(&ListChannelsParams::default())
        .collect()
        .await;
    assert_eq!(names(items), ["a", "b"]);
    assert_eq!(requests(&log), ["GET /channels", "GET /channels?cursor=c2"]);
}

#[tokio::test]
async fn last_item_pages() {
    let (client, log) = serve(|request, _, _| match request {
        "GET /charges?limit=2" => (
            String::new(),
            r#"{"data": [{"id": "ch_1"}, {"id": "ch_2"}], "has_more": true}"#.to_owned(),
        ),
        _ => (
            String::new(),
            r#"{"data": [{"id": "ch_3"}], "has_more": false}"#.to_owned(),
        ),
    })
    .await;
    let params = ListChargesParams {
        limit: Some(2),
        ..Default::default()
    };
    let ids: Vec<String> = client
        .list_charges_stream(&params)
        .map(|charge| charge.expect("every page succeeds").id)
        .collect()
        .await;
    assert_eq!(ids, ["ch_1", "ch_2", "ch_3"]);
    assert_eq!(
        requests(&log),
        [
            "GET /charges?limit=2",
            "GET /charges?starting_after=ch_2&limit=2"
        ]
    );
}

#[tokio::test]
async fn configured_page_numbers_and_body_cursor() {
    let (client, log) = serve(|request, _, _| {
        let page = request.rsplit("p=").next().unwrap_or("1");
        (
            String::new(),
            format!(
                r#"{{"entries": {}, "meta": {{"pages": 2}}}}"#,
                things(&[page])
            ),
        )
    })
    .await;
    let items = client
        .list_pages_stream(&ListPagesParams::default())
        .collect()
        .await;
    assert_eq!(names(items), ["1", "2"]);
    assert_eq!(requests(&log), ["GET /pages?p=1", "GET /pages?p=2"]);

    let (client, log) = serve(|_, body, _| match body {
        "{}" => (
            String::new(),
            r#"{"lines": ["one"], "meta": {"more": true, "next_from": 5}}"#.to_owned(),
        ),
        _ => (
            String::new(),
            r#"{"lines": ["two"], "meta": {"more": false, "next_from": 9}}"#.to_owned(),
        ),
    })
    .await;
    let lines: Vec<String> = client
        .list_logs_stream(&ListLogsBody::default())
        .map(|line| line.expect("every page succeeds"))
        .collect()
        .await;
    assert_eq!(lines, ["one", "two"]);
    assert_eq!(
        requests(&log),
        ["POST /logs {}", r#"POST /logs {"from":5}"#]
    );
}
