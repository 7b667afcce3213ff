//! Whether a document's example certainly contradicts the JSON types its schema
//! declares (a string where an object is declared, `"false"` for a boolean) or a
//! string format it names (a `uuid` that is not one). Conformance
//! samples take examples first; one that cannot decode into the generated type is
//! useless as a call, so the sample is synthesised from the schema instead, and the
//! examples round trip still reports the example itself.

use openapiv3::{
    OpenAPI, ReferenceOr, Schema, SchemaKind, StringFormat, Type, VariantOrUnknownOrEmpty,
};
use serde_json::Value;

/// How a value is read: JSON as it is, or as parameter text, where the client sends
/// `123` and `"123"` alike and a single value stands for a one-item list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Reading {
    Json,
    Text,
}

/// Reference chains and nesting are bounded: examples are finite, schemas may recurse.
const MAX_DEPTH: usize = 32;

/// Whether `value`, sent in a request, certainly breaks the types `schema` declares;
/// `false` when unsure (unions, unresolvable references, schemas without a type). An
/// `allOf` is broken when one of its members is; a `readOnly` property has no place in
/// a request.
pub(super) fn contradicts(
    spec: &OpenAPI,
    schema: &ReferenceOr<Schema>,
    value: &Value,
    reading: Reading,
) -> bool {
    within(spec, schema, value, reading, 0)
}

/// [`contradicts`] for a schema at hand.
pub(super) fn schema_contradicts(
    spec: &OpenAPI,
    schema: &Schema,
    value: &Value,
    reading: Reading,
) -> bool {
    item_within(spec, schema, value, reading, 0)
}

fn within(
    spec: &OpenAPI,
    schema: &ReferenceOr<Schema>,
    value: &Value,
    reading: Reading,
    depth: usize,
) -> bool {
    match schema {
        ReferenceOr::Item(schema) => item_within(spec, schema, value, reading, depth),
        ReferenceOr::Reference { reference } => resolve(spec, reference)
            .is_some_and(|schema| item_within(spec, schema, value, reading, depth)),
    }
}

fn boxed_within(
    spec: &OpenAPI,
    schema: &ReferenceOr<Box<Schema>>,
    value: &Value,
    depth: usize,
) -> bool {
    match schema {
        ReferenceOr::Item(schema) => item_within(spec, schema, value, Reading::Json, depth),
        ReferenceOr::Reference { reference } => resolve(spec, reference)
            .is_some_and(|schema| item_within(spec, schema, value, Reading::Json, depth)),
    }
}

fn item_within(
    spec: &OpenAPI,
    schema: &Schema,
    value: &Value,
    reading: Reading,
    depth: usize,
) -> bool {
    // Whether `null` is allowed is a matter of `nullable`, which the type mirrors.
    if depth > MAX_DEPTH || value.is_null() {
        return false;
    }
    // A value must satisfy every member of an `allOf`: one member that certainly
    // rejects it is enough (an example that lacks a property a member requires).
    let all_of = match &schema.schema_kind {
        SchemaKind::AllOf { all_of } => all_of.as_slice(),
        SchemaKind::Any(any) => any.all_of.as_slice(),
        _ => &[],
    };
    if all_of
        .iter()
        .any(|member| within(spec, member, value, reading, depth + 1))
    {
        return true;
    }
    let Some(declared) = declared_type(schema) else {
        return false;
    };
    let scalar = matches!(value, Value::String(_) | Value::Number(_) | Value::Bool(_));
    let fits = match (declared, value) {
        ("object", Value::Object(_))
        | ("array", Value::Array(_))
        | ("string", Value::String(_))
        | ("boolean", Value::Bool(_))
        | ("number", Value::Number(_)) => true,
        ("integer", Value::Number(n)) => n.is_i64() || n.is_u64(),
        (_, _) if reading == Reading::Text && scalar => declared != "object",
        _ => false,
    };
    if !fits {
        return true;
    }
    if let (SchemaKind::Type(Type::String(string)), Value::String(text)) =
        (&schema.schema_kind, value)
    {
        let length = text.chars().count();
        if string.min_length.is_some_and(|min| length < min)
            || string.max_length.is_some_and(|max| length > max)
            || string
                .pattern
                .as_deref()
                .is_some_and(|pattern| breaks_pattern(pattern, text))
        {
            return true;
        }
        if let Some(format) = string_format(&string.format) {
            return breaks_format(format, text);
        }
    }
    match (&schema.schema_kind, value) {
        (SchemaKind::Type(Type::Object(object)), Value::Object(members)) => {
            // A required property the example lacks, one the schema closes out
            // (`additionalProperties: false`), or one it has of another type.
            let closed = matches!(
                object.additional_properties,
                Some(openapiv3::AdditionalProperties::Any(false))
            );
            object
                .required
                .iter()
                .any(|name| !members.contains_key(name))
                || (closed
                    && members
                        .keys()
                        .any(|name| !object.properties.contains_key(name)))
                || members
                    .keys()
                    .any(|name| read_only(spec, object.properties.get(name)))
                || members.iter().any(|(name, member)| {
                    object
                        .properties
                        .get(name)
                        .is_some_and(|property| boxed_within(spec, property, member, depth + 1))
                })
        }
        (SchemaKind::Any(any), Value::Object(members))
            if any.all_of.is_empty() && any.one_of.is_empty() && any.any_of.is_empty() =>
        {
            any.required.iter().any(|name| !members.contains_key(name))
                || members.iter().any(|(name, member)| {
                    any.properties
                        .get(name)
                        .is_some_and(|property| boxed_within(spec, property, member, depth + 1))
                })
        }
        (SchemaKind::Type(Type::Array(array)), Value::Array(items)) => {
            array.items.as_ref().is_some_and(|schema| {
                items
                    .iter()
                    .any(|item| boxed_within(spec, schema, item, depth + 1))
            })
        }
        _ => false,
    }
}

