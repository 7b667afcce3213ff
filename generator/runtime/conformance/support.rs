#![cfg_attr(rustfmt, rustfmt_skip)]
//! Support of the conformance test: builds the client, classifies each call's outcome
//! and prints one machine-readable line per call and per example.
//!
//! The generator copies this file verbatim into crates generated with `conformance`
//! (as `tests/conformance/support.rs`); `cargo xtask conformance` reads the lines.
//! Lines are tab-separated:
//!
//! ```text
//! conformance-call  operation call method path request_ok response_ok status kind caveat detail
//! conformance-example  pointer ok detail
//! ```
//!
//! `kind` is `ok`, `sample` (the chosen values did not decode into the generated
//! argument types), `rejected` (the validator reported the request as invalid),
//! `mock-invalid` (Prism's own mock response breaks the document), `prism:<ERROR>`
//! (another problem Prism reported itself), `undocumented` (a status the document does
//! not list), `decode` (the body did not decode into the typed response), `refused`
//! (the client refused to send the values) or `transport` (no response).

use super::krate;

/// Credentials sent with every call: mock servers check presence, not value.
const API_KEY: &str = "conformance-key";

/// Where the test is, and what it has printed.
pub struct Report {
    base_url: String,
    operation: Option<Operation>,
    calls: usize,
    examples: usize,
}

/// The operation whose calls are being made.
struct Operation {
    label: String,
    method: String,
    path: String,
    documented: Vec<String>,
    caveat: String,
}

/// A sample value decoded into an argument type.
pub fn value<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, serde_json::Error> {
    serde_json::from_str(json)
}

/// One field of an output line: no tabs or line breaks, at most 400 characters.
fn field(text: &str) -> String {
    let flat: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    flat.chars().take(400).collect()
}

impl Report {
    /// A report against the base URL in `variable`, or `None` (the test passes without
    /// doing anything) when the variable is not set.
    pub fn from_env(variable: &str) -> Option<Report> {
        let Ok(base_url) = std::env::var(variable) else {
            eprintln!("{variable} is not set; the conformance checks are skipped");
            return None;
        };
        Some(Report { base_url, operation: None, calls: 0, examples: 0 })
    }

    /// The client under test: every credential set, no retries, so each call is one
    /// request and one verdict.
    pub fn client(&self) -> krate::Client {
        krate::Client::builder()
            .base_url(self.base_url.clone())
            .api_key(API_KEY)
            .bearer_token(API_KEY)
            .basic_auth("conformance", API_KEY)
            .max_retries(0)
            .timeout(std::time::Duration::from_secs(30))
            .build()
            .expect("the conformance client builds")
    }

