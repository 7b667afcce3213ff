//! Constructors for the `syn` nodes that `emit` builds directly instead of printing
//! tokens for `render` to parse.
//!
//! Parsing our own tokens back into trees was most of the cost of rendering large APIs
//! (BENCHMARKS.md), so the items that repeat by the thousand (operations, their
//! blocking forms, struct fields, `FromMap` arms) are assembled from these nodes. Each
//! constructor returns exactly the tree `syn` would parse from the source text in its
//! doc comment, so the printed output does not depend on which way an item was made.
//! Names from the API reach this module as [`Ident`]s made by `types`; the `&str`
//! names here are the generator's own (`request`, `path_param`, `crate`).

use proc_macro2::{Ident, Span, TokenStream};
use std::cell::RefCell;
use std::collections::HashMap;
use syn::punctuated::Punctuated;
use syn::visit_mut::VisitMut;
use syn::{Expr, Stmt, Type};

/// An identifier the generator chose itself (never one from the document, whose names
/// go through `types::ident`, which cleans them up); panics on one that is not valid.
pub(super) fn own_ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// `"text"`
pub(super) fn lit_str(text: &str) -> syn::Lit {
    syn::Lit::Str(syn::LitStr::new(text, Span::call_site()))
}

/// `"text"` as an expression.
pub(super) fn string(text: &str) -> Expr {
    literal(lit_str(text))
}

/// `true` or `false`.
pub(super) fn boolean(value: bool) -> Expr {
    literal(syn::Lit::Bool(syn::LitBool::new(value, Span::call_site())))
}

/// A literal as an expression.
pub(super) fn literal(lit: syn::Lit) -> Expr {
    Expr::Lit(syn::ExprLit {
        attrs: Vec::new(),
        lit,
    })
}

/// `a::b::c`, or `::a::b::c` when `global`.
pub(super) fn path(global: bool, segments: &[&str]) -> syn::Path {
    syn::Path {
        leading_colon: global.then(Default::default),
        segments: segments
            .iter()
            .map(|s| syn::PathSegment::from(own_ident(s)))
            .collect(),
    }
}

/// A path as an expression.
pub(super) fn path_expr(path: syn::Path) -> Expr {
    Expr::Path(syn::ExprPath {
        attrs: Vec::new(),
        qself: None,
        path,
    })
}

/// One name as an expression: `request`, `body`.
pub(super) fn var(name: &Ident) -> Expr {
    path_expr(syn::Path::from(name.clone()))
}

/// `function(args..)`
pub(super) fn call(function: Expr, args: Vec<Expr>) -> Expr {
    Expr::Call(syn::ExprCall {
        attrs: Vec::new(),
        func: Box::new(function),
        paren_token: Default::default(),
        args: args.into_iter().collect(),
    })
}

/// `receiver.method(args..)`
pub(super) fn method_call(receiver: Expr, method: Ident, args: Vec<Expr>) -> Expr {
    Expr::MethodCall(syn::ExprMethodCall {
        attrs: Vec::new(),
        receiver: Box::new(receiver),
        dot_token: Default::default(),
        method,
        turbofish: None,
        paren_token: Default::default(),
        args: args.into_iter().collect(),
    })
}

/// `expr?`
pub(super) fn try_expr(expr: Expr) -> Expr {
    Expr::Try(syn::ExprTry {
        attrs: Vec::new(),
        expr: Box::new(expr),
        question_token: Default::default(),
    })
}

/// `&expr`
pub(super) fn reference(expr: Expr) -> Expr {
    Expr::Reference(syn::ExprReference {
        attrs: Vec::new(),
        and_token: Default::default(),
        mutability: None,
        expr: Box::new(expr),
    })
}

/// `base.member`
pub(super) fn field(base: Expr, member: Ident) -> Expr {
    Expr::Field(syn::ExprField {
        attrs: Vec::new(),
        base: Box::new(base),
        dot_token: Default::default(),
        member: syn::Member::Named(member),
    })
}

/// `[elems, ..]`
pub(super) fn array(elems: Vec<Expr>) -> Expr {
    Expr::Array(syn::ExprArray {
        attrs: Vec::new(),
        bracket_token: Default::default(),
        elems: elems.into_iter().collect(),
    })
}

