//! `lib.rs` and `client.rs`: the crate root and the client type.

use super::docs::{code_span, doc_attrs, inner_doc_attrs};
use super::types::ident;
use crate::ir::{Api, ResponseShape, SecurityKind};
use proc_macro2::TokenStream;
use quote::quote;

pub(crate) fn lib_rs(api: &Api) -> TokenStream {
    let intro = format!(
        "Client for {} (API version {}).",
        api.title.trim(),
        api.version.trim()
    );
    let guide = "Start with [`Client::builder`] or [`Client::from_env`]; every API operation is a \
         method on [`Client`] that returns a [`Call`] you `.await`. Request and response types \
         are in [`models`].";
    let docs = inner_doc_attrs(&[
        &intro,
        api.description.as_deref().unwrap_or_default(),
        guide,
    ]);
    let recursion_limit = api.recursion_limit.map(|limit| {
        let limit = limit.to_string();
        quote! { #![recursion_limit = #limit] }
    });
    let webhooks = (!api.events.is_empty()).then(|| {
        let cfg = api
            .features
            .events
            .as_ref()
            .map(|feature| super::features::cfg(feature));
        quote! { #cfg pub mod webhooks; }
    });
    let has_streams = api
        .operations
        .iter()
        .any(|op| matches!(op.response, ResponseShape::Stream(_)) || op.stream_variant.is_some());
    let streams = has_streams.then(|| {
        quote! {
            /// Streamed responses: Server-Sent Events and JSON items as they arrive.
            pub use runtime::{Event, EventStream, JsonStream};
        }
    });
    quote! {
        #![cfg_attr(rustfmt, rustfmt_skip)]
        #docs
        #![forbid(unsafe_code)]
        #![warn(missing_docs)]
        #recursion_limit

        // The runtime is plumbing shared with the generated code; what users touch is
        // re-exported below, so its documentation stays out of the way.
        #[doc(hidden)]
        pub mod runtime;
        pub mod models;
        #webhooks
        #[cfg(feature = "blocking")]
        pub mod blocking;
        mod client;
        mod operations;

        pub use client::{Client, API_INFO};
        #streams
        pub use runtime::{
            ApiError, ByteStream, Call, ClientBuilder, ClientOptions, CrossOriginRedirects, Error,
            ErrorBody, FilePart, RawResponse, Response, Secret, Timestamp, TimestampError,
        };
        #[cfg(feature = "blocking")]
        pub use runtime::{BlockingCall, BlockingIter};
        /// Exact decimal numbers, used for money amounts and other `format: decimal` values.
        pub use ::rust_decimal::Decimal;
        /// The trait of pagination streams and [`ByteStream`], for `.next().await` with
        /// `futures_util::StreamExt`.
        pub use ::futures_util::Stream;
    }
}

pub(crate) fn client_rs(api: &Api) -> TokenStream {
    let base_url = &api.default_base_url;
    let env_key = option_str(api.env_api_key.as_deref());
    let env_url = option_str(api.env_base_url.as_deref());
    let env_headers = option_str(api.env_custom_headers.as_deref());
    let env_doc = match (&api.env_api_key, &api.env_base_url) {
        (Some(key), Some(url)) => format!(
            "Builds a client from the environment: the API key from {} (required) and the \
             base URL from {} (default {}).",
            code_span(key),
            code_span(url),
            code_span(base_url)
        ),
        _ => String::from("Builds a client from the environment."),
    };
    let env_doc = doc_attrs(Some(&env_doc));
    let schemes = api.security_schemes.iter().map(|scheme| {
        let name = ident(&scheme.const_name);
        let docs = doc_attrs(scheme.docs.as_deref());
        let value = match &scheme.kind {
            SecurityKind::ApiKeyHeader { name, prefix } => {
                quote! { crate::runtime::AuthScheme::ApiKeyHeader { name: #name, prefix: #prefix } }
            }
            SecurityKind::ApiKeyQuery { name } => {
                quote! { crate::runtime::AuthScheme::ApiKeyQuery { name: #name } }
            }
            SecurityKind::ApiKeyCookie { name } => {
                quote! { crate::runtime::AuthScheme::ApiKeyCookie { name: #name } }
            }
            SecurityKind::Bearer => quote! { crate::runtime::AuthScheme::Bearer },
            SecurityKind::Basic => quote! { crate::runtime::AuthScheme::Basic },
        };
        let item = quote! {
            #docs
            pub(crate) const #name: crate::runtime::AuthScheme = #value;
        };
        super::features::gate(scheme.gate.as_deref(), item)
    });
    let client_doc = format!(
        "Client for {}. Cheap to clone: clones share one connection pool.",
        api.title.trim()
    );
    let client_doc = doc_attrs(Some(&client_doc));
    quote! {
        #![cfg_attr(rustfmt, rustfmt_skip)]
        //! The client type and what the generator knows about the API.

        /// Facts about this API: default base URL, environment variables, User-Agent.
        pub const API_INFO: crate::runtime::ApiInfo = crate::runtime::ApiInfo {
            default_base_url: #base_url,
            env_api_key: #env_key,
            env_base_url: #env_url,
            env_custom_headers: #env_headers,
            user_agent: concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")),
        };

        #(#schemes)*

        #client_doc
        #[derive(Debug, Clone)]
        pub struct Client {
            pub(crate) runtime: crate::runtime::Runtime,
        }

        impl From<crate::runtime::Runtime> for Client {
            fn from(runtime: crate::runtime::Runtime) -> Self {
                Self { runtime }
            }
        }

        impl Client {
            /// Starts configuring a client: credentials, base URL, timeouts, retries, headers.
            pub fn builder() -> crate::runtime::ClientBuilder<Client> {
                crate::runtime::ClientBuilder::new(API_INFO)
            }

            #env_doc
            pub fn from_env() -> ::core::result::Result<Self, crate::runtime::Error> {
                Self::builder().from_env()?.build()
            }

            /// The runtime that sends this client's requests.
            pub fn runtime(&self) -> &crate::runtime::Runtime {
                &self.runtime
            }

            /// A copy of this client with some settings changed (timeout, retries, base URL,
            /// credentials, default headers...), sharing the connection pool, so it is cheap:
            /// `client.with_options(|o| { o.max_retries(5); })?`. Fails like the builder
            /// when a new setting is invalid.
            pub fn with_options(
                &self,
                f: impl FnOnce(&mut crate::runtime::ClientOptions),
            ) -> ::core::result::Result<Self, crate::runtime::Error> {
                Ok(Self { runtime: self.runtime.with_options(f)? })
            }
        }
    }
}

fn option_str(value: Option<&str>) -> TokenStream {
    match value {
        Some(value) => quote! { Some(#value) },
        None => quote! { None },
    }
}
