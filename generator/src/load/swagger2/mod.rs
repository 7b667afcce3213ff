//! Swagger 2.0 to the OpenAPI 3.0 shape, on the JSON value.
//!
//! The root is rebuilt key by key: `host`/`basePath`/`schemes` become `servers`;
//! `definitions`, the non-body global `parameters`, `responses` and
//! `securityDefinitions` move under `components`; paths are converted by
//! [`operations`]. Body and form parameters, which 3.0 describes as request
//! bodies, are inlined where they are used (also when referenced from the global
//! `parameters`), since their content types depend on the operation's `consumes`.
//! Finally every `$ref` is rewritten to the 3.0 locations.
//!
//! Each moved node's new and old pointers are recorded in the [`PointerMap`], so
//! messages about the converted document point into the original one.

use serde_json::{json, Map, Value};

mod context;
mod operations;

use crate::load::notes::Notes;
use crate::load::origins::PointerMap;
use crate::pointer;
use context::{media_list, schema, Ctx};

pub(crate) use operations::ASSUMED_MEDIA_TYPE;

pub(crate) fn convert(value: Value, notes: &mut Notes, origins: &mut PointerMap) -> Value {
    let Value::Object(mut src) = value else {
        return value;
    };
    let consumes = media_list(src.shift_remove("consumes"));
    let produces = media_list(src.shift_remove("produces"));
    let parameters = match src.get("parameters") {
        Some(Value::Object(p)) => p.clone(),
        _ => Map::new(),
    };
    let mut ctx = Ctx {
        notes,
        origins,
        consumes,
        produces,
        parameters,
    };

    let servers = servers(&mut src, &mut ctx);
    let mut out = Map::new();
    out.insert("openapi".into(), Value::String("3.0.3".into()));
    let mut components = Map::new();
    for (key, value) in src {
        match key.as_str() {
            "swagger" => {}
            "info" => {
                out.insert(key, value);
                if let Some(servers) = servers.clone() {
                    out.insert("servers".into(), servers);
                }
            }
            "paths" => {
                out.insert(key, operations::paths(value, &mut ctx));
            }
            "definitions" => {
                ctx.origins
                    .record("/components/schemas".into(), "/definitions".into());
                let mut schemas = value;
                if let Value::Object(map) = &mut schemas {
                    map.values_mut().for_each(schema);
                }
                components.insert("schemas".into(), schemas);
            }
            "parameters" => {
                ctx.origins
                    .record("/components/parameters".into(), "/parameters".into());
                components.insert(
                    "parameters".into(),
                    operations::global_parameters(value, &mut ctx),
                );
            }
            "responses" => {
                ctx.origins
                    .record("/components/responses".into(), "/responses".into());
                components.insert(
                    "responses".into(),
                    operations::global_responses(value, &mut ctx),
                );
            }
            "securityDefinitions" => {
                ctx.origins.record(
                    "/components/securitySchemes".into(),
                    "/securityDefinitions".into(),
                );
                components.insert(
                    "securitySchemes".into(),
                    security_definitions(value, &mut ctx),
                );
            }
            _ => {
                out.insert(key, value);
            }
        }
    }
    if !out.contains_key("servers") {
        if let Some(servers) = servers {
            out.insert("servers".into(), servers);
        }
    }
    if !components.is_empty() {
        out.insert("components".into(), Value::Object(components));
    }
    let mut out = Value::Object(out);
    rewrite_refs(&mut out);
    out
}

