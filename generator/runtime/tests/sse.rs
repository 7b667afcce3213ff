//! Streamed responses: the pure SSE parser and record splitter (every split of the
//! input gives the same frames), and event and JSON streams read from servers on
//! 127.0.0.1 (incremental delivery, broken connections, limits, sentinels, timeouts,
//! cancellation).

mod support;

use std::collections::VecDeque;
use std::time::Duration;

use client_runtime::runtime::sse::{RecordSplitter, SseFrame, SseParser, TooLarge, LF, RS};
use client_runtime::runtime::stream::{self, EventStream, JsonStream};
use client_runtime::runtime::{Call, Error, RequestSpec};
use futures_util::StreamExt;
use reqwest::Method;
use support::{client, raw_server, read_head, recording_server, Item, TestClient};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

fn frame(event: &str, data: &str, id: Option<&str>, retry: Option<u64>) -> SseFrame {
    SseFrame {
        event: event.to_owned(),
        data: data.to_owned(),
        id: id.map(str::to_owned),
        retry: retry.map(Duration::from_millis),
    }
}

/// Feeds `chunks` to a fresh parser and returns every frame, or the first error.
fn parse(chunks: &[&[u8]], limit: usize) -> Result<Vec<SseFrame>, TooLarge> {
    let mut parser = SseParser::new(limit);
    let mut out = VecDeque::new();
    for chunk in chunks {
        parser.feed(chunk, &mut out)?;
    }
    Ok(out.into_iter().collect())
}

/// A stream with every rule in it: a BOM, comments, LF, CR and CRLF line ends, a
/// multi-line event, an id that carries over, `retry` with and without digits only,
/// an event without data, a field without a colon and one without the space.
const WIRE: &[u8] = b"\xEF\xBB\xBF: hello\n\
event: greeting\r\n\
data: first line\r\n\
data:second line\r\n\
id: 7\r\n\
retry: 1500\r\n\
\r\n\
data: {\"id\": 1}\r\r\
event: lonely\n\n\
retry: 15s\n\
data\n\
unknown: field\n\
\n\
id: 8\0x\n\
data:  two spaces\n\
\n";

fn expected() -> Vec<SseFrame> {
    vec![
        frame("greeting", "first line\nsecond line", Some("7"), Some(1500)),
        frame("message", "{\"id\": 1}", Some("7"), None),
        frame("message", "", Some("7"), None),
        frame("message", " two spaces", Some("7"), None),
    ]
}

#[test]
fn parser_follows_the_whatwg_rules() {
    assert_eq!(parse(&[WIRE], 1 << 20), Ok(expected()));
}

#[test]
fn parser_gives_the_same_events_whatever_the_chunks() {
    for cut in 0..=WIRE.len() {
        let (head, tail) = WIRE.split_at(cut);
        assert_eq!(
            parse(&[head, tail], 1 << 20),
            Ok(expected()),
            "cut at byte {cut}"
        );
    }
    let bytes: Vec<&[u8]> = WIRE.chunks(1).collect();
    assert_eq!(parse(&bytes, 1 << 20), Ok(expected()), "one byte per chunk");
}

#[test]
fn a_cr_lf_split_across_chunks_is_one_line_end() {
    let frames = parse(&[b"data: a\r", b"\ndata: b\r", b"\n\r", b"\n"], 1024);
    assert_eq!(frames, Ok(vec![frame("message", "a\nb", None, None)]));
}

#[test]
fn only_a_leading_bom_is_skipped() {
    let frames = parse(
        &[b"\xEF\xBB", b"\xBFdata: x\n\n\xEF\xBB\xBFdata: y\n\n"],
        1024,
    );
    // The second BOM is part of a field name that is not `data`, so that line is ignored.
    assert_eq!(frames, Ok(vec![frame("message", "x", None, None)]));
}

#[test]
fn an_empty_id_clears_the_last_id() {
    let frames = parse(&[b"id: 1\ndata: a\n\nid\ndata: b\n\n"], 1024);
    assert_eq!(
        frames,
        Ok(vec![
            frame("message", "a", Some("1"), None),
            frame("message", "b", None, None)
        ])
    );
}

