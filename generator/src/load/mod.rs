//! Reading input documents: the only stage that does input IO.
//!
//! `load` turns any OpenAPI 3.0.x, 3.1.x or Swagger 2.0 document, in YAML or JSON,
//! into the `openapiv3` crate's 3.0 model, so `lower` only ever sees one model:
//!
//! 1. `parse`: text to `serde_json::Value` (JSON fast path, YAML otherwise).
//! 2. `version`: decide what the document claims to be.
//! 3. `swagger2` converts a 2.0 document to the 3.0 shape, or `openapi31`
//!    rewrites the 3.1-only parts of the document root (after `openapi32` has read
//!    and rewritten what 3.2 added).
//!    `refs` then gives schemas referenced from inside other schemas a component
//!    of their own.
//! 4. `walk` visits every parameter, response, media type and schema once, and
//!    `normalise` applies the 3.1 schema rules (`openapi31`) and the real-world
//!    fix-ups (`sloppy`: document, operations, schema) on the way, collecting
//!    the structural problems no fix-up can repair.
//! 5. `serde_path_to_error` deserializes the value into `openapiv3::OpenAPI`, and
//!    the operations the 3.0 model has no field for (3.2's `query` and
//!    `additionalOperations`) into [`Additions`].
//!
//! Every rewrite that loses or reinterprets information leaves a [`Warning`] with the
//! location of the original construct. `lines` maps pointers to line numbers lazily.
//!
//! This file is the driver only: it runs the steps in order and turns what they
//! collected into a [`Document`] or an error. What the steps share lives beside them:
//! `notes` (warnings at pointers), `origins` (where converted nodes came from) and
//! `keywords`; JSON pointers are built and read by `crate::pointer`. No step
//! imports from this file, so the modules form no cycle.

use std::fmt;
use std::path::Path;
use std::sync::OnceLock;

use serde_json::Value;

use crate::error::{Error, Location, Warning};

mod keywords;
mod lines;
mod normalise;
mod notes;
mod openapi31;
mod openapi32;
mod origins;
mod parse;
mod refs;
mod sloppy;
mod swagger2;
mod version;
mod walk;
mod webhooks;

use lines::LineIndex;
use notes::Notes;
pub use openapi32::{Additions, DeviceFlow, ExtraOperation, SchemeAdditions, QUERYSTRING_MARK};
use origins::PointerMap;
use parse::Format;
pub(crate) use swagger2::ASSUMED_MEDIA_TYPE;
pub use version::InputVersion;
pub use webhooks::Webhook;

/// A loaded document in the 3.0 model, with what is needed to point back into the
/// original text.
pub struct Document {
    /// The normalised description.
    pub openapi: openapiv3::OpenAPI,
    /// Name used in messages (the path as given).
    pub origin: String,
    /// What the input claimed to be.
    pub version: InputVersion,
    /// What normalisation dropped or rewrote, with the location in the input.
    pub warnings: Vec<Warning>,
    /// The webhooks (3.1 `webhooks`, or the `x-webhooks` extension), which the 3.0
    /// model has no field for.
    pub webhooks: Vec<Webhook>,
    /// What the document says that the 3.0 model cannot hold (OpenAPI 3.2).
    pub additions: Additions,
    text: String,
    format: Format,
    /// Built on the first line lookup; `None` inside when the text cannot be scanned.
    index: OnceLock<Option<LineIndex>>,
    origins: PointerMap,
}

impl fmt::Debug for Document {
    // The text and the line index are large and say nothing useful in a debug dump.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Document")
            .field("origin", &self.origin)
            .field("version", &self.version)
            .field("warnings", &self.warnings)
            .field("openapi", &self.openapi)
            .finish_non_exhaustive()
    }
}

impl Document {
    /// Location (origin, pointer, line when found) of a JSON pointer into the
    /// *normalised* document.
    ///
    /// For Swagger 2.0 input the pointer is mapped back to the original document
    /// where the conversion recorded how (e.g. `/components/schemas/X` becomes
    /// `/definitions/X`), and the returned location carries that original pointer.
    /// When the node itself is not in the text (it was synthesised by
    /// normalisation), the line is that of its nearest ancestor that is, unless only
    /// the document root matched.
    pub fn location(&self, pointer: &str) -> Location {
        let original = self.origins.map_back(pointer);
        self.source_location(&original)
    }

    /// Location of a pointer into the original document, without mapping.
    fn source_location(&self, pointer: &str) -> Location {
        let index = self
            .index
            .get_or_init(|| LineIndex::build(&self.text, self.format));
        let line = index
            .as_ref()
            .and_then(|index| index.lookup(pointer))
            .filter(|found| found.exact || found.depth > 0)
            .map(|found| found.line);
        Location {
            origin: self.origin.clone(),
            pointer: pointer.to_string(),
            line,
        }
    }
}

