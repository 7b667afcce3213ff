//! Paths and operations -> IR operations.

use super::path::{self as template, PathPart};
use super::refs;
use super::schema::Binary;
use super::stream::StreamDecision;
use super::Lowerer;
use crate::ir::{
    BodyMedia, Decode, Field, HttpMethod, MultipartPart, Operation, Param, ParamLocation,
    ParamStyle, ParamsStruct, PartKind, PathParam, RequestBody, ResponseShape, StatusCase,
    StreamVariant, Struct, StructForm, TypeKind, TypeRef, UnionVariant,
};
use crate::names::{self, NameSet};
use crate::pointer::escape as esc;
use indexmap::IndexMap;
use openapiv3::{
    MediaType, Operation as OpenApiOperation, Parameter, ParameterSchemaOrContent, PathItem,
    PathStyle, QueryStyle, ReferenceOr, Response, StatusCode,
};

use super::media::{pick_media, pick_response_media, MediaKind};

impl<'a> Lowerer<'a> {
    pub(crate) fn lower_operations(
        &mut self,
        schemes: &[crate::ir::SecurityScheme],
    ) -> Vec<Operation> {
        let spec = self.spec;
        let mut method_names = NameSet::new();
        for reserved in [
            "builder", "from_env", "new", "runtime", "from", "clone", "fmt",
        ] {
            method_names.reserve(reserved);
        }
        let scheme_names = std::mem::take(&mut self.scheme_names);
        let scheme_consts: IndexMap<&str, &str> = scheme_names
            .iter()
            .zip(schemes)
            .map(|(wire, scheme)| (wire.as_str(), scheme.const_name.as_str()))
            .collect();
        let mut operations = Vec::new();
        for (path, item) in &spec.paths.paths {
            let path_pointer = format!("/paths/{}", esc(path));
            let ReferenceOr::Item(item) = item else {
                self.warn(
                    &path_pointer,
                    "path item $ref is not supported; its operations are skipped",
                );
                continue;
            };
            self.check_path_template(path, &path_pointer);
            for (method, op) in item.iter() {
                let pointer = format!("{path_pointer}/{method}");
                let operation = self.lower_operation(
                    path,
                    method,
                    item,
                    op,
                    &pointer,
                    &mut method_names,
                    &scheme_consts,
                );
                operations.push(operation);
            }
            // OpenAPI 3.2's `query` and `additionalOperations`, which `load` keeps
            // beside the 3.0 model, come after the path item's other operations.
            let doc = self.doc;
            for extra in doc
                .additions
                .operations
                .iter()
                .filter(|extra| extra.path == *path)
            {
                let (method, op) = (extra.method.as_str(), &extra.operation);
                let operation = self.lower_operation(
                    path,
                    method,
                    item,
                    op,
                    &extra.pointer,
                    &mut method_names,
                    &scheme_consts,
                );
                operations.push(operation);
            }
        }
        // Stream methods are named after every operation has its name, so that an
        // operation called `listFooStream` keeps its name next to `listFoo`'s stream.
        for op in &mut operations {
            if let Some(page) = &mut op.pagination {
                page.stream_name = method_names.claim_ident(&page.stream_name);
            }
        }
        // Like pagination streams, the methods that ask for a streamed response are
        // named once every operation has its own name.
        for op in &mut operations {
            if let Some(variant) = &mut op.stream_variant {
                variant.name = method_names.claim_ident(&variant.name);
            }
        }
        operations
    }

    /// Warns about templates that read differently from what their author probably
    /// meant. Both readings, here and in the runtime, follow `lower/path.rs`, so the
    /// generated method works either way; the warning says what it sends.
    fn check_path_template(&mut self, path: &str, pointer: &str) {
        let parts = template::parse_path_template(path);
        if template::has_stray_braces(&parts) {
            self.warn(
                pointer,
                "path template has `{` or `}` outside a `{name}` parameter; they are sent literally, as %7B and %7D",
            );
        }
        for name in template::param_names(&parts) {
            let count = parts
                .iter()
                .filter(|p| matches!(p, PathPart::Param(n) if n == name))
                .count();
            if count > 1 {
                self.warn(
                    pointer,
                    format!("path parameter `{name}` appears {count} times in the template; every occurrence gets the same value"),
                );
            }
        }
    }

