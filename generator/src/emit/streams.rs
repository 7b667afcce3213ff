//! Streamed responses: the value type of a streamed call (`EventStream<T>` or
//! `JsonStream<T>`), the statements that ask for and open the stream, and the extra
//! `..._events` / `..._items` method of an operation whose response can also be
//! streamed.

use super::docs::{code_span, doc_nodes_parts};
use super::operations::{method_attrs, request_stmts, runtime_generic, signature, Signature};
use super::syntax::{generic, path, type_path, Method};
use super::types::{name_ident, type_node, type_tokens, Scope};
use crate::ir::{Api, Decode, ItemStream, Operation, StreamFraming, StreamVariant};
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
/// Printed and parsed (streamed calls are few); `op` names the call in an error.
pub(super) fn stream_send(
    api: &Api,
    op: &Operation,
    stream: &ItemStream,
) -> Result<Vec<syn::Stmt>, String> {
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
    let what = format!("the streamed call of `{}`", op.name.plain());
    let send: syn::Block = super::syntax::parse(
        &what,
        quote! {{
            request.accept(#media);
            self.runtime.stream_call(request, |body, limit| #open)
        }},
    )?;
    Ok(send.stmts)
}

/// The extra method that asks for the streamed form of an operation's response.
pub(super) fn variant_method(
    api: &Api,
    op: &Operation,
    variant: &StreamVariant,
) -> Result<syn::ImplItem, String> {
    let Signature { args, build } = signature(api, op, None);
    let plain = op.name.plain();
    let doc = format!(
        "[`Client::{plain}`](crate::Client::{plain}), asking for the response as {} and reading it \
         while it arrives.",
        code_span(&variant.stream.media_type)
    );
    let attrs = method_attrs(doc_nodes_parts(&[&doc]), op, &variant.name, args.len());
    let mut stmts = request_stmts(op, build, None);
    stmts.extend(stream_send(api, op, &variant.stream)?);
    Ok(Method {
        attrs,
        name: name_ident(&variant.name),
        receiver: true,
        lifetime: None,
        args,
        output: runtime_generic("Call", "_", stream_type(api, &variant.stream)),
        stmts,
    }
    .build())
}
