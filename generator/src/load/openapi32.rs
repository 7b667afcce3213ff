//! OpenAPI 3.2 to the 3.0 model.
//!
//! 3.2 keeps 3.1's schema dialect, so a 3.2 document goes through the 3.1 rewrites
//! (`openapi31`) after [`normalise_root`] has handled what 3.2 added:
//!
//! - `$self`: references to the document's own URI become local references.
//! - Tags: `parent` is kept in [`Additions::tag_parents`] (operations are grouped into
//!   modules by their top-level tag); `summary` and `kind` only serve documentation
//!   tools and are accepted as they are.
//! - Security schemes: the OAuth2 `deviceAuthorization` flow, `oauth2MetadataUrl` and
//!   `deprecated` are kept in [`Additions::security`] for the docs of the generated
//!   constants (the client takes an access token, however it was obtained).
//! - `components.mediaTypes` are inlined where content refers to them.
//! - Media types: `itemSchema` of a sequential media type (`text/event-stream`, JSON
//!   Lines, JSON text sequences) becomes the media type's `schema`, which is how
//!   3.0/3.1 documents describe the items of a stream; `lower` reads it as the item
//!   type. The `data` of an SSE event schema given as `contentMediaType` plus
//!   `contentSchema` (JSON inside the text) becomes that `contentSchema`.
//! - Parameters: `in: querystring` becomes a query parameter marked with
//!   [`QUERYSTRING_MARK`], which `lower` sends as the whole query string; cookie
//!   `style: cookie` falls back to the default form style with a warning.
//! - Responses: `description` is optional (filled from `summary`).
//! - Discriminator `defaultMapping` and XML `nodeType` are dropped (the first with a
//!   warning: unmapped values stay in the union's catch-all variant).
//!
//! The `query` operation and `additionalOperations` have no field in the 3.0 model;
//! the normalising walk visits them in place, and [`take_operations`] then moves them
//! out of the path items so that `load` can read them into [`ExtraOperation`]s.

use indexmap::IndexMap;
use serde_json::{json, Map, Value};

use super::notes::Notes;
use super::walk::{walk, Visitor};
use crate::pointer;

/// Marks a query parameter that stands for the whole query string (`in: querystring`).
pub const QUERYSTRING_MARK: &str = "x-oas-querystring";

/// What a 3.2 document says that the 3.0 model has no place for.
#[derive(Clone, Debug, Default)]
pub struct Additions {
    /// Operations under methods without a 3.0 field, in document order.
    pub operations: Vec<ExtraOperation>,
    /// Tag name -> the tag it nests under (`parent`), for tags that name one that
    /// exists, without cycles.
    pub tag_parents: IndexMap<String, String>,
    /// Security scheme name -> what 3.2 added to it.
    pub security: IndexMap<String, SchemeAdditions>,
}

/// An operation under the `query` field or in `additionalOperations`.
#[derive(Clone, Debug)]
pub struct ExtraOperation {
    /// The path template it belongs to.
    pub path: String,
    /// `query`, or the `additionalOperations` key as spelled (the method sent).
    pub method: String,
    /// Where it is in the document.
    pub pointer: String,
    pub operation: openapiv3::Operation,
}

/// The 3.2 fields of one security scheme.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SchemeAdditions {
    /// The OAuth2 device authorization flow (RFC 8628).
    pub device_flow: Option<DeviceFlow>,
    /// Where the authorization server's metadata is (RFC 8414).
    pub metadata_url: Option<String>,
    pub deprecated: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeviceFlow {
    pub device_authorization_url: String,
    pub token_url: String,
    pub scopes: Vec<String>,
}

/// Media types whose body is a sequence of items, which `itemSchema` describes.
fn is_sequential(media: &str) -> bool {
    let essence = media
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    matches!(
        essence.as_str(),
        "text/event-stream" | "application/jsonl" | "application/x-ndjson" | "application/json-seq"
    )
}