    #[allow(
        clippy::too_many_arguments,
        reason = "the operation, where it is, and the name scopes shared by the whole document"
    )]
    fn lower_operation(
        &mut self,
        path: &str,
        method: &str,
        item: &'a PathItem,
        op: &'a OpenApiOperation,
        pointer: &str,
        method_names: &mut NameSet,
        scheme_consts: &IndexMap<&str, &str>,
    ) -> Operation {
        let wanted = match &op.operation_id {
            Some(id) => names::method_name(id),
            None => names::operation_name_from_path(method, path),
        };
        let name = method_names.claim_ident(&wanted);
        let camel = names::type_part(name.plain());
        let module = self.module_of(&op.tags, path);

        let mut arg_names = NameSet::new();
        for reserved in ["body", "self", "params"] {
            arg_names.reserve(reserved);
        }
        let (path_params, other_params) =
            self.lower_params(path, item, op, pointer, &camel, &mut arg_names);
        let params_struct = (!other_params.is_empty()).then(|| {
            let fields = other_params
                .iter()
                .map(|p| Field {
                    name: p.name.clone(),
                    ty: p.ty.clone(),
                    required: p.required,
                    nullable: false,
                    // Every public field is documented, even where the document is silent.
                    docs: p.docs.clone().or_else(|| {
                        Some(format!(
                            "The `{}` parameter (the API document does not describe it).",
                            p.name.wire
                        ))
                    }),
                    deprecated: false,
                })
                .collect::<Vec<_>>();
            let derive_default = fields.iter().all(|f| f.ty.is_option());
            let docs = Some(format!(
                "Query, header and cookie parameters of [`Client::{}`](crate::Client::{}).",
                name.plain(),
                name
            ));
            let ty = self.add_type(
                &format!("{camel}Params"),
                docs,
                false,
                TypeKind::Struct(Struct {
                    fields,
                    additional: None,
                    derive_default,
                    form: StructForm::Compact,
                }),
            );
            ParamsStruct {
                ty,
                params: other_params,
            }
        });
        let body = op
            .request_body
            .as_ref()
            .and_then(|b| self.lower_body(b, &camel, &format!("{pointer}/requestBody")));
        let response = self.lower_responses(op, &camel, pointer);
        let (response, stream_variant) = match self.lower_stream(op, &camel, pointer) {
            Some(StreamDecision::Replace(stream)) => (ResponseShape::Stream(stream), None),
            Some(StreamDecision::Variant(stream)) => {
                // The wanted name; it is claimed once every operation has its own.
                let suffix = super::stream::variant_suffix(stream.framing);
                let name = name.with_suffix(suffix);
                (response, Some(StreamVariant { name, stream }))
            }
            None => (response, None),
        };
        // A streamed result names its media type itself (see `ItemStream`).
        let accept = if matches!(response, ResponseShape::Stream(_)) {
            None
        } else {
            self.accept_header(op)
        };
        let security = self.operation_security(item, op, pointer, scheme_consts);
        let mut operation = Operation {
            name,
            module,
            method: http_method(method),
            path: path.to_string(),
            summary: op.summary.clone(),
            description: op.description.clone(),
            deprecated: op.deprecated,
            path_params,
            params_struct,
            body,
            response,
            security,
            pagination: None,
            stream_variant,
            retry_safe: op
                .operation_id
                .as_deref()
                .is_some_and(|id| self.config.retry_safe.iter().any(|safe| safe == id)),
            accept,
        };
        operation.pagination = self.detect_pagination(op, item, &operation, pointer);
        self.lower_callbacks(op, &operation.name, &camel, pointer);
        operation
    }

    /// Path parameters (in template order) and the rest, with path-level parameters
    /// overridden by operation-level ones of the same name and location.
    fn lower_params(
        &mut self,
        path: &str,
        item: &'a PathItem,
        op: &'a OpenApiOperation,
        pointer: &str,
        camel: &str,
        arg_names: &mut NameSet,
    ) -> (Vec<PathParam>, Vec<Param>) {
        let path_pointer = crate::pointer::parent(pointer)
            .unwrap_or(pointer)
            .to_string();
        let mut merged: IndexMap<(String, &'static str), (&'a Parameter, String)> = IndexMap::new();
        let sources = [
            (&item.parameters, path_pointer),
            (&op.parameters, pointer.to_string()),
        ];
        for (list, base) in sources {
            for (index, param) in list.iter().enumerate() {
                let param_pointer = format!("{base}/parameters/{index}");
                let Some(param) = self.resolve_component(
                    param,
                    |c| &c.parameters,
                    &refs::PARAMETER,
                    &param_pointer,
                ) else {
                    continue;
                };
                let key = (param.parameter_data_ref().name.clone(), location_key(param));
                merged.insert(key, (param, param_pointer));
            }
        }
        let parts = template::parse_path_template(path);
        let mut path_params = Vec::new();
        for wire in template::param_names(&parts) {
            let declared = merged.shift_remove(&(wire.to_string(), "path"));
            let param = match declared {
                Some((param, param_pointer)) => self
                    .lower_param(param, &param_pointer, camel, arg_names)
                    .into_path(),
                None => {
                    self.warn(
                        pointer,
                        format!("path parameter `{wire}` is not declared; using a string"),
                    );
                    PathParam {
                        name: arg_names.claim_field(wire),
                        style: ParamStyle::Simple,
                        explode: false,
                        ty: TypeRef::String,
                        docs: None,
                    }
                }
            };
            path_params.push(param);
        }
        let mut others = Vec::new();
        for ((wire, location), (param, param_pointer)) in merged {
            if location == "path" {
                self.warn(
                    &param_pointer,
                    format!("path parameter `{wire}` does not appear in the path; ignored"),
                );
                continue;
            }
            if location == "header" {
                if let Some(reason) = refused_header(&wire) {
                    self.warn(
                        &param_pointer,
                        format!("header parameter `{wire}` {reason}; the parameter is skipped"),
                    );
                    continue;
                }
            }
            // Path parameters were taken out of `merged` above or skipped, so every
            // parameter left has a place in the params struct.
            let lowered = self.lower_param(param, &param_pointer, camel, arg_names);
            others.extend(lowered.into_struct_field());
        }
        (path_params, others)
    }

    fn lower_param(
        &mut self,
        param: &'a Parameter,
        pointer: &str,
        camel: &str,
        arg_names: &mut NameSet,
    ) -> LoweredParam {
        let data = param.parameter_data_ref();
        // `None` is the path.
        let (location, style) = match param {
            Parameter::Query { style, .. } => (
                Some(ParamLocation::Query),
                match style {
                    QueryStyle::Form => ParamStyle::Form,
                    QueryStyle::SpaceDelimited => ParamStyle::SpaceDelimited,
                    QueryStyle::PipeDelimited => ParamStyle::PipeDelimited,
                    QueryStyle::DeepObject => ParamStyle::DeepObject,
                },
            ),
            Parameter::Header { .. } => (Some(ParamLocation::Header), ParamStyle::Simple),
            Parameter::Path { style, .. } => (
                None,
                match style {
                    PathStyle::Simple => ParamStyle::Simple,
                    PathStyle::Label => ParamStyle::Label,
                    PathStyle::Matrix => ParamStyle::Matrix,
                },
            ),
            Parameter::Cookie { .. } => (Some(ParamLocation::Cookie), ParamStyle::Form),
        };
        let location = match location {
            Some(ParamLocation::Query)
                if data.extensions.contains_key(crate::load::QUERYSTRING_MARK) =>
            {
                self.check_querystring(data, pointer);
                Some(ParamLocation::QueryString)
            }
            other => other,
        };
        let explode = data.explode.unwrap_or(style == ParamStyle::Form);
        let hint = format!("{camel}{}", names::type_part(&data.name));
        let ty = match &data.format {
            ParameterSchemaOrContent::Schema(schema) => self.schema_type(
                schema,
                &hint,
                &format!("{pointer}/schema"),
                Binary::AsString,
            ),
            ParameterSchemaOrContent::Content(content) => match pick_media(content) {
                Some((
                    media_name,
                    MediaType {
                        schema: Some(schema),
                        ..
                    },
                    _,
                )) => {
                    let schema_pointer = format!("{pointer}/content/{}/schema", esc(media_name));
                    self.schema_type(schema, &hint, &schema_pointer, Binary::AsString)
                }
                _ => TypeRef::String,
            },
        };
        let required = data.required || location.is_none();
        let ty = if required { ty } else { ty.optional() };
        LoweredParam {
            location,
            param: PathParam {
                name: arg_names.claim_field(&data.name),
                style,
                explode,
                ty,
                docs: data.description.clone(),
            },
            required,
        }
    }

    /// An `in: querystring` parameter is sent as form pairs (the runtime's
    /// `query_string`); another media type is sent that way too, with a warning.
    fn check_querystring(&mut self, data: &openapiv3::ParameterData, pointer: &str) {
        if let ParameterSchemaOrContent::Content(content) = &data.format {
            if let Some(media) = content
                .keys()
                .find(|m| !m.starts_with("application/x-www-form-urlencoded"))
            {
                let message = format!(
                    "a query string in `{media}` is not supported; it is sent form-encoded"
                );
                self.warn(&format!("{pointer}/content"), message);
            }
        }
    }

    fn lower_body(
        &mut self,
        body: &'a ReferenceOr<openapiv3::RequestBody>,
        camel: &str,
        pointer: &str,
    ) -> Option<RequestBody> {
        let Some(body) =
            self.resolve_component(body, |c| &c.request_bodies, &refs::REQUEST_BODY, pointer)
        else {
            return Some(RequestBody {
                media: BodyMedia::Json,
                ty: TypeRef::Json,
                required: false,
                docs: None,
            });
        };
        let (media_name, media, kind) = pick_media(&body.content)?;
        let schema_pointer = format!("{pointer}/content/{}/schema", esc(media_name));
        let hint = format!("{camel}Body");
        let (media, ty) = match kind {
            MediaKind::Json | MediaKind::Form => {
                let ty = match &media.schema {
                    Some(schema) => {
                        self.schema_type(schema, &hint, &schema_pointer, Binary::AsString)
                    }
                    None => TypeRef::Json,
                };
                (
                    if kind == MediaKind::Json {
                        BodyMedia::Json
                    } else {
                        BodyMedia::Form
                    },
                    ty,
                )
            }
            MediaKind::Multipart => {
                let ty = match &media.schema {
                    Some(schema) => {
                        self.schema_type(schema, &hint, &schema_pointer, Binary::AsFile)
                    }
                    None => TypeRef::Json,
                };
                match self.multipart_parts(&ty) {
                    Some(parts) => (BodyMedia::Multipart(parts), ty),
                    None => {
                        self.warn(
                            &schema_pointer,
                            "multipart body is not an object; sending raw bytes instead",
                        );
                        (BodyMedia::Bytes(media_name.clone()), TypeRef::Bytes)
                    }
                }
            }
            MediaKind::Text => (BodyMedia::Text(media_name.clone()), TypeRef::String),
            MediaKind::Binary => (BodyMedia::Bytes(media_name.clone()), TypeRef::Bytes),
        };
        Some(RequestBody {
            media,
            ty,
            required: body.required,
            docs: body.description.clone(),
        })
    }

    fn multipart_parts(&self, ty: &TypeRef) -> Option<Vec<MultipartPart>> {
        let TypeRef::Named(id) = ty else { return None };
        let TypeKind::Struct(s) = &self.type_def(*id)?.kind else {
            return None;
        };
        let parts = s
            .fields
            .iter()
            .map(|field| {
                let inner = peel_option(&field.ty);
                let kind = match inner {
                    TypeRef::File => PartKind::File,
                    TypeRef::Vec(item) if **item == TypeRef::File => PartKind::FileList,
                    TypeRef::String
                    | TypeRef::Bool
                    | TypeRef::I32
                    | TypeRef::I64
                    | TypeRef::U32
                    | TypeRef::U64
                    | TypeRef::F32
                    | TypeRef::F64
                    | TypeRef::Date
                    | TypeRef::DateTime
                    | TypeRef::Uuid
                    | TypeRef::Decimal
                    | TypeRef::DecimalNumber => PartKind::Text,
                    TypeRef::Named(id)
                        if matches!(self.resolved_kind(*id), Some(TypeKind::StringEnum(_))) =>
                    {
                        PartKind::Text
                    }
                    _ => PartKind::Json,
                };
                MultipartPart {
                    name: field.name.clone(),
                    required: !field.ty.is_option(),
                    kind,
                }
            })
            .collect();
        Some(parts)
    }

    /// What to ask for in `Accept`: the media type the client decodes for each success
    /// response (the one `pick_media` prefers), so a server that negotiates content never
    /// answers 406 for a type the operation does not produce. `None` keeps the runtime's
    /// `application/json`.
    fn accept_header(&self, op: &'a OpenApiOperation) -> Option<String> {
        let mut wanted: Vec<&str> = Vec::new();
        let success =
            op.responses.responses.iter().filter(|(code, _)| {
                matches!(code, StatusCode::Code(200..=299) | StatusCode::Range(2))
            });
        // Without a success or default response, the documented (error) responses are
        // all the server is said to send: asking for anything else gets a 406.
        let responses: Vec<&ReferenceOr<Response>> =
            match success.map(|(_, r)| r).collect::<Vec<_>>() {
                found if !found.is_empty() => found,
                _ if op.responses.default.is_some() => op.responses.default.iter().collect(),
                _ => op.responses.responses.values().collect(),
            };
        for response in responses {
            let resolved = refs::look_up(self.spec, response, |c| &c.responses, &refs::RESPONSE);
            if let Some((name, _, _)) = resolved.and_then(|r| pick_response_media(&r.content)) {
                if !wanted.iter().any(|w| w.eq_ignore_ascii_case(name)) {
                    wanted.push(name);
                }
            }
        }
        match wanted.as_slice() {
            [] | ["application/json"] => None,
            _ => Some(wanted.join(", ")),
        }
    }

    fn lower_responses(
        &mut self,
        op: &'a OpenApiOperation,
        camel: &str,
        pointer: &str,
    ) -> ResponseShape {
        let mut successes: Vec<(Option<u16>, &'a ReferenceOr<Response>, String)> = Vec::new();
        for (code, response) in &op.responses.responses {
            match code {
                StatusCode::Code(code @ 200..=299) => {
                    successes.push((Some(*code), response, format!("{pointer}/responses/{code}")))
                }
                StatusCode::Range(2) => {
                    successes.push((None, response, format!("{pointer}/responses/2XX")))
                }
                _ => {}
            }
        }
        if successes.is_empty() {
            if let Some(default) = &op.responses.default {
                successes.push((None, default, format!("{pointer}/responses/default")));
            }
        }
        let single = successes.len() == 1;
        let mut cases = Vec::new();
        let mut variant_names = NameSet::new();
        for (status, response, response_pointer) in successes {
            let hint = match (single, status) {
                (true, _) => format!("{camel}Response"),
                (false, Some(code)) => format!("{camel}Response{code}"),
                (false, None) => format!("{camel}ResponseDefault"),
            };
            let (ty, decode) = self.response_type(response, status, &hint, &response_pointer);
            let variant = match status {
                Some(code) => format!("Status{code}"),
                None => String::from("Other"),
            };
            cases.push(StatusCase {
                status,
                variant: variant_names.claim(&variant),
                ty,
                decode,
            });
        }
        let Some(first) = cases.first() else {
            return ResponseShape::Single {
                ty: TypeRef::Unit,
                decode: Decode::Empty,
            };
        };
        if cases
            .iter()
            .all(|c| c.ty == first.ty && c.decode == first.decode)
        {
            return ResponseShape::Single {
                ty: first.ty.clone(),
                decode: first.decode,
            };
        }
        let variants = cases
            .iter()
            .map(|c| UnionVariant {
                rust_name: c.variant.clone(),
                ty: c.ty.clone(),
                docs: Some(match c.status {
                    Some(code) => format!("Status {code}."),
                    None => String::from("Any other success status."),
                }),
            })
            .collect();
        let docs = Some(format!("Success responses of `{}`, by status.", camel));
        let ty = self.add_type(
            &format!("{camel}Response"),
            docs,
            false,
            TypeKind::StatusEnum(variants),
        );
        ResponseShape::ByStatus { ty, cases }
    }

    fn response_type(
        &mut self,
        response: &'a ReferenceOr<Response>,
        status: Option<u16>,
        hint: &str,
        pointer: &str,
    ) -> (TypeRef, Decode) {
        let Some(response) =
            self.resolve_component(response, |c| &c.responses, &refs::RESPONSE, pointer)
        else {
            return (TypeRef::Bytes, Decode::Bytes);
        };
        if status == Some(204) || status == Some(205) {
            return (TypeRef::Unit, Decode::Empty);
        }
        let Some((media_name, media, kind)) = pick_response_media(&response.content) else {
            return (TypeRef::Unit, Decode::Empty);
        };
        match kind {
            MediaKind::Json => {
                let ty = match &media.schema {
                    Some(schema) => {
                        let schema_pointer =
                            format!("{pointer}/content/{}/schema", esc(media_name));
                        let ty = self.schema_type(schema, hint, &schema_pointer, Binary::AsString);
                        if self.is_nullable(schema) {
                            ty.optional()
                        } else {
                            ty
                        }
                    }
                    None => TypeRef::Json,
                };
                (ty, Decode::Json)
            }
            MediaKind::Text | MediaKind::Form => (TypeRef::String, Decode::Text),
            MediaKind::Multipart | MediaKind::Binary => (TypeRef::Bytes, Decode::Bytes),
        }
    }
}

