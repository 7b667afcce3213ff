//! Webhooks: requests the API sends to its users, described by OpenAPI 3.1's root
//! `webhooks` map or, in 3.0 documents such as GitHub's, the `x-webhooks` extension.
//!
//! The 3.0 model has no place for them, so they travel next to it: they stay in the
//! document through normalisation (the walk visits them like `paths`, so the 3.1
//! rules and the fix-ups apply to their schemas), and [`take`] then moves them out
//! of the root and reads each into an `openapiv3::PathItem`. A webhook that cannot be
//! read is skipped with a warning rather than failing the document: a client works
//! without it.

use serde_json::Value;

use super::notes::Notes;
use crate::pointer;

/// Root keys that hold webhooks, in the order they are read.
pub(crate) const KEYS: [&str; 2] = ["webhooks", "x-webhooks"];

/// One webhook of the document.
#[derive(Debug, Clone)]
pub struct Webhook {
    /// Its name, the key in the `webhooks` map.
    pub name: String,
    /// JSON pointer of its path item, e.g. `/webhooks/newPet`.
    pub pointer: String,
    /// Its operations; the request bodies are the payloads.
    pub item: openapiv3::PathItem,
}

/// Removes the webhook maps from the normalised root and reads every webhook.
/// `problems` are the normalisation's structural problems: those inside a webhook
/// skip that webhook with a warning instead of failing the document.
pub(crate) fn take(
    doc: &mut Value,
    problems: &mut Vec<(String, String)>,
    notes: &mut Notes,
) -> Vec<Webhook> {
    let Value::Object(root) = doc else {
        return Vec::new();
    };
    let mut webhooks = Vec::new();
    for key in KEYS {
        let Some(map) = root.shift_remove(key) else {
            continue;
        };
        let Value::Object(map) = map else {
            notes.warn(
                &pointer::of(&[key]),
                "webhooks should be a mapping; ignored",
            );
            continue;
        };
        for (name, item) in map {
            if name.starts_with("x-") {
                continue;
            }
            let pointer = pointer::of(&[key, &name]);
            let inside = |p: &str| p == pointer || p.starts_with(&format!("{pointer}/"));
            if let Some((_, message)) = problems.iter().find(|(p, _)| inside(p)) {
                notes.warn(&pointer, format!("webhook `{name}` is skipped: {message}"));
                problems.retain(|(p, _)| !inside(p));
                continue;
            }
            if item.get("$ref").is_some() {
                notes.warn(
                    &pointer,
                    format!("webhook `{name}` is a $ref that does not name a path item; skipped"),
                );
                continue;
            }
            match read(item) {
                Ok(item) => webhooks.push(Webhook {
                    name,
                    pointer,
                    item,
                }),
                Err(message) => notes.warn(
                    &pointer,
                    format!("webhook `{name}` cannot be read ({message}); skipped"),
                ),
            }
        }
    }
    webhooks
}

/// Reads one path item. `openapiv3` contains `expect`s that its own checks should
/// make unreachable; a bug there must skip this webhook, not crash.
fn read(item: Value) -> Result<openapiv3::PathItem, String> {
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        serde_path_to_error::deserialize::<_, openapiv3::PathItem>(item)
    }));
    match result {
        Ok(Ok(item)) => Ok(item),
        Ok(Err(e)) => {
            let path = e.path().to_string();
            Err(format!("at `{path}`: {}", e.into_inner()))
        }
        Err(_) => Err(String::from(
            "the path item could not be read into the OpenAPI model",
        )),
    }
}
