//! Inline schemas: which get a named type of their own, and which share one.
//!
//! An inline schema that needs a name (an object with properties, a string enum, a
//! union, a merged `allOf`) gets one from its place (`Parent` + `Field`, ...). Large
//! documents repeat the same inline schemas many times, so identical objects share one
//! type and identical string enums one definition; everything else about a schema is
//! decided in `schema.rs`.

use super::schema::{schema_docs, shape, single_non_null, Binary, Shape};
use super::Lowerer;
use crate::ir::{TypeKind, TypeRef};
use openapiv3::Schema;

impl Lowerer<'_> {
    pub(super) fn inline_type(
        &mut self,
        schema: &Schema,
        hint: &str,
        pointer: &str,
        binary: Binary,
    ) -> TypeRef {
        if !self.needs_name(schema) {
            return self.plain_type(schema, hint, pointer, binary);
        }
        // Large documents repeat the same inline object in many places (GitHub's
        // webhook payloads embed the same repository and user objects hundreds of
        // times). Identical inline objects share one type, named after the first place
        // they appear, which keeps generated crates small and their compile time low.
        // Unions are small and their names matter (`...Field` of each filter), so they
        // are never shared.
        if let Shape::String { values, .. } = shape(schema) {
            return self.inline_enum(schema, values, hint, pointer, binary);
        }
        let shareable = matches!(shape(schema), Shape::Object(_) | Shape::AllOf(..));
        let key = shareable
            .then(|| serde_json::to_string(schema).ok())
            .flatten()
            .map(|text| format!("{binary:?}{text}"));
        if let Some(&id) = key.as_ref().and_then(|key| self.inline_types.get(key)) {
            return TypeRef::Named(id);
        }
        let id = self.declare_type(hint);
        if let Some(key) = key {
            self.inline_types.insert(key, id);
        }
        let name = self.type_name(id).to_string();
        self.lower_named_schema_as(id, &name, schema, pointer, binary);
        TypeRef::Named(id)
    }

    /// An inline string enum. Each place keeps a type of its own name and docs, but
    /// enums with the same values share one definition: the first is written out and
    /// the others are aliases of it. Microsoft Graph repeats the same `$select`,
    /// `$orderby` and `$expand` value lists (hundreds of values each) on 17,600 query
    /// parameters with 2,150 distinct lists; written out each time, they were a quarter
    /// of its generated code.
    fn inline_enum(
        &mut self,
        schema: &Schema,
        values: Vec<String>,
        hint: &str,
        pointer: &str,
        binary: Binary,
    ) -> TypeRef {
        let id = self.declare_type(hint);
        match self.inline_enums.get(&values) {
            Some(&first) => {
                let docs = schema_docs(schema);
                let kind = TypeKind::Alias(TypeRef::Named(first));
                self.set_type(id, docs, schema.schema_data.deprecated, kind);
            }
            None => {
                self.inline_enums.insert(values, id);
                let name = self.type_name(id).to_string();
                self.lower_named_schema_as(id, &name, schema, pointer, binary);
            }
        }
        TypeRef::Named(id)
    }

    /// Whether an inline schema becomes a named type rather than a plain reference.
    fn needs_name(&self, schema: &Schema) -> bool {
        match shape(schema) {
            Shape::Object(object) => !object.properties.is_empty(),
            Shape::String { values, .. } => !values.is_empty(),
            Shape::Union(members) => single_non_null(members).is_none(),
            Shape::AllOf(members, own) => own.is_some() || members.len() != 1,
            Shape::ItemsOnly(_) => true,
            _ => false,
        }
    }
}