pub(crate) fn peel_option(ty: &TypeRef) -> &TypeRef {
    match ty {
        TypeRef::Option(inner) => peel_option(inner),
        other => other,
    }
}

/// Why a header parameter is not sent, or `None` when it is sent.
///
/// Connection and framing headers are managed by the HTTP client: a value taken from
/// the document could change how the request is framed or routed (request smuggling,
/// another virtual host). The second group is set by the runtime from the body, the
/// expected response, the security scheme and the cookie parameters; OpenAPI itself
/// says `Accept`, `Content-Type` and `Authorization` parameters are ignored.
fn refused_header(name: &str) -> Option<&'static str> {
    const FRAMING: [&str; 9] = [
        "host",
        "content-length",
        "transfer-encoding",
        "connection",
        "keep-alive",
        "upgrade",
        "te",
        "trailer",
        "proxy-connection",
    ];
    const SET_BY_CLIENT: [&str; 4] = ["content-type", "accept", "authorization", "cookie"];
    let lower = name.to_ascii_lowercase();
    if FRAMING.contains(&lower.as_str()) {
        Some("is a connection or framing header, which the HTTP client manages")
    } else if SET_BY_CLIENT.contains(&lower.as_str()) {
        Some("is set by the client itself")
    } else if name.is_empty() || !name.bytes().all(is_token_byte) {
        // The runtime would refuse the name at every call that sets the parameter.
        Some("is not a valid HTTP header name")
    } else {
        None
    }
}

