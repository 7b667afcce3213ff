//! Model types: structs, string enums, unions and aliases.

use super::docs::{code_span, doc_attrs};
use super::from_map::FieldParts;
use super::types::{ident, name_ident, type_tokens, Scope};
use super::{Piece, PieceBuilder};
use crate::ir::{
    Api, Field, StringEnum, Struct, StructForm, TaggedVariant, TypeDef, TypeKind, TypeRef, Union,
    UnionVariant,
};
use proc_macro2::TokenStream;
use quote::quote;

/// The attributes every generated model file starts with.
fn file_attrs() -> TokenStream {
    let deprecated = super::lints::deprecated_file();
    quote! {
        #![cfg_attr(rustfmt, rustfmt_skip)]
        #deprecated
    }
}

/// `src/models.rs`, or `src/models/mod.rs` plus one file per model module.
pub(crate) fn model_files(api: &Api) -> Vec<(String, PieceBuilder<'_>)> {
    match &api.model_modules {
        None => {
            let build: PieceBuilder<'_> = Box::new(move || {
                let attrs = file_attrs();
                let mut pieces = vec![Piece::Tokens(quote! {
                    #attrs
                    //! Request and response types of the API.
                })];
                pieces.extend(
                    api.types
                        .iter()
                        .flat_map(|def| type_def(api, def, Scope::Models)),
                );
                Ok(pieces)
            });
            vec![(String::from("src/models.rs"), build)]
        }
        Some(modules) => {
            let mut files: Vec<(String, PieceBuilder<'_>)> = Vec::new();
            files.push((
                String::from("src/models/mod.rs"),
                Box::new(move || {
                    let decls = modules.iter().map(|m| {
                        let gate = api.features.by_model_module.get(m).cloned().flatten();
                        let m = ident(m);
                        super::features::gate(
                            gate.as_deref(),
                            quote! { mod #m; pub use self::#m::*; },
                        )
                    });
                    Ok(vec![Piece::Tokens(quote! {
                        #![cfg_attr(rustfmt, rustfmt_skip)]
                        //! Request and response types of the API, split into files by name.
                        #(#decls)*
                    })])
                }),
            ));
            for module in modules {
                files.push((
                    format!("src/models/{module}.rs"),
                    Box::new(move || {
                        let mut pieces = vec![Piece::Tokens(file_attrs())];
                        pieces.extend(
                            api.types
                                .iter()
                                .filter(|def| &def.module == module)
                                .flat_map(|def| type_def(api, def, Scope::ModelPart)),
                        );
                        Ok(pieces)
                    }),
                ));
            }
            files
        }
    }
}

