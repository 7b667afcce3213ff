//! Enums of the models: string enums (with an `Unknown` variant and their
//! conversions), untagged unions and the per-status response enums, stamped and
//! completed with a node per variant; discriminated unions, which are rarer, printed
//! as tokens.

use super::docs::{code_span, doc_attr_nodes, doc_attrs};
use super::models::attributed;
use super::syntax;
use super::types::{ident, type_node, Scope};
use super::Piece;
use crate::ir::{Api, StringEnum, TaggedVariant, TypeRef, UnionVariant};
use proc_macro2::TokenStream;
use quote::quote;

/// A string enum: the enum (with `attrs` first) and its conversions. All but the
/// variants and match arms is [`string_enum_text`] without variants, stamped.
pub(super) fn string_enum(
    name: &proc_macro2::Ident,
    e: &StringEnum,
    attrs: Vec<syn::Attribute>,
) -> Vec<Piece> {
    let full = || attributed(attrs.clone(), string_enum_text(name, &e.variants));
    let stamp = syntax::stamp(("string_enum", 0), &[name], |names| {
        string_enum_text(names[0], &[])
    });
    let Ok(mut items) = stamp else {
        return full();
    };
    let variants = || e.variants.iter().map(|v| (ident(&v.rust_name), &v.wire));
    let this = |variant: proc_macro2::Ident| {
        let mut path = syntax::path(false, &["Self"]);
        path.segments.push(variant.into());
        path
    };
    let complete = |items: &mut [syn::Item]| -> Option<()> {
        let [syn::Item::Enum(item), syn::Item::Impl(as_str), syn::Item::Impl(from), ..] = items
        else {
            return None;
        };
        item.attrs.splice(0..0, attrs.iter().cloned());
        let known = variants().map(|(variant, wire)| syn::Variant {
            attrs: super::docs::doc_attr_nodes(Some(&code_span(wire))),
            ident: variant,
            fields: syn::Fields::Unit,
            discriminant: None,
        });
        let unknown = std::mem::take(&mut item.variants);
        item.variants = known.chain(unknown).collect();
        let arms = variants().map(|(variant, wire)| {
            syntax::match_arm(
                syn::Pat::Path(path_pattern(this(variant))),
                syntax::string(wire),
            )
        });
        first_match(as_str)?.arms.splice(0..0, arms);
        let arms = variants().map(|(variant, wire)| {
            syntax::match_arm(
                syn::Pat::Lit(literal_pattern(wire)),
                syntax::path_expr(this(variant)),
            )
        });
        first_match(from)?.arms.splice(0..0, arms);
        Some(())
    };
    match complete(&mut items) {
        Some(()) => items
            .into_iter()
            .map(|item| Piece::Item(Box::new(item)))
            .collect(),
        None => full(),
    }
}

/// The `match` that is the body of an impl's first method.
fn first_match(item: &mut syn::ItemImpl) -> Option<&mut syn::ExprMatch> {
    let syn::ImplItem::Fn(function) = item.items.first_mut()? else {
        return None;
    };
    match function.block.stmts.first_mut()? {
        syn::Stmt::Expr(syn::Expr::Match(matched), _) => Some(matched),
        _ => None,
    }
}

fn path_pattern(path: syn::Path) -> syn::ExprPath {
    syn::ExprPath {
        attrs: Vec::new(),
        qself: None,
        path,
    }
}

fn literal_pattern(text: &str) -> syn::ExprLit {
    syn::ExprLit {
        attrs: Vec::new(),
        lit: syntax::lit_str(text),
    }
}

/// A string enum's items as text: the enum with an `Unknown` variant for values this
/// client does not know, `as_str`, and the conversions from and to `String`.
fn string_enum_text(name: &proc_macro2::Ident, variants: &[crate::ir::EnumVariant]) -> TokenStream {
    let declared = variants.iter().map(|v| {
        let variant = ident(&v.rust_name);
        let docs = doc_attrs(Some(&code_span(&v.wire)));
        quote! { #docs #variant, }
    });
    let as_str = variants.iter().map(|v| {
        let variant = ident(&v.rust_name);
        let wire = &v.wire;
        quote! { Self::#variant => #wire, }
    });
    let from = variants.iter().map(|v| {
        let variant = ident(&v.rust_name);
        let wire = &v.wire;
        quote! { #wire => Self::#variant, }
    });
    quote! {
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize, ::serde::Deserialize)]
        #[serde(from = "String", into = "String")]
        pub enum #name {
            #(#declared)*
            /// A value this client does not know (yet); kept as sent by the server.
            Unknown(String),
        }

        impl #name {
            /// The value as it appears on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#as_str)*
                    Self::Unknown(value) => value,
                }
            }
        }

        impl From<String> for #name {
            fn from(value: String) -> Self {
                match value.as_str() {
                    #(#from)*
                    _ => Self::Unknown(value),
                }
            }
        }

        impl From<&str> for #name {
            fn from(value: &str) -> Self {
                Self::from(value.to_owned())
            }
        }

        impl From<#name> for String {
            fn from(value: #name) -> Self {
                match value {
                    #name::Unknown(value) => value,
                    known => known.as_str().to_owned(),
                }
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    }
}

