//! The `FromMap` impl of a struct, built as a `syn` tree.
//!
//! Its text is decided in `models.rs` (`from_map_tokens`, the reference). This module
//! builds the same impl without `render` having to parse it: the fixed skeleton is
//! stamped from a template parsed once per thread and shape (`syntax::stamp`), and the
//! parts that grow with the fields (one local, one
//! match arm and one struct-literal field each, plus a statement per required field in
//! the wide form) are built as syntax nodes. Those parts are most of what `syn` spent
//! its time on when rendering large APIs (BENCHMARKS.md). Anything unexpected in the
//! skeleton returns `None`, and the caller falls back to the token text.

use super::syntax::{call, closure, lit_str, local, method_call, own_ident, string, try_expr, var};
use proc_macro2::Ident;
use syn::{Expr, Stmt};

/// What the builder needs to know about one field.
pub(super) struct FieldParts {
    /// The local that collects the field (`__f0`, ...).
    pub local: Ident,
    /// The struct field.
    pub field: Ident,
    /// The JSON key.
    pub wire: String,
    /// Whether the field is an `Option` (absent keys stay `None`).
    pub optional: bool,
    /// The local's type, written out in the wide form only.
    pub local_type: Option<syn::Type>,
}

/// The impl from its skeleton (the impl with no field parts) and the fields.
pub(super) fn build(skeleton: syn::Item, fields: &[FieldParts], wide: bool) -> Option<syn::Item> {
    let syn::Item::Impl(mut item) = skeleton else {
        return None;
    };
    let syn::ImplItem::Fn(function) = item.items.get_mut(1)? else {
        return None;
    };
    let stmts = &mut function.block.stmts;
    let while_at = stmts
        .iter()
        .position(|stmt| matches!(stmt, Stmt::Expr(Expr::While(_), _)))?;
    // The skeleton starts with `let __missing = ...;` when a field is required; the
    // locals come right after it, before the extras map.
    let has_missing = fields.iter().any(|f| !f.optional);
    let declarations: Vec<Stmt> = fields.iter().map(declaration).collect();
    let unwraps: Vec<Stmt> = fields
        .iter()
        .filter(|f| wide && !f.optional)
        .map(|f| local(&f.local, false, None, missing(&f.local, &f.wire)))
        .collect();
    let Stmt::Expr(Expr::Call(ok), None) = stmts.last_mut()? else {
        return None;
    };
    let Expr::Struct(literal) = ok.args.first_mut()? else {
        return None;
    };
    let extra = std::mem::take(&mut literal.fields);
    literal.fields = fields
        .iter()
        .map(|f| {
            let value = if f.optional || wide {
                var(&f.local)
            } else {
                missing(&f.local, &f.wire)
            };
            syn::FieldValue {
                attrs: Vec::new(),
                member: syn::Member::Named(f.field.clone()),
                colon_token: Some(Default::default()),
                expr: value,
            }
        })
        .chain(extra)
        .collect();
    if !fields.is_empty() {
        let Stmt::Expr(Expr::While(looped), _) = &mut stmts[while_at] else {
            return None;
        };
        let Some(Stmt::Expr(Expr::Match(matched), _)) = looped.body.stmts.first_mut() else {
            return None;
        };
        let others = std::mem::take(&mut matched.arms);
        matched.arms = fields.iter().map(arm).chain(others).collect();
    }
    let first = usize::from(has_missing);
    stmts.splice(while_at + 1..while_at + 1, unwraps);
    stmts.splice(first..first, declarations);
    Some(syn::Item::Impl(item))
}

/// `let mut __fN = None;`, typed in the wide form.
fn declaration(f: &FieldParts) -> Stmt {
    local(
        &f.local,
        true,
        f.local_type.clone(),
        var(&own_ident("None")),
    )
}

/// `"wire" => __fN = __map.next_value()?,` (wrapped in `Some(..)` for required fields).
fn arm(f: &FieldParts) -> syn::Arm {
    let value = try_expr(method_call(
        var(&own_ident("__map")),
        own_ident("next_value"),
        Vec::new(),
    ));
    let value = if f.optional {
        value
    } else {
        call(var(&own_ident("Some")), vec![value])
    };
    syn::Arm {
        attrs: Vec::new(),
        pat: syn::Pat::Lit(syn::ExprLit {
            attrs: Vec::new(),
            lit: lit_str(&f.wire),
        }),
        guard: None,
        fat_arrow_token: Default::default(),
        body: Box::new(Expr::Assign(syn::ExprAssign {
            attrs: Vec::new(),
            left: Box::new(var(&f.local)),
            eq_token: Default::default(),
            right: Box::new(value),
        })),
        comma: Some(Default::default()),
    }
}

