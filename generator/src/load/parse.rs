//! Text to `serde_json::Value`.
//!
//! JSON goes through `serde_json` (the fast path: the GitHub description is 13 MB of
//! JSON). Everything else goes through `serde_yaml`, but into our own visitor instead
//! of `serde_yaml::Value`, for three reasons: YAML keys that are numbers, booleans or
//! null (`200:`, `yes:`, `~:`) must become strings as they would in JSON; duplicate
//! keys, which real documents contain, must not be fatal; and `<<` merge keys must be
//! applied, which `serde_yaml` leaves to its own `Value` type.

use std::fmt;

use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor,
};
use serde_json::{Map, Number, Value};

use super::{push_token, Notes};
use crate::error::Error;

/// Which syntax the text was parsed as; the line index needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Json,
    Yaml,
}

/// Parses `text` as JSON when it looks like JSON, otherwise (or when the JSON parser
/// rejects it) as YAML. Duplicate YAML keys are reported in `notes`.
pub(crate) fn parse(text: &str, origin: &str, notes: &mut Notes) -> Result<(Value, Format), Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let looks_like_json = matches!(text.trim_start().as_bytes().first(), Some(b'{' | b'['));
    if !looks_like_json {
        return parse_yaml(text, origin, notes).map(|v| (v, Format::Yaml));
    }
    let json_error = match serde_json::from_str::<Value>(text) {
        Ok(value) => return Ok((value, Format::Json)),
        Err(e) => e,
    };
    let json_syntax = || Error::Syntax {
        origin: origin.to_string(),
        line: Some(json_error.line()),
        message: json_message(&json_error),
    };
    // A file named `.json` is JSON; YAML's leniency would only turn its syntax
    // error into a confusing one further on.
    if origin.to_ascii_lowercase().ends_with(".json") {
        return Err(json_syntax());
    }
    // Some publishers ship "JSON" that is really flow-style YAML (comments, unquoted
    // keys, trailing commas). Try YAML before giving up, and when both fail report the
    // parser that got further, since that is most likely the intended syntax.
    let mut yaml_notes = Notes::default();
    match parse_yaml(text, origin, &mut yaml_notes) {
        Ok(value) => {
            notes.items.append(&mut yaml_notes.items);
            Ok((value, Format::Yaml))
        }
        Err(Error::Syntax {
            line: yaml_line,
            message,
            ..
        }) if yaml_line.unwrap_or(0) > json_error.line() => Err(Error::Syntax {
            origin: origin.to_string(),
            line: yaml_line,
            message,
        }),
        Err(_) => Err(json_syntax()),
    }
}

/// `serde_json` appends " at line L column C" to its messages; the line is reported
/// separately, so strip it.
fn json_message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

fn parse_yaml(text: &str, origin: &str, notes: &mut Notes) -> Result<Value, Error> {
    let syntax = |e: serde_yaml::Error| {
        let line = e.location().map(|l| l.line());
        let mut message = e.to_string();
        // Like serde_json, serde_yaml appends the position; keep only the reason.
        if let Some(at) = message.find(" at line ") {
            message.truncate(at);
        }
        Error::Syntax {
            origin: origin.to_string(),
            line,
            message,
        }
    };
    // A stream with several documents (`---` separators) is read up to its first
    // document; OpenAPI descriptions are single documents.
    let Some(first) = serde_yaml::Deserializer::from_str(text).next() else {
        return Ok(Value::Null);
    };
    let mut state = YamlState {
        pointer: String::new(),
        notes,
    };
    YamlSeed(&mut state).deserialize(first).map_err(syntax)
}

struct YamlState<'a> {
    pointer: String,
    notes: &'a mut Notes,
}

/// Deserializes one YAML node into a JSON value, tracking its pointer so that
/// duplicate keys can be reported with a location.
struct YamlSeed<'s, 'a>(&'s mut YamlState<'a>);

