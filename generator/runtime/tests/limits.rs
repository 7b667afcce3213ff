//! Response size limits: checked against `Content-Length` first, then while reading,
//! for success and error bodies, per client and per call.

mod support;

use std::time::Duration;

use client_runtime::runtime::config::DEFAULT_MAX_RESPONSE_BYTES;
use client_runtime::runtime::Error;
use support::{client, raw_server, read_head, TestClient, KEY};
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

/// Sends a chunked 200 (or `status`) response whose body never ends, in 64 KiB chunks,
/// until the client goes away or `max` bytes were sent.
async fn endless_chunked(mut stream: TcpStream, status: &str, max: u64) {
    read_head(&mut stream).await;
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    );
    if stream.write_all(head.as_bytes()).await.is_err() {
        return;
    }
    let chunk = vec![b' '; 64 * 1024];
    let framed = [
        format!("{:x}\r\n", chunk.len()).into_bytes(),
        chunk,
        b"\r\n".to_vec(),
    ]
    .concat();
    let mut sent = 0u64;
    while sent < max {
        if stream.write_all(&framed).await.is_err() {
            return;
        }
        sent += 64 * 1024;
    }
    let _ = stream.write_all(b"0\r\n\r\n").await;
}

fn small_client(base: &str, limit: u64) -> TestClient {
    TestClient::builder()
        .api_key(KEY)
        .base_url(base)
        .max_response_bytes(limit)
        .max_retries(0)
        .build()
        .expect("client builds")
}

#[test]
fn the_default_cap_is_100_mib() {
    assert_eq!(DEFAULT_MAX_RESPONSE_BYTES, 100 * 1024 * 1024);
    let client = TestClient::builder()
        .api_key(KEY)
        .build()
        .expect("client builds");
    assert_eq!(client.rt.max_response_bytes(), DEFAULT_MAX_RESPONSE_BYTES);
}

#[tokio::test]
async fn an_announced_length_over_the_cap_fails_before_reading() {
    // The server announces 10 GiB but sends only a few bytes and keeps the connection
    // open: waiting for the body would hang, so the check must come first.
    let addr = raw_server(|mut stream, _| async move {
        read_head(&mut stream).await;
        let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 10737418240\r\n\r\n{";
        let _ = stream.write_all(head.as_bytes()).await;
        tokio::time::sleep(Duration::from_secs(30)).await;
    })
    .await;
    let err = tokio::time::timeout(
        Duration::from_secs(5),
        small_client(&format!("http://{addr}"), 1024).get_thing("1"),
    )
    .await
    .expect("the call fails at once")
    .expect_err("the body is too large");
    let Error::ResponseTooLarge {
        limit,
        content_length,
        status,
    } = err
    else {
        panic!("expected ResponseTooLarge, got {err:?}");
    };
    assert_eq!(limit, 1024);
    assert_eq!(content_length, Some(10_737_418_240));
    assert_eq!(status.as_u16(), 200);
}

#[tokio::test]
async fn a_lying_content_length_cannot_push_more_than_it_announced() {
    // A length under the cap with more bytes behind it: only the announced bytes are
    // read (HTTP framing), so the extra megabytes never reach the buffer.
    let addr = raw_server(|mut stream, _| async move {
        read_head(&mut stream).await;
        let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 9\r\n\r\n{\"id\": 1}";
        let _ = stream.write_all(head.as_bytes()).await;
        let _ = stream.write_all(&vec![b'x'; 4 << 20]).await;
    })
    .await;
    let item = small_client(&format!("http://{addr}"), 1024)
        .get_thing("1")
        .await
        .expect("the announced body is read");
    assert_eq!(item.id, 1);
}

#[tokio::test]
async fn an_endless_chunked_body_stops_at_the_cap() {
    let addr = raw_server(|stream, _| endless_chunked(stream, "200 OK", u64::MAX)).await;
    let err = small_client(&format!("http://{addr}"), 1 << 20)
        .get_thing("1")
        .await
        .expect_err("the body never ends");
    assert!(
        matches!(
            err,
            Error::ResponseTooLarge {
                limit: 1048576,
                content_length: None,
                ..
            }
        ),
        "{err:?}"
    );
}

#[tokio::test]
async fn error_bodies_are_capped_too() {
    let addr =
        raw_server(|stream, _| endless_chunked(stream, "500 Internal Server Error", u64::MAX))
            .await;
    let err = small_client(&format!("http://{addr}"), 1 << 20)
        .get_thing("1")
        .await
        .expect_err("the error body never ends");
    let Error::ResponseTooLarge { status, .. } = err else {
        panic!("expected ResponseTooLarge, got {err:?}");
    };
    assert_eq!(status.as_u16(), 500);
}

#[tokio::test]
async fn the_cap_can_be_set_per_call_and_lifted() {
    // 2 MiB of spaces and then a JSON document.
    let addr = raw_server(|mut stream, _| async move {
        read_head(&mut stream).await;
        let body = format!("{}{{\"id\": 3}}", " ".repeat(2 << 20));
        let head = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        );
        let _ = stream.write_all(head.as_bytes()).await;
        let _ = stream.write_all(body.as_bytes()).await;
    })
    .await;
    let base = format!("http://{addr}");
    let strict = small_client(&base, 1 << 20);
    let err = strict
        .get_thing("1")
        .await
        .expect_err("over the client's cap");
    assert!(matches!(err, Error::ResponseTooLarge { .. }), "{err:?}");
    let item = strict
        .get_thing("1")
        .max_response_bytes(u64::MAX)
        .await
        .expect("the call lifts the cap");
    assert_eq!(item.id, 3);
    let err = client(&base)
        .get_thing("1")
        .max_response_bytes(1000)
        .max_retries(0)
        .await
        .expect_err("the call lowers the cap");
    assert!(
        matches!(err, Error::ResponseTooLarge { limit: 1000, .. }),
        "{err:?}"
    );
}
