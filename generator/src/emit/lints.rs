//! The lint allowances of generated code: each sits on the one item that needs it and
//! says why, so a crate's own warnings stay visible everywhere else.

use super::syntax::list_attr;
use crate::names::Ident;
use proc_macro2::TokenStream;
use quote::quote;

/// Above this many arguments clippy's `too_many_arguments` asks for a struct.
const MAX_ARGS: usize = 7;

/// On a method or constructor with more arguments than clippy accepts: path
/// parameters are positional, as in the API's URL, and a constructor takes every
/// required field.
pub(crate) fn too_many_arguments(count: usize) -> Option<syn::Attribute> {
    (count > MAX_ARGS).then(|| {
        list_attr(
            "allow",
            quote! { clippy::too_many_arguments, reason = "one argument per path parameter or required field of the API" },
        )
    })
}

/// On a client method: `too_many_arguments` as above, and clippy's naming
/// conventions where the operation's name reads as a std trait method (`next`,
/// `from_str`) or a conversion (`into_*`, `from_*`) that takes `self` otherwise.
pub(crate) fn method(name: &Ident, arg_count: usize) -> Vec<syn::Attribute> {
    let conventions = name.looks_like_std_method().then(|| {
        list_attr(
            "allow",
            quote! { clippy::should_implement_trait, clippy::wrong_self_convention, reason = "the method is named after the API's operation" },
        )
    });
    too_many_arguments(arg_count)
        .into_iter()
        .chain(conventions)
        .collect()
}

/// On an enum of the models or events: its variants are named after the API's values
/// and schemas (so they may share a prefix), and hold the API's shapes as they are
/// (so their sizes may differ; boxing would change the public types).
pub(crate) fn enum_item(holds_data: bool) -> syn::Attribute {
    if holds_data {
        list_attr(
            "allow",
            quote! { clippy::large_enum_variant, clippy::enum_variant_names, reason = "variants follow the API's schemas" },
        )
    } else {
        list_attr(
            "allow",
            quote! { clippy::enum_variant_names, reason = "variants are the API's values" },
        )
    }
}

/// At the top of a file whose items use the API's deprecated operations and models,
/// which the API still serves.
pub(crate) fn deprecated_file() -> TokenStream {
    quote! {
        #![allow(deprecated, reason = "the API's deprecated operations and models are still served and used")]
    }
}
