//! The document's examples paired with the generated types they must round-trip
//! through: component schemas and their properties, parameters, JSON request bodies
//! and JSON success responses. Examples whose type is not known here (inside inline
//! schemas, error responses) are not checked.

use super::fit::breaks_format;
use super::media::{pick_media, pick_response_media, MediaKind};
use super::samples::example_value;
use super::Lowerer;
use crate::ir::{
    BodyMedia, Decode, ExampleCheck, Operation, ResponseShape, TypeDef, TypeKind, TypeRef,
};
use crate::pointer::escape as esc;
use openapiv3::{MediaType, Parameter, ReferenceOr, Response, SchemaKind, StatusCode, Type};
use serde_json::Value;

impl<'a> Lowerer<'a> {
    /// Every example with a known type, in document order.
    pub(super) fn example_checks(
        &self,
        types: &[TypeDef],
        operations: &[Operation],
    ) -> Vec<ExampleCheck> {
        let mut checks = Vec::new();
        self.component_examples(types, &mut checks);
        let spec = self.spec;
        for (path, item) in &spec.paths.paths {
            let ReferenceOr::Item(item) = item else {
                continue;
            };
            for (method, op) in item.iter() {
                let Some(ir) = operations
                    .iter()
                    .find(|o| o.path == *path && method.eq_ignore_ascii_case(o.method.as_str()))
                else {
                    continue;
                };
                let pointer = format!("/paths/{}/{method}", esc(path));
                self.parameter_examples(
                    ir,
                    &item.parameters,
                    &format!("/paths/{}", esc(path)),
                    &mut checks,
                );
                self.parameter_examples(ir, &op.parameters, &pointer, &mut checks);
                if let (Some(body), Some(ReferenceOr::Item(doc_body))) =
                    (&ir.body, &op.request_body)
                {
                    if let (BodyMedia::Json, Some((name, media, MediaKind::Json))) =
                        (&body.media, pick_media(&doc_body.content))
                    {
                        let at = format!("{pointer}/requestBody/content/{}", esc(name));
                        self.media_examples(media, &at, &body.ty, &mut checks);
                    }
                }
                self.response_examples(
                    ir,
                    &op.responses.responses,
                    op.responses.default.as_ref(),
                    &pointer,
                    &mut checks,
                );
            }
        }
        // An example that breaks the format its type is derived from (a UUID that is
        // not one) cannot decode: the document contradicts itself, which the report
        // must tell from our bugs.
        // An example in a shared component (a response many operations use) is
        // checked once.
        let mut seen = std::collections::BTreeSet::new();
        checks.retain(|check| seen.insert(check.pointer.clone()));
        for check in &mut checks {
            check.caveat = format_violation(types, &check.ty, &check.value, "", 0)
                .map(|violation| format!("spec: the example breaks its format: {violation}"));
        }
        checks
    }

    fn component_examples(&self, types: &[TypeDef], checks: &mut Vec<ExampleCheck>) {
        let Some(components) = &self.spec.components else {
            return;
        };
        for (name, schema) in &components.schemas {
            let (Some(id), ReferenceOr::Item(schema)) = (
                self.component_id(&format!("#/components/schemas/{}", esc(name))),
                schema,
            ) else {
                continue;
            };
            let pointer = format!("/components/schemas/{}", esc(name));
            if let Some(example) = &schema.schema_data.example {
                checks.push(ExampleCheck {
                    pointer: format!("{pointer}/example"),
                    ty: TypeRef::Named(id),
                    value: example.clone(),
                    caveat: None,
                });
            }
            let properties = match &schema.schema_kind {
                SchemaKind::Type(Type::Object(o)) => &o.properties,
                SchemaKind::Any(any) => &any.properties,
                _ => continue,
            };
            let Some(TypeKind::Struct(ir)) = types.get(id.0).map(|t| &t.kind) else {
                continue;
            };
            for (wire, property) in properties {
                let ReferenceOr::Item(property) = property else {
                    continue;
                };
                let (Some(example), Some(field)) = (
                    &property.schema_data.example,
                    ir.fields.iter().find(|f| f.name.wire == *wire),
                ) else {
                    continue;
                };
                checks.push(ExampleCheck {
                    pointer: format!("{pointer}/properties/{}/example", esc(wire)),
                    ty: field.ty.clone(),
                    value: example.clone(),
                    caveat: None,
                });
            }
        }
    }

