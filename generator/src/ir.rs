//! The intermediate representation between the OpenAPI model and Rust tokens.
//!
//! Plain data only: no IO, no tokens, no `openapiv3` types. `lower` makes every
//! decision (names, references, boxing, fallbacks) and records it here, so `emit` can
//! print without deciding anything.

use serde_json::Value;

pub use crate::names::{Ident, WireName};

/// Index of a [`TypeDef`] in [`Api::types`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TypeId(pub usize);

/// Everything needed to print one client crate.
#[derive(Clone, Debug)]
pub struct Api {
    pub krate: CrateInfo,
    pub title: String,
    pub version: String,
    pub description: Option<String>,
    /// Conformance checks to emit as a test target (generator option `conformance`).
    pub conformance: Option<Conformance>,
    pub default_base_url: String,
    pub env_api_key: Option<String>,
    pub env_base_url: Option<String>,
    /// Variable with extra default headers (`Name: value` lines).
    pub env_custom_headers: Option<String>,
    pub security_schemes: Vec<SecurityScheme>,
    /// Every named type, in a deterministic order; [`TypeId`]s index this list.
    pub types: Vec<TypeDef>,
    /// Operations in document order, already grouped: see [`Operation::module`].
    pub operations: Vec<Operation>,
    /// Requests the API sends to its users, as event enums: the webhooks, then the
    /// callbacks of each operation that has some. Empty when there are none.
    pub events: Vec<EventSet>,
    /// How the models are split into files: `None` for a single `models.rs`.
    pub model_modules: Option<Vec<String>>,
    /// The crate's `#![recursion_limit]`, when its deepest type nesting needs more
    /// than rustc's default of 128 (a long chain of `$ref`s, say).
    pub recursion_limit: Option<usize>,
    /// The cargo features that select operations, one per operation module.
    pub features: Features,
}

/// Cargo features per operation module (per tag), next to `full`, which enables them
/// all and is the default.
#[derive(Clone, Debug, Default)]
pub struct Features {
    /// Feature names, sorted.
    pub names: Vec<String>,
    /// The feature of each operation module.
    pub by_module: std::collections::BTreeMap<String, String>,
    /// The feature of the `webhooks` module (webhook and callback payloads), when
    /// the document has events.
    pub events: Option<String>,
    /// The gate of each model module when models are split (see [`TypeDef::gate`]): a
    /// module whose types no enabled feature reaches must not be declared, or its empty
    /// glob re-export would warn.
    pub by_model_module: std::collections::BTreeMap<String, Option<String>>,
    /// Internal features that stand for a set of operation features: each member
    /// enables the group, so an item that several features reach is gated by one
    /// short `#[cfg(feature = "_types_...")]` instead of a list of all of them.
    pub groups: std::collections::BTreeMap<String, Vec<String>>,
}

/// Cargo facts of the generated crate.
#[derive(Clone, Debug)]
pub struct CrateInfo {
    /// Package name (`kebab-case`).
    pub package: String,
    /// Library name (`snake_case`).
    pub lib: String,
    pub version: String,
    /// Extra `[dev-dependencies]` lines from the generator config, already TOML.
    pub dev_dependencies: Vec<(String, String)>,
    /// Whether the manifest declares its own `[workspace]` (false when the crate is a
    /// member of an enclosing workspace, like `generated/` in this repository).
    pub standalone: bool,
}

/// One security scheme the client can apply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SecurityScheme {
    /// Name of the Rust constant, e.g. `AUTH_API_KEY`.
    pub const_name: String,
    pub kind: SecurityKind,
    pub docs: Option<String>,
    /// The feature that compiles the constant (see [`TypeDef::gate`]): the operation
    /// features whose operations accept it, since nothing else uses it.
    pub gate: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SecurityKind {
    ApiKeyHeader { name: String, prefix: String },
    ApiKeyQuery { name: String },
    ApiKeyCookie { name: String },
    Bearer,
    Basic,
}

/// A named Rust type.
#[derive(Clone, Debug)]
pub struct TypeDef {
    pub name: String,
    /// Model module this type lives in (only meaningful when models are split).
    pub module: String,
    /// The one cargo feature whose `#[cfg]` compiles this type: the operation feature
    /// that reaches it, the group of the features that do (see [`Features::groups`]),
    /// or `full` when none does; `None` when it is compiled under every feature.
    pub gate: Option<String>,
    pub docs: Option<String>,
    pub deprecated: bool,
    pub kind: TypeKind,
}