/// The JSON type a schema declares by itself (`type`), without looking into members.
pub(super) fn declared_type(schema: &Schema) -> Option<&'static str> {
    Some(match &schema.schema_kind {
        SchemaKind::Type(Type::String(_)) => "string",
        SchemaKind::Type(Type::Integer(_)) => "integer",
        SchemaKind::Type(Type::Number(_)) => "number",
        SchemaKind::Type(Type::Boolean(_)) => "boolean",
        SchemaKind::Type(Type::Object(_)) => "object",
        SchemaKind::Type(Type::Array(_)) => "array",
        SchemaKind::Any(any) => match any.typ.as_deref()? {
            "string" => "string",
            "integer" => "integer",
            "number" => "number",
            "boolean" => "boolean",
            "object" => "object",
            "array" => "array",
            _ => return None,
        },
        _ => return None,
    })
}

/// Whether `text` certainly does not match `pattern` (unanchored, as JSON Schema reads
/// it). Patterns the `regex` crate does not read (lookarounds, backreferences) or that
/// would compile to more than a small budget are not judged.
pub(super) fn breaks_pattern(pattern: &str, text: &str) -> bool {
    regex::RegexBuilder::new(pattern)
        .size_limit(1 << 20)
        .dfa_size_limit(1 << 20)
        .build()
        .is_ok_and(|re| !re.is_match(text))
}

/// Whether `text` certainly breaks string format `format`; formats not known here
/// are kept.
pub(super) fn breaks_format(format: &str, text: &str) -> bool {
    match format.to_ascii_lowercase().as_str() {
        "uuid" => !is_uuid(text),
        "date" => !is_date(text),
        "date-time" => !is_date_time(text),
        "duration" => !is_duration(text),
        "json-pointer" => !(text.is_empty() || text.starts_with('/')),
        "ipv4" => {
            text.split('.')
                .filter_map(|part| part.parse::<u8>().ok())
                .count()
                != 4
        }
        "uri" | "url" | "iri" => !is_absolute_uri(text),
        // A reference may be relative, but never holds white space (RFC 3986, 2).
        "uri-reference" | "iri-reference" => text.chars().any(char::is_whitespace),
        _ => false,
    }
}

/// Whether a property is `readOnly`: a request value must not have it (validators
/// drop such properties from request schemas, so a closed object rejects them).
fn read_only(spec: &OpenAPI, property: Option<&ReferenceOr<Box<Schema>>>) -> bool {
    match property {
        Some(ReferenceOr::Item(schema)) => schema.schema_data.read_only,
        Some(ReferenceOr::Reference { reference }) => {
            resolve(spec, reference).is_some_and(|schema| schema.schema_data.read_only)
        }
        None => false,
    }
}

/// RFC 3986's absolute URI as far as it can be told without a full parser: a scheme
/// (a letter, then letters, digits, `+`, `-` or `.`), a colon, and no white space or
/// characters a URI never holds (`<`, `>`, `"`). Placeholders such as
/// `https://[YOUR ENDPOINT ID].example.com` fail.
fn is_absolute_uri(text: &str) -> bool {
    let Some((scheme, _)) = text.split_once(':') else {
        return false;
    };
    let mut scheme_chars = scheme.chars();
    scheme_chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && scheme_chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        && !text
            .chars()
            .any(|c| c.is_whitespace() || matches!(c, '<' | '>' | '"'))
}

