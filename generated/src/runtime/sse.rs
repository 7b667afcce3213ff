// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: cargo xtask codegen
//! Framing of streamed response bodies: a Server-Sent Events parser and a splitter for
//! JSON Lines and JSON text sequences.
//!
//! Both are pure: they take the body's bytes in whatever chunks the network delivers
//! and hand back complete frames, so they are tested without a server, with an event
//! cut at every byte position. The glue that drives them from a response is in
//! [`crate::runtime::stream`].
//!
//! The SSE rules are those of the WHATWG HTML standard ("server-sent events"): lines
//! end with LF, CR or CRLF (a CRLF split across two chunks is one line end), a line
//! starting with `:` is a comment, one space after the field's colon is removed,
//! `data` lines are joined with LF, an empty line dispatches the event, an event
//! without data is not dispatched, `id` is kept for later events (and ignored when it
//! contains NUL), `retry` counts only when it is all ASCII digits, unknown fields are
//! ignored, and a byte order mark at the very start is skipped. Invalid UTF-8 is
//! replaced, as browsers do.

use std::collections::VecDeque;
use std::time::Duration;

/// One dispatched Server-Sent Event, its `data` still text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SseFrame {
    /// The event type: the last `event` field of the block, `message` when none.
    pub event: String,
    /// The `data` lines of the block joined with LF.
    pub data: String,
    /// The last event id seen so far in the stream (it carries over to later events),
    /// `None` when no id was set or the last one was empty.
    pub id: Option<String>,
    /// The reconnection delay a `retry` field of this block asked for, if any.
    pub retry: Option<Duration>,
}

/// The bytes held for one event or item went past the configured limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooLarge {
    /// The limit in bytes.
    pub limit: usize,
}

/// An incremental Server-Sent Events parser.
#[derive(Debug)]
pub struct SseParser {
    limit: usize,
    /// The current line, not yet terminated.
    line: Vec<u8>,
    /// The previous chunk ended with CR, so an LF at the start of the next one belongs
    /// to that line end.
    skip_lf: bool,
    /// No line has been completed yet (the place where a byte order mark may be).
    first_line: bool,
    data: String,
    event: String,
    last_id: String,
    retry: Option<Duration>,
}

impl SseParser {
    /// A parser that refuses to hold more than `limit` bytes for one event (its lines
    /// and fields together).
    pub fn new(limit: usize) -> Self {
        SseParser {
            limit,
            line: Vec::new(),
            skip_lf: false,
            first_line: true,
            data: String::new(),
            event: String::new(),
            last_id: String::new(),
            retry: None,
        }
    }

    /// Reads the next chunk of the body and appends the events it completes to `out`.
    /// After an error the parser must not be fed again.
    pub fn feed(&mut self, chunk: &[u8], out: &mut VecDeque<SseFrame>) -> Result<(), TooLarge> {
        let mut rest = chunk;
        if self.skip_lf && !rest.is_empty() {
            self.skip_lf = false;
            if rest[0] == b'\n' {
                rest = &rest[1..];
            }
        }
        while let Some(at) = rest.iter().position(|&b| b == b'\n' || b == b'\r') {
            self.line.extend_from_slice(&rest[..at]);
            self.check()?;
            if rest[at] == b'\r' {
                match rest.get(at + 1) {
                    Some(b'\n') => rest = &rest[at + 2..],
                    Some(_) => rest = &rest[at + 1..],
                    None => {
                        self.skip_lf = true;
                        rest = &[];
                    }
                }
            } else {
                rest = &rest[at + 1..];
            }
            let line = std::mem::take(&mut self.line);
            self.process_line(&line, out);
            self.check()?;
        }
        self.line.extend_from_slice(rest);
        self.check()
    }

    /// True when the stream so far ends inside an event: a line or a field was read
    /// that no empty line has dispatched yet. At the end of the body such an event is
    /// discarded, as the standard says.
    pub fn in_event(&self) -> bool {
        !self.line.is_empty() || !self.data.is_empty() || !self.event.is_empty()
    }