#[derive(Clone, Debug)]
pub enum TypeKind {
    Struct(Struct),
    /// A string enum with a catch-all `Unknown(String)` variant.
    StringEnum(StringEnum),
    /// A `oneOf`/`anyOf`: tagged by a property when there is a discriminator,
    /// otherwise tried in order (untagged), always with a catch-all variant.
    Union(Union),
    /// A name for another type (`pub type Name = ...;`).
    Alias(TypeRef),
    /// Success responses of one operation by status: a plain enum, not serialized.
    StatusEnum(Vec<UnionVariant>),
}

#[derive(Clone, Debug)]
pub struct Struct {
    pub fields: Vec<Field>,
    /// The field that collects properties the document does not declare.
    pub additional: Option<Additional>,
    /// Whether `Default` can be derived (every field is optional).
    pub derive_default: bool,
    /// How the struct's impls are printed; `lower::post` decides it once the fields
    /// are final.
    pub form: StructForm,
}

/// The map of a struct's undeclared properties.
#[derive(Clone, Debug)]
pub struct Additional {
    /// Its field, `additional_properties` unless a declared field has that name.
    pub field: Ident,
    /// Type of the values (without the map).
    pub ty: TypeRef,
}

/// The two ways a struct's trait impls are printed. Both read, write and compare
/// values alike; they differ in what rustc makes of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StructForm {
    /// `PartialEq` and `Serialize` derived, and a `FromMap` impl whose locals are
    /// untyped (the struct literal fixes them) and whose required fields are unwrapped
    /// inside the struct literal: the shortest text.
    Compact,
    /// For structs with very many fields: `PartialEq` and `Serialize` written out one
    /// statement per field, and a `FromMap` impl that types every local and unwraps
    /// each required field in a statement of its own. The derives nest one expression
    /// level per field (`a == b && ...`, `0 + if .. {0} else {1} + ...`), which
    /// overflows rustc's stack at about 6,000 fields, and rustc checks the compact
    /// `FromMap` in time (and, with required fields, memory) that grows with the
    /// square of the field count: 390 s for 5,000 fields.
    Wide,
}

#[derive(Clone, Debug)]
pub struct Field {
    /// The Rust field and the property on the wire.
    pub name: WireName,
    /// The full Rust type including any `Option` and `Box`.
    pub ty: TypeRef,
    pub required: bool,
    pub nullable: bool,
    pub docs: Option<String>,
    pub deprecated: bool,
}

#[derive(Clone, Debug)]
pub struct StringEnum {
    pub variants: Vec<EnumVariant>,
}

#[derive(Clone, Debug)]
pub struct EnumVariant {
    pub rust_name: String,
    pub wire: String,
    pub docs: Option<String>,
}

#[derive(Clone, Debug)]
pub enum Union {
    /// Without a discriminator: the variants are tried in order.
    Untagged(Vec<UnionVariant>),
    /// With a discriminator: the value of the `tag` property picks the variant.
    Tagged {
        tag: String,
        variants: Vec<TaggedVariant>,
    },
}

impl Union {
    /// Every variant, tagged or not, for passes that only look at their types.
    pub fn variants(&self) -> impl Iterator<Item = &UnionVariant> {
        let (untagged, tagged): (&[UnionVariant], &[TaggedVariant]) = match self {
            Union::Untagged(variants) => (variants, &[]),
            Union::Tagged { variants, .. } => (&[], variants),
        };
        untagged
            .iter()
            .chain(tagged.iter().map(|tagged| &tagged.variant))
    }

    /// Every variant, mutably.
    pub fn variants_mut(&mut self) -> impl Iterator<Item = &mut UnionVariant> {
        let (untagged, tagged): (&mut [UnionVariant], &mut [TaggedVariant]) = match self {
            Union::Untagged(variants) => (variants, &mut []),
            Union::Tagged { variants, .. } => (&mut [], variants),
        };
        untagged
            .iter_mut()
            .chain(tagged.iter_mut().map(|tagged| &mut tagged.variant))
    }
}

/// A variant of a union, or of a [`TypeKind::StatusEnum`].
#[derive(Clone, Debug)]
pub struct UnionVariant {
    pub rust_name: String,
    pub ty: TypeRef,
    pub docs: Option<String>,
}

