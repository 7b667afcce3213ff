// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: cargo xtask codegen
//! Responses read as a sequence of items while they arrive: Server-Sent Events
//! (`text/event-stream`), JSON Lines (`application/jsonl`, `application/x-ndjson`) and
//! JSON text sequences (`application/json-seq`).
//!
//! A streamed operation returns a [`Call`](crate::runtime::Call) whose value is an
//! [`EventStream`] or a [`JsonStream`]: awaiting the call sends it (with retries and
//! redirects, like any call) and resolves as soon as a successful response's head
//! arrives; the stream then yields each event or item as soon as its last byte does.
//!
//! - Memory: one event or item may hold at most the call's `max_event_bytes` (see
//!   [`Call::max_event_bytes`](crate::runtime::Call::max_event_bytes)); a longer one
//!   ends the stream with [`Error::ItemTooLarge`]. The body as a whole is not capped.
//! - Time: the call's timeout bounds the whole stream, as for
//!   [`Call::bytes_stream`](crate::runtime::Call::bytes_stream); a stream that outlives
//!   it ends with [`Error::Timeout`]. Dropping the stream closes the connection.
//! - Errors: a broken connection, a timeout or an item over the limit is yielded once
//!   and ends the stream. An item whose data does not decode is yielded as
//!   [`Error::Decode`] (with the item's text as the body) and the stream goes on, since
//!   APIs add event kinds that an older client cannot read.
//! - End: the body ends, or an item's data is exactly the operation's sentinel (such as
//!   `[DONE]`), which is not yielded. A body that ends inside an SSE event yields
//!   [`Error::Connection`] after the complete events, since the event was cut off.

use std::collections::VecDeque;
use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use futures_util::stream::{self, Stream, StreamExt};
use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde::de::DeserializeOwned;

use crate::runtime::call::ByteStream;
use crate::runtime::error::Error;
use crate::runtime::sse::{RecordSplitter, SseFrame, SseParser, TooLarge, LF, RS};

/// Default limit on the bytes of one event or item: far above what streaming APIs send
/// per event, and low enough that a server cannot make the client hold a whole body.
pub const DEFAULT_MAX_EVENT_BYTES: u64 = 16 << 20;

/// One Server-Sent Event with its `data` decoded.
#[derive(Clone, Debug, PartialEq)]
pub struct Event<T> {
    /// The event type (`message` unless the server named one).
    pub event: String,
    /// The event's data: decoded JSON, or the text itself for untyped streams.
    pub data: T,
    /// The last event id the server set in this stream (ids carry over to later
    /// events); send it as `Last-Event-ID` to resume where the stream stopped, if the
    /// API supports that.
    pub id: Option<String>,
    /// The reconnection delay the server asked for in this event, if any.
    pub retry: Option<Duration>,
}

/// Turns the text of one event or item into the item type.
pub type DecodeItem<T> = fn(&str) -> Result<T, ItemError>;

/// Why an item's text did not decode: the decoder's message and the path of the
/// failing field (`.` for the root).
#[derive(Clone, Debug)]
pub struct ItemError {
    /// The decoder's explanation.
    pub message: String,
    /// Where in the item decoding failed.
    pub path: String,
}

/// Decodes an item's text as JSON.
pub fn json<T: DeserializeOwned>(text: &str) -> Result<T, ItemError> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|err| {
        let path = err.path().to_string();
        ItemError {
            message: err.into_inner().to_string(),
            path,
        }
    })?;
    deserializer.end().map_err(|err| ItemError {
        message: format!("trailing data after the JSON document: {err}"),
        path: ".".to_owned(),
    })?;
    Ok(value)
}

/// Keeps an item's text as it is, for events whose data is not JSON.
pub fn text(text: &str) -> Result<String, ItemError> {
    Ok(text.to_owned())
}

/// The events of a `text/event-stream` response, as a [`Stream`].
pub type EventStream<T> = ItemStream<Event<T>>;

/// The items of a JSON Lines or JSON text sequence response, as a [`Stream`].
pub type JsonStream<T> = ItemStream<T>;

/// A streamed response: its status and headers, and its items as they arrive.
pub struct ItemStream<I> {
    /// Response status.
    pub status: StatusCode,
    /// Response headers.
    pub headers: HeaderMap,
    items: Pin<Box<dyn Stream<Item = Result<I, Error>> + Send>>,
}

impl<I> fmt::Debug for ItemStream<I> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ItemStream")
            .field("status", &self.status)
            .finish_non_exhaustive()
    }
}

impl<I> Stream for ItemStream<I> {
    type Item = Result<I, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.items.as_mut().poll_next(cx)
    }
}

/// The framing of a body: how its bytes become frames.
enum Framer {
    Sse(SseParser),
    Records(RecordSplitter),
}

/// One frame of a body before decoding: an SSE event, or a record's text.
enum Frame {
    Sse(SseFrame),
    Record(String),
}

impl Frame {
    fn text(&self) -> &str {
        match self {
            Frame::Sse(frame) => &frame.data,
            Frame::Record(text) => text,
        }
    }
}

impl Framer {
    fn feed(&mut self, chunk: &[u8], out: &mut VecDeque<Frame>) -> Result<(), TooLarge> {
        match self {
            Framer::Sse(parser) => {
                let mut frames = VecDeque::new();
                let result = parser.feed(chunk, &mut frames);
                out.extend(frames.into_iter().map(Frame::Sse));
                result
            }
            Framer::Records(splitter) => {
                let mut records = VecDeque::new();
                let result = splitter.feed(chunk, &mut records);
                out.extend(records.into_iter().map(Frame::Record));
                result
            }
        }
    }

