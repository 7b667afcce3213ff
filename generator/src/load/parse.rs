//! Text to `serde_json::Value`.
//!
//! JSON goes through `serde_json` (the fast path: the GitHub description is 13 MB of
//! JSON). Everything else goes through `serde_yaml`, but into our own visitor instead
//! of `serde_yaml::Value`, for three reasons: YAML keys that are numbers, booleans or
//! null (`200:`, `yes:`, `~:`) must become strings as they would in JSON; duplicate
//! keys, which real documents contain, must not be fatal; and `<<` merge keys must be
//! applied, which `serde_yaml` leaves to its own `Value` type.
//!
//! Our visitor also sees every node that an alias (`*name`) expands to, so it is where
//! alias bombs are stopped: see [`Budget`].

use std::fmt;

use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor,
};
use serde_json::{Map, Number, Value};

use super::notes::Notes;
use crate::error::Error;
use crate::pointer;

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
        // It also prefixes errors raised by our visitor with its own path to the
        // node; the budget's message has the JSON pointer instead.
        if let Some(at) = message.find(BUDGET_MESSAGE) {
            message.drain(..at);
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
    let mut budget = Budget::for_text(text.len());
    let mut state = YamlState {
        pointer: String::new(),
        notes,
        budget: &mut budget,
    };
    YamlSeed(&mut state).deserialize(first).map_err(syntax)
}

struct YamlState<'a> {
    pointer: String,
    notes: &'a mut Notes,
    budget: &'a mut Budget,
}

/// The expanded document may be at most this many times as large as its text...
const EXPANSION_FACTOR: usize = 4;

/// ...plus this much, so that small documents may use aliases freely.
const EXPANSION_ALLOWANCE: usize = 1 << 20;

/// What every node costs besides its text: written out, even the smallest node
/// takes a separator and an indicator or a newline.
const NODE_COST: usize = 2;

/// How the budget's error begins.
const BUDGET_MESSAGE: &str = "YAML aliases (`*name`) expand this document beyond";

/// How large the document may still grow while aliases are expanded.
///
/// `serde_yaml` limits how often aliases are followed (100 jumps per event), not
/// how much they expand to: an anchor on a 2 MB mapping aliased 200 times passes
/// that check and builds gigabytes of values. So every node our visitor builds is
/// charged its approximate size written out without aliases ([`NODE_COST`] plus the
/// length of its text), against a limit proportional to the input. Without aliases
/// a document costs about its own length (the densest YAML, such as
/// `[a: ,a: ,a: ]` or `{a, b, c}`, costs less than twice its length), so only aliases
/// can exhaust the budget; with them the parsed value can be at most a few times
/// larger than the largest alias-free document of the same size.
struct Budget {
    remaining: usize,
    limit: usize,
    text_len: usize,
}

impl Budget {
    fn for_text(text_len: usize) -> Budget {
        let limit = text_len
            .saturating_mul(EXPANSION_FACTOR)
            .saturating_add(EXPANSION_ALLOWANCE);
        Budget {
            remaining: limit,
            limit,
            text_len,
        }
    }

    /// Charges one node with `text_len` bytes of text; `pointer` says where, for the
    /// error.
    fn charge<E: de::Error>(&mut self, text_len: usize, pointer: &str) -> Result<(), E> {
        let cost = NODE_COST.saturating_add(text_len);
        match self.remaining.checked_sub(cost) {
            Some(rest) => {
                self.remaining = rest;
                Ok(())
            }
            None => {
                self.remaining = 0;
                Err(E::custom(self.exhausted(pointer)))
            }
        }
    }

    fn exhausted(&self, pointer: &str) -> String {
        // The pointer is made of the document's keys: keep the message short and
        // free of control characters whatever they contain.
        let shown: String = pointer.chars().take(120).collect();
        format!(
            "{BUDGET_MESSAGE} {} bytes at {:?}, the limit for {} bytes of text ({EXPANSION_FACTOR} times its size plus {} MiB, \
             against alias bombs); write shared parts once and refer to them with `$ref` \
             instead of repeating aliases",
            self.limit,
            if shown.is_empty() { "/" } else { &shown },
            self.text_len,
            EXPANSION_ALLOWANCE >> 20,
        )
    }
}

/// Deserializes one YAML node into a JSON value, tracking its pointer so that
/// duplicate keys can be reported with a location.
struct YamlSeed<'s, 'a>(&'s mut YamlState<'a>);