/// Rewrites what 3.2 added; see the module comment. Runs before the 3.1 rewrites.
pub(crate) fn normalise_root(doc: &mut Value, notes: &mut Notes) -> Additions {
    let mut additions = Additions::default();
    let Value::Object(root) = doc else {
        return additions;
    };
    self_references(root, notes);
    tag_parents(root, &mut additions, notes);
    security_additions(root, &mut additions);
    let media_types = root
        .get_mut("components")
        .and_then(Value::as_object_mut)
        .and_then(|c| c.shift_remove("mediaTypes"))
        .and_then(|m| match m {
            Value::Object(map) => Some(map),
            _ => None,
        })
        .unwrap_or_default();
    let mut visitor = Pre32 {
        notes,
        media_types,
        event_components: Vec::new(),
    };
    walk(doc, &mut visitor);
    let events = std::mem::take(&mut visitor.event_components);
    for name in events {
        let pointer = pointer::of(&["components", "schemas", &name]);
        if let Some(schema) = doc.pointer_mut(&pointer) {
            event_data_content(schema);
        }
    }
    additions
}

/// `$ref`s that name the document itself by its `$self` URI (absolute, or relative by
/// file name) become local; others stay external references, which `lower` reports.
fn self_references(root: &mut Map<String, Value>, notes: &mut Notes) {
    let Some(uri) = root.shift_remove("$self") else {
        return;
    };
    let Value::String(uri) = uri else {
        notes.warn_source("/$self", "`$self` is not a string; ignored");
        return;
    };
    let base = uri.split('#').next().unwrap_or("").to_string();
    if base.is_empty() {
        return;
    }
    for value in root.values_mut() {
        rewrite_self_refs(value, &base);
    }
}

fn names_self(document: &str, base: &str) -> bool {
    let relative = document.trim_start_matches("./");
    document == base || (!relative.is_empty() && base.ends_with(&format!("/{relative}")))
}

/// Keys whose values are data, not description; references there are not followed.
fn is_data(key: &str) -> bool {
    matches!(key, "example" | "examples" | "default" | "enum" | "const") || key.starts_with("x-")
}

fn rewrite_self_refs(node: &mut Value, base: &str) {
    match node {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                if key == "$ref" {
                    if let Value::String(reference) = child {
                        if let Some((document, fragment)) = reference.split_once('#') {
                            if names_self(document, base) {
                                *reference = format!("#{fragment}");
                            }
                        }
                    }
                } else if !is_data(key) {
                    rewrite_self_refs(child, base);
                }
            }
        }
        Value::Array(items) => items
            .iter_mut()
            .for_each(|item| rewrite_self_refs(item, base)),
        _ => {}
    }
}

/// Reads tag `parent`s, keeping those that name a tag and form no cycle.
fn tag_parents(root: &Map<String, Value>, additions: &mut Additions, notes: &mut Notes) {
    let Some(Value::Array(tags)) = root.get("tags") else {
        return;
    };
    let names: Vec<&str> = tags
        .iter()
        .filter_map(|t| t.get("name")?.as_str())
        .collect();
    for (index, tag) in tags.iter().enumerate() {
        let (Some(name), Some(parent)) =
            (tag.get("name").and_then(Value::as_str), tag.get("parent"))
        else {
            continue;
        };
        let pointer = format!("/tags/{index}/parent");
        let Some(parent) = parent.as_str().filter(|p| names.contains(p)) else {
            notes.warn_source(
                &pointer,
                format!("tag `{name}` names a parent that is not a tag; ignored"),
            );
            continue;
        };
        let mut ancestor = Some(parent);
        let mut cycle = false;
        for _ in 0..=names.len() {
            match ancestor {
                Some(a) if a == name => {
                    cycle = true;
                    break;
                }
                Some(a) => ancestor = additions.tag_parents.get(a).map(String::as_str),
                None => break,
            }
        }
        if cycle {
            notes.warn_source(
                &pointer,
                format!(
                    "tag `{name}` is its own ancestor through `parent`; that parent is ignored"
                ),
            );
            continue;
        }
        additions
            .tag_parents
            .insert(name.to_string(), parent.to_string());
    }
}

/// Reads the 3.2 fields of security schemes; the device flow leaves `flows`, which
/// the 3.0 model does not know it in.
fn security_additions(root: &mut Map<String, Value>, additions: &mut Additions) {
    let Some(Value::Object(schemes)) = root
        .get_mut("components")
        .and_then(|c| c.get_mut("securitySchemes"))
    else {
        return;
    };
    for (name, scheme) in schemes.iter_mut() {
        let Value::Object(scheme) = scheme else {
            continue;
        };
        let text = |v: &Value, key: &str| {
            v.get(key)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        };
        let device_flow = scheme
            .get_mut("flows")
            .and_then(Value::as_object_mut)
            .and_then(|flows| flows.shift_remove("deviceAuthorization"))
            .map(|flow| DeviceFlow {
                device_authorization_url: text(&flow, "deviceAuthorizationUrl"),
                token_url: text(&flow, "tokenUrl"),
                scopes: flow
                    .get("scopes")
                    .and_then(Value::as_object)
                    .map(|s| s.keys().cloned().collect())
                    .unwrap_or_default(),
            });
        let found = SchemeAdditions {
            device_flow,
            metadata_url: scheme
                .shift_remove("oauth2MetadataUrl")
                .and_then(|v| v.as_str().map(str::to_string)),
            deprecated: scheme.shift_remove("deprecated") == Some(Value::Bool(true)),
        };
        if found != SchemeAdditions::default() {
            additions.security.insert(name.clone(), found);
        }
    }
}

