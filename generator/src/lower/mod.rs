//! `openapiv3` model -> IR. Every decision is made here.
//!
//! Order of work, which is what makes the output deterministic and references
//! trivial: (1) every component schema gets a [`TypeId`] and a unique Rust name before
//! anything is converted, so forward and recursive `$ref`s resolve to an ID at once;
//! (2) component schemas are converted in document order, creating inline types as
//! they are met, named from their location; (3) operations are converted in document
//! order; (4) `post` passes box recursive fields, drop discriminator fields that the
//! union enum already carries, and split models into modules.
//!
//! Problems in the input are collected, not raised one by one: a construct the
//! generator does not support becomes a fallback type plus a [`Warning`]; a real
//! error (a dangling `$ref`) is collected and reported together with the others.

mod events;
mod examples;
mod features;
mod fit;
mod inline;
mod media;
mod operation;
mod pagination;
pub mod path;
mod post;
mod refs;
mod samples;
mod schema;
mod security;
mod stream;
mod tags;

use crate::config::Config;
use crate::error::{Error, Warning};
use crate::ir::{Api, Conformance, CrateInfo, TypeDef, TypeId, TypeKind, TypeRef};
use crate::load::Document;
use crate::names::{self, NameSet};
use crate::pointer;
use indexmap::IndexMap;
use openapiv3::{OpenAPI, ReferenceOr, Schema};

/// Inputs of `lower` that do not come from the document.
#[derive(Clone, Debug, Default)]
pub struct LowerOptions {
    pub crate_name: Option<String>,
    pub config: Config,
    /// See [`CrateInfo::standalone`].
    pub workspace_member: bool,
}

/// Converts a loaded document into the IR, or reports every error found.
pub fn lower(doc: &Document, options: &LowerOptions) -> Result<(Api, Vec<Warning>), Error> {
    let mut cx = Lowerer::new(doc, &options.config);
    cx.declare_components();
    cx.lower_components();
    let mut security_schemes = cx.lower_security_schemes();
    let mut operations = cx.lower_operations(&security_schemes);
    let mut events = cx.lower_events();
    cx.check_config_operation_ids();
    // Schemes no operation accepts would be dead constants in the generated crate.
    security_schemes.retain(|scheme| {
        operations
            .iter()
            .any(|op| op.uses_scheme(&scheme.const_name))
    });
    if let Some(error) = Error::from_many(std::mem::take(&mut cx.errors)) {
        return Err(error);
    }
    let krate = crate_info(doc, options);
    let env_prefix = options
        .config
        .env_prefix
        .clone()
        .unwrap_or_else(|| names::env_prefix(&krate.package));
    let default_base_url = cx.default_base_url();
    let component_count = cx.components.len();
    let mut types = cx.finish_types();
    let wide_fields = options
        .config
        .wide_struct_fields
        .unwrap_or(post::WIDE_STRUCT_FIELDS);
    let model_modules = post::finish(
        &mut types,
        &mut operations,
        &mut events,
        component_count,
        wide_fields,
    );
    let recursion_limit = post::recursion_limit(&types);
    let features = features::assign(&mut types, &mut security_schemes, &operations, &events);
    // Samples are chosen on the final IR, whose type ids and fields are what the
    // conformance test decodes them into.
    let conformance = options.config.conformance.then(|| Conformance {
        env_base_url: String::from("CONFORMANCE_BASE_URL"),
        operations: cx.operation_checks(&operations),
        examples: cx
            .example_checks(&types, &operations)
            .into_iter()
            .filter(|check| examples::checkable(&check.value))
            .collect(),
    });
    let info = &doc.openapi.info;
    let api = Api {
        krate,
        title: info.title.clone(),
        version: info.version.clone(),
        description: info.description.clone(),
        conformance,
        default_base_url,
        env_api_key: Some(format!("{env_prefix}_API_KEY")),
        env_base_url: Some(format!("{env_prefix}_BASE_URL")),
        env_custom_headers: Some(format!("{env_prefix}_CUSTOM_HEADERS")),
        security_schemes,
        types,
        operations,
        events,
        model_modules,
        recursion_limit,
        features,
    };
    let mut warnings = cx.warnings;
    warnings.sort();
    warnings.dedup();
    Ok((api, warnings))
}

fn crate_info(doc: &Document, options: &LowerOptions) -> CrateInfo {
    let wanted = options
        .crate_name
        .clone()
        .or_else(|| options.config.crate_name.clone())
        .unwrap_or_else(|| format!("{}-client", doc.openapi.info.title));
    let (package, lib) = names::crate_names(&wanted);
    let dev_dependencies = options
        .config
        .dev_dependencies
        .iter()
        .map(|(name, value)| (name.clone(), value.to_string()))
        .collect();
    CrateInfo {
        package,
        lib,
        version: options
            .config
            .crate_version
            .clone()
            .unwrap_or_else(|| String::from("0.1.0")),
        dev_dependencies,
        standalone: !options.workspace_member,
    }
}

