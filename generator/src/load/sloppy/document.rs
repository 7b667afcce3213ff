//! Fix-ups at the document root: `info`, `paths`, `servers`, `tags`, external docs,
//! `components` and security (see [`super`] for the conventions).

use serde_json::{json, Map, Value};

use super::coerce::{coerce_list, coerce_mapping, coerce_string, drop_null_entries, scalar_text};
use crate::load::notes::{kind_of, Notes};
use crate::pointer;

/// `openapi: 3.0` unquoted in YAML is a number; the version is text.
pub(crate) fn openapi_version(root: &mut Map<String, Value>, notes: &mut Notes) {
    coerce_string(root, "openapi", "", notes);
}

/// `info` missing, or missing its required `title`/`version`, which generated and
/// hand-written descriptions both omit; `version: 1.0` unquoted in YAML is a number.
pub(crate) fn info(root: &mut Map<String, Value>, notes: &mut Notes) {
    let info = root.entry("info").or_insert_with(|| {
        notes.warn("", "`info` is missing; using an empty title and version");
        json!({ "title": "", "version": "" })
    });
    let Value::Object(info) = info else {
        return;
    };
    for key in ["title", "version"] {
        coerce_string(info, key, "/info", notes);
        if !info.contains_key(key) {
            notes.warn(
                "/info",
                format!("`info.{key}` is missing; using an empty string"),
            );
            info.insert(key.into(), Value::String(String::new()));
        }
    }
    coerce_string(info, "description", "/info", notes);
    coerce_string(info, "termsOfService", "/info", notes);
    if let Some(Value::Object(license)) = info.get_mut("license") {
        coerce_string(license, "name", "/info/license", notes);
        license
            .entry("name")
            .or_insert_with(|| Value::String(String::new()));
    } else {
        coerce_mapping(info, "license", "/info", notes);
    }
    coerce_mapping(info, "contact", "/info", notes);
}

/// `paths` missing (a components-only 3.0 document) or `null`.
pub(crate) fn paths(root: &mut Map<String, Value>, notes: &mut Notes) {
    match root.get("paths") {
        Some(Value::Object(_)) => {}
        None | Some(Value::Null) => {
            notes.warn(
                "",
                "`paths` is missing; the document describes no operations",
            );
            root.insert("paths".into(), json!({}));
        }
        // Any other kind is a real error; the model reports it with its location.
        Some(_) => {}
    }
}

/// `servers` entries without `url`, with non-string variable defaults or enums
/// (`default: 443`), or a single server object instead of a list.
pub(crate) fn servers(map: &mut Map<String, Value>, pointer: &str, notes: &mut Notes) {
    if map.get("servers").is_some_and(Value::is_object) {
        coerce_list(map, "servers", pointer, notes);
    }
    coerce_list(map, "servers", pointer, notes);
    let Some(Value::Array(servers)) = map.get_mut("servers") else {
        return;
    };
    let base = pointer::join(pointer, "servers");
    let mut index = 0;
    servers.retain_mut(|server| {
        let p = pointer::join(&base, &index.to_string());
        index += 1;
        let Value::Object(s) = server else {
            notes.warn(&p, "a server should be a mapping; ignored");
            return false;
        };
        coerce_string(s, "url", &p, notes);
        if !s.contains_key("url") {
            notes.warn(&p, "a server without `url`; ignored");
            return false;
        }
        coerce_string(s, "description", &p, notes);
        server_variables(s, &p, notes);
        true
    });
}

fn server_variables(server: &mut Map<String, Value>, pointer: &str, notes: &mut Notes) {
    coerce_mapping(server, "variables", pointer, notes);
    let Some(Value::Object(vars)) = server.get_mut("variables") else {
        return;
    };
    let base = pointer::join(pointer, "variables");
    let mut invalid = Vec::new();
    for (name, var) in vars.iter_mut() {
        let p = pointer::join(&base, name);
        let Value::Object(var) = var else {
            invalid.push(name.clone());
            continue;
        };
        if let Some(Value::Array(values)) = var.get_mut("enum") {
            for v in values.iter_mut() {
                if let (false, Some(text)) = (v.is_string(), scalar_text(v)) {
                    *v = Value::String(text);
                }
            }
            values.retain(Value::is_string);
        }
        coerce_string(var, "default", &p, notes);
        if !var.contains_key("default") {
            let first = var
                .get("enum")
                .and_then(|e| e.get(0))
                .cloned()
                .unwrap_or_else(|| Value::String(String::new()));
            notes.warn(
                &p,
                "a server variable without `default`; using its first value",
            );
            var.insert("default".into(), first);
        }
    }
    for name in invalid {
        vars.shift_remove(&name);
        notes.warn(
            &pointer::join(&base, &name),
            "a server variable should be a mapping; ignored",
        );
    }
}

