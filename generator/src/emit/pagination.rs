//! `<name>_stream`: every item of every page of a paginated operation, as a `Stream`.
//! `lower` has chosen the style and the fields; this prints the runtime walk of that
//! style with a closure that makes each page's call and one that takes a page apart.

use super::operations::{response_type, signature, Signature};
use super::types::{is_copy_scalar, name_ident, type_tokens, Scope};
use crate::ir::{Api, FieldPath, OffsetIn, Operation, PageInput, PageStyle, Pagination, TypeRef};
use proc_macro2::TokenStream;
use quote::quote;

pub(super) fn stream_method(api: &Api, op: &Operation, page: &Pagination) -> TokenStream {
    let stream_name = name_ident(&page.stream_name);
    let Signature { args, .. } = signature(api, op, Some(&super::syntax::lifetime("a")));
    let too_many = super::lints::method(&page.stream_name, args.len());
    let item_ty = type_tokens(api, &page.items.item_ty, Scope::Crate);
    let (body, how) = match &page.style {
        PageStyle::Offset { offset, total } => (
            offset_walk(api, op, page, offset, total.as_ref()),
            OFFSET_DOC,
        ),
        PageStyle::PageNumber {
            page: input,
            first_page,
            total_pages,
        } => (
            page_walk(api, op, page, input, *first_page, total_pages.as_ref()),
            PAGE_DOC,
        ),
        PageStyle::Cursor {
            cursor,
            next,
            has_more,
        } => {
            let next = read(quote! { response }, false, next);
            (
                cursor_walk(api, op, page, cursor, next, has_more.as_ref(), false),
                CURSOR_DOC,
            )
        }
        PageStyle::LastItem {
            cursor,
            item_id,
            has_more,
        } => {
            let next = read(quote! { items.last() }, true, item_id);
            (
                cursor_walk(api, op, page, cursor, next, has_more.as_ref(), true),
                LAST_ITEM_DOC,
            )
        }
        PageStyle::LinkHeader => {
            let name = name_ident(&op.name);
            let args = passed_args(op);
            let response_ty = response_type(api, op);
            let items = take_items(page);
            let body = quote! {
                crate::runtime::pagination::link_stream(
                    move || self.#name(#(#args),*),
                    |response: #response_ty| #items,
                )
            };
            (body, LINK_DOC)
        }
        PageStyle::NextUrl { next } => {
            let name = name_ident(&op.name);
            let args = passed_args(op);
            let response_ty = response_type(api, op);
            let next = read(quote! { response }, false, next);
            let items = take_items(page);
            let body = quote! {
                crate::runtime::pagination::next_url_stream(
                    move || self.#name(#(#args),*),
                    |response: #response_ty| {
                        let next = #next;
                        (#items, next)
                    },
                )
            };
            (body, NEXT_URL_DOC)
        }
    };
    let plain = op.name.plain();
    let doc = format!(
        "Every item of [`Client::{plain}`](crate::Client::{plain}) across all pages, as a stream. \
         {how} The stream also ends on an empty page, on a page it has already seen, or after \
         yielding the first error."
    );
    let doc = super::docs::own_doc(&doc);
    let deprecated = if op.deprecated {
        quote! { #[deprecated] }
    } else {
        TokenStream::new()
    };
    quote! {
        #doc
        #deprecated
        #(#too_many)*
        pub fn #stream_name<'a>(&'a self, #(#args),*) -> impl ::futures_util::Stream<Item = ::core::result::Result<#item_ty, crate::runtime::Error>> + Send + 'a {
            #body
        }
    }
}

const OFFSET_DOC: &str =
    "The next page starts at the previous offset plus the items received; the \
    stream ends at the reported total.";
const PAGE_DOC: &str =
    "Pages are fetched by number, one after the other; the stream ends after the \
    last page the response reports.";
const CURSOR_DOC: &str = "Each page names the cursor of the next; the stream ends on a page that \
    names none or says there are no more.";
const LAST_ITEM_DOC: &str = "Each page starts after the last item of the previous one; the stream \
    ends on a page that says there are no more.";
const LINK_DOC: &str =
    "The next page is the `Link` response header's `rel=\"next\"` URL, followed \
    only on the API's own origin; the stream ends on a page without one.";
const NEXT_URL_DOC: &str = "The next page is the URL the response names, followed only on the \
    API's own origin; the stream ends on a page without one.";

