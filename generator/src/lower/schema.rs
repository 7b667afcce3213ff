//! JSON Schema -> IR types.
//!
//! A schema either needs a name of its own (objects with properties, string enums,
//! unions, merged `allOf`s) or is just a reference to another type (primitives,
//! arrays, maps, single-member wrappers). Inline schemas that need a name get one from
//! their location (`Parent` + `Field`, `Parent` + `Item`, ...), so names are stable.

use super::Lowerer;
use crate::ir::{
    Additional, EnumVariant, Field, StringEnum, Struct, StructForm, TaggedVariant, TypeId,
    TypeKind, TypeRef, Union, UnionVariant,
};
use crate::names::{self, NameSet};
use crate::pointer::escape as esc;
use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, IntegerFormat, ReferenceOr, Schema, SchemaKind, StringFormat, Type,
    VariantOrUnknownOrEmpty,
};
use std::collections::BTreeSet;

/// How `format: binary` strings are represented where a schema is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Binary {
    /// JSON and form bodies: binary data travels as a string.
    AsString,
    /// Multipart bodies: binary fields are file parts.
    AsFile,
}

type Props = IndexMap<String, ReferenceOr<Box<Schema>>>;

/// Objects with more properties than this become JSON object maps (with a warning)
/// instead of structs, unless the config says otherwise. A struct's check time
/// and memory grow with its field count even in the wide form (see
/// `StructForm::Wide`): measured on 2 cores, 5,000 fields took 15 s and 1.7 GB,
/// 10,000 took 41 s and 4.2 GB, and 20,000 did not fit in 9 GB.
pub(crate) const MAX_OBJECT_PROPERTIES: usize = 10_000;

/// The object part of a schema.
#[derive(Clone, Copy)]
pub(super) struct ObjectShape<'s> {
    pub(super) properties: &'s Props,
    required: &'s [String],
    additional: Option<&'s AdditionalProperties>,
}