/// A variant of a discriminated union.
#[derive(Clone, Debug)]
pub struct TaggedVariant {
    pub variant: UnionVariant,
    /// The tag value that selects it.
    pub value: String,
    /// Whether its type is a struct without the tag field (`lower::post` strips the
    /// field from structs only unions use). Decoding then leaves the tag out of the
    /// value, so that it does not land among the struct's unknown properties.
    pub tag_left_out: bool,
}

/// A reference to a Rust type.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TypeRef {
    Named(TypeId),
    Bool,
    I32,
    I64,
    U32,
    U64,
    F32,
    F64,
    String,
    Date,
    DateTime,
    Uuid,
    /// An exact decimal sent as a JSON string (`type: string, format: decimal`).
    Decimal,
    /// An exact decimal sent as a JSON number (`type: number, format: decimal`): read
    /// without going through binary floating point where the JSON text allows it, and
    /// written back as a number.
    DecimalNumber,
    /// Raw bytes (binary bodies and responses).
    Bytes,
    /// A file for a multipart upload (`runtime::FilePart`).
    File,
    /// Any JSON value: free-form data and fallbacks.
    Json,
    /// A JSON object with arbitrary keys and values.
    JsonObject,
    Unit,
    Vec(Box<TypeRef>),
    Map(Box<TypeRef>),
    Option(Box<TypeRef>),
    Box(Box<TypeRef>),
}

impl TypeRef {
    pub fn optional(self) -> TypeRef {
        match self {
            TypeRef::Option(_) => self,
            other => TypeRef::Option(Box::new(other)),
        }
    }

    pub fn is_option(&self) -> bool {
        matches!(self, TypeRef::Option(_))
    }

    /// Whether the type holds decimals the API sends as JSON numbers, directly or
    /// inside `Option`, `Vec` or `Box` (such fields are read and written through the
    /// runtime's exact-decimal helpers).
    pub fn holds_decimal_number(&self) -> bool {
        match self {
            TypeRef::DecimalNumber => true,
            TypeRef::Option(inner) | TypeRef::Vec(inner) | TypeRef::Box(inner) => {
                inner.holds_decimal_number()
            }
            _ => false,
        }
    }
}

/// One HTTP operation, printed as a method on the client.
#[derive(Clone, Debug)]
pub struct Operation {
    /// Method name (`snake_case`).
    pub name: Ident,
    /// Module (file) of the operation, from its first tag.
    pub module: String,
    pub method: HttpMethod,
    /// The path template as written in the spec, e.g. `/pets/{petId}`.
    pub path: String,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub deprecated: bool,
    /// Path parameters, in path order: positional arguments of the method.
    pub path_params: Vec<PathParam>,
    /// Query, header and cookie parameters, bundled in a struct when non-empty.
    pub params_struct: Option<ParamsStruct>,
    pub body: Option<RequestBody>,
    pub response: ResponseShape,
    /// Security requirements in order of preference, each a set of constants (from
    /// [`Api::security_schemes`]) that are applied together; anonymous requirements and
    /// requirements naming an unsupported scheme are left out.
    pub security: Vec<Vec<String>>,
    pub pagination: Option<Pagination>,
    /// A second method that asks for the streamed form of the response, when a success
    /// response offers an event stream or JSON sequence next to another media type.
    pub stream_variant: Option<StreamVariant>,
    /// Declared safe to repeat although its method is not idempotent (generator config
    /// `retry-safe`), so the runtime retries it like a GET.
    pub retry_safe: bool,
    /// The `Accept` header when it is not the runtime's `application/json`: the media
    /// types the client decodes, in the order of the success responses.
    pub accept: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HttpMethod {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
    /// OpenAPI 3.2's `query` operation: the HTTP QUERY method, safe and with a body.
    Query,
    /// A method from OpenAPI 3.2's `additionalOperations`, spelled as it is sent.
    Other(String),
}

impl Operation {
    /// Whether some security requirement of the operation uses the scheme constant.
    pub fn uses_scheme(&self, const_name: &str) -> bool {
        self.security
            .iter()
            .any(|requirement| requirement.iter().any(|s| s == const_name))
    }
}

impl HttpMethod {
    pub fn as_str(&self) -> &str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Put => "PUT",
            HttpMethod::Post => "POST",
            HttpMethod::Delete => "DELETE",
            HttpMethod::Options => "OPTIONS",
            HttpMethod::Head => "HEAD",
            HttpMethod::Patch => "PATCH",
            HttpMethod::Trace => "TRACE",
            HttpMethod::Query => "QUERY",
            HttpMethod::Other(name) => name,
        }
    }
}

