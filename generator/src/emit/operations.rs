//! One method per operation on `Client`, grouped into files by tag.
//!
//! An API has thousands of operations, and parsing their printed tokens back was a
//! large part of rendering (BENCHMARKS.md), so each method is built as a syntax tree
//! from `syntax`'s constructors. The rarer extras (the streamed and paginated forms of
//! an operation, the statements that open a stream) are printed as tokens and parsed
//! one method at a time.

use super::docs::{code_span, doc_nodes_parts};
use super::syntax::{
    self, arg, array, block_stmt, boolean, call, closure, field, for_loop, generic, if_let_some,
    local, match_arm, method_call, own_ident, path, path_expr, ref_type, reference, stmt, string,
    type_path, var, Method,
};
use super::types::{self, is_copy_scalar, name_ident, type_node, Scope};
use super::{FileContent, Piece};
use crate::ir::{
    Api, BodyMedia, Decode, HttpMethod, Operation, ParamLocation, ParamStyle, PartKind, PathParam,
    ResponseShape, TypeRef,
};
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeMap;
use syn::{Expr, Stmt, Type};

/// The operations grouped by their module (tag), in module order: one file each under
/// `src/operations/` and, mirrored, under `src/blocking/`.
pub(super) fn by_module(api: &Api) -> BTreeMap<&str, Vec<&Operation>> {
    let mut modules: BTreeMap<&str, Vec<&Operation>> = BTreeMap::new();
    for op in &api.operations {
        modules.entry(op.module.as_str()).or_default().push(op);
    }
    modules
}

/// `mod <name>;` for each module, behind the cargo features that enable it.
pub(super) fn module_decls(api: &Api, names: &[String]) -> Vec<TokenStream> {
    names
        .iter()
        .map(|m| {
            let cfg = super::features::module_cfg(api, m);
            let m = types::ident(m);
            quote! { #cfg mod #m; }
        })
        .collect()
}

/// A module file: its inner attributes, then `impl <self_ty> { methods }` built by
/// `method` for each operation.
pub(super) fn impl_file<'a, F>(
    self_ty: &'static [&'static str],
    ops: Vec<&'a Operation>,
    method: F,
) -> FileContent<'a>
where
    F: Fn(&'a Operation) -> Result<Vec<syn::ImplItem>, String> + Send + Sync + 'a,
{
    FileContent::Rust(Box::new(move || {
        let mut items = Vec::with_capacity(ops.len());
        for op in &ops {
            items.extend(method(op)?);
        }
        let deprecated = super::lints::deprecated_file();
        Ok(vec![
            Piece::Tokens(quote! {
                #![cfg_attr(rustfmt, rustfmt_skip)]
                #deprecated
            }),
            Piece::Item(Box::new(syntax::inherent_impl(
                type_path(path(false, self_ty)),
                items,
            ))),
        ])
    }))
}

pub(crate) fn operation_files(api: &Api) -> Vec<(String, FileContent<'_>)> {
    let modules = by_module(api);
    let names: Vec<String> = modules.keys().map(|m| m.to_string()).collect();
    let mut files: Vec<(String, FileContent<'_>)> = vec![(
        String::from("src/operations/mod.rs"),
        FileContent::tokens(move || {
            let decls = module_decls(api, &names);
            quote! {
                #![cfg_attr(rustfmt, rustfmt_skip)]
                //! API operations as methods on [`Client`](crate::Client), one file per tag.
                #(#decls)*
            }
        }),
    )];
    for (module, ops) in modules {
        files.push((
            format!("src/operations/{module}.rs"),
            impl_file(&["crate", "Client"], ops, |op| operation(api, op)),
        ));
    }
    files
}

/// `crate::runtime::ParamStyle::<style>`
fn style_expr(style: ParamStyle) -> Expr {
    let variant = match style {
        ParamStyle::Form => "Form",
        ParamStyle::SpaceDelimited => "SpaceDelimited",
        ParamStyle::PipeDelimited => "PipeDelimited",
        ParamStyle::DeepObject => "DeepObject",
        ParamStyle::Simple => "Simple",
        ParamStyle::Label => "Label",
        ParamStyle::Matrix => "Matrix",
    };
    path_expr(path(false, &["crate", "runtime", "ParamStyle", variant]))
}

/// The argument type of a path parameter and how to pass it to `path_param`.
fn path_arg(api: &Api, param: &PathParam, lifetime: Option<&syn::Lifetime>) -> (Type, Expr) {
    let name = var(&name_ident(&param.name.ident));
    match &param.ty {
        TypeRef::String => (ref_type(lifetime, type_path(path(false, &["str"]))), name),
        TypeRef::Vec(item) => {
            let slice = Type::Slice(syn::TypeSlice {
                bracket_token: Default::default(),
                elem: Box::new(type_node(api, item, Scope::Crate)),
            });
            (ref_type(lifetime, slice), name)
        }
        ty if is_copy_scalar(ty) => (type_node(api, ty, Scope::Crate), reference(name)),
        ty => (ref_type(lifetime, type_node(api, ty, Scope::Crate)), name),
    }
}

