//! Swagger 2.0 paths, operations, parameters and responses to the 3.0 shape.
//!
//! - `in: body` becomes `requestBody`, with one content entry per `consumes` type
//!   (default `application/json`); the parameter's name is kept in the
//!   conventional `x-codegen-request-body-name` extension.
//! - `in: formData` parameters become one object schema, sent as
//!   `multipart/form-data` when a parameter is a file or `consumes` says multipart,
//!   else as `application/x-www-form-urlencoded`; `type: file` is binary.
//! - Other parameters get a `schema` holding their type keywords, and
//!   `collectionFormat` becomes `style`/`explode`.
//! - Response `schema` becomes `content` per `produces` type (default
//!   `application/json`); header type keywords move into a `schema`.

use serde_json::{json, Map, Value};

use super::context::{media_list, schema, Ctx};
use crate::load::keywords::PARAMETER_SCHEMA_KEYS;
use crate::pointer;

const METHODS: [&str; 7] = ["get", "put", "post", "delete", "options", "head", "patch"];

fn location_of(parameter: &Value) -> &str {
    parameter
        .get("in")
        .and_then(Value::as_str)
        .unwrap_or_default()
}

/// The global parameters that stay parameters (body and form parameters are
/// inlined where used, so they are left out of `components`).
pub(crate) fn global_parameters(value: Value, ctx: &mut Ctx<'_>) -> Value {
    let Value::Object(parameters) = value else {
        return value;
    };
    let mut out = Map::new();
    for (name, parameter) in parameters {
        if matches!(location_of(&parameter), "body" | "formData") {
            continue;
        }
        let p = pointer::of(&["parameters", &name]);
        ctx.origins.record(
            pointer::of(&["components", "parameters", &name, "schema"]),
            p.clone(),
        );
        out.insert(name, convert_parameter(parameter, &p, ctx));
    }
    Value::Object(out)
}

pub(crate) fn global_responses(value: Value, ctx: &mut Ctx<'_>) -> Value {
    let Value::Object(responses) = value else {
        return value;
    };
    let produces = ctx.produces.clone();
    let mut out = Map::new();
    for (name, response) in responses {
        let new = pointer::of(&["components", "responses", &name]);
        let old = pointer::of(&["responses", &name]);
        out.insert(name, convert_response(response, &produces, &new, &old, ctx));
    }
    Value::Object(out)
}

pub(crate) fn paths(value: Value, ctx: &mut Ctx<'_>) -> Value {
    let Value::Object(paths) = value else {
        return value;
    };
    let mut out = Map::new();
    for (path, item) in paths {
        let converted = match item {
            Value::Object(item) if !path.starts_with("x-") && !item.contains_key("$ref") => {
                Value::Object(path_item(item, &pointer::of(&["paths", &path]), ctx))
            }
            other => other,
        };
        out.insert(path, converted);
    }
    Value::Object(out)
}

/// A parameter after resolving a reference to a global one, with the pointer of
/// its definition in the original document.
struct Param {
    value: Value,
    source: String,
    /// False when the parameter was a reference that stays a reference.
    inline: bool,
}

/// Resolves `#/parameters/X` when X is a body or form parameter (those are
/// inlined); other references stay references.
fn resolve(parameter: Value, source: String, ctx: &Ctx<'_>) -> Param {
    if let Some(reference) = parameter.get("$ref").and_then(Value::as_str) {
        let target = reference
            .strip_prefix("#/parameters/")
            .map(|n| n.replace("~1", "/").replace("~0", "~"))
            .and_then(|name| ctx.parameters.get(&name).map(|t| (name, t)));
        if let Some((name, target)) = target {
            if matches!(location_of(target), "body" | "formData") {
                return Param {
                    value: target.clone(),
                    source: pointer::of(&["parameters", &name]),
                    inline: true,
                };
            }
        }
        return Param {
            value: parameter,
            source,
            inline: false,
        };
    }
    Param {
        value: parameter,
        source,
        inline: true,
    }
}