#[derive(Clone, Debug)]
pub struct ParamsStruct {
    /// The struct type (a [`TypeKind::Struct`] whose fields mirror `params`).
    pub ty: TypeId,
    pub params: Vec<Param>,
}

/// A path parameter: a positional argument of the method, always required.
#[derive(Clone, Debug)]
pub struct PathParam {
    /// The argument and the name in the path template.
    pub name: WireName,
    /// `Simple`, `Label` or `Matrix`.
    pub style: ParamStyle,
    pub explode: bool,
    pub ty: TypeRef,
    pub docs: Option<String>,
}

/// A query, header or cookie parameter: a field of the operation's params struct.
#[derive(Clone, Debug)]
pub struct Param {
    /// The field and the parameter's name on the wire.
    pub name: WireName,
    pub location: ParamLocation,
    pub style: ParamStyle,
    pub explode: bool,
    pub ty: TypeRef,
    pub required: bool,
    pub docs: Option<String>,
}

/// Where a parameter of the params struct is sent (path parameters are
/// [`PathParam`]s, so they cannot end up in the struct).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamLocation {
    Query,
    /// The whole query string, form-encoded from one object (OpenAPI 3.2
    /// `in: querystring`).
    QueryString,
    Header,
    Cookie,
}

/// Serialization style of a parameter; mirrors the runtime's `ParamStyle`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamStyle {
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
    Simple,
    Label,
    Matrix,
}

#[derive(Clone, Debug)]
pub struct RequestBody {
    pub media: BodyMedia,
    pub ty: TypeRef,
    pub required: bool,
    pub docs: Option<String>,
}

#[derive(Clone, Debug)]
pub enum BodyMedia {
    Json,
    Form,
    /// Multipart: each field of the body struct becomes a part; binary fields are files.
    Multipart(Vec<MultipartPart>),
    /// Raw bytes with this content type.
    Bytes(String),
    /// Text with this content type.
    Text(String),
}

#[derive(Clone, Debug)]
pub struct MultipartPart {
    /// The field of the body struct and the part's name.
    pub name: WireName,
    pub required: bool,
    pub kind: PartKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartKind {
    /// A file: the field is `runtime::FilePart` (or `Vec` of them).
    File,
    FileList,
    /// A string-like scalar sent as text.
    Text,
    /// Anything else, sent as JSON text.
    Json,
}

/// What a successful call returns.
#[derive(Clone, Debug)]
pub enum ResponseShape {
    /// One success type; `decode` says how to read the body.
    Single { ty: TypeRef, decode: Decode },
    /// Several statuses with different types: an enum with one variant per status.
    ByStatus { ty: TypeId, cases: Vec<StatusCase> },
    /// A body read as a sequence of items while it arrives.
    Stream(ItemStream),
}

/// A streamed response: Server-Sent Events or a sequence of JSON texts.
#[derive(Clone, Debug)]
pub struct ItemStream {
    pub framing: StreamFraming,
    /// The media type asked for in `Accept`, as the document spells it.
    pub media_type: String,
    /// The type of each event's `data`, or of each JSON item.
    pub item: TypeRef,
    /// How an item's text is read: [`Decode::Json`], or [`Decode::Text`] for SSE data
    /// the document does not describe as JSON.
    pub decode: Decode,
    /// Data that ends the stream cleanly (e.g. `[DONE]`), from the document's
    /// `x-stream-sentinel` or the generator config.
    pub sentinel: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StreamFraming {
    /// `text/event-stream`: each item is an event with a name, an id and data.
    Events,
    /// `application/jsonl`, `application/x-ndjson`: one JSON text per line.
    JsonLines,
    /// `application/json-seq` (RFC 7464): JSON texts after RS characters.
    JsonSeq,
}

/// The extra method of an operation whose response may also be streamed.
#[derive(Clone, Debug)]
pub struct StreamVariant {
    /// Method name (`snake_case`), e.g. `create_chat_events`.
    pub name: Ident,
    pub stream: ItemStream,
}

#[derive(Clone, Debug)]
pub struct StatusCase {
    /// `Some(200)` for a concrete status, `None` for the `2XX`/`default` fallback.
    pub status: Option<u16>,
    pub variant: String,
    pub ty: TypeRef,
    pub decode: Decode,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decode {
    Json,
    Text,
    Bytes,
    Empty,
}

/// How an operation's `<name>_stream` walks its pages, detected or configured.
#[derive(Clone, Debug)]
pub struct Pagination {
    /// Name of the stream method (`<name>_stream`, unique among the client's methods).
    pub stream_name: Ident,
    /// Where each page's items are.
    pub items: PageItems,
    pub style: PageStyle,
}

impl Pagination {
    /// Every type reference the pagination holds, for passes over the whole IR.
    pub fn type_refs_mut(&mut self) -> Vec<&mut TypeRef> {
        let mut refs = vec![&mut self.items.item_ty];
        refs.extend(self.items.field.as_mut().map(|path| &mut path.ty));
        let (inputs, paths): (Vec<&mut PageInput>, Vec<&mut FieldPath>) = match &mut self.style {
            PageStyle::Offset { offset, total } => (vec![offset], total.iter_mut().collect()),
            PageStyle::PageNumber {
                page, total_pages, ..
            } => (vec![page], total_pages.iter_mut().collect()),
            PageStyle::Cursor {
                cursor,
                next,
                has_more,
            } => (
                vec![cursor],
                std::iter::once(next).chain(has_more).collect(),
            ),
            PageStyle::LastItem {
                cursor,
                item_id,
                has_more,
            } => (
                vec![cursor],
                std::iter::once(item_id).chain(has_more).collect(),
            ),
            PageStyle::LinkHeader => (Vec::new(), Vec::new()),
            PageStyle::NextUrl { next } => (Vec::new(), vec![next]),
        };
        refs.extend(inputs.into_iter().map(|input| &mut input.ty));
        refs.extend(paths.into_iter().map(|path| &mut path.ty));
        refs
    }