    /// The end of the body: a JSON record in progress is complete; an SSE event in
    /// progress was cut off, which is reported.
    fn finish(&mut self, out: &mut VecDeque<Frame>) -> Option<&'static str> {
        match self {
            Framer::Sse(parser) => parser
                .in_event()
                .then_some("the event stream ended inside an event; that event was discarded"),
            Framer::Records(splitter) => {
                let mut records = VecDeque::new();
                splitter.finish(&mut records);
                out.extend(records.into_iter().map(Frame::Record));
                None
            }
        }
    }
}

/// Where a stream stands between two items.
struct State {
    body: ByteStream,
    framer: Framer,
    frames: VecDeque<Frame>,
    sentinel: Option<&'static str>,
    /// No more bytes are read: the body ended, failed, or the sentinel came.
    done: bool,
    /// An error to yield once the frames before it are out.
    failure: Option<Error>,
    status: StatusCode,
    content_type: Option<String>,
}

impl State {
    /// The next frame, reading more of the body as needed; `Err` is the stream's final
    /// error, `Ok(None)` its end.
    async fn next_frame(&mut self) -> Result<Option<Frame>, Error> {
        loop {
            if let Some(frame) = self.frames.pop_front() {
                if self.sentinel.is_some_and(|s| frame.text() == s) {
                    // The rest of the body is not wanted; dropping it closes the connection.
                    self.frames.clear();
                    self.failure = None;
                    self.done = true;
                    return Ok(None);
                }
                return Ok(Some(frame));
            }
            if self.done {
                return self.failure.take().map_or(Ok(None), Err);
            }
            match self.body.next().await {
                Some(Ok(chunk)) => {
                    if let Err(TooLarge { limit }) = self.framer.feed(&chunk, &mut self.frames) {
                        self.done = true;
                        self.failure = Some(Error::ItemTooLarge {
                            status: self.status,
                            limit: u64::try_from(limit).unwrap_or(u64::MAX),
                        });
                    }
                }
                Some(Err(error)) => {
                    self.done = true;
                    self.failure = Some(error);
                }
                None => {
                    self.done = true;
                    if let Some(message) = self.framer.finish(&mut self.frames) {
                        self.failure = Some(Error::Connection {
                            message: message.to_owned(),
                            source: None,
                        });
                    }
                }
            }
        }
    }

    fn decode_error(&self, text: &str, error: ItemError) -> Error {
        Error::Decode {
            message: error.message,
            path: error.path,
            status: self.status,
            content_type: self.content_type.clone(),
            body: Bytes::from(text.to_owned()),
        }
    }
}

fn open<I: Send + 'static>(
    body: ByteStream,
    framer: Framer,
    sentinel: Option<&'static str>,
    make: impl Fn(&State, Frame) -> Result<I, Error> + Send + 'static,
) -> ItemStream<I> {
    let status = body.status;
    let headers = body.headers.clone();
    let content_type = headers
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let state = State {
        body,
        framer,
        frames: VecDeque::new(),
        sentinel,
        done: false,
        failure: None,
        status,
        content_type,
    };
    let items = stream::unfold((state, make), |(mut state, make)| async move {
        match state.next_frame().await {
            Ok(Some(frame)) => {
                let item = make(&state, frame);
                Some((item, (state, make)))
            }
            Ok(None) => None,
            Err(error) => Some((Err(error), (state, make))),
        }
    });
    ItemStream {
        status,
        headers,
        items: Box::pin(items.fuse()),
    }
}

/// Reads `body` as Server-Sent Events whose data `decode` turns into `T`; an event
/// whose data is `sentinel` ends the stream. `limit` caps the bytes of one event.
pub fn events<T: Send + 'static>(
    body: ByteStream,
    limit: u64,
    sentinel: Option<&'static str>,
    decode: DecodeItem<T>,
) -> EventStream<T> {
    let framer = Framer::Sse(SseParser::new(usize::try_from(limit).unwrap_or(usize::MAX)));
    open(body, framer, sentinel, move |state, frame| {
        let frame = match frame {
            Frame::Sse(frame) => frame,
            // An SSE framer makes only SSE frames; a record would be plain data.
            Frame::Record(data) => SseFrame {
                event: "message".to_owned(),
                data,
                id: None,
                retry: None,
            },
        };
        match decode(&frame.data) {
            Ok(data) => Ok(Event {
                event: frame.event,
                data,
                id: frame.id,
                retry: frame.retry,
            }),
            Err(error) => Err(state.decode_error(&frame.data, error)),
        }
    })
}

/// Reads `body` as JSON Lines (one JSON text per line), decoding each into `T`.
pub fn json_lines<T: DeserializeOwned + Send + 'static>(
    body: ByteStream,
    limit: u64,
    sentinel: Option<&'static str>,
) -> JsonStream<T> {
    records(body, LF, limit, sentinel)
}

/// Reads `body` as a JSON text sequence (RFC 7464: each text after an RS character),
/// decoding each into `T`.
pub fn json_seq<T: DeserializeOwned + Send + 'static>(
    body: ByteStream,
    limit: u64,
    sentinel: Option<&'static str>,
) -> JsonStream<T> {
    records(body, RS, limit, sentinel)
}

fn records<T: DeserializeOwned + Send + 'static>(
    body: ByteStream,
    separator: u8,
    limit: u64,
    sentinel: Option<&'static str>,
) -> JsonStream<T> {
    let framer = Framer::Records(RecordSplitter::new(
        separator,
        usize::try_from(limit).unwrap_or(usize::MAX),
    ));
    open(body, framer, sentinel, |state, frame| {
        let text = frame.text();
        json::<T>(text).map_err(|error| state.decode_error(text, error))
    })
}
