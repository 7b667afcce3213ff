//! What `load` collects on the way: warnings at pointers, resolved to locations
//! (with lines) only once the whole document is read.

use serde_json::Value;

/// Warnings collected while normalising, resolved to locations at the end.
#[derive(Debug, Default)]
pub(crate) struct Notes {
    pub(crate) items: Vec<Note>,
}

#[derive(Debug)]
pub(crate) struct Note {
    pub(crate) pointer: String,
    /// True when `pointer` is into the original document, false when it is into the
    /// normalised one (the two differ only for Swagger 2.0 input).
    pub(crate) in_source: bool,
    pub(crate) message: String,
}

impl Notes {
    /// A warning about the node at `pointer` in the normalised document.
    pub(crate) fn warn(&mut self, pointer: &str, message: impl Into<String>) {
        self.items.push(Note {
            pointer: pointer.to_string(),
            in_source: false,
            message: message.into(),
        });
    }

    /// A warning about the node at `pointer` in the original document.
    pub(crate) fn warn_source(&mut self, pointer: &str, message: impl Into<String>) {
        self.items.push(Note {
            pointer: pointer.to_string(),
            in_source: true,
            message: message.into(),
        });
    }
}

/// A short name for a JSON value's kind, for messages.
pub(crate) fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a mapping",
    }
}
