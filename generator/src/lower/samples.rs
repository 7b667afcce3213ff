//! Sample values for the conformance checks: for every operation, the arguments of a
//! call that a validator of the document should accept.
//!
//! Values come from the document first (a parameter's or media type's `example` or
//! first `examples` entry, then a schema's `example`, then its `default`), and are
//! otherwise synthesised from the schema: the first enum value, a value of the
//! declared format, numbers inside the bounds and on `multipleOf`, strings within the
//! length limits or matching a simple `pattern`, arrays of `minItems` (at least one)
//! items, and objects with their required properties. A second call sets every
//! optional parameter, body and property too, so that the encoding of each of them
//! meets the validator. When a value may be invalid for a reason that is not the
//! client's fault (a pattern beyond the synthesiser), the check carries a caveat.

use super::fit::{self, Reading};
use super::media::{pick_media, MediaKind};
use super::{refs, Lowerer};
use crate::ir::{BodyMedia, CallSample, Operation, OperationCheck, ParamLocation, TypeRef};
use crate::pointer;
use openapiv3::{
    AdditionalProperties, Discriminator, MediaType, OpenAPI, Parameter, ParameterSchemaOrContent,
    ReferenceOr, Schema, SchemaKind, StatusCode, StringFormat, Type, VariantOrUnknownOrEmpty,
};
use serde_json::{json, Map, Value};

/// How deep a sample nests before optional members are left out; past twice this
/// depth recursion stops altogether.
const MAX_DEPTH: usize = 6;

/// Which members a sample includes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Fill {
    Required,
    Full,
}

/// One synthesis run over the document's schemas.
pub(super) struct Synth<'a> {
    spec: &'a OpenAPI,
    fill: Fill,
    /// Multipart bodies carry `format: binary` strings as file parts.
    binary_file: bool,
    /// The value is a parameter's (path, query, header or cookie) or a form field's.
    parameter: bool,
    /// The value travels as text (any parameter, the path's too).
    text: bool,
    /// The value is a field of an `application/x-www-form-urlencoded` body.
    form_body: bool,
    /// Component schemas being sampled, innermost last, to stop recursion.
    stack: Vec<String>,
    pub(super) caveats: Vec<String>,
}

impl<'a> Synth<'a> {
    pub(super) fn new(spec: &'a OpenAPI, fill: Fill) -> Self {
        Synth {
            spec,
            fill,
            binary_file: false,
            parameter: false,
            text: false,
            form_body: false,
            stack: Vec::new(),
            caveats: Vec::new(),
        }
    }

    /// The component schema a `$ref` names, with its name, following ref chains.
    fn resolve(&self, reference: &str) -> Option<(&'a Schema, String)> {
        super::refs::component_schema(self.spec, reference)
    }

    pub(super) fn sample(
        &mut self,
        schema: &'a ReferenceOr<Schema>,
        depth: usize,
    ) -> Option<Value> {
        match schema {
            ReferenceOr::Item(schema) => self.schema(schema, depth),
            ReferenceOr::Reference { reference } => self.reference(reference, depth),
        }
    }

    fn boxed(&mut self, schema: &'a ReferenceOr<Box<Schema>>, depth: usize) -> Option<Value> {
        match schema {
            ReferenceOr::Item(schema) => self.schema(schema, depth),
            ReferenceOr::Reference { reference } => self.reference(reference, depth),
        }
    }

    /// Whether a property is `readOnly`, inline or through its `$ref`.
    fn read_only(&self, property: &'a ReferenceOr<Box<Schema>>) -> bool {
        match property {
            ReferenceOr::Item(schema) => schema.schema_data.read_only,
            ReferenceOr::Reference { reference } => self
                .resolve(reference)
                .is_some_and(|(schema, _)| schema.schema_data.read_only),
        }
    }

    fn reference(&mut self, reference: &str, depth: usize) -> Option<Value> {
        let (schema, name) = self.resolve(reference)?;
        let visits = self.stack.iter().filter(|n| **n == name).count();
        if visits >= 2 || depth > 2 * MAX_DEPTH {
            return None;
        }
        self.stack.push(name.clone());
        let mut value = self.schema(schema, depth + 1);
        self.stack.pop();
        // A schema that extends a discriminated parent through `allOf` must carry the
        // tag that selects it, or the parent's union would pick another variant.
        if let (Some(Value::Object(object)), SchemaKind::AllOf { all_of }) =
            (&mut value, &schema.schema_kind)
        {
            for parent in all_of {
                let ReferenceOr::Reference { reference } = parent else {
                    continue;
                };
                let Some((parent, _)) = self.resolve(reference) else {
                    continue;
                };
                if let Some(discriminator) = &parent.schema_data.discriminator {
                    let tag = tag_value(
                        discriminator,
                        &format!("#/components/schemas/{name}"),
                        &name,
                    );
                    object.insert(discriminator.property_name.clone(), Value::String(tag));
                }
            }
        }
        value
    }

