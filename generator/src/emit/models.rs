//! Model types: the model files, structs (with their `Deserialize`, `FromMap` and
//! constructor) and aliases; enums are in `enums.rs`.

use super::docs::own_doc_nodes;
use super::from_map::FieldParts;
use super::syntax::{self, list_attr, word_attr, Method};
use super::types::{ident, name_ident, type_node, type_tokens, Scope};
use super::{Piece, PieceBuilder};
use crate::ir::{Api, Field, Struct, StructForm, TypeDef, TypeKind, TypeRef, Union};
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
    let mut attrs = super::docs::doc_attr_nodes(def.docs.as_deref());
    if def.deprecated {
        attrs.push(word_attr("deprecated"));
    }
    let name = ident(&def.name);
    let gate = def.gate.as_deref();
    let pieces = match &def.kind {
        TypeKind::Struct(s) => struct_def(api, &name, s, scope, attrs),
        TypeKind::StringEnum(e) => {
            attrs.push(super::lints::enum_item(false));
            super::enums::string_enum(&name, e, attrs)
        }
        TypeKind::Union(Union::Tagged { tag, variants }) => {
            attrs.push(super::lints::enum_item(true));
            attributed(
                attrs,
                super::enums::tagged_union(api, &name, tag, variants, scope),
            )
        }
        TypeKind::Union(Union::Untagged(variants)) => {
            attrs.push(super::lints::enum_item(true));
            super::enums::untagged_union(api, &name, variants, scope, attrs)
        }
        TypeKind::StatusEnum(variants) => {
            attrs.push(super::lints::enum_item(true));
            super::enums::status_enum(api, &name, variants, scope, attrs)
        }
        TypeKind::Alias(ty) => {
            let ty = type_tokens(api, ty, scope);
            attributed(attrs, quote! { pub type #name = #ty; })
        }
    };
    pieces
        .into_iter()
        .map(|piece| gate_piece(gate, piece))
        .collect()
}

/// Items printed as tokens, with `attrs` (docs, `#[deprecated]`, lints) on the first,
/// which for enums is the enum itself.
pub(super) fn attributed(attrs: Vec<syn::Attribute>, items: TokenStream) -> Vec<Piece> {
    vec![Piece::Tokens(quote! {
        #(#attrs)*
        #items
    })]
}

/// A piece behind the feature gate: the `#[cfg]` goes first among a tree's attributes,
/// where [`super::features::gate`] puts it in tokens.
fn gate_piece(gate: Option<&str>, piece: Piece) -> Piece {
    let Some(feature) = gate else {
        return piece;
    };
    match piece {
        Piece::Item(mut item) => {
            let attrs = match item.as_mut() {
                syn::Item::Impl(item) => &mut item.attrs,
                syn::Item::Struct(item) => &mut item.attrs,
                syn::Item::Enum(item) => &mut item.attrs,
                // Kinds emit does not build as trees today: gated as tokens, so no
                // item can leave its feature behind.
                other => {
                    let tokens = quote::ToTokens::to_token_stream(&*other);
                    return Piece::Tokens(super::features::gate(gate, tokens));
                }
            };
            attrs.insert(0, super::features::cfg_attribute(feature));
            Piece::Item(item)
        }
        Piece::Tokens(tokens) => Piece::Tokens(super::features::gate(gate, tokens)),
    }
}

/// Items from [`syntax::stamp`], or its fallback tokens.
fn stamped(stamp: Result<Vec<syn::Item>, TokenStream>) -> Vec<Piece> {
    match stamp {
        Ok(items) => items
            .into_iter()
            .map(|item| Piece::Item(Box::new(item)))
            .collect(),
        Err(tokens) => vec![Piece::Tokens(tokens)],
    }
}

/// A struct and its impls, in order: the struct (with `attrs`, its docs and
/// `#[deprecated]`, on top), for the wide form the written-out `PartialEq` and
/// `Serialize`, `Deserialize`, `FromMap` and the constructor.
fn struct_def(
    api: &Api,
    name: &proc_macro2::Ident,
    s: &Struct,
    scope: Scope,
    mut attrs: Vec<syn::Attribute>,
) -> Vec<Piece> {
    let wide = s.form == StructForm::Wide;
    let default = s.derive_default.then(|| quote! { Default, });
    attrs.push(if wide {
        list_attr("derive", quote! { Debug, Clone, #default })
    } else {
        list_attr(
            "derive",
            quote! { Debug, Clone, PartialEq, #default ::serde::Serialize },
        )
    });
    let mut fields: syn::punctuated::Punctuated<syn::Field, syn::Token![,]> = s
        .fields
        .iter()
        .map(|f| field_node(api, f, scope, !wide))
        .collect();
    if let Some(extra) = &s.additional {
        let mut attrs = own_doc_nodes(&[
            "Properties not listed above: kept as received and written back when the value",
            "is serialised.",
        ]);
        if !wide {
            attrs.push(list_attr("serde", quote! { flatten }));
        }
        fields.push(syn::Field {
            attrs,
            vis: syn::Visibility::Public(Default::default()),
            mutability: syn::FieldMutability::None,
            ident: Some(name_ident(&extra.field)),
            colon_token: Some(Default::default()),
            ty: type_node(api, &TypeRef::Map(Box::new(extra.ty.clone())), scope),
        });
    }
    let head = syn::Item::Struct(syn::ItemStruct {
        attrs,
        vis: syn::Visibility::Public(Default::default()),
        struct_token: Default::default(),
        ident: name.clone(),
        generics: syn::Generics::default(),
        fields: syn::Fields::Named(syn::FieldsNamed {
            brace_token: Default::default(),
            named: fields,
        }),
        semi_token: None,
    });
    let mut pieces = vec![Piece::Item(Box::new(head))];
    if wide {
        let eq = flat_partial_eq(name, s);
        let serialize = flat_serialize(name, s);
        pieces.push(Piece::Tokens(quote! { #eq #serialize }));
    }
    pieces.extend(stamped(syntax::stamp(
        ("deserialize", 0),
        &[name],
        |names| deserialize_impl(names[0]),
    )));
    pieces.push(from_map_impl(api, name, s, scope));
    if !s.derive_default {
        pieces.push(Piece::Item(Box::new(constructor(api, name, s, scope))));
    }
    pieces
}

/// A struct's `Deserialize` impl, which reads it through its `FromMap` impl.
fn deserialize_impl(name: &proc_macro2::Ident) -> TokenStream {
    quote! {
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<__D: ::serde::Deserializer<'de>>(deserializer: __D) -> ::core::result::Result<Self, __D::Error> {
                crate::runtime::support::deserialize_map(deserializer)
            }
        }
    }
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
/// [`field_node`] would carry), one statement per field instead of one expression whose
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

/// How a struct is read: `Deserialize` ([`deserialize_impl`]) hands the map to a short
/// `FromMap` impl, built here, that matches each key once,
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
fn from_map_impl(api: &Api, name: &proc_macro2::Ident, s: &Struct, scope: Scope) -> Piece {
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
                if f.ty.is_option() {
                    type_node(api, &f.ty, scope)
                } else {
                    type_node(api, &TypeRef::Option(Box::new(f.ty.clone())), scope)
                }
            }),
        })
        .collect();
    // The frame without fields depends on the names and on these three choices only.
    let required = s.fields.iter().any(|f| !f.ty.is_option());
    let shape = u8::from(required) | u8::from(s.fields.is_empty()) << 1;
    let extra = s.additional.as_ref().map(|extra| name_ident(&extra.field));
    let (shape, names) = match &extra {
        Some(extra) => (shape | 1 << 2, vec![name, extra]),
        None => (shape, vec![name]),
    };
    let frame = syntax::stamp(("from_map", shape), &names, |names| {
        from_map_tokens(api, names[0], names.get(1).copied(), s, scope, false)
    });
    let built = match frame {
        Ok(mut items) if items.len() == 1 => items
            .pop()
            .and_then(|frame| super::from_map::build(frame, &fields, wide)),
        _ => None,
    };
    match built {
        Some(item) => Piece::Item(Box::new(item)),
        None => Piece::Tokens(from_map_tokens(api, name, extra.as_ref(), s, scope, true)),
    }
}

/// The `FromMap` impl as tokens: with `fields` false, only its skeleton, which
/// `from_map.rs` completes as a syntax tree; with `fields` true, the whole impl, the
/// reference text that tree must print as.
fn from_map_tokens(
    api: &Api,
    name: &proc_macro2::Ident,
    extra_field: Option<&proc_macro2::Ident>,
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
    let (extra_declaration, other_keys, extra_init) = match extra_field {
        Some(field_name) => (
            quote! { let mut __extra = ::std::collections::BTreeMap::new(); },
            quote! { __extra.insert(__key.into_string(), __map.next_value()?); },
            quote! { #field_name: __extra, },
        ),
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
fn constructor(api: &Api, name: &proc_macro2::Ident, s: &Struct, scope: Scope) -> syn::Item {
    let required: Vec<&Field> = s.fields.iter().filter(|f| !f.ty.is_option()).collect();
    let args = required
        .iter()
        .map(|f| syntax::arg(&name_ident(&f.name.ident), type_node(api, &f.ty, scope)))
        .collect();
    let init = |member: proc_macro2::Ident, value: Option<syn::Expr>| syn::FieldValue {
        attrs: Vec::new(),
        colon_token: value.is_some().then(Default::default),
        expr: value.unwrap_or_else(|| syntax::var(&member)),
        member: syn::Member::Named(member),
    };
    let mut fields: syn::punctuated::Punctuated<syn::FieldValue, syn::Token![,]> = s
        .fields
        .iter()
        .map(|f| {
            let none =
                f.ty.is_option()
                    .then(|| syntax::var(&syntax::own_ident("None")));
            init(name_ident(&f.name.ident), none)
        })
        .collect();
    if let Some(extra) = &s.additional {
        let map = syntax::path(true, &["std", "collections", "BTreeMap", "new"]);
        let empty = syntax::call(syntax::path_expr(map), Vec::new());
        fields.push(init(name_ident(&extra.field), Some(empty)));
    }
    // The text ends each field with a comma; the printer ignores it, but the tree
    // stays the one `syn` parses from that text.
    if !fields.empty_or_trailing() {
        fields.push_punct(Default::default());
    }
    let this = syntax::path(false, &["Self"]);
    let value = syn::Expr::Struct(syn::ExprStruct {
        attrs: Vec::new(),
        qself: None,
        path: this.clone(),
        brace_token: Default::default(),
        fields,
        dot2_token: None,
        rest: None,
    });
    let mut attrs =
        own_doc_nodes(&["A value with the required fields set and every optional field `None`."]);
    attrs.extend(super::lints::too_many_arguments(required.len()));
    let new = Method {
        attrs,
        name: syntax::own_ident("new"),
        receiver: false,
        lifetime: None,
        args,
        output: syntax::type_path(this),
        stmts: vec![syn::Stmt::Expr(value, None)],
    };
    syntax::inherent_impl(
        syntax::type_path(syn::Path::from(name.clone())),
        vec![new.build()],
    )
}

/// A field of a struct: its docs, `#[serde(...)]` attributes (none when `serde_attrs`
/// is false, as when `Serialize` is written out rather than derived) and type.
fn field_node(api: &Api, f: &Field, scope: Scope, serde_attrs: bool) -> syn::Field {
    let mut doc_text = f.docs.clone();
    if f.deprecated {
        // `#[deprecated]` on fields would warn inside derive expansions, so say it in prose.
        let note = "**Deprecated** by the API.".to_string();
        doc_text = Some(match doc_text {
            Some(text) => format!("{text}\n\n{note}"),
            None => note,
        });
    }
    let mut attrs = super::docs::doc_attr_nodes(doc_text.as_deref());
    if f.name.needs_rename() && serde_attrs {
        let wire = &f.name.wire;
        attrs.push(list_attr("serde", quote! { rename = #wire }));
    }
    // Only `Serialize` is derived (see `from_map_impl` for reading).
    if skipped_when_none(f) && serde_attrs {
        attrs.push(list_attr(
            "serde",
            quote! { skip_serializing_if = "Option::is_none" },
        ));
    }
    if f.ty.holds_decimal_number() && serde_attrs {
        let with = "crate::runtime::support::decimal_number";
        attrs.push(list_attr("serde", quote! { serialize_with = #with }));
    }
    syn::Field {
        attrs,
        vis: syn::Visibility::Public(Default::default()),
        mutability: syn::FieldMutability::None,
        ident: Some(name_ident(&f.name.ident)),
        colon_token: Some(Default::default()),
        ty: type_node(api, &f.ty, scope),
    }
}

#[cfg(test)]
mod tests {
    use super::{from_map_impl, from_map_tokens, model_files, name_ident, Piece, Scope};
    use crate::ir::TypeKind;

    /// The `FromMap` tree prints exactly as the token text it is built from, in the
    /// compact and the wide form, with required, optional and extra fields.
    #[test]
    fn from_map_trees_print_as_their_text() {
        let spec = r#"{"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
            "paths": {}, "components": {"schemas": {
              "Pet": {"type": "object", "required": ["id", "type"], "additionalProperties": true,
                "properties": {"id": {"type": "integer"}, "type": {"type": "string"},
                  "tags": {"type": "array", "items": {"type": "string"}}}},
              "Empty": {"type": "object"},
              "Tag": {"type": "object", "properties": {"name": {"type": "string"}}}}}}"#;
        let doc = crate::load::load_str(spec, "pets.json").expect("the document loads");
        let print = |item: syn::Item| {
            prettyplease::unparse(&syn::File {
                shebang: None,
                attrs: Vec::new(),
                items: vec![item],
            })
        };
        for wide_above in [None, Some(1)] {
            let mut options = crate::lower::LowerOptions::default();
            options.config.wide_struct_fields = wide_above;
            let (api, _) = crate::lower::lower(&doc, &options).expect("the document lowers");
            for def in &api.types {
                let TypeKind::Struct(s) = &def.kind else {
                    continue;
                };
                let name = super::ident(&def.name);
                let piece = from_map_impl(&api, &name, s, Scope::Models);
                assert!(matches!(piece, Piece::Item(_)), "{}: no tree", def.name);
                let tree = match piece {
                    Piece::Item(item) => *item,
                    Piece::Tokens(tokens) => syn::parse2(tokens).expect("the fallback parses"),
                };
                let extra = s.additional.as_ref().map(|extra| name_ident(&extra.field));
                let text = from_map_tokens(&api, &name, extra.as_ref(), s, Scope::Models, true);
                let parsed: syn::Item = syn::parse2(text).expect("the text parses");
                assert_eq!(print(tree), print(parsed), "{} ({wide_above:?})", def.name);
            }
        }
    }

    /// The trees have a token fallback that prints the same text, so the goldens cannot
    /// tell whether a tree was built; this checks that it was, for structs of both forms
    /// of field and with extra properties, for string enums and untagged unions, so
    /// generation does not silently slow down.
    #[test]
    fn structs_enums_and_their_impls_are_built_as_trees() {
        let spec = r#"{"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
            "paths": {}, "components": {"schemas": {
              "Pet": {"type": "object", "required": ["id"], "additionalProperties": true,
                "properties": {"id": {"type": "integer"},
                  "type": {"type": "string", "description": "A `kind`."},
                  "price": {"type": "number", "format": "decimal"}}},
              "Tag": {"type": "object", "properties": {"name": {"type": "string"}}},
              "Kind": {"type": "string", "enum": ["cat", "dog"]},
              "Either": {"oneOf": [{"type": "string"}, {"type": "integer"}]}}}}"#;
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
        assert_eq!(count(|item| matches!(item, syn::Item::Enum(_))), 2);
        // `Deserialize` and `FromMap` of each struct, `Pet::new` (a required field, so
        // no `Default`), five conversions of the enum.
        assert_eq!(
            count(|item| matches!(item, syn::Item::Impl(_))),
            2 * 2 + 1 + 5
        );
    }
}