    /// Waits (up to 60 s) until the mock server accepts connections: the harness
    /// restarts a mock that crashed on an earlier request, and the calls after it
    /// deserve a server.
    fn wait_for_server(&self) {
        let Some(address) = self.base_url.strip_prefix("http://").map(|rest| rest.split('/').next().unwrap_or(rest)) else {
            return;
        };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while std::net::TcpStream::connect(address).is_err() && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(200));
        }
    }

    /// Starts the calls of an operation.
    pub fn operation(&mut self, label: &str, method: &str, path: &str, documented: &[&str], caveat: &str) {
        self.wait_for_server();
        self.operation = Some(Operation {
            label: label.to_string(),
            method: method.to_string(),
            path: path.to_string(),
            documented: documented.iter().map(|s| s.to_string()).collect(),
            caveat: caveat.to_string(),
        });
    }

    #[allow(clippy::too_many_arguments)]
    fn line(&mut self, call: &str, request_ok: bool, response_ok: bool, status: Option<u16>, kind: &str, detail: &str) {
        let Some(op) = &self.operation else { return };
        self.calls += 1;
        println!(
            "conformance-call\t{}\t{call}\t{}\t{}\t{request_ok}\t{response_ok}\t{}\t{kind}\t{}\t{}",
            field(&op.label),
            op.method,
            field(&op.path),
            status.map_or_else(|| String::from("-"), |s| s.to_string()),
            field(&op.caveat),
            field(detail)
        );
    }

    /// A sample value that does not decode into its argument type.
    pub fn bad_sample(&mut self, call: &str, what: &str, error: &serde_json::Error) {
        self.line(call, false, false, None, "sample", &format!("{what}: {error}"));
    }

    /// Whether the document lists `status` for the current operation.
    fn documented(&self, status: u16) -> bool {
        let Some(op) = &self.operation else { return false };
        let range = format!("{}XX", status / 100);
        op.documented.iter().any(|d| *d == status.to_string() || d.eq_ignore_ascii_case(&range) || d == "default")
    }

    /// Records the outcome of one call.
    pub fn call<T>(&mut self, call: &str, result: Result<krate::runtime::Response<T>, krate::runtime::Error>) {
        match result {
            Ok(response) => {
                let status = response.raw.status.as_u16();
                if let Some((request, response)) = violations(&response.raw.headers) {
                    return match request {
                        Some(request) => self.line(call, false, true, Some(status), "rejected", &request),
                        // Prism's own mock breaks the document, yet the typed response
                        // read it: the request was accepted and the answer decoded.
                        None => self.decoded_despite_mock(call, status, &response),
                    };
                }
                let documented = self.documented(status);
                let kind = if documented { "ok" } else { "undocumented" };
                self.line(call, true, documented, Some(status), kind, "");
            }
            Err(krate::runtime::Error::Decode { message, path, status, content_type, .. }) => {
                let detail = format!("at `{path}` ({}): {message}", content_type.unwrap_or_default());
                self.line(call, true, false, Some(status.as_u16()), "decode", &detail);
            }
            Err(error) => match error.api_error() {
                Some(api) => {
                    let status = api.status.as_u16();
                    if let Some((request, response)) = violations(&api.headers) {
                        return match request {
                            Some(request) => self.line(call, false, self.documented(status), Some(status), "rejected", &request),
                            // With `--errors`, Prism replaces a mock that breaks the
                            // document by its own 500 (`VIOLATIONS`): nothing was decoded.
                            None if prism_problem(&api.body).is_some_and(|(kind, _)| kind == "VIOLATIONS") => {
                                self.line(call, true, false, Some(status), "mock-invalid", &response)
                            }
                            // Otherwise the typed error was read from Prism's (invalid) mock.
                            None => self.decoded_despite_mock(call, status, &response),
                        };
                    }
                    if let Some((kind, detail)) = prism_problem(&api.body) {
                        // Prism checks the request before it builds a response; a
                        // response it cannot build (an object for `*/*`) says nothing
                        // against the request.
                        let about_response = detail.starts_with("response")
                            || kind == "NO_COMPLEX_OBJECT_TEXT"
                            || kind == "NO_RESPONSE_RESPONSE_DEFINED";
                        let request_ok = about_response || !(kind == "UNPROCESSABLE_ENTITY" || kind == "UNAUTHORIZED" || kind.starts_with("NO_"));
                        let kind = match kind.as_str() {
                            "NO_COMPLEX_OBJECT_TEXT" | "NO_RESPONSE_RESPONSE_DEFINED" => format!("prism:{kind}"),
                            _ if about_response => String::from("mock-invalid"),
                            "UNPROCESSABLE_ENTITY" => String::from("rejected"),
                            other => format!("prism:{other}"),
                        };
                        return self.line(call, request_ok, false, Some(status), &kind, &detail);
                    }
                    // A documented error status is a typed error: its body was read.
                    let documented = self.documented(status);
                    let kind = if documented { "ok" } else { "undocumented" };
                    self.line(call, true, documented, Some(status), kind, "");
                }
                None => {
                    let detail = error.to_string();
                    // The runtime's own refusal (e.g. an empty path segment) is not a
                    // transport failure: nothing was sent.
                    let kind = if detail.starts_with("invalid request") { "refused" } else { "transport" };
                    self.line(call, false, false, error.status().map(|s| s.as_u16()), kind, &detail);
                    if kind == "transport" {
                        self.wait_for_server();
                    }
                }
            },
        }
    }

    /// Records a call whose answer the client read although Prism says its mock breaks
    /// the document: `ok` when the status is documented, with Prism's complaint kept.
    fn decoded_despite_mock(&mut self, call: &str, status: u16, violation: &str) {
        let documented = self.documented(status);
        let kind = if documented { "ok" } else { "undocumented" };
        let detail = format!("decoded, although Prism's mock breaks the document: {violation}");
        self.line(call, true, documented, Some(status), kind, &detail);
    }

    /// Checks that a document example decodes into `T` and encodes back to equivalent
    /// JSON: the same values, where a `null` or absent member on one side may be absent
    /// on the other, numbers compare by value and date-times by instant.
    /// `caveat` says why the example cannot round-trip (`spec: ...`), or is empty.
    pub fn example<T: serde::de::DeserializeOwned + serde::Serialize>(&mut self, pointer: &str, json: &str, caveat: &str) {
        self.examples += 1;
        let original: serde_json::Value = serde_json::from_str(json).expect("the generator wrote valid JSON");
        let verdict = match serde_json::from_str::<T>(json) {
            Err(error) => Err(format!("does not decode: {error}")),
            Ok(decoded) => match serde_json::to_value(&decoded) {
                Err(error) => Err(format!("does not encode: {error}")),
                Ok(encoded) => difference(&original, &encoded, "").map_or(Ok(()), Err),
            },
        };
        let (ok, detail) = match verdict {
            Ok(()) => (true, String::new()),
            Err(detail) => (false, detail),
        };
        println!("conformance-example\t{}\t{ok}\t{}\t{}", field(pointer), field(&detail), field(caveat));
    }

    /// Prints the totals.
    pub fn finish(self) {
        println!("conformance-done\t{}\t{}", self.calls, self.examples);
    }
}