    fn schema(&mut self, schema: &'a Schema, depth: usize) -> Option<Value> {
        let data = &schema.schema_data;
        if let Some(example) = data.example.as_ref().or(data.default.as_ref()) {
            if (!example.is_null() || data.nullable)
                && !fit::schema_contradicts(self.spec, schema, example, Reading::Json)
            {
                return Some(self.complete(example.clone(), schema, depth));
            }
        }
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => {
                Some(match s.enumeration.iter().flatten().next() {
                    Some(value) => {
                        let format = fit::string_format(&s.format);
                        if format.is_some_and(|format| fit::breaks_format(format, value)) {
                            self.caveats.push(format!(
                                "spec: the enum value `{value}` breaks the schema's format `{}`, so no value satisfies it",
                                format.unwrap_or_default()
                            ));
                        }
                        Value::String(value.clone())
                    }
                    None => {
                        let format = match &s.format {
                            VariantOrUnknownOrEmpty::Item(StringFormat::Date) => Some("date"),
                            VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => {
                                Some("date-time")
                            }
                            VariantOrUnknownOrEmpty::Item(StringFormat::Byte) => Some("byte"),
                            VariantOrUnknownOrEmpty::Item(StringFormat::Binary) => Some("binary"),
                            VariantOrUnknownOrEmpty::Item(StringFormat::Password) => {
                                Some("password")
                            }
                            VariantOrUnknownOrEmpty::Unknown(other) => Some(other.as_str()),
                            VariantOrUnknownOrEmpty::Empty => None,
                        };
                        self.string(format, s.pattern.as_deref(), s.min_length, s.max_length)
                    }
                })
            }
            SchemaKind::Type(Type::Integer(i)) => {
                Some(match i.enumeration.iter().flatten().next() {
                    Some(value) => json!(value),
                    None => json!(integer(
                        i.minimum.map(|m| m as f64),
                        i.maximum.map(|m| m as f64),
                        i.exclusive_minimum,
                        i.exclusive_maximum,
                        i.multiple_of.map(|m| m as f64)
                    )),
                })
            }
            SchemaKind::Type(Type::Number(n)) => {
                Some(match n.enumeration.iter().flatten().next() {
                    Some(value) => json!(value),
                    None => number(
                        n.minimum,
                        n.maximum,
                        n.exclusive_minimum,
                        n.exclusive_maximum,
                        n.multiple_of,
                    ),
                })
            }
            SchemaKind::Type(Type::Boolean(b)) => Some(Value::Bool(
                b.enumeration
                    .iter()
                    .flatten()
                    .next()
                    .copied()
                    .unwrap_or(true),
            )),
            SchemaKind::Type(Type::Object(o)) => Some(self.object(
                &o.properties,
                &o.required,
                o.additional_properties.as_ref(),
                o.min_properties,
                depth,
            )),
            SchemaKind::Type(Type::Array(a)) => Some(self.array(
                a.items.as_ref(),
                a.min_items,
                a.max_items,
                a.unique_items,
                depth,
            )),
            SchemaKind::OneOf { one_of: members } => {
                self.union(members, data.discriminator.as_ref(), true, depth)
            }
            SchemaKind::AnyOf { any_of: members } => {
                self.union(members, data.discriminator.as_ref(), false, depth)
            }
            SchemaKind::AllOf { all_of } => self.all_of(all_of, None, &[], depth),
            SchemaKind::Not { .. } => {
                self.caveats.push(String::from(
                    "a `not` schema is beyond the sample synthesiser",
                ));
                Some(Value::String(String::from("sample")))
            }
            SchemaKind::Any(any) => {
                let own = (!any.properties.is_empty()).then(|| {
                    self.object(
                        &any.properties,
                        &any.required,
                        any.additional_properties.as_ref(),
                        any.min_properties,
                        depth,
                    )
                });
                if !any.all_of.is_empty() {
                    return self.all_of(&any.all_of, own, &any.required, depth);
                }
                if !any.one_of.is_empty() || !any.any_of.is_empty() {
                    let (members, exclusive) = if any.one_of.is_empty() {
                        (&any.any_of, false)
                    } else {
                        (&any.one_of, true)
                    };
                    return self.union(members, data.discriminator.as_ref(), exclusive, depth);
                }
                // An enum may list values of another type than the schema declares (an
                // empty string among numbers); only a value of the declared type is valid.
                if let Some(value) = any
                    .enumeration
                    .iter()
                    .find(|v| !v.is_null() && value_has_type(v, any.typ.as_deref()))
                {
                    return Some(value.clone());
                }
                if any.enumeration.iter().any(|v| !v.is_null()) && any.typ.is_some() {
                    self.caveats.push(format!(
                        "spec: the enum lists no value of the declared type `{}`, so no value satisfies the schema",
                        any.typ.as_deref().unwrap_or_default()
                    ));
                }
                // `type: array` wins over properties next to it, as in the type.
                if own.is_some() && any.typ.as_deref() != Some("array") {
                    return own;
                }
                Some(match any.typ.as_deref() {
                    Some("string") => self.string(
                        any.format.as_deref(),
                        any.pattern.as_deref(),
                        any.min_length,
                        any.max_length,
                    ),
                    Some("integer") => json!(integer(
                        any.minimum,
                        any.maximum,
                        any.exclusive_minimum.unwrap_or(false),
                        any.exclusive_maximum.unwrap_or(false),
                        any.multiple_of
                    )),
                    Some("number") => number(
                        any.minimum,
                        any.maximum,
                        any.exclusive_minimum.unwrap_or(false),
                        any.exclusive_maximum.unwrap_or(false),
                        any.multiple_of,
                    ),
                    Some("boolean") => Value::Bool(true),
                    Some("null") => Value::Null,
                    Some("array") => self.array(
                        any.items.as_ref(),
                        any.min_items,
                        any.max_items,
                        any.unique_items == Some(true),
                        depth,
                    ),
                    _ if any.items.is_some() => self.array(
                        any.items.as_ref(),
                        any.min_items,
                        any.max_items,
                        any.unique_items == Some(true),
                        depth,
                    ),
                    Some("object") => self.object(
                        &any.properties,
                        &any.required,
                        any.additional_properties.as_ref(),
                        any.min_properties,
                        depth,
                    ),
                    // `required` or `minProperties` alone still say "an object".
                    _ if any.additional_properties.is_some()
                        || !any.required.is_empty()
                        || any.min_properties.is_some() =>
                    {
                        self.object(
                            &any.properties,
                            &any.required,
                            any.additional_properties.as_ref(),
                            any.min_properties,
                            depth,
                        )
                    }
                    _ => Value::String(String::from("sample")),
                })
            }
        }
    }

    /// In a full sample, an example object gets the optional properties it lacks.
    fn complete(&mut self, example: Value, schema: &'a Schema, depth: usize) -> Value {
        let Value::Object(mut object) = example else {
            return example;
        };
        if self.fill == Fill::Full && depth <= MAX_DEPTH {
            let properties = match &schema.schema_kind {
                SchemaKind::Type(Type::Object(o)) => Some(&o.properties),
                SchemaKind::Any(any) => Some(&any.properties),
                _ => None,
            };
            for (name, property) in properties.into_iter().flatten() {
                if !object.contains_key(name) && !self.read_only(property) {
                    if let Some(value) = self.boxed(property, depth + 1) {
                        object.insert(name.clone(), value);
                    }
                }
            }
        }
        Value::Object(object)
    }

    fn object(
        &mut self,
        properties: &'a indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        additional: Option<&'a AdditionalProperties>,
        min_properties: Option<usize>,
        depth: usize,
    ) -> Value {
        let mut object = Map::new();
        // `minProperties` needs that many members: optional ones are taken in order
        // until the count is reached.
        let mut optional_wanted = min_properties.unwrap_or(0).saturating_sub(required.len());
        for (name, property) in properties {
            let needed = required.contains(name);
            // Samples are requests: a server sets read-only properties itself, and a
            // validator removes them from the schema it checks a request against.
            if !needed && self.read_only(property) {
                continue;
            }
            let wanted = !needed && optional_wanted > 0 && depth <= MAX_DEPTH;
            if !needed && !wanted && (self.fill == Fill::Required || depth > MAX_DEPTH) {
                continue;
            }
            if wanted {
                optional_wanted -= 1;
            }
            match self.boxed(property, depth + 1) {
                Some(value) => {
                    object.insert(name.clone(), value);
                }
                None if needed => {
                    // Only a required property that recurses without end (or whose
                    // `$ref` does not resolve) has no sample: no finite value is valid.
                    self.caveats.push(format!("spec: required property `{name}` recurses without end or does not resolve, so no finite value satisfies the schema"));
                    object.insert(name.clone(), Value::Null);
                }
                None => {}
            }
        }
        // A required name without a declaration accepts any value, unless the object is
        // closed, in which case no value can satisfy the schema.
        for name in required
            .iter()
            .filter(|name| !properties.contains_key(*name))
        {
            match additional {
                Some(AdditionalProperties::Any(false)) => {
                    self.caveats.push(format!("spec: required property `{name}` is not declared and the object admits no other properties"));
                }
                Some(AdditionalProperties::Schema(values)) => {
                    let value = self.sample(values, depth + 1).unwrap_or(Value::Null);
                    object.insert(name.clone(), value);
                }
                _ => {
                    object.insert(name.clone(), Value::String(String::from("sample")));
                }
            }
        }
        if properties.is_empty() && self.fill == Fill::Full && depth <= MAX_DEPTH {
            if let Some(AdditionalProperties::Schema(values)) = additional {
                if let Some(value) = self.sample(values, depth + 1) {
                    object.insert(String::from("key"), value);
                }
            }
        }
        Value::Object(object)
    }

    fn array(
        &mut self,
        items: Option<&'a ReferenceOr<Box<Schema>>>,
        min: Option<usize>,
        max: Option<usize>,
        unique: bool,
        depth: usize,
    ) -> Value {
        // In a parameter or a multipart body an array of one element is the same on the
        // wire as a single value (`a=x`, one part), so a style or explode rule broken in
        // the runtime would go unnoticed; two elements make the array visible. Items
        // are copies of one sample, so an array of unique items keeps one.
        let least = if (self.binary_file || self.parameter) && !unique {
            2
        } else {
            1
        };
        if self.binary_file {
            // Prism 5 keeps only one of the parts that share a name, so it reads any
            // multipart array as a single value and rejects it.
            self.caveats.push(String::from("validator: Prism keeps one of the multipart parts that share a name, so it rejects every array field"));
        }
        if self.form_body {
            // The same holds for a form field repeated as OpenAPI's default (`form`,
            // exploded) encoding writes an array.
            self.caveats.push(String::from("validator: Prism reads a repeated form field as one value, so it rejects every array field of a form body"));
        }
        let mut count = min.unwrap_or(0).clamp(least, 20);
        if let Some(max) = max {
            count = count.min(max);
        }
        if unique {
            count = count.min(1);
        }
        let item = match items {
            Some(items) => self.boxed(items, depth + 1),
            None => Some(Value::String(String::from("sample"))),
        };
        match item {
            Some(item) => Value::Array(vec![item; count]),
            None => Value::Array(Vec::new()),
        }
    }

    /// The first member whose sample no other member also accepts (for `oneOf`,
    /// which must match exactly one), tagged when the union is discriminated.
    fn union(
        &mut self,
        members: &'a [ReferenceOr<Schema>],
        discriminator: Option<&Discriminator>,
        exclusive: bool,
        depth: usize,
    ) -> Option<Value> {
        let mut first = None;
        for (index, member) in members.iter().enumerate() {
            if matches!(member, ReferenceOr::Item(s) if is_null(s)) {
                continue;
            }
            let Some(mut value) = self.sample(member, depth) else {
                continue;
            };
            if let (
                Some(discriminator),
                Value::Object(object),
                ReferenceOr::Reference { reference },
            ) = (discriminator, &mut value, member)
            {
                let name = reference
                    .rsplit('/')
                    .next()
                    .map(crate::pointer::ref_token)
                    .unwrap_or_default();
                object.insert(
                    discriminator.property_name.clone(),
                    Value::String(tag_value(discriminator, reference, &name)),
                );
            }
            // In a parameter every value travels as text, so a `string` member also
            // accepts a number or a boolean (`1` in a path matches `integer` and
            // `string` alike).
            let as_text = self.text && matches!(value, Value::Number(_) | Value::Bool(_));
            let ambiguous = exclusive
                && members.iter().enumerate().any(|(other, schema)| {
                    other != index
                        && (self.accepts(schema, &value)
                            || (as_text && self.declared_type(schema) == Some("string")))
                });
            if !ambiguous {
                return Some(value);
            }
            first.get_or_insert(value);
        }
        if first.is_some() {
            let inherited = members
                .iter()
                .any(|member| self.inherits_discriminator(member));
            self.caveats.push(if discriminator.is_some() || inherited {
                String::from("validator: the oneOf's variants overlap and Prism validates oneOf without its discriminator")
            } else {
                String::from("spec: the oneOf's variants overlap, so a value can match more than one of them")
            });
            return first;
        }
        members
            .is_empty()
            .then(|| Value::String(String::from("sample")))
            .or(Some(Value::Null))
    }

    /// Whether `schema` certainly accepts `value`, judged from its type, required and
    /// declared properties; `false` when unsure.
    fn accepts(&self, schema: &'a ReferenceOr<Schema>, value: &Value) -> bool {
        self.accepts_within(schema, value, 0)
    }

    /// [`Self::accepts`], giving up (`false`) past a nesting depth that only an `allOf`
    /// cycle reaches.
    fn accepts_within(&self, schema: &'a ReferenceOr<Schema>, value: &Value, depth: usize) -> bool {
        if depth > 2 * MAX_DEPTH {
            return false;
        }
        let schema = match schema {
            ReferenceOr::Item(schema) => schema,
            ReferenceOr::Reference { reference } => match self.resolve(reference) {
                Some((schema, _)) => schema,
                None => return false,
            },
        };
        let (properties, required, additional) = match &schema.schema_kind {
            // A value satisfies `allOf` when it satisfies every member on its own.
            SchemaKind::AllOf { all_of } => {
                return all_of
                    .iter()
                    .all(|member| self.accepts_within(member, value, depth + 1))
            }
            SchemaKind::Any(any) if !any.all_of.is_empty() => {
                let own_constraints = !any.properties.is_empty()
                    || !any.required.is_empty()
                    || !any.one_of.is_empty()
                    || !any.any_of.is_empty();
                return !own_constraints
                    && any
                        .all_of
                        .iter()
                        .all(|member| self.accepts_within(member, value, depth + 1));
            }
            // A schema without any constraint accepts every value.
            SchemaKind::Any(any) if *any == openapiv3::AnySchema::default() => return true,
            SchemaKind::Type(Type::Object(o)) => {
                (&o.properties, &o.required, o.additional_properties.as_ref())
            }
            SchemaKind::Any(any)
                if any.typ.as_deref().is_none_or(|t| t == "object")
                    && any.one_of.is_empty()
                    && any.all_of.is_empty()
                    && any.any_of.is_empty()
                    && any.enumeration.is_empty() =>
            {
                (
                    &any.properties,
                    &any.required,
                    any.additional_properties.as_ref(),
                )
            }
            SchemaKind::Type(Type::String(s)) => {
                return value.is_string() && s.enumeration.is_empty() && s.pattern.is_none()
            }
            SchemaKind::Type(Type::Boolean(_)) => return value.is_boolean(),
            _ => return false,
        };
        let Value::Object(object) = value else {
            return false;
        };
        let closed = matches!(additional, Some(AdditionalProperties::Any(false)));
        required.iter().all(|name| object.contains_key(name))
            && object
                .iter()
                .all(|(key, member)| match properties.get(key) {
                    Some(ReferenceOr::Item(property)) => simple_type_accepts(property, member),
                    Some(ReferenceOr::Reference { .. }) => true,
                    None => !closed,
                })
    }

    /// The JSON type a schema declares, if it declares one.
    fn declared_type(&self, member: &'a ReferenceOr<Schema>) -> Option<&'static str> {
        let schema = match member {
            ReferenceOr::Item(schema) => schema,
            ReferenceOr::Reference { reference } => self.resolve(reference)?.0,
        };
        fit::declared_type(schema)
    }

    /// Whether the member is, or extends through `allOf`, a schema with a discriminator.
    fn inherits_discriminator(&self, member: &'a ReferenceOr<Schema>) -> bool {
        let schema = match member {
            ReferenceOr::Item(schema) => schema,
            ReferenceOr::Reference { reference } => match self.resolve(reference) {
                Some((schema, _)) => schema,
                None => return false,
            },
        };
        let parents = match &schema.schema_kind {
            SchemaKind::AllOf { all_of } => all_of,
            SchemaKind::Any(any) => &any.all_of,
            _ => return false,
        };
        parents.iter().any(|parent| match parent {
            ReferenceOr::Reference { reference } => self
                .resolve(reference)
                .is_some_and(|(p, _)| p.schema_data.discriminator.is_some()),
            ReferenceOr::Item(p) => p.schema_data.discriminator.is_some(),
        })
    }

    /// The members' objects merged; a member that is not an object wins alone.
    fn all_of(
        &mut self,
        members: &'a [ReferenceOr<Schema>],
        own: Option<Value>,
        required: &'a [String],
        depth: usize,
    ) -> Option<Value> {
        let types: Vec<&str> = members
            .iter()
            .filter_map(|member| self.declared_type(member))
            .collect();
        if let Some(other) = types.iter().find(|t| !compatible_types(types[0], t)) {
            self.caveats.push(format!("spec: the allOf's members declare the types `{}` and `{other}`, so no value satisfies it", types[0]));
        }
        let mut merged = Map::new();
        let mut scalar = None;
        for member in members {
            match self.sample(member, depth) {
                Some(Value::Object(object)) => {
                    for (key, value) in object {
                        merged.entry(key).or_insert(value);
                    }
                }
                Some(other) => scalar = Some(other),
                None => {}
            }
        }
        if let Some(Value::Object(object)) = own {
            merged.extend(object);
        }
        // The allOf may require properties that only a member declares (a request body
        // that is `allOf: [Warehouse]` plus `required: [name]`).
        for name in required {
            if merged.contains_key(name) {
                continue;
            }
            let declared = members.iter().find_map(|member| {
                let schema = match member {
                    ReferenceOr::Item(schema) => schema,
                    ReferenceOr::Reference { reference } => self.resolve(reference)?.0,
                };
                match &schema.schema_kind {
                    SchemaKind::Type(Type::Object(object)) => object.properties.get(name),
                    SchemaKind::Any(any) => any.properties.get(name),
                    _ => None,
                }
            });
            if let Some(value) = declared.and_then(|property| self.boxed(property, depth + 1)) {
                merged.insert(name.clone(), value);
            }
        }
        match scalar {
            Some(value) if merged.is_empty() => Some(value),
            _ => Some(Value::Object(merged)),
        }
    }

    fn string(
        &mut self,
        format: Option<&str>,
        pattern: Option<&str>,
        min: Option<usize>,
        max: Option<usize>,
    ) -> Value {
        if let Some(pattern) = pattern {
            match pattern_sample(pattern) {
                Some(text)
                    if min.is_none_or(|m| text.chars().count() >= m)
                        && max.is_none_or(|m| text.chars().count() <= m)
                        && !fit::breaks_pattern(pattern, &text) =>
                {
                    return Value::String(text);
                }
                _ => self.caveats.push(format!(
                    "pattern `{pattern}` is beyond the sample synthesiser"
                )),
            }
        }
        let formatted = match format.map(str::to_ascii_lowercase).as_deref() {
            Some("date") => "2024-01-15",
            Some("date-time") => "2024-01-15T10:30:00Z",
            Some("time") => "10:30:00Z",
            Some("uuid") => "3fa85f64-5717-4562-b3fc-2c963f66afa6",
            Some("email" | "idn-email") => "user@example.com",
            Some("uri" | "url" | "iri" | "uri-reference" | "iri-reference" | "uri-template") => {
                "https://example.com/"
            }
            Some("hostname" | "idn-hostname") => "example.com",
            Some("ipv4") => "192.0.2.1",
            Some("ipv6") => "2001:db8::1",
            Some("byte") => "c2FtcGxl",
            Some("binary") if self.binary_file => {
                return json!({ "file_name": "sample.txt", "content_type": "text/plain", "data": b"sample".to_vec() });
            }
            Some("int32" | "int64" | "integer" | "number" | "decimal" | "double" | "float") => "1",
            Some("duration") => "P1D",
            Some("json-pointer") => "/sample",
            Some("relative-json-pointer") => "0/sample",
            Some("regex") => "^sample$",
            _ => "",
        };
        if !formatted.is_empty() {
            return Value::String(formatted.to_string());
        }
        let mut text = String::from("sample");
        if let Some(max) = max {
            text.truncate(max);
        }
        while min.is_some_and(|m| text.len() < m) {
            text.push('x');
        }
        Value::String(text)
    }
}

