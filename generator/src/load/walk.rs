//! A structural walk over a document in the 3.0 shape.
//!
//! Fix-ups must only touch the places where the OpenAPI structure says a schema,
//! parameter or response is: a blind recursive search for `type` or `$ref` keys would
//! also rewrite example payloads and extension values. The walker knows the
//! structure, calls the visitor on each object *before* descending into it (so a
//! visitor may restructure a node and the walker follows the new shape), and keeps
//! the current JSON pointer in one reused buffer.

use serde_json::{Map, Value};

use crate::pointer;

/// Callbacks for each kind of object; every one defaults to doing nothing. Each gets
/// the node (which may be of the wrong JSON kind in sloppy input) and its pointer.
pub(crate) trait Visitor {
    fn root(&mut self, _node: &mut Value) {}
    fn path_item(&mut self, _node: &mut Value, _pointer: &str) {}
    fn operation(&mut self, _node: &mut Value, _pointer: &str) {}
    fn parameter(&mut self, _node: &mut Value, _pointer: &str) {}
    fn header(&mut self, _node: &mut Value, _pointer: &str) {}
    fn request_body(&mut self, _node: &mut Value, _pointer: &str) {}
    fn response(&mut self, _node: &mut Value, _pointer: &str) {}
    fn media_type(&mut self, _node: &mut Value, _pointer: &str) {}
    fn schema(&mut self, _node: &mut Value, _pointer: &str) {}
}

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

pub(crate) fn walk(doc: &mut Value, visitor: &mut impl Visitor) {
    let mut walker = Walker {
        visitor,
        pointer: String::new(),
    };
    walker.root(doc);
}

struct Walker<'v, V> {
    visitor: &'v mut V,
    pointer: String,
}

fn is_ref(node: &Value) -> bool {
    node.get("$ref").is_some()
}