/// ISO 8601 duration as JSON Schema reads it: `P`, then number-unit pairs, with `T`
/// before the time units (`P1D`, `PT1H30M`, `P2W`).
fn is_duration(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('P') else {
        return false;
    };
    let (date, time) = rest.split_once('T').unwrap_or((rest, ""));
    let units_ok = |part: &str, units: &str| {
        let mut digits = 0;
        for c in part.chars() {
            if c.is_ascii_digit() || (c == '.' && digits > 0) {
                digits += 1;
            } else if units.contains(c) && digits > 0 {
                digits = 0;
            } else {
                return false;
            }
        }
        digits == 0
    };
    !(date.is_empty() && time.is_empty())
        && units_ok(date, "YMWD")
        && units_ok(time, "HMS")
        && !(rest.contains('T') && time.is_empty())
}

/// RFC 4122 text form: 8-4-4-4-12 hexadecimal digits.
fn is_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(group, len)| group.len() == len && group.chars().all(|c| c.is_ascii_hexdigit()))
}

/// RFC 3339 `full-date`: `YYYY-MM-DD` with a month and day in range.
fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        bytes[range.clone()]
            .iter()
            .all(u8::is_ascii_digit)
            .then(|| {
                bytes[range]
                    .iter()
                    .fold(0u32, |n, b| n * 10 + u32::from(b - b'0'))
            })
    };
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    matches!(
        (digits(0..4), digits(5..7), digits(8..10)),
        (Some(_), Some(1..=12), Some(1..=31))
    )
}

/// RFC 3339 `date-time`, also without an offset (the naive form the runtime reads as
/// UTC) and with a space for `T`.
fn is_date_time(text: &str) -> bool {
    let (Some(date), Some(rest)) = (text.get(..10), text.get(11..)) else {
        return false;
    };
    if !is_date(date) || !matches!(text.as_bytes()[10], b'T' | b't' | b' ') {
        return false;
    }
    let time_len = rest.find(['Z', 'z', '+', '-']).unwrap_or(rest.len());
    let (time, offset) = rest.split_at(time_len);
    let (clock, fraction) = time.split_once('.').unwrap_or((time, "0"));
    let clock_ok = clock.len() == 8
        && clock.char_indices().all(|(i, c)| {
            if i == 2 || i == 5 {
                c == ':'
            } else {
                c.is_ascii_digit()
            }
        });
    let fraction_ok = !fraction.is_empty() && fraction.chars().all(|c| c.is_ascii_digit());
    let offset_ok = match offset.as_bytes() {
        [] | [b'Z' | b'z'] => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] => [h1, h2, m1, m2].iter().all(|b| b.is_ascii_digit()),
        _ => false,
    };
    clock_ok && fraction_ok && offset_ok
}

/// The name of a string format that [`breaks_format`] may judge.
pub(super) fn string_format(format: &VariantOrUnknownOrEmpty<StringFormat>) -> Option<&str> {
    match format {
        VariantOrUnknownOrEmpty::Item(StringFormat::Date) => Some("date"),
        VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => Some("date-time"),
        VariantOrUnknownOrEmpty::Unknown(other) => Some(other),
        _ => None,
    }
}

