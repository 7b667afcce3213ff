//! Coercions shared by the fix-ups: a value of the wrong kind where the model wants a
//! string, boolean, number, count, mapping or list becomes what the author evidently
//! meant, or is removed, with a warning either way.

use serde_json::{Map, Number, Value};

use crate::load::notes::{kind_of, Notes};
use crate::pointer;

/// Text for a scalar that should have been a string (`version: 1.0` in YAML).
pub(super) fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

// ----- shape coercions shared by every object kind -----

/// Booleans written as strings (`nullable: "true"`, `required: "false"`), which YAML
/// authors produce by quoting everything. Other non-booleans are removed.
pub(crate) fn coerce_bool(
    map: &mut Map<String, Value>,
    key: &str,
    pointer: &str,
    notes: &mut Notes,
) {
    let fixed = match map.get(key) {
        None | Some(Value::Bool(_)) => return,
        Some(Value::String(s)) if s.eq_ignore_ascii_case("true") => Some(true),
        Some(Value::String(s)) if s.eq_ignore_ascii_case("false") => Some(false),
        Some(Value::Number(n)) if n.as_u64() == Some(1) => Some(true),
        Some(Value::Number(n)) if n.as_u64() == Some(0) => Some(false),
        Some(Value::Null) => {
            map.shift_remove(key);
            return;
        }
        Some(_) => None,
    };
    let p = pointer::join(pointer, key);
    match fixed {
        Some(b) => {
            map.insert(key.into(), Value::Bool(b));
            notes.warn(&p, format!("`{key}` should be a boolean; read as {b}"));
        }
        None => {
            map.shift_remove(key);
            notes.warn(&p, format!("`{key}` should be a boolean; ignored"));
        }
    }
}

/// Strings given as numbers or booleans (`operationId: 12`, `description: 3`);
/// `null` is treated as absent. Lists and mappings are removed.
pub(crate) fn coerce_string(
    map: &mut Map<String, Value>,
    key: &str,
    pointer: &str,
    notes: &mut Notes,
) {
    match map.get(key) {
        None | Some(Value::String(_)) => {}
        Some(Value::Null) => {
            map.shift_remove(key);
        }
        Some(other) => {
            let p = pointer::join(pointer, key);
            match scalar_text(other) {
                Some(text) => {
                    map.insert(key.into(), Value::String(text));
                }
                None => {
                    notes.warn(
                        &p,
                        format!(
                            "`{key}` should be a string, found {}; ignored",
                            kind_of(other)
                        ),
                    );
                    map.shift_remove(key);
                }
            }
        }
    }
}

/// Counts (`minLength`, `maxItems`, ...) given as strings, floats like `1.0`, or
/// negative numbers; the model needs non-negative integers.
pub(crate) fn coerce_count(
    map: &mut Map<String, Value>,
    key: &str,
    pointer: &str,
    notes: &mut Notes,
) {
    let fixed = match map.get(key) {
        None => return,
        Some(Value::Number(n)) if n.is_u64() => return,
        Some(Value::Number(n)) => n
            .as_f64()
            .filter(|f| f.fract() == 0.0 && *f >= 0.0 && *f < 1e15)
            .map(|f| f as u64),
        Some(Value::String(s)) => s.trim().parse::<u64>().ok(),
        Some(_) => None,
    };
    let p = pointer::join(pointer, key);
    match fixed {
        Some(n) => {
            map.insert(key.into(), Value::from(n));
            notes.warn(
                &p,
                format!("`{key}` should be a non-negative integer; read as {n}"),
            );
        }
        None => {
            map.shift_remove(key);
            notes.warn(
                &p,
                format!("`{key}` should be a non-negative integer; ignored"),
            );
        }
    }
}

/// Numbers given as strings (`minimum: "0"`).
pub(crate) fn coerce_number(
    map: &mut Map<String, Value>,
    key: &str,
    pointer: &str,
    notes: &mut Notes,
) {
    let fixed = match map.get(key) {
        None | Some(Value::Number(_)) => return,
        Some(Value::String(s)) => {
            let s = s.trim();
            s.parse::<i64>()
                .ok()
                .map(Number::from)
                .or_else(|| s.parse::<f64>().ok().and_then(Number::from_f64))
        }
        Some(_) => None,
    };
    let p = pointer::join(pointer, key);
    match fixed {
        Some(n) => {
            notes.warn(&p, format!("`{key}` should be a number; read as {n}"));
            map.insert(key.into(), Value::Number(n));
        }
        None => {
            map.shift_remove(key);
            notes.warn(&p, format!("`{key}` should be a number; ignored"));
        }
    }
}

/// Mappings given as `null` (`headers:` with nothing after it in YAML) or as the
/// wrong kind; removed so that the model's default (empty) applies.
pub(crate) fn coerce_mapping(
    map: &mut Map<String, Value>,
    key: &str,
    pointer: &str,
    notes: &mut Notes,
) {
    match map.get(key) {
        None | Some(Value::Object(_)) => {}
        Some(Value::Null) => {
            map.shift_remove(key);
        }
        Some(other) => {
            notes.warn(
                &pointer::join(pointer, key),
                format!(
                    "`{key}` should be a mapping, found {}; ignored",
                    kind_of(other)
                ),
            );
            map.shift_remove(key);
        }
    }
}

/// Lists given as `null`, or as a single item where a list is expected.
pub(crate) fn coerce_list(
    map: &mut Map<String, Value>,
    key: &str,
    pointer: &str,
    notes: &mut Notes,
) {
    match map.get_mut(key) {
        None | Some(Value::Array(_)) => {}
        Some(Value::Null) => {
            map.shift_remove(key);
        }
        Some(single) => {
            let item = single.take();
            notes.warn(
                &pointer::join(pointer, key),
                format!("`{key}` should be a list; read as a list of one"),
            );
            map.insert(key.into(), Value::Array(vec![item]));
        }
    }
}

/// Entries of a component or `content` mapping that are `null` (a key with no body
/// in YAML); removed.
pub(crate) fn drop_null_entries(
    map: &mut Map<String, Value>,
    key: &str,
    pointer: &str,
    notes: &mut Notes,
) {
    let Some(Value::Object(entries)) = map.get_mut(key) else {
        return;
    };
    let nulls: Vec<String> = entries
        .iter()
        .filter(|(_, v)| v.is_null())
        .map(|(k, _)| k.clone())
        .collect();
    for name in nulls {
        entries.shift_remove(&name);
        notes.warn(
            &pointer::join(&pointer::join(pointer, key), &name),
            "empty entry; ignored",
        );
    }
}