/// Whether a property schema's declared type (and enum) admits the value; schemas
/// without a simple type admit anything.
fn simple_type_accepts(schema: &Schema, value: &Value) -> bool {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => value.as_str().is_some_and(|v| {
            s.enumeration.is_empty() || s.enumeration.iter().flatten().any(|e| e == v)
        }),
        SchemaKind::Type(Type::Integer(_)) => value.is_i64() || value.is_u64(),
        SchemaKind::Type(Type::Number(_)) => value.is_number(),
        SchemaKind::Type(Type::Boolean(_)) => value.is_boolean(),
        SchemaKind::Type(Type::Object(_)) => value.is_object(),
        SchemaKind::Type(Type::Array(_)) => value.is_array(),
        SchemaKind::Any(any) if !any.enumeration.is_empty() => any.enumeration.contains(value),
        _ => true,
    }
}

/// A path template with every parameter name left out (`/a/{}/b`).
fn template_shape(path: &str) -> String {
    let mut shape = String::with_capacity(path.len());
    let mut inside = false;
    for c in path.chars() {
        match c {
            '{' => {
                inside = true;
                shape.push('{');
            }
            '}' => {
                inside = false;
                shape.push('}');
            }
            _ if inside => {}
            other => shape.push(other),
        }
    }
    shape
}

