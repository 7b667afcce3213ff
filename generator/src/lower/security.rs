//! Security schemes -> the auth methods the client can apply.
//!
//! Besides the document's schemes there is one the client implies: OpenAPI says a
//! header parameter named `Authorization` SHALL be ignored, yet documents declare one
//! where they mean a credential (often with no security scheme at all). An operation
//! that declares it, and whose requirements do not already set that header, sends it
//! as an API key in `Authorization`, so the caller can supply it with `api_key`.

use super::{refs, Lowerer};
use crate::ir::{SecurityKind, SecurityScheme};
use crate::names::{self, NameSet};
use crate::pointer::escape as esc;
use indexmap::IndexMap;
use openapiv3::{
    APIKeyLocation, Operation as OpenApiOperation, Parameter, PathItem, ReferenceOr,
    SecurityScheme as OpenApiScheme,
};

/// Schemes the client applies by setting the `Authorization` header.
fn sets_authorization(kind: &SecurityKind) -> bool {
    match kind {
        SecurityKind::Bearer | SecurityKind::Basic => true,
        SecurityKind::ApiKeyHeader { name, .. } => name.eq_ignore_ascii_case("authorization"),
        SecurityKind::ApiKeyQuery { .. } | SecurityKind::ApiKeyCookie { .. } => false,
    }
}

/// What `operation_security` needs to know about the `Authorization` header.
#[derive(Debug, Default)]
pub(crate) struct AuthorizationHeader {
    /// The constants of schemes that set the `Authorization` header.
    setters: Vec<String>,
    /// The constant of the implied scheme, when some operation declares the parameter.
    implied: Option<String>,
}

impl<'a> Lowerer<'a> {
    /// Converts `components.securitySchemes` in document order. Schemes the client
    /// cannot apply (e.g. HTTP digest) are skipped with a warning, and operations that
    /// require only them are sent without credentials. The implied `Authorization`
    /// scheme (see the module docs) comes last.
    pub(crate) fn lower_security_schemes(&mut self) -> Vec<SecurityScheme> {
        let spec = self.spec;
        let mut consts = NameSet::new();
        let mut schemes = Vec::new();
        let declared = spec.components.iter().flat_map(|c| &c.security_schemes);
        for (wire, scheme) in declared {
            let pointer = format!("/components/securitySchemes/{}", esc(wire));
            let ReferenceOr::Item(scheme) = scheme else {
                self.warn(
                    &pointer,
                    "security scheme $ref is not supported; scheme skipped",
                );
                continue;
            };
            let (kind, docs) = match scheme {
                OpenApiScheme::APIKey {
                    location,
                    name,
                    description,
                    ..
                } => {
                    let kind = match location {
                        APIKeyLocation::Header => SecurityKind::ApiKeyHeader {
                            name: name.clone(),
                            prefix: self
                                .config
                                .api_key_prefix
                                .get(wire)
                                .cloned()
                                .unwrap_or_default(),
                        },
                        APIKeyLocation::Query => SecurityKind::ApiKeyQuery { name: name.clone() },
                        APIKeyLocation::Cookie => SecurityKind::ApiKeyCookie { name: name.clone() },
                    };
                    (kind, description.clone())
                }
                OpenApiScheme::HTTP {
                    scheme,
                    description,
                    ..
                } => match scheme.to_ascii_lowercase().as_str() {
                    "bearer" => (SecurityKind::Bearer, description.clone()),
                    "basic" => (SecurityKind::Basic, description.clone()),
                    other => {
                        self.warn(
                            &pointer,
                            format!("HTTP auth scheme `{other}` is not supported; scheme skipped"),
                        );
                        continue;
                    }
                },
                // The client takes an access token; obtaining it is the caller's business.
                OpenApiScheme::OAuth2 { description, .. }
                | OpenApiScheme::OpenIDConnect { description, .. } => {
                    (SecurityKind::Bearer, description.clone())
                }
            };
            let docs = additions_docs(self.doc.additions.security.get(wire), docs);
            self.scheme_names.push(wire.clone());
            schemes.push(SecurityScheme {
                const_name: consts.claim(&names::const_name("AUTH", wire)),
                kind,
                docs,
                gate: None,
            });
        }
        self.authorization.setters = schemes
            .iter()
            .filter(|scheme| sets_authorization(&scheme.kind))
            .map(|scheme| scheme.const_name.clone())
            .collect();
        let declares = spec
            .paths
            .paths
            .values()
            .filter_map(ReferenceOr::as_item)
            .any(|item| {
                item.iter()
                    .any(|(_, op)| self.declares_authorization(item, op))
            });
        if declares {
            let const_name = consts.claim(&names::const_name("AUTH", "authorization header"));
            self.authorization.implied = Some(const_name.clone());
            schemes.push(SecurityScheme {
                const_name,
                kind: SecurityKind::ApiKeyHeader {
                    name: String::from("Authorization"),
                    prefix: String::new(),
                },
                docs: Some(String::from(
                    "The `Authorization` header that operations declare as a parameter. OpenAPI \
                     ignores such parameters, so the client sends this header as a credential: \
                     set it with `api_key`, with any scheme word it needs (`Bearer ...`).",
                )),
                gate: None,
            });
        }
        schemes
    }