#[test]
fn an_event_over_the_limit_is_refused() {
    let long = format!("data: {}\n\n", "x".repeat(100));
    assert_eq!(parse(&[long.as_bytes()], 64), Err(TooLarge { limit: 64 }));
    // A line that never ends is refused too, without waiting for its end.
    assert_eq!(parse(&[&[b'x'; 65][..]], 64), Err(TooLarge { limit: 64 }));
    // Many data lines add up.
    let lines = "data: 0123456789\n".repeat(10);
    assert_eq!(parse(&[lines.as_bytes()], 64), Err(TooLarge { limit: 64 }));
    assert!(parse(&[b"data: small\n\n"], 64).is_ok());
}

#[test]
fn the_parser_knows_when_the_body_ends_inside_an_event() {
    let mut parser = SseParser::new(1024);
    let mut out = VecDeque::new();
    parser.feed(b"data: a\n\n", &mut out).expect("small");
    assert!(!parser.in_event());
    parser.feed(b"data: b\n", &mut out).expect("small");
    assert!(parser.in_event());
    assert_eq!(out.len(), 1);
}

fn records(separator: u8, input: &[u8], cut: usize) -> Vec<String> {
    let mut splitter = RecordSplitter::new(separator, 1024);
    let mut out = VecDeque::new();
    let (head, tail) = input.split_at(cut);
    splitter.feed(head, &mut out).expect("small");
    splitter.feed(tail, &mut out).expect("small");
    splitter.finish(&mut out);
    out.into_iter().collect()
}

#[test]
fn json_lines_and_sequences_split_the_same_whatever_the_chunks() {
    let lines = b"{\"id\": 1}\r\n\n  \n{\"id\": 2}\n{\"id\": 3}";
    let seq = b"\x1e{\"id\": 1}\n\x1e{\"id\": 2}\n\x1e\n\x1e{\"id\": 3}";
    let want = vec!["{\"id\": 1}", "{\"id\": 2}", "{\"id\": 3}"];
    for cut in 0..=lines.len() {
        assert_eq!(records(LF, lines, cut), want, "jsonl cut at {cut}");
    }
    for cut in 0..=seq.len() {
        assert_eq!(records(RS, seq, cut), want, "json-seq cut at {cut}");
    }
    let mut splitter = RecordSplitter::new(LF, 8);
    assert_eq!(
        splitter.feed(b"{\"id\": 123456}\n", &mut VecDeque::new()),
        Err(TooLarge { limit: 8 })
    );
}

// Streams read from servers.

fn events_call(client: &TestClient, sentinel: bool) -> Call<'_, EventStream<Item>> {
    let mut request = RequestSpec::new(Method::GET, "/events");
    request.accept("text/event-stream");
    if sentinel {
        client.rt.stream_call(request, |body, limit| {
            stream::events(body, limit, Some("[DONE]"), stream::json::<Item>)
        })
    } else {
        client.rt.stream_call(request, |body, limit| {
            stream::events(body, limit, None, stream::json::<Item>)
        })
    }
}

fn text_events_call(client: &TestClient) -> Call<'_, EventStream<String>> {
    let request = RequestSpec::new(Method::GET, "/events");
    client.rt.stream_call(request, |body, limit| {
        stream::events(body, limit, None, stream::text)
    })
}

const CHUNKED_HEAD: &str = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\
                            Transfer-Encoding: chunked\r\n\r\n";

async fn write_chunk(stream: &mut TcpStream, data: &[u8]) {
    let _ = stream
        .write_all(format!("{:x}\r\n", data.len()).as_bytes())
        .await;
    let _ = stream.write_all(data).await;
    let _ = stream.write_all(b"\r\n").await;
    let _ = stream.flush().await;
}

async fn end_chunks(stream: &mut TcpStream) {
    let _ = stream.write_all(b"0\r\n\r\n").await;
    let _ = stream.shutdown().await;
}

fn item(id: u64) -> Item {
    Item {
        id,
        name: String::new(),
    }
}

