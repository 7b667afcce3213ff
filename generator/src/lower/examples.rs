//! The document's examples paired with the generated types they must round-trip
//! through: component schemas and their properties, parameters, JSON request bodies
//! and JSON success responses. Examples whose type is not known here (inside inline
//! schemas, error responses) are not checked.

use super::operation::{pick_media, MediaKind};
use super::samples::example_value;
use super::Lowerer;
use crate::error::escape_pointer_token as esc;
use crate::ir::{
    BodyMedia, Decode, ExampleCheck, Operation, ResponseShape, TypeDef, TypeKind, TypeRef,
};
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
                    ir.fields.iter().find(|f| f.wire_name == *wire),
                ) else {
                    continue;
                };
                checks.push(ExampleCheck {
                    pointer: format!("{pointer}/properties/{}/example", esc(wire)),
                    ty: field.ty.clone(),
                    value: example.clone(),
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
            let ir_param = ir
                .path_params
                .iter()
                .chain(ir.params_struct.iter().flat_map(|p| &p.params))
                .find(|p| p.wire_name == data.name);
            let Some(ir_param) = ir_param else { continue };
            let ty = super::operation::peel_option(&ir_param.ty).clone();
            let pointer = format!("{base}/parameters/{index}");
            if let Some(example) = &data.example {
                checks.push(ExampleCheck {
                    pointer: format!("{pointer}/example"),
                    ty: ty.clone(),
                    value: example.clone(),
                });
            }
            for (name, example) in &data.examples {
                if let Some(value) = example_value(self.spec, example) {
                    checks.push(ExampleCheck {
                        pointer: format!("{pointer}/examples/{}/value", esc(name)),
                        ty: ty.clone(),
                        value,
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
            });
        }
        for (name, example) in &media.examples {
            if let Some(value) = example_value(self.spec, example) {
                checks.push(ExampleCheck {
                    pointer: format!("{pointer}/examples/{}/value", esc(name)),
                    ty: ty.clone(),
                    value,
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
            let Some((ReferenceOr::Item(response), key)) = found else {
                continue;
            };
            let Some((name, media, MediaKind::Json)) = pick_media(&response.content) else {
                continue;
            };
            // A nullable response type is `Option<T>`: its example is still a `T` or null.
            let at = format!("{pointer}/responses/{key}/content/{}", esc(name));
            self.media_examples(media, &at, ty, checks);
        }
    }
}

/// Whether a value is worth a check: `null` examples say nothing about a type.
pub(super) fn checkable(value: &Value) -> bool {
    !value.is_null()
}