/// `|inputs..| body`
pub(super) fn closure(inputs: Vec<syn::Pat>, body: Expr) -> Expr {
    Expr::Closure(syn::ExprClosure {
        attrs: Vec::new(),
        lifetimes: None,
        constness: None,
        movability: None,
        asyncness: None,
        capture: None,
        or1_token: Default::default(),
        inputs: inputs.into_iter().collect(),
        or2_token: Default::default(),
        output: syn::ReturnType::Default,
        body: Box::new(body),
    })
}

/// `pat => body,`
pub(super) fn match_arm(pat: syn::Pat, body: Expr) -> syn::Arm {
    syn::Arm {
        attrs: Vec::new(),
        pat,
        guard: None,
        fat_arrow_token: Default::default(),
        body: Box::new(body),
        comma: Some(Default::default()),
    }
}

/// `name` as a pattern.
pub(super) fn bind(name: &Ident, mutable: bool) -> syn::Pat {
    syn::Pat::Ident(syn::PatIdent {
        attrs: Vec::new(),
        by_ref: None,
        mutability: mutable.then(Default::default),
        ident: name.clone(),
        subpat: None,
    })
}

/// `expr;`
pub(super) fn stmt(expr: Expr) -> Stmt {
    Stmt::Expr(expr, Some(Default::default()))
}

/// A block-like expression (`if`, `for`) as a statement, which takes no `;`.
pub(super) fn block_stmt(expr: Expr) -> Stmt {
    Stmt::Expr(expr, None)
}

fn block(stmts: Vec<Stmt>) -> syn::Block {
    syn::Block {
        brace_token: Default::default(),
        stmts,
    }
}

/// `let [mut] name[: ty] = init;`
pub(super) fn local(name: &Ident, mutable: bool, ty: Option<Type>, init: Expr) -> Stmt {
    let binding = bind(name, mutable);
    let pat = match ty {
        Some(ty) => syn::Pat::Type(syn::PatType {
            attrs: Vec::new(),
            pat: Box::new(binding),
            colon_token: Default::default(),
            ty: Box::new(ty),
        }),
        None => binding,
    };
    Stmt::Local(syn::Local {
        attrs: Vec::new(),
        let_token: Default::default(),
        pat,
        init: Some(syn::LocalInit {
            eq_token: Default::default(),
            expr: Box::new(init),
            diverge: None,
        }),
        semi_token: Default::default(),
    })
}

/// `if let Some(binding) = value { body }`
pub(super) fn if_let_some(binding: &Ident, value: Expr, body: Vec<Stmt>) -> Expr {
    let pattern = syn::Pat::TupleStruct(syn::PatTupleStruct {
        attrs: Vec::new(),
        qself: None,
        path: syn::Path::from(own_ident("Some")),
        paren_token: Default::default(),
        elems: std::iter::once(bind(binding, false)).collect(),
    });
    Expr::If(syn::ExprIf {
        attrs: Vec::new(),
        if_token: Default::default(),
        cond: Box::new(Expr::Let(syn::ExprLet {
            attrs: Vec::new(),
            let_token: Default::default(),
            pat: Box::new(pattern),
            eq_token: Default::default(),
            expr: Box::new(value),
        })),
        then_branch: block(body),
        else_branch: None,
    })
}

/// `for binding in iterable { body }`
pub(super) fn for_loop(binding: &Ident, iterable: Expr, body: Vec<Stmt>) -> Expr {
    Expr::ForLoop(syn::ExprForLoop {
        attrs: Vec::new(),
        label: None,
        for_token: Default::default(),
        pat: Box::new(bind(binding, false)),
        in_token: Default::default(),
        expr: Box::new(iterable),
        body: block(body),
    })
}

/// A path as a type.
pub(super) fn type_path(path: syn::Path) -> Type {
    Type::Path(syn::TypePath { qself: None, path })
}

/// The path with generic arguments on its last segment: `Vec<T>`, `a::B<'_, T>`.
pub(super) fn generic(mut path: syn::Path, args: Vec<syn::GenericArgument>) -> syn::Path {
    if let Some(last) = path.segments.last_mut() {
        last.arguments = syn::PathArguments::AngleBracketed(syn::AngleBracketedGenericArguments {
            colon2_token: None,
            lt_token: Default::default(),
            args: args.into_iter().collect(),
            gt_token: Default::default(),
        });
    }
    path
}