    /// Whether the operation (or its path item) declares a header parameter named
    /// `Authorization`, directly or through a component.
    fn declares_authorization(&self, item: &'a PathItem, op: &'a OpenApiOperation) -> bool {
        item.parameters.iter().chain(&op.parameters).any(|param| {
            let param = refs::look_up(self.spec, param, |c| &c.parameters, &refs::PARAMETER);
            matches!(param, Some(Parameter::Header { parameter_data, .. })
                if parameter_data.name.eq_ignore_ascii_case("authorization"))
        })
    }

    /// The security requirements of an operation, in order of preference: each a set
    /// of scheme constants applied together. A requirement naming a scheme the client
    /// cannot apply cannot be met, so it is left out with a warning; the implied
    /// `Authorization` scheme is added where the operation declares that parameter.
    pub(super) fn operation_security(
        &mut self,
        item: &'a PathItem,
        op: &'a OpenApiOperation,
        pointer: &str,
        scheme_consts: &IndexMap<&str, &str>,
    ) -> Vec<Vec<String>> {
        let requirements = op.security.as_ref().or(self.spec.security.as_ref());
        let mut security: Vec<Vec<String>> = Vec::new();
        for requirement in requirements.into_iter().flatten() {
            let mut schemes: Vec<String> = Vec::new();
            let mut complete = true;
            for scheme in requirement.keys() {
                match scheme_consts.get(scheme.as_str()) {
                    Some(constant) => {
                        if !schemes.iter().any(|s| s == constant) {
                            schemes.push((*constant).to_string());
                        }
                    }
                    None => {
                        complete = false;
                        self.warn(
                            pointer,
                            format!(
                                "security scheme `{scheme}` is not defined or not supported; \
                                     the requirement naming it is ignored"
                            ),
                        );
                    }
                }
            }
            if complete && !schemes.is_empty() && !security.contains(&schemes) {
                security.push(schemes);
            }
        }
        self.add_authorization_parameter(item, op, &mut security, pointer);
        security
    }

    /// Adds the implied `Authorization` scheme to an operation that declares the
    /// parameter: to each requirement that does not set the header already, or as the
    /// only requirement when there is none.
    fn add_authorization_parameter(
        &mut self,
        item: &'a PathItem,
        op: &'a OpenApiOperation,
        security: &mut Vec<Vec<String>>,
        pointer: &str,
    ) {
        let Some(implied) = self.authorization.implied.clone() else {
            return;
        };
        if !self.declares_authorization(item, op) {
            return;
        }
        if security.is_empty() {
            security.push(Vec::new());
        }
        let setters = &self.authorization.setters;
        let mut added = false;
        for requirement in security.iter_mut() {
            if !requirement.iter().any(|scheme| setters.contains(scheme)) {
                requirement.push(implied.clone());
                added = true;
            }
        }
        if added {
            self.warn(
                pointer,
                format!(
                    "the `Authorization` header parameter is sent as the credential `{implied}` \
                     (OpenAPI ignores header parameters of that name)"
                ),
            );
        }
    }

    /// The implied scheme's constant, if the document needs it.
    pub(super) fn implied_authorization(&self) -> Option<&str> {
        self.authorization.implied.as_deref()
    }
}

/// Appends what OpenAPI 3.2 added to a scheme (the OAuth2 device flow, the metadata
/// URL, deprecation) to its docs: the client takes a token however it was obtained,
/// so these only tell the reader where to get one.
fn additions_docs(
    additions: Option<&crate::load::SchemeAdditions>,
    docs: Option<String>,
) -> Option<String> {
    let Some(additions) = additions else {
        return docs;
    };
    let mut parts: Vec<String> = docs.into_iter().collect();
    if additions.deprecated {
        parts.push(String::from("Deprecated by the API."));
    }
    if let Some(flow) = &additions.device_flow {
        let link = |url: &str| {
            if url.is_empty() {
                String::from("the URL the API gives")
            } else {
                format!("<{url}>")
            }
        };
        let mut text = format!(
            "OAuth2 device authorization flow: request a device code at {}, then the access token at {}.",
            link(&flow.device_authorization_url),
            link(&flow.token_url)
        );
        if !flow.scopes.is_empty() {
            text.push_str(&format!(" Scopes: {}.", flow.scopes.join(", ")));
        }
        parts.push(text);
    }
    if let Some(url) = &additions.metadata_url {
        parts.push(format!("Authorization server metadata: <{url}>."));
    }
    (!parts.is_empty()).then(|| parts.join("\n\n"))
}
