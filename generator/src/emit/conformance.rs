//! `tests/conformance.rs`: the conformance checks of [`crate::ir::Conformance`],
//! printed as one async function per operation and one function for the examples.
//! The values were chosen in `lower::samples`; this module prints them as
//! `serde_json::from_str` calls into the generated types.

use super::types::{ident, is_copy_scalar, name_ident, type_tokens, Scope};
use super::FileContent;
use crate::ir::{Api, BodyMedia, CallSample, Conformance, OperationCheck, TypeRef};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// The support module every conformance test includes, copied verbatim.
pub const SUPPORT: &str = include_str!("../../runtime/conformance/support.rs");

pub(crate) fn conformance_file<'a>(api: &'a Api, checks: &'a Conformance) -> FileContent<'a> {
    FileContent::tokens(move || {
        let lib = ident(&api.krate.lib);
        let variable = &checks.env_base_url;
        let names: Vec<_> = checks
            .operations
            .iter()
            .filter_map(|check| Some(check_name(&api.operations.get(check.operation)?.name)))
            .collect();
        let functions = checks
            .operations
            .iter()
            .map(|check| operation_check(api, check));
        let examples = checks.examples.iter().map(|example| {
            let ty = type_tokens(api, &example.ty, Scope::External);
            let pointer = &example.pointer;
            let json = example.value.to_string();
            let caveat = example.caveat.as_deref().unwrap_or_default();
            quote! { report.example::<#ty>(#pointer, #json, #caveat); }
        });
        let deprecated = super::lints::deprecated_file();
        quote! {
            #![cfg_attr(rustfmt, rustfmt_skip)]
            //! Conformance checks: every operation called with values taken from the API
            //! document, against the validating mock server in the environment variable
            //! named below; one output line per call and per document example. Without
            //! the variable the test does nothing.
            #deprecated

            #[path = "conformance/support.rs"]
            mod support;

            use ::#lib as krate;

            /// Runs the checks on a thread with a large stack: a debug build of a big
            /// API keeps large futures and deep decoders on the stack, more than a test
            /// thread's default allows.
            #[test]
            fn conformance() {
                std::thread::Builder::new()
                    .stack_size(256 * 1024 * 1024)
                    .spawn(|| {
                        tokio::runtime::Builder::new_current_thread()
                            .enable_all()
                            .build()
                            .expect("a tokio runtime")
                            .block_on(run())
                    })
                    .expect("a thread for the checks")
                    .join()
                    .expect("the checks ran to the end");
            }

            async fn run() {
                let Some(mut report) = support::Report::from_env(#variable) else {
                    return;
                };
                let client = report.client();
                let _ = &client;
                #( Box::pin(#names(&client, &mut report)).await; )*
                examples(&mut report);
                report.finish();
            }

            #(#functions)*

            /// Every document example through its generated type and back.
            fn examples(report: &mut support::Report) {
                let _ = &report;
                #(#examples)*
            }
        }
    })
}

/// The test function of an operation: `check_` + its method name.
fn check_name(operation: &crate::names::Ident) -> crate::names::Ident {
    operation.with_prefix("check")
}

fn operation_check(api: &Api, check: &OperationCheck) -> TokenStream {
    let Some(op) = api.operations.get(check.operation) else {
        return TokenStream::new();
    };
    let name = check_name(&op.name);
    let label = &check.label;
    let method = op.method.as_str();
    let path = &op.path;
    let documented = &check.documented;
    let caveat = check.caveat.clone().unwrap_or_default();
    let calls = check.calls.iter().map(|call| call_tokens(api, check, call));
    quote! {
        async fn #name(client: &krate::Client, report: &mut support::Report) {
            report.operation(#label, #method, #path, &[#(#documented),*], #caveat);
            #(#calls)*
        }
    }
}

/// One call: each argument decoded from its JSON, then the call and its verdict.
fn call_tokens(api: &Api, check: &OperationCheck, call: &CallSample) -> TokenStream {
    let Some(op) = api.operations.get(check.operation) else {
        return TokenStream::new();
    };
    let label = &call.label;
    let mut decode = Vec::new();
    let mut args = Vec::new();
    let mut take = |var: &proc_macro2::Ident, ty: TokenStream, json: String, what: String| {
        decode.push(quote! {
            let #var = match support::value::<#ty>(#json) {
                Ok(value) => value,
                Err(error) => {
                    report.bad_sample(#label, #what, &error);
                    break 'call;
                }
            };
        });
    };
    for (index, (param, value)) in op.path_params.iter().zip(&call.path).enumerate() {
        let var = format_ident!("path_{index}");
        take(
            &var,
            type_tokens(api, &param.ty, Scope::External),
            value.to_string(),
            format!("path parameter `{}`", param.name.wire),
        );
        args.push(if is_copy_scalar(&param.ty) {
            quote! { #var }
        } else {
            quote! { &#var }
        });
    }
    if let (Some(params), Some(value)) = (&op.params_struct, &call.params) {
        let var = format_ident!("params");
        take(
            &var,
            type_tokens(api, &TypeRef::Named(params.ty), Scope::External),
            value.to_string(),
            String::from("parameters"),
        );
        args.push(quote! { &params });
    }
    if let Some(body) = &op.body {
        match &call.body {
            None => args.push(quote! { None }),
            Some(value) => {
                let var = format_ident!("body");
                let (ty, arg) = match &body.media {
                    BodyMedia::Json | BodyMedia::Form | BodyMedia::Multipart(_) => (
                        type_tokens(api, &body.ty, Scope::External),
                        quote! { &body },
                    ),
                    BodyMedia::Bytes(_) => {
                        (quote! { String }, quote! { ::bytes::Bytes::from(body) })
                    }
                    BodyMedia::Text(_) => (quote! { String }, quote! { body }),
                };
                take(&var, ty, value.to_string(), String::from("body"));
                args.push(if body.required {
                    arg
                } else {
                    quote! { Some(#arg) }
                });
            }
        }
    }
    let method = name_ident(&op.name);
    quote! {
        'call: {
            #(#decode)*
            let result = client.#method(#(#args),*).send_with_response().await;
            report.call(#label, result);
        }
    }
}
