//! Describing a request: path, query, header and cookie parameters and the body.
//!
//! Generated code fills a [`RequestSpec`]; values go through serde, so whatever a type
//! serializes to (strings, numbers, RFC 3339 timestamps, enum wire names) is what is
//! sent. Serialization problems are remembered and reported when the call is sent, so
//! the setters never fail or panic.

use std::fmt;

use bytes::Bytes;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use reqwest::header::{HeaderName, HeaderValue};
use reqwest::Method;
use serde::Serialize;
use serde_json::Value;

use crate::runtime::config::AuthScheme;

/// Everything except the RFC 3986 unreserved characters is percent-encoded, so no value
/// can introduce a `/`, `?`, `#`, `&`, `=`, `+` or `:` of its own.
pub const ENCODE_SET: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes one name or value for a path segment, query or form body.
pub fn encode_component(s: &str) -> String {
    utf8_percent_encode(s, ENCODE_SET).to_string()
}

/// OpenAPI parameter serialization styles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamStyle {
    /// `name=value`; arrays repeated (explode) or comma-joined.
    Form,
    /// Arrays joined with `%20`.
    SpaceDelimited,
    /// Arrays joined with `|`.
    PipeDelimited,
    /// Objects as `name[key]=value`.
    DeepObject,
    /// Comma-separated values (path and header default).
    Simple,
    /// Values prefixed with `.` (path only).
    Label,
    /// `;name=value` (path only).
    Matrix,
}

/// One part of a `multipart/form-data` body.
#[derive(Clone)]
pub enum MultipartField {
    /// A plain text field.
    Text {
        /// Field name.
        name: String,
        /// Field value.
        value: String,
    },
    /// A file upload.
    File {
        /// Field name.
        name: String,
        /// File name announced to the server.
        file_name: Option<String>,
        /// Media type of the data, e.g. `image/png`.
        content_type: Option<String>,
        /// File contents.
        data: Bytes,
    },
}

impl fmt::Debug for MultipartField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MultipartField::Text { name, value } => f
                .debug_struct("Text")
                .field("name", name)
                .field("value", value)
                .finish(),
            // File contents can be large, so only their size is shown.
            MultipartField::File {
                name,
                file_name,
                content_type,
                data,
            } => f
                .debug_struct("File")
                .field("name", name)
                .field("file_name", file_name)
                .field("content_type", content_type)
                .field("len", &data.len())
                .finish(),
        }
    }
}

/// The body of a request, kept in a form that can be replayed on every attempt.
#[derive(Clone)]
pub(crate) enum BodySpec {
    /// No body.
    None,
    /// A JSON document, already serialized.
    Json(Bytes),
    /// An `application/x-www-form-urlencoded` body, already encoded.
    Form(String),
    /// A multipart body, rebuilt for each attempt since reqwest consumes forms.
    Multipart(Vec<MultipartField>),
    /// Raw bytes with their media type.
    Raw { data: Bytes, content_type: String },
}

impl fmt::Debug for BodySpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BodySpec::None => f.write_str("None"),
            BodySpec::Json(data) => write!(f, "Json({} bytes)", data.len()),
            BodySpec::Form(data) => write!(f, "Form({} bytes)", data.len()),
            BodySpec::Multipart(fields) => f.debug_tuple("Multipart").field(fields).finish(),
            BodySpec::Raw { data, content_type } => {
                write!(f, "Raw({content_type}, {} bytes)", data.len())
            }
        }
    }
}

/// One HTTP request, built by generated code; replayable for retries.
#[derive(Clone, Debug)]
pub struct RequestSpec {
    pub(crate) method: Method,
    pub(crate) path_template: &'static str,
    /// Path parameter names with their encoded values.
    pub(crate) path_values: Vec<(String, String)>,
    /// Encoded `name=value` query pairs, in insertion order.
    pub(crate) query: Vec<String>,
    pub(crate) headers: Vec<(HeaderName, HeaderValue)>,
    /// Encoded `name=value` cookie pairs.
    pub(crate) cookies: Vec<String>,
    pub(crate) body: BodySpec,
    /// Security requirements in order of preference: each is a set of schemes that
    /// are applied together.
    pub(crate) security: &'static [&'static [AuthScheme]],
    pub(crate) accept: &'static str,
    /// The first problem met while filling the spec, reported when the call is sent.
    pub(crate) deferred_error: Option<String>,
    /// Whether the call may be repeated after the server may have acted on it (see
    /// [`crate::runtime::retry::should_retry`]); idempotent methods are, others only
    /// when the operation is declared retry-safe.
    pub(crate) retry_safe: bool,
    /// A next-page link the server gave, sent instead of the rendered path and the
    /// query (see [`RequestSpec::set_url`]).
    pub(crate) url: Option<reqwest::Url>,
}

