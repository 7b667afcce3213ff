//! One method per operation on `Client`, grouped into files by tag.

use super::docs::{code_span, doc_attrs_parts};
use super::types::{ident, is_copy_scalar, name_ident, type_tokens, Scope};
use super::TokenBuilder;
use crate::ir::{
    Api, BodyMedia, Decode, HttpMethod, Operation, ParamLocation, ParamStyle, PartKind, PathParam,
    ResponseShape, TypeRef,
};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::collections::BTreeMap;

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
            let m = ident(m);
            quote! { #cfg mod #m; }
        })
        .collect()
}

pub(crate) fn operation_files(api: &Api) -> Vec<(String, TokenBuilder<'_>)> {
    let modules = by_module(api);
    let names: Vec<String> = modules.keys().map(|m| m.to_string()).collect();
    let mut files: Vec<(String, TokenBuilder<'_>)> = vec![(
        String::from("src/operations/mod.rs"),
        Box::new(move || {
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
            Box::new(move || {
                let methods = ops.iter().map(|op| operation(api, op));
                let deprecated = super::lints::deprecated_file();
                quote! {
                    #![cfg_attr(rustfmt, rustfmt_skip)]
                    #deprecated

                    impl crate::Client {
                        #(#methods)*
                    }
                }
            }),
        ));
    }
    files
}

