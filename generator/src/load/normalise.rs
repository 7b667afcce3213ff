//! The one walk over a 3.0-shaped document that applies the 3.1 schema rules and
//! the real-world fix-ups, in a fixed order per object.

use serde_json::{Map, Value};

use super::notes::{kind_of, Notes};
use super::openapi31;
use super::sloppy;
use super::version::InputVersion;
use super::walk::{walk, Visitor};

/// Normalises `doc` in place. Returns the structural problems that no fix-up can
/// repair (an object of the document that is not a mapping), as (pointer, message),
/// all of them rather than the first, and with precise pointers, which the
/// deserializer cannot give through `openapiv3`'s flattened maps.
pub(crate) fn run(
    doc: &mut Value,
    version: InputVersion,
    notes: &mut Notes,
) -> Vec<(String, String)> {
    let mut normaliser = Normaliser {
        notes,
        is31: matches!(version, InputVersion::OpenApi31 | InputVersion::OpenApi32),
        removed_schemes: Vec::new(),
        callbacks: Map::new(),
        problems: Vec::new(),
    };
    walk(doc, &mut normaliser);
    normaliser.problems
}

struct Normaliser<'n> {
    notes: &'n mut Notes,
    /// In a 3.1 document the 3.1 rewrites are expected and silent.
    is31: bool,
    /// Security schemes dropped at the root, to be removed from requirements.
    removed_schemes: Vec<String>,
    /// A copy of `components/callbacks`, for inlining referenced callbacks.
    callbacks: Map<String, Value>,
    problems: Vec<(String, String)>,
}

impl Normaliser<'_> {
    fn expect_mapping(&mut self, node: &Value, pointer: &str, what: &str) {
        if !node.is_object() {
            self.problems.push((
                pointer.to_string(),
                format!("{what} should be a mapping, found {}", kind_of(node)),
            ));
        }
    }
}

impl Visitor for Normaliser<'_> {
    fn root(&mut self, node: &mut Value) {
        let Value::Object(root) = node else {
            return;
        };
        let notes = &mut *self.notes;
        sloppy::document::openapi_version(root, notes);
        sloppy::document::info(root, notes);
        sloppy::document::paths(root, notes);
        sloppy::document::servers(root, "", notes);
        sloppy::document::tags(root, notes);
        sloppy::document::external_docs(root, "", notes);
        sloppy::document::components(root, notes);
        self.removed_schemes = sloppy::document::security_schemes(root, notes);
        sloppy::document::security_requirements(root, "", &self.removed_schemes, notes);
        if let Some(Value::Object(callbacks)) =
            root.get("components").and_then(|c| c.get("callbacks"))
        {
            self.callbacks = callbacks.clone();
        }
        for key in ["info", "paths"] {
            if let Some(value) = root.get(key) {
                if !value.is_object() {
                    let message = format!("`{key}` should be a mapping, found {}", kind_of(value));
                    self.problems.push((format!("/{key}"), message));
                }
            }
        }
    }

    fn path_item(&mut self, node: &mut Value, pointer: &str) {
        sloppy::operations::path_item(node, pointer, self.notes);
        self.expect_mapping(node, pointer, "a path item");
        if let Value::Object(item) = node {
            sloppy::document::servers(item, pointer, self.notes);
        }
    }

    fn operation(&mut self, node: &mut Value, pointer: &str) {
        sloppy::operations::operation(node, pointer, &self.callbacks, self.is31, self.notes);
        self.expect_mapping(node, pointer, "an operation");
        if let Value::Object(op) = node {
            sloppy::document::servers(op, pointer, self.notes);
            sloppy::document::security_requirements(op, pointer, &self.removed_schemes, self.notes);
        }
    }

    fn parameter(&mut self, node: &mut Value, pointer: &str) {
        sloppy::operations::parameter(node, pointer, self.notes);
        self.expect_mapping(node, pointer, "a parameter");
    }

    fn header(&mut self, node: &mut Value, pointer: &str) {
        sloppy::operations::header(node, pointer, self.notes);
        self.expect_mapping(node, pointer, "a header");
    }

    fn request_body(&mut self, node: &mut Value, pointer: &str) {
        sloppy::operations::request_body(node, pointer, self.notes);
        self.expect_mapping(node, pointer, "a request body");
    }

    fn response(&mut self, node: &mut Value, pointer: &str) {
        sloppy::operations::response(node, pointer, self.notes);
        self.expect_mapping(node, pointer, "a response");
    }

    fn media_type(&mut self, node: &mut Value, pointer: &str) {
        sloppy::operations::media_type(node, pointer, self.notes);
        self.expect_mapping(node, pointer, "a media type");
    }

    /// The order matters: 3.1 forms are read first (a numeric `exclusiveMinimum`
    /// must not be mistaken for a sloppy boolean), then kinds are coerced, then the
    /// type name and the keywords that depend on it are checked.
    fn schema(&mut self, node: &mut Value, pointer: &str) {
        let (notes, is31) = (&mut *self.notes, self.is31);
        openapi31::boolean_schema(node);
        sloppy::schema::not_a_mapping(node, pointer, notes);
        let Value::Object(schema) = node else {
            return;
        };
        if already_clean(schema) {
            return;
        }
        sloppy::schema::x_nullable(schema);
        if openapi31::schema_ref_siblings(schema, pointer, notes, is31) {
            return;
        }
        openapi31::schema_type_list(schema, pointer, notes, is31);
        openapi31::schema_null_branches(schema);
        openapi31::schema_const(schema, pointer, notes, is31);
        openapi31::schema_examples(schema);
        openapi31::schema_exclusive_bounds(schema, pointer, notes, is31);
        openapi31::schema_content_keywords(schema);
        openapi31::schema_unsupported_keywords(schema, pointer, notes);
        sloppy::schema::keyword_kinds(schema, pointer, notes);
        sloppy::schema::type_name(schema, pointer, notes);
        sloppy::schema::enum_values(schema, pointer, notes);
        sloppy::schema::items_and_additional(schema, pointer, notes);
        sloppy::schema::required_flags_on_properties(schema, pointer, notes);
        sloppy::schema::required_list(schema, pointer, notes);
        sloppy::schema::discriminator(schema, pointer, notes);
    }
}

