//! Streamed responses: the value type of a streamed call (`EventStream<T>` or
//! `JsonStream<T>`), the statements that ask for and open the stream, and the extra
//! `..._events` / `..._items` method of an operation whose response can also be
//! streamed.

use super::docs::{code_span, doc_attrs_parts};
use super::operations::{method_start, security_requirements, signature, Signature};
use super::syntax::{generic, path, type_path};
use super::types::{name_ident, type_node, type_tokens, Scope};
use crate::ir::{Api, Decode, ItemStream, Operation, StreamFraming, StreamVariant};
use proc_macro2::TokenStream;
use quote::quote;

/// The type a streamed call resolves to.
pub(super) fn stream_type(api: &Api, stream: &ItemStream) -> syn::Type {
    let wrapper = match stream.framing {
        StreamFraming::Events => "EventStream",
        StreamFraming::JsonLines | StreamFraming::JsonSeq => "JsonStream",
    };
    let item = type_node(api, &stream.item, Scope::Crate);
    type_path(generic(
        path(false, &["crate", "runtime", wrapper]),
        vec![syn::GenericArgument::Type(item)],
    ))
}

/// The method's last statements: ask for the media type, and hand the request to
/// `stream_call` with a function (a closure without captures) that opens the stream.
pub(super) fn stream_send(api: &Api, stream: &ItemStream) -> TokenStream {
    let item = type_tokens(api, &stream.item, Scope::Crate);
    let media = &stream.media_type;
    let sentinel = match &stream.sentinel {
        Some(text) => quote! { Some(#text) },
        None => quote! { None },
    };
    let open = match (stream.framing, stream.decode) {
        (StreamFraming::Events, Decode::Text) => {
            quote! { crate::runtime::stream::events(body, limit, #sentinel, crate::runtime::stream::text) }
        }
        (StreamFraming::Events, _) => {
            quote! { crate::runtime::stream::events(body, limit, #sentinel, crate::runtime::stream::json::<#item>) }
        }
        (StreamFraming::JsonLines, _) => {
            quote! { crate::runtime::stream::json_lines::<#item>(body, limit, #sentinel) }
        }
        (StreamFraming::JsonSeq, _) => {
            quote! { crate::runtime::stream::json_seq::<#item>(body, limit, #sentinel) }
        }
    };
    quote! {
        request.accept(#media);
        self.runtime.stream_call(request, |body, limit| #open)
    }
}

/// The extra method that asks for the streamed form of an operation's response.
pub(super) fn variant_method(api: &Api, op: &Operation, variant: &StreamVariant) -> TokenStream {
    let name = name_ident(&variant.name);
    let Signature { args, build } = signature(api, op, None);
    let too_many = super::lints::method(&variant.name, args.len());
    let deprecated = if op.deprecated {
        quote! { #[deprecated] }
    } else {
        TokenStream::new()
    };
    let ty = stream_type(api, &variant.stream);
    let send = stream_send(api, &variant.stream);
    let start = method_start(op);
    let security = security_requirements(op);
    let retry_safe = op.retry_safe.then(|| quote! { request.mark_retry_safe(); });
    let plain = op.name.plain();
    let doc = format!(
        "[`Client::{plain}`](crate::Client::{plain}), asking for the response as {} and reading it \
         while it arrives.",
        code_span(&variant.stream.media_type)
    );
    let docs = doc_attrs_parts(&[&doc]);
    quote! {
        #docs
        #deprecated
        #(#too_many)*
        pub fn #name(&self, #(#args),*) -> crate::runtime::Call<'_, #ty> {
            let mut request = #start;
            #(#build)*
            request.security(#security);
            #retry_safe
            #send
        }
    }
}