    fn parameter_examples(
        &self,
        ir: &Operation,
        parameters: &[ReferenceOr<Parameter>],
        base: &str,
        checks: &mut Vec<ExampleCheck>,
    ) {
        for (index, parameter) in parameters.iter().enumerate() {
            let ReferenceOr::Item(parameter) = parameter else {
                continue;
            };
            let data = parameter.parameter_data_ref();
            let path = ir.path_params.iter().map(|p| (&p.name, &p.ty));
            let others = ir.params_struct.iter().flat_map(|s| &s.params);
            let found = path
                .chain(others.map(|p| (&p.name, &p.ty)))
                .find(|(name, _)| name.wire == data.name);
            let Some((_, ir_ty)) = found else { continue };
            let ty = super::operation::peel_option(ir_ty).clone();
            let pointer = format!("{base}/parameters/{index}");
            if let Some(example) = &data.example {
                checks.push(ExampleCheck {
                    pointer: format!("{pointer}/example"),
                    ty: ty.clone(),
                    value: example.clone(),
                    caveat: None,
                });
            }
            for (name, example) in &data.examples {
                if let Some(value) = example_value(self.spec, example) {
                    checks.push(ExampleCheck {
                        pointer: format!("{pointer}/examples/{}/value", esc(name)),
                        ty: ty.clone(),
                        value,
                        caveat: None,
                    });
                }
            }
        }
    }

    fn media_examples(
        &self,
        media: &MediaType,
        pointer: &str,
        ty: &TypeRef,
        checks: &mut Vec<ExampleCheck>,
    ) {
        if let Some(example) = &media.example {
            checks.push(ExampleCheck {
                pointer: format!("{pointer}/example"),
                ty: ty.clone(),
                value: example.clone(),
                caveat: None,
            });
        }
        for (name, example) in &media.examples {
            if let Some(value) = example_value(self.spec, example) {
                checks.push(ExampleCheck {
                    pointer: format!("{pointer}/examples/{}/value", esc(name)),
                    ty: ty.clone(),
                    value,
                    caveat: None,
                });
            }
        }
    }

    fn response_examples(
        &self,
        ir: &Operation,
        responses: &indexmap::IndexMap<StatusCode, ReferenceOr<Response>>,
        default: Option<&ReferenceOr<Response>>,
        pointer: &str,
        checks: &mut Vec<ExampleCheck>,
    ) {
        let cases: Vec<(Option<u16>, &TypeRef)> = match &ir.response {
            ResponseShape::Single {
                ty,
                decode: Decode::Json,
            } => {
                let success = responses.keys().find_map(|code| match code {
                    StatusCode::Code(code @ 200..=299) => Some(Some(*code)),
                    StatusCode::Range(2) => Some(None),
                    _ => None,
                });
                vec![(success.flatten(), ty)]
            }
            ResponseShape::ByStatus { cases, .. } => cases
                .iter()
                .filter(|c| c.decode == Decode::Json)
                .map(|c| (c.status, &c.ty))
                .collect(),
            ResponseShape::Single { .. } | ResponseShape::Stream(_) => Vec::new(),
        };
        for (status, ty) in cases {
            let found = match status {
                Some(code) => responses
                    .get(&StatusCode::Code(code))
                    .map(|r| (r, code.to_string())),
                None => responses
                    .get(&StatusCode::Range(2))
                    .map(|r| (r, String::from("2XX")))
                    .or_else(|| default.map(|r| (r, String::from("default")))),
            };
            let Some((response, key)) = found else {
                continue;
            };
            // A response defined once in `components.responses` has its examples there.
            let (response, base) = match response {
                ReferenceOr::Item(response) => (response, format!("{pointer}/responses/{key}")),
                ReferenceOr::Reference { reference } => {
                    let Some(name) = crate::pointer::component(reference, "responses") else {
                        continue;
                    };
                    let found = self
                        .spec
                        .components
                        .as_ref()
                        .and_then(|c| c.responses.get(&name));
                    let Some(ReferenceOr::Item(response)) = found else {
                        continue;
                    };
                    (
                        response,
                        crate::pointer::of(&["components", "responses", &name]),
                    )
                }
            };
            let Some((name, media, MediaKind::Json)) = pick_response_media(&response.content)
            else {
                continue;
            };
            // A nullable response type is `Option<T>`: its example is still a `T` or null.
            let at = format!("{base}/content/{}", esc(name));
            self.media_examples(media, &at, ty, checks);
        }
    }
}