impl RequestSpec {
    /// Starts a request for `path_template`, the spec's path such as
    /// `/cloud/v1/things/{thing_id}`.
    pub fn new(method: Method, path_template: &'static str) -> Self {
        RequestSpec {
            path_template,
            path_values: Vec::new(),
            query: Vec::new(),
            headers: Vec::new(),
            cookies: Vec::new(),
            body: BodySpec::None,
            security: &[],
            accept: "application/json",
            deferred_error: None,
            retry_safe: crate::runtime::retry::is_idempotent(&method),
            url: None,
            method,
        }
    }

    /// Sends the request to `url`, a next-page link from the server, instead of the
    /// operation's path and query: the link already carries the query of the next
    /// page. Headers, cookies and the body stay. The runtime refuses to send a
    /// request with a URL on another origin than the API's, so a link cannot take
    /// the credentials elsewhere.
    pub(crate) fn set_url(&mut self, url: reqwest::Url) {
        self.query.clear();
        self.url = Some(url);
    }

    /// Merges extra fields into the body (see `Call::extra_body`); a problem is
    /// remembered and reported when the call is sent.
    pub(crate) fn merge_body_fields(&mut self, fields: Vec<(String, Value)>) {
        if fields.is_empty() {
            return;
        }
        match &mut self.body {
            BodySpec::None | BodySpec::Json(_) => {
                let mut object = match &self.body {
                    BodySpec::Json(data) => match serde_json::from_slice::<Value>(data) {
                        Ok(Value::Object(map)) => map,
                        _ => {
                            self.defer(
                                "extra body fields need a JSON object body, and this body is \
                                 not an object"
                                    .to_owned(),
                            );
                            return;
                        }
                    },
                    _ => serde_json::Map::new(),
                };
                for (name, value) in fields {
                    object.insert(name, value);
                }
                match serde_json::to_vec(&Value::Object(object)) {
                    Ok(data) => self.body = BodySpec::Json(Bytes::from(data)),
                    Err(err) => self.defer(format!("the body cannot be serialized: {err}")),
                }
            }
            BodySpec::Form(text) => {
                for (name, value) in fields {
                    let value = match value {
                        Value::String(s) => s,
                        other => other.to_string(),
                    };
                    if !text.is_empty() {
                        text.push('&');
                    }
                    text.push_str(&encode_component(&name));
                    text.push('=');
                    text.push_str(&encode_component(&value));
                }
            }
            BodySpec::Multipart(_) | BodySpec::Raw { .. } => self
                .defer("extra body fields can only be merged into a JSON or form body".to_owned()),
        }
    }

    /// Declares the operation safe to repeat although its method is not idempotent
    /// (e.g. a report that is computed by a POST but changes nothing), so that it is
    /// retried like a GET.
    pub fn mark_retry_safe(&mut self) {
        self.retry_safe = true;
    }

    /// Starts a request whose method reqwest has no constant for, spelled exactly as
    /// the API description gives it (`QUERY`, or `LINK` from OpenAPI 3.2's
    /// `additionalOperations`). A name that is not an HTTP token is reported when the
    /// call is sent.
    pub fn with_method_name(method: &'static str, path_template: &'static str) -> Self {
        match Method::from_bytes(method.as_bytes()) {
            Ok(method) => RequestSpec::new(method, path_template),
            Err(_) => {
                let mut spec = RequestSpec::new(Method::GET, path_template);
                spec.defer(format!("`{method}` is not a valid HTTP method"));
                spec
            }
        }
    }

