//! Printing type references and identifiers.

use super::syntax::{self, generic, path, type_path};
use crate::ir::{Api, TypeId, TypeRef};
use proc_macro2::{Ident, Span, TokenStream};
use quote::ToTokens;
use syn::punctuated::Punctuated;

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

/// The Rust type for a reference, as tokens.
pub(crate) fn type_tokens(api: &Api, ty: &TypeRef, scope: Scope) -> TokenStream {
    type_node(api, ty, scope).into_token_stream()
}

/// The Rust type for a reference, as a syntax node (the one place that decides it).
pub(crate) fn type_node(api: &Api, ty: &TypeRef, scope: Scope) -> syn::Type {
    let global = |segments: &[&str]| type_path(path(true, segments));
    let local = |segments: &[&str]| type_path(path(false, segments));
    let own = |segments: &[&str]| type_path(library_path(api, scope, segments));
    let wrap = |outer: syn::Path, inner: &TypeRef| {
        let inner = type_node(api, inner, scope);
        type_path(generic(outer, vec![syn::GenericArgument::Type(inner)]))
    };
    match ty {
        TypeRef::Named(id) => type_path(model_path(api, *id, scope)),
        TypeRef::Bool => local(&["bool"]),
        TypeRef::I32 => local(&["i32"]),
        TypeRef::I64 => local(&["i64"]),
        TypeRef::U32 => local(&["u32"]),
        TypeRef::U64 => local(&["u64"]),
        TypeRef::F32 => local(&["f32"]),
        TypeRef::F64 => local(&["f64"]),
        TypeRef::String => local(&["String"]),
        TypeRef::Date => global(&["chrono", "NaiveDate"]),
        TypeRef::DateTime => own(&["runtime", "Timestamp"]),
        TypeRef::Uuid => global(&["uuid", "Uuid"]),
        TypeRef::Decimal | TypeRef::DecimalNumber => global(&["rust_decimal", "Decimal"]),
        TypeRef::Bytes => global(&["bytes", "Bytes"]),
        TypeRef::File => own(&["runtime", "support", "FilePart"]),
        TypeRef::Json => global(&["serde_json", "Value"]),
        TypeRef::JsonObject => type_path(generic(
            path(true, &["serde_json", "Map"]),
            vec![
                syn::GenericArgument::Type(local(&["String"])),
                syn::GenericArgument::Type(global(&["serde_json", "Value"])),
            ],
        )),
        TypeRef::Unit => syn::Type::Tuple(syn::TypeTuple {
            paren_token: Default::default(),
            elems: Punctuated::new(),
        }),
        TypeRef::Vec(inner) => wrap(path(false, &["Vec"]), inner),
        TypeRef::Map(inner) => type_path(generic(
            path(true, &["std", "collections", "BTreeMap"]),
            vec![
                syn::GenericArgument::Type(local(&["String"])),
                syn::GenericArgument::Type(type_node(api, inner, scope)),
            ],
        )),
        TypeRef::Option(inner) => wrap(path(false, &["Option"]), inner),
        TypeRef::Box(inner) => wrap(path(false, &["Box"]), inner),
    }
}

/// The path of a model type as seen from `scope`.
pub(crate) fn model_path(api: &Api, id: TypeId, scope: Scope) -> syn::Path {
    let name = ident(api.types.get(id.0).map_or("Unnamed", |t| t.name.as_str()));
    let mut path = match scope {
        Scope::Models => syn::Path {
            leading_colon: None,
            segments: Punctuated::new(),
        },
        Scope::ModelPart => path(false, &["super"]),
        Scope::Crate | Scope::External => library_path(api, scope, &["models"]),
    };
    path.segments.push(name.into());
    path
}

/// A path into the generated library: `crate::...` inside it, `::lib::...` outside.
fn library_path(api: &Api, scope: Scope, segments: &[&str]) -> syn::Path {
    let (global, root) = if scope == Scope::External {
        (true, ident(&api.krate.lib))
    } else {
        (false, syntax::own_ident("crate"))
    };
    let mut path = path(global, segments);
    path.segments.insert(0, root.into());
    path
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
