//! `src/blocking/`: the synchronous client (cargo feature `blocking`), one method per
//! operation with the async method's arguments, returning a `BlockingCall`; pagination
//! streams become iterators. Every method forwards to the async client, so requests
//! are built in exactly one place.

use super::docs::own_doc_nodes;
use super::operations::{
    by_module, impl_file, method_attrs, module_decls, response_type, runtime_generic, signature,
    Signature,
};
use super::syntax::{self, call, field, own_ident, path, path_expr, var, Method};
use super::types::{name_ident, type_node, Scope};
use super::FileContent;
use crate::ir::{Api, Operation};
use quote::quote;
use syn::{Expr, Stmt};

pub(crate) fn blocking_files(api: &Api) -> Vec<(String, FileContent<'_>)> {
    let modules = by_module(api);
    let names: Vec<String> = modules.keys().map(|m| m.to_string()).collect();
    let mut files: Vec<(String, FileContent<'_>)> = vec![(
        String::from("src/blocking/mod.rs"),
        FileContent::tokens(move || {
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
        }),
    )];
    for (module, ops) in modules {
        files.push((
            format!("src/blocking/{module}.rs"),
            impl_file(&["super", "Client"], ops, |op| mirror(api, op)),
        ));
    }
    files
}

/// The blocking form of one operation, and of its streamed and paginated forms where
/// it has them.
fn mirror(api: &Api, op: &Operation) -> Result<Vec<syn::ImplItem>, String> {
    let plain = op.name.plain();
    let Signature { args, .. } = signature(api, op, None);
    let doc = format!("Blocking form of [`Client::{plain}`](crate::Client::{plain}).");
    let response = response_type(api, op);
    let mut items = vec![forwarding(
        op,
        &op.name,
        &doc,
        None,
        args.clone(),
        "BlockingCall",
        response,
    )];
    if let Some(variant) = &op.stream_variant {
        let doc = format!(
            "Blocking form of [`Client::{0}`](crate::Client::{0}); `.iter()` reads the stream.",
            variant.name.plain()
        );
        let ty = super::streams::stream_type(api, &variant.stream);
        items.push(forwarding(
            op,
            &variant.name,
            &doc,
            None,
            args,
            "BlockingCall",
            ty,
        ));
    }
    if let Some(page) = &op.pagination {
        let lifetime = syntax::lifetime("a");
        let Signature { args, .. } = signature(api, op, Some(&lifetime));
        let doc = format!(
            "Every item of every page, as an iterator: blocking form of \
             [`Client::{0}`](crate::Client::{0}).",
            page.stream_name.plain()
        );
        let item = type_node(api, &page.items.item_ty, Scope::Crate);
        let name = &page.stream_name;
        items.push(forwarding(
            op,
            name,
            &doc,
            Some(lifetime),
            args,
            "BlockingIter",
            item,
        ));
    }
    Ok(items)
}

/// `pub fn <name>(&self, args..) -> crate::runtime::<wrapper><'_, ty> {
/// crate::runtime::<wrapper>::new(self.inner.<name>(args..)) }`, or with `'lifetime`.
fn forwarding(
    op: &Operation,
    name: &crate::names::Ident,
    doc: &str,
    lifetime: Option<syn::Lifetime>,
    args: Vec<syn::FnArg>,
    wrapper: &str,
    ty: syn::Type,
) -> syn::ImplItem {
    let attrs = method_attrs(own_doc_nodes(&[doc]), op, name, args.len());
    let shown = lifetime
        .as_ref()
        .map_or_else(|| "_".to_string(), |l| l.ident.to_string());
    let output = runtime_generic(wrapper, &shown, ty);
    let new = path(false, &["crate", "runtime", wrapper, "new"]);
    let inner = field(var(&own_ident("self")), own_ident("inner"));
    let forwarded = syntax::method_call(inner, name_ident(name), call_args(op));
    Method {
        attrs,
        name: name_ident(name),
        receiver: true,
        lifetime,
        args,
        output,
        stmts: vec![Stmt::Expr(call(path_expr(new), vec![forwarded]), None)],
    }
    .build()
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