/// RFC 9110 `tchar`: the bytes a header field name may consist of.
fn is_token_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte)
}

fn location_key(param: &Parameter) -> &'static str {
    match param {
        Parameter::Query { .. } => "query",
        Parameter::Header { .. } => "header",
        Parameter::Path { .. } => "path",
        Parameter::Cookie { .. } => "cookie",
    }
}

/// The method of a path item field (`get`...`trace`, 3.2's `query`), or of an
/// `additionalOperations` key, which is sent as spelled.
fn http_method(method: &str) -> HttpMethod {
    match method {
        "get" => HttpMethod::Get,
        "put" => HttpMethod::Put,
        "post" => HttpMethod::Post,
        "delete" => HttpMethod::Delete,
        "options" => HttpMethod::Options,
        "head" => HttpMethod::Head,
        "patch" => HttpMethod::Patch,
        "trace" => HttpMethod::Trace,
        "query" => HttpMethod::Query,
        other => HttpMethod::Other(other.to_string()),
    }
}

/// A parameter as `lower_param` reads it, before it becomes an argument or a field.
struct LoweredParam {
    /// `None` for the path.
    location: Option<ParamLocation>,
    /// Name, style, type and docs, which both kinds have.
    param: PathParam,
    required: bool,
}

impl LoweredParam {
    fn into_path(self) -> PathParam {
        self.param
    }

    /// The params struct's field, unless it is a path parameter.
    fn into_struct_field(self) -> Option<Param> {
        let PathParam {
            name,
            style,
            explode,
            ty,
            docs,
        } = self.param;
        Some(Param {
            name,
            location: self.location?,
            style,
            explode,
            ty,
            required: self.required,
            docs,
        })
    }
}