/// The walk over a 3.2 document before the 3.1 rewrites.
struct Pre32<'n> {
    notes: &'n mut Notes,
    /// `components.mediaTypes`, for inlining references to them.
    media_types: Map<String, Value>,
    /// Component schemas used as the item schema of an event stream.
    event_components: Vec<String>,
}

impl Visitor for Pre32<'_> {
    fn parameter(&mut self, node: &mut Value, pointer: &str) {
        let Value::Object(p) = node else {
            return;
        };
        let location = p
            .get("in")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        if location == "querystring" {
            p.insert("in".into(), Value::String("query".into()));
            p.insert(QUERYSTRING_MARK.into(), Value::Bool(true));
            for key in ["style", "explode", "allowReserved"] {
                if p.shift_remove(key).is_some() {
                    let message = format!(
                        "`{key}` does not apply to an `in: querystring` parameter; ignored"
                    );
                    self.notes.warn(&pointer::join(pointer, key), message);
                }
            }
        } else if location == "cookie" && p.get("style").and_then(Value::as_str) == Some("cookie") {
            p.shift_remove("style");
            self.notes.warn(
                &pointer::join(pointer, "style"),
                "`style: cookie` is not supported; the value is sent in the default form style (percent-encoded)",
            );
        }
    }

    fn response(&mut self, node: &mut Value, _pointer: &str) {
        let Value::Object(r) = node else {
            return;
        };
        if !r.contains_key("description") && !r.contains_key("$ref") {
            let summary = r
                .get("summary")
                .cloned()
                .unwrap_or_else(|| Value::String(String::new()));
            r.insert("description".into(), summary);
        }
    }

    fn media_type(&mut self, node: &mut Value, pointer: &str) {
        self.inline_media_type(node, pointer);
        let Value::Object(media) = node else {
            return;
        };
        let name = pointer
            .rsplit('/')
            .next()
            .unwrap_or("")
            .replace("~1", "/")
            .replace("~0", "~");
        for key in ["itemEncoding", "prefixEncoding"] {
            if media.shift_remove(key).is_some() {
                self.notes.warn(
                    &pointer::join(pointer, key),
                    format!("`{key}` is not supported; parts use their default encoding"),
                );
            }
        }
        if let Some(item) = media.shift_remove("itemSchema") {
            if is_sequential(&name) {
                media.insert("schema".into(), item);
            } else {
                self.notes.warn(
                    &pointer::join(pointer, "itemSchema"),
                    format!(
                        "`itemSchema` of `{name}` is not supported; the body is read as a whole"
                    ),
                );
            }
        }
        let essence = name
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        if essence != "text/event-stream" {
            return;
        }
        let Some(schema) = media.get_mut("schema") else {
            return;
        };
        match schema.get("$ref").and_then(Value::as_str) {
            Some(reference) => {
                if let Some(component) = reference.strip_prefix("#/components/schemas/") {
                    let component = component.replace("~1", "/").replace("~0", "~");
                    if !self.event_components.contains(&component) {
                        self.event_components.push(component);
                    }
                }
            }
            None => event_data_content(schema),
        }
    }

    fn schema(&mut self, node: &mut Value, pointer: &str) {
        let Value::Object(schema) = node else {
            return;
        };
        if let Some(Value::Object(discriminator)) = schema.get_mut("discriminator") {
            if discriminator.shift_remove("defaultMapping").is_some() {
                self.notes.warn(
                    &pointer::join(&pointer::join(pointer, "discriminator"), "defaultMapping"),
                    "`defaultMapping` is not supported; values without a mapping are kept in the union's `Unknown` variant",
                );
            }
        }
        if let Some(Value::Object(xml)) = schema.get_mut("xml") {
            // XML bodies are read as text, so how a value maps to a node changes nothing.
            xml.shift_remove("nodeType");
        }
    }
}

