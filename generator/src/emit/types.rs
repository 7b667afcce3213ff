//! Printing type references and identifiers.

use crate::ir::{Api, TypeRef};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

/// The identifier token of a field, parameter, method or module name (raw where
/// `names` made it raw).
pub(crate) fn name_ident(name: &crate::names::Ident) -> Ident {
    let plain = name.plain();
    if name.is_raw()
        && is_identifier(plain)
        && !matches!(plain, "self" | "Self" | "super" | "crate" | "_")
    {
        return Ident::new_raw(plain, Span::call_site());
    }
    ident(name.as_str())
}

/// An identifier token from a type, variant or constant name that `names` produced.
/// Such names are valid by construction; the fallback only guards against a bug
/// turning into a panic.
pub(crate) fn ident(name: &str) -> Ident {
    if is_identifier(name) && name != "_" {
        return Ident::new(name, Span::call_site());
    }
    let cleaned: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    Ident::new(&format!("x_{cleaned}"), Span::call_site())
}

/// A name from `names` prints as the identifier it is (raw where it must be).
impl quote::ToTokens for crate::names::Ident {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        name_ident(self).to_tokens(tokens);
    }
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    match chars.next() {
        Some(c) if c.is_ascii_alphabetic() || c == '_' => {
            chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        }
        _ => false,
    }
}

/// Where a type reference is printed, which decides how model names are qualified.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Scope {
    /// Inside the single `models.rs`: model names are in scope.
    Models,
    /// Inside `models/<part>.rs`: siblings are reached through the parent's re-exports.
    ModelPart,
    /// Anywhere else in the crate.
    Crate,
    /// Outside the crate (its integration tests): paths start at the library's name.
    External,
}

/// The Rust type for a reference.
pub(crate) fn type_tokens(api: &Api, ty: &TypeRef, scope: Scope) -> TokenStream {
    match ty {
        TypeRef::Named(id) => {
            let name = ident(api.types.get(id.0).map_or("Unnamed", |t| t.name.as_str()));
            match scope {
                Scope::Models => quote! { #name },
                Scope::ModelPart => quote! { super::#name },
                Scope::Crate => quote! { crate::models::#name },
                Scope::External => {
                    let lib = ident(&api.krate.lib);
                    quote! { ::#lib::models::#name }
                }
            }
        }
        TypeRef::Bool => quote! { bool },
        TypeRef::I32 => quote! { i32 },
        TypeRef::I64 => quote! { i64 },
        TypeRef::U32 => quote! { u32 },
        TypeRef::U64 => quote! { u64 },
        TypeRef::F32 => quote! { f32 },
        TypeRef::F64 => quote! { f64 },
        TypeRef::String => quote! { String },
        TypeRef::Date => quote! { ::chrono::NaiveDate },
        TypeRef::DateTime if scope == Scope::External => {
            let lib = ident(&api.krate.lib);
            quote! { ::#lib::runtime::Timestamp }
        }
        TypeRef::DateTime => quote! { crate::runtime::Timestamp },
        TypeRef::Uuid => quote! { ::uuid::Uuid },
        TypeRef::Decimal | TypeRef::DecimalNumber => quote! { ::rust_decimal::Decimal },
        TypeRef::Bytes => quote! { ::bytes::Bytes },
        TypeRef::File if scope == Scope::External => {
            let lib = ident(&api.krate.lib);
            quote! { ::#lib::runtime::support::FilePart }
        }
        TypeRef::File => quote! { crate::runtime::support::FilePart },
        TypeRef::Json => quote! { ::serde_json::Value },
        TypeRef::JsonObject => quote! { ::serde_json::Map<String, ::serde_json::Value> },
        TypeRef::Unit => quote! { () },
        TypeRef::Vec(inner) => {
            let inner = type_tokens(api, inner, scope);
            quote! { Vec<#inner> }
        }
        TypeRef::Map(inner) => {
            let inner = type_tokens(api, inner, scope);
            quote! { ::std::collections::BTreeMap<String, #inner> }
        }
        TypeRef::Option(inner) => {
            let inner = type_tokens(api, inner, scope);
            quote! { Option<#inner> }
        }
        TypeRef::Box(inner) => {
            let inner = type_tokens(api, inner, scope);
            quote! { Box<#inner> }
        }
    }
}

/// Whether values of the type are cheap `Copy` scalars, passed by value.
pub(crate) fn is_copy_scalar(ty: &TypeRef) -> bool {
    matches!(
        ty,
        TypeRef::Bool
            | TypeRef::I32
            | TypeRef::I64
            | TypeRef::U32
            | TypeRef::U64
            | TypeRef::F32
            | TypeRef::F64
            | TypeRef::Date
            | TypeRef::DateTime
            | TypeRef::Uuid
            | TypeRef::Decimal
            | TypeRef::DecimalNumber
    )
}

#[cfg(test)]
mod tests {
    use super::{ident, name_ident};

    #[test]
    fn identifiers_never_panic() {
        assert_eq!(
            name_ident(&crate::names::method_name("type")).to_string(),
            "r#type"
        );
        assert_eq!(ident("plain").to_string(), "plain");
        assert_eq!(ident("r#self").to_string(), "x_r_self");
        assert_eq!(ident("9lives").to_string(), "x_9lives");
        assert_eq!(ident("").to_string(), "x_");
        assert_eq!(ident("_").to_string(), "x__");
    }
}