/// `host` + `basePath` + `schemes` to a `servers` list. Without `schemes`, HTTPS is
/// assumed (2.0 says "the scheme the document was fetched with", unknowable here).
fn servers(src: &mut Map<String, Value>, ctx: &mut Ctx<'_>) -> Option<Value> {
    let host = src
        .shift_remove("host")
        .and_then(|h| h.as_str().map(|h| h.trim_end_matches('/').to_string()));
    let base = src
        .shift_remove("basePath")
        .and_then(|b| b.as_str().map(str::to_string))
        .unwrap_or_default();
    let schemes = media_list(src.shift_remove("schemes"));
    let base = match base.trim_end_matches('/') {
        "" => String::new(),
        b if b.starts_with('/') => b.to_string(),
        b => format!("/{b}"),
    };
    let urls: Vec<String> = match host {
        Some(host) if !host.is_empty() => {
            let schemes = if schemes.is_empty() {
                vec!["https".to_string()]
            } else {
                schemes
            };
            ctx.origins.record("/servers".into(), "/host".into());
            schemes
                .iter()
                .map(|s| format!("{}://{host}{base}", s.to_ascii_lowercase()))
                .collect()
        }
        _ if !base.is_empty() => {
            ctx.origins.record("/servers".into(), "/basePath".into());
            vec![base]
        }
        _ => return None,
    };
    Some(Value::Array(
        urls.into_iter().map(|url| json!({ "url": url })).collect(),
    ))
}

/// `securityDefinitions` to `securitySchemes`: `basic` is HTTP basic, `apiKey` is
/// unchanged, and an `oauth2` definition (one flow in 2.0) becomes one 3.0 flow.
fn security_definitions(value: Value, ctx: &mut Ctx<'_>) -> Value {
    let Value::Object(definitions) = value else {
        return value;
    };
    let mut out = Map::new();
    for (name, definition) in definitions {
        let Value::Object(mut d) = definition else {
            out.insert(name, definition);
            continue;
        };
        let ty = d
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let mut scheme = Map::new();
        match ty.as_str() {
            "basic" => {
                scheme.insert("type".into(), json!("http"));
                scheme.insert("scheme".into(), json!("basic"));
            }
            "oauth2" => {
                let flow = d.get("flow").and_then(Value::as_str).unwrap_or_default();
                let flow_name = match flow {
                    "implicit" => "implicit",
                    "password" => "password",
                    "application" => "clientCredentials",
                    "accessCode" => "authorizationCode",
                    other => {
                        let p = pointer::of(&["securityDefinitions", &name, "flow"]);
                        ctx.notes.warn_source(&p, format!("unknown OAuth2 flow `{other}`; read as the client credentials flow"));
                        "clientCredentials"
                    }
                };
                let mut flow_object = Map::new();
                for key in ["authorizationUrl", "tokenUrl"] {
                    if let Some(url) = d.shift_remove(key) {
                        flow_object.insert(key.into(), url);
                    }
                }
                flow_object.insert(
                    "scopes".into(),
                    d.shift_remove("scopes").unwrap_or_else(|| json!({})),
                );
                scheme.insert("type".into(), json!("oauth2"));
                scheme.insert("flows".into(), json!({ flow_name: flow_object }));
            }
            _ => {
                scheme.insert("type".into(), Value::String(ty.clone()));
                for key in ["name", "in"] {
                    if let Some(v) = d.shift_remove(key) {
                        scheme.insert(key.into(), v);
                    }
                }
            }
        }
        for (key, value) in d {
            if key == "description" || key.starts_with("x-") {
                scheme.insert(key, value);
            }
        }
        out.insert(name, Value::Object(scheme));
    }
    Value::Object(out)
}

/// Rewrites every `$ref` to the 3.0 locations, skipping values that are data
/// (examples, defaults, enums, extensions) rather than description.
fn rewrite_refs(node: &mut Value) {
    match node {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                if key == "$ref" {
                    if let Value::String(reference) = child {
                        if let Some(new) = rewrite_ref(reference) {
                            *reference = new;
                        }
                    }
                } else if !matches!(
                    key.as_str(),
                    "example" | "examples" | "default" | "enum" | "x-example"
                ) && !key.starts_with("x-")
                {
                    rewrite_refs(child);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(rewrite_refs),
        _ => {}
    }
}

pub(crate) fn rewrite_ref(reference: &str) -> Option<String> {
    let (file, fragment) = reference.split_once('#')?;
    for (old, new) in [
        ("/definitions/", "/components/schemas/"),
        ("/parameters/", "/components/parameters/"),
        ("/responses/", "/components/responses/"),
    ] {
        if let Some(rest) = fragment.strip_prefix(old) {
            return Some(format!("{file}#{new}{rest}"));
        }
    }
    None
}