/// `__fN.ok_or_else(|| __missing("wire"))?`
fn missing(local: &Ident, wire: &str) -> Expr {
    let error = call(var(&own_ident("__missing")), vec![string(wire)]);
    try_expr(method_call(
        var(local),
        own_ident("ok_or_else"),
        vec![closure(Vec::new(), error)],
    ))
}

#[cfg(test)]
mod tests {
    use super::{build, FieldParts};
    use quote::{format_ident, quote};

    fn print(item: syn::Item) -> String {
        prettyplease::unparse(&syn::File {
            shebang: None,
            attrs: Vec::new(),
            items: vec![item],
        })
    }

    fn parts(wide: bool) -> Vec<FieldParts> {
        vec![
            FieldParts {
                local: format_ident!("__f0"),
                field: format_ident!("name"),
                wire: "name".into(),
                optional: true,
                local_type: wide.then(|| syn::parse_quote! { Option<String> }),
            },
            FieldParts {
                local: format_ident!("__f1"),
                field: syn::Ident::new_raw("type", proc_macro2::Span::call_site()),
                wire: "type".into(),
                optional: false,
                local_type: wide.then(|| syn::parse_quote! { Option<u8> }),
            },
        ]
    }

    /// The impl around the parts, as `models.rs` writes it (`fields` false: skeleton).
    fn text(fields: bool, wide: bool) -> proc_macro2::TokenStream {
        let (declarations, arms, unwraps, inits) = match (fields, wide) {
            (false, _) => (quote! {}, quote! {}, quote! {}, quote! {}),
            (true, false) => (
                quote! { let mut __f0 = None; let mut __f1 = None; },
                quote! { "name" => __f0 = __map.next_value()?, "type" => __f1 = Some(__map.next_value()?), },
                quote! {},
                quote! { name: __f0, r#type: __f1.ok_or_else(|| __missing("type"))?, },
            ),
            (true, true) => (
                quote! { let mut __f0: Option<String> = None; let mut __f1: Option<u8> = None; },
                quote! { "name" => __f0 = __map.next_value()?, "type" => __f1 = Some(__map.next_value()?), },
                quote! { let __f1 = __f1.ok_or_else(|| __missing("type"))?; },
                quote! { name: __f0, r#type: __f1, },
            ),
        };
        quote! {
            impl<'de> FromMap<'de> for Thing {
                const EXPECTING: &'static str = "struct Thing";
                fn from_map<__A: MapAccess<'de>>(mut __map: __A) -> Result<Self, __A::Error> {
                    let __missing = <__A::Error as Error>::missing_field;
                    #declarations
                    let mut __extra = BTreeMap::new();
                    while let Some(__key) = __map.next_key::<Key<'de>>()? {
                        match __key.as_str() {
                            #arms
                            _ => { __extra.insert(__key.into_string(), __map.next_value()?); }
                        }
                    }
                    #unwraps
                    Ok(Self { #inits additional_properties: __extra, })
                }
            }
        }
    }

    #[test]
    fn the_tree_prints_as_the_token_text() {
        for wide in [false, true] {
            let skeleton = syn::parse2(text(false, wide)).expect("valid skeleton");
            let built = build(skeleton, &parts(wide), wide).expect("the skeleton fits");
            let expected: syn::Item = syn::parse2(text(true, wide)).expect("valid reference");
            assert_eq!(print(built), print(expected), "wide: {wide}");
        }
    }

    #[test]
    fn an_unexpected_skeleton_is_refused() {
        let not_an_impl = syn::parse2(quote! { struct Thing; }).expect("an item");
        assert!(build(not_an_impl, &parts(false), false).is_none());
        let no_loop = syn::parse2(quote! { impl Thing { const A: u8 = 1; fn f() {} } });
        assert!(build(no_loop.expect("an item"), &parts(false), false).is_none());
    }
}