/// Reads and loads the file at `path`; the origin in messages is the path as given.
pub fn load_path(path: &Path) -> Result<Document, Error> {
    let bytes = std::fs::read(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let origin = path.display().to_string();
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            // Latin-1 and friends appear in a few published descriptions; decode
            // lossily rather than refuse, and say so.
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let mut doc = load_string(text, origin)?;
            let location = doc.source_location("");
            doc.warnings.insert(
                0,
                Warning {
                    location,
                    message: "the file is not valid UTF-8; invalid bytes were replaced".into(),
                },
            );
            return Ok(doc);
        }
    };
    load_string(text, origin)
}

/// Loads a document from text; `origin` names it in messages.
pub fn load_str(text: &str, origin: &str) -> Result<Document, Error> {
    load_string(text.to_string(), origin.to_string())
}

fn load_string(text: String, origin: String) -> Result<Document, Error> {
    let mut notes = Notes::default();
    let (mut value, format) = parse::parse(&text, &origin, &mut notes)?;
    let (version, version_note) = version::detect(&value, &origin)?;
    if let Some(message) = version_note {
        notes.warn_source("/openapi", message);
    }
    let mut origins = PointerMap::default();
    let mut additions = Additions::default();
    match version {
        InputVersion::Swagger2 => value = swagger2::convert(value, &mut notes, &mut origins),
        InputVersion::OpenApi31 => openapi31::normalise_root(&mut value, &mut notes),
        InputVersion::OpenApi32 => {
            additions = openapi32::normalise_root(&mut value, &mut notes);
            openapi31::normalise_root(&mut value, &mut notes);
        }
        InputVersion::OpenApi30 => {}
    }
    refs::hoist_nested_targets(&mut value, &text, &mut notes, &mut origins);
    let mut problems = normalise::run(&mut value, version, &mut notes);
    let taken = openapi32::take_operations(&mut value, &mut notes);
    let webhooks = webhooks::take(&mut value, &mut problems, &mut notes);

    let mut doc = Document {
        openapi: openapiv3::OpenAPI::default(),
        origin,
        version,
        warnings: Vec::new(),
        webhooks,
        additions: Additions::default(),
        text,
        format,
        index: OnceLock::new(),
        origins,
    };
    for op in taken {
        match deserialize::<openapiv3::Operation>(op.value) {
            Ok(operation) => additions.operations.push(ExtraOperation {
                path: op.path,
                method: op.method,
                pointer: op.pointer,
                operation,
            }),
            Err((inner, message)) => problems.push((format!("{}{inner}", op.pointer), message)),
        }
    }
    doc.additions = additions;
    let problems: Vec<Error> = problems
        .into_iter()
        .map(|(pointer, message)| Error::Invalid {
            location: doc.location(&pointer),
            message,
        })
        .collect();
    if let Some(error) = Error::from_many(problems) {
        return Err(error);
    }
    match deserialize(value) {
        Ok(openapi) => doc.openapi = openapi,
        Err((pointer, message)) => {
            return Err(Error::Invalid {
                location: doc.location(&pointer),
                message,
            });
        }
    }
    doc.warnings = notes
        .items
        .into_iter()
        .map(|note| Warning {
            location: if note.in_source {
                doc.source_location(&note.pointer)
            } else {
                doc.location(&note.pointer)
            },
            message: note.message,
        })
        .collect();
    Ok(doc)
}

/// Deserializes the normalised value; on failure returns the JSON pointer of the
/// offending node (as far as serde can tell through untagged enums) and the reason.
fn deserialize<T: serde::de::DeserializeOwned>(value: Value) -> Result<T, (String, String)> {
    // `openapiv3` contains `expect`s on paths that its own checks should make
    // unreachable; a bug there must become an error for this document, not a crash.
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        serde_path_to_error::deserialize::<_, T>(value)
    }));
    match result {
        Ok(Ok(openapi)) => Ok(openapi),
        Ok(Err(e)) => {
            let mut pointer = String::new();
            for segment in e.path().iter() {
                match segment {
                    serde_path_to_error::Segment::Seq { index } => {
                        pointer.push('/');
                        pointer.push_str(&index.to_string());
                    }
                    serde_path_to_error::Segment::Map { key } => {
                        crate::pointer::push(&mut pointer, key)
                    }
                    serde_path_to_error::Segment::Enum { .. }
                    | serde_path_to_error::Segment::Unknown => {}
                }
            }
            Err((pointer, e.into_inner().to_string()))
        }
        Err(_) => Err((
            String::new(),
            "the document could not be read into the OpenAPI model".into(),
        )),
    }
}