impl Pre32<'_> {
    /// Replaces a reference to `components.mediaTypes` by the media type it names
    /// (following references between them, at most a few hops).
    fn inline_media_type(&mut self, node: &mut Value, pointer: &str) {
        for _ in 0..8 {
            let Some(reference) = node.get("$ref").and_then(Value::as_str) else {
                return;
            };
            let target = reference
                .strip_prefix("#/components/mediaTypes/")
                .map(|name| name.replace("~1", "/").replace("~0", "~"))
                .and_then(|name| self.media_types.get(&name));
            match target {
                Some(target) => *node = target.clone(),
                None => {
                    let message = format!("`{reference}` does not name a media type in components.mediaTypes; read without a schema");
                    self.notes.warn(&pointer::join(pointer, "$ref"), message);
                    *node = json!({});
                    return;
                }
            }
        }
        self.notes.warn(
            pointer,
            "media type references form a cycle or a long chain; read without a schema",
        );
        *node = json!({});
    }
}

/// In an SSE event schema (an object with a `data` property), `data` is text; when it
/// is JSON with a `contentSchema`, the JSON's schema is what a client decodes it into,
/// and it replaces the text schema. JSON without a `contentSchema` is any JSON value.
fn event_data_content(schema: &mut Value) {
    let Some(Value::Object(data)) = schema.get_mut("properties").and_then(|p| p.get_mut("data"))
    else {
        return;
    };
    let json_media = data
        .get("contentMediaType")
        .and_then(Value::as_str)
        .map(|m| {
            m.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        })
        .map(|m| m == "application/json" || m.ends_with("+json"));
    match (data.shift_remove("contentSchema"), json_media) {
        (Some(content), None | Some(true)) => *data = content_map(content),
        (None, Some(true)) => *data = Map::new(),
        (Some(_), Some(false)) | (None, _) => {}
    }
}

fn content_map(content: Value) -> Map<String, Value> {
    match content {
        Value::Object(map) => map,
        Value::Bool(false) => {
            let mut map = Map::new();
            map.insert("not".into(), json!({}));
            map
        }
        _ => Map::new(),
    }
}

/// An operation taken out of a path item, before it is read into the model.
pub(crate) struct TakenOperation {
    pub(crate) path: String,
    pub(crate) method: String,
    pub(crate) pointer: String,
    pub(crate) value: Value,
}

/// The fixed-field methods of a path item; `additionalOperations` must not repeat them.
const FIXED: [&str; 9] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace", "query",
];

/// Moves `query` and `additionalOperations` out of every path item, after the walk
/// that normalised them. A method name that is not an HTTP token cannot be sent and
/// is skipped with a warning.
pub(crate) fn take_operations(doc: &mut Value, notes: &mut Notes) -> Vec<TakenOperation> {
    let mut taken = Vec::new();
    let Some(Value::Object(paths)) = doc.get_mut("paths") else {
        return taken;
    };
    for (path, item) in paths.iter_mut() {
        let Value::Object(item) = item else {
            continue;
        };
        let base = pointer::of(&["paths", path]);
        if let Some(op) = item.shift_remove("query") {
            taken.push(TakenOperation {
                path: path.clone(),
                method: "query".into(),
                pointer: pointer::join(&base, "query"),
                value: op,
            });
        }
        let Some(extra) = item.shift_remove("additionalOperations") else {
            continue;
        };
        let Value::Object(extra) = extra else {
            notes.warn(
                &pointer::join(&base, "additionalOperations"),
                "`additionalOperations` is not a mapping; ignored",
            );
            continue;
        };
        for (method, op) in extra {
            let pointer = pointer::join(&pointer::join(&base, "additionalOperations"), &method);
            if method.starts_with("x-") {
                continue;
            }
            if method.is_empty() || !method.bytes().all(is_token_byte) {
                notes.warn(
                    &pointer,
                    format!("`{method}` is not an HTTP method name; the operation is skipped"),
                );
                continue;
            }
            if FIXED.contains(&method.to_ascii_lowercase().as_str()) {
                notes.warn(&pointer, format!("`{method}` has a field of its own in the path item; sent as `{method}` anyway"));
            }
            taken.push(TakenOperation {
                path: path.clone(),
                method,
                pointer,
                value: op,
            });
        }
    }
    taken
}

/// RFC 9110 `tchar`: the bytes a method name may consist of.
fn is_token_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte)
}