/// `&'lifetime ty`, or `&ty` without one.
pub(super) fn ref_type(lifetime: Option<&syn::Lifetime>, ty: Type) -> Type {
    Type::Reference(syn::TypeReference {
        and_token: Default::default(),
        lifetime: lifetime.cloned(),
        mutability: None,
        elem: Box::new(ty),
    })
}

/// `'name` (without the quote).
pub(super) fn lifetime(name: &str) -> syn::Lifetime {
    syn::Lifetime {
        apostrophe: Span::call_site(),
        ident: own_ident(name),
    }
}

/// `#[name]`
pub(super) fn word_attr(name: &str) -> syn::Attribute {
    attr(syn::Meta::Path(syn::Path::from(own_ident(name))))
}

/// `#[name(tokens)]`; the tokens stay tokens, as `syn` keeps them when it parses one.
pub(super) fn list_attr(name: &str, tokens: TokenStream) -> syn::Attribute {
    attr(syn::Meta::List(syn::MetaList {
        path: syn::Path::from(own_ident(name)),
        delimiter: syn::MacroDelimiter::Paren(Default::default()),
        tokens,
    }))
}

/// `#[name = "text"]`
pub(super) fn name_value_attr(name: &str, text: &str) -> syn::Attribute {
    attr(syn::Meta::NameValue(syn::MetaNameValue {
        path: syn::Path::from(own_ident(name)),
        eq_token: Default::default(),
        value: string(text),
    }))
}

fn attr(meta: syn::Meta) -> syn::Attribute {
    syn::Attribute {
        pound_token: Default::default(),
        style: syn::AttrStyle::Outer,
        bracket_token: Default::default(),
        meta,
    }
}

/// `name: ty` as a function argument.
pub(super) fn arg(name: &Ident, ty: Type) -> syn::FnArg {
    syn::FnArg::Typed(syn::PatType {
        attrs: Vec::new(),
        pat: Box::new(bind(name, false)),
        colon_token: Default::default(),
        ty: Box::new(ty),
    })
}

/// A function of an inherent impl: `attrs pub fn name<'lifetime>(&'lifetime self,
/// args..) -> output { stmts }`, without `&self` unless `receiver`.
pub(super) struct Method {
    pub attrs: Vec<syn::Attribute>,
    pub name: Ident,
    pub receiver: bool,
    pub lifetime: Option<syn::Lifetime>,
    pub args: Vec<syn::FnArg>,
    pub output: Type,
    pub stmts: Vec<Stmt>,
}

impl Method {
    pub(super) fn build(self) -> syn::ImplItem {
        let self_type = ref_type(
            self.lifetime.as_ref(),
            type_path(syn::Path::from(Ident::new("Self", Span::call_site()))),
        );
        let receiver = syn::FnArg::Receiver(syn::Receiver {
            attrs: Vec::new(),
            reference: Some((Default::default(), self.lifetime.clone())),
            mutability: None,
            self_token: Default::default(),
            colon_token: None,
            ty: Box::new(self_type),
        });
        let mut generics = syn::Generics::default();
        if let Some(lifetime) = self.lifetime {
            generics.lt_token = Some(Default::default());
            generics.params = std::iter::once(syn::GenericParam::Lifetime(
                syn::LifetimeParam::new(lifetime),
            ))
            .collect();
            generics.gt_token = Some(Default::default());
        }
        let mut inputs: Punctuated<syn::FnArg, syn::Token![,]> = Punctuated::new();
        if self.receiver {
            inputs.push(receiver);
        }
        inputs.extend(self.args);
        syn::ImplItem::Fn(syn::ImplItemFn {
            attrs: self.attrs,
            vis: syn::Visibility::Public(Default::default()),
            defaultness: None,
            sig: syn::Signature {
                constness: None,
                asyncness: None,
                unsafety: None,
                abi: None,
                fn_token: Default::default(),
                ident: self.name,
                generics,
                paren_token: Default::default(),
                inputs,
                variadic: None,
                output: syn::ReturnType::Type(Default::default(), Box::new(self.output)),
            },
            block: block(self.stmts),
        })
    }
}

/// `impl self_ty { items }`
pub(super) fn inherent_impl(self_ty: Type, items: Vec<syn::ImplItem>) -> syn::Item {
    syn::Item::Impl(syn::ItemImpl {
        attrs: Vec::new(),
        defaultness: None,
        unsafety: None,
        impl_token: Default::default(),
        generics: syn::Generics::default(),
        trait_: None,
        self_ty: Box::new(self_ty),
        brace_token: Default::default(),
        items,
    })
}