impl<'de> DeserializeSeed<'de> for YamlSeed<'_, '_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for YamlSeed<'_, '_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    // Integers beyond 64 bits only appear in examples and bounds; a float keeps
    // their magnitude, which is all the generator could use.
    fn visit_i128<E>(self, v: i128) -> Result<Value, E> {
        Ok(float(v as f64))
    }

    fn visit_u128<E>(self, v: u128) -> Result<Value, E> {
        Ok(float(v as f64))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(float(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let state = self.0;
        let mut items = Vec::new();
        loop {
            let len = state.pointer.len();
            push_index(&mut state.pointer, items.len());
            let item = seq.next_element_seed(YamlSeed(state));
            state.pointer.truncate(len);
            match item? {
                Some(v) => items.push(v),
                None => break,
            }
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Value, A::Error> {
        let state = self.0;
        let mut map = Map::new();
        // Keys that came from a `<<` merge may be overridden by explicit keys
        // without that being a duplicate.
        let mut merged: Vec<String> = Vec::new();
        while let Some(key) = access.next_key_seed(KeySeed)? {
            let len = state.pointer.len();
            push_token(&mut state.pointer, &key);
            let value = match access.next_value_seed(YamlSeed(state)) {
                Ok(value) => value,
                Err(e) => {
                    state.pointer.truncate(len);
                    return Err(e);
                }
            };
            if key == "<<" {
                merge_into(&mut map, &mut merged, value);
            } else {
                if let Some(at) = merged.iter().position(|k| *k == key) {
                    merged.swap_remove(at);
                } else if map.contains_key(&key) {
                    let message = format!("duplicate key `{key}`; the last value is used");
                    state.notes.warn(&state.pointer, message);
                }
                map.insert(key, value);
            }
            state.pointer.truncate(len);
        }
        Ok(Value::Object(map))
    }

    // A tagged node (`!!binary ...`, `!Custom ...`) arrives as an enum; the tag has
    // no meaning in OpenAPI, so keep the content.
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Value, A::Error> {
        let (_tag, variant): (de::IgnoredAny, _) = data.variant()?;
        variant.newtype_variant_seed(self)
    }
}

/// Applies a YAML merge key: entries of the merged mapping (or of each mapping in a
/// merged sequence, earlier ones first) are added unless the key already exists.
fn merge_into(map: &mut Map<String, Value>, merged: &mut Vec<String>, value: Value) {
    let sources = match value {
        Value::Array(items) => items,
        other => vec![other],
    };
    for source in sources {
        if let Value::Object(entries) = source {
            for (k, v) in entries {
                if !map.contains_key(&k) {
                    merged.push(k.clone());
                    map.insert(k, v);
                }
            }
        }
    }
}

fn float(v: f64) -> Value {
    // `.inf` and `.nan` have no JSON form; keep their YAML spelling as a string.
    Number::from_f64(v)
        .map(Value::Number)
        .unwrap_or_else(|| Value::String(v.to_string()))
}

fn push_index(pointer: &mut String, index: usize) {
    use std::fmt::Write;
    let _ = write!(pointer, "/{index}");
}

/// Reads a mapping key of any scalar kind as the string JSON would have.
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = String;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<String, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a mapping key")
    }

    fn visit_bool<E>(self, v: bool) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_i64<E>(self, v: i64) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_u64<E>(self, v: u64) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_i128<E>(self, v: i128) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_u128<E>(self, v: u128) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_f64<E>(self, v: f64) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_str<E>(self, v: &str) -> Result<String, E> {
        Ok(v.to_string())
    }

    fn visit_string<E>(self, v: String) -> Result<String, E> {
        Ok(v)
    }

    fn visit_unit<E>(self) -> Result<String, E> {
        Ok("null".to_string())
    }

    fn visit_none<E>(self) -> Result<String, E> {
        Ok("null".to_string())
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<String, A::Error> {
        let (_tag, variant): (de::IgnoredAny, _) = data.variant()?;
        variant.newtype_variant_seed(self)
    }

    // Complex keys (`? [a, b]`) never occur in OpenAPI; render them as compact JSON so
    // the document still loads.
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<String, A::Error> {
        let mut notes = Notes::default();
        let mut state = YamlState {
            pointer: String::new(),
            notes: &mut notes,
        };
        let value = YamlSeed(&mut state).visit_seq(seq)?;
        Ok(value.to_string())
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<String, A::Error> {
        let mut notes = Notes::default();
        let mut state = YamlState {
            pointer: String::new(),
            notes: &mut notes,
        };
        let value = YamlSeed(&mut state).visit_map(map)?;
        Ok(value.to_string())
    }
}
