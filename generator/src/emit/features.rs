//! `#[cfg(...)]` attributes for the per-tag cargo features that `lower/features.rs`
//! chose.

use crate::ir::Api;
use proc_macro2::{Delimiter, TokenStream, TokenTree};
use quote::{quote, ToTokens};

/// `#[cfg(feature = "...")]` for the one feature that `lower/features.rs` chose.
pub(super) fn cfg(feature: &str) -> TokenStream {
    cfg_attribute(feature).into_token_stream()
}

/// The same attribute as a syntax node, for items `emit` builds as trees.
pub(super) fn cfg_attribute(feature: &str) -> syn::Attribute {
    super::syntax::list_attr("cfg", quote! { feature = #feature })
}

/// The attribute of an operation module's `mod` declaration (async and blocking).
pub(super) fn module_cfg(api: &Api, module: &str) -> TokenStream {
    match api.features.by_module.get(module) {
        Some(feature) => cfg(feature),
        None => TokenStream::new(),
    }
}

/// Puts the attribute of `gate` on every item of `items` (a type with its impls), or
/// returns them as they are when the type is compiled under every feature.
pub(super) fn gate(gate: Option<&str>, items: TokenStream) -> TokenStream {
    let Some(feature) = gate else {
        return items;
    };
    let attr = cfg(feature);
    let mut out = TokenStream::new();
    let mut item: Vec<TokenTree> = Vec::new();
    let mut tokens = items.into_iter().peekable();
    while let Some(token) = tokens.next() {
        // An item ends with a `;` or with a brace block; a `;` right after a block
        // (`const X: T = T { .. };`) still belongs to it.
        let ends = match &token {
            TokenTree::Punct(p) => p.as_char() == ';',
            TokenTree::Group(g) => g.delimiter() == Delimiter::Brace,
            _ => false,
        };
        let brace = matches!(&token, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace);
        item.push(token);
        if brace && matches!(tokens.peek(), Some(TokenTree::Punct(p)) if p.as_char() == ';') {
            item.extend(tokens.next());
        }
        if ends {
            // Moved, not interpolated: `quote!` would copy every token of the item.
            out.extend(attr.clone());
            out.extend(item.drain(..));
        }
    }
    out.extend(item);
    out
}

#[cfg(test)]
mod tests {
    use super::gate;
    use quote::quote;

    #[test]
    fn every_item_is_gated() {
        let items = quote! {
            #[doc = "A."] pub struct A { x: u8 }
            impl A { fn f() {} }
            pub type B = A;
            const C: A = A { x: 1 };
            pub struct D(u8);
        };
        let gated = gate(Some("pets"), items).to_string();
        assert_eq!(
            gated.matches("# [cfg (feature = \"pets\")]").count(),
            5,
            "{gated}"
        );
        assert_eq!(
            gate(None, quote! { pub struct A; }).to_string(),
            "pub struct A ;"
        );
    }
}