/// What the names are written as when a [`stamp`] template is parsed: the first
/// name is `__Placeholder0`, the second `__Placeholder1`, and so on.
const PLACEHOLDER: &str = "__Placeholder";

/// Names a [`stamp`] template: what the text is (`"from_map"`) and its shape (the few
/// choices besides the names that change the text, encoded by the caller).
pub(super) type StampKey = (&'static str, u8);

/// Items whose text differs only by a few names (a model's `Deserialize` impl, a
/// string enum's conversions, the frame of a `FromMap` impl): parsed once per thread
/// from the text `text` writes for placeholder names, then cloned with the names put
/// in (in identifiers and in string literals), which costs a fraction of parsing.
/// `text` is the one source of the items; for one `key` it must write the same text
/// whatever the names are. Names are put into identifiers and string literals only:
/// the arguments of attributes and macros stay tokens in `syn`, so a template must not
/// carry a name there. Should the text ever fail to parse, the tokens it writes for
/// `names` are returned instead, and `render` reports the error.
pub(super) fn stamp(
    key: StampKey,
    names: &[&Ident],
    text: impl Fn(&[&Ident]) -> TokenStream,
) -> Result<Vec<syn::Item>, TokenStream> {
    type Templates = HashMap<(StampKey, usize), Option<Vec<syn::Item>>>;
    thread_local! {
        static TEMPLATES: RefCell<Templates> = RefCell::new(HashMap::new());
    }
    // The number of names is part of the key, so a caller that passes a different
    // number gets a template of its own rather than one with a placeholder left over.
    let full_key = (key, names.len());
    let cached = TEMPLATES.with(|templates| templates.borrow().get(&full_key).cloned());
    let template = match cached {
        Some(template) => template,
        None => {
            // Built with no borrow held, so a text that stamps too cannot collide with it.
            let placeholders: Vec<Ident> = (0..names.len())
                .map(|i| own_ident(&placeholder(i)))
                .collect();
            let placeholders: Vec<&Ident> = placeholders.iter().collect();
            let parsed = syn::parse2::<syn::File>(text(&placeholders))
                .ok()
                .map(|file| file.items);
            TEMPLATES.with(|templates| {
                templates.borrow_mut().insert(full_key, parsed.clone());
            });
            parsed
        }
    };
    let Some(mut items) = template else {
        return Err(text(names));
    };
    let mut rename = Rename {
        placeholders: (0..names.len()).map(placeholder).collect(),
        names,
    };
    for item in &mut items {
        rename.visit_item_mut(item);
    }
    Ok(items)
}

fn placeholder(index: usize) -> String {
    format!("{PLACEHOLDER}{index}")
}

struct Rename<'a> {
    placeholders: Vec<String>,
    names: &'a [&'a Ident],
}

impl VisitMut for Rename<'_> {
    fn visit_ident_mut(&mut self, ident: &mut Ident) {
        if let Some(index) = self.placeholders.iter().position(|p| *ident == p) {
            *ident = self.names[index].clone();
        }
    }

    fn visit_lit_str_mut(&mut self, lit: &mut syn::LitStr) {
        let value = lit.value();
        if !value.contains(PLACEHOLDER) {
            return;
        }
        // One pass, so that a name put in is never read as a placeholder itself.
        let mut renamed = String::with_capacity(value.len());
        let mut rest = value.as_str();
        while let Some(at) = rest.find(PLACEHOLDER) {
            renamed.push_str(&rest[..at]);
            let after = &rest[at + PLACEHOLDER.len()..];
            let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            match after[..digits]
                .parse::<usize>()
                .ok()
                .and_then(|i| self.names.get(i))
            {
                Some(name) => renamed.push_str(&name.to_string()),
                None => renamed.push_str(&rest[at..at + PLACEHOLDER.len() + digits]),
            }
            rest = &after[digits..];
        }
        renamed.push_str(rest);
        *lit = syn::LitStr::new(&renamed, lit.span());
    }
}

