//! Shared test support: a tiny hand-written client shaped like a generated one, plus
//! small TCP servers for faults that wiremock cannot produce.

// Each test binary uses a different subset of these helpers.
#![allow(dead_code)]

use std::future::Future;
use std::io::Write;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use client_runtime::runtime::{
    decode, pagination, ApiInfo, AuthScheme, Call, ClientBuilder, Error, ParamStyle, RequestSpec,
    Runtime,
};
use futures_util::Stream;
use reqwest::Method;
use serde::Deserialize;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// A key that is easy to search for in any output.
pub const KEY: &str = "sk-test-1234$abcdef-SECRET";

/// API facts for the test client.
pub const INFO: ApiInfo = ApiInfo {
    default_base_url: "https://api.example.invalid",
    env_api_key: Some("CLIENT_RUNTIME_TEST_UNSET_KEY"),
    env_base_url: None,
    env_custom_headers: None,
    user_agent: "runtime-test/0.0.1",
};

/// The Gcore auth scheme.
pub const GCORE_AUTH: &[&[AuthScheme]] = &[&[AuthScheme::ApiKeyHeader {
    name: "Authorization",
    prefix: "APIKey ",
}]];

/// A test client, built like generated clients through `From<Runtime>`.
#[derive(Clone, Debug)]
pub struct TestClient {
    pub rt: Runtime,
}

impl From<Runtime> for TestClient {
    fn from(rt: Runtime) -> Self {
        TestClient { rt }
    }
}

/// An item of a listing.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Item {
    pub id: u64,
    #[serde(default)]
    pub name: String,
}

/// An offset page as Gcore returns it.
#[derive(Clone, Debug, Deserialize)]
pub struct Page {
    pub count: u64,
    pub results: Vec<Item>,
}

impl TestClient {
    /// A builder for the test API.
    pub fn builder() -> ClientBuilder<TestClient> {
        ClientBuilder::new(INFO)
    }

    /// `GET /things/{thing_id}` returning one item.
    pub fn get_thing(&self, id: &str) -> Call<'_, Item> {
        let mut req = RequestSpec::new(Method::GET, "/things/{thing_id}");
        req.path_param("thing_id", id, ParamStyle::Simple, false);
        req.security(GCORE_AUTH);
        self.rt.call(req, decode::json)
    }

    /// `GET /things?offset=..&limit=10` returning a page.
    pub fn list_page(&self, offset: u64) -> Call<'_, Page> {
        let mut req = RequestSpec::new(Method::GET, "/things");
        req.query_param("offset", &offset, ParamStyle::Form, true);
        req.query_param("limit", &10, ParamStyle::Form, true);
        req.security(GCORE_AUTH);
        self.rt.call(req, decode::json)
    }

    /// Every item of `GET /things`, page by page.
    pub fn list_all(&self) -> impl Stream<Item = Result<Item, Error>> + Send + Unpin + '_ {
        pagination::offset_stream(
            0,
            move |offset| self.list_page(offset),
            |page: Page| (page.results, Some(page.count)),
        )
    }

    /// `DELETE /things/{thing_id}` with no response document.
    pub fn delete_thing(&self, id: &str) -> Call<'_, ()> {
        let mut req = RequestSpec::new(Method::DELETE, "/things/{thing_id}");
        req.path_param("thing_id", id, ParamStyle::Simple, false);
        req.security(GCORE_AUTH);
        self.rt.call(req, decode::empty)
    }

    /// Sends any prepared request.
    pub fn call<T>(
        &self,
        req: RequestSpec,
        decode: fn(&client_runtime::runtime::RawResponse) -> Result<T, Error>,
    ) -> Call<'_, T> {
        self.rt.call(req, decode)
    }
}

/// A client with the test key pointing at `base_url`.
pub fn client(base_url: &str) -> TestClient {
    TestClient::builder()
        .api_key(KEY)
        .base_url(base_url)
        .build()
        .expect("the test client builds")
}

/// Starts a raw TCP server on 127.0.0.1; every connection is handed to `handler`.
/// The accept loop runs on the test's runtime, so it stops when the test ends.
pub async fn raw_server<F, Fut>(handler: F) -> SocketAddr
where
    F: Fn(TcpStream, usize) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind a local port");
    let addr = listener.local_addr().expect("local address");
    tokio::spawn(async move {
        // A bounded number of connections keeps a misbehaving test from looping forever.
        for index in 0..32 {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            tokio::spawn(handler(stream, index));
        }
    });
    addr
}