fn path_item(mut item: Map<String, Value>, pointer: &str, ctx: &mut Ctx<'_>) -> Map<String, Value> {
    // Path-level body and form parameters apply to every operation of the path.
    let mut shared_bodies = Vec::new();
    if let Some(Value::Array(parameters)) = item.shift_remove("parameters") {
        let mut kept = Vec::new();
        for (i, parameter) in parameters.into_iter().enumerate() {
            let param = resolve(
                parameter,
                pointer::join(&pointer::join(pointer, "parameters"), &i.to_string()),
                ctx,
            );
            if param.inline && matches!(location_of(&param.value), "body" | "formData") {
                shared_bodies.push(param);
            } else {
                let new = pointer::join(
                    &pointer::join(pointer, "parameters"),
                    &kept.len().to_string(),
                );
                record_parameter(ctx, new, &param);
                kept.push(if param.inline {
                    convert_parameter(param.value, &param.source, ctx)
                } else {
                    param.value
                });
            }
        }
        if !kept.is_empty() {
            item.insert("parameters".into(), Value::Array(kept));
        }
    }
    for method in METHODS {
        if let Some(Value::Object(op)) = item.shift_remove(method) {
            let op = operation(op, &pointer::join(pointer, method), &shared_bodies, ctx);
            item.insert(method.into(), Value::Object(op));
        }
    }
    item
}

/// Records where a kept parameter came from; its `schema` is the parameter itself
/// in 2.0, so pointers into the schema map to the parameter's own keywords.
fn record_parameter(ctx: &mut Ctx<'_>, new: String, param: &Param) {
    if param.inline {
        ctx.origins
            .record(pointer::join(&new, "schema"), param.source.clone());
    }
    ctx.origins.record(new, param.source.clone());
}

fn same_parameter(a: &Value, b: &Value) -> bool {
    a.get("name") == b.get("name") && a.get("in") == b.get("in")
}

fn operation(
    mut op: Map<String, Value>,
    pointer: &str,
    shared: &[Param],
    ctx: &mut Ctx<'_>,
) -> Map<String, Value> {
    let consumes = op
        .shift_remove("consumes")
        .map(|c| media_list(Some(c)))
        .unwrap_or_else(|| ctx.consumes.clone());
    let produces = op
        .shift_remove("produces")
        .map(|p| media_list(Some(p)))
        .unwrap_or_else(|| ctx.produces.clone());
    op.shift_remove("schemes");

    let mut kept = Vec::new();
    let mut body: Option<Param> = None;
    let mut form: Vec<Param> = Vec::new();
    if let Some(Value::Array(parameters)) = op.shift_remove("parameters") {
        for (i, parameter) in parameters.into_iter().enumerate() {
            let param = resolve(
                parameter,
                pointer::join(&pointer::join(pointer, "parameters"), &i.to_string()),
                ctx,
            );
            match (param.inline, location_of(&param.value)) {
                (true, "body") => body = Some(param),
                (true, "formData") => form.push(param),
                _ => {
                    let new = pointer::join(
                        &pointer::join(pointer, "parameters"),
                        &kept.len().to_string(),
                    );
                    record_parameter(ctx, new, &param);
                    kept.push(if param.inline {
                        convert_parameter(param.value, &param.source, ctx)
                    } else {
                        param.value
                    });
                }
            }
        }
    }
    for param in shared {
        let overridden = body
            .as_ref()
            .is_some_and(|b| same_parameter(&b.value, &param.value))
            || form.iter().any(|f| same_parameter(&f.value, &param.value));
        if overridden {
            continue;
        }
        let copy = Param {
            value: param.value.clone(),
            source: param.source.clone(),
            inline: true,
        };
        if location_of(&param.value) == "body" {
            body.get_or_insert(copy);
        } else {
            form.push(copy);
        }
    }
    if !kept.is_empty() {
        op.insert("parameters".into(), Value::Array(kept));
    }
    let request_body = match body {
        Some(body) => Some(body_request(body, &consumes, pointer, ctx)),
        None if !form.is_empty() => Some(form_request(form, &consumes, pointer, ctx)),
        None => None,
    };
    if let Some(request_body) = request_body {
        op.insert("requestBody".into(), request_body);
    }
    if let Some(Value::Object(responses)) = op.shift_remove("responses") {
        let mut out = Map::new();
        for (code, response) in responses {
            let converted = if code.starts_with("x-") {
                response
            } else {
                let new = pointer::join(&pointer::join(pointer, "responses"), &code);
                convert_response(response, &produces, &new, &new, ctx)
            };
            out.insert(code, converted);
        }
        op.insert("responses".into(), Value::Object(out));
    }
    op
}

/// Marks a request body whose media type the document leaves open (no `consumes`
/// anywhere), so conformance can say why a validator accepts no body for it.
pub(crate) const ASSUMED_MEDIA_TYPE: &str = "x-generator-assumed-media-type";

