//! Fix-ups for sloppy but common real-world input.
//!
//! Each function handles one pattern seen in published descriptions, says which in
//! its comment, rewrites the value so that the 3.0 model accepts it with the meaning
//! the author evidently intended, and records a warning at the node's pointer. A fix
//! that finds nothing to do does nothing, so every function is safe on clean input.

use serde_json::{json, Map, Number, Value};

use super::{kind_of, push_token, Notes};

fn at(pointer: &str, key: &str) -> String {
    let mut p = pointer.to_string();
    push_token(&mut p, key);
    p
}

/// Text for a scalar that should have been a string (`version: 1.0` in YAML).
fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

// ----- shape coercions shared by every object kind -----

/// Booleans written as strings (`nullable: "true"`, `required: "false"`), which YAML
/// authors produce by quoting everything. Other non-booleans are removed.
pub(crate) fn coerce_bool(
    map: &mut Map<String, Value>,
    key: &str,
    pointer: &str,
    notes: &mut Notes,
) {
    let fixed = match map.get(key) {
        None | Some(Value::Bool(_)) => return,
        Some(Value::String(s)) if s.eq_ignore_ascii_case("true") => Some(true),
        Some(Value::String(s)) if s.eq_ignore_ascii_case("false") => Some(false),
        Some(Value::Number(n)) if n.as_u64() == Some(1) => Some(true),
        Some(Value::Number(n)) if n.as_u64() == Some(0) => Some(false),
        Some(Value::Null) => {
            map.shift_remove(key);
            return;
        }
        Some(_) => None,
    };
    let p = at(pointer, key);
    match fixed {
        Some(b) => {
            map.insert(key.into(), Value::Bool(b));
            notes.warn(&p, format!("`{key}` should be a boolean; read as {b}"));
        }
        None => {
            map.shift_remove(key);
            notes.warn(&p, format!("`{key}` should be a boolean; ignored"));
        }
    }
}

/// Strings given as numbers or booleans (`operationId: 12`, `description: 3`);
/// `null` is treated as absent. Lists and mappings are removed.
pub(crate) fn coerce_string(
    map: &mut Map<String, Value>,
    key: &str,
    pointer: &str,
    notes: &mut Notes,
) {
    match map.get(key) {
        None | Some(Value::String(_)) => {}
        Some(Value::Null) => {
            map.shift_remove(key);
        }
        Some(other) => {
            let p = at(pointer, key);
            match scalar_text(other) {
                Some(text) => {
                    map.insert(key.into(), Value::String(text));
                }
                None => {
                    notes.warn(
                        &p,
                        format!(
                            "`{key}` should be a string, found {}; ignored",
                            kind_of(other)
                        ),
                    );
                    map.shift_remove(key);
                }
            }
        }
    }
}

/// Counts (`minLength`, `maxItems`, ...) given as strings, floats like `1.0`, or
/// negative numbers; the model needs non-negative integers.
pub(crate) fn coerce_count(
    map: &mut Map<String, Value>,
    key: &str,
    pointer: &str,
    notes: &mut Notes,
) {
    let fixed = match map.get(key) {
        None => return,
        Some(Value::Number(n)) if n.is_u64() => return,
        Some(Value::Number(n)) => n
            .as_f64()
            .filter(|f| f.fract() == 0.0 && *f >= 0.0 && *f < 1e15)
            .map(|f| f as u64),
        Some(Value::String(s)) => s.trim().parse::<u64>().ok(),
        Some(_) => None,
    };
    let p = at(pointer, key);
    match fixed {
        Some(n) => {
            map.insert(key.into(), Value::from(n));
            notes.warn(
                &p,
                format!("`{key}` should be a non-negative integer; read as {n}"),
            );
        }
        None => {
            map.shift_remove(key);
            notes.warn(
                &p,
                format!("`{key}` should be a non-negative integer; ignored"),
            );
        }
    }
}

/// Numbers given as strings (`minimum: "0"`).
pub(crate) fn coerce_number(
    map: &mut Map<String, Value>,
    key: &str,
    pointer: &str,
    notes: &mut Notes,
) {
    let fixed = match map.get(key) {
        None | Some(Value::Number(_)) => return,
        Some(Value::String(s)) => {
            let s = s.trim();
            s.parse::<i64>()
                .ok()
                .map(Number::from)
                .or_else(|| s.parse::<f64>().ok().and_then(Number::from_f64))
        }
        Some(_) => None,
    };
    let p = at(pointer, key);
    match fixed {
        Some(n) => {
            notes.warn(&p, format!("`{key}` should be a number; read as {n}"));
            map.insert(key.into(), Value::Number(n));
        }
        None => {
            map.shift_remove(key);
            notes.warn(&p, format!("`{key}` should be a number; ignored"));
        }
    }
}

/// Mappings given as `null` (`headers:` with nothing after it in YAML) or as the
/// wrong kind; removed so that the model's default (empty) applies.
pub(crate) fn coerce_mapping(
    map: &mut Map<String, Value>,
    key: &str,
    pointer: &str,
    notes: &mut Notes,
) {
    match map.get(key) {
        None | Some(Value::Object(_)) => {}
        Some(Value::Null) => {
            map.shift_remove(key);
        }
        Some(other) => {
            notes.warn(
                &at(pointer, key),
                format!(
                    "`{key}` should be a mapping, found {}; ignored",
                    kind_of(other)
                ),
            );
            map.shift_remove(key);
        }
    }
}

/// Lists given as `null`, or as a single item where a list is expected.
pub(crate) fn coerce_list(
    map: &mut Map<String, Value>,
    key: &str,
    pointer: &str,
    notes: &mut Notes,
) {
    match map.get_mut(key) {
        None | Some(Value::Array(_)) => {}
        Some(Value::Null) => {
            map.shift_remove(key);
        }
        Some(single) => {
            let item = single.take();
            notes.warn(
                &at(pointer, key),
                format!("`{key}` should be a list; read as a list of one"),
            );
            map.insert(key.into(), Value::Array(vec![item]));
        }
    }
}

/// Entries of a component or `content` mapping that are `null` (a key with no body
/// in YAML); removed.
pub(crate) fn drop_null_entries(
    map: &mut Map<String, Value>,
    key: &str,
    pointer: &str,
    notes: &mut Notes,
) {
    let Some(Value::Object(entries)) = map.get_mut(key) else {
        return;
    };
    let nulls: Vec<String> = entries
        .iter()
        .filter(|(_, v)| v.is_null())
        .map(|(k, _)| k.clone())
        .collect();
    for name in nulls {
        entries.shift_remove(&name);
        notes.warn(&at(&at(pointer, key), &name), "empty entry; ignored");
    }
}

// ----- document root -----

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
    let base = at(pointer, "servers");
    let mut index = 0;
    servers.retain_mut(|server| {
        let p = at(&base, &index.to_string());
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
    let base = at(pointer, "variables");
    let mut invalid = Vec::new();
    for (name, var) in vars.iter_mut() {
        let p = at(&base, name);
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
            &at(&base, &name),
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
            &at(pointer, "externalDocs"),
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
    let base = at(pointer, "flows");
    for (name, flow) in flows.iter_mut() {
        if name.starts_with("x-") {
            continue;
        }
        let p = at(&base, name);
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