/// `tags` entries that are bare strings (`tags: [pets]` at the top level) or lack
/// `name`.
pub(crate) fn tags(root: &mut Map<String, Value>, notes: &mut Notes) {
    coerce_list(root, "tags", "", notes);
    let Some(Value::Array(tags)) = root.get_mut("tags") else {
        return;
    };
    let mut index = 0;
    tags.retain_mut(|tag| {
        let p = format!("/tags/{index}");
        index += 1;
        if let Some(name) = scalar_text(tag) {
            *tag = json!({ "name": name });
        }
        let Value::Object(t) = tag else {
            notes.warn(&p, "a tag should be a mapping; ignored");
            return false;
        };
        coerce_string(t, "name", &p, notes);
        coerce_string(t, "description", &p, notes);
        external_docs(t, &p, notes);
        if !t.contains_key("name") {
            notes.warn(&p, "a tag without `name`; ignored");
            return false;
        }
        true
    });
}

/// `externalDocs` without its required `url`.
pub(crate) fn external_docs(map: &mut Map<String, Value>, pointer: &str, notes: &mut Notes) {
    let keep = match map.get_mut("externalDocs") {
        None => return,
        Some(Value::Object(docs)) => {
            coerce_string(docs, "url", pointer, notes);
            coerce_string(docs, "description", pointer, notes);
            docs.contains_key("url")
        }
        Some(_) => false,
    };
    if !keep {
        map.shift_remove("externalDocs");
        notes.warn(
            &pointer::join(pointer, "externalDocs"),
            "`externalDocs` without `url`; ignored",
        );
    }
}

/// `components` sections that are `null`, and component entries that are `null`.
pub(crate) fn components(root: &mut Map<String, Value>, notes: &mut Notes) {
    coerce_mapping(root, "components", "", notes);
    let Some(Value::Object(components)) = root.get_mut("components") else {
        return;
    };
    for section in [
        "schemas",
        "responses",
        "parameters",
        "examples",
        "requestBodies",
        "headers",
        "securitySchemes",
        "links",
        "callbacks",
    ] {
        coerce_mapping(components, section, "/components", notes);
        drop_null_entries(components, section, "/components", notes);
    }
}

// ----- security -----

/// Security schemes with a misspelt or Swagger-style `type` (`basic`, `apikey`),
/// unknown types (including 3.1's `mutualTLS`, which a client configures at the TLS
/// layer), or missing required fields. Returns the names of removed schemes, which
/// are then removed from security requirements too.
pub(crate) fn security_schemes(root: &mut Map<String, Value>, notes: &mut Notes) -> Vec<String> {
    let Some(Value::Object(schemes)) = root
        .get_mut("components")
        .and_then(|c| c.get_mut("securitySchemes"))
    else {
        return Vec::new();
    };
    let mut removed = Vec::new();
    for (name, scheme) in schemes.iter_mut() {
        let p = format!(
            "/components/securitySchemes/{}",
            name.replace('~', "~0").replace('/', "~1")
        );
        if scheme.get("$ref").is_some() {
            continue;
        }
        if let Err(reason) = security_scheme(scheme, &p, notes) {
            notes.warn(&p, format!("security scheme `{name}` ignored: {reason}"));
            removed.push(name.clone());
        }
    }
    for name in &removed {
        schemes.shift_remove(name);
    }
    removed
}