/// The violations Prism lists in its `sl-violations` header, which it sets when it
/// answers an invalid request with a response the document defines, or when its own
/// mock response breaks the document: those about the request (if any), and all.
fn violations(headers: &reqwest::header::HeaderMap) -> Option<(Option<String>, String)> {
    let text = headers.get("sl-violations")?.to_str().ok()?;
    let list: serde_json::Value = serde_json::from_str(text).ok()?;
    let errors: Vec<String> = list
        .as_array()?
        .iter()
        .filter(|v| v.get("severity").and_then(|s| s.as_str()) == Some("Error"))
        .map(describe_violation)
        .collect();
    if errors.is_empty() {
        return None;
    }
    let request: Vec<&String> = errors.iter().filter(|e| !e.starts_with("response")).collect();
    let request = (!request.is_empty()).then(|| request.iter().map(|e| e.as_str()).collect::<Vec<_>>().join("; "));
    Some((request, errors.join("; ")))
}

fn describe_violation(violation: &serde_json::Value) -> String {
    let location: Vec<String> = violation
        .get("location")
        .and_then(|l| l.as_array())
        .map(|l| l.iter().map(|p| p.as_str().map_or_else(|| p.to_string(), str::to_string)).collect())
        .unwrap_or_default();
    let message = violation.get("message").and_then(|m| m.as_str()).unwrap_or_default();
    format!("{}: {message}", location.join("."))
}

/// Prism's own problem report (`type` under `https://stoplight.io/prism/errors#`):
/// its error name and the violations or detail it gives.
fn prism_problem(body: &krate::runtime::ErrorBody) -> Option<(String, String)> {
    let krate::runtime::ErrorBody::Json(json) = body else { return None };
    let kind = json.get("type")?.as_str()?.strip_prefix("https://stoplight.io/prism/errors#")?;
    let detail = match json.get("validation").and_then(|v| v.as_array()) {
        Some(list) => list.iter().map(describe_violation).collect::<Vec<_>>().join("; "),
        None => json.get("detail").and_then(|d| d.as_str()).unwrap_or_default().to_string(),
    };
    Some((kind.to_string(), detail))
}

/// Where `encoded` differs from `original`, or `None` when they are equivalent.
fn difference(original: &serde_json::Value, encoded: &serde_json::Value, at: &str) -> Option<String> {
    use serde_json::Value;
    match (original, encoded) {
        (Value::Object(a), Value::Object(b)) => {
            for (key, value) in a {
                match b.get(key) {
                    Some(other) => {
                        if let Some(found) = difference(value, other, &format!("{at}/{key}")) {
                            return Some(found);
                        }
                    }
                    None if value.is_null() => {}
                    None => return Some(format!("{at}/{key} is lost")),
                }
            }
            b.iter()
                .find(|(key, value)| !a.contains_key(*key) && !value.is_null())
                .map(|(key, _)| format!("{at}/{key} appears"))
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            a.iter().zip(b).enumerate().find_map(|(i, (x, y))| difference(x, y, &format!("{at}/{i}")))
        }
        (Value::Number(a), Value::Number(b)) if a.as_f64() == b.as_f64() => None,
        (Value::String(a), Value::String(b)) if a == b || same_instant(a, b) => None,
        // Decimal strings keep their digits; a number read as a decimal may come back as
        // a string of the same value.
        (Value::Number(a), Value::String(b)) | (Value::String(b), Value::Number(a))
            if b.parse::<f64>().ok() == a.as_f64() => None,
        (a, b) if a == b => None,
        (a, b) => Some(format!("{} became {}", describe(at, a), truncate(&b.to_string()))),
    }
}

fn describe(at: &str, value: &serde_json::Value) -> String {
    format!("{} `{}`", if at.is_empty() { "/" } else { at }, truncate(&value.to_string()))
}

fn truncate(text: &str) -> String {
    text.chars().take(80).collect()
}

/// Whether two strings are the same date-time (`Z` and `+00:00`, naive and UTC).
fn same_instant(a: &str, b: &str) -> bool {
    let parse = |text: &str| {
        chrono::DateTime::parse_from_rfc3339(text)
            .map(|t| t.naive_utc())
            .or_else(|_| chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f"))
            .ok()
    };
    matches!((parse(a), parse(b)), (Some(x), Some(y)) if x == y)
}