    /// Copies of every type reference the pagination holds (a handful, so copying is
    /// simpler than a second, read-only walk).
    pub fn type_refs(&self) -> Vec<TypeRef> {
        self.clone()
            .type_refs_mut()
            .into_iter()
            .map(|ty| ty.clone())
            .collect()
    }
}

/// The items of one page.
#[derive(Clone, Debug)]
pub struct PageItems {
    /// The field of the response holding the item list; `None` when the response is
    /// the list itself (as GitHub's are).
    pub field: Option<FieldPath>,
    /// Type of one item.
    pub item_ty: TypeRef,
}

/// The pagination styles, each with the fields that drive it.
#[derive(Clone, Debug)]
pub enum PageStyle {
    /// The next offset is the current one plus the items received; ends at `total`.
    Offset {
        offset: PageInput,
        total: Option<FieldPath>,
    },
    /// Pages numbered from `first_page` (0 or 1, what the first page is called when
    /// the caller leaves the number unset); ends at `total_pages`.
    PageNumber {
        page: PageInput,
        first_page: u64,
        total_pages: Option<FieldPath>,
    },
    /// The response names the next page's cursor (`next_cursor`, `nextPageToken`),
    /// which goes into `cursor`; ends when there is none or `has_more` is false.
    Cursor {
        cursor: PageInput,
        next: FieldPath,
        has_more: Option<FieldPath>,
    },
    /// The next page starts after the last item (Stripe's `starting_after`): the
    /// `item_id` field of the last item goes into `cursor`; ends when `has_more` is
    /// false.
    LastItem {
        cursor: PageInput,
        item_id: FieldPath,
        has_more: Option<FieldPath>,
    },
    /// The `Link` response header names the next page's URL (`rel="next"`).
    LinkHeader,
    /// A response field names the next page's URL (`next`, `nextLink`).
    NextUrl { next: FieldPath },
}

/// The request field a pagination style sets for each page.
#[derive(Clone, Debug)]
pub struct PageInput {
    /// Whether it is a query parameter (in the params struct) or a body field.
    pub location: OffsetIn,
    /// Rust field name in the params struct or the body.
    pub field: Ident,
    /// Type of the field without `Option`.
    pub ty: TypeRef,
    /// Whether the field is `Option`.
    pub optional: bool,
}

/// A field reached from a value through zero or more nested structs, e.g. Slack's
/// `response_metadata.next_cursor`.
#[derive(Clone, Debug)]
pub struct FieldPath {
    /// The fields in order from the outermost.
    pub steps: Vec<FieldStep>,
    /// Type of the last field without `Option`.
    pub ty: TypeRef,
}

/// One field on a [`FieldPath`].
#[derive(Clone, Debug)]
pub struct FieldStep {
    pub field: Ident,
    /// Whether the field is `Option` (a missing value ends the path).
    pub optional: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OffsetIn {
    Query,
    Body,
}

/// Checks that the generated client works against a validating mock of its document:
/// one call per operation with the values `lower::samples` chose, and a round trip of
/// every document example through its generated type.
#[derive(Clone, Debug)]
pub struct Conformance {
    /// The environment variable with the mock's base URL; the test does nothing without it.
    pub env_base_url: String,
    pub operations: Vec<OperationCheck>,
    pub examples: Vec<ExampleCheck>,
}

/// The calls made to one operation.
#[derive(Clone, Debug)]
pub struct OperationCheck {
    /// Index of the operation in [`Api::operations`].
    pub operation: usize,
    /// The operationId, or `METHOD path` when there is none: the row's name in reports.
    pub label: String,
    /// Response statuses the document lists: codes, ranges like `4XX`, and `default`.
    pub documented: Vec<String>,
    /// First the call with only what is required, then (when the operation has
    /// anything optional) the call with every optional parameter and field set.
    pub calls: Vec<CallSample>,
    /// Why a validator may reject these values although the client is right, e.g. a
    /// pattern the synthesiser cannot satisfy; `None` when they are believed valid.
    pub caveat: Option<String>,
}

/// The arguments of one call, as JSON the generated types decode.
#[derive(Clone, Debug)]
pub struct CallSample {
    /// `required` or `full`.
    pub label: String,
    /// One value per [`Operation::path_params`], in order.
    pub path: Vec<Value>,
    /// The params struct as a JSON object keyed by wire names, when the operation has one.
    pub params: Option<Value>,
    /// The body; `None` sends no body (only for optional bodies). Text and byte bodies
    /// are JSON strings.
    pub body: Option<Value>,
}

/// A document example and the generated type it must decode into and re-encode from.
#[derive(Clone, Debug)]
pub struct ExampleCheck {
    /// JSON pointer of the example in the document.
    pub pointer: String,
    pub ty: TypeRef,
    pub value: Value,
    /// Why the example cannot round-trip whatever the generator does, prefixed with
    /// its category as in conformance calls (`spec: ...`).
    pub caveat: Option<String>,
}

/// An enum of incoming events: the API's webhooks (`WebhookEvent`), or the callbacks
/// of one operation.
#[derive(Clone, Debug)]
pub struct EventSet {
    /// Name of the enum.
    pub name: String,
    pub docs: String,
    pub events: Vec<Event>,
}

impl EventSet {
    /// The payload types of its events, for passes over the whole IR.
    pub fn payload_types_mut(&mut self) -> impl Iterator<Item = &mut TypeRef> {
        self.events
            .iter_mut()
            .filter_map(|event| match &mut event.payload {
                EventPayload::Json(ty) => Some(ty),
                _ => None,
            })
    }
}

/// One webhook or callback: a variant of its [`EventSet`].
#[derive(Clone, Debug)]
pub struct Event {
    /// The name the document gives it (the webhook or callback key), which the
    /// enum's `decode` takes.
    pub key: String,
    pub variant: String,
    /// How the API sends it, e.g. `POST` or `POST {$request.body#/callbackUrl}`.
    pub request: String,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub deprecated: bool,
    pub payload: EventPayload,
}

/// The body of an incoming event, and how it is decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventPayload {
    /// JSON into this type.
    Json(TypeRef),
    /// Text with this content type.
    Text(String),
    /// Raw bytes with this content type.
    Bytes(String),
    /// No body: a unit variant.
    None,
}

/// Helper for doc text: `summary` and `description` joined, trimmed.
pub fn join_docs(parts: &[Option<&str>]) -> Option<String> {
    let text: Vec<&str> = parts
        .iter()
        .flatten()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    if text.is_empty() {
        None
    } else {
        Some(text.join("\n\n"))
    }
}

/// A default value worth mentioning in docs.
pub fn default_doc(value: &Value) -> String {
    format!("Default: `{value}`.")
}
