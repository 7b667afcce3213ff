//! Pagination: the style an operation pages by and the fields that drive it, taken
//! from the generator config (`[pagination.<operationId>]`) or detected from the
//! document where the pattern is unambiguous.
//!
//! Detection tries the styles in a fixed order and takes the first that fits:
//!
//! 1. Azure's `x-ms-pageable` extension, which names the next-link field.
//! 2. A `Link` header declared on the success response (GitHub): `rel="next"`.
//! 3. `starting_after` in the request with a boolean `has_more` and items with an `id`
//!    (Stripe): the last item's id is the next cursor.
//! 4. A cursor parameter (`cursor`, `after`, `start_cursor`, `pageToken`, ...) with a
//!    response field of the same type naming the next one (`next_cursor`,
//!    `nextPageToken`, ..., at the top or one object down, as Slack's
//!    `response_metadata.next_cursor`), plus `has_more` when there is one.
//! 5. A next-page URL in the response: `nextLink`, `next_url`, or `next` declared as
//!    `format: uri`.
//! 6. An integer `offset` with an item list (plus a total `count` or `total`).
//! 7. An integer `page` with a total number of pages (`total_pages`, ...). A page
//!    number without one is ambiguous (the stream could only stop on an empty page)
//!    and needs the config.
//!
//! The items are the field `results`, `data`, `items` or `value`, else the only array
//! field, else the response itself when it is an array. Whatever is configured but
//! does not fit the operation is reported with a warning; the operation then gets no
//! stream.

use super::operation::peel_option;
use super::{refs, Lowerer};
use crate::config::{PageStyleName, PaginationConfig};
use crate::ir::{
    BodyMedia, Decode, FieldPath, FieldStep, Ident, OffsetIn, Operation, PageInput, PageItems,
    PageStyle, Pagination, ParamLocation, ResponseShape, Struct, TypeId, TypeKind, TypeRef,
};
use crate::pointer::escape as esc;
use openapiv3::{
    Operation as OpenApiOperation, Parameter, ParameterSchemaOrContent, PathItem, ReferenceOr,
    Schema, SchemaKind, StatusCode, Type,
};

/// Well-known names of the item list, in order of preference.
const ITEM_FIELDS: [&str; 4] = ["results", "data", "items", "value"];
/// Request fields that take a cursor, and response fields that name the next one.
const CURSOR_PARAMS: [&str; 8] = [
    "cursor",
    "after",
    "start_cursor",
    "page_cursor",
    "pageToken",
    "page_token",
    "continuationToken",
    "continuation_token",
];
const NEXT_CURSOR_FIELDS: [&str; 8] = [
    "next_cursor",
    "nextCursor",
    "nextPageToken",
    "next_page_token",
    "next_token",
    "nextToken",
    "continuationToken",
    "continuation_token",
];
const HAS_MORE_FIELDS: [&str; 2] = ["has_more", "hasMore"];
const NEXT_URL_FIELDS: [&str; 5] = [
    "nextLink",
    "next_link",
    "next_url",
    "nextUrl",
    "@odata.nextLink",
];
const TOTAL_FIELDS: [&str; 4] = ["count", "total", "total_count", "totalCount"];
const TOTAL_PAGES_FIELDS: [&str; 7] = [
    "total_pages",
    "totalPages",
    "page_count",
    "pageCount",
    "pages",
    "last_page",
    "lastPage",
];

/// What a page response looks like.
#[derive(Clone)]
enum PageShape {
    /// An object (a struct type), whose fields hold the items and the rest.
    Object(TypeId),
    /// The response is the item list itself, of this item type.
    List(TypeRef),
}

impl<'a> Lowerer<'a> {
    /// How `op` pages, if it does; `source` and `item` are the operation and path
    /// item it was lowered from, `pointer` its location.
    pub(crate) fn detect_pagination(
        &mut self,
        source: &'a OpenApiOperation,
        item: &'a PathItem,
        op: &Operation,
        pointer: &str,
    ) -> Option<Pagination> {
        let config = self.config;
        let id = source.operation_id.as_deref();
        if id.is_some_and(|id| config.no_pagination.iter().any(|n| n == id)) {
            return None;
        }
        let configured = id.and_then(|id| config.pagination.get(id).map(|entry| (id, entry)));
        let shape = self.page_shape(op);
        if let Some((id, entry)) = configured {
            let unused = entry.unused_keys();
            if !unused.is_empty() {
                self.warn(
                    pointer,
                    format!(
                        "generator config `pagination.{id}`: {} not used by style `{}`",
                        unused
                            .iter()
                            .map(|k| format!("`{k}`"))
                            .collect::<Vec<_>>()
                            .join(", "),
                        entry.style().as_str()
                    ),
                );
            }
            let found = match shape {
                Some(shape) => self.configured(entry, &shape, source, item, op),
                None => Err(String::from(
                    "the success response is not one JSON object or array",
                )),
            };
            return match found {
                Ok(pagination) => Some(pagination),
                Err(reason) => {
                    self.warn(
                        pointer,
                        format!("generator config `pagination.{id}` does not fit the operation: {reason}; it gets no stream"),
                    );
                    None
                }
            };
        }
        self.detected(shape?, source, item, op, pointer)
    }