/// A schema reduced to what decides its Rust type.
pub(super) enum Shape<'s> {
    Object(ObjectShape<'s>),
    Array(Option<&'s ReferenceOr<Box<Schema>>>),
    /// `items` without `type`: JSON Schema constrains arrays to the items and lets any
    /// other value through, so this is a list or anything else.
    ItemsOnly(&'s ReferenceOr<Box<Schema>>),
    String {
        format: Option<String>,
        values: Vec<String>,
    },
    Integer {
        format: Option<String>,
    },
    /// `decimal` is the only format that changes the type.
    Number {
        decimal: bool,
    },
    Boolean,
    Union(&'s [ReferenceOr<Schema>]),
    AllOf(&'s [ReferenceOr<Schema>], Option<ObjectShape<'s>>),
    Null,
    Any,
}

fn string_format(format: &VariantOrUnknownOrEmpty<StringFormat>) -> Option<String> {
    match format {
        VariantOrUnknownOrEmpty::Item(StringFormat::Date) => Some("date".into()),
        VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => Some("date-time".into()),
        VariantOrUnknownOrEmpty::Item(StringFormat::Password) => Some("password".into()),
        VariantOrUnknownOrEmpty::Item(StringFormat::Byte) => Some("byte".into()),
        VariantOrUnknownOrEmpty::Item(StringFormat::Binary) => Some("binary".into()),
        VariantOrUnknownOrEmpty::Unknown(other) => Some(other.clone()),
        VariantOrUnknownOrEmpty::Empty => None,
    }
}

pub(super) fn shape(schema: &Schema) -> Shape<'_> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::Object(o)) => Shape::Object(ObjectShape {
            properties: &o.properties,
            required: &o.required,
            additional: o.additional_properties.as_ref(),
        }),
        SchemaKind::Type(Type::Array(a)) => Shape::Array(a.items.as_ref()),
        SchemaKind::Type(Type::String(s)) => Shape::String {
            format: string_format(&s.format),
            values: s.enumeration.iter().flatten().cloned().collect(),
        },
        SchemaKind::Type(Type::Integer(i)) => Shape::Integer {
            format: match &i.format {
                VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => Some("int32".into()),
                VariantOrUnknownOrEmpty::Item(IntegerFormat::Int64) => Some("int64".into()),
                VariantOrUnknownOrEmpty::Unknown(other) => Some(other.clone()),
                VariantOrUnknownOrEmpty::Empty => None,
            },
        },
        SchemaKind::Type(Type::Number(number)) => Shape::Number {
            decimal: matches!(&number.format, VariantOrUnknownOrEmpty::Unknown(f) if f == "decimal"),
        },
        SchemaKind::Type(Type::Boolean(_)) => Shape::Boolean,
        SchemaKind::OneOf { one_of } => Shape::Union(one_of),
        SchemaKind::AnyOf { any_of } => Shape::Union(any_of),
        SchemaKind::AllOf { all_of } => Shape::AllOf(all_of, None),
        SchemaKind::Not { .. } => Shape::Any,
        SchemaKind::Any(any) => {
            let object = ObjectShape {
                properties: &any.properties,
                required: &any.required,
                additional: any.additional_properties.as_ref(),
            };
            let has_object = !any.properties.is_empty() || any.additional_properties.is_some();
            if !any.all_of.is_empty() {
                return Shape::AllOf(&any.all_of, has_object.then_some(object));
            }
            if !any.one_of.is_empty() {
                return Shape::Union(&any.one_of);
            }
            if !any.any_of.is_empty() {
                return Shape::Union(&any.any_of);
            }
            let strings: Vec<String> = any
                .enumeration
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect();
            let all_strings = any.enumeration.iter().all(|v| v.is_string() || v.is_null());
            match any.typ.as_deref() {
                // An explicit `type: array` is what the values are; properties next to
                // it describe nothing a JSON array has (see `Shape::Array` for the
                // warning).
                Some("array") => Shape::Array(any.items.as_ref()),
                _ if has_object => Shape::Object(object),
                Some("object") => Shape::Object(object),
                None if any.items.is_some() && !has_object => match any.items.as_ref() {
                    Some(items) => Shape::ItemsOnly(items),
                    None => Shape::Any,
                },
                // A declared scalar type is what the values are, whatever `items` says
                // (`type: integer` with `items` is a count, not a list).
                Some("string") => Shape::String {
                    format: any.format.clone(),
                    values: if all_strings { strings } else { Vec::new() },
                },
                Some("integer") => Shape::Integer {
                    format: any.format.clone(),
                },
                Some("number") => Shape::Number {
                    decimal: any.format.as_deref() == Some("decimal"),
                },
                Some("boolean") => Shape::Boolean,
                Some("null") => Shape::Null,
                _ if any.items.is_some() => Shape::Array(any.items.as_ref()),
                None if !any.enumeration.is_empty() && all_strings && !strings.is_empty() => {
                    Shape::String {
                        format: None,
                        values: strings,
                    }
                }
                _ => Shape::Any,
            }
        }
    }
}

fn is_null_schema(schema: &ReferenceOr<Schema>) -> bool {
    matches!(schema, ReferenceOr::Item(s) if matches!(shape(s), Shape::Null))
}

/// Docs of a schema: its title and description.
pub(crate) fn schema_docs(schema: &Schema) -> Option<String> {
    let data = &schema.schema_data;
    let title = data
        .title
        .as_deref()
        .filter(|t| Some(*t) != data.description.as_deref());
    crate::ir::join_docs(&[title, data.description.as_deref()])
}