/// The variants of a union or status enum: docs, name and the type they hold.
fn variant_nodes<'v>(
    api: &Api,
    variants: impl IntoIterator<Item = &'v UnionVariant>,
    scope: Scope,
) -> Vec<syn::Variant> {
    variants
        .into_iter()
        .map(|v| {
            let fields = if v.ty == TypeRef::Unit {
                syn::Fields::Unit
            } else {
                let held = syn::Field {
                    attrs: Vec::new(),
                    vis: syn::Visibility::Inherited,
                    mutability: syn::FieldMutability::None,
                    ident: None,
                    colon_token: None,
                    ty: type_node(api, &v.ty, scope),
                };
                syn::Fields::Unnamed(syn::FieldsUnnamed {
                    paren_token: Default::default(),
                    unnamed: std::iter::once(held).collect(),
                })
            };
            syn::Variant {
                attrs: doc_attr_nodes(v.docs.as_deref()),
                ident: ident(&v.rust_name),
                fields,
                discriminant: None,
            }
        })
        .collect()
}

/// An enum stamped from `text` (written without the listed variants, so only the
/// names vary) with `attrs` put first and `variants` before the variants the text has.
/// The other items of the text come after it unchanged. Falls back to the whole text
/// as tokens.
fn stamped_enum(
    key: syntax::StampKey,
    name: &proc_macro2::Ident,
    attrs: Vec<syn::Attribute>,
    variants: Vec<syn::Variant>,
    text: impl Fn(&proc_macro2::Ident, &[syn::Variant]) -> TokenStream,
) -> Vec<Piece> {
    let stamp = syntax::stamp(key, &[name], |names| text(names[0], &[]));
    match stamp {
        Ok(mut items) => match items.first_mut() {
            Some(syn::Item::Enum(item)) => {
                item.attrs.splice(0..0, attrs);
                let listed = std::mem::take(&mut item.variants);
                item.variants = variants.into_iter().chain(listed).collect();
                items
                    .into_iter()
                    .map(|item| Piece::Item(Box::new(item)))
                    .collect()
            }
            _ => attributed(attrs, text(name, &variants)),
        },
        Err(_) => attributed(attrs, text(name, &variants)),
    }
}

/// An untagged union: serde tries the variants in order, and a value that matches none
/// is kept as `Unknown` with the raw JSON.
pub(super) fn untagged_union(
    api: &Api,
    name: &proc_macro2::Ident,
    variants: &[UnionVariant],
    scope: Scope,
    attrs: Vec<syn::Attribute>,
) -> Vec<Piece> {
    let variants = variant_nodes(api, variants, scope);
    stamped_enum(
        ("untagged_union", 0),
        name,
        attrs,
        variants,
        untagged_union_text,
    )
}

fn untagged_union_text(name: &proc_macro2::Ident, variants: &[syn::Variant]) -> TokenStream {
    quote! {
        #[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
        #[serde(untagged)]
        pub enum #name {
            #(#variants,)*
            /// A value that matches none of the variants above; the raw JSON.
            Unknown(::serde_json::Value),
        }
    }
}