/// Whether two declared JSON types admit a common value (every integer is a number).
fn compatible_types(a: &str, b: &str) -> bool {
    a == b || matches!((a, b), ("integer", "number") | ("number", "integer"))
}

/// Whether a value has the declared JSON type (any type when none is declared).
fn value_has_type(value: &Value, typ: Option<&str>) -> bool {
    match typ {
        Some("string") => value.is_string(),
        Some("integer") => value.is_i64() || value.is_u64(),
        Some("number") => value.is_number(),
        Some("boolean") => value.is_boolean(),
        Some("object") => value.is_object(),
        Some("array") => value.is_array(),
        _ => true,
    }
}

fn is_null(schema: &Schema) -> bool {
    matches!(&schema.schema_kind, SchemaKind::Any(any) if any.typ.as_deref() == Some("null"))
}

/// The discriminator value that selects the schema `reference` (named `name`): its
/// key in the mapping, else its name, which is what OpenAPI implies without one.
fn tag_value(discriminator: &Discriminator, reference: &str, name: &str) -> String {
    discriminator
        .mapping
        .iter()
        .find(|(_, target)| *target == reference || target.as_str() == name)
        .map_or_else(|| name.to_string(), |(key, _)| key.clone())
}

/// The value nearest to 1 inside the bounds, on the `multipleOf` grid.
fn integer(
    min: Option<f64>,
    max: Option<f64>,
    exclusive_min: bool,
    exclusive_max: bool,
    multiple: Option<f64>,
) -> i64 {
    let low = min.map(|m| {
        if exclusive_min {
            m.floor() as i64 + 1
        } else {
            m.ceil() as i64
        }
    });
    let high = max.map(|m| {
        if exclusive_max {
            m.ceil() as i64 - 1
        } else {
            m.floor() as i64
        }
    });
    let mut value = 1i64;
    if let Some(low) = low {
        value = value.max(low);
    }
    if let Some(high) = high {
        value = value.min(high);
    }
    if let Some(step) = multiple.map(|m| m as i64).filter(|m| *m > 0) {
        value = (value + step - 1).div_euclid(step) * step;
        if high.is_some_and(|h| value > h) {
            value -= step;
        }
    }
    value
}

/// Like [`integer`] for numbers: 1, moved inside the bounds (between them when both are
/// exclusive and close), on the `multipleOf` grid.
fn number(
    min: Option<f64>,
    max: Option<f64>,
    exclusive_min: bool,
    exclusive_max: bool,
    multiple: Option<f64>,
) -> Value {
    let mut value: f64 = 1.0;
    if let Some(low) = min {
        if value < low || (exclusive_min && value <= low) {
            value = if exclusive_min { low + 1.0 } else { low };
        }
    }
    if let Some(high) = max {
        if value > high || (exclusive_max && value >= high) {
            value = if exclusive_max { high - 1.0 } else { high };
        }
        if let Some(low) = min.filter(|low| value <= *low && exclusive_min) {
            value = (low + high) / 2.0;
        }
    }
    if let Some(step) = multiple.filter(|m| *m > 0.0) {
        value = (value / step).ceil() * step;
    }
    if value.fract() == 0.0 && value.abs() < 1e15 {
        json!(value as i64)
    } else {
        json!(value)
    }
}

/// A string matching a simple regular expression: literals, escapes, classes,
/// groups with alternatives (the first is taken) and quantifiers (their minimum, one
/// for `+`). `None` for what it does not understand (lookaround, back references).
pub(super) fn pattern_sample(pattern: &str) -> Option<String> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut position = 0;
    let text = alternatives(&chars, &mut position)?;
    (position == chars.len()).then_some(text)
}

fn alternatives(chars: &[char], position: &mut usize) -> Option<String> {
    let first = sequence(chars, position)?;
    while *position < chars.len() && chars[*position] == '|' {
        *position += 1;
        sequence(chars, position)?;
    }
    Some(first)
}