impl Lowerer<'_> {
    /// Fills the named type `id` from a schema.
    pub(crate) fn lower_named_schema(
        &mut self,
        id: TypeId,
        name: &str,
        schema: &Schema,
        pointer: &str,
    ) {
        self.lower_named_schema_as(id, name, schema, pointer, Binary::AsString);
    }

    pub(super) fn lower_named_schema_as(
        &mut self,
        id: TypeId,
        name: &str,
        schema: &Schema,
        pointer: &str,
        binary: Binary,
    ) {
        let docs = schema_docs(schema);
        let deprecated = schema.schema_data.deprecated;
        let kind = match shape(schema) {
            Shape::Object(object) if !object.properties.is_empty() => {
                let props = own_props(object, pointer);
                let required: BTreeSet<String> = object.required.iter().cloned().collect();
                self.struct_kind(name, &props, &required, object.additional, pointer, binary)
            }
            Shape::String { values, .. } if !values.is_empty() => string_enum(&values),
            Shape::Union(members) => self.union_kind(name, schema, members, pointer, binary),
            Shape::AllOf(members, own) => self.all_of_kind(name, members, own, pointer, binary),
            Shape::ItemsOnly(items) => {
                self.warn(
                    pointer,
                    "`items` without `type`: an array is read as a list of the items, any \
                     other value is kept as JSON",
                );
                let item = self.item_type(items, name, pointer, binary);
                TypeKind::Union(Union::Untagged(vec![UnionVariant {
                    rust_name: String::from("List"),
                    ty: TypeRef::Vec(Box::new(item)),
                    docs: None,
                }]))
            }
            _ => TypeKind::Alias(self.plain_type(schema, name, pointer, binary)),
        };
        self.set_type(id, docs, deprecated, kind);
    }

    /// The type of a schema used in a field, item, parameter or body position.
    pub(crate) fn schema_type(
        &mut self,
        schema: &ReferenceOr<Schema>,
        hint: &str,
        pointer: &str,
        binary: Binary,
    ) -> TypeRef {
        match schema {
            ReferenceOr::Reference { reference } => self.schema_ref(reference, pointer),
            ReferenceOr::Item(schema) => self.inline_type(schema, hint, pointer, binary),
        }
    }

    pub(crate) fn boxed_schema_type(
        &mut self,
        schema: &ReferenceOr<Box<Schema>>,
        hint: &str,
        pointer: &str,
        binary: Binary,
    ) -> TypeRef {
        match schema {
            ReferenceOr::Reference { reference } => self.schema_ref(reference, pointer),
            ReferenceOr::Item(schema) => self.inline_type(schema, hint, pointer, binary),
        }
    }

    /// Types that need no name of their own: primitives, arrays, maps, wrappers.
    pub(super) fn plain_type(
        &mut self,
        schema: &Schema,
        hint: &str,
        pointer: &str,
        binary: Binary,
    ) -> TypeRef {
        match shape(schema) {
            Shape::Object(object) => match object.additional {
                Some(AdditionalProperties::Schema(values)) => {
                    let value_hint = format!("{hint}Value");
                    let value_pointer = format!("{pointer}/additionalProperties");
                    let ty = self.schema_type(values, &value_hint, &value_pointer, binary);
                    let ty = if self.is_nullable(values) {
                        ty.optional()
                    } else {
                        ty
                    };
                    TypeRef::Map(Box::new(ty))
                }
                _ => TypeRef::JsonObject,
            },
            Shape::Array(items) => {
                if matches!(&schema.schema_kind, SchemaKind::Any(any) if !any.properties.is_empty())
                {
                    self.warn(
                        pointer,
                        "`type: array` with `properties`: the value is read as an array and the \
                         properties are ignored",
                    );
                }
                let Some(items) = items else {
                    return TypeRef::Vec(Box::new(TypeRef::Json));
                };
                TypeRef::Vec(Box::new(self.item_type(items, hint, pointer, binary)))
            }
            Shape::String { format, .. } => string_type(format.as_deref(), binary),
            Shape::Integer { format } => integer_type(format.as_deref()),
            Shape::Number { decimal: true } => TypeRef::DecimalNumber,
            Shape::Number { decimal: false } => TypeRef::F64,
            Shape::Boolean => TypeRef::Bool,
            Shape::Union(members) => match single_non_null(members) {
                Some(member) => {
                    self.schema_type(member, hint, &format!("{pointer}/oneOf/0"), binary)
                }
                None => TypeRef::Json,
            },
            Shape::AllOf(members, None) if members.len() == 1 => {
                self.schema_type(&members[0], hint, &format!("{pointer}/allOf/0"), binary)
            }
            Shape::Null => TypeRef::Unit,
            // Named by `needs_name`, so only reached where a name is not possible.
            Shape::AllOf(..) | Shape::ItemsOnly(_) | Shape::Any => TypeRef::Json,
        }
    }

    /// The type of a list's items (`{hint}Item`, at `{pointer}/items`), optional when
    /// the items may be `null`.
    fn item_type(
        &mut self,
        items: &ReferenceOr<Box<Schema>>,
        hint: &str,
        pointer: &str,
        binary: Binary,
    ) -> TypeRef {
        let item_hint = format!("{hint}Item");
        let item_pointer = format!("{pointer}/items");
        let ty = self.boxed_schema_type(items, &item_hint, &item_pointer, binary);
        if self.is_nullable_boxed(items) {
            ty.optional()
        } else {
            ty
        }
    }

    /// Whether values of this schema may be `null`.
    pub(crate) fn is_nullable(&self, schema: &ReferenceOr<Schema>) -> bool {
        self.resolve_schema(schema).is_some_and(schema_is_nullable)
    }

    pub(crate) fn is_nullable_boxed(&self, schema: &ReferenceOr<Box<Schema>>) -> bool {
        match schema {
            ReferenceOr::Item(schema) => schema_is_nullable(schema),
            ReferenceOr::Reference { reference } => self.is_nullable(&ReferenceOr::Reference {
                reference: reference.clone(),
            }),
        }
    }

    /// Builds a struct from properties (wire name, schema, pointer) in order, or a
    /// JSON object map with a warning when there are too many properties (see
    /// [`MAX_OBJECT_PROPERTIES`]).
    fn struct_kind(
        &mut self,
        name: &str,
        props: &[(String, ReferenceOr<Box<Schema>>, String)],
        required: &BTreeSet<String>,
        additional: Option<&AdditionalProperties>,
        pointer: &str,
        binary: Binary,
    ) -> TypeKind {
        let max = self
            .config
            .max_object_properties
            .unwrap_or(MAX_OBJECT_PROPERTIES);
        if props.len() > max {
            self.warn(
                pointer,
                format!(
                    "object has {} properties, more than the {max} a generated struct may have \
                     (rustc would need minutes and gigabytes for it); using a JSON object map",
                    props.len()
                ),
            );
            return TypeKind::Alias(TypeRef::JsonObject);
        }
        let mut field_names = NameSet::new();
        let mut fields = Vec::with_capacity(props.len());
        for (wire, schema, pointer) in props {
            let field_name = field_names.claim_field(wire);
            let hint = format!("{name}{}", names::type_part(wire));
            let ty = self.boxed_schema_type(schema, &hint, pointer, binary);
            let item = match schema {
                ReferenceOr::Item(item) => Some(&**item),
                ReferenceOr::Reference { .. } => None,
            };
            let read_write_only =
                item.is_some_and(|s| s.schema_data.read_only || s.schema_data.write_only);
            let nullable = self.is_nullable_boxed(schema);
            let required = required.contains(wire) && !read_write_only;
            let ty = if required && !nullable {
                ty
            } else {
                ty.optional()
            };
            // A `$ref` property has no prose of its own, so it borrows the referenced
            // schema's; every public field of a generated crate is documented.
            let docs = match schema {
                ReferenceOr::Item(item) => field_docs(item),
                ReferenceOr::Reference { reference } => self
                    .resolve_schema(&ReferenceOr::Reference {
                        reference: reference.clone(),
                    })
                    .and_then(|target| {
                        target
                            .schema_data
                            .description
                            .clone()
                            .or_else(|| target.schema_data.title.clone())
                    }),
            }
            .or_else(|| {
                Some(format!(
                    "The `{wire}` property (the API document does not describe it)."
                ))
            });
            let deprecated = item.is_some_and(|s| s.schema_data.deprecated);
            fields.push(Field {
                name: field_name,
                ty,
                required,
                nullable,
                docs,
                deprecated,
            });
        }
        let additional = match additional {
            Some(AdditionalProperties::Schema(values)) => {
                let hint = format!("{name}Value");
                let ty = self.schema_type(values, &hint, "", binary);
                Some(if self.is_nullable(values) {
                    ty.optional()
                } else {
                    ty
                })
            }
            // Properties the document does not list (free-form `true`, or none said) are
            // kept as JSON values and written back when the value is serialised, as the
            // official SDKs do, unless the config turns that off.
            _ if self.config.keep_unknown_fields.unwrap_or(true) => Some(TypeRef::Json),
            _ => None,
        };
        let derive_default = fields.iter().all(|f| f.ty.is_option());
        let additional = additional.map(|ty| Additional {
            field: names::extras_field(fields.iter().map(|f| &f.name.ident)),
            ty,
        });
        TypeKind::Struct(Struct {
            fields,
            additional,
            derive_default,
            form: StructForm::Compact,
        })
    }

    /// `oneOf`/`anyOf`: a tagged union when there is a discriminator, otherwise an
    /// untagged one tried in order.
    fn union_kind(
        &mut self,
        name: &str,
        schema: &Schema,
        members: &[ReferenceOr<Schema>],
        pointer: &str,
        binary: Binary,
    ) -> TypeKind {
        if let Some(single) = single_non_null(members) {
            return TypeKind::Alias(self.schema_type(
                single,
                name,
                &format!("{pointer}/oneOf/0"),
                binary,
            ));
        }
        let keyword = if matches!(schema.schema_kind, SchemaKind::AnyOf { .. }) {
            "anyOf"
        } else {
            "oneOf"
        };
        if let Some(discriminator) = &schema.schema_data.discriminator {
            return self.tagged_union(name, discriminator, members, pointer, keyword, binary);
        }
        let mut variant_names = NameSet::new();
        variant_names.reserve("Unknown");
        let mut variants = Vec::new();
        for (index, member) in members.iter().enumerate() {
            if is_null_schema(member) {
                continue;
            }
            let member_pointer = format!("{pointer}/{keyword}/{index}");
            let wanted = self.variant_name_for(member, index);
            let hint = format!("{name}{wanted}");
            let ty = self.schema_type(member, &hint, &member_pointer, binary);
            variants.push(UnionVariant {
                rust_name: variant_names.claim(&wanted),
                ty,
                docs: None,
            });
        }
        TypeKind::Union(Union::Untagged(variants))
    }

    fn tagged_union(
        &mut self,
        name: &str,
        discriminator: &openapiv3::Discriminator,
        members: &[ReferenceOr<Schema>],
        pointer: &str,
        keyword: &str,
        binary: Binary,
    ) -> TypeKind {
        let mut variant_names = NameSet::new();
        variant_names.reserve("Unknown");
        let mut variants = Vec::new();
        let mut covered: BTreeSet<TypeId> = BTreeSet::new();
        for (tag_value, target) in &discriminator.mapping {
            let reference = if target.starts_with('#') {
                target.clone()
            } else {
                format!("#/components/schemas/{target}")
            };
            let mapping_pointer = format!("{pointer}/discriminator/mapping/{}", esc(tag_value));
            let ty = self.schema_ref(&reference, &mapping_pointer);
            if let TypeRef::Named(id) = ty {
                covered.insert(id);
            }
            variants.push(tagged(
                variant_names.claim(&names::variant_name(tag_value)),
                tag_value.clone(),
                ty,
            ));
        }
        for (index, member) in members.iter().enumerate() {
            let member_pointer = format!("{pointer}/{keyword}/{index}");
            match member {
                ReferenceOr::Reference { reference } => {
                    let Some(id) = self.component_id(reference) else {
                        self.schema_ref(reference, &member_pointer);
                        continue;
                    };
                    if covered.contains(&id) {
                        continue;
                    }
                    // Without a mapping entry, the tag value is the component's name.
                    let tag_value =
                        crate::pointer::component(reference, "schemas").unwrap_or_default();
                    variants.push(tagged(
                        variant_names.claim(&names::variant_name(&tag_value)),
                        tag_value,
                        TypeRef::Named(id),
                    ));
                }
                ReferenceOr::Item(schema) => {
                    let tag = inline_tag_value(schema, &discriminator.property_name);
                    let Some(tag_value) = tag else {
                        self.warn(
                            &member_pointer,
                            format!("inline member has no constant `{}`; values of this shape decode as Unknown", discriminator.property_name),
                        );
                        continue;
                    };
                    let variant = variant_names.claim(&names::variant_name(&tag_value));
                    let ty = self.inline_type(
                        schema,
                        &format!("{name}{variant}"),
                        &member_pointer,
                        binary,
                    );
                    variants.push(tagged(variant, tag_value, ty));
                }
            }
        }
        TypeKind::Union(Union::Tagged {
            tag: discriminator.property_name.clone(),
            variants,
        })
    }

    fn variant_name_for(&self, member: &ReferenceOr<Schema>, index: usize) -> String {
        match member {
            ReferenceOr::Reference { reference } => match self.component_id(reference) {
                Some(id) => self.type_name(id).to_string(),
                None => format!("Variant{index}"),
            },
            ReferenceOr::Item(schema) => {
                if let Some(title) = &schema.schema_data.title {
                    let name = names::type_part(title);
                    if !name.is_empty() {
                        return name;
                    }
                }
                match shape(schema) {
                    Shape::String { values, .. } if values.is_empty() => "String".into(),
                    Shape::Integer { .. } => "Integer".into(),
                    Shape::Number { .. } => "Number".into(),
                    Shape::Boolean => "Boolean".into(),
                    Shape::Array(_) | Shape::ItemsOnly(_) => "Array".into(),
                    _ => format!("Variant{index}"),
                }
            }
        }
    }

    /// `allOf`: merges object members into one struct; a single non-object member is
    /// an alias; anything that cannot be merged is left out with a warning.
    fn all_of_kind(
        &mut self,
        name: &str,
        members: &[ReferenceOr<Schema>],
        own: Option<ObjectShape<'_>>,
        pointer: &str,
        binary: Binary,
    ) -> TypeKind {
        if own.is_none() && members.len() == 1 {
            return TypeKind::Alias(self.schema_type(
                &members[0],
                name,
                &format!("{pointer}/allOf/0"),
                binary,
            ));
        }
        let mut props: IndexMap<String, (ReferenceOr<Box<Schema>>, String)> = IndexMap::new();
        let mut required = BTreeSet::new();
        let mut additional = None;
        let mut visited = BTreeSet::new();
        for (index, member) in members.iter().enumerate() {
            let member_pointer = format!("{pointer}/allOf/{index}");
            self.collect_all_of(
                member,
                &member_pointer,
                &mut props,
                &mut required,
                &mut additional,
                &mut visited,
                0,
            );
        }
        if let Some(object) = own {
            merge_object(object, pointer, &mut props, &mut required, &mut additional);
        }
        if props.is_empty() {
            // Nothing to merge (e.g. an allOf of enums or unions): keep the data as JSON.
            self.warn(
                pointer,
                "allOf without object members is not supported; using serde_json::Value",
            );
            return TypeKind::Alias(TypeRef::Json);
        }
        let props: Vec<_> = props.into_iter().map(|(k, (s, p))| (k, s, p)).collect();
        self.struct_kind(
            name,
            &props,
            &required,
            additional.as_ref(),
            pointer,
            binary,
        )
    }

    #[allow(
        clippy::too_many_arguments,
        reason = "a recursive walk that fills four accumulators at once"
    )]
    fn collect_all_of(
        &mut self,
        member: &ReferenceOr<Schema>,
        pointer: &str,
        props: &mut IndexMap<String, (ReferenceOr<Box<Schema>>, String)>,
        required: &mut BTreeSet<String>,
        additional: &mut Option<AdditionalProperties>,
        visited: &mut BTreeSet<String>,
        depth: usize,
    ) {
        let (schema, base_pointer) = match member {
            ReferenceOr::Reference { reference } => {
                if !visited.insert(reference.clone()) || depth > 16 {
                    return;
                }
                let Some(schema) = self.resolve_schema(member) else {
                    self.schema_ref(reference, pointer);
                    return;
                };
                (schema, reference.trim_start_matches('#').to_string())
            }
            ReferenceOr::Item(schema) => (schema, pointer.to_string()),
        };
        match shape(schema) {
            Shape::Object(object) => {
                merge_object(object, &base_pointer, props, required, additional)
            }
            Shape::AllOf(members, own) => {
                for (index, inner) in members.iter().enumerate() {
                    let inner_pointer = format!("{base_pointer}/allOf/{index}");
                    self.collect_all_of(
                        inner,
                        &inner_pointer,
                        props,
                        required,
                        additional,
                        visited,
                        depth + 1,
                    );
                }
                if let Some(object) = own {
                    merge_object(object, &base_pointer, props, required, additional);
                }
            }
            Shape::Any => {}
            _ => self.warn(
                pointer,
                "allOf member is not an object; its constraints are not merged",
            ),
        }
    }
}