    /// Replaces `{name}` in the path with the serialized value, percent-encoded as part of
    /// one path segment: `/`, `?`, `#` and `%` in the value can never change the path, and
    /// a segment that would become empty, `.` or `..` is refused when the call is sent.
    pub fn path_param<V: Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &V,
        style: ParamStyle,
        explode: bool,
    ) {
        let Some(value) = self.serialize_param(name, value) else {
            return;
        };
        let enc = |s: &str| encode_component(s);
        let rendered = match (&value, style) {
            (Value::Null, _) => {
                self.defer(format!("path parameter `{name}` is required but was null"));
                return;
            }
            (_, ParamStyle::Label) => {
                let sep = if explode { "." } else { "," };
                format!(".{}", join_styled(&value, sep, explode, None, enc))
            }
            (_, ParamStyle::Matrix) => match &value {
                Value::Array(_) if explode => join_styled(&value, "", true, Some(name), enc),
                Value::Object(_) if explode => join_styled(&value, "", true, Some(""), enc),
                _ => format!(
                    ";{}={}",
                    enc(name),
                    join_styled(&value, ",", false, None, enc)
                ),
            },
            _ => join_styled(&value, ",", explode, None, enc),
        };
        self.path_values.push((name.to_owned(), rendered));
    }

    /// Adds a query parameter according to its OpenAPI style and explode flag; a null
    /// value sends nothing. Names and values are percent-encoded; order is kept.
    pub fn query_param<V: Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &V,
        style: ParamStyle,
        explode: bool,
    ) {
        let Some(value) = self.serialize_param(name, value) else {
            return;
        };
        let name_enc = encode_component(name);
        match &value {
            Value::Null => {}
            Value::Array(items) => {
                let scalars: Vec<String> = items.iter().filter_map(scalar_string).collect();
                if scalars.is_empty() {
                    return;
                }
                if explode {
                    // Exploded arrays repeat the key in every style: `status=A&status=B`.
                    for item in &scalars {
                        self.query
                            .push(format!("{name_enc}={}", encode_component(item)));
                    }
                } else {
                    let joiner = match style {
                        ParamStyle::SpaceDelimited => "%20",
                        ParamStyle::PipeDelimited => "|",
                        _ => ",",
                    };
                    let joined: Vec<String> = scalars.iter().map(|s| encode_component(s)).collect();
                    self.query
                        .push(format!("{name_enc}={}", joined.join(joiner)));
                }
            }
            Value::Object(map) => match style {
                ParamStyle::DeepObject => push_deep(&mut self.query, &name_enc, &value),
                _ if explode => {
                    for (key, item) in map {
                        if let Some(s) = scalar_string(item) {
                            self.query.push(format!(
                                "{}={}",
                                encode_component(key),
                                encode_component(&s)
                            ));
                        }
                    }
                }
                _ => {
                    let joined = join_styled(&value, ",", false, None, encode_component);
                    self.query.push(format!("{name_enc}={joined}"));
                }
            },
            scalar => {
                if let Some(s) = scalar_string(scalar) {
                    self.query
                        .push(format!("{name_enc}={}", encode_component(&s)));
                }
            }
        }
    }

    /// Adds the whole query string from one value (an OpenAPI 3.2 `in: querystring`
    /// parameter): an object's fields become form-encoded pairs, arrays repeat the key
    /// and nested objects are sent as JSON text, as in a form body. Null sends nothing.
    pub fn query_string<V: Serialize + ?Sized>(&mut self, value: &V) {
        let Some(value) = self.serialize_param("query string", value) else {
            return;
        };
        match value {
            Value::Null => {}
            Value::Object(map) => self.query.extend(form_pairs(&map)),
            _ => self.defer("the query string parameter must serialize to an object".to_owned()),
        }
    }

    /// Adds a header parameter (simple style: arrays comma-joined); null sends nothing.
    /// A name or value that is not a valid header is reported when the call is sent.
    pub fn header_param<V: Serialize + ?Sized>(&mut self, name: &str, value: &V) {
        let Some(value) = self.serialize_param(name, value) else {
            return;
        };
        if value.is_null() {
            return;
        }
        let text = join_styled(&value, ",", false, None, |s| s.to_owned());
        match (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(&text),
        ) {
            (Ok(header_name), Ok(header_value)) => self.headers.push((header_name, header_value)),
            _ => self.defer(format!(
                "header parameter `{name}` is not a valid HTTP header"
            )),
        }
    }

    /// Adds a cookie parameter (form style); all cookies share one `Cookie` header.
    pub fn cookie_param<V: Serialize + ?Sized>(&mut self, name: &str, value: &V) {
        let Some(value) = self.serialize_param(name, value) else {
            return;
        };
        if value.is_null() {
            return;
        }
        let text = join_styled(&value, ",", false, None, encode_component);
        self.cookies
            .push(format!("{}={text}", encode_component(name)));
    }

    /// Sets a JSON body (`Content-Type: application/json`).
    pub fn json_body<B: Serialize + ?Sized>(&mut self, body: &B) {
        match serde_json::to_vec(body) {
            Ok(data) => self.body = BodySpec::Json(Bytes::from(data)),
            Err(e) => self.defer(format!("cannot serialize the JSON body: {e}")),
        }
    }

    /// Sets an `application/x-www-form-urlencoded` body from an object; arrays repeat
    /// the key and nested objects are sent as JSON text.
    pub fn form_body<B: Serialize + ?Sized>(&mut self, body: &B) {
        let Some(value) = self.serialize_param("form body", body) else {
            return;
        };
        let Value::Object(map) = value else {
            self.defer("the form body must serialize to an object".to_owned());
            return;
        };
        self.body = BodySpec::Form(form_pairs(&map).join("&"));
    }

    /// Sets a `multipart/form-data` body.
    pub fn multipart_body(&mut self, fields: Vec<MultipartField>) {
        self.body = BodySpec::Multipart(fields);
    }

    /// Sets a raw body with the given media type.
    pub fn bytes_body(&mut self, data: Bytes, content_type: &str) {
        self.body = BodySpec::Raw {
            data,
            content_type: content_type.to_owned(),
        };
    }

    /// Sets a text body with the given media type.
    pub fn text_body(&mut self, text: String, content_type: &str) {
        self.body = BodySpec::Raw {
            data: Bytes::from(text),
            content_type: content_type.to_owned(),
        };
    }

    /// Declares the operation's security requirements, in order of preference: each is
    /// a set of schemes that must all be applied (an API key *and* a bearer token, say).
    /// The first requirement the client has every credential for is applied. Empty means
    /// no auth.
    pub fn security(&mut self, requirements: &'static [&'static [AuthScheme]]) {
        self.security = requirements;
    }

    /// Sets the `Accept` header (default `application/json`).
    pub fn accept(&mut self, media_type: &'static str) {
        self.accept = media_type;
    }

    /// The HTTP method.
    pub fn method(&self) -> &Method {
        &self.method
    }

    /// The path template given to [`RequestSpec::new`].
    pub fn path_template(&self) -> &'static str {
        self.path_template
    }

    /// Renders the path: every `{name}` replaced by its encoded value.
    ///
    /// Templates are read by one rule, shared with the generator (its
    /// `lower/path.rs`, tested against this function with one table of cases): a
    /// parameter is `{`, one or more characters other than `{`, `}` and `/`, then `}`,
    /// the first match from the left winning; every other character is literal text.
    /// Literal braces, such as the stray `{` of `/a/{id`, are sent as `%7B` and `%7D`,
    /// so such a template sends exactly its literal path instead of failing. A name
    /// that appears twice gets the same value in both places.
    pub fn render_path(&self) -> Result<String, String> {
        let mut out = String::with_capacity(self.path_template.len() + 16);
        for (index, segment) in self.path_template.split('/').enumerate() {
            if index > 0 {
                out.push('/');
            }
            let mut rendered = String::new();
            let mut has_param = false;
            let mut rest = segment;
            while let Some(open) = rest.find('{') {
                let after = &rest[open + 1..];
                // Within one segment no `/` can occur, so only `{` and `}` end a name.
                match after.find(['{', '}']) {
                    Some(close) if close > 0 && after[close..].starts_with('}') => {
                        push_literal(&mut rendered, &rest[..open]);
                        let name = &after[..close];
                        let value = self.path_values.iter().rev().find(|(n, _)| n == name);
                        let Some((_, value)) = value else {
                            return Err(format!("path parameter `{name}` was not set"));
                        };
                        rendered.push_str(value);
                        has_param = true;
                        rest = &after[close + 1..];
                    }
                    _ => {
                        push_literal(&mut rendered, &rest[..=open]);
                        rest = after;
                    }
                }
            }
            push_literal(&mut rendered, rest);
            if has_param && is_unsafe_segment(&rendered) {
                return Err(format!(
                    "path segment `{segment}` would be {rendered:?}, which would change the path"
                ));
            }
            out.push_str(&rendered);
        }
        Ok(out)
    }

    /// Serializes a value to JSON, remembering a failure for later.
    fn serialize_param<V: Serialize + ?Sized>(&mut self, name: &str, value: &V) -> Option<Value> {
        match serde_json::to_value(value) {
            Ok(v) => Some(v),
            Err(e) => {
                self.defer(format!("cannot serialize `{name}`: {e}"));
                None
            }
        }
    }

    /// Records the first problem; later ones are usually consequences of it.
    pub(crate) fn defer(&mut self, message: String) {
        if self.deferred_error.is_none() {
            self.deferred_error = Some(message);
        }
    }
}