    fn held(&self) -> usize {
        self.line.len() + self.data.len() + self.event.len() + self.last_id.len()
    }

    fn check(&self) -> Result<(), TooLarge> {
        if self.held() > self.limit {
            return Err(TooLarge { limit: self.limit });
        }
        Ok(())
    }

    fn process_line(&mut self, line: &[u8], out: &mut VecDeque<SseFrame>) {
        let mut line = line;
        if std::mem::take(&mut self.first_line) {
            line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
        }
        if line.is_empty() {
            self.dispatch(out);
            return;
        }
        if line[0] == b':' {
            return;
        }
        let (field, value) = match line.iter().position(|&b| b == b':') {
            Some(colon) => {
                let value = &line[colon + 1..];
                (&line[..colon], value.strip_prefix(b" ").unwrap_or(value))
            }
            None => (line, &b""[..]),
        };
        let value = String::from_utf8_lossy(value);
        match field {
            b"event" => value.as_ref().clone_into(&mut self.event),
            b"data" => {
                self.data.push_str(&value);
                self.data.push('\n');
            }
            b"id" if !value.contains('\0') => value.as_ref().clone_into(&mut self.last_id),
            b"retry" if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) => {
                // Digits beyond what a u64 holds are not a delay anyone meant.
                if let Ok(ms) = value.parse::<u64>() {
                    self.retry = Some(Duration::from_millis(ms));
                }
            }
            _ => {}
        }
    }

    fn dispatch(&mut self, out: &mut VecDeque<SseFrame>) {
        let mut data = std::mem::take(&mut self.data);
        let event = std::mem::take(&mut self.event);
        let retry = self.retry.take();
        if data.is_empty() {
            return;
        }
        data.pop();
        out.push_back(SseFrame {
            event: if event.is_empty() {
                "message".to_owned()
            } else {
                event
            },
            data,
            id: (!self.last_id.is_empty()).then(|| self.last_id.clone()),
            retry,
        });
    }
}

/// Splits a body into records at a separator byte: LF for JSON Lines
/// (`application/jsonl`, `application/x-ndjson`), RS (0x1E) for JSON text sequences
/// (`application/json-seq`, RFC 7464). Records are trimmed of surrounding whitespace
/// (so CRLF line ends work) and empty ones are skipped; the last record needs no
/// separator after it.
#[derive(Debug)]
pub struct RecordSplitter {
    separator: u8,
    limit: usize,
    record: Vec<u8>,
}

/// The separator of JSON Lines.
pub const LF: u8 = b'\n';
/// The separator of JSON text sequences (ASCII record separator).
pub const RS: u8 = 0x1E;

impl RecordSplitter {
    /// A splitter at `separator` that refuses records longer than `limit` bytes.
    pub fn new(separator: u8, limit: usize) -> Self {
        RecordSplitter {
            separator,
            limit,
            record: Vec::new(),
        }
    }

    /// Reads the next chunk and appends the records it completes to `out`.
    pub fn feed(&mut self, chunk: &[u8], out: &mut VecDeque<String>) -> Result<(), TooLarge> {
        let mut rest = chunk;
        while let Some(at) = rest.iter().position(|&b| b == self.separator) {
            self.record.extend_from_slice(&rest[..at]);
            self.check()?;
            rest = &rest[at + 1..];
            self.complete(out);
        }
        self.record.extend_from_slice(rest);
        self.check()
    }

    /// The end of the body: the record in progress, if any, is complete.
    pub fn finish(&mut self, out: &mut VecDeque<String>) {
        self.complete(out);
    }

    fn check(&self) -> Result<(), TooLarge> {
        if self.record.len() > self.limit {
            return Err(TooLarge { limit: self.limit });
        }
        Ok(())
    }

    fn complete(&mut self, out: &mut VecDeque<String>) {
        let record = std::mem::take(&mut self.record);
        let text = String::from_utf8_lossy(&record);
        let trimmed = text.trim();
        if !trimmed.is_empty() {
            out.push_back(trimmed.to_owned());
        }
    }
}