/// An operation's arguments and the statements that put them into `request`; shared
/// by the method, its blocking form and its streamed and paginated forms.
pub(super) struct Signature {
    pub(super) args: Vec<syn::FnArg>,
    /// Statements that fill `request`.
    pub(super) build: Vec<Stmt>,
}

/// `request.<method>(args..);`
fn on_request(method: &str, args: Vec<Expr>) -> Stmt {
    stmt(method_call(
        var(&own_ident("request")),
        own_ident(method),
        args,
    ))
}

pub(super) fn signature(api: &Api, op: &Operation, lifetime: Option<&syn::Lifetime>) -> Signature {
    let mut args = Vec::new();
    let mut build = Vec::new();
    for param in &op.path_params {
        let name = name_ident(&param.name.ident);
        let (ty, value) = path_arg(api, param, lifetime);
        args.push(arg(&name, ty));
        build.push(on_request(
            "path_param",
            vec![
                string(&param.name.wire),
                value,
                style_expr(param.style),
                boolean(param.explode),
            ],
        ));
    }
    if let Some(params) = &op.params_struct {
        let ty = type_node(api, &TypeRef::Named(params.ty), Scope::Crate);
        args.push(arg(&own_ident("params"), ref_type(lifetime, ty)));
        for param in &params.params {
            let value = reference(field(
                var(&own_ident("params")),
                name_ident(&param.name.ident),
            ));
            let wire = string(&param.name.wire);
            build.push(match param.location {
                ParamLocation::Query => on_request(
                    "query_param",
                    vec![wire, value, style_expr(param.style), boolean(param.explode)],
                ),
                ParamLocation::QueryString => on_request("query_string", vec![value]),
                ParamLocation::Header => on_request("header_param", vec![wire, value]),
                ParamLocation::Cookie => on_request("cookie_param", vec![wire, value]),
            });
        }
    }
    if let Some(body) = &op.body {
        let (arg_ty, set) = body_setter(api, &body.media, &body.ty, lifetime);
        let name = own_ident("body");
        if body.required {
            args.push(arg(&name, arg_ty));
            build.extend(set);
        } else {
            let optional = type_path(generic(
                path(false, &["Option"]),
                vec![syn::GenericArgument::Type(arg_ty)],
            ));
            args.push(arg(&name, optional));
            build.push(block_stmt(if_let_some(&name, var(&name), set)));
        }
    }
    Signature { args, build }
}

/// The body argument's type and the statements that put it into `request`.
fn body_setter(
    api: &Api,
    media: &BodyMedia,
    ty: &TypeRef,
    lifetime: Option<&syn::Lifetime>,
) -> (Type, Vec<Stmt>) {
    let body = || var(&own_ident("body"));
    match media {
        BodyMedia::Json | BodyMedia::Form => {
            let setter = if matches!(media, BodyMedia::Json) {
                "json_body"
            } else {
                "form_body"
            };
            let ty = ref_type(lifetime, type_node(api, ty, Scope::Crate));
            (ty, vec![on_request(setter, vec![body()])])
        }
        BodyMedia::Multipart(parts) => {
            let fields = own_ident("fields");
            let new_vec = call(path_expr(path(false, &["Vec", "new"])), Vec::new());
            let mut stmts = vec![local(&fields, true, None, new_vec)];
            for part in parts {
                let member = || field(body(), name_ident(&part.name.ident));
                let wire = || string(&part.name.wire);
                let push = |value: Expr| {
                    let made = match part.kind {
                        PartKind::File | PartKind::FileList => {
                            method_call(value, own_ident("to_field"), vec![wire()])
                        }
                        PartKind::Text | PartKind::Json => {
                            let maker = if part.kind == PartKind::Text {
                                "text"
                            } else {
                                "json"
                            };
                            let function =
                                path(false, &["crate", "runtime", "MultipartField", maker]);
                            call(path_expr(function), vec![wire(), value])
                        }
                    };
                    stmt(method_call(var(&fields), own_ident("push"), vec![made]))
                };
                let file = own_ident("file");
                stmts.push(match (part.kind, part.required) {
                    (PartKind::FileList, true) => {
                        block_stmt(for_loop(&file, reference(member()), vec![push(var(&file))]))
                    }
                    (PartKind::FileList, false) => {
                        let items = method_call(member(), own_ident("iter"), Vec::new());
                        let items = method_call(items, own_ident("flatten"), Vec::new());
                        block_stmt(for_loop(&file, items, vec![push(var(&file))]))
                    }
                    (PartKind::File, true) => push(member()),
                    (_, true) => push(reference(member())),
                    (_, false) => {
                        let value = own_ident("value");
                        block_stmt(if_let_some(
                            &value,
                            reference(member()),
                            vec![push(var(&value))],
                        ))
                    }
                });
            }
            stmts.push(on_request("multipart_body", vec![var(&fields)]));
            (ref_type(lifetime, type_node(api, ty, Scope::Crate)), stmts)
        }
        BodyMedia::Bytes(media) => (
            type_path(path(true, &["bytes", "Bytes"])),
            vec![on_request("bytes_body", vec![body(), string(media)])],
        ),
        BodyMedia::Text(media) => (
            type_path(path(false, &["String"])),
            vec![on_request("text_body", vec![body(), string(media)])],
        ),
    }
}