    /// The success response as a page, if it is JSON and an object or an array.
    fn page_shape(&self, op: &Operation) -> Option<PageShape> {
        let ResponseShape::Single {
            ty,
            decode: Decode::Json,
        } = &op.response
        else {
            return None;
        };
        match ty {
            TypeRef::Vec(item) => Some(PageShape::List((**item).clone())),
            TypeRef::Named(id) => match &self.type_def(*id)?.kind {
                TypeKind::Struct(_) => Some(PageShape::Object(*id)),
                TypeKind::Alias(TypeRef::Vec(item)) => Some(PageShape::List((**item).clone())),
                _ => None,
            },
            _ => None,
        }
    }

    /// The response struct of an object page.
    fn page_struct(&self, shape: &PageShape) -> Option<&Struct> {
        match shape {
            PageShape::Object(id) => match &self.type_def(*id)?.kind {
                TypeKind::Struct(response) => Some(response),
                _ => None,
            },
            PageShape::List(_) => None,
        }
    }

    fn configured(
        &self,
        entry: &PaginationConfig,
        shape: &PageShape,
        source: &OpenApiOperation,
        item: &PathItem,
        op: &Operation,
    ) -> Result<Pagination, String> {
        let style_name = entry.style();
        let items = match (&entry.items, style_name) {
            (Some(wire), _) => self
                .items_at(shape, wire)
                .ok_or_else(|| format!("no array field `{wire}` in the response"))?,
            (None, PageStyleName::Offset) => self
                .items_at(shape, "results")
                .ok_or("no array field `results` in the response")?,
            (None, _) => self
                .find_items(shape)
                .ok_or("the response has no item list to detect; set `items`")?,
        };
        let response = self.page_struct(shape);
        let field =
            |wire: &str, what: &str, check: fn(&TypeRef) -> bool| -> Result<FieldPath, String> {
                let path = response
                    .and_then(|r| self.field_path(r, wire))
                    .ok_or_else(|| format!("no response field `{wire}`"))?;
                if check(&path.ty) {
                    Ok(path)
                } else {
                    Err(format!("response field `{wire}` is not {what}"))
                }
            };
        let input =
            |wire: &str, check: fn(&TypeRef) -> bool, what: &str| -> Result<PageInput, String> {
                let input = self
                    .input(op, wire)
                    .ok_or_else(|| format!("no query parameter or JSON body field `{wire}`"))?;
                if check(&input.ty) {
                    Ok(input)
                } else {
                    Err(format!("request field `{wire}` is not {what}"))
                }
            };
        let style = match style_name {
            PageStyleName::Offset => {
                let offset = input(
                    entry.offset.as_deref().unwrap_or("offset"),
                    is_integer,
                    "an integer",
                )?;
                let total_wire = entry.total.as_deref().unwrap_or("count");
                let total = response
                    .and_then(|r| self.field_path(r, total_wire))
                    .filter(|p| is_integer(&p.ty));
                PageStyle::Offset { offset, total }
            }
            PageStyleName::Page => {
                let wire = entry.page.as_deref().unwrap_or("page");
                let page = input(wire, is_integer, "an integer")?;
                let first_page = entry
                    .first_page
                    .unwrap_or_else(|| first_page(self, source, item, wire));
                let total_pages = entry
                    .total_pages
                    .as_deref()
                    .map(|w| field(w, "an integer", is_integer))
                    .transpose()?;
                PageStyle::PageNumber {
                    page,
                    first_page,
                    total_pages,
                }
            }
            PageStyleName::Cursor => {
                let next = field(
                    entry.next.as_deref().unwrap_or("next_cursor"),
                    "a string or an integer",
                    is_cursor,
                )?;
                let cursor = input(
                    entry.cursor.as_deref().unwrap_or("cursor"),
                    is_cursor,
                    "a string or an integer",
                )?;
                if cursor.ty != next.ty {
                    return Err(String::from(
                        "the cursor parameter and the next-cursor field have different types",
                    ));
                }
                let has_more = entry
                    .has_more
                    .as_deref()
                    .map(|w| field(w, "a boolean", is_bool))
                    .transpose()?;
                PageStyle::Cursor {
                    cursor,
                    next,
                    has_more,
                }
            }
            PageStyleName::LastItem => {
                let cursor = input(
                    entry.cursor.as_deref().unwrap_or("starting_after"),
                    is_cursor,
                    "a string or an integer",
                )?;
                let id_wire = entry.item_id.as_deref().unwrap_or("id");
                let item_id = self
                    .item_field(&items.item_ty, id_wire)
                    .filter(|p| p.ty == cursor.ty)
                    .ok_or_else(|| {
                        format!("the items have no field `{id_wire}` of the cursor's type")
                    })?;
                let has_more = field(
                    entry.has_more.as_deref().unwrap_or("has_more"),
                    "a boolean",
                    is_bool,
                )?;
                PageStyle::LastItem {
                    cursor,
                    item_id,
                    has_more: Some(has_more),
                }
            }
            PageStyleName::Link => PageStyle::LinkHeader,
            PageStyleName::NextUrl => PageStyle::NextUrl {
                next: field(
                    entry.next.as_deref().unwrap_or("next"),
                    "a string",
                    is_string,
                )?,
            },
        };
        Ok(Pagination {
            stream_name: op.name.with_suffix("stream"),
            items,
            style,
        })
    }