#[tokio::test]
async fn the_first_event_arrives_before_the_server_finishes() {
    let (release, released) = tokio::sync::oneshot::channel::<()>();
    let released = std::sync::Mutex::new(Some(released));
    let addr = raw_server(move |mut stream, _| {
        let released = released.lock().expect("not poisoned").take();
        async move {
            read_head(&mut stream).await;
            let _ = stream.write_all(CHUNKED_HEAD.as_bytes()).await;
            write_chunk(&mut stream, b"data: {\"id\": 1}\n\n").await;
            // The rest only comes once the client has shown it holds the first event.
            if let Some(released) = released {
                let _ = released.await;
            }
            write_chunk(&mut stream, b"data: {\"id\": 2}\n\n").await;
            end_chunks(&mut stream).await;
        }
    })
    .await;
    let client = client(&format!("http://{addr}"));
    let mut events = events_call(&client, false).await.expect("the head arrives");
    let first = tokio::time::timeout(Duration::from_secs(5), events.next())
        .await
        .expect("the first event comes while the response is still open")
        .expect("an item")
        .expect("an event");
    assert_eq!(first.data, item(1));
    assert_eq!(first.event, "message");
    release.send(()).expect("the server waits");
    let second = events.next().await.expect("an item").expect("an event");
    assert_eq!(second.data, item(2));
    assert!(events.next().await.is_none());
}

#[tokio::test]
async fn events_split_at_every_byte_by_the_server_decode_the_same() {
    let wire: &'static [u8] =
        b"id: 5\r\nevent: tick\r\ndata: {\"id\":\r\ndata:  9}\r\n\r\n: keep-alive\r\n\r\n";
    let addr = raw_server(move |mut stream, _| async move {
        read_head(&mut stream).await;
        let _ = stream.write_all(CHUNKED_HEAD.as_bytes()).await;
        for byte in wire.chunks(1) {
            write_chunk(&mut stream, byte).await;
        }
        end_chunks(&mut stream).await;
    })
    .await;
    let client = client(&format!("http://{addr}"));
    let events: Vec<_> = events_call(&client, false)
        .await
        .expect("head")
        .collect()
        .await;
    assert_eq!(events.len(), 1, "{events:?}");
    let event = events[0].as_ref().expect("an event");
    assert_eq!(
        (event.event.as_str(), event.id.as_deref()),
        ("tick", Some("5"))
    );
    assert_eq!(event.data, item(9));
}

#[tokio::test]
async fn a_broken_connection_ends_the_stream_with_an_error() {
    let addr = raw_server(|mut stream, _| async move {
        read_head(&mut stream).await;
        let _ = stream.write_all(CHUNKED_HEAD.as_bytes()).await;
        write_chunk(&mut stream, b"data: {\"id\": 1}\n\ndata: {\"id\"").await;
        // No final chunk: the connection is cut in the middle of the body.
        let _ = stream.shutdown().await;
    })
    .await;
    let client = client(&format!("http://{addr}"));
    let mut events = events_call(&client, false).await.expect("head");
    assert_eq!(
        events.next().await.expect("item").expect("event").data,
        item(1)
    );
    let error = events
        .next()
        .await
        .expect("an error")
        .expect_err("the cut is an error");
    assert!(error.is_connection(), "{error:?}");
    assert!(
        events.next().await.is_none(),
        "the stream ends after its error"
    );
}

#[tokio::test]
async fn a_body_that_ends_inside_an_event_is_reported() {
    let addr = raw_server(|mut stream, _| async move {
        read_head(&mut stream).await;
        let _ = stream.write_all(CHUNKED_HEAD.as_bytes()).await;
        write_chunk(&mut stream, b"data: {\"id\": 1}\n\ndata: {\"id\": 2}\n").await;
        end_chunks(&mut stream).await;
    })
    .await;
    let client = client(&format!("http://{addr}"));
    let results: Vec<_> = events_call(&client, false)
        .await
        .expect("head")
        .collect()
        .await;
    assert_eq!(results.len(), 2, "{results:?}");
    assert_eq!(results[0].as_ref().expect("event").data, item(1));
    let error = results[1].as_ref().expect_err("the cut event is reported");
    assert!(error.to_string().contains("inside an event"), "{error}");
}