/// Reads one request head (up to the blank line) so that the client sees it consumed.
pub async fn read_head(stream: &mut TcpStream) {
    let mut seen = Vec::new();
    let mut buf = [0u8; 1024];
    while !seen.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(n) => seen.extend_from_slice(&buf[..n]),
        }
    }
}

/// Writes a complete JSON response.
pub async fn write_json(stream: &mut TcpStream, status: &str, body: &str) {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    // Write errors mean the client went away, which the test will notice itself.
    let _ = stream.write_all(head.as_bytes()).await;
    let _ = stream.write_all(body.as_bytes()).await;
    let _ = stream.shutdown().await;
}

/// Announces a 1000-byte body, sends a few bytes of it and closes the connection.
pub async fn write_cut_body(stream: &mut TcpStream) {
    let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"id\": ";
    let _ = stream.write_all(head.as_bytes()).await;
    let _ = stream.flush().await;
    let _ = stream.shutdown().await;
}

/// An address on which nothing listens: a port that was bound and released.
pub fn refused_addr() -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a local port");
    listener.local_addr().expect("local address")
}

/// Keeps a connection open without answering, for timeout tests.
pub async fn never_answer(mut stream: TcpStream) {
    read_head(&mut stream).await;
    tokio::time::sleep(Duration::from_secs(30)).await;
    drop(stream);
}

/// A buffer that a tracing subscriber writes into.
#[derive(Clone, Default)]
pub struct LogBuffer(pub Arc<Mutex<Vec<u8>>>);

impl LogBuffer {
    /// Everything written so far.
    pub fn contents(&self) -> String {
        let guard = self
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        String::from_utf8_lossy(&guard).into_owned()
    }
}

impl Write for LogBuffer {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        let mut guard = self
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        guard.extend_from_slice(data);
        Ok(data.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// One request as a raw server received it.
#[derive(Clone, Debug, Default)]
pub struct Recorded {
    /// The request line and headers, as text.
    pub head: String,
    /// The body, read by `Content-Length`.
    pub body: Vec<u8>,
}

impl Recorded {
    /// The request line, e.g. `GET /x HTTP/1.1`.
    pub fn request_line(&self) -> &str {
        self.head.lines().next().unwrap_or_default()
    }

    /// The value of a header (case-insensitive name), if present.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().skip(1).find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.trim().eq_ignore_ascii_case(name).then(|| value.trim())
        })
    }
}

/// Requests a recording server received, in order.
pub type Log = Arc<Mutex<Vec<Recorded>>>;

/// Everything a recording server has received so far.
pub fn recorded(log: &Log) -> Vec<Recorded> {
    log.lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .clone()
}

/// Starts a server on 127.0.0.1 that records every request (head and body) and answers
/// it with the raw HTTP response `respond` returns for it; connections are closed
/// after each response.
pub async fn recording_server<F>(respond: F) -> (SocketAddr, Log)
where
    F: Fn(&Recorded, SocketAddr) -> String + Send + Sync + 'static,
{
    let log: Log = Arc::default();
    let respond = Arc::new(respond);
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind a local port");
    let addr = listener.local_addr().expect("local address");
    let server_log = log.clone();
    tokio::spawn(async move {
        for _ in 0..64 {
            let Ok((mut stream, _)) = listener.accept().await else {
                return;
            };
            let log = server_log.clone();
            let respond = respond.clone();
            tokio::spawn(async move {
                let Some(request) = read_request(&mut stream).await else {
                    return;
                };
                let response = respond(&request, addr);
                log.lock()
                    .unwrap_or_else(|poisoned| poisoned.into_inner())
                    .push(request);
                let _ = stream.write_all(response.as_bytes()).await;
                let _ = stream.shutdown().await;
            });
        }
    });
    (addr, log)
}

/// Reads one request: the head up to the blank line, then `Content-Length` bytes.
async fn read_request(stream: &mut TcpStream) -> Option<Recorded> {
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    let head_end = loop {
        if let Some(at) = seen.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
        match stream.read(&mut buf).await {
            Ok(0) | Err(_) => return None,
            Ok(n) => seen.extend_from_slice(&buf[..n]),
        }
    };
    let head = String::from_utf8_lossy(&seen[..head_end]).into_owned();
    let mut request = Recorded {
        head,
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
    Some(request)
}

/// A raw response with a JSON body.
pub fn json_response(status: &str, body: &str) -> String {
    format!(
        "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
}

/// A raw redirect response.
pub fn redirect_response(status: u16, location: &str) -> String {
    format!(
        "HTTP/1.1 {status} Redirect\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    )
}