    fn detected(
        &mut self,
        shape: PageShape,
        source: &'a OpenApiOperation,
        item: &'a PathItem,
        op: &Operation,
        pointer: &str,
    ) -> Option<Pagination> {
        // What needs the response object of the document (and may warn about its
        // `$ref`s) is read first; the rest only reads types.
        let declares_link = self.declares_link_header(source, pointer);
        let next_is_uri = self.is_uri_field(source, pointer);
        let page = |items: PageItems, style: PageStyle| {
            Some(Pagination {
                stream_name: op.name.with_suffix("stream"),
                items,
                style,
            })
        };
        if let Some(pageable) = source.extensions.get("x-ms-pageable") {
            // `nextLinkName: null` declares a single page.
            let next_wire = pageable.get("nextLinkName")?.as_str()?;
            let items_wire = pageable
                .get("itemName")
                .and_then(|v| v.as_str())
                .unwrap_or("value");
            let items = self.items_at(&shape, items_wire)?;
            let next = self
                .field_path(self.page_struct(&shape)?, next_wire)
                .filter(|p| is_string(&p.ty))?;
            return page(items, PageStyle::NextUrl { next });
        }
        let items = self.find_items(&shape)?;
        if declares_link {
            return page(items, PageStyle::LinkHeader);
        }
        let response = self.page_struct(&shape)?;
        let has_more = self.find_field(response, &HAS_MORE_FIELDS, is_bool);
        if let (Some(cursor), Some(has_more)) = (self.input(op, "starting_after"), &has_more) {
            if let Some(item_id) = self
                .item_field(&items.item_ty, "id")
                .filter(|p| p.ty == cursor.ty && is_cursor(&p.ty))
            {
                return page(
                    items,
                    PageStyle::LastItem {
                        cursor,
                        item_id,
                        has_more: Some(has_more.clone()),
                    },
                );
            }
        }
        for param in CURSOR_PARAMS {
            let Some(cursor) = self.input(op, param).filter(|c| is_cursor(&c.ty)) else {
                continue;
            };
            if let Some(next) =
                self.find_field(response, &NEXT_CURSOR_FIELDS, |ty| ty == &cursor.ty)
            {
                return page(
                    items,
                    PageStyle::Cursor {
                        cursor,
                        next,
                        has_more,
                    },
                );
            }
        }
        let next_url = self
            .find_field(response, &NEXT_URL_FIELDS, is_string)
            .or_else(|| {
                let next = self
                    .field_path(response, "next")
                    .filter(|p| is_string(&p.ty))?;
                next_is_uri.then_some(next)
            });
        if let Some(next) = next_url {
            return page(items, PageStyle::NextUrl { next });
        }
        if let Some(offset) = self.input(op, "offset").filter(|i| is_integer(&i.ty)) {
            let total = self.find_field(response, &TOTAL_FIELDS, is_integer);
            return page(items, PageStyle::Offset { offset, total });
        }
        let total_pages = self.find_field(response, &TOTAL_PAGES_FIELDS, is_integer)?;
        let page_input = self.input(op, "page").filter(|i| is_integer(&i.ty))?;
        let first_page = first_page(self, source, item, "page");
        page(
            items,
            PageStyle::PageNumber {
                page: page_input,
                first_page,
                total_pages: Some(total_pages),
            },
        )
    }