/// Appends literal template text; braces are percent-encoded so that the URL carries
/// them as data whatever the URL parser would do with them.
fn push_literal(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '{' => out.push_str("%7B"),
            '}' => out.push_str("%7D"),
            other => out.push(other),
        }
    }
}

/// A segment that is empty or a dot segment would be normalized away by URL parsing
/// (`%2e` counts as a dot there), silently calling another endpoint.
fn is_unsafe_segment(segment: &str) -> bool {
    let lower = segment.to_ascii_lowercase();
    let dots = lower.replace("%2e", ".");
    segment.is_empty() || dots == "." || dots == ".."
}

/// The text of a scalar; arrays and objects nested inside a parameter become JSON
/// text, and null inside an array is dropped.
fn scalar_string(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        other => Some(other.to_string()),
    }
}

/// The encoded `key=value` pairs of an object in a form: arrays repeat the key, nested
/// objects are JSON text, nulls are left out.
fn form_pairs(map: &serde_json::Map<String, Value>) -> Vec<String> {
    let mut pairs = Vec::new();
    for (key, item) in map {
        let items = match item {
            Value::Array(items) => items.iter().filter_map(scalar_string).collect(),
            other => scalar_string(other).into_iter().collect::<Vec<_>>(),
        };
        for s in items {
            pairs.push(format!(
                "{}={}",
                encode_component(key),
                encode_component(&s)
            ));
        }
    }
    pairs
}