fn style_tokens(style: ParamStyle) -> TokenStream {
    let variant = format_ident!(
        "{}",
        match style {
            ParamStyle::Form => "Form",
            ParamStyle::SpaceDelimited => "SpaceDelimited",
            ParamStyle::PipeDelimited => "PipeDelimited",
            ParamStyle::DeepObject => "DeepObject",
            ParamStyle::Simple => "Simple",
            ParamStyle::Label => "Label",
            ParamStyle::Matrix => "Matrix",
        }
    );
    quote! { crate::runtime::ParamStyle::#variant }
}

/// The argument type of a path parameter and how to pass it to `path_param`.
fn path_arg(api: &Api, param: &PathParam, lifetime: &TokenStream) -> (TokenStream, TokenStream) {
    let name = name_ident(&param.name.ident);
    match &param.ty {
        TypeRef::String => (quote! { &#lifetime str }, quote! { #name }),
        TypeRef::Vec(item) => {
            let item = type_tokens(api, item, Scope::Crate);
            (quote! { &#lifetime [#item] }, quote! { #name })
        }
        ty if is_copy_scalar(ty) => (type_tokens(api, ty, Scope::Crate), quote! { &#name }),
        ty => {
            let ty = type_tokens(api, ty, Scope::Crate);
            (quote! { &#lifetime #ty }, quote! { #name })
        }
    }
}

pub(super) struct Signature {
    pub(super) args: Vec<TokenStream>,
    /// Statements that fill `request`.
    pub(super) build: Vec<TokenStream>,
}

pub(super) fn signature(api: &Api, op: &Operation, lifetime: &TokenStream) -> Signature {
    let mut args = Vec::new();
    let mut build = Vec::new();
    for param in &op.path_params {
        let name = name_ident(&param.name.ident);
        let (ty, value) = path_arg(api, param, lifetime);
        let wire = &param.name.wire;
        let style = style_tokens(param.style);
        let explode = param.explode;
        args.push(quote! { #name: #ty });
        build.push(quote! { request.path_param(#wire, #value, #style, #explode); });
    }
    if let Some(params) = &op.params_struct {
        let ty = type_tokens(api, &TypeRef::Named(params.ty), Scope::Crate);
        args.push(quote! { params: &#lifetime #ty });
        for param in &params.params {
            let field = name_ident(&param.name.ident);
            let wire = &param.name.wire;
            build.push(match param.location {
                ParamLocation::Query => {
                    let style = style_tokens(param.style);
                    let explode = param.explode;
                    quote! { request.query_param(#wire, &params.#field, #style, #explode); }
                }
                ParamLocation::QueryString => quote! { request.query_string(&params.#field); },
                ParamLocation::Header => quote! { request.header_param(#wire, &params.#field); },
                ParamLocation::Cookie => quote! { request.cookie_param(#wire, &params.#field); },
            });
        }
    }
    if let Some(body) = &op.body {
        let (arg_ty, set) = match &body.media {
            BodyMedia::Json | BodyMedia::Form => {
                let ty = type_tokens(api, &body.ty, Scope::Crate);
                let setter = if matches!(body.media, BodyMedia::Json) {
                    quote! { json_body }
                } else {
                    quote! { form_body }
                };
                (quote! { &#lifetime #ty }, quote! { request.#setter(body); })
            }
            BodyMedia::Multipart(parts) => {
                let ty = type_tokens(api, &body.ty, Scope::Crate);
                let pushes = parts.iter().map(|part| {
                    let field = name_ident(&part.name.ident);
                    let wire = &part.name.wire;
                    let make = |value: TokenStream| match part.kind {
                        PartKind::File | PartKind::FileList => quote! { fields.push(#value.to_field(#wire)); },
                        PartKind::Text => quote! { fields.push(crate::runtime::MultipartField::text(#wire, #value)); },
                        PartKind::Json => quote! { fields.push(crate::runtime::MultipartField::json(#wire, #value)); },
                    };
                    match (part.kind, part.required) {
                        (PartKind::FileList, true) => {
                            let push = make(quote! { file });
                            quote! { for file in &body.#field { #push } }
                        }
                        (PartKind::FileList, false) => {
                            let push = make(quote! { file });
                            quote! { for file in body.#field.iter().flatten() { #push } }
                        }
                        (PartKind::File, true) => quote! { fields.push(body.#field.to_field(#wire)); },
                        (_, true) => make(quote! { &body.#field }),
                        (_, false) => {
                            let push = make(quote! { value });
                            quote! { if let Some(value) = &body.#field { #push } }
                        }
                    }
                });
                (
                    quote! { &#lifetime #ty },
                    quote! {
                        let mut fields = Vec::new();
                        #(#pushes)*
                        request.multipart_body(fields);
                    },
                )
            }
            BodyMedia::Bytes(media) => (
                quote! { ::bytes::Bytes },
                quote! { request.bytes_body(body, #media); },
            ),
            BodyMedia::Text(media) => (
                quote! { String },
                quote! { request.text_body(body, #media); },
            ),
        };
        if body.required {
            args.push(quote! { body: #arg_ty });
            build.push(set);
        } else {
            args.push(quote! { body: Option<#arg_ty> });
            build.push(quote! { if let Some(body) = body { #set } });
        }
    }
    Signature { args, build }
}

pub(super) fn response_tokens(api: &Api, op: &Operation) -> (TokenStream, TokenStream) {
    match &op.response {
        ResponseShape::Single { ty, decode } => {
            (type_tokens(api, ty, Scope::Crate), decoder(*decode))
        }
        ResponseShape::ByStatus { ty, cases } => {
            let enum_ty = type_tokens(api, &TypeRef::Named(*ty), Scope::Crate);
            let arm = |case: &crate::ir::StatusCase| {
                let variant = ident(&case.variant);
                let decode = decoder(case.decode);
                if case.ty == TypeRef::Unit {
                    quote! { #decode(raw).map(|()| #enum_ty::#variant) }
                } else {
                    quote! { #decode(raw).map(#enum_ty::#variant) }
                }
            };
            let arms = cases.iter().filter_map(|case| {
                let status = case.status?;
                let body = arm(case);
                Some(quote! { #status => #body, })
            });
            let fallback = cases
                .iter()
                .find(|c| c.status.is_none())
                .or_else(|| cases.first())
                .map(arm)
                .unwrap_or_default();
            let decode = quote! { |raw| match raw.status.as_u16() { #(#arms)* _ => #fallback, } };
            (enum_ty, decode)
        }
        // A streamed call is opened by `streams::stream_send`, not by a decoder.
        ResponseShape::Stream(stream) => {
            (super::streams::stream_type(api, stream), TokenStream::new())
        }
    }
}

/// The argument of `RequestSpec::security`: each requirement as a slice of the
/// scheme constants applied together.
pub(super) fn security_requirements(op: &Operation) -> TokenStream {
    let requirements = op.security.iter().map(|requirement| {
        let schemes = requirement.iter().map(|s| {
            let s = ident(s);
            quote! { crate::client::#s }
        });
        quote! { &[#(#schemes),*] }
    });
    quote! { &[#(#requirements),*] }
}

/// `RequestSpec::new` with reqwest's constant for the method, or `with_method_name`
/// for methods reqwest has no constant for (QUERY, `additionalOperations`).
pub(super) fn method_start(op: &Operation) -> TokenStream {
    let path = &op.path;
    match &op.method {
        HttpMethod::Query | HttpMethod::Other(_) => {
            let name = op.method.as_str();
            quote! { crate::runtime::RequestSpec::with_method_name(#name, #path) }
        }
        method => {
            let method = format_ident!("{}", method.as_str());
            quote! { crate::runtime::RequestSpec::new(::reqwest::Method::#method, #path) }
        }
    }
}

fn decoder(decode: Decode) -> TokenStream {
    match decode {
        Decode::Json => quote! { crate::runtime::decode::json },
        Decode::Text => quote! { crate::runtime::decode::text },
        Decode::Bytes => quote! { crate::runtime::decode::bytes },
        Decode::Empty => quote! { crate::runtime::decode::empty },
    }
}

fn method_docs(op: &Operation) -> TokenStream {
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
    doc_attrs_parts(&parts)
}

fn operation(api: &Api, op: &Operation) -> TokenStream {
    let name = name_ident(&op.name);
    let docs = method_docs(op);
    let deprecated = if op.deprecated {
        quote! { #[deprecated] }
    } else {
        TokenStream::new()
    };
    let no_lifetime = TokenStream::new();
    let Signature { args, build } = signature(api, op, &no_lifetime);
    let too_many = super::lints::method(&op.name, args.len());
    let (response_ty, send) = match &op.response {
        ResponseShape::Stream(stream) => (
            super::streams::stream_type(api, stream),
            super::streams::stream_send(api, stream),
        ),
        _ => {
            let (ty, decode) = response_tokens(api, op);
            (ty, quote! { self.runtime.call(request, #decode) })
        }
    };
    let start = method_start(op);
    let variant = op
        .stream_variant
        .as_ref()
        .map(|v| super::streams::variant_method(api, op, v));
    let security = security_requirements(op);
    let stream = op
        .pagination
        .as_ref()
        .map(|page| super::pagination::stream_method(api, op, page));
    let retry_safe = op.retry_safe.then(|| quote! { request.mark_retry_safe(); });
    let accept = op
        .accept
        .as_ref()
        .map(|media| quote! { request.accept(#media); });
    quote! {
        #docs
        #deprecated
        #too_many
        pub fn #name(&self, #(#args),*) -> crate::runtime::Call<'_, #response_ty> {
            let mut request = #start;
            #accept
            #(#build)*
            request.security(#security);
            #retry_safe
            #send
        }

        #variant
        #stream
    }
}