fn resolve<'s>(spec: &'s OpenAPI, reference: &str) -> Option<&'s Schema> {
    super::refs::component_schema(spec, reference).map(|(schema, _)| schema)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec() -> OpenAPI {
        serde_json::from_value(json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {},
            "components": {"schemas": {
                "Flags": {"type": "object", "properties": {
                    "on": {"type": "boolean"},
                    "tags": {"type": "array", "items": {"type": "integer"}}
                }}
            }}
        }))
        .expect("a valid document")
    }

    fn flags() -> ReferenceOr<Schema> {
        ReferenceOr::Reference {
            reference: String::from("#/components/schemas/Flags"),
        }
    }

    #[test]
    fn formats_are_checked_as_their_rfcs_write_them() {
        assert!(is_duration("P1D") && is_duration("PT1H30M") && is_duration("P2W"));
        assert!(!is_duration("TBD") && !is_duration("P") && !is_duration("P1DT"));
        assert!(breaks_format("json-pointer", "a/b") && !breaks_format("json-pointer", "/a"));
        assert!(breaks_format(
            "url",
            "https://[YOUR ENDPOINT ID].x.requestbin.com"
        ));
        assert!(
            breaks_format("uri", "example.com/a") && !breaks_format("uri", "https://a.b/c?d=e")
        );
        assert!(
            !breaks_format("uri", "urn:isbn:0451450523") && !breaks_format("uri-reference", "../a")
        );
        assert!(breaks_format("uri-reference", "a b"));
        assert!(
            breaks_pattern(r"^\+[1-9]\d{1,14}$", "11235")
                && !breaks_pattern(r"^\+[1-9]\d{1,14}$", "+11")
        );
        assert!(
            !breaks_pattern(r"^(?=a)a$", "b"),
            "lookarounds are not judged"
        );
        assert!(is_uuid("3fa85f64-5717-4562-b3fc-2c963f66afa6"));
        assert!(!is_uuid("efdbb9d-1f48-4f4e-8e0f-d7c3d4d9b2c3"));
        assert!(is_date("2024-02-29"));
        assert!(!is_date("2024-13-01"));
        assert!(!is_date("2024-01-15 (Monday)"));
        assert!(is_date_time("2024-01-15T10:30:00Z"));
        assert!(is_date_time("2024-01-15T10:30:00.123+02:00"));
        assert!(is_date_time("2024-01-15 10:30:00"));
        assert!(!is_date_time("2024-01-15T10:30Z"));
        assert!(!is_date_time("2024-01-15"));
        assert!(!is_date_time("2024-01-15T10:30:00.Z"));
    }

    #[test]
    fn nested_type_errors_are_found_through_references() {
        let spec = spec();
        let json = Reading::Json;
        assert!(!contradicts(
            &spec,
            &flags(),
            &json!({"on": true, "tags": [1, 2]}),
            json
        ));
        assert!(contradicts(&spec, &flags(), &json!({"on": "false"}), json));
        assert!(contradicts(
            &spec,
            &flags(),
            &json!({"tags": [1, "2"]}),
            json
        ));
        assert!(contradicts(&spec, &flags(), &json!("{\"on\": true}"), json));
        let strict: ReferenceOr<Schema> = serde_json::from_value(
            json!({"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}),
        )
        .expect("schema");
        assert!(contradicts(
            &spec,
            &strict,
            &json!({"data": {"id": "x"}}),
            json
        ));
        // Undeclared members and nulls are not the types' business.
        assert!(!contradicts(
            &spec,
            &flags(),
            &json!({"other": 1, "on": null}),
            json
        ));
    }

    #[test]
    fn parameter_text_accepts_scalars_but_not_for_objects() {
        let spec = spec();
        let integer: ReferenceOr<Schema> =
            serde_json::from_value(json!({"type": "integer"})).expect("schema");
        let list: ReferenceOr<Schema> =
            serde_json::from_value(json!({"type": "array", "items": {"type": "string"}}))
                .expect("schema");
        assert!(!contradicts(&spec, &integer, &json!("12"), Reading::Text));
        assert!(contradicts(&spec, &integer, &json!("12"), Reading::Json));
        assert!(!contradicts(&spec, &list, &json!("a"), Reading::Text));
        assert!(contradicts(
            &spec,
            &flags(),
            &json!("on=true"),
            Reading::Text
        ));
    }

    #[test]
    fn an_all_of_is_broken_when_one_member_is() {
        let spec = spec();
        let all_of: ReferenceOr<Schema> = serde_json::from_value(json!({
            "allOf": [
                {"$ref": "#/components/schemas/Flags"},
                {"type": "object", "required": ["name"]}
            ]
        }))
        .expect("schema");
        // Lacks `name`, which the second member requires.
        assert!(contradicts(
            &spec,
            &all_of,
            &json!({"on": true}),
            Reading::Json
        ));
        // `on` has the wrong type for the first member.
        assert!(contradicts(
            &spec,
            &all_of,
            &json!({"name": "a", "on": 1}),
            Reading::Json
        ));
        assert!(!contradicts(
            &spec,
            &all_of,
            &json!({"name": "a", "on": true}),
            Reading::Json
        ));
    }

    #[test]
    fn closed_objects_and_read_only_properties_are_checked() {
        let spec = spec();
        let schema = |value: serde_json::Value| -> ReferenceOr<Schema> {
            serde_json::from_value(value).expect("schema")
        };
        let closed = schema(json!({
            "type": "object", "additionalProperties": false, "properties": {"a": {"type": "string"}}
        }));
        assert!(contradicts(
            &spec,
            &closed,
            &json!({"a": "x", "b": 1}),
            Reading::Json
        ));
        assert!(!contradicts(
            &spec,
            &closed,
            &json!({"a": "x"}),
            Reading::Json
        ));
        let server_set = schema(json!({
            "type": "object", "properties": {"id": {"type": "string", "readOnly": true}}
        }));
        assert!(contradicts(
            &spec,
            &server_set,
            &json!({"id": "x"}),
            Reading::Json
        ));
        assert!(!contradicts(&spec, &server_set, &json!({}), Reading::Json));
    }
}
