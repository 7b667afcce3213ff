//! The synchronous wrapper (cargo feature `blocking`), used without any async runtime.

mod support;

use std::io::{Read, Write};
use std::net::TcpListener;

use client_runtime::runtime::{BlockingCall, BlockingIter, Error};
use support::{TestClient, KEY};

/// Serves `responses` one per connection on a plain thread, returning the base URL.
fn serve(responses: Vec<String>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a local port");
    let addr = listener.local_addr().expect("local address");
    std::thread::spawn(move || {
        for response in responses {
            let Ok((mut stream, _)) = listener.accept() else {
                return;
            };
            let mut seen = Vec::new();
            let mut buf = [0u8; 1024];
            while !seen.windows(4).any(|w| w == b"\r\n\r\n") {
                match stream.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => seen.extend_from_slice(&buf[..n]),
                }
            }
            let _ = stream.write_all(response.as_bytes());
        }
    });
    format!("http://{addr}")
}

fn client(base: &str) -> TestClient {
    TestClient::builder()
        .api_key(KEY)
        .base_url(base)
        .build()
        .expect("client builds")
}

#[test]
fn a_blocking_call_sends_and_decodes_without_an_async_runtime() {
    let base = serve(vec![
        support::json_response("200 OK", r#"{"id": 5, "name": "five"}"#),
        support::json_response("404 Not Found", r#"{"message": "no"}"#),
    ]);
    let client = client(&base);
    let item = BlockingCall::new(client.get_thing("5"))
        .header("X-Debug", "1")
        .send()
        .expect("the call succeeds");
    assert_eq!(item.id, 5);
    let err = BlockingCall::new(client.get_thing("6"))
        .max_retries(0)
        .send()
        .expect_err("404");
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
}

#[test]
fn blocking_pagination_iterates_every_item() {
    let base = serve(vec![
        support::json_response(
            "200 OK",
            r#"{"count": 3, "results": [{"id": 1}, {"id": 2}]}"#,
        ),
        support::json_response("200 OK", r#"{"count": 3, "results": [{"id": 3}]}"#),
    ]);
    let client = client(&base);
    let ids: Vec<u64> = BlockingIter::new(client.list_all())
        .map(|item| item.expect("an item").id)
        .collect();
    assert_eq!(ids, [1, 2, 3]);
}

#[test]
fn the_blocking_client_refuses_to_run_inside_an_async_runtime() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let client = client("http://127.0.0.1:9");
    let err = runtime.block_on(async { BlockingCall::new(client.get_thing("1")).send() });
    let Err(Error::Config(message)) = err else {
        panic!("expected a config error, got {err:?}");
    };
    assert!(message.contains("inside an async runtime"), "{message}");
}

#[test]
fn a_blocking_stream_call_iterates_its_events() {
    let body = "data: {\"id\": 1}\n\n: comment\n\ndata: {\"id\": 2}\n\ndata: [DONE]\n\n";
    let base = serve(vec![format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Length: {}\r\n\
         Connection: close\r\n\r\n{body}",
        body.len()
    )]);
    let client = client(&base);
    let request = client_runtime::runtime::RequestSpec::new(reqwest::Method::GET, "/events");
    let call = client.rt.stream_call(request, |body, limit| {
        client_runtime::runtime::stream::events(
            body,
            limit,
            Some("[DONE]"),
            client_runtime::runtime::stream::json::<support::Item>,
        )
    });
    let ids: Vec<u64> = BlockingCall::new(call)
        .iter()
        .expect("the head arrives")
        .map(|event| event.expect("an event").data.id)
        .collect();
    assert_eq!(ids, [1, 2]);
}
