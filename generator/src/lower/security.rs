//! Security schemes -> the auth methods the client can apply.

use super::Lowerer;
use crate::ir::{SecurityKind, SecurityScheme};
use crate::names::{self, NameSet};
use crate::pointer::escape as esc;
use openapiv3::{APIKeyLocation, ReferenceOr, SecurityScheme as OpenApiScheme};

impl Lowerer<'_> {
    /// Converts `components.securitySchemes` in document order. Schemes the client
    /// cannot apply (e.g. HTTP digest) are skipped with a warning, and operations that
    /// require only them are sent without credentials.
    pub(crate) fn lower_security_schemes(&mut self) -> Vec<SecurityScheme> {
        let spec = self.spec;
        let Some(components) = &spec.components else {
            return Vec::new();
        };
        let mut consts = NameSet::new();
        let mut schemes = Vec::new();
        for (wire, scheme) in &components.security_schemes {
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
                features: None,
            });
        }
        schemes
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