fn security_scheme(scheme: &mut Value, pointer: &str, notes: &mut Notes) -> Result<(), String> {
    let Value::Object(s) = scheme else {
        return Err(format!("it is {}", kind_of(scheme)));
    };
    coerce_string(s, "description", pointer, notes);
    let declared = s
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let ty = declared.to_ascii_lowercase();
    let canonical = match ty.as_str() {
        "apikey" => "apiKey",
        "http" => "http",
        "oauth2" => "oauth2",
        "openidconnect" => "openIdConnect",
        "basic" | "bearer" => {
            s.insert("scheme".into(), Value::String(ty.clone()));
            notes.warn(
                pointer,
                format!("`type: {ty}` is Swagger 2.0; read as `type: http, scheme: {ty}`"),
            );
            "http"
        }
        "" => return Err("it has no `type`".into()),
        "mutualtls" => {
            return Err("mutual TLS is configured on the HTTP client, not per request".into())
        }
        _ => return Err(format!("type `{declared}` is not supported")),
    };
    s.insert("type".into(), Value::String(canonical.into()));
    match canonical {
        "apiKey" => {
            coerce_string(s, "name", pointer, notes);
            let location = s
                .get("in")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_ascii_lowercase();
            if !matches!(location.as_str(), "query" | "header" | "cookie") {
                return Err(format!("`in: {location}` is not query, header or cookie"));
            }
            s.insert("in".into(), Value::String(location));
            if !s.contains_key("name") {
                return Err("it has no `name`".into());
            }
        }
        "http" => {
            coerce_string(s, "scheme", pointer, notes);
            match s.get("scheme").and_then(Value::as_str) {
                Some(scheme) => {
                    let lower = scheme.to_ascii_lowercase();
                    s.insert("scheme".into(), Value::String(lower));
                }
                None => {
                    notes.warn(
                        pointer,
                        "an http security scheme without `scheme`; read as bearer",
                    );
                    s.insert("scheme".into(), Value::String("bearer".into()));
                }
            }
        }
        "oauth2" => oauth2_flows(s, pointer, notes),
        _ => {
            coerce_string(s, "openIdConnectUrl", pointer, notes);
            if !s.contains_key("openIdConnectUrl") {
                return Err("it has no `openIdConnectUrl`".into());
            }
        }
    }
    Ok(())
}

/// OAuth2 flows without `scopes` (or with `scopes: null`), or without a URL.
fn oauth2_flows(scheme: &mut Map<String, Value>, pointer: &str, notes: &mut Notes) {
    let flows = scheme.entry("flows").or_insert_with(|| json!({}));
    if !flows.is_object() {
        *flows = json!({});
    }
    let Value::Object(flows) = flows else {
        return;
    };
    let base = pointer::join(pointer, "flows");
    for (name, flow) in flows.iter_mut() {
        if name.starts_with("x-") {
            continue;
        }
        let p = pointer::join(&base, name);
        if !flow.is_object() {
            *flow = json!({});
        }
        let Value::Object(flow) = flow else {
            continue;
        };
        let needed: &[&str] = match name.as_str() {
            "implicit" => &["authorizationUrl"],
            "password" | "clientCredentials" => &["tokenUrl"],
            "authorizationCode" => &["authorizationUrl", "tokenUrl"],
            _ => &[],
        };
        for url in needed {
            coerce_string(flow, url, &p, notes);
            if !flow.contains_key(*url) {
                notes.warn(
                    &p,
                    format!("an OAuth2 flow without `{url}`; using an empty URL"),
                );
                flow.insert((*url).into(), Value::String(String::new()));
            }
        }
        coerce_string(flow, "refreshUrl", &p, notes);
        if !flow.get("scopes").is_some_and(Value::is_object) {
            flow.insert("scopes".into(), json!({}));
        }
        if let Some(Value::Object(scopes)) = flow.get_mut("scopes") {
            for description in scopes.values_mut() {
                if !description.is_string() {
                    *description = Value::String(scalar_text(description).unwrap_or_default());
                }
            }
        }
    }
}

/// Security requirements naming schemes that were removed above, or written as a
/// single mapping instead of a list.
pub(crate) fn security_requirements(
    map: &mut Map<String, Value>,
    pointer: &str,
    removed: &[String],
    notes: &mut Notes,
) {
    coerce_list(map, "security", pointer, notes);
    let Some(Value::Array(requirements)) = map.get_mut("security") else {
        return;
    };
    requirements.retain(Value::is_object);
    for requirement in requirements.iter_mut() {
        let Value::Object(requirement) = requirement else {
            continue;
        };
        for name in removed {
            requirement.shift_remove(name);
        }
        for scopes in requirement.values_mut() {
            if !scopes.is_array() {
                *scopes = json!([]);
            }
            if let Value::Array(list) = scopes {
                list.retain(Value::is_string);
            }
        }
    }
}
