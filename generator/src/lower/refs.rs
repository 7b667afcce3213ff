//! The resolvers for `$ref`s: [`component_schema`] for schemas, and one for component
//! parameters, request bodies and responses.
//!
//! A schema ref, for typing, is just a type name (every component schema is a named
//! type, see `Lowerer::schema_ref`); [`component_schema`] follows one only where a
//! decision depends on the shape behind it. The three other sections hold items that are inlined where they are used, so their refs must be
//! followed to an item. Chains (a ref to a component that is itself a ref) are
//! followed; a chain that comes back to a ref it already passed is a cycle and has no
//! item at the end, and a chain longer than [`MAX_REF_HOPS`] is not followed, so a
//! hostile document cannot make each use cost an unbounded walk. Neither case fails
//! the run and neither is dropped silently: the use site gets a warning that names
//! the fallback its caller applies.

use super::Lowerer;
use crate::pointer;
use indexmap::IndexMap;
use openapiv3::{Components, OpenAPI, ReferenceOr, Schema};

/// The longest `$ref` chain that is followed. Real documents use one or two hops; 64
/// is far beyond that while keeping a document with many uses of one long chain cheap.
pub(super) const MAX_REF_HOPS: usize = 64;

/// The component schema a `$ref` names, with its name, following chains of refs (at
/// most [`MAX_REF_HOPS`]); `None` when the chain leaves the document's component
/// schemas, dangles, loops or is too long. This is the one schema resolver: `lower`
/// asks it when a decision depends on the shape behind a ref (nullable, object-ness,
/// a property's format), and the samples and fit checks ask it for the schema a value
/// must match. Callers that report a dangling ref do so themselves.
pub(crate) fn component_schema<'s>(
    spec: &'s OpenAPI,
    reference: &str,
) -> Option<(&'s Schema, String)> {
    let schemas = &spec.components.as_ref()?.schemas;
    let mut name = pointer::component(reference, "schemas")?;
    for _ in 0..MAX_REF_HOPS {
        match schemas.get(&name)? {
            ReferenceOr::Item(schema) => return Some((schema, name)),
            ReferenceOr::Reference { reference } => {
                name = pointer::component(reference, "schemas")?
            }
        }
    }
    None
}

/// One section of `components` that refs can point into, with the words used in
/// warnings: what the item is, and what the caller does when it cannot be resolved.
#[derive(Debug)]
pub(super) struct RefKind {
    pub(super) prefix: &'static str,
    pub(super) what: &'static str,
    pub(super) fallback: &'static str,
}

/// An unresolvable parameter has no name and no location, so there is nothing to send.
/// When it was meant to fill a `{name}` of the path template, the template's own
/// fallback (an undeclared path parameter becomes a string argument) still applies.
pub(super) const PARAMETER: RefKind = RefKind {
    prefix: "#/components/parameters/",
    what: "parameter",
    fallback: "the parameter is skipped",
};

/// An unresolvable body's media type and schema are unknown; an optional JSON value
/// lets callers send whatever the server wants, or nothing.
pub(super) const REQUEST_BODY: RefKind = RefKind {
    prefix: "#/components/requestBodies/",
    what: "request body",
    fallback: "the body is an optional serde_json::Value sent as JSON",
};

/// An unresolvable response may be empty or not JSON at all; raw bytes decode from any
/// body, so the call still succeeds and callers can read what came back.
pub(super) const RESPONSE: RefKind = RefKind {
    prefix: "#/components/responses/",
    what: "response",
    fallback: "the response is returned as raw bytes",
};

/// The item a parameter, request body or response `$ref` names, following chains (at
/// most [`MAX_REF_HOPS`]), without a word: `None` when it leads nowhere. For decisions
/// that only look at the item (which parameters an operation declares, which media
/// types a response offers); where the item is lowered, `resolve_component` reports
/// what it cannot follow.
pub(crate) fn look_up<'s, T>(
    spec: &'s OpenAPI,
    item: &'s ReferenceOr<T>,
    section: fn(&'s Components) -> &'s IndexMap<String, ReferenceOr<T>>,
    kind: &RefKind,
) -> Option<&'s T> {
    let mut current = item;
    for _ in 0..=MAX_REF_HOPS {
        match current {
            ReferenceOr::Item(item) => return Some(item),
            ReferenceOr::Reference { reference } => {
                let name = reference.strip_prefix(kind.prefix)?;
                current = section(spec.components.as_ref()?).get(&pointer::ref_token(name))?;
            }
        }
    }
    None
}

impl<'a> Lowerer<'a> {
    /// Follows `$ref`s (chains included) into one section of `components` to the item
    /// they name. `None` means the caller must use its fallback: a warning naming it
    /// (or, for a local ref that points at nothing, an error) has been recorded.
    pub(super) fn resolve_component<T>(
        &mut self,
        item: &'a ReferenceOr<T>,
        section: fn(&'a Components) -> &'a IndexMap<String, ReferenceOr<T>>,
        kind: &RefKind,
        pointer: &str,
    ) -> Option<&'a T> {
        let spec = self.spec;
        let mut seen: Vec<&'a str> = Vec::new();
        let mut current = item;
        loop {
            let reference = match current {
                ReferenceOr::Item(item) => return Some(item),
                ReferenceOr::Reference { reference } => reference.as_str(),
            };
            let first = seen.first().copied().unwrap_or(reference);
            if let Some(start) = seen.iter().position(|r| *r == reference) {
                let cycle: Vec<&str> = seen[start..]
                    .iter()
                    .chain(std::iter::once(&reference))
                    .map(|r| r.strip_prefix(kind.prefix).unwrap_or(r))
                    .collect();
                let message = format!(
                    "{} $ref `{first}` leads into a $ref cycle ({}); {}",
                    kind.what,
                    cycle.join(" -> "),
                    kind.fallback
                );
                self.warn(pointer, message);
                return None;
            }
            if seen.len() == MAX_REF_HOPS {
                let message = format!(
                    "{} $ref `{first}` starts a chain of more than {MAX_REF_HOPS} $refs; {}",
                    kind.what, kind.fallback
                );
                self.warn(pointer, message);
                return None;
            }
            seen.push(reference);
            let found = reference
                .strip_prefix(kind.prefix)
                .and_then(|name| section(spec.components.as_ref()?).get(&pointer::ref_token(name)));
            match found {
                Some(next) => current = next,
                None => {
                    self.unresolved(reference, pointer, kind);
                    return None;
                }
            }
        }
    }

    /// A ref that leads nowhere: an error when it is local (the document is broken),
    /// otherwise a warning, since other files and deep refs are not supported.
    fn unresolved(&mut self, reference: &str, pointer: &str, kind: &RefKind) {
        if reference.starts_with("#/components/") {
            self.errors.push(crate::error::Error::DanglingRef {
                location: self.doc.location(pointer),
                reference: reference.to_string(),
            });
        } else {
            let message = format!(
                "{} $ref `{reference}` is not supported; {}",
                kind.what, kind.fallback
            );
            self.warn(pointer, message);
        }
    }
}