fn sequence(chars: &[char], position: &mut usize) -> Option<String> {
    let mut out = String::new();
    while *position < chars.len() {
        let c = chars[*position];
        if c == '|' || c == ')' {
            break;
        }
        *position += 1;
        let atom = match c {
            '^' if out.is_empty() => continue,
            '$' if *position == chars.len() || matches!(chars.get(*position), Some('|' | ')')) => {
                continue
            }
            '(' => {
                if chars.get(*position) == Some(&'?') {
                    if chars.get(*position + 1) != Some(&':') {
                        return None;
                    }
                    *position += 2;
                }
                let inner = alternatives(chars, position)?;
                if chars.get(*position) != Some(&')') {
                    return None;
                }
                *position += 1;
                inner
            }
            '[' => class(chars, position)?.to_string(),
            '\\' => {
                let escaped = *chars.get(*position)?;
                *position += 1;
                match escaped {
                    'd' => '1',
                    'w' | 'D' | 'S' => 'a',
                    's' => ' ',
                    'W' => '-',
                    'b' | 'B' | '1'..='9' | 'p' | 'P' | 'u' | 'x' => return None,
                    other => other,
                }
                .to_string()
            }
            '.' => String::from("a"),
            '*' | '+' | '?' | '{' | '$' | '^' => return None,
            other => other.to_string(),
        };
        let repeat = quantifier(chars, position)?;
        for _ in 0..repeat {
            out.push_str(&atom);
        }
    }
    Some(out)
}

/// The number of repetitions to use for the quantifier at `position` (1 without one).
fn quantifier(chars: &[char], position: &mut usize) -> Option<usize> {
    let count = match chars.get(*position) {
        Some('?') | Some('*') => 0,
        Some('+') => 1,
        Some('{') => {
            let close = chars[*position..].iter().position(|c| *c == '}')? + *position;
            let body: String = chars[*position + 1..close].iter().collect();
            let low = body.split(',').next()?.trim().parse::<usize>().ok()?;
            *position = close;
            low.max(usize::from(body == "0," || body.starts_with("0,")))
        }
        _ => return Some(1),
    };
    *position += 1;
    // A lazy or possessive marker changes nothing for the shortest match.
    if matches!(chars.get(*position), Some('?' | '+')) {
        *position += 1;
    }
    Some(count.min(64))
}

/// A character the class at `position` (just after `[`) matches.
fn class(chars: &[char], position: &mut usize) -> Option<char> {
    let negated = chars.get(*position) == Some(&'^');
    if negated {
        *position += 1;
    }
    let mut members: Vec<(char, char)> = Vec::new();
    let mut first = true;
    while *position < chars.len() && (chars[*position] != ']' || first) {
        first = false;
        let mut c = chars[*position];
        *position += 1;
        if c == '\\' {
            let escaped = *chars.get(*position)?;
            *position += 1;
            match escaped {
                'd' => members.push(('0', '9')),
                'w' => members.extend([('a', 'z'), ('A', 'Z'), ('0', '9'), ('_', '_')]),
                's' => members.push((' ', ' ')),
                'D' | 'W' | 'S' | 'p' | 'P' | 'u' | 'x' => return None,
                other => c = other,
            }
            if matches!(escaped, 'd' | 'w' | 's') {
                continue;
            }
        }
        if chars.get(*position) == Some(&'-') && chars.get(*position + 1).is_some_and(|n| *n != ']')
        {
            let end = chars[*position + 1];
            *position += 2;
            members.push((c, end));
        } else {
            members.push((c, c));
        }
    }
    if chars.get(*position) != Some(&']') {
        return None;
    }
    *position += 1;
    if negated {
        return ['a', 'A', '1', '_', 'z', 'Q']
            .into_iter()
            .find(|c| !members.iter().any(|(lo, hi)| lo <= c && c <= hi));
    }
    // A letter or digit is the safest pick when the class offers one.
    members
        .iter()
        .find_map(|(lo, hi)| ['a', 'A', '1'].into_iter().find(|c| lo <= c && c <= hi))
        .or_else(|| members.first().map(|(lo, _)| *lo))
}

impl<'a> Lowerer<'a> {
    /// The calls of every operation, in the order of `operations` (which follows the
    /// document, as `lower_operations` does).
    pub(super) fn operation_checks(&mut self, operations: &[Operation]) -> Vec<OperationCheck> {
        let spec = self.spec;
        let mut sources = Vec::new();
        for (path, item) in &spec.paths.paths {
            let ReferenceOr::Item(item) = item else {
                continue;
            };
            for (method, op) in item.iter() {
                sources.push((path, method, item, op));
            }
        }
        let mut checks = Vec::new();
        for (index, ir) in operations.iter().enumerate() {
            let Some(&(_, method, item, op)) = sources.iter().find(|(path, method, _, _)| {
                **path == ir.path && method.eq_ignore_ascii_case(ir.method.as_str())
            }) else {
                continue;
            };
            let label = op
                .operation_id
                .clone()
                .unwrap_or_else(|| format!("{} {}", method.to_ascii_uppercase(), ir.path));
            let mut documented: Vec<String> = op
                .responses
                .responses
                .keys()
                .map(|code| match code {
                    StatusCode::Code(code) => code.to_string(),
                    StatusCode::Range(range) => format!("{range}XX"),
                })
                .collect();
            if op.responses.default.is_some() {
                documented.push(String::from("default"));
            }
            let parameters: Vec<&'a Parameter> = item
                .parameters
                .iter()
                .chain(&op.parameters)
                .filter_map(|p| refs::look_up(self.spec, p, |c| &c.parameters, &refs::PARAMETER))
                .collect();
            let mut caveats = Vec::new();
            let mut calls = Vec::new();
            for fill in [Fill::Required, Fill::Full] {
                let mut synth = Synth::new(spec, fill);
                let call = self.call(&mut synth, ir, &parameters, op.request_body.as_ref());
                caveats.append(&mut synth.caveats);
                if calls
                    .last()
                    .is_some_and(|previous: &CallSample| same_call(previous, &call))
                {
                    continue;
                }
                calls.push(call);
            }
            if let Some(reason) = self.security_caveat(op, ir) {
                caveats.insert(0, reason);
            }
            let assumed_media = op.request_body.as_ref().is_some_and(|body| {
                matches!(body, ReferenceOr::Item(body)
                    if body.extensions.contains_key(crate::load::ASSUMED_MEDIA_TYPE))
            });
            if assumed_media {
                caveats.insert(0, String::from("validator: the Swagger 2.0 document declares no `consumes`, so Prism accepts no body, while the client sends JSON"));
            }
            // Paths are matched without their query; a template that carries one
            // (`/pic?key={KEY}`) matches no request at all.
            if ir.path.contains('?') {
                caveats.insert(0, String::from("spec: the path template holds a query string, which a path template cannot: no request path matches it"));
            }
            // Two templates that differ only in parameter names are the same path, which
            // OpenAPI forbids: a validator cannot tell which operation a request is for.
            if let Some(twin) = spec.paths.paths.keys().find(|other| {
                **other != ir.path && template_shape(other) == template_shape(&ir.path)
            }) {
                caveats.insert(0, format!("spec: the path template is the same as `{twin}` apart from parameter names, so a request matches both"));
            }
            // A required parameter the client does not send (a header it sets itself,
            // a parameter behind a broken `$ref`) makes every call invalid.
            let credential = self.implied_authorization();
            let sent = |p: &&Parameter| {
                let data = p.parameter_data_ref();
                // The implied scheme sends an `Authorization` parameter as a credential.
                if matches!(p, Parameter::Header { .. })
                    && data.name.eq_ignore_ascii_case("authorization")
                    && credential.is_some_and(|implied| ir.uses_scheme(implied))
                {
                    return true;
                }
                match location_of(p) {
                    None => ir.path_params.iter().any(|q| q.name.wire == data.name),
                    Some(location) => ir
                        .params_struct
                        .iter()
                        .flat_map(|s| &s.params)
                        .any(|q| q.name.wire == data.name && q.location == location),
                }
            };
            if let Some(missing) = parameters
                .iter()
                .find(|p| p.parameter_data_ref().required && !sent(p))
            {
                let name = &missing.parameter_data_ref().name;
                let ignored_by_openapi = matches!(missing, Parameter::Header { .. })
                    && ["accept", "content-type", "authorization"]
                        .contains(&name.to_ascii_lowercase().as_str());
                caveats.insert(0, if ignored_by_openapi {
                    // OpenAPI: a header parameter named Accept, Content-Type or
                    // Authorization "SHALL be ignored"; a validator should not require it.
                    format!("validator: OpenAPI says the header parameter `{name}` is ignored, yet Prism requires it")
                } else {
                    format!("required parameter `{name}` is not sent by the client (see the generator's warnings)")
                });
            }
            caveats.dedup();
            checks.push(OperationCheck {
                operation: index,
                label,
                documented,
                calls,
                caveat: caveats.into_iter().next(),
            });
        }
        checks
    }