/// State of one `lower` run.
pub(crate) struct Lowerer<'a> {
    pub(crate) doc: &'a Document,
    pub(crate) spec: &'a OpenAPI,
    pub(crate) config: &'a Config,
    /// Types under construction; `None` while a declared type is not converted yet.
    types: Vec<Option<TypeDef>>,
    /// Component schema name -> its ID.
    components: IndexMap<String, TypeId>,
    /// Type names in use (one flat namespace: all models are re-exported together).
    type_names: NameSet,
    /// Wire names of the supported security schemes, parallel to the IR's list.
    pub(crate) scheme_names: Vec<String>,
    /// Inline schemas already converted, by their serialized form (see `inline_type`).
    pub(crate) inline_types: std::collections::BTreeMap<String, TypeId>,
    /// The first inline string enum with each list of values (see `inline_type`).
    pub(crate) inline_enums: std::collections::HashMap<Vec<String>, TypeId>,
    pub(crate) warnings: Vec<Warning>,
    pub(crate) errors: Vec<Error>,
    /// Callback enums of the operations lowered so far, named by `lower_events`.
    pending_callbacks: Vec<events::PendingCallbacks>,
    /// Whether no operation has a tag, so operations are grouped by path instead
    /// (see `tags.rs`).
    group_by_path: bool,
    /// Which schemes set the `Authorization` header, and the implied one (see
    /// `security.rs`).
    authorization: security::AuthorizationHeader,
}

impl<'a> Lowerer<'a> {
    fn new(doc: &'a Document, config: &'a Config) -> Self {
        let mut type_names = NameSet::new();
        // Names that generated modules define next to the models.
        for reserved in ["Client", "ClientBuilder"] {
            type_names.reserve(reserved);
        }
        Lowerer {
            doc,
            spec: &doc.openapi,
            config,
            types: Vec::new(),
            components: IndexMap::new(),
            type_names,
            scheme_names: Vec::new(),
            inline_types: std::collections::BTreeMap::new(),
            inline_enums: std::collections::HashMap::new(),
            warnings: Vec::new(),
            errors: Vec::new(),
            pending_callbacks: Vec::new(),
            group_by_path: !tags::any_operation_tagged(doc),
            authorization: security::AuthorizationHeader::default(),
        }
    }

    /// Warns about config entries naming an `operationId` the document does not have,
    /// since such an entry silently does nothing (a typo, or a renamed operation).
    fn check_config_operation_ids(&mut self) {
        let known: std::collections::BTreeSet<&str> = self
            .doc
            .openapi
            .paths
            .paths
            .values()
            .filter_map(|item| item.as_item())
            .flat_map(|item| item.iter())
            .map(|(_, op)| op)
            .chain(
                self.doc
                    .additions
                    .operations
                    .iter()
                    .map(|extra| &extra.operation),
            )
            .filter_map(|op| op.operation_id.as_deref())
            .collect();
        let config = self.config;
        let listed = config
            .retry_safe
            .iter()
            .map(|id| ("retry-safe", id))
            .chain(config.no_pagination.iter().map(|id| ("no-pagination", id)))
            .chain(config.pagination.keys().map(|id| ("pagination", id)));
        let unknown: Vec<String> = listed
            .filter(|(_, id)| !known.contains(id.as_str()))
            .map(|(key, id)| format!("generator config `{key}` names operationId `{id}`, which the document does not have"))
            .collect();
        for message in unknown {
            self.warn("", message);
        }
    }

    pub(crate) fn warn(&mut self, pointer: &str, message: impl Into<String>) {
        self.warnings.push(Warning {
            location: self.doc.location(pointer),
            message: message.into(),
        });
    }

    /// Reserves an ID and a unique name for a type that will be filled in later.
    pub(crate) fn declare_type(&mut self, wanted: &str) -> TypeId {
        let name = self.type_names.claim(&names::type_name(wanted));
        let id = TypeId(self.types.len());
        self.types.push(Some(TypeDef {
            name,
            module: String::new(),
            gate: None,
            docs: None,
            deprecated: false,
            kind: TypeKind::Alias(TypeRef::Json),
        }));
        id
    }

    pub(crate) fn type_name(&self, id: TypeId) -> &str {
        self.types
            .get(id.0)
            .and_then(|t| t.as_ref())
            .map_or("", |t| t.name.as_str())
    }