/// The type the operation's call resolves to.
pub(super) fn response_type(api: &Api, op: &Operation) -> Type {
    match &op.response {
        ResponseShape::Single { ty, .. } => type_node(api, ty, Scope::Crate),
        ResponseShape::ByStatus { ty, .. } => type_node(api, &TypeRef::Named(*ty), Scope::Crate),
        ResponseShape::Stream(stream) => super::streams::stream_type(api, stream),
    }
}

/// The last statements of the method: the call with the function that decodes the
/// response (a decoder of the runtime, or for responses typed by status a closure that
/// picks the decoder and the variant by status), or for streamed calls the statements
/// `streams::stream_send` writes.
fn send_stmts(api: &Api, op: &Operation) -> Result<Vec<Stmt>, String> {
    let decode = match &op.response {
        ResponseShape::Single { decode, .. } => decoder(*decode),
        ResponseShape::ByStatus { ty, cases } => {
            status_decoder(api, *ty, cases).ok_or_else(|| {
                format!(
                    "operation `{}`: a response typed by status without cases",
                    op.name.plain()
                )
            })?
        }
        ResponseShape::Stream(stream) => return super::streams::stream_send(api, op, stream),
    };
    let runtime = field(var(&own_ident("self")), own_ident("runtime"));
    let send = method_call(
        runtime,
        own_ident("call"),
        vec![var(&own_ident("request")), decode],
    );
    Ok(vec![Stmt::Expr(send, None)])
}

/// `|raw| match raw.status.as_u16() { 200u16 => decode(raw).map(Enum::Ok), .. }`;
/// `None` without cases.
fn status_decoder(
    api: &Api,
    ty: crate::ir::TypeId,
    cases: &[crate::ir::StatusCase],
) -> Option<Expr> {
    let raw = own_ident("raw");
    let arm = |case: &crate::ir::StatusCase| {
        let mut variant = types::model_path(api, ty, Scope::Crate);
        variant.segments.push(types::ident(&case.variant).into());
        let variant = path_expr(variant);
        let decoded = call(decoder(case.decode), vec![var(&raw)]);
        let map = if case.ty == TypeRef::Unit {
            let unit = syn::Pat::Tuple(syn::PatTuple {
                attrs: Vec::new(),
                paren_token: Default::default(),
                elems: syn::punctuated::Punctuated::new(),
            });
            closure(vec![unit], variant)
        } else {
            variant
        };
        method_call(decoded, own_ident("map"), vec![map])
    };
    let mut arms: Vec<syn::Arm> = cases
        .iter()
        .filter_map(|case| {
            let status = case.status?;
            let lit = syn::LitInt::new(&format!("{status}u16"), proc_macro2::Span::call_site());
            Some(match_arm(
                syn::Pat::Lit(syn::ExprLit {
                    attrs: Vec::new(),
                    lit: syn::Lit::Int(lit),
                }),
                arm(case),
            ))
        })
        .collect();
    let fallback = cases
        .iter()
        .find(|c| c.status.is_none())
        .or_else(|| cases.first())
        .map(arm)?;
    arms.push(match_arm(
        syn::Pat::Wild(syn::PatWild {
            attrs: Vec::new(),
            underscore_token: Default::default(),
        }),
        fallback,
    ));
    let status = method_call(
        field(var(&raw), own_ident("status")),
        own_ident("as_u16"),
        Vec::new(),
    );
    let dispatch = Expr::Match(syn::ExprMatch {
        attrs: Vec::new(),
        match_token: Default::default(),
        expr: Box::new(status),
        brace_token: Default::default(),
        arms,
    });
    Some(closure(vec![syntax::bind(&raw, false)], dispatch))
}