/// The holder of a page input: `params` or `body`.
fn holder(input: &PageInput) -> TokenStream {
    match input.location {
        OffsetIn::Query => quote! { params },
        OffsetIn::Body => quote! { body },
    }
}

/// The arguments of the operation's call inside a fetch closure: the holder of `input`
/// is a fresh owned copy per page, other arguments are passed through as the caller
/// gave them.
fn call_args(op: &Operation, input: Option<&PageInput>) -> Vec<TokenStream> {
    let path = op.path_params.iter().map(|p| {
        let arg = name_ident(&p.name.ident);
        quote! { #arg }
    });
    let pass = |is_holder: bool, name: TokenStream| {
        if is_holder {
            quote! { &#name }
        } else {
            name
        }
    };
    let location = input.map(|i| i.location);
    let params = op
        .params_struct
        .as_ref()
        .map(|_| pass(location == Some(OffsetIn::Query), quote! { params }));
    let body = op
        .body
        .as_ref()
        .map(|_| pass(location == Some(OffsetIn::Body), quote! { body }));
    path.chain(params).chain(body).collect()
}

fn passed_args(op: &Operation) -> Vec<TokenStream> {
    call_args(op, None)
}

/// `value` (a `u64`) converted to the input's type, saturating.
fn from_u64(api: &Api, input: &PageInput, value: TokenStream) -> TokenStream {
    let converted = match &input.ty {
        TypeRef::U64 => value,
        ty => {
            let ty = type_tokens(api, ty, Scope::Crate);
            quote! { #ty::try_from(#value).unwrap_or(#ty::MAX) }
        }
    };
    if input.optional {
        quote! { Some(#converted) }
    } else {
        converted
    }
}

/// The caller's value of a numeric input as a `u64`, or `fallback`; `name` names the
/// value in the conversion's closure.
fn start_value(input: &PageInput, fallback: TokenStream, name: TokenStream) -> TokenStream {
    let holder = holder(input);
    let field = name_ident(&input.field);
    let current = if input.optional {
        quote! { #holder.#field }
    } else {
        quote! { Some(#holder.#field) }
    };
    if input.ty == TypeRef::U64 {
        quote! { #current.unwrap_or(#fallback) }
    } else {
        quote! { #current.and_then(|#name| u64::try_from(#name).ok()).unwrap_or(#fallback) }
    }
}

/// A count read from the response as `Option<u64>`.
fn read_count(path: Option<&FieldPath>, name: TokenStream) -> TokenStream {
    let Some(path) = path else {
        return quote! { None };
    };
    let convert = if path.ty == TypeRef::U64 {
        quote! { Some(#name) }
    } else {
        quote! { u64::try_from(#name).ok() }
    };
    match path.steps.as_slice() {
        [only] if only.optional => {
            let field = name_ident(&only.field);
            quote! { response.#field.and_then(|#name| #convert) }
        }
        [only] => {
            let field = name_ident(&only.field);
            quote! { { let #name = response.#field; #convert } }
        }
        _ => {
            let value = read(quote! { response }, false, path);
            quote! { #value.and_then(|#name| #convert) }
        }
    }
}

fn offset_walk(
    api: &Api,
    op: &Operation,
    page: &Pagination,
    offset: &PageInput,
    total: Option<&FieldPath>,
) -> TokenStream {
    let name = name_ident(&op.name);
    let holder = holder(offset);
    let field = name_ident(&offset.field);
    let start = start_value(offset, quote! { 0 }, quote! { offset });
    let assign = from_u64(api, offset, quote! { offset });
    let args = call_args(op, Some(offset));
    let response_ty = response_type(api, op);
    let items = take_items(page);
    let total = read_count(total, quote! { total });
    quote! {
        let #holder = #holder.clone();
        let start = #start;
        crate::runtime::pagination::offset_stream(
            start,
            move |offset| {
                let mut #holder = #holder.clone();
                #holder.#field = #assign;
                self.#name(#(#args),*)
            },
            |response: #response_ty| (#items, #total),
        )
    }
}

fn page_walk(
    api: &Api,
    op: &Operation,
    page: &Pagination,
    input: &PageInput,
    first_page: u64,
    total_pages: Option<&FieldPath>,
) -> TokenStream {
    let name = name_ident(&op.name);
    let holder = holder(input);
    let field = name_ident(&input.field);
    let first_page = proc_macro2::Literal::u64_unsuffixed(first_page);
    let start = start_value(input, quote! { #first_page }, quote! { page });
    let assign = from_u64(api, input, quote! { page });
    let args = call_args(op, Some(input));
    let response_ty = response_type(api, op);
    let items = take_items(page);
    let total_pages = read_count(total_pages, quote! { pages });
    quote! {
        let start = #start;
        crate::runtime::pagination::page_stream(
            start,
            #first_page,
            move |page| {
                let mut #holder = #holder.clone();
                #holder.#field = #assign;
                self.#name(#(#args),*)
            },
            |response: #response_ty| (#items, #total_pages),
        )
    }
}

/// The cursor and last-item styles; `next` reads the next cursor, from the response
/// or (`after_items`) from the items once they are taken out.
fn cursor_walk(
    api: &Api,
    op: &Operation,
    page: &Pagination,
    cursor: &PageInput,
    next: TokenStream,
    has_more: Option<&FieldPath>,
    after_items: bool,
) -> TokenStream {
    let name = name_ident(&op.name);
    let holder = holder(cursor);
    let field = name_ident(&cursor.field);
    let cursor_ty = type_tokens(api, &cursor.ty, Scope::Crate);
    let value = if is_copy_scalar(&cursor.ty) {
        quote! { *cursor }
    } else {
        quote! { cursor.clone() }
    };
    let assign = if cursor.optional {
        quote! { Some(#value) }
    } else {
        value
    };
    let args = call_args(op, Some(cursor));
    let response_ty = response_type(api, op);
    let items = take_items(page);
    let has_more = match has_more {
        Some(path) => read(quote! { response }, false, path),
        None => quote! { None },
    };
    let split = if after_items {
        quote! {
            let has_more = #has_more;
            let items = #items;
            let next = #next;
        }
    } else {
        quote! {
            let has_more = #has_more;
            let next = #next;
            let items = #items;
        }
    };
    quote! {
        crate::runtime::pagination::cursor_stream(
            move |cursor: Option<&#cursor_ty>| {
                let mut #holder = #holder.clone();
                if let Some(cursor) = cursor {
                    #holder.#field = #assign;
                }
                self.#name(#(#args),*)
            },
            |response: #response_ty| {
                #split
                crate::runtime::pagination::CursorPage { items, next, has_more }
            },
        )
    }
}

/// The page's items (`Vec<T>`), moved out of `response`.
fn take_items(page: &Pagination) -> TokenStream {
    let Some(path) = &page.items.field else {
        return quote! { response };
    };
    let mut expr = quote! { response };
    let mut in_option = false;
    for step in &path.steps {
        let field = name_ident(&step.field);
        expr = match (in_option, step.optional) {
            (false, _) => quote! { #expr.#field },
            (true, false) => quote! { #expr.map(|value| value.#field) },
            (true, true) => quote! { #expr.and_then(|value| value.#field) },
        };
        in_option |= step.optional;
    }
    if in_option {
        quote! { #expr.unwrap_or_default() }
    } else {
        expr
    }
}

/// An owned `Option<T>` of the field at `path` from `root` (an `Option<&_>` when
/// `root_is_option`): the way there is read by reference, the last field is copied or
/// cloned.
fn read(root: TokenStream, root_is_option: bool, path: &FieldPath) -> TokenStream {
    let copy = is_copy_scalar(&path.ty);
    let mut expr = root;
    let mut in_option = root_is_option;
    let last = path.steps.len().saturating_sub(1);
    for (index, step) in path.steps.iter().enumerate() {
        let field = name_ident(&step.field);
        let owned = if copy {
            quote! { value.#field }
        } else {
            quote! { value.#field.clone() }
        };
        expr = match (index == last, in_option, step.optional) {
            (false, false, false) => quote! { #expr.#field },
            (false, false, true) => quote! { #expr.#field.as_ref() },
            (false, true, false) => quote! { #expr.map(|value| &value.#field) },
            (false, true, true) => quote! { #expr.and_then(|value| value.#field.as_ref()) },
            (true, false, false) if copy => quote! { Some(#expr.#field) },
            (true, false, false) => quote! { Some(#expr.#field.clone()) },
            (true, false, true) if copy => quote! { #expr.#field },
            (true, false, true) => quote! { #expr.#field.clone() },
            (true, true, false) => quote! { #expr.map(|value| #owned) },
            (true, true, true) => quote! { #expr.and_then(|value| #owned) },
        };
        in_option |= step.optional;
    }
    expr
}