#[tokio::test]
async fn an_over_long_event_ends_the_stream() {
    let addr = raw_server(|mut stream, _| async move {
        read_head(&mut stream).await;
        let _ = stream.write_all(CHUNKED_HEAD.as_bytes()).await;
        write_chunk(&mut stream, b"data: short\n\n").await;
        let long = format!("data: {}\n\n", "x".repeat(4096));
        write_chunk(&mut stream, long.as_bytes()).await;
        write_chunk(&mut stream, b"data: after\n\n").await;
        end_chunks(&mut stream).await;
    })
    .await;
    let client = client(&format!("http://{addr}"));
    let results: Vec<_> = text_events_call(&client)
        .max_event_bytes(1024)
        .await
        .expect("head")
        .collect()
        .await;
    assert_eq!(results.len(), 2, "{results:?}");
    assert_eq!(results[0].as_ref().expect("event").data, "short");
    match &results[1] {
        Err(Error::ItemTooLarge {
            limit: 1024,
            status,
        }) => assert_eq!(status.as_u16(), 200),
        other => panic!("expected ItemTooLarge, got {other:?}"),
    }
}

#[tokio::test]
async fn the_sentinel_ends_the_stream_cleanly() {
    let addr = raw_server(|mut stream, _| async move {
        read_head(&mut stream).await;
        let _ = stream.write_all(CHUNKED_HEAD.as_bytes()).await;
        write_chunk(
            &mut stream,
            b"data: {\"id\": 1}\n\ndata: [DONE]\n\ndata: not json\n\n",
        )
        .await;
        // The server keeps the response open; the client must not wait for its end.
        tokio::time::sleep(Duration::from_secs(30)).await;
    })
    .await;
    let client = client(&format!("http://{addr}"));
    let results = tokio::time::timeout(
        Duration::from_secs(5),
        events_call(&client, true)
            .await
            .expect("head")
            .collect::<Vec<_>>(),
    )
    .await
    .expect("the sentinel ends the stream without waiting for the body's end");
    assert_eq!(results.len(), 1, "{results:?}");
    assert_eq!(results[0].as_ref().expect("event").data, item(1));
}