/// The argument of `RequestSpec::security`: each requirement as a slice of the
/// scheme constants applied together.
fn security_requirements(op: &Operation) -> Expr {
    let requirements = op.security.iter().map(|requirement| {
        let schemes = requirement.iter().map(|s| {
            let mut constant = path(false, &["crate", "client"]);
            constant.segments.push(types::ident(s).into());
            path_expr(constant)
        });
        reference(array(schemes.collect()))
    });
    reference(array(requirements.collect()))
}

/// `RequestSpec::new` with reqwest's constant for the method, or `with_method_name`
/// for methods reqwest has no constant for (QUERY, `additionalOperations`).
fn method_start(op: &Operation) -> Expr {
    let path_text = string(&op.path);
    match &op.method {
        HttpMethod::Query | HttpMethod::Other(_) => call(
            path_expr(path(
                false,
                &["crate", "runtime", "RequestSpec", "with_method_name"],
            )),
            vec![string(op.method.as_str()), path_text],
        ),
        method => call(
            path_expr(path(false, &["crate", "runtime", "RequestSpec", "new"])),
            vec![
                path_expr(path(true, &["reqwest", "Method", method.as_str()])),
                path_text,
            ],
        ),
    }
}

/// The statements every form of the call starts with: `let mut request = ...;` and,
/// after the arguments' statements, the security requirements and the retry mark.
pub(super) fn request_stmts(op: &Operation, build: Vec<Stmt>, accept: Option<&str>) -> Vec<Stmt> {
    let mut stmts = Vec::with_capacity(build.len() + 4);
    stmts.push(local(&own_ident("request"), true, None, method_start(op)));
    if let Some(media) = accept {
        stmts.push(on_request("accept", vec![string(media)]));
    }
    stmts.extend(build);
    stmts.push(on_request("security", vec![security_requirements(op)]));
    if op.retry_safe {
        stmts.push(on_request("mark_retry_safe", Vec::new()));
    }
    stmts
}

fn decoder(decode: Decode) -> Expr {
    let name = match decode {
        Decode::Json => "json",
        Decode::Text => "text",
        Decode::Bytes => "bytes",
        Decode::Empty => "empty",
    };
    path_expr(path(false, &["crate", "runtime", "decode", name]))
}

fn method_docs(op: &Operation) -> Vec<syn::Attribute> {
    let mut parts: Vec<&str> = Vec::new();
    if let Some(summary) = &op.summary {
        parts.push(summary);
    }
    if let Some(description) = &op.description {
        if Some(description.trim()) != op.summary.as_deref().map(str::trim) {
            parts.push(description);
        }
    }
    let request = code_span(&format!("{} {}", op.method.as_str(), op.path));
    parts.push(&request);
    doc_nodes_parts(&parts)
}

/// The attributes every method of an operation starts with after its docs.
pub(super) fn method_attrs(
    mut attrs: Vec<syn::Attribute>,
    op: &Operation,
    name: &crate::names::Ident,
    arg_count: usize,
) -> Vec<syn::Attribute> {
    if op.deprecated {
        attrs.push(syntax::word_attr("deprecated"));
    }
    attrs.extend(super::lints::method(name, arg_count));
    attrs
}

/// `crate::runtime::<wrapper><'lifetime, ty>`
pub(super) fn runtime_generic(wrapper: &str, lifetime: &str, ty: Type) -> Type {
    type_path(generic(
        path(false, &["crate", "runtime", wrapper]),
        vec![
            syn::GenericArgument::Lifetime(syntax::lifetime(lifetime)),
            syn::GenericArgument::Type(ty),
        ],
    ))
}

/// The operation's method, then its streamed and paginated forms where it has them.
fn operation(api: &Api, op: &Operation) -> Result<Vec<syn::ImplItem>, String> {
    let Signature { args, build } = signature(api, op, None);
    let attrs = method_attrs(method_docs(op), op, &op.name, args.len());
    let mut stmts = request_stmts(op, build, op.accept.as_deref());
    stmts.extend(send_stmts(api, op)?);
    let mut items = vec![Method {
        attrs,
        name: name_ident(&op.name),
        receiver: true,
        lifetime: None,
        args,
        output: runtime_generic("Call", "_", response_type(api, op)),
        stmts,
    }
    .build()];
    if let Some(variant) = &op.stream_variant {
        items.push(super::streams::variant_method(api, op, variant)?);
    }
    if let Some(page) = &op.pagination {
        let tokens = super::pagination::stream_method(api, op, page);
        let what = format!("the paginated form of `{}`", op.name.plain());
        items.push(syntax::parse(&what, tokens)?);
    }
    Ok(items)
}
