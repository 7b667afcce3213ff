//! Synchronous calls for programs without an async runtime (cargo feature `blocking`).
//!
//! The generated `blocking::Client` mirrors the async client: each operation returns a
//! [`BlockingCall`] with the same per-call options, and `.send()` runs the async call
//! to completion on one background runtime that the process shares. Calling it from
//! inside an async runtime would deadlock or panic in tokio, so that is refused with
//! [`Error::Config`] instead.

use std::sync::OnceLock;
use std::time::Duration;

use futures_util::{Stream, StreamExt};

use crate::runtime::call::Call;
use crate::runtime::client::{RawResponse, Response};
use crate::runtime::error::Error;
use crate::runtime::stream::ItemStream;

/// The runtime every blocking call runs on, made on first use. One worker thread
/// drives connections between calls, so pooled connections stay healthy.
fn shared_runtime() -> Result<&'static tokio::runtime::Runtime, Error> {
    static RUNTIME: OnceLock<Result<tokio::runtime::Runtime, String>> = OnceLock::new();
    let runtime = RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("api-client-blocking")
            .enable_all()
            .build()
            .map_err(|e| e.to_string())
    });
    runtime
        .as_ref()
        .map_err(|e| Error::Config(format!("cannot start the blocking client's runtime: {e}")))
}

/// Runs `future` to completion on the shared runtime.
fn block_on<F: std::future::Future>(future: F) -> Result<F::Output, Error> {
    if tokio::runtime::Handle::try_current().is_ok() {
        return Err(Error::Config(
            "the blocking client cannot be used inside an async runtime; use the async \
             client there"
                .to_owned(),
        ));
    }
    Ok(shared_runtime()?.block_on(future))
}

/// A prepared synchronous call: configure it, then call [`BlockingCall::send`].
#[must_use = "a call does nothing until it is sent"]
#[derive(Debug)]
pub struct BlockingCall<'a, T> {
    call: Call<'a, T>,
}

impl<'a, T: Send + 'a> BlockingCall<'a, T> {
    /// Wraps an async call; generated blocking clients do this for every operation.
    pub fn new(call: Call<'a, T>) -> Self {
        BlockingCall { call }
    }

    /// Changes the underlying async call, for options this type does not mirror.
    pub fn map(self, f: impl FnOnce(Call<'a, T>) -> Call<'a, T>) -> Self {
        BlockingCall { call: f(self.call) }
    }

    /// See [`Call::timeout`].
    pub fn timeout(self, d: Duration) -> Self {
        self.map(|call| call.timeout(d))
    }

    /// See [`Call::max_retries`].
    pub fn max_retries(self, n: u32) -> Self {
        self.map(|call| call.max_retries(n))
    }

    /// See [`Call::header`].
    pub fn header(self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.map(|call| call.header(name, value))
    }

    /// See [`Call::extra_query`].
    pub fn extra_query(self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.map(|call| call.extra_query(name, value))
    }

    /// See [`Call::extra_body`].
    pub fn extra_body(self, name: impl Into<String>, value: impl serde::Serialize) -> Self {
        self.map(|call| call.extra_body(name, value))
    }

    /// Sends the call and decodes the response.
    pub fn send(self) -> Result<T, Error> {
        block_on(self.call.send())?
    }

    /// Sends the call and returns the decoded value with the raw response.
    pub fn send_with_response(self) -> Result<Response<T>, Error> {
        block_on(self.call.send_with_response())?
    }

    /// Sends the call and returns the successful response undecoded.
    pub fn raw(self) -> Result<RawResponse, Error> {
        block_on(self.call.raw())?
    }

    /// Sends the call and returns the successful body as text.
    pub fn text(self) -> Result<String, Error> {
        block_on(self.call.text())?
    }
}

impl<'a, I: Send + 'static> BlockingCall<'a, ItemStream<I>> {
    /// Sends a streamed call (events or JSON items) and returns an iterator over what
    /// arrives; an error status fails here, later problems come as items.
    pub fn iter(self) -> Result<BlockingIter<'static, I>, Error> {
        Ok(BlockingIter::new(self.send()?))
    }
}

/// The items of an async stream (e.g. every item of every page), one by one.
pub struct BlockingIter<'a, T> {
    stream: std::pin::Pin<Box<dyn Stream<Item = Result<T, Error>> + Send + 'a>>,
    failed: bool,
}

impl<'a, T> BlockingIter<'a, T> {
    /// Wraps a stream; generated blocking clients do this for pagination streams.
    pub fn new(stream: impl Stream<Item = Result<T, Error>> + Send + 'a) -> Self {
        BlockingIter {
            stream: Box::pin(stream),
            failed: false,
        }
    }
}

impl<T> std::fmt::Debug for BlockingIter<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BlockingIter").finish_non_exhaustive()
    }
}

impl<T> Iterator for BlockingIter<'_, T> {
    type Item = Result<T, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        match block_on(self.stream.next()) {
            Ok(item) => item,
            Err(err) => {
                // Refused before polling (inside an async runtime): report once, then end.
                self.failed = true;
                Some(Err(err))
            }
        }
    }
}