    pub(crate) fn type_def(&self, id: TypeId) -> Option<&TypeDef> {
        self.types.get(id.0).and_then(|t| t.as_ref())
    }

    /// The kind of a named type, looking through aliases of other named types (an
    /// inline enum that repeats an earlier one's values is an alias of it). Bounded, so
    /// an alias cycle, which `post.rs` breaks later, ends as `None`.
    pub(crate) fn resolved_kind(&self, id: TypeId) -> Option<&TypeKind> {
        let mut id = id;
        for _ in 0..64 {
            match &self.type_def(id)?.kind {
                TypeKind::Alias(TypeRef::Named(next)) => id = *next,
                kind => return Some(kind),
            }
        }
        None
    }

    pub(crate) fn set_type(
        &mut self,
        id: TypeId,
        docs: Option<String>,
        deprecated: bool,
        kind: TypeKind,
    ) {
        if let Some(Some(def)) = self.types.get_mut(id.0) {
            def.docs = docs;
            def.deprecated = deprecated;
            def.kind = kind;
        }
    }

    /// Declares and fills a new type in one step.
    pub(crate) fn add_type(
        &mut self,
        wanted: &str,
        docs: Option<String>,
        deprecated: bool,
        kind: TypeKind,
    ) -> TypeId {
        let id = self.declare_type(wanted);
        self.set_type(id, docs, deprecated, kind);
        id
    }

    fn declare_components(&mut self) {
        let Some(components) = &self.spec.components else {
            return;
        };
        for name in components.schemas.keys() {
            let id = self.declare_type(name);
            self.components.insert(name.clone(), id);
        }
    }

    fn lower_components(&mut self) {
        let Some(components) = &self.spec.components else {
            return;
        };
        for (name, schema) in &components.schemas {
            let Some(&id) = self.components.get(name) else {
                continue;
            };
            let pointer = format!("/components/schemas/{}", pointer::escape(name));
            let type_name = self.type_name(id).to_string();
            match schema {
                ReferenceOr::Reference { reference } => {
                    let target = self.schema_ref(reference, &pointer);
                    self.set_type(id, None, false, TypeKind::Alias(target));
                }
                ReferenceOr::Item(schema) => {
                    self.lower_named_schema(id, &type_name, schema, &pointer)
                }
            }
        }
    }

    /// Resolves a schema `$ref` to a type. Local component refs become named types;
    /// anything else becomes `serde_json::Value` with a warning (or an error when a
    /// local ref points at nothing).
    pub(crate) fn schema_ref(&mut self, reference: &str, pointer: &str) -> TypeRef {
        if let Some(name) = crate::pointer::component(reference, "schemas") {
            if let Some(&id) = self.components.get(&name) {
                return TypeRef::Named(id);
            }
            if !name.contains('/') {
                self.errors.push(Error::DanglingRef {
                    location: self.doc.location(pointer),
                    reference: reference.to_string(),
                });
                return TypeRef::Json;
            }
        }
        self.warn(
            pointer,
            format!("$ref `{reference}` is not a local component schema; using serde_json::Value"),
        );
        TypeRef::Json
    }

    /// Follows a schema `$ref` chain to the schema it names, for decisions that need
    /// the target's shape (nullable, object-ness, discriminator property).
    pub(crate) fn resolve_schema<'s>(&self, schema: &'s ReferenceOr<Schema>) -> Option<&'s Schema>
    where
        'a: 's,
    {
        match schema {
            ReferenceOr::Item(schema) => Some(schema),
            ReferenceOr::Reference { reference } => {
                refs::component_schema(self.spec, reference).map(|(schema, _)| schema)
            }
        }
    }

    pub(crate) fn component_id(&self, reference: &str) -> Option<TypeId> {
        let name = crate::pointer::component(reference, "schemas")?;
        self.components.get(&name).copied()
    }

    fn default_base_url(&mut self) -> String {
        if let Some(url) = &self.config.base_url {
            return url.trim_end_matches('/').to_string();
        }
        let Some(server) = self.spec.servers.first() else {
            return String::from("http://localhost");
        };
        let mut url = server.url.clone();
        if let Some(variables) = &server.variables {
            for (name, variable) in variables {
                url = url.replace(&format!("{{{name}}}"), &variable.default);
            }
        }
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            self.warn(
                "/servers/0/url",
                format!("server url `{url}` is not absolute; callers must set a base URL"),
            );
        }
        url.trim_end_matches('/').to_string()
    }

    fn finish_types(&mut self) -> Vec<TypeDef> {
        std::mem::take(&mut self.types)
            .into_iter()
            .flatten()
            .collect()
    }
}