fn type_def(api: &Api, def: &TypeDef, scope: Scope) -> Vec<Piece> {
    let docs = doc_attrs(def.docs.as_deref());
    let deprecated = if def.deprecated {
        quote! { #[deprecated] }
    } else {
        TokenStream::new()
    };
    let name = ident(&def.name);
    let gate = def.gate.as_deref();
    let item = match &def.kind {
        TypeKind::Struct(s) => {
            let attrs = quote! { #docs #deprecated };
            let (head, rest, from_map, tail) = struct_def(api, &name, s, scope, attrs);
            return vec![
                gate_piece(gate, head),
                Piece::Tokens(super::features::gate(gate, rest)),
                gate_piece(gate, from_map),
                Piece::Tokens(super::features::gate(gate, tail)),
            ];
        }
        TypeKind::StringEnum(e) => string_enum(&name, e),
        TypeKind::Union(Union::Tagged { tag, variants }) => {
            tagged_union(api, &name, tag, variants, scope)
        }
        TypeKind::Union(Union::Untagged(variants)) => untagged_union(api, &name, variants, scope),
        TypeKind::StatusEnum(variants) => status_enum(api, &name, variants, scope),
        TypeKind::Alias(ty) => {
            let ty = type_tokens(api, ty, scope);
            quote! { pub type #name = #ty; }
        }
    };
    // The attributes go on the first item, which for enums is the enum itself.
    let lints = match &def.kind {
        TypeKind::StringEnum(_) => super::lints::enum_item(false),
        TypeKind::Union(_) | TypeKind::StatusEnum(_) => super::lints::enum_item(true),
        TypeKind::Struct(_) | TypeKind::Alias(_) => TokenStream::new(),
    };
    vec![Piece::Tokens(super::features::gate(
        gate,
        quote! {
            #docs
            #deprecated
            #lints
            #item
        },
    ))]
}

/// A piece behind the feature gate: the `#[cfg]` goes first among a tree's attributes,
/// where [`super::features::gate`] puts it in tokens.
fn gate_piece(gate: Option<&str>, piece: Piece) -> Piece {
    match piece {
        Piece::Item(mut item) => {
            let attrs = match item.as_mut() {
                syn::Item::Impl(item) => Some(&mut item.attrs),
                syn::Item::Struct(item) => Some(&mut item.attrs),
                _ => None,
            };
            if let (Some(feature), Some(attrs)) = (gate, attrs) {
                attrs.insert(0, super::features::cfg_attribute(feature));
            }
            Piece::Item(item)
        }
        Piece::Tokens(tokens) => Piece::Tokens(super::features::gate(gate, tokens)),
    }
}

/// A struct and its impls, in order: the struct (with `attrs`, its docs and
/// `#[deprecated]`, on top), the impls before `FromMap`, that impl, and the tokens
/// after it.
fn struct_def(
    api: &Api,
    name: &proc_macro2::Ident,
    s: &Struct,
    scope: Scope,
    attrs: TokenStream,
) -> (Piece, TokenStream, Piece, TokenStream) {
    let wide = s.form == StructForm::Wide;
    let default = if s.derive_default {
        quote! { Default, }
    } else {
        TokenStream::new()
    };
    let additional = s.additional.as_ref().map(|extra| {
        let ty = type_tokens(api, &extra.ty, scope);
        let field_name = &extra.field;
        let flatten = (!wide).then(|| quote! { #[serde(flatten)] });
        quote! {
            /// Properties not listed above: kept as received and written back when the value
            /// is serialised.
            #flatten
            pub #field_name: ::std::collections::BTreeMap<String, #ty>,
        }
    });
    let derives = if wide {
        quote! { #[derive(Debug, Clone, #default)] }
    } else {
        quote! { #[derive(Debug, Clone, PartialEq, #default ::serde::Serialize)] }
    };
    let written_out = wide.then(|| {
        let eq = flat_partial_eq(name, s);
        let serialize = flat_serialize(name, s);
        quote! { #eq #serialize }
    });
    let constructor = (!s.derive_default).then(|| constructor(api, name, s, scope));
    let (deserialize, from_map) = struct_deserialize(api, name, s, scope);
    let rest = quote! {
        #written_out
        #deserialize
    };
    // The struct as a tree (its fields are most of what `render` would parse), or as
    // tokens if any part does not parse.
    let tree = (|| {
        let mut item: syn::ItemStruct = syn::parse2(quote! {
            #attrs
            #derives
            pub struct #name {}
        })
        .ok()?;
        let syn::Fields::Named(named) = &mut item.fields else {
            return None;
        };
        for f in &s.fields {
            named.named.push(field_node(api, f, scope, !wide)?);
        }
        if let Some(additional) = &additional {
            let extra: syn::FieldsNamed = syn::parse2(quote! { { #additional } }).ok()?;
            named.named.extend(extra.named);
        }
        Some(Piece::Item(Box::new(syn::Item::Struct(item))))
    })();
    let head = tree.unwrap_or_else(|| {
        let fields = s.fields.iter().map(|f| field(api, f, scope, !wide));
        Piece::Tokens(quote! {
            #attrs
            #derives
            pub struct #name {
                #(#fields)*
                #additional
            }
        })
    });
    (head, rest, from_map, quote! { #constructor })
}

/// Whether a field is left out of the JSON when it is `None`: absent optional fields
/// are not sent, so the server applies its default. Required but nullable fields are
/// always sent, as null when `None`.
fn skipped_when_none(f: &Field) -> bool {
    f.ty.is_option() && !f.required
}

/// `PartialEq` of a wide struct: what the derive does, one statement per field
/// instead of one `&&` chain nested as deep as there are fields.
fn flat_partial_eq(name: &proc_macro2::Ident, s: &Struct) -> TokenStream {
    let compares = s.fields.iter().map(|f| {
        let field_name = name_ident(&f.name.ident);
        quote! {
            if self.#field_name != other.#field_name {
                return false;
            }
        }
    });
    let last = match &s.additional {
        Some(extra) => {
            let field_name = &extra.field;
            quote! { self.#field_name == other.#field_name }
        }
        None => quote! { true },
    };
    quote! {
        impl ::core::cmp::PartialEq for #name {
            fn eq(&self, other: &Self) -> bool {
                #(#compares)*
                #last
            }
        }
    }
}

/// `Serialize` of a wide struct: what the derive does (with the field attributes
/// [`field`] would print), one statement per field instead of one expression whose
/// nesting grows with the field count. Like the derive, a struct with extra
/// properties is written as a map (that is how `#[serde(flatten)]` works) and any
/// other as a struct whose length counts exactly the fields written.
fn flat_serialize(name: &proc_macro2::Ident, s: &Struct) -> TokenStream {
    let entries = s.fields.iter().map(|f| {
        let field_name = name_ident(&f.name.ident);
        // Decimals sent as numbers go through the same helper the derive would use.
        let value = if f.ty.holds_decimal_number() {
            quote! { &crate::runtime::support::AsNumber(&self.#field_name) }
        } else {
            quote! { &self.#field_name }
        };
        let wire = &f.name.wire;
        match (&s.additional, skipped_when_none(f)) {
            (Some(_), true) => quote! {
                if self.#field_name.is_some() {
                    ::serde::ser::SerializeMap::serialize_entry(&mut __state, #wire, #value)?;
                }
            },
            (Some(_), false) => quote! {
                ::serde::ser::SerializeMap::serialize_entry(&mut __state, #wire, #value)?;
            },
            (None, true) => quote! {
                if self.#field_name.is_some() {
                    ::serde::ser::SerializeStruct::serialize_field(&mut __state, #wire, #value)?;
                } else {
                    ::serde::ser::SerializeStruct::skip_field(&mut __state, #wire)?;
                }
            },
            (None, false) => quote! {
                ::serde::ser::SerializeStruct::serialize_field(&mut __state, #wire, #value)?;
            },
        }
    });
    let body = match &s.additional {
        Some(extra) => {
            let extra = &extra.field;
            quote! {
                let mut __state = ::serde::Serializer::serialize_map(__serializer, None)?;
                #(#entries)*
                for (__key, __value) in &self.#extra {
                    ::serde::ser::SerializeMap::serialize_entry(&mut __state, __key, __value)?;
                }
                ::serde::ser::SerializeMap::end(__state)
            }
        }
        None => {
            let always = proc_macro2::Literal::usize_unsuffixed(
                s.fields.iter().filter(|f| !skipped_when_none(f)).count(),
            );
            let counted: Vec<proc_macro2::Ident> = s
                .fields
                .iter()
                .filter(|f| skipped_when_none(f))
                .map(|f| name_ident(&f.name.ident))
                .collect();
            let length = if counted.is_empty() {
                quote! { let __len: usize = #always; }
            } else {
                quote! {
                    let mut __len: usize = #always;
                    #(if self.#counted.is_some() { __len += 1; })*
                }
            };
            let type_name = name.to_string();
            quote! {
                #length
                let mut __state = ::serde::Serializer::serialize_struct(__serializer, #type_name, __len)?;
                #(#entries)*
                ::serde::ser::SerializeStruct::end(__state)
            }
        }
    };
    quote! {
        impl ::serde::Serialize for #name {
            fn serialize<__S: ::serde::Serializer>(&self, __serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error> {
                #body
            }
        }
    }
}

/// `Deserialize` for a struct: a short `FromMap` impl that matches each key once,
/// driven by the runtime's one generic map visitor.
///
/// This replaces serde's derive, whose output for a struct also handles sequences and
/// matches field names as text, bytes and indexes; on APIs with thousands of models
/// that costs about a third of the crate's `cargo check` time. The behaviour for JSON objects is the
/// same (unknown keys ignored, absent `Option` fields `None`, a missing required field
/// is serde's "missing field" error), except that a repeated key keeps its last value
/// instead of failing. Locals are `__`-prefixed so that no field name can shadow them.
///
/// `s.form` chooses between two texts (see [`StructForm`]). In the compact form locals
/// are not annotated (the struct literal fixes their types) and required fields are
/// unwrapped inside the literal, which keeps the output short. The wide form writes
/// each local's type and unwraps required fields one statement at a time: rustc's
/// inference otherwise revisits every pending local at each arm, and every `?` inside
/// a struct literal gets its own code to drop the fields built before it.
fn struct_deserialize(
    api: &Api,
    name: &proc_macro2::Ident,
    s: &Struct,
    scope: Scope,
) -> (TokenStream, Piece) {
    let deserialize = quote! {
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<__D: ::serde::Deserializer<'de>>(deserializer: __D) -> ::core::result::Result<Self, __D::Error> {
                crate::runtime::support::deserialize_map(deserializer)
            }
        }
    };
    let wide = s.form == StructForm::Wide;
    let fields: Vec<FieldParts> = s
        .fields
        .iter()
        .enumerate()
        .map(|(index, f)| FieldParts {
            local: quote::format_ident!("__f{}", index),
            field: name_ident(&f.name.ident),
            wire: f.name.wire.clone(),
            optional: f.ty.is_option(),
            local_type: wide.then(|| {
                let ty = type_tokens(api, &f.ty, scope);
                if f.ty.is_option() {
                    ty
                } else {
                    quote! { Option<#ty> }
                }
            }),
        })
        .collect();
    let skeleton = from_map_tokens(api, name, s, scope, false);
    let from_map = match super::from_map::build(skeleton, &fields, wide) {
        Some(item) => Piece::Item(Box::new(item)),
        None => Piece::Tokens(from_map_tokens(api, name, s, scope, true)),
    };
    (deserialize, from_map)
}

/// The `FromMap` impl as tokens: with `fields` false, only its skeleton, which
/// `from_map.rs` completes as a syntax tree; with `fields` true, the whole impl, the
/// reference text that tree must print as.
fn from_map_tokens(
    api: &Api,
    name: &proc_macro2::Ident,
    s: &Struct,
    scope: Scope,
    fields: bool,
) -> TokenStream {
    let wide = s.form == StructForm::Wide;
    let listed = if fields { s.fields.as_slice() } else { &[] };
    let locals: Vec<proc_macro2::Ident> = (0..listed.len())
        .map(|index| quote::format_ident!("__f{}", index))
        .collect();
    let declarations = listed.iter().zip(&locals).map(|(f, local)| {
        if !wide {
            return quote! { let mut #local = None; };
        }
        let ty = type_tokens(api, &f.ty, scope);
        if f.ty.is_option() {
            quote! { let mut #local: #ty = None; }
        } else {
            quote! { let mut #local: Option<#ty> = None; }
        }
    });
    let arms = listed.iter().zip(&locals).map(|(f, local)| {
        let wire = &f.name.wire;
        if f.ty.is_option() {
            quote! { #wire => #local = __map.next_value()?, }
        } else {
            quote! { #wire => #local = Some(__map.next_value()?), }
        }
    });
    let unwraps = listed
        .iter()
        .zip(&locals)
        .filter(|(f, _)| wide && !f.ty.is_option())
        .map(|(f, local)| {
            let wire = &f.name.wire;
            quote! { let #local = #local.ok_or_else(|| __missing(#wire))?; }
        });
    let inits = listed.iter().zip(&locals).map(|(f, local)| {
        let field_name = name_ident(&f.name.ident);
        let wire = &f.name.wire;
        if f.ty.is_option() || wide {
            quote! { #field_name: #local, }
        } else {
            quote! { #field_name: #local.ok_or_else(|| __missing(#wire))?, }
        }
    });
    let missing = s.fields.iter().any(|f| !f.ty.is_option()).then(|| {
        quote! { let __missing = <__A::Error as ::serde::de::Error>::missing_field; }
    });
    let (extra_declaration, other_keys, extra_init) = match &s.additional {
        Some(extra) => {
            let field_name = &extra.field;
            (
                quote! { let mut __extra = ::std::collections::BTreeMap::new(); },
                quote! { __extra.insert(__key.into_string(), __map.next_value()?); },
                quote! { #field_name: __extra, },
            )
        }
        None => (
            TokenStream::new(),
            quote! { __map.next_value::<::serde::de::IgnoredAny>()?; },
            TokenStream::new(),
        ),
    };
    let key_match = if s.fields.is_empty() {
        quote! { #other_keys }
    } else {
        quote! {
            match __key.as_str() {
                #(#arms)*
                _ => { #other_keys }
            }
        }
    };
    let expecting = format!("struct {name}");
    quote! {
        impl<'de> crate::runtime::support::FromMap<'de> for #name {
            const EXPECTING: &'static str = #expecting;
            fn from_map<__A: ::serde::de::MapAccess<'de>>(mut __map: __A) -> ::core::result::Result<Self, __A::Error> {
                #missing
                #(#declarations)*
                #extra_declaration
                while let Some(__key) = __map.next_key::<crate::runtime::support::Key<'de>>()? {
                    #key_match
                }
                #(#unwraps)*
                Ok(Self {
                    #(#inits)*
                    #extra_init
                })
            }
        }
    }
}

/// `new(required fields...)` for structs that cannot derive `Default`, so callers do
/// not have to spell out every optional field.
fn constructor(api: &Api, name: &proc_macro2::Ident, s: &Struct, scope: Scope) -> TokenStream {
    let required: Vec<&Field> = s.fields.iter().filter(|f| !f.ty.is_option()).collect();
    let args = required.iter().map(|f| {
        let name = name_ident(&f.name.ident);
        let ty = type_tokens(api, &f.ty, scope);
        quote! { #name: #ty }
    });
    let inits = s.fields.iter().map(|f| {
        let name = name_ident(&f.name.ident);
        if f.ty.is_option() {
            quote! { #name: None, }
        } else {
            quote! { #name, }
        }
    });
    let additional = s.additional.as_ref().map(|extra| {
        let field_name = &extra.field;
        quote! { #field_name: ::std::collections::BTreeMap::new(), }
    });
    let too_many = super::lints::too_many_arguments(required.len());
    quote! {
        impl #name {
            /// A value with the required fields set and every optional field `None`.
            #too_many
            pub fn new(#(#args),*) -> Self {
                Self {
                    #(#inits)*
                    #additional
                }
            }
        }
    }
}

/// What a field's declaration says besides its name and type: its doc text and the
/// contents of its `#[serde(...)]` attributes (none when `serde_attrs` is false, as
/// when `Serialize` is written out rather than derived). [`field`] prints it as tokens
/// and [`field_node`] builds it as a tree; both read the same.
fn field_parts(f: &Field, serde_attrs: bool) -> (Option<String>, Vec<TokenStream>) {
    let mut doc_text = f.docs.clone();
    if f.deprecated {
        // `#[deprecated]` on fields would warn inside derive expansions, so say it in prose.
        let note = "**Deprecated** by the API.".to_string();
        doc_text = Some(match doc_text {
            Some(text) => format!("{text}\n\n{note}"),
            None => note,
        });
    }
    let mut serde = Vec::new();
    if f.name.needs_rename() && serde_attrs {
        let wire = &f.name.wire;
        serde.push(quote! { rename = #wire });
    }
    // Only `Serialize` is derived (see `struct_deserialize` for reading).
    if skipped_when_none(f) && serde_attrs {
        serde.push(quote! { skip_serializing_if = "Option::is_none" });
    }
    if f.ty.holds_decimal_number() && serde_attrs {
        serde.push(quote! { serialize_with = "crate::runtime::support::decimal_number" });
    }
    (doc_text, serde)
}

/// A field as tokens: the text [`field_node`]'s tree must print as, and its fallback.
fn field(api: &Api, f: &Field, scope: Scope, serde_attrs: bool) -> TokenStream {
    let (doc_text, serde) = field_parts(f, serde_attrs);
    let docs = doc_attrs(doc_text.as_deref());
    let field_name = name_ident(&f.name.ident);
    let ty = type_tokens(api, &f.ty, scope);
    quote! {
        #docs
        #(#[serde(#serde)])*
        pub #field_name: #ty,
    }
}

/// [`field`] as a syntax node; only the type is parsed. `None` if it does not parse.
fn field_node(api: &Api, f: &Field, scope: Scope, serde_attrs: bool) -> Option<syn::Field> {
    let (doc_text, serde) = field_parts(f, serde_attrs);
    let mut attrs = super::docs::doc_attr_nodes(doc_text.as_deref());
    let span = proc_macro2::Span::call_site();
    attrs.extend(serde.into_iter().map(|tokens| syn::Attribute {
        pound_token: Default::default(),
        style: syn::AttrStyle::Outer,
        bracket_token: Default::default(),
        meta: syn::Meta::List(syn::MetaList {
            path: syn::Path::from(proc_macro2::Ident::new("serde", span)),
            delimiter: syn::MacroDelimiter::Paren(Default::default()),
            tokens,
        }),
    }));
    let ty = syn::parse2::<syn::Type>(type_tokens(api, &f.ty, scope)).ok()?;
    Some(syn::Field {
        attrs,
        vis: syn::Visibility::Public(Default::default()),
        mutability: syn::FieldMutability::None,
        ident: Some(name_ident(&f.name.ident)),
        colon_token: Some(Default::default()),
        ty,
    })
}

fn string_enum(name: &proc_macro2::Ident, e: &StringEnum) -> TokenStream {
    let variants = e.variants.iter().map(|v| {
        let variant = ident(&v.rust_name);
        let docs = doc_attrs(Some(&code_span(&v.wire)));
        quote! { #docs #variant, }
    });
    let as_str = e.variants.iter().map(|v| {
        let variant = ident(&v.rust_name);
        let wire = &v.wire;
        quote! { Self::#variant => #wire, }
    });
    let from = e.variants.iter().map(|v| {
        let variant = ident(&v.rust_name);
        let wire = &v.wire;
        quote! { #wire => Self::#variant, }
    });
    quote! {
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize, ::serde::Deserialize)]
        #[serde(from = "String", into = "String")]
        pub enum #name {
            #(#variants)*
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

fn variant_tokens<'v>(
    api: &Api,
    variants: impl IntoIterator<Item = &'v UnionVariant>,
    scope: Scope,
) -> Vec<TokenStream> {
    variants
        .into_iter()
        .map(|v| {
            let variant = ident(&v.rust_name);
            let docs = doc_attrs(v.docs.as_deref());
            if v.ty == TypeRef::Unit {
                quote! { #docs #variant, }
            } else {
                let ty = type_tokens(api, &v.ty, scope);
                quote! { #docs #variant(#ty), }
            }
        })
        .collect()
}

fn untagged_union(
    api: &Api,
    name: &proc_macro2::Ident,
    variants: &[UnionVariant],
    scope: Scope,
) -> TokenStream {
    let variants = variant_tokens(api, variants, scope);
    quote! {
        #[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
        #[serde(untagged)]
        pub enum #name {
            #(#variants)*
            /// A value that matches none of the variants above; the raw JSON.
            Unknown(::serde_json::Value),
        }
    }
}

/// A discriminated union. Serde's internally tagged enums cannot keep unknown tags,
/// so the impls are written out: the tag selects the variant, anything else is kept
/// as `Unknown` with the raw JSON.
fn tagged_union(
    api: &Api,
    name: &proc_macro2::Ident,
    tag: &str,
    tagged: &[TaggedVariant],
    scope: Scope,
) -> TokenStream {
    let variants = variant_tokens(api, tagged.iter().map(|t| &t.variant), scope);
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
            #(#variants)*
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

fn status_enum(
    api: &Api,
    name: &proc_macro2::Ident,
    variants: &[UnionVariant],
    scope: Scope,
) -> TokenStream {
    let variants = variant_tokens(api, variants, scope);
    quote! {
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #(#variants)*
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{model_files, Piece};

    /// The trees have a token fallback that prints the same text, so the goldens cannot
    /// tell whether a tree was built; this checks that it was, for structs of both forms
    /// of field and with extra properties, so generation does not silently slow down.
    #[test]
    fn structs_and_their_from_map_impls_are_built_as_trees() {
        let spec = r#"{"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
            "paths": {}, "components": {"schemas": {
              "Pet": {"type": "object", "required": ["id"], "additionalProperties": true,
                "properties": {"id": {"type": "integer"},
                  "type": {"type": "string", "description": "A `kind`."},
                  "price": {"type": "number", "format": "decimal"}}},
              "Tag": {"type": "object", "properties": {"name": {"type": "string"}}}}}}"#;
        let doc = crate::load::load_str(spec, "pets.json").expect("the document loads");
        let (api, _) = crate::lower::lower(&doc, &Default::default()).expect("the document lowers");
        let pieces: Vec<Piece> = model_files(&api)
            .iter()
            .flat_map(|(_, build)| build().expect("the file builds"))
            .collect();
        let count = |kind: fn(&syn::Item) -> bool| {
            pieces
                .iter()
                .filter(|piece| matches!(piece, Piece::Item(item) if kind(item)))
                .count()
        };
        assert_eq!(count(|item| matches!(item, syn::Item::Struct(_))), 2);
        assert_eq!(count(|item| matches!(item, syn::Item::Impl(_))), 2);
    }
}