fn body_request(body: Param, consumes: &[String], pointer: &str, ctx: &mut Ctx<'_>) -> Value {
    let Value::Object(mut param) = body.value else {
        return json!({ "content": {} });
    };
    let mut types: Vec<&String> = consumes
        .iter()
        .filter(|c| !c.contains("form-urlencoded") && !c.starts_with("multipart/"))
        .collect();
    let json_default = "application/json".to_string();
    let assumed = consumes.is_empty();
    if assumed {
        ctx.notes.warn_source(
            &body.source,
            "neither the operation nor the document declares `consumes`; the body is sent as \
             application/json",
        );
    }
    if types.is_empty() {
        types.push(&json_default);
    }
    let mut body_schema = param.shift_remove("schema").unwrap_or_else(|| json!({}));
    schema(&mut body_schema);
    let new = pointer::join(pointer, "requestBody");
    ctx.origins.record(new.clone(), body.source.clone());
    let mut content = Map::new();
    for ty in types {
        ctx.origins.record(
            pointer::join(
                &pointer::join(&pointer::join(&new, "content"), ty),
                "schema",
            ),
            pointer::join(&body.source, "schema"),
        );
        content.insert(ty.clone(), json!({ "schema": body_schema.clone() }));
    }
    let mut out = Map::new();
    for key in ["description", "required"] {
        if let Some(v) = param.shift_remove(key) {
            out.insert(key.into(), v);
        }
    }
    out.insert("content".into(), Value::Object(content));
    if assumed {
        out.insert(ASSUMED_MEDIA_TYPE.into(), Value::Bool(true));
    }
    if let Some(name) = param.shift_remove("name") {
        out.insert("x-codegen-request-body-name".into(), name);
    }
    for (key, value) in param {
        if key.starts_with("x-") {
            out.insert(key, value);
        }
    }
    Value::Object(out)
}

fn form_request(form: Vec<Param>, consumes: &[String], pointer: &str, ctx: &mut Ctx<'_>) -> Value {
    let has_file = form
        .iter()
        .any(|p| p.value.get("type").is_some_and(|t| t == "file"));
    let first_form = consumes
        .iter()
        .find(|c| c.contains("form-urlencoded") || c.starts_with("multipart/"));
    let media = if has_file || first_form.is_some_and(|c| c.starts_with("multipart/")) {
        "multipart/form-data"
    } else {
        "application/x-www-form-urlencoded"
    };
    let new = pointer::join(pointer, "requestBody");
    let schema_pointer = pointer::join(
        &pointer::join(&pointer::join(&new, "content"), media),
        "schema",
    );
    if let Some(first) = form.first() {
        ctx.origins.record(new.clone(), first.source.clone());
    }
    let mut properties = Map::new();
    let mut required = Vec::new();
    let mut encoding = Map::new();
    for param in form {
        let Value::Object(mut p) = param.value else {
            continue;
        };
        let Some(name) = p.get("name").and_then(Value::as_str).map(str::to_string) else {
            continue;
        };
        ctx.origins.record(
            pointer::join(&pointer::join(&schema_pointer, "properties"), &name),
            param.source.clone(),
        );
        if p.get("required").is_some_and(|r| r == true) {
            required.push(Value::String(name.clone()));
        }
        let is_array = p.get("type").is_some_and(|t| t == "array");
        let format = p.shift_remove("collectionFormat");
        if is_array && media != "multipart/form-data" {
            let explode = format.as_ref().and_then(Value::as_str) == Some("multi");
            encoding.insert(name.clone(), json!({ "style": "form", "explode": explode }));
        }
        let mut property = schema_of(&mut p, &param.source, ctx);
        if let Some(description) = p.shift_remove("description") {
            if let Value::Object(map) = &mut property {
                map.insert("description".into(), description);
            }
        }
        properties.insert(name, property);
    }
    let mut object = json!({ "type": "object", "properties": properties });
    if !required.is_empty() {
        object["required"] = Value::Array(required.clone());
    }
    let mut media_object = json!({ "schema": object });
    if !encoding.is_empty() {
        media_object["encoding"] = Value::Object(encoding);
    }
    let mut out = json!({ "content": { media: media_object } });
    if !required.is_empty() {
        out["required"] = Value::Bool(true);
    }
    out
}