/// A discriminated union. Serde's internally tagged enums cannot keep unknown tags,
/// so the impls are written out: the tag selects the variant, anything else is kept
/// as `Unknown` with the raw JSON.
pub(super) fn tagged_union(
    api: &Api,
    name: &proc_macro2::Ident,
    tag: &str,
    tagged: &[TaggedVariant],
    scope: Scope,
) -> TokenStream {
    let variants = variant_nodes(api, tagged.iter().map(|t| &t.variant), scope);
    let serialize_arms = tagged.iter().map(|t| {
        let variant = ident(&t.variant.rust_name);
        let value = &t.value;
        quote! { Self::#variant(value) => crate::runtime::tagged::serialize_tagged(serializer, #tag, #value, value), }
    });
    // A variant struct that holds the tag member itself gets it back; the others read
    // the object without it.
    let deserialize_arms = tagged.iter().map(|t| {
        let variant = ident(&t.variant.rust_name);
        let value = &t.value;
        if t.tag_left_out {
            quote! { #value => rest.read().map(Self::#variant), }
        } else {
            quote! { #value => rest.with_tag().read().map(Self::#variant), }
        }
    });
    quote! {
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #(#variants,)*
            /// A variant this client does not know (yet); the raw JSON.
            Unknown(::serde_json::Value),
        }

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                match self {
                    #(#serialize_arms)*
                    Self::Unknown(value) => ::serde::Serialize::serialize(value, serializer),
                }
            }
        }

        impl<'de> crate::runtime::tagged::Tagged<'de> for #name {
            const TAG: &'static str = #tag;
            fn from_tagged<A: ::serde::de::MapAccess<'de>>(tag: &str, rest: crate::runtime::tagged::Rest<'de, A>) -> ::core::result::Result<Self, A::Error> {
                match tag {
                    #(#deserialize_arms)*
                    _ => rest.with_tag().read().map(Self::Unknown),
                }
            }
            fn unknown(value: ::serde_json::Value) -> Self {
                Self::Unknown(value)
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                crate::runtime::tagged::deserialize_tagged(deserializer)
            }
        }
    }
}

/// The response of an operation typed by status: one variant per documented status.
pub(super) fn status_enum(
    api: &Api,
    name: &proc_macro2::Ident,
    variants: &[UnionVariant],
    scope: Scope,
    attrs: Vec<syn::Attribute>,
) -> Vec<Piece> {
    let variants = variant_nodes(api, variants, scope);
    stamped_enum(("status_enum", 0), name, attrs, variants, status_enum_text)
}

fn status_enum_text(name: &proc_macro2::Ident, variants: &[syn::Variant]) -> TokenStream {
    quote! {
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #(#variants,)*
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::TypeKind;

    /// Pieces printed as `render` prints a file.
    fn print(pieces: Vec<Piece>) -> String {
        let mut items = Vec::new();
        for piece in pieces {
            match piece {
                Piece::Item(item) => items.push(*item),
                Piece::Tokens(tokens) => {
                    let file: syn::File = syn::parse2(tokens).expect("the tokens parse");
                    items.extend(file.items);
                }
            }
        }
        prettyplease::unparse(&syn::File {
            shebang: None,
            attrs: Vec::new(),
            items,
        })
    }

    /// Each stamped enum prints exactly as its whole text, which is the reference.
    #[test]
    fn stamped_enums_print_as_their_text() {
        let spec = r##"{"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
            "paths": {"/pets": {"get": {"operationId": "listPets", "responses": {
              "200": {"description": "ok", "content": {"application/json":
                {"schema": {"$ref": "#/components/schemas/Kind"}}}},
              "202": {"description": "later", "content": {"application/json":
                {"schema": {"$ref": "#/components/schemas/Either"}}}}}}}},
            "components": {"schemas": {
              "Kind": {"type": "string", "enum": ["cat", "dog", "type"],
                "description": "The `kind`."},
              "Either": {"oneOf": [{"type": "string", "description": "Text."},
                {"type": "integer"}]}}}}"##;
        let doc = crate::load::load_str(spec, "pets.json").expect("the document loads");
        let (api, _) = crate::lower::lower(&doc, &Default::default()).expect("the document lowers");
        let attrs = || super::super::docs::doc_attr_nodes(Some("Docs."));
        let mut seen = Vec::new();
        for def in &api.types {
            let name = ident(&def.name);
            let (stamped, text) = match &def.kind {
                TypeKind::StringEnum(e) => (
                    string_enum(&name, e, attrs()),
                    string_enum_text(&name, &e.variants),
                ),
                TypeKind::Union(crate::ir::Union::Untagged(variants)) => (
                    untagged_union(&api, &name, variants, Scope::Models, attrs()),
                    untagged_union_text(&name, &variant_nodes(&api, variants, Scope::Models)),
                ),
                TypeKind::StatusEnum(variants) => (
                    status_enum(&api, &name, variants, Scope::Models, attrs()),
                    status_enum_text(&name, &variant_nodes(&api, variants, Scope::Models)),
                ),
                _ => continue,
            };
            assert!(stamped.iter().all(|piece| matches!(piece, Piece::Item(_))));
            assert_eq!(
                print(stamped),
                print(attributed(attrs(), text)),
                "{}",
                def.name
            );
            seen.push(def.name.clone());
        }
        assert_eq!(
            seen.len(),
            3,
            "a string enum, a union and a status enum: {seen:?}"
        );
    }
}