#[tokio::test]
async fn an_event_that_does_not_decode_is_an_error_and_the_stream_goes_on() {
    let (addr, _) = recording_server(|_, _| {
        let body = "event: x\ndata: {\"id\": \"nope\"}\n\ndata: {\"id\": 2}\n\n";
        format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Length: {}\r\n\
             Connection: close\r\n\r\n{body}",
            body.len()
        )
    })
    .await;
    let client = client(&format!("http://{addr}"));
    let results: Vec<_> = events_call(&client, false)
        .await
        .expect("head")
        .collect()
        .await;
    assert_eq!(results.len(), 2, "{results:?}");
    match &results[0] {
        Err(Error::Decode {
            path,
            body,
            content_type,
            ..
        }) => {
            assert_eq!(path, "id");
            assert_eq!(&body[..], b"{\"id\": \"nope\"}");
            assert_eq!(content_type.as_deref(), Some("text/event-stream"));
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
    assert_eq!(results[1].as_ref().expect("event").data, item(2));
}

#[tokio::test]
async fn the_call_timeout_bounds_the_stream() {
    let addr = raw_server(|mut stream, _| async move {
        read_head(&mut stream).await;
        let _ = stream.write_all(CHUNKED_HEAD.as_bytes()).await;
        write_chunk(&mut stream, b"data: {\"id\": 1}\n\n").await;
        tokio::time::sleep(Duration::from_secs(30)).await;
    })
    .await;
    let client = client(&format!("http://{addr}"));
    let mut events = events_call(&client, false)
        .timeout(Duration::from_millis(500))
        .await
        .expect("head");
    assert_eq!(
        events.next().await.expect("item").expect("event").data,
        item(1)
    );
    let error = tokio::time::timeout(Duration::from_secs(5), events.next())
        .await
        .expect("the call's timeout fires")
        .expect("an error")
        .expect_err("a timeout");
    assert!(error.is_timeout(), "{error:?}");
}

#[tokio::test]
async fn dropping_the_stream_closes_the_connection() {
    let (closed, closed_seen) = tokio::sync::oneshot::channel::<bool>();
    let closed = std::sync::Mutex::new(Some(closed));
    let addr = raw_server(move |mut stream, _| {
        let closed = closed.lock().expect("not poisoned").take();
        async move {
            read_head(&mut stream).await;
            let _ = stream.write_all(CHUNKED_HEAD.as_bytes()).await;
            write_chunk(&mut stream, b"data: {\"id\": 1}\n\n").await;
            // Keep sending until the client goes away; reading 0 bytes or a failed
            // write means the connection was closed.
            let mut buf = [0u8; 64];
            let mut gone = false;
            for _ in 0..100 {
                tokio::select! {
                    read = stream.read(&mut buf) => if matches!(read, Ok(0) | Err(_)) { gone = true; break },
                    () = tokio::time::sleep(Duration::from_millis(50)) => {
                        if stream.write_all(b"3\r\n:\n\n\r\n").await.is_err() { gone = true; break }
                    }
                }
            }
            if let Some(closed) = closed {
                let _ = closed.send(gone);
            }
        }
    })
    .await;
    let client = client(&format!("http://{addr}"));
    let mut events = events_call(&client, false).await.expect("head");
    assert_eq!(
        events.next().await.expect("item").expect("event").data,
        item(1)
    );
    drop(events);
    let gone = tokio::time::timeout(Duration::from_secs(10), closed_seen)
        .await
        .expect("the server notices")
        .expect("the server reports");
    assert!(gone, "the connection is closed once the stream is dropped");
}

#[tokio::test]
async fn an_error_status_fails_the_call_before_any_stream() {
    let (addr, log) = recording_server(|_, _| {
        support::json_response("404 Not Found", "{\"message\": \"no such stream\"}")
    })
    .await;
    let client = client(&format!("http://{addr}"));
    let error = events_call(&client, false)
        .await
        .expect_err("404 is an error");
    assert!(matches!(error, Error::NotFound(_)), "{error:?}");
    let requests = support::recorded(&log);
    assert_eq!(requests[0].header("accept"), Some("text/event-stream"));
}

fn lines_call(client: &TestClient, seq: bool) -> Call<'_, JsonStream<Item>> {
    let request = RequestSpec::new(Method::GET, "/lines");
    if seq {
        client.rt.stream_call(request, |body, limit| {
            stream::json_seq::<Item>(body, limit, None)
        })
    } else {
        client.rt.stream_call(request, |body, limit| {
            stream::json_lines::<Item>(body, limit, None)
        })
    }
}

#[tokio::test]
async fn json_lines_and_sequences_stream_items() {
    let addr = raw_server(|mut stream, index| async move {
        read_head(&mut stream).await;
        let _ = stream.write_all(CHUNKED_HEAD.as_bytes()).await;
        let body: &[u8] = if index == 0 {
            b"{\"id\": 1}\r\n{\"id\": 2}\n\n{\"id\": 3}"
        } else {
            b"\x1e{\"id\": 1}\n\x1e{\"id\": 2}\n\x1e{\"id\": 3}\n"
        };
        for piece in body.chunks(3) {
            write_chunk(&mut stream, piece).await;
        }
        end_chunks(&mut stream).await;
    })
    .await;
    let client = client(&format!("http://{addr}"));
    for seq in [false, true] {
        let items: Vec<Item> = lines_call(&client, seq)
            .await
            .expect("head")
            .map(|item| item.expect("an item"))
            .collect()
            .await;
        assert_eq!(items, vec![item(1), item(2), item(3)], "json-seq: {seq}");
    }
}

#[tokio::test]
async fn the_raw_response_of_a_stream_has_the_head() {
    let (addr, _) = recording_server(|_, _| {
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nX-Request-Id: r1\r\n\
         Content-Length: 16\r\nConnection: close\r\n\r\ndata: {\"id\":4}\n\n"
            .to_owned()
    })
    .await;
    let client = client(&format!("http://{addr}"));
    let response = events_call(&client, false)
        .send_with_response()
        .await
        .expect("head");
    assert_eq!(
        response
            .raw
            .headers
            .get("x-request-id")
            .map(|v| v.as_bytes()),
        Some(&b"r1"[..])
    );
    assert_eq!(response.value.status.as_u16(), 200);
    let events: Vec<_> = response.value.collect().await;
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].as_ref().expect("event").data, item(4));
}