/// Moves the type keywords of a non-body parameter (or header, or form field) into
/// a schema, converting `items` recursively.
fn schema_of(p: &mut Map<String, Value>, source: &str, ctx: &mut Ctx<'_>) -> Value {
    if let Some(existing) = p.shift_remove("schema") {
        let mut existing = existing;
        schema(&mut existing);
        return existing;
    }
    let mut out = Map::new();
    for key in PARAMETER_SCHEMA_KEYS.into_iter().chain(["x-nullable"]) {
        if let Some(value) = p.shift_remove(key) {
            out.insert(key.into(), value);
        }
    }
    if let Some(Value::Object(items)) = out.get_mut("items") {
        if let Some(nested) = items.shift_remove("collectionFormat") {
            if nested != "csv" {
                ctx.notes.warn_source(
                    &pointer::join(&pointer::join(source, "items"), "collectionFormat"),
                    "a collection format on nested array items is not supported; csv is used",
                );
            }
        }
        let mut items_schema = Value::Object(std::mem::take(items));
        schema(&mut items_schema);
        out.insert("items".into(), items_schema);
    }
    let mut out = Value::Object(out);
    schema(&mut out);
    out
}

/// A non-body parameter: keywords into `schema`, `collectionFormat` into
/// `style`/`explode` (2.0's default for arrays is csv, which in 3.0 terms is
/// `explode: false`).
pub(crate) fn convert_parameter(value: Value, source: &str, ctx: &mut Ctx<'_>) -> Value {
    let Value::Object(mut p) = value else {
        return value;
    };
    if p.contains_key("$ref") {
        return Value::Object(p);
    }
    let location = p
        .get("in")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let is_array = p.get("type").is_some_and(|t| t == "array");
    let format = p.shift_remove("collectionFormat");
    if p.get("type").is_some_and(|t| t == "file") {
        ctx.notes.warn_source(
            source,
            "`type: file` outside form data; read as binary string",
        );
    }
    let schema_value = schema_of(&mut p, source, ctx);
    p.insert("schema".into(), schema_value);
    if is_array {
        let format = format.as_ref().and_then(Value::as_str).unwrap_or("csv");
        let query = location == "query";
        let (style, explode) = match format {
            "multi" if query => ("form", true),
            "ssv" if query => ("spaceDelimited", false),
            "pipes" if query => ("pipeDelimited", false),
            "csv" => (if query { "form" } else { "simple" }, false),
            other => {
                ctx.notes.warn_source(
                    &pointer::join(source, "collectionFormat"),
                    format!("`collectionFormat: {other}` is not supported for {location} parameters; csv is used"),
                );
                (if query { "form" } else { "simple" }, false)
            }
        };
        if location != "cookie" {
            p.insert("style".into(), Value::String(style.into()));
        }
        p.insert("explode".into(), Value::Bool(explode));
    }
    if location != "query" {
        p.shift_remove("allowEmptyValue");
    }
    Value::Object(p)
}

/// A 2.0 response: `schema` into `content` per produced type, `examples` (keyed by
/// media type) onto the matching content, header keywords into schemas.
fn convert_response(
    value: Value,
    produces: &[String],
    new: &str,
    old: &str,
    ctx: &mut Ctx<'_>,
) -> Value {
    let Value::Object(mut r) = value else {
        return value;
    };
    if r.contains_key("$ref") {
        return Value::Object(r);
    }
    ctx.origins.record(new.to_string(), old.to_string());
    let mut content = Map::new();
    if let Some(mut response_schema) = r.shift_remove("schema") {
        let is_file = response_schema.get("type").is_some_and(|t| t == "file");
        schema(&mut response_schema);
        let mut types: Vec<String> = produces.to_vec();
        if types.is_empty() {
            types.push(
                if is_file {
                    "application/octet-stream"
                } else {
                    "application/json"
                }
                .to_string(),
            );
        }
        for ty in types {
            ctx.origins.record(
                pointer::join(
                    &pointer::join(&pointer::join(new, "content"), &ty),
                    "schema",
                ),
                pointer::join(old, "schema"),
            );
            content.insert(ty, json!({ "schema": response_schema.clone() }));
        }
    }
    if let Some(Value::Object(examples)) = r.shift_remove("examples") {
        for (ty, example) in examples {
            if let Some(Value::Object(media)) = content.get_mut(&ty) {
                media.insert("example".into(), example);
            }
        }
    }
    if !content.is_empty() {
        r.insert("content".into(), Value::Object(content));
    }
    if let Some(Value::Object(headers)) = r.get_mut("headers") {
        for (name, header) in headers.iter_mut() {
            let Value::Object(h) = header else {
                continue;
            };
            let source = pointer::join(&pointer::join(old, "headers"), name);
            ctx.origins.record(
                pointer::join(
                    &pointer::join(&pointer::join(new, "headers"), name),
                    "schema",
                ),
                source.clone(),
            );
            h.shift_remove("collectionFormat");
            let header_schema = schema_of(h, &source, ctx);
            h.insert("schema".into(), header_schema);
        }
    }
    Value::Object(r)
}