    /// The request field `wire`: a query parameter, else a field of a required JSON
    /// body.
    fn input(&self, op: &Operation, wire: &str) -> Option<PageInput> {
        let make = |location, field: &Ident, ty: &TypeRef| PageInput {
            location,
            field: field.clone(),
            ty: peel_option(ty).clone(),
            optional: ty.is_option(),
        };
        let query = op
            .params_struct
            .as_ref()
            .and_then(|p| {
                p.params
                    .iter()
                    .find(|p| p.name.wire == wire && p.location == ParamLocation::Query)
            })
            .map(|p| make(OffsetIn::Query, &p.name.ident, &p.ty));
        query.or_else(|| {
            let body = op
                .body
                .as_ref()
                .filter(|b| b.required && matches!(b.media, BodyMedia::Json))?;
            let body = self.struct_of(&body.ty)?;
            let field = body.fields.iter().find(|f| f.name.wire == wire)?;
            Some(make(OffsetIn::Body, &field.name.ident, &field.ty))
        })
    }

    fn struct_of(&self, ty: &TypeRef) -> Option<&Struct> {
        match peel(ty) {
            TypeRef::Named(id) => match &self.type_def(*id)?.kind {
                TypeKind::Struct(s) => Some(s),
                TypeKind::Alias(target) => self.struct_of(target),
                _ => None,
            },
            _ => None,
        }
    }

    /// Follows a dotted wire path (`response_metadata.next_cursor`) through nested
    /// structs.
    fn field_path(&self, root: &Struct, dotted: &str) -> Option<FieldPath> {
        let mut current = root;
        let mut steps = Vec::new();
        let mut parts = dotted.split('.').peekable();
        while let Some(part) = parts.next() {
            let field = current.fields.iter().find(|f| f.name.wire == part)?;
            steps.push(FieldStep {
                field: field.name.ident.clone(),
                optional: field.ty.is_option(),
            });
            if parts.peek().is_none() {
                return Some(FieldPath {
                    steps,
                    ty: peel(&field.ty).clone(),
                });
            }
            current = self.struct_of(&field.ty)?;
        }
        None
    }

    /// The first of `names` that is a field of `root` whose type passes `check`; at the
    /// top level first, then one object down (fields in document order).
    fn find_field(
        &self,
        root: &Struct,
        names: &[&str],
        check: impl Fn(&TypeRef) -> bool,
    ) -> Option<FieldPath> {
        let top = names
            .iter()
            .find_map(|name| self.field_path(root, name).filter(|p| check(&p.ty)));
        top.or_else(|| {
            root.fields.iter().find_map(|outer| {
                self.struct_of(&outer.ty)?;
                names.iter().find_map(|name| {
                    self.field_path(root, &format!("{}.{name}", outer.name.wire))
                        .filter(|p| check(&p.ty))
                })
            })
        })
    }

    /// The item list at the top-level field `wire`.
    fn items_at(&self, shape: &PageShape, wire: &str) -> Option<PageItems> {
        let field = self.field_path(self.page_struct(shape)?, wire)?;
        let TypeRef::Vec(item_ty) = &field.ty else {
            return None;
        };
        Some(PageItems {
            item_ty: (**item_ty).clone(),
            field: Some(field),
        })
    }

    /// The item list of a page: a well-known field, the only array field, or the
    /// response itself.
    fn find_items(&self, shape: &PageShape) -> Option<PageItems> {
        if let PageShape::List(item_ty) = shape {
            return Some(PageItems {
                field: None,
                item_ty: item_ty.clone(),
            });
        }
        let response = self.page_struct(shape)?;
        if let Some(items) = ITEM_FIELDS
            .iter()
            .find_map(|wire| self.items_at(shape, wire))
        {
            return Some(items);
        }
        let mut arrays = response
            .fields
            .iter()
            .filter(|f| matches!(peel(&f.ty), TypeRef::Vec(_)));
        match (arrays.next(), arrays.next()) {
            (Some(only), None) => self.items_at(shape, &only.name.wire),
            _ => None,
        }
    }

    /// The field `wire` of an item, when items are structs.
    fn item_field(&self, item_ty: &TypeRef, wire: &str) -> Option<FieldPath> {
        self.field_path(self.struct_of(item_ty)?, wire)
    }

