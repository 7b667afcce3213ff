//! Peak memory while a hostile server sends a 1 GiB body: reading stops at the cap, so
//! the process never holds much more than the cap. This is its own test binary (its
//! own process) because it reads the process-wide peak resident size.

mod support;

use client_runtime::runtime::Error;
use support::{raw_server, read_head, TestClient, KEY};
use tokio::io::AsyncWriteExt;

/// The process's peak resident set size in bytes (Linux `VmHWM`).
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

#[tokio::test]
async fn a_one_gib_body_keeps_memory_near_the_cap() {
    const GIB: u64 = 1 << 30;
    const CAP: u64 = 32 << 20;
    let addr = raw_server(|mut stream, _| async move {
        read_head(&mut stream).await;
        let head = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {GIB}\r\n\r\n"
        );
        if stream.write_all(head.as_bytes()).await.is_err() {
            return;
        }
        let chunk = vec![b' '; 1 << 20];
        for _ in 0..1024 {
            if stream.write_all(&chunk).await.is_err() {
                return;
            }
        }
    })
    .await;
    let before = peak_rss().expect("Linux reports VmHWM");
    // The announced length is over this cap, so it fails before reading...
    let client = TestClient::builder()
        .api_key(KEY)
        .base_url(format!("http://{addr}"))
        .max_response_bytes(CAP)
        .max_retries(0)
        .build()
        .expect("client builds");
    let err = client.get_thing("1").await.expect_err("over the cap");
    assert!(matches!(err, Error::ResponseTooLarge { .. }), "{err:?}");
    // ...so the reader itself is measured with a chunked body of 1 GiB, which gives no
    // length to check and must be counted as it arrives.
    let addr = raw_server(|mut stream, _| async move {
        read_head(&mut stream).await;
        let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        if stream.write_all(head.as_bytes()).await.is_err() {
            return;
        }
        let chunk = vec![b' '; 1 << 20];
        let framed = [format!("{:x}\r\n", chunk.len()).into_bytes(), chunk, b"\r\n".to_vec()].concat();
        for _ in 0..1024 {
            if stream.write_all(&framed).await.is_err() {
                return;
            }
        }
        let _ = stream.write_all(b"0\r\n\r\n").await;
    })
    .await;
    let client = TestClient::builder()
        .api_key(KEY)
        .base_url(format!("http://{addr}"))
        .max_response_bytes(CAP)
        .max_retries(0)
        .build()
        .expect("client builds");
    let err = client.get_thing("1").await.expect_err("over the cap");
    assert!(
        matches!(
            err,
            Error::ResponseTooLarge {
                content_length: None,
                ..
            }
        ),
        "{err:?}"
    );
    let after = peak_rss().expect("Linux reports VmHWM");
    let grown = after.saturating_sub(before);
    // The buffer holds at most the cap; growth by doubling can briefly hold twice that.
    assert!(
        grown < 3 * CAP,
        "peak memory grew by {} MiB for a {} MiB cap",
        grown >> 20,
        CAP >> 20
    );
}