    fn call(
        &self,
        synth: &mut Synth<'a>,
        ir: &Operation,
        parameters: &[&'a Parameter],
        body: Option<&'a ReferenceOr<openapiv3::RequestBody>>,
    ) -> CallSample {
        let find = |wire: &str, location: Option<ParamLocation>| {
            parameters
                .iter()
                .rev()
                .copied()
                .find(|p| p.parameter_data_ref().name == wire && location_of(p) == location)
        };
        // Path parameters are always filled completely: an object or array with
        // nothing in it would render as an empty segment, which changes the path.
        let fill = synth.fill;
        synth.fill = Fill::Full;
        let path = ir
            .path_params
            .iter()
            .map(|param| {
                let value = find(&param.name.wire, None).and_then(|p| parameter_value(synth, p));
                coerce(
                    value.unwrap_or_else(|| Value::String(String::from("sample"))),
                    &param.ty,
                )
            })
            .collect::<Vec<_>>();
        synth.fill = fill;
        for (param, value) in ir.path_params.iter().zip(&path) {
            if value.as_str() == Some("") {
                synth.caveats.push(format!("path parameter `{}` can only be empty, and the client refuses to send an empty path segment", param.name.wire));
            }
        }
        let params = ir.params_struct.as_ref().map(|params| {
            let mut object = Map::new();
            for param in &params.params {
                if !param.required && synth.fill == Fill::Required {
                    continue;
                }
                let found = find(&param.name.wire, Some(param.location));
                if found.is_some_and(|p| param.location == ParamLocation::Query && has_object_items(p)) {
                    synth.caveats.push(format!("spec: query parameter `{}` is a list of objects, which no query style serialises", param.name.wire));
                }
                let value = found.and_then(|p| parameter_value(synth, p));
                if let Some(value) = value {
                    if param.required && value.as_str() == Some("") {
                        // Prism reads `name=` as an absent parameter.
                        synth.caveats.push(format!("required parameter `{}` can only be empty, which validators read as absent", param.name.wire));
                    }
                    object.insert(param.name.wire.clone(), coerce(value, &param.ty));
                }
            }
            Value::Object(object)
        });
        let body = ir.body.as_ref().and_then(|ir_body| {
            if !ir_body.required && synth.fill == Fill::Required {
                return None;
            }
            let media = body
                .and_then(|b| self.request_body(b))
                .and_then(|b| pick_media(&b.content));
            Some(match (&ir_body.media, media) {
                (
                    BodyMedia::Json | BodyMedia::Form | BodyMedia::Multipart(_),
                    Some((_, media, kind)),
                ) => {
                    synth.binary_file = kind == MediaKind::Multipart;
                    // A form field repeated once reads as a single value, like a
                    // query parameter: arrays get two items.
                    synth.parameter = kind == MediaKind::Form;
                    synth.form_body = kind == MediaKind::Form;
                    let mut value = media_value(synth, media).unwrap_or(Value::Null);
                    // Validators read an empty required body as a missing one: a
                    // required body gets the optional fields too when it would be empty.
                    if ir_body.required && value == json!({}) && synth.fill == Fill::Required {
                        synth.fill = Fill::Full;
                        value = media_value(synth, media).unwrap_or(Value::Null);
                        synth.fill = Fill::Required;
                    }
                    synth.binary_file = false;
                    synth.parameter = false;
                    synth.form_body = false;
                    value
                }
                (BodyMedia::Text(_) | BodyMedia::Bytes(_), Some((name, media, _))) => {
                    if media.schema.as_ref().and_then(|schema| synth.declared_type(schema)) == Some("object") {
                        synth.caveats.push(format!("spec: the body is an object under `{name}`, a media type that names no encoding for objects, so the client sends it as raw text"));
                    }
                    match media_value(synth, media) {
                        Some(Value::String(text)) => Value::String(text),
                        _ => Value::String(String::from("sample")),
                    }
                }
                (BodyMedia::Text(_) | BodyMedia::Bytes(_), None) => {
                    Value::String(String::from("sample"))
                }
                (_, None) => json!({}),
            })
        });
        // Prism reads a JSON body that is `""`, `0` or `false` as no body at all.
        if ir
            .body
            .as_ref()
            .is_some_and(|b| b.required && matches!(b.media, BodyMedia::Json))
            && matches!(&body, Some(Value::String(s)) if s.is_empty())
        {
            synth.caveats.push(String::from("validator: the body sample is the empty JSON string, which Prism reads as a missing body"));
        }
        CallSample {
            label: String::from(if synth.fill == Fill::Required {
                "required"
            } else {
                "full"
            }),
            path,
            params,
            body,
        }
    }

    fn request_body(
        &self,
        body: &'a ReferenceOr<openapiv3::RequestBody>,
    ) -> Option<&'a openapiv3::RequestBody> {
        let mut current = body;
        for _ in 0..super::refs::MAX_REF_HOPS {
            match current {
                ReferenceOr::Item(item) => return Some(item),
                ReferenceOr::Reference { reference } => {
                    let name = pointer::component(reference, "requestBodies")?;
                    current = self.spec.components.as_ref()?.request_bodies.get(&name)?;
                }
            }
        }
        None
    }

    /// Why a validator will refuse the call whatever the client sends: the document
    /// requires a security scheme that the generator does not support.
    fn security_caveat(&self, op: &openapiv3::Operation, ir: &Operation) -> Option<String> {
        let requirements = op.security.as_ref().or(self.spec.security.as_ref())?;
        if requirements.is_empty()
            || requirements.iter().any(|r| r.is_empty())
            || !ir.security.is_empty()
        {
            return None;
        }
        let names: Vec<&str> = requirements
            .iter()
            .flat_map(|r| r.keys())
            .map(String::as_str)
            .collect();
        Some(format!(
            "requires security scheme(s) {} that the client cannot apply",
            names.join(", ")
        ))
    }
}

/// Whether two calls send the same thing, so the second adds nothing.
fn same_call(a: &CallSample, b: &CallSample) -> bool {
    a.path == b.path && a.params == b.params && a.body == b.body
}

/// Where a document's parameter goes, in the IR's terms; `None` for the path.
fn location_of(parameter: &Parameter) -> Option<ParamLocation> {
    match parameter {
        Parameter::Query { .. } => Some(ParamLocation::Query),
        Parameter::Header { .. } => Some(ParamLocation::Header),
        Parameter::Path { .. } => None,
        Parameter::Cookie { .. } => Some(ParamLocation::Cookie),
    }
}

/// Whether an inline parameter schema is an array of inline objects.
fn has_object_items(parameter: &Parameter) -> bool {
    let ParameterSchemaOrContent::Schema(ReferenceOr::Item(schema)) =
        &parameter.parameter_data_ref().format
    else {
        return false;
    };
    matches!(&schema.schema_kind, SchemaKind::Type(Type::Array(array))
        if matches!(array.items.as_ref(), Some(ReferenceOr::Item(item))
            if matches!(item.schema_kind, SchemaKind::Type(Type::Object(_)))))
}