impl YamlSeed<'_, '_> {
    fn charge<E: de::Error>(&mut self, text_len: usize) -> Result<(), E> {
        self.0.budget.charge(text_len, &self.0.pointer)
    }
}

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

    fn visit_bool<E: de::Error>(mut self, v: bool) -> Result<Value, E> {
        self.charge(0)?;
        Ok(Value::Bool(v))
    }

    fn visit_i64<E: de::Error>(mut self, v: i64) -> Result<Value, E> {
        self.charge(0)?;
        Ok(Value::from(v))
    }

    fn visit_u64<E: de::Error>(mut self, v: u64) -> Result<Value, E> {
        self.charge(0)?;
        Ok(Value::from(v))
    }

    // Integers beyond 64 bits only appear in examples and bounds; a float keeps
    // their magnitude, which is all the generator could use.
    fn visit_i128<E: de::Error>(mut self, v: i128) -> Result<Value, E> {
        self.charge(0)?;
        Ok(float(v as f64))
    }

    fn visit_u128<E: de::Error>(mut self, v: u128) -> Result<Value, E> {
        self.charge(0)?;
        Ok(float(v as f64))
    }

    fn visit_f64<E: de::Error>(mut self, v: f64) -> Result<Value, E> {
        self.charge(0)?;
        Ok(float(v))
    }

    fn visit_str<E: de::Error>(mut self, v: &str) -> Result<Value, E> {
        self.charge(v.len())?;
        Ok(Value::String(v.to_string()))
    }

    fn visit_string<E: de::Error>(mut self, v: String) -> Result<Value, E> {
        self.charge(v.len())?;
        Ok(Value::String(v))
    }

    fn visit_unit<E: de::Error>(mut self) -> Result<Value, E> {
        self.charge(0)?;
        Ok(Value::Null)
    }

    fn visit_none<E: de::Error>(mut self) -> Result<Value, E> {
        self.charge(0)?;
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
        state.budget.charge(0, &state.pointer)?;
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
        state.budget.charge(0, &state.pointer)?;
        let mut map = Map::new();
        // Keys that came from a `<<` merge may be overridden by explicit keys
        // without that being a duplicate.
        let mut merged: Vec<String> = Vec::new();
        while let Some(key) = access.next_key_seed(KeySeed(state.budget))? {
            let len = state.pointer.len();
            pointer::push(&mut state.pointer, &key);
            if let Err(e) = state.budget.charge(key.len(), &state.pointer) {
                state.pointer.truncate(len);
                return Err(e);
            }
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

/// Reads a mapping key of any scalar kind as the string JSON would have. Complex keys
/// are charged to the document's budget like any other nodes.
struct KeySeed<'b>(&'b mut Budget);

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = String;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<String, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'_> {
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

    // `Display` writes every digit (`1e300` becomes 301 characters), which would
    // let a short document build long keys; such keys take the exponent form.
    fn visit_f64<E>(self, v: f64) -> Result<String, E> {
        let plain = v.to_string();
        Ok(if plain.len() > 24 {
            format!("{v:e}")
        } else {
            plain
        })
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
            budget: self.0,
        };
        let value = YamlSeed(&mut state).visit_seq(seq)?;
        Ok(value.to_string())
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<String, A::Error> {
        let mut notes = Notes::default();
        let mut state = YamlState {
            pointer: String::new(),
            notes: &mut notes,
            budget: self.0,
        };
        let value = YamlSeed(&mut state).visit_map(map)?;
        Ok(value.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The value of `text`, which must parse, and what the budget charged for it.
    fn parse_counting(text: &str) -> (Value, usize) {
        let mut notes = Notes::default();
        let mut budget = Budget::for_text(text.len());
        let first = serde_yaml::Deserializer::from_str(text)
            .next()
            .expect("a document");
        let mut state = YamlState {
            pointer: String::new(),
            notes: &mut notes,
            budget: &mut budget,
        };
        let value = YamlSeed(&mut state)
            .deserialize(first)
            .expect("test documents are valid YAML within the budget");
        (value, budget.limit - budget.remaining)
    }

    /// The claim behind the limit: without aliases even the densest YAML costs at
    /// most twice its length (1.75 times for `[a: ,a: ,...]`), well under the factor
    /// of 4, so only aliases can exhaust the budget.
    #[test]
    fn documents_without_aliases_cost_at_most_twice_their_length() {
        let hex_keys: Vec<String> = (0..5_000).map(|k| format!("k{k:x}")).collect();
        let block_keys: String = (0..5_000).map(|k| format!("{k:x}:\n")).collect();
        let float_keys: String = (0..5_000)
            .map(|k| format!("{k}e300:\n{k}e-300:\n"))
            .collect();
        let shapes = [
            format!("[{}~]", "~,".repeat(5_000)),
            format!("[{}[]]", "[],".repeat(5_000)),
            format!("[{}{{}}]", "{},".repeat(5_000)),
            format!("{{{}}}", hex_keys.join(",")),
            format!("[{}~]", "a: ,".repeat(5_000)),
            format!("[{}~]", "{a},".repeat(5_000)),
            format!("[{}1]", "a: 1,".repeat(5_000)),
            "-\n".repeat(5_000),
            "- -\n".repeat(5_000),
            block_keys,
            format!("[{}\"\"]", "\"\\L\\P\",".repeat(5_000)),
            format!("[{}1]", "1e300,".repeat(5_000)),
            float_keys,
        ];
        for shape in &shapes {
            let ratio = parse_counting(shape).1 as f64 / shape.len() as f64;
            assert!(
                ratio <= 2.0,
                "{:.40}... costs {ratio:.2} times its length",
                shape
            );
        }
    }

    #[test]
    fn long_float_keys_take_the_exponent_form() {
        let (value, _) = parse_counting("{1e300: a, 1.5: b, 100000.0: c, 1e-300: d}");
        let keys: Vec<&String> = value.as_object().expect("a mapping").keys().collect();
        assert_eq!(keys, ["1e300", "1.5", "100000", "1e-300"]);
    }

    #[test]
    fn the_limit_is_four_times_the_text_plus_one_mebibyte() {
        let budget = Budget::for_text(1_000_000);
        assert_eq!(budget.limit, 4_000_000 + 1_048_576);
        assert_eq!(Budget::for_text(usize::MAX).limit, usize::MAX);
    }
}
