//! `src/blocking/`: the synchronous client (cargo feature `blocking`), one method per
//! operation with the async method's arguments, returning a `BlockingCall`; pagination
//! streams become iterators. Every method forwards to the async client, so requests
//! are built in exactly one place.

use super::operations::{by_module, module_decls, response_tokens, signature, Signature};
use super::types::{name_ident, type_tokens, Scope};
use super::TokenBuilder;
use crate::ir::{Api, Operation};
use proc_macro2::TokenStream;
use quote::quote;

pub(crate) fn blocking_files(api: &Api) -> Vec<(String, TokenBuilder<'_>)> {
    let modules = by_module(api);
    let names: Vec<String> = modules.keys().map(|m| m.to_string()).collect();
    let mut files: Vec<(String, TokenBuilder<'_>)> = vec![(
        String::from("src/blocking/mod.rs"),
        Box::new(move || {
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
            Box::new(move || {
                let methods = ops.iter().map(|op| mirror(api, op));
                let deprecated = super::lints::deprecated_file();
                quote! {
                    #![cfg_attr(rustfmt, rustfmt_skip)]
                    #deprecated

                    impl super::Client {
                        #(#methods)*
                    }
                }
            }),
        ));
    }
    files
}

/// The blocking form of one operation, and of its pagination stream if it has one.
fn mirror(api: &Api, op: &Operation) -> TokenStream {
    let name = name_ident(&op.name);
    let plain = op.name.plain();
    let deprecated = if op.deprecated {
        quote! { #[deprecated] }
    } else {
        TokenStream::new()
    };
    let Signature { args, .. } = signature(api, op, &TokenStream::new());
    let lints = super::lints::method(&op.name, args.len());
    let call_args = call_args(op);
    let (response_ty, _) = response_tokens(api, op);
    let doc = format!("Blocking form of [`Client::{plain}`](crate::Client::{plain}).");
    let doc = super::docs::own_doc(&doc);
    let stream = op.pagination.as_ref().map(|page| {
        let stream_name = name_ident(&page.stream_name);
        let lifetime = quote! { 'a };
        let Signature { args, .. } = signature(api, op, &lifetime);
        let lints = super::lints::method(&page.stream_name, args.len());
        let item_ty = type_tokens(api, &page.items.item_ty, Scope::Crate);
        let doc = format!(
            "Every item of every page, as an iterator: blocking form of \
             [`Client::{0}`](crate::Client::{0}).",
            page.stream_name.plain()
        );
    let doc = super::docs::own_doc(&doc);
        quote! {
            #doc
            #deprecated
            #lints
            pub fn #stream_name<'a>(&'a self, #(#args),*) -> crate::runtime::BlockingIter<'a, #item_ty> {
                crate::runtime::BlockingIter::new(self.inner.#stream_name(#(#call_args),*))
            }
        }
    });
    let variant = op.stream_variant.as_ref().map(|variant| {
        let variant_name = name_ident(&variant.name);
        let lints = super::lints::method(&variant.name, args.len());
        let ty = super::streams::stream_type(api, &variant.stream);
        let doc = format!(
            "Blocking form of [`Client::{0}`](crate::Client::{0}); `.iter()` reads the stream.",
            variant.name.plain()
        );
        let doc = super::docs::own_doc(&doc);
        quote! {
            #doc
            #deprecated
            #lints
            pub fn #variant_name(&self, #(#args),*) -> crate::runtime::BlockingCall<'_, #ty> {
                crate::runtime::BlockingCall::new(self.inner.#variant_name(#(#call_args),*))
            }
        }
    });
    quote! {
        #doc
        #deprecated
        #lints
        pub fn #name(&self, #(#args),*) -> crate::runtime::BlockingCall<'_, #response_ty> {
            crate::runtime::BlockingCall::new(self.inner.#name(#(#call_args),*))
        }

        #variant
        #stream
    }
}

/// The argument names in the order the async method takes them.
fn call_args(op: &Operation) -> Vec<TokenStream> {
    let path = op.path_params.iter().map(|p| {
        let arg = name_ident(&p.name.ident);
        quote! { #arg }
    });
    let params = op.params_struct.as_ref().map(|_| quote! { params });
    let body = op.body.as_ref().map(|_| quote! { body });
    path.chain(params).chain(body).collect()
}