/// Whether a value is worth a check: `null` examples say nothing about a type.
pub(super) fn checkable(value: &Value) -> bool {
    !value.is_null()
}

/// Where `value` breaks a format that its type `ty` is derived from (`uuid`, `date`,
/// `date-time`), as `` `/pointer` is not a uuid: `value` ``; `None` when it keeps them
/// all, or where the walk cannot tell (unions are tried in order at run time).
fn format_violation(
    types: &[TypeDef],
    ty: &TypeRef,
    value: &Value,
    at: &str,
    depth: usize,
) -> Option<String> {
    // Examples are finite trees, but a type may recurse; the depth only bounds work.
    if depth > 64 {
        return None;
    }
    let broken = |format: &str| {
        let shown = if at.is_empty() { "/" } else { at };
        Some(format!("`{shown}` is not a {format}: {value}"))
    };
    match (ty, value) {
        (TypeRef::Uuid, Value::String(text)) if breaks_format("uuid", text) => broken("uuid"),
        (TypeRef::Date, Value::String(text)) if breaks_format("date", text) => broken("date"),
        (TypeRef::DateTime, Value::String(text)) if breaks_format("date-time", text) => {
            broken("date-time")
        }
        (TypeRef::Option(inner) | TypeRef::Box(inner), _) => {
            format_violation(types, inner, value, at, depth)
        }
        (TypeRef::Vec(item), Value::Array(items)) => {
            items.iter().enumerate().find_map(|(index, value)| {
                format_violation(types, item, value, &format!("{at}/{index}"), depth + 1)
            })
        }
        (TypeRef::Map(item), Value::Object(members)) => members.iter().find_map(|(key, value)| {
            format_violation(types, item, value, &format!("{at}/{}", esc(key)), depth + 1)
        }),
        (TypeRef::Named(id), _) => match &types.get(id.0)?.kind {
            TypeKind::Alias(target) => format_violation(types, target, value, at, depth + 1),
            TypeKind::Struct(ir) => {
                let Value::Object(members) = value else {
                    return None;
                };
                ir.fields.iter().find_map(|field| {
                    let member = members.get(&field.name.wire)?;
                    let at = format!("{at}/{}", esc(&field.name.wire));
                    format_violation(types, &field.ty, member, &at, depth + 1)
                })
            }
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_format_is_found_inside_arrays_and_options() {
        let ty = TypeRef::Option(Box::new(TypeRef::Vec(Box::new(TypeRef::Uuid))));
        let value = serde_json::json!(["3fa85f64-5717-4562-b3fc-2c963f66afa6", "not-a-uuid"]);
        assert_eq!(
            format_violation(&[], &ty, &value, "", 0).as_deref(),
            Some("`/1` is not a uuid: \"not-a-uuid\"")
        );
        assert_eq!(format_violation(&[], &TypeRef::String, &value, "", 0), None);
    }
}