/// A parameter's example, first `examples` entry, or schema sample.
fn parameter_value<'a>(synth: &mut Synth<'a>, parameter: &'a Parameter) -> Option<Value> {
    let data = parameter.parameter_data_ref();
    if let Some(example) = data
        .example
        .clone()
        .or_else(|| first_example(synth.spec, &data.examples))
    {
        let contradicts = match &data.format {
            ParameterSchemaOrContent::Schema(schema) => {
                fit::contradicts(synth.spec, schema, &example, Reading::Text)
            }
            ParameterSchemaOrContent::Content(_) => false,
        };
        if !contradicts {
            return Some(example);
        }
    }
    // Path arrays keep one item: Prism 5.14.2 drops the connection, and stops serving,
    // on a path segment holding a list of several values.
    synth.parameter = location_of(parameter).is_some();
    synth.text = true;
    let value = match &data.format {
        ParameterSchemaOrContent::Schema(schema) => synth.sample(schema, 0),
        ParameterSchemaOrContent::Content(content) => {
            pick_media(content).and_then(|(_, media, _)| media_value(synth, media))
        }
    };
    synth.parameter = false;
    synth.text = false;
    value
}

/// A media type's example, first `examples` entry, or schema sample.
fn media_value<'a>(synth: &mut Synth<'a>, media: &'a MediaType) -> Option<Value> {
    let example = media
        .example
        .clone()
        .or_else(|| first_example(synth.spec, &media.examples))
        .filter(|example| {
            media
                .schema
                .as_ref()
                .is_none_or(|schema| !fit::contradicts(synth.spec, schema, example, Reading::Json))
        });
    match (example, &media.schema) {
        (Some(example), Some(ReferenceOr::Item(schema))) => {
            Some(synth.complete(example, schema, 0))
        }
        (Some(example), Some(ReferenceOr::Reference { reference })) => {
            match synth.resolve(reference) {
                Some((schema, _)) => Some(synth.complete(example, schema, 1)),
                None => Some(example),
            }
        }
        (Some(example), None) => Some(example),
        (None, Some(schema)) => synth.sample(schema, 0),
        (None, None) => None,
    }
}

/// The value of the first entry of an `examples` map that has one inline or in
/// `components.examples`.
pub(super) fn first_example(
    spec: &OpenAPI,
    examples: &indexmap::IndexMap<String, ReferenceOr<openapiv3::Example>>,
) -> Option<Value> {
    examples
        .values()
        .find_map(|example| example_value(spec, example))
}

pub(super) fn example_value(
    spec: &OpenAPI,
    example: &ReferenceOr<openapiv3::Example>,
) -> Option<Value> {
    match example {
        ReferenceOr::Item(example) => example.value.clone(),
        ReferenceOr::Reference { reference } => {
            let name = pointer::component(reference, "examples")?;
            match spec.components.as_ref()?.examples.get(&name)? {
                ReferenceOr::Item(example) => example.value.clone(),
                ReferenceOr::Reference { .. } => None,
            }
        }
    }
}

/// A parameter value in the JSON shape its Rust type decodes from. Parameters travel
/// as text, so a document's `id: 123` example for a string parameter means "123":
/// the same bytes on the wire.
fn coerce(value: Value, ty: &TypeRef) -> Value {
    match (super::operation::peel_option(ty), value) {
        (TypeRef::String, Value::Number(n)) => Value::String(n.to_string()),
        (TypeRef::String, Value::Bool(b)) => Value::String(b.to_string()),
        (TypeRef::I32 | TypeRef::I64 | TypeRef::U32 | TypeRef::U64, Value::String(text)) => text
            .trim()
            .parse::<i64>()
            .map_or(Value::String(text), |n| json!(n)),
        (TypeRef::F32 | TypeRef::F64, Value::String(text)) => text
            .trim()
            .parse::<f64>()
            .map_or(Value::String(text), |n| json!(n)),
        (TypeRef::Bool, Value::String(text)) if text == "true" || text == "false" => {
            Value::Bool(text == "true")
        }
        (TypeRef::Vec(item), Value::Array(values)) => {
            Value::Array(values.into_iter().map(|v| coerce(v, item)).collect())
        }
        (TypeRef::Vec(item), scalar @ (Value::String(_) | Value::Number(_) | Value::Bool(_))) => {
            Value::Array(vec![coerce(scalar, item)])
        }
        (_, value) => value,
    }
}

#[cfg(test)]
mod tests {
    use super::{integer, pattern_sample, template_shape, Fill, Synth};
    use openapiv3::{OpenAPI, ReferenceOr, Schema};
    use serde_json::{json, Value};

    /// A document whose `components.schemas` are `schemas`.
    fn document(schemas: Value) -> OpenAPI {
        serde_json::from_value(json!({
            "openapi": "3.0.3",
            "info": { "title": "t", "version": "1" },
            "paths": {},
            "components": { "schemas": schemas },
        }))
        .expect("a valid document")
    }

    /// The sample of `schema` and the caveats its synthesis raised.
    fn sample(
        spec: &OpenAPI,
        schema: Value,
        fill: Fill,
        multipart: bool,
    ) -> (Option<Value>, Vec<String>) {
        let schema: ReferenceOr<Schema> = serde_json::from_value(schema).expect("a valid schema");
        let schema: &'static ReferenceOr<Schema> = Box::leak(Box::new(schema));
        let spec: &'static OpenAPI = Box::leak(Box::new(spec.clone()));
        let mut synth = Synth::new(spec, fill);
        synth.binary_file = multipart;
        let value = synth.sample(schema, 0);
        (value, synth.caveats)
    }

    #[test]
    fn incompatible_all_of_is_a_spec_contradiction() {
        let spec = document(json!({}));
        let (_, caveats) = sample(
            &spec,
            json!({ "allOf": [{ "type": "string" }, { "type": "integer" }] }),
            Fill::Required,
            false,
        );
        assert!(
            caveats.first().is_some_and(|c| c.starts_with("spec: ")),
            "{caveats:?}"
        );
        let (_, caveats) = sample(
            &spec,
            json!({ "allOf": [{ "type": "number" }, { "type": "integer" }] }),
            Fill::Required,
            false,
        );
        assert!(caveats.is_empty(), "{caveats:?}");
    }

    #[test]
    fn enum_values_of_another_type_are_skipped() {
        let spec = document(json!({}));
        let (value, _) = sample(
            &spec,
            json!({ "type": "number", "enum": ["", 0, 1] }),
            Fill::Full,
            false,
        );
        assert_eq!(value, Some(json!(0)));
    }

    #[test]
    fn undeclared_required_properties_are_sent() {
        let spec = document(json!({}));
        let schema = json!({ "type": "object", "required": ["a", "b c *"], "properties": { "a": { "type": "boolean" } } });
        let (value, caveats) = sample(&spec, schema, Fill::Required, false);
        assert_eq!(value, Some(json!({ "a": true, "b c *": "sample" })));
        assert!(caveats.is_empty());
        let closed = json!({ "type": "object", "required": ["b"], "additionalProperties": false });
        let (_, caveats) = sample(&spec, closed, Fill::Required, false);
        assert!(
            caveats.first().is_some_and(|c| c.starts_with("spec: ")),
            "{caveats:?}"
        );
    }

    #[test]
    fn all_of_sends_what_the_outer_schema_requires_and_min_properties() {
        let spec = document(json!({
            "Warehouse": { "type": "object", "properties": {
                "name": { "type": "string" }, "code": { "type": "integer" } } }
        }));
        let body = json!({ "type": "object", "required": ["name"],
            "allOf": [{ "$ref": "#/components/schemas/Warehouse" }] });
        let (value, _) = sample(&spec, body, Fill::Required, false);
        assert_eq!(value, Some(json!({ "name": "sample" })));
        let identification = json!({ "type": "object", "minProperties": 1,
            "properties": { "id": { "type": "string" }, "email": { "type": "string" } } });
        let (value, _) = sample(&spec, identification, Fill::Required, false);
        assert_eq!(value, Some(json!({ "id": "sample" })));
    }