/// True when no step of the schema pipeline would change `schema`: every key is a
/// 3.0 keyword with a value of the right kind. Most schemas of large documents are
/// like that, and one pass over their few keys is much cheaper than running every
/// fix-up (GitHub's description has over 100,000 schemas). Anything unrecognised
/// answers false, so the full pipeline decides.
fn already_clean(schema: &Map<String, Value>) -> bool {
    let is_string_array = |v: &Value| {
        v.as_array()
            .is_some_and(|a| !a.is_empty() && a.iter().all(Value::is_string))
    };
    schema.iter().all(|(key, value)| match key.as_str() {
        "$ref" => schema.len() == 1 && value.is_string(),
        "type" => matches!(
            value.as_str(),
            Some("string" | "number" | "integer" | "boolean" | "object" | "array")
        ),
        "format" | "pattern" | "title" | "description" => value.is_string(),
        "nullable" | "readOnly" | "writeOnly" | "deprecated" | "uniqueItems"
        | "exclusiveMinimum" | "exclusiveMaximum" => value.is_boolean(),
        "minLength" | "maxLength" | "minItems" | "maxItems" | "minProperties" | "maxProperties" => {
            value.is_u64()
        }
        "minimum" | "maximum" | "multipleOf" => value.is_number(),
        "items" | "not" => value.is_object(),
        "additionalProperties" => value.is_object() || value.is_boolean(),
        "required" => is_string_array(value),
        "properties" => value.as_object().is_some_and(|properties| {
            properties
                .values()
                .all(|p| p.get("required").is_none_or(Value::is_array))
        }),
        "allOf" => value.as_array().is_some_and(|a| !a.is_empty()),
        "anyOf" | "oneOf" => value
            .as_array()
            .is_some_and(|a| !a.is_empty() && !a.iter().any(openapi31::null_only)),
        "enum" => value.as_array().is_some_and(|values| {
            schema.get("type").and_then(Value::as_str) != Some("string")
                || values.iter().all(|v| v.is_string() || v.is_null())
        }),
        "externalDocs" => value.get("url").is_some_and(Value::is_string),
        "discriminator" => {
            value.get("propertyName").is_some_and(Value::is_string)
                && value.get("mapping").is_none_or(|m| {
                    m.as_object()
                        .is_some_and(|m| m.values().all(Value::is_string))
                })
        }
        "example" | "default" | "xml" => true,
        "x-nullable" => false,
        k => k.starts_with("x-"),
    })
}
