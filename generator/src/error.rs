//! Errors and warnings of the generator library.
//!
//! Every problem that comes from the input document carries a [`Location`]: the
//! document's name, a JSON pointer into it and, where the loader could find it, the
//! line. Unsupported constructs are not errors: `lower` turns them into a working
//! fallback and records a [`Warning`] with the same kind of location.

use std::fmt;
use std::path::PathBuf;

/// Where in the input document something is.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    /// The document's name as the user gave it (usually its path).
    pub origin: String,
    /// RFC 6901 JSON pointer, e.g. `/components/schemas/Pet/properties/id`.
    pub pointer: String,
    /// 1-based line of the pointed-to node, when known.
    pub line: Option<usize>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(
                f,
                "{}:{} at {}",
                self.origin,
                line,
                crate::pointer::display(&self.pointer)
            ),
            None => write!(
                f,
                "{} at {}",
                self.origin,
                crate::pointer::display(&self.pointer)
            ),
        }
    }
}

/// A problem that did not stop generation: the generator used a fallback.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Warning {
    pub location: Location,
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "warning: {}: {}", self.location, self.message)
    }
}

/// Why generation failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input file could not be read, or the output could not be written.
    #[error("cannot access {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The text is neither valid JSON nor valid YAML.
    #[error("{origin}{}: not valid YAML or JSON: {message}", line_suffix(*.line))]
    Syntax {
        origin: String,
        line: Option<usize>,
        message: String,
    },
    /// The document parsed, but it is not an OpenAPI 3.x or Swagger 2.0 description.
    #[error("{origin}: not an OpenAPI document: {message}")]
    NotOpenApi { origin: String, message: String },
    /// A value in the document has the wrong shape (for example a string where an
    /// object is required).
    #[error("{location}: {message}")]
    Invalid { location: Location, message: String },
    /// A local `$ref` points at nothing.
    #[error("{location}: $ref `{reference}` points to nothing in the document")]
    DanglingRef {
        location: Location,
        reference: String,
    },
    /// The generator configuration file is invalid.
    #[error("invalid generator config {path}: {message}")]
    Config { path: PathBuf, message: String },
    /// The generator produced tokens that do not parse as Rust: a generator bug.
    #[error("internal error: generated {file} is not valid Rust ({message}); please report this")]
    Render { file: String, message: String },
    /// Several independent problems, reported together.
    #[error("{} problems:\n{}", .0.len(), list(.0))]
    Multiple(Vec<Error>),
}

fn line_suffix(line: Option<usize>) -> String {
    line.map(|l| format!(":{l}")).unwrap_or_default()
}

fn list(errors: &[Error]) -> String {
    errors
        .iter()
        .map(|e| format!("  - {e}"))
        .collect::<Vec<_>>()
        .join("\n")
}

impl Error {
    /// Folds a list of problems into one error; `None` when the list is empty.
    pub fn from_many(mut errors: Vec<Error>) -> Option<Error> {
        match errors.len() {
            0 => None,
            1 => errors.pop(),
            _ => Some(Error::Multiple(errors)),
        }
    }
}