fn merge_object(
    object: ObjectShape<'_>,
    pointer: &str,
    props: &mut IndexMap<String, (ReferenceOr<Box<Schema>>, String)>,
    required: &mut BTreeSet<String>,
    additional: &mut Option<AdditionalProperties>,
) {
    for (wire, schema) in object.properties {
        let prop_pointer = format!("{pointer}/properties/{}", esc(wire));
        props.insert(wire.clone(), (schema.clone(), prop_pointer));
    }
    required.extend(object.required.iter().cloned());
    if let Some(extra @ AdditionalProperties::Schema(_)) = object.additional {
        *additional = Some(extra.clone());
    }
}

fn own_props(
    object: ObjectShape<'_>,
    pointer: &str,
) -> Vec<(String, ReferenceOr<Box<Schema>>, String)> {
    object
        .properties
        .iter()
        .map(|(wire, schema)| {
            let prop_pointer = format!("{pointer}/properties/{}", esc(wire));
            (wire.clone(), schema.clone(), prop_pointer)
        })
        .collect()
}

fn schema_is_nullable(schema: &Schema) -> bool {
    if schema.schema_data.nullable {
        return true;
    }
    match &schema.schema_kind {
        SchemaKind::OneOf { one_of: members } | SchemaKind::AnyOf { any_of: members } => {
            members.iter().any(is_null_schema)
        }
        SchemaKind::Type(Type::String(s)) => s.enumeration.iter().any(Option::is_none),
        SchemaKind::Any(any) => {
            any.one_of.iter().chain(&any.any_of).any(is_null_schema)
                || any.enumeration.iter().any(serde_json::Value::is_null)
        }
        _ => false,
    }
}