    /// The single success response of `source`, resolved.
    fn success_response(
        &mut self,
        source: &'a OpenApiOperation,
        pointer: &str,
    ) -> Option<&'a openapiv3::Response> {
        let mut successes = source
            .responses
            .responses
            .iter()
            .filter(|(code, _)| match code {
                StatusCode::Code(code) => (200..300).contains(code),
                StatusCode::Range(range) => *range == 2,
            });
        let (code, response) = successes.next()?;
        let response_pointer = format!("{pointer}/responses/{}", esc(&code.to_string()));
        self.resolve_component(
            response,
            |c| &c.responses,
            &refs::RESPONSE,
            &response_pointer,
        )
    }

    fn declares_link_header(&mut self, source: &'a OpenApiOperation, pointer: &str) -> bool {
        self.success_response(source, pointer)
            .is_some_and(|response| {
                response
                    .headers
                    .keys()
                    .any(|name| name.eq_ignore_ascii_case("link"))
            })
    }

    /// Whether the success response's top-level `next` property is declared as a URL
    /// (`format: uri` or `uri-reference`).
    fn is_uri_field(&mut self, source: &'a OpenApiOperation, pointer: &str) -> bool {
        let Some(response) = self.success_response(source, pointer) else {
            return false;
        };
        let schema = response
            .content
            .values()
            .find_map(|media| media.schema.as_ref());
        schema
            .and_then(|schema| self.property_format(schema, "next", 0))
            .is_some_and(|f| f == "uri" || f == "uri-reference")
    }

    /// The `format` of property `name` of an object schema, looking through `$ref`s
    /// and `allOf` members (to a bounded depth).
    fn property_format(
        &self,
        schema: &ReferenceOr<Schema>,
        name: &str,
        depth: usize,
    ) -> Option<String> {
        if depth > 8 {
            return None;
        }
        let schema = self.resolve_schema(schema)?;
        match &schema.schema_kind {
            SchemaKind::Type(Type::Object(object)) => {
                let property = match object.properties.get(name)? {
                    ReferenceOr::Item(property) => &**property,
                    ReferenceOr::Reference { reference } => {
                        super::refs::component_schema(self.spec, reference)?.0
                    }
                };
                match &property.schema_kind {
                    SchemaKind::Type(Type::String(string)) => match &string.format {
                        openapiv3::VariantOrUnknownOrEmpty::Unknown(format) => Some(format.clone()),
                        openapiv3::VariantOrUnknownOrEmpty::Item(format) => {
                            Some(format!("{format:?}").to_ascii_lowercase())
                        }
                        openapiv3::VariantOrUnknownOrEmpty::Empty => None,
                    },
                    _ => None,
                }
            }
            SchemaKind::AllOf { all_of } => all_of
                .iter()
                .find_map(|member| self.property_format(member, name, depth + 1)),
            _ => None,
        }
    }
}

/// The number of the first page: the page parameter's default or minimum, else 1.
fn first_page(cx: &Lowerer<'_>, source: &OpenApiOperation, item: &PathItem, wire: &str) -> u64 {
    let params = source.parameters.iter().chain(&item.parameters);
    let found = params.filter_map(|param| {
        super::refs::look_up(cx.spec, param, |c| &c.parameters, &super::refs::PARAMETER)
    });
    let schema = found
        .filter(|param| {
            matches!(param, Parameter::Query { .. }) && param.parameter_data_ref().name == wire
        })
        .find_map(|param| match &param.parameter_data_ref().format {
            ParameterSchemaOrContent::Schema(schema) => cx.resolve_schema(schema),
            ParameterSchemaOrContent::Content(_) => None,
        });
    let Some(schema) = schema else { return 1 };
    let default = schema.schema_data.default.as_ref().and_then(|v| v.as_u64());
    let minimum = match &schema.schema_kind {
        SchemaKind::Type(Type::Integer(integer)) => {
            integer.minimum.and_then(|m| u64::try_from(m).ok())
        }
        _ => None,
    };
    default.or(minimum).filter(|n| *n <= 1).unwrap_or(1)
}

/// A type without its `Option` and `Box` wrappers.
fn peel(ty: &TypeRef) -> &TypeRef {
    match ty {
        TypeRef::Option(inner) | TypeRef::Box(inner) => peel(inner),
        other => other,
    }
}

fn is_integer(ty: &TypeRef) -> bool {
    matches!(
        ty,
        TypeRef::I32 | TypeRef::I64 | TypeRef::U32 | TypeRef::U64
    )
}

fn is_string(ty: &TypeRef) -> bool {
    *ty == TypeRef::String
}

fn is_bool(ty: &TypeRef) -> bool {
    *ty == TypeRef::Bool
}

/// The types a cursor can have (see the runtime's `PageCursor`).
fn is_cursor(ty: &TypeRef) -> bool {
    is_string(ty) || is_integer(ty)
}