/// Joins a value for path, header and cookie styles.
///
/// Scalars are encoded as they are; arrays are joined with `sep` when `explode` is set
/// and with `,` otherwise (each item prefixed with `;name=` when `prefix_name` is
/// given, for exploded matrix arrays); objects become `k=v` pairs when exploded and
/// `k,v` lists otherwise.
fn join_styled(
    value: &Value,
    sep: &str,
    explode: bool,
    prefix_name: Option<&str>,
    enc: impl Fn(&str) -> String,
) -> String {
    match value {
        Value::Array(items) => {
            let parts: Vec<String> = items
                .iter()
                .filter_map(scalar_string)
                .map(|s| match prefix_name {
                    Some(name) => format!(";{}={}", enc(name), enc(&s)),
                    None => enc(&s),
                })
                .collect();
            parts.join(if explode { sep } else { "," })
        }
        Value::Object(map) => {
            let parts: Vec<String> = map
                .iter()
                .filter_map(|(k, v)| scalar_string(v).map(|s| (k, s)))
                .map(|(k, s)| match prefix_name {
                    Some(_) => format!(";{}={}", enc(k), enc(&s)),
                    None if explode => format!("{}={}", enc(k), enc(&s)),
                    None => format!("{},{}", enc(k), enc(&s)),
                })
                .collect();
            parts.join(if explode { sep } else { "," })
        }
        scalar => scalar_string(scalar).map(|s| enc(&s)).unwrap_or_default(),
    }
}

/// Emits `prefix[key]=value` pairs for a deepObject parameter, descending into nested
/// objects and repeating the key for arrays.
fn push_deep(query: &mut Vec<String>, prefix: &str, value: &Value) {
    match value {
        Value::Object(map) => {
            for (key, item) in map {
                push_deep(query, &format!("{prefix}[{}]", encode_component(key)), item);
            }
        }
        Value::Array(items) => {
            for item in items {
                push_deep(query, prefix, item);
            }
        }
        scalar => {
            if let Some(s) = scalar_string(scalar) {
                query.push(format!("{prefix}={}", encode_component(&s)));
            }
        }
    }
}
