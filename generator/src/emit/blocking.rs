//! `src/blocking/`: the synchronous client (cargo feature `blocking`), one method per
//! operation with the async method's arguments, returning a `BlockingCall`; pagination
//! streams become iterators. Every method forwards to the async client, so requests
//! are built in exactly one place.

use super::operations::{
    by_module, impl_file, method_attrs, module_decls, response_type, runtime_generic, signature,
    Signature,
};
use super::syntax::{self, call, field, own_ident, path, path_expr, var, Method};
use super::types::{name_ident, type_tokens, Scope};
use super::FileContent;
use crate::ir::{Api, Operation};
use quote::quote;
use syn::{Expr, Stmt};

pub(crate) fn blocking_files(api: &Api) -> Vec<(String, FileContent<'_>)> {
    let modules = by_module(api);
    let names: Vec<String> = modules.keys().map(|m| m.to_string()).collect();
    let mut files: Vec<(String, FileContent<'_>)> = vec![(
        String::from("src/blocking/mod.rs"),
        FileContent::Rust(Box::new(move || {
            let decls = module_decls(api, &names);
            quote! {
                #![cfg_attr(rustfmt, rustfmt_skip)]
                //! A synchronous client (cargo feature `blocking`) for programs without an
                //! async runtime. It has the same methods as [`crate::Client`]; each returns
                //! a [`BlockingCall`](crate::runtime::BlockingCall) with the same per-call
                //! options, sent with `.send()`. Calls run on one background runtime shared
                //! by the process; using this client inside an async runtime is refused
                //! with an error.

                #(#decls)*

                /// The synchronous client. Cheap to clone: clones share one connection pool.
                #[derive(Debug, Clone)]
                pub struct Client {
                    inner: crate::Client,
                }

                impl From<crate::runtime::Runtime> for Client {
                    fn from(runtime: crate::runtime::Runtime) -> Self {
                        Client { inner: crate::Client::from(runtime) }
                    }
                }

                impl From<crate::Client> for Client {
                    fn from(inner: crate::Client) -> Self {
                        Client { inner }
                    }
                }

                impl Client {
                    /// A builder with the API's defaults; see [`crate::Client::builder`].
                    pub fn builder() -> crate::runtime::ClientBuilder<Client> {
                        crate::runtime::ClientBuilder::new(crate::API_INFO)
                    }

                    /// Builds a client from the environment; see [`crate::Client::from_env`].
                    pub fn from_env() -> ::core::result::Result<Self, crate::runtime::Error> {
                        Self::builder().from_env()?.build()
                    }

                    /// The async client this one forwards to.
                    pub fn as_async(&self) -> &crate::Client {
                        &self.inner
                    }
                }
            }
        })),
    )];
    for (module, ops) in modules {
        files.push((
            format!("src/blocking/{module}.rs"),
            impl_file(&["super", "Client"], ops, |op| mirror(api, op)),
        ));
    }
    files
}

/// The blocking form of one operation, and of its pagination stream if it has one.
fn mirror(api: &Api, op: &Operation) -> Result<Vec<syn::ImplItem>, String> {
    let name = name_ident(&op.name);
    let plain = op.name.plain();
    let deprecated = op.deprecated.then(|| quote! { #[deprecated] });
    let Signature { args, .. } = signature(api, op, None);
    let doc = format!("Blocking form of [`Client::{plain}`](crate::Client::{plain}).");
    let attrs = method_attrs(
        super::docs::own_doc_nodes(&[&doc]),
        op,
        &op.name,
        args.len(),
    );
    let mut items = vec![Method {
        attrs,
        name: name.clone(),
        receiver: true,
        lifetime: None,
        args: args.clone(),
        output: runtime_generic("BlockingCall", response_type(api, op)),
        stmts: vec![forward(name, op)],
    }
    .build()];
    let call_args = call_args(op);
    if let Some(variant) = &op.stream_variant {
        let variant_name = name_ident(&variant.name);
        let lints = super::lints::method(&variant.name, args.len());
        let ty = super::streams::stream_type(api, &variant.stream);
        let doc = format!(
            "Blocking form of [`Client::{0}`](crate::Client::{0}); `.iter()` reads the stream.",
            variant.name.plain()
        );
        let doc = super::docs::own_doc(&doc);
        items.push(syntax::parse(
            "the blocking form of a streamed call",
            quote! {
                #doc
                #deprecated
                #(#lints)*
                pub fn #variant_name(&self, #(#args),*) -> crate::runtime::BlockingCall<'_, #ty> {
                    crate::runtime::BlockingCall::new(self.inner.#variant_name(#(#call_args),*))
                }
            },
        )?);
    }
    if let Some(page) = &op.pagination {
        let stream_name = name_ident(&page.stream_name);
        let Signature { args, .. } = signature(api, op, Some(&syntax::lifetime("a")));
        let lints = super::lints::method(&page.stream_name, args.len());
        let item_ty = type_tokens(api, &page.items.item_ty, Scope::Crate);
        let doc = format!(
            "Every item of every page, as an iterator: blocking form of \
             [`Client::{0}`](crate::Client::{0}).",
            page.stream_name.plain()
        );
        let doc = super::docs::own_doc(&doc);
        items.push(syntax::parse(
            "the blocking form of a paginated call",
            quote! {
                #doc
                #deprecated
                #(#lints)*
                pub fn #stream_name<'a>(&'a self, #(#args),*) -> crate::runtime::BlockingIter<'a, #item_ty> {
                    crate::runtime::BlockingIter::new(self.inner.#stream_name(#(#call_args),*))
                }
            },
        )?);
    }
    Ok(items)
}

/// `crate::runtime::BlockingCall::new(self.inner.<name>(args..))`, the body of a
/// blocking method.
fn forward(name: proc_macro2::Ident, op: &Operation) -> Stmt {
    let function = path(false, &["crate", "runtime", "BlockingCall", "new"]);
    let inner = field(var(&own_ident("self")), own_ident("inner"));
    let forwarded = syntax::method_call(inner, name, call_args(op));
    Stmt::Expr(call(path_expr(function), vec![forwarded]), None)
}

/// The argument names in the order the async method takes them.
fn call_args(op: &Operation) -> Vec<Expr> {
    let path = op
        .path_params
        .iter()
        .map(|p| var(&name_ident(&p.name.ident)));
    let params = op.params_struct.as_ref().map(|_| var(&own_ident("params")));
    let body = op.body.as_ref().map(|_| var(&own_ident("body")));
    path.chain(params).chain(body).collect()
}