/// The one member of a union that is not `null`, when there is exactly one.
pub(super) fn single_non_null(members: &[ReferenceOr<Schema>]) -> Option<&ReferenceOr<Schema>> {
    let mut rest = members.iter().filter(|m| !is_null_schema(m));
    let first = rest.next()?;
    rest.next().is_none().then_some(first)
}

fn string_enum(values: &[String]) -> TypeKind {
    let mut variant_names = NameSet::new();
    variant_names.reserve("Unknown");
    let mut seen = BTreeSet::new();
    let variants = values
        .iter()
        .filter(|v| seen.insert(v.as_str()))
        .map(|wire| EnumVariant {
            rust_name: variant_names.claim(&names::variant_name(wire)),
            wire: wire.clone(),
            docs: None,
        })
        .collect();
    TypeKind::StringEnum(StringEnum { variants })
}

fn string_type(format: Option<&str>, binary: Binary) -> TypeRef {
    match format {
        Some("date-time") => TypeRef::DateTime,
        Some("date") => TypeRef::Date,
        Some("uuid") => TypeRef::Uuid,
        Some("decimal") => TypeRef::Decimal,
        Some("binary") if binary == Binary::AsFile => TypeRef::File,
        _ => TypeRef::String,
    }
}

fn integer_type(format: Option<&str>) -> TypeRef {
    match format {
        Some("int32" | "int16" | "int8") => TypeRef::I32,
        Some("uint32" | "uint16" | "uint8") => TypeRef::U32,
        Some("uint64" | "uint") => TypeRef::U64,
        _ => TypeRef::I64,
    }
}

fn field_docs(schema: &Schema) -> Option<String> {
    let description = schema.schema_data.description.as_deref();
    let default = schema
        .schema_data
        .default
        .as_ref()
        .map(crate::ir::default_doc);
    crate::ir::join_docs(&[description, default.as_deref()])
}

/// The constant value of `property` in an inline union member, if it has one.
/// A variant of a discriminated union; `lower::post` decides `tag_left_out` once it
/// has stripped tag fields.
fn tagged(rust_name: String, value: String, ty: TypeRef) -> TaggedVariant {
    TaggedVariant {
        variant: UnionVariant {
            rust_name,
            ty,
            docs: None,
        },
        value,
        tag_left_out: false,
    }
}

fn inline_tag_value(schema: &Schema, property: &str) -> Option<String> {
    let props = match &schema.schema_kind {
        SchemaKind::Type(Type::Object(o)) => &o.properties,
        SchemaKind::Any(any) => &any.properties,
        _ => return None,
    };
    let ReferenceOr::Item(tag_schema) = props.get(property)? else {
        return None;
    };
    match shape(tag_schema) {
        Shape::String { values, .. } if values.len() == 1 => values.into_iter().next(),
        _ => None,
    }
}
