//! `src/webhooks.rs`: the event enums (webhooks and callbacks), each with `decode`,
//! which turns a received request's event name and body into a variant.

use super::docs::{code_span, doc_attrs_parts, inner_doc_attrs};
use super::types::{ident, type_tokens, Scope};
use crate::ir::{Api, Event, EventPayload, EventSet};
use proc_macro2::TokenStream;
use quote::quote;

pub(crate) fn webhooks_rs(api: &Api) -> TokenStream {
    let docs = inner_doc_attrs(&[
        "Requests the API sends to you (webhooks, and callbacks of operations) as typed events.",
        "Each enum has `decode(name, body)` for a request your server received: `name` is the \
         event's name as the API description gives it (see `NAMES`), `body` the raw request body. \
         A name the enum does not know decodes to its `Unknown` variant; a body that does not \
         match the event's model is a [`PayloadError`]. Verify the request's signature, if the \
         API signs them, before decoding.",
    ]);
    let enums = api.events.iter().map(|set| event_enum(api, set));
    let deprecated = super::lints::deprecated_file();
    quote! {
        #![cfg_attr(rustfmt, rustfmt_skip)]
        #docs
        #deprecated

        pub use crate::runtime::webhooks::PayloadError;

        #(#enums)*
    }
}

fn event_enum(api: &Api, set: &EventSet) -> TokenStream {
    let name = ident(&set.name);
    let docs = doc_attrs_parts(&[&set.docs]);
    let variants = set.events.iter().map(|event| {
        let variant = ident(&event.variant);
        let docs = variant_docs(event);
        let deprecated = event.deprecated.then(|| quote! { #[deprecated] });
        match payload_type(api, &event.payload) {
            Some(ty) => quote! { #docs #deprecated #variant(#ty), },
            None => quote! { #docs #deprecated #variant, },
        }
    });
    let decode_arms = set.events.iter().map(|event| {
        let variant = ident(&event.variant);
        let key = &event.key;
        let value = match &event.payload {
            EventPayload::Json(_) => {
                quote! { crate::runtime::webhooks::json(name, body).map(Self::#variant) }
            }
            EventPayload::Text(_) => {
                quote! { Ok(Self::#variant(crate::runtime::webhooks::text(body))) }
            }
            EventPayload::Bytes(_) => {
                quote! { Ok(Self::#variant(crate::runtime::webhooks::bytes(body))) }
            }
            EventPayload::None => quote! { Ok(Self::#variant) },
        };
        quote! { #key => #value, }
    });
    let name_arms = set.events.iter().map(|event| {
        let variant = ident(&event.variant);
        let key = &event.key;
        match event.payload {
            EventPayload::None => quote! { Self::#variant => #key, },
            _ => quote! { Self::#variant(_) => #key, },
        }
    });
    let keys = set.events.iter().map(|event| &event.key);
    let lints = super::lints::enum_item(true);
    quote! {
        #docs
        #lints
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #(#variants)*
            /// An event this client does not know, with its name and raw body.
            Unknown {
                /// The name it was received with.
                name: String,
                /// The raw request body.
                body: ::bytes::Bytes,
            },
        }

        impl #name {
            /// The names of the events, as [`decode`](Self::decode) takes them.
            pub const NAMES: &'static [&'static str] = &[#(#keys),*];

            /// Decodes a received request: `name` is the event's name as the API
            /// description gives it (one of [`NAMES`](Self::NAMES)), `body` the raw body.
            pub fn decode(name: &str, body: &[u8]) -> ::core::result::Result<Self, PayloadError> {
                match name {
                    #(#decode_arms)*
                    _ => Ok(Self::Unknown { name: name.to_owned(), body: ::bytes::Bytes::copy_from_slice(body) }),
                }
            }

            /// The event's name, as the API description gives it.
            pub fn name(&self) -> &str {
                match self {
                    #(#name_arms)*
                    Self::Unknown { name, .. } => name,
                }
            }
        }
    }
}

fn payload_type(api: &Api, payload: &EventPayload) -> Option<TokenStream> {
    match payload {
        EventPayload::Json(ty) => Some(type_tokens(api, ty, Scope::Crate)),
        EventPayload::Text(_) => Some(quote! { String }),
        EventPayload::Bytes(_) => Some(quote! { ::bytes::Bytes }),
        EventPayload::None => None,
    }
}

/// The spec's summary and description, then how the event arrives.
fn variant_docs(event: &Event) -> TokenStream {
    let mut parts: Vec<&str> = Vec::new();
    if let Some(summary) = &event.summary {
        parts.push(summary);
    }
    if let Some(description) = &event.description {
        if Some(description.trim()) != event.summary.as_deref().map(str::trim) {
            parts.push(description);
        }
    }
    let delivery = match &event.payload {
        EventPayload::Json(_) => String::new(),
        EventPayload::Text(media) | EventPayload::Bytes(media) => {
            format!(", body {}", code_span(media))
        }
        EventPayload::None => String::from(", no body"),
    };
    let how = format!(
        "Event {} ({}{delivery}).",
        code_span(&event.key),
        code_span(&event.request)
    );
    parts.push(&how);
    doc_attrs_parts(&parts)
}