/// Parses tokens `emit` printed into a node, for the rare parts that are not worth a
/// constructor. The error names what was being built.
pub(super) fn parse<T: syn::parse::Parse>(what: &str, tokens: TokenStream) -> Result<T, String> {
    syn::parse2(tokens).map_err(|error| format!("{what}: {error}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    /// Each constructor's tree prints like the parsed source it documents.
    fn same<T: syn::parse::Parse + PartialEq + std::fmt::Debug>(built: T, source: TokenStream) {
        let parsed: T = syn::parse2(source.clone()).expect("the source parses");
        assert_eq!(built, parsed, "{source}");
    }

    #[test]
    fn constructors_build_what_syn_parses() {
        let request = own_ident("request");
        same(
            stmt(method_call(
                var(&request),
                own_ident("query_param"),
                vec![
                    string("$top"),
                    reference(field(var(&own_ident("params")), own_ident("top"))),
                    path_expr(path(false, &["crate", "runtime", "ParamStyle", "Form"])),
                    boolean(false),
                ],
            )),
            quote! { request.query_param("$top", &params.top, crate::runtime::ParamStyle::Form, false); },
        );
        same(
            block_stmt(if_let_some(
                &own_ident("body"),
                var(&own_ident("body")),
                vec![stmt(method_call(
                    var(&request),
                    own_ident("json_body"),
                    vec![var(&own_ident("body"))],
                ))],
            )),
            quote! { if let Some(body) = body { request.json_body(body); } },
        );
        same(
            local(
                &request,
                true,
                None,
                call(path_expr(path(true, &["a", "b"])), vec![]),
            ),
            quote! { let mut request = ::a::b(); },
        );
        same(
            type_path(generic(
                path(false, &["crate", "runtime", "Call"]),
                vec![
                    syn::GenericArgument::Lifetime(lifetime("_")),
                    syn::GenericArgument::Type(ref_type(
                        Some(&lifetime("a")),
                        type_path(path(false, &["str"])),
                    )),
                ],
            )),
            quote! { crate::runtime::Call<'_, &'a str> },
        );
        let parsed = syn::parse::Parser::parse2(
            syn::Attribute::parse_outer,
            quote! { #[allow(clippy::x, reason = "y")] #[deprecated] #[doc = "z"] },
        )
        .expect("the attributes parse");
        assert_eq!(
            vec![
                list_attr("allow", quote! { clippy::x, reason = "y" }),
                word_attr("deprecated"),
                name_value_attr("doc", "z"),
            ],
            parsed
        );
    }

    fn display(names: &[&Ident]) -> TokenStream {
        let (name, field) = (names[0], names[1]);
        let expecting = format!("struct {name} with {field}");
        quote! {
            impl ::std::fmt::Display for #name {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(#expecting)?;
                    f.write_str(&self.#field)
                }
            }
        }
    }

    fn broken(names: &[&Ident]) -> TokenStream {
        let name = names[0];
        quote! { impl #name for }
    }

    #[test]
    fn stamps_are_the_text_parsed_with_the_names_put_in() {
        for (name, field) in [("Pet", "tag"), ("Order", "extra")] {
            let names = [&own_ident(name), &own_ident(field)];
            let stamped = stamp(("display", 0), &names, display).expect("the template parses");
            let parsed: syn::File = syn::parse2(display(&names)).expect("the text parses");
            assert_eq!(stamped, parsed.items);
        }
        let names = [&own_ident("Pet")];
        let fallback = stamp(("broken", 0), &names, broken).expect_err("the template fails");
        assert_eq!(fallback.to_string(), broken(&names).to_string());
    }

    #[test]
    fn methods_print_as_parsed() {
        let built = Method {
            attrs: vec![name_value_attr("doc", " Docs."), word_attr("deprecated")],
            name: own_ident("list_items"),
            receiver: true,
            lifetime: Some(lifetime("a")),
            args: vec![arg(
                &own_ident("id"),
                ref_type(Some(&lifetime("a")), type_path(path(false, &["str"]))),
            )],
            output: type_path(path(false, &["u8"])),
            stmts: vec![block_stmt(for_loop(
                &own_ident("file"),
                var(&own_ident("files")),
                vec![stmt(call(
                    var(&own_ident("push")),
                    vec![var(&own_ident("file"))],
                ))],
            ))],
        }
        .build();
        let parsed: syn::ImplItem = syn::parse2(quote! {
            #[doc = " Docs."]
            #[deprecated]
            pub fn list_items<'a>(&'a self, id: &'a str) -> u8 {
                for file in files { push(file); }
            }
        })
        .expect("parses");
        assert_eq!(built, parsed);
    }
}