impl<V: Visitor> Walker<'_, V> {
    /// Runs `f` on `map[key]` with the pointer extended by `key`.
    fn field(&mut self, map: &mut Map<String, Value>, key: &str, f: fn(&mut Self, &mut Value)) {
        if let Some(child) = map.get_mut(key) {
            let len = self.pointer.len();
            pointer::push(&mut self.pointer, key);
            f(self, child);
            self.pointer.truncate(len);
        }
    }

    fn root(&mut self, doc: &mut Value) {
        self.visitor.root(doc);
        let Value::Object(root) = doc else {
            return;
        };
        self.each(root, "paths", Self::path_item);
        // Webhooks (3.1's map and 3.0's `x-webhooks` extension) are path items too.
        for key in super::webhooks::KEYS {
            self.each(root, key, Self::path_item);
        }
        self.field(root, "components", |w, node| {
            let Value::Object(components) = node else {
                return;
            };
            w.each(components, "schemas", Self::schema);
            w.each(components, "responses", Self::response);
            w.each(components, "parameters", Self::parameter);
            w.each(components, "requestBodies", Self::request_body);
            w.each(components, "headers", Self::header);
            w.each(components, "callbacks", Self::callback);
            w.each(components, "pathItems", Self::path_item);
        });
    }

    /// Runs `f` on every non-extension entry of the mapping at `map[key]`.
    fn each(&mut self, map: &mut Map<String, Value>, key: &str, f: fn(&mut Self, &mut Value)) {
        let Some(Value::Object(entries)) = map.get_mut(key) else {
            return;
        };
        let len = self.pointer.len();
        pointer::push(&mut self.pointer, key);
        for (name, child) in entries.iter_mut() {
            if name.starts_with("x-") {
                continue;
            }
            let inner = self.pointer.len();
            pointer::push(&mut self.pointer, name);
            f(self, child);
            self.pointer.truncate(inner);
        }
        self.pointer.truncate(len);
    }

    /// Runs `f` on every element of the list at `map[key]`.
    fn list(&mut self, map: &mut Map<String, Value>, key: &str, f: fn(&mut Self, &mut Value)) {
        let Some(Value::Array(items)) = map.get_mut(key) else {
            return;
        };
        let len = self.pointer.len();
        pointer::push(&mut self.pointer, key);
        for (i, child) in items.iter_mut().enumerate() {
            let inner = self.pointer.len();
            pointer::push(&mut self.pointer, &i.to_string());
            f(self, child);
            self.pointer.truncate(inner);
        }
        self.pointer.truncate(len);
    }

    fn path_item(&mut self, node: &mut Value) {
        self.visitor.path_item(node, &self.pointer);
        let Value::Object(item) = node else {
            return;
        };
        if item.contains_key("$ref") {
            return;
        }
        self.list(item, "parameters", Self::parameter);
        for method in METHODS {
            self.field(item, method, Self::operation);
        }
        // OpenAPI 3.2's QUERY method and methods spelled as sent; `openapi32` moves
        // them out of the path item after this walk.
        self.field(item, "query", Self::operation);
        self.each(item, "additionalOperations", Self::operation);
    }

    fn operation(&mut self, node: &mut Value) {
        self.visitor.operation(node, &self.pointer);
        let Value::Object(op) = node else {
            return;
        };
        self.list(op, "parameters", Self::parameter);
        self.field(op, "requestBody", Self::request_body);
        self.each(op, "responses", Self::response);
        self.each(op, "callbacks", Self::callback);
    }

    /// A callback is a map from expression to path item.
    fn callback(&mut self, node: &mut Value) {
        let Value::Object(callback) = node else {
            return;
        };
        if callback.contains_key("$ref") {
            return;
        }
        for (name, item) in callback.iter_mut() {
            if name.starts_with("x-") {
                continue;
            }
            let len = self.pointer.len();
            pointer::push(&mut self.pointer, name);
            self.path_item(item);
            self.pointer.truncate(len);
        }
    }

    fn parameter(&mut self, node: &mut Value) {
        self.visitor.parameter(node, &self.pointer);
        self.schema_or_content(node);
    }

    fn header(&mut self, node: &mut Value) {
        self.visitor.header(node, &self.pointer);
        self.schema_or_content(node);
    }

    fn schema_or_content(&mut self, node: &mut Value) {
        if is_ref(node) {
            return;
        }
        if let Value::Object(map) = node {
            self.field(map, "schema", Self::schema);
            self.each(map, "content", Self::media_type);
        }
    }

    fn request_body(&mut self, node: &mut Value) {
        self.visitor.request_body(node, &self.pointer);
        if is_ref(node) {
            return;
        }
        if let Value::Object(body) = node {
            self.each(body, "content", Self::media_type);
        }
    }

    fn response(&mut self, node: &mut Value) {
        self.visitor.response(node, &self.pointer);
        if is_ref(node) {
            return;
        }
        if let Value::Object(response) = node {
            self.each(response, "headers", Self::header);
            self.each(response, "content", Self::media_type);
        }
    }

    fn media_type(&mut self, node: &mut Value) {
        self.visitor.media_type(node, &self.pointer);
        let Value::Object(media) = node else {
            return;
        };
        self.field(media, "schema", Self::schema);
        self.each(media, "encoding", |w, encoding| {
            if let Value::Object(encoding) = encoding {
                w.each(encoding, "headers", Self::header);
            }
        });
    }

    fn schema(&mut self, node: &mut Value) {
        self.visitor.schema(node, &self.pointer);
        let Value::Object(schema) = node else {
            return;
        };
        if schema.contains_key("$ref") {
            return;
        }
        self.each_all(schema, "properties", Self::schema);
        match schema.get("items") {
            Some(Value::Array(_)) => self.list(schema, "items", Self::schema),
            Some(_) => self.field(schema, "items", Self::schema),
            None => {}
        }
        if let Some(Value::Object(_)) = schema.get("additionalProperties") {
            self.field(schema, "additionalProperties", Self::schema);
        }
        for key in ["allOf", "anyOf", "oneOf"] {
            self.list(schema, key, Self::schema);
        }
        self.field(schema, "not", Self::schema);
    }

    /// Like `each`, but property names starting with `x-` are real names here.
    fn each_all(&mut self, map: &mut Map<String, Value>, key: &str, f: fn(&mut Self, &mut Value)) {
        let Some(Value::Object(entries)) = map.get_mut(key) else {
            return;
        };
        let len = self.pointer.len();
        pointer::push(&mut self.pointer, key);
        for (name, child) in entries.iter_mut() {
            let inner = self.pointer.len();
            pointer::push(&mut self.pointer, name);
            f(self, child);
            self.pointer.truncate(inner);
        }
        self.pointer.truncate(len);
    }
}