    #[test]
    fn required_alone_means_an_object_and_enums_breaking_their_format_are_the_documents() {
        let spec = document(json!({}));
        let (value, _) = sample(
            &spec,
            json!({ "required": ["title"] }),
            Fill::Required,
            false,
        );
        assert_eq!(value, Some(json!({ "title": "sample" })));
        let dates = json!({ "type": "string", "format": "date", "enum": ["20160128"] });
        let (value, caveats) = sample(&spec, dates, Fill::Required, false);
        assert_eq!(value, Some(json!("20160128")));
        assert!(
            caveats.first().is_some_and(|c| c.starts_with("spec: ")),
            "{caveats:?}"
        );
    }

    #[test]
    fn a_parameter_union_of_integer_and_string_sends_a_value_only_the_string_reads() {
        let spec = document(json!({}));
        let schema: ReferenceOr<Schema> = serde_json::from_value(json!({
            "oneOf": [{ "type": "integer" }, { "type": "string" }]
        }))
        .expect("a schema");
        let schema: &'static ReferenceOr<Schema> = Box::leak(Box::new(schema));
        let spec: &'static OpenAPI = Box::leak(Box::new(spec));
        let mut synth = Synth::new(spec, Fill::Required);
        synth.text = true;
        assert_eq!(synth.sample(schema, 0), Some(json!("sample")));
        assert!(synth.caveats.is_empty(), "{:?}", synth.caveats);
    }

    #[test]
    fn read_only_properties_are_not_sent() {
        let spec = document(json!({}));
        let schema = json!({ "type": "object", "properties": {
            "id": { "type": "string", "readOnly": true }, "name": { "type": "string" } } });
        let (value, _) = sample(&spec, schema, Fill::Full, false);
        assert_eq!(value, Some(json!({ "name": "sample" })));
    }

    #[test]
    fn examples_that_break_their_schema_are_replaced() {
        let spec = document(json!({}));
        let schema = json!({ "type": "object", "example": { "on": "false" },
            "properties": { "on": { "type": "boolean" } } });
        let (value, _) = sample(&spec, schema, Fill::Full, false);
        assert_eq!(value, Some(json!({ "on": true })));
        let phone =
            json!({ "type": "string", "pattern": "^\\+[1-9]\\d{1,14}$", "example": "0800 123" });
        let (value, _) = sample(&spec, phone, Fill::Full, false);
        assert_eq!(value, Some(json!("+11")));
        let duration = json!({ "type": "string", "format": "duration", "example": "TBD" });
        let (value, _) = sample(&spec, duration, Fill::Full, false);
        assert_eq!(value, Some(json!("P1D")));
    }

    #[test]
    fn multipart_arrays_have_two_items() {
        let spec = document(json!({}));
        let schema = json!({ "type": "array", "items": { "type": "string", "format": "binary" } });
        let (value, caveats) = sample(&spec, schema.clone(), Fill::Full, true);
        assert_eq!(
            value.as_ref().and_then(Value::as_array).map(Vec::len),
            Some(2)
        );
        assert!(
            caveats
                .first()
                .is_some_and(|c| c.starts_with("validator: ")),
            "{caveats:?}"
        );
        let (value, _) = sample(&spec, schema, Fill::Full, false);
        assert_eq!(
            value.as_ref().and_then(Value::as_array).map(Vec::len),
            Some(1)
        );
    }

    #[test]
    fn endless_required_recursion_is_a_spec_contradiction() {
        let spec = document(json!({
            "Node": { "type": "object", "required": ["parent"], "properties": { "parent": { "$ref": "#/components/schemas/Node" } } },
        }));
        let (_, caveats) = sample(
            &spec,
            json!({ "$ref": "#/components/schemas/Node" }),
            Fill::Required,
            false,
        );
        assert!(
            caveats.first().is_some_and(|c| c.starts_with("spec: ")),
            "{caveats:?}"
        );
    }

    #[test]
    fn parameter_arrays_have_two_items_unless_unique() {
        let spec = document(json!({}));
        let schema: ReferenceOr<Schema> =
            serde_json::from_value(json!({ "type": "array", "items": { "type": "integer" } }))
                .expect("schema");
        let unique: ReferenceOr<Schema> = serde_json::from_value(
            json!({ "type": "array", "items": { "type": "integer" }, "uniqueItems": true }),
        )
        .expect("schema");
        let (schema, unique) = (Box::leak(Box::new(schema)), Box::leak(Box::new(unique)));
        let spec: &'static OpenAPI = Box::leak(Box::new(spec));
        let mut synth = Synth::new(spec, Fill::Full);
        synth.parameter = true;
        assert_eq!(synth.sample(schema, 0), Some(json!([1, 1])));
        assert_eq!(synth.sample(unique, 0), Some(json!([1])));
    }

    #[test]
    fn overlapping_one_of_variants_are_caveated() {
        // Both variants extend a discriminated parent and accept each other's samples,
        // which Prism, validating oneOf without the discriminator, rejects.
        let spec = document(json!({
            "Pet": { "type": "object", "required": ["pet_type"], "properties": { "pet_type": { "type": "string" } }, "discriminator": { "propertyName": "pet_type" } },
            "Cat": { "allOf": [{ "$ref": "#/components/schemas/Pet" }, { "type": "object", "properties": { "hunts": { "type": "boolean" } } }] },
            "Dog": { "type": "object", "allOf": [{ "$ref": "#/components/schemas/Pet" }, { "type": "object", "properties": { "bark": { "type": "boolean" } } }] },
        }));
        let union = json!({ "oneOf": [{ "$ref": "#/components/schemas/Cat" }, { "$ref": "#/components/schemas/Dog" }] });
        let (_, caveats) = sample(&spec, union, Fill::Full, false);
        assert!(
            caveats
                .first()
                .is_some_and(|c| c.starts_with("validator: ")),
            "{caveats:?}"
        );
        // Members without constraints accept every value: the document contradicts itself.
        let loose = json!({ "type": "string", "oneOf": [{ "description": "one" }, { "description": "two" }] });
        let (_, caveats) = sample(&spec, loose, Fill::Full, false);
        assert!(
            caveats.first().is_some_and(|c| c.starts_with("spec: ")),
            "{caveats:?}"
        );
    }

    #[test]
    fn patterns() {
        for (pattern, expected) in [
            ("^[a-z]{3}$", Some("aaa")),
            ("^\\d+$", Some("1")),
            ("^[A-Z]{2}-\\d{4}$", Some("AA-1111")),
            ("^(foo|bar)?baz$", Some("baz")),
            ("^[^0-9]+$", Some("a")),
            ("^(?=a)", None),
            ("^[a-zA-Z0-9._%+-]+@[a-z]+\\.[a-z]{2,}$", Some("a@a.aa")),
        ] {
            assert_eq!(pattern_sample(pattern).as_deref(), expected, "{pattern}");
        }
    }

    #[test]
    fn path_templates_compare_without_parameter_names() {
        assert_eq!(
            template_shape("/paths/string/null/{stringPath}"),
            template_shape("/paths/string/null/{enumPath}")
        );
        assert_ne!(template_shape("/a/{x}"), template_shape("/a/{x}/b"));
        assert_eq!(template_shape("/a/{x}.{y}"), "/a/{}.{}");
    }

    #[test]
    fn integers_respect_bounds() {
        assert_eq!(integer(Some(5.0), None, false, false, None), 5);
        assert_eq!(integer(Some(5.0), None, true, false, None), 6);
        assert_eq!(integer(None, Some(0.0), false, true, None), -1);
        assert_eq!(
            integer(Some(3.0), Some(100.0), false, false, Some(10.0)),
            10
        );
    }
}
