// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: cargo xtask codegen
//! Walking pages as one stream of items, in every pagination style the generator
//! knows: offset/limit, page number, a cursor or token from the body (also the last
//! item's id, as Stripe's `starting_after`), the `Link` header with `rel="next"`, and
//! a next-page URL in the body.
//!
//! Every style runs on one walk ([`walk`]): it fetches a page, yields its items and
//! asks the style where the next page is. Whatever the server answers, the walk ends:
//! after the first error (which is yielded), on the last page as the style recognises
//! it, on an empty page, on a cursor it has already sent, on a body byte-for-byte
//! equal to the previous page's (the server ignores the cursor; the repeat is not
//! yielded), and after [`MAX_PAGES`] pages.

use std::collections::HashSet;
use std::hash::Hash;

use bytes::Bytes;
use futures_util::stream::{self, Stream, StreamExt};
use reqwest::header::{HeaderMap, LINK};
use reqwest::Url;

use crate::runtime::call::Call;
use crate::runtime::client::{RawResponse, Response};
use crate::runtime::error::Error;

/// Hard limit on the pages one stream fetches, a backstop against servers that keep
/// answering with new pages forever.
pub const MAX_PAGES: u64 = 100_000;

/// A cursor a page hands out for the next one. An empty string, or zero for integer
/// cursors (as Twitter-style APIs send), means there is no next page.
pub trait PageCursor: Clone + Eq + Hash + Send {
    /// Whether this value marks the last page rather than naming the next.
    fn is_end(&self) -> bool;
}

impl PageCursor for String {
    fn is_end(&self) -> bool {
        self.is_empty()
    }
}

macro_rules! integer_cursor {
    ($($ty:ty),*) => {
        $(impl PageCursor for $ty {
            fn is_end(&self) -> bool {
                *self == 0
            }
        })*
    };
}

integer_cursor!(i32, i64, u32, u64);

/// One page of a cursor-paginated listing, taken apart by generated code.
#[derive(Debug)]
pub struct CursorPage<T, C> {
    /// The items of the page.
    pub items: Vec<T>,
    /// The cursor of the next page, if the page names one.
    pub next: Option<C>,
    /// The page's own statement that more pages follow (`has_more`), if it has one.
    pub has_more: Option<bool>,
}

/// Walks offset/limit pages and yields every item.
///
/// It calls `fetch(offset)` starting at `start`; `split` takes a page apart into its
/// items and the total the server reported (`count`), if any. The next offset is the
/// current one plus the number of items received, as in the official SDKs; the walk
/// also stops when it reaches the total.
pub fn offset_stream<'a, P, T, F>(
    start: u64,
    mut fetch: F,
    split: fn(P) -> (Vec<T>, Option<u64>),
) -> impl Stream<Item = Result<T, Error>> + Send + Unpin + 'a
where
    F: FnMut(u64) -> Call<'a, P> + Send + 'a,
    P: Send + 'a,
    T: Send + 'a,
{
    walk(
        Some(start),
        move |offset: Option<&u64>| fetch(offset.copied().unwrap_or(start)),
        move |value: P, page: &Fetched<'_, u64>| {
            let (items, total) = split(value);
            let offset = page.cursor.copied().unwrap_or(start);
            let next = offset.saturating_add(items.len() as u64);
            let next = if total.is_some_and(|total| next >= total) {
                Next::End
            } else {
                Next::Page(next)
            };
            (items, next)
        },
    )
}

/// Walks numbered pages and yields every item.
///
/// It calls `fetch(page)` starting at `start` and adds one per page; `first_page` is
/// the number the API gives its first page (0 or 1). `split` takes a page apart into
/// its items and the number of pages the server reported, if any: the walk also stops
/// on the last of them.
pub fn page_stream<'a, P, T, F>(
    start: u64,
    first_page: u64,
    mut fetch: F,
    split: fn(P) -> (Vec<T>, Option<u64>),
) -> impl Stream<Item = Result<T, Error>> + Send + Unpin + 'a
where
    F: FnMut(u64) -> Call<'a, P> + Send + 'a,
    P: Send + 'a,
    T: Send + 'a,
{
    walk(
        Some(start),
        move |page: Option<&u64>| fetch(page.copied().unwrap_or(start)),
        move |value: P, page: &Fetched<'_, u64>| {
            let (items, total_pages) = split(value);
            let number = page.cursor.copied().unwrap_or(start);
            let last = total_pages
                .is_some_and(|total| number.saturating_add(1) >= first_page.saturating_add(total));
            let next = if last {
                Next::End
            } else {
                Next::Page(number.saturating_add(1))
            };
            (items, next)
        },
    )
}

/// Walks pages linked by a cursor and yields every item.
///
/// The first page is fetched with `fetch(None)`, i.e. as the caller built the request;
/// every later one with `fetch(Some(cursor))`, the cursor the previous page named.
/// `split` takes a page apart; the walk also stops when a page names no next cursor
/// (or an empty one) or says `has_more: false`.
pub fn cursor_stream<'a, P, T, C, F>(
    fetch: F,
    split: fn(P) -> CursorPage<T, C>,
) -> impl Stream<Item = Result<T, Error>> + Send + Unpin + 'a
where
    F: FnMut(Option<&C>) -> Call<'a, P> + Send + 'a,
    C: PageCursor + 'a,
    P: Send + 'a,
    T: Send + 'a,
{
    walk(None, fetch, move |value: P, _page: &Fetched<'_, C>| {
        let CursorPage {
            items,
            next,
            has_more,
        } = split(value);
        let next = match next {
            Some(cursor) if has_more != Some(false) && !cursor.is_end() => Next::Page(cursor),
            _ => Next::End,
        };
        (items, next)
    })
}

/// Walks pages linked by the `Link` response header (`rel="next"`, as GitHub sends)
/// and yields every item; `split` takes the items out of a page.
///
/// The first page is `fetch()` as the caller built it; later pages are the same call
/// sent to the linked URL, resolved against the URL of the page that named it. A link
/// to another origin than the API's is refused with an error, since the credentials
/// would go with it.
pub fn link_stream<'a, P, T, F>(
    fetch: F,
    split: fn(P) -> Vec<T>,
) -> impl Stream<Item = Result<T, Error>> + Send + Unpin + 'a
where
    F: FnMut() -> Call<'a, P> + Send + 'a,
    P: Send + 'a,
    T: Send + 'a,
{
    walk(
        None,
        linked(fetch),
        move |value: P, page: &Fetched<'_, Url>| {
            let next = match next_link(&page.raw.headers) {
                Some(target) => resolve(page.url, &target),
                None => Next::End,
            };
            (split(value), next)
        },
    )
}

/// Walks pages whose body names the URL of the next page (a `next` or `nextLink`
/// field) and yields every item; `split` takes a page apart into its items and that
/// URL. Links are followed as in [`link_stream`].
pub fn next_url_stream<'a, P, T, F>(
    fetch: F,
    split: fn(P) -> (Vec<T>, Option<String>),
) -> impl Stream<Item = Result<T, Error>> + Send + Unpin + 'a
where
    F: FnMut() -> Call<'a, P> + Send + 'a,
    P: Send + 'a,
    T: Send + 'a,
{
    walk(
        None,
        linked(fetch),
        move |value: P, page: &Fetched<'_, Url>| {
            let (items, target) = split(value);
            let next = match target.filter(|t| !t.trim().is_empty()) {
                Some(target) => resolve(page.url, &target),
                None => Next::End,
            };
            (items, next)
        },
    )
}

/// The target of the first `rel="next"` link in the `Link` headers (RFC 8288), as
/// written: a URL reference, possibly relative.
pub fn next_link(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(LINK)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find_map(next_in_header)
}

/// One `Link` header value: `<target>; param=value; ..., <target>; ...`.
fn next_in_header(value: &str) -> Option<String> {
    let mut rest = value;
    loop {
        rest = rest.trim_start_matches(|c: char| c == ',' || c.is_ascii_whitespace());
        let Some(after) = rest.strip_prefix('<') else {
            // Anything unparsable before the next link-value is skipped.
            let comma = rest.find(',')?;
            rest = &rest[comma..];
            continue;
        };
        let close = after.find('>')?;
        let target = &after[..close];
        rest = &after[close + 1..];
        let mut is_next = false;
        while let Some(params) = rest.trim_start().strip_prefix(';') {
            let (name, value, after_param) = link_param(params);
            rest = after_param;
            // `rel` may list several relation types separated by spaces.
            if name.eq_ignore_ascii_case("rel")
                && value
                    .split_ascii_whitespace()
                    .any(|rel| rel.eq_ignore_ascii_case("next"))
            {
                is_next = true;
            }
        }
        if is_next {
            return Some(target.trim().to_owned());
        }
        let comma = rest.find(',')?;
        rest = &rest[comma..];
    }
}

/// Reads `name[=value]` from the start of `text`; the value may be a quoted string
/// with backslash escapes. Returns the name, the value and what follows.
fn link_param(text: &str) -> (&str, String, &str) {
    let end = text.find(['=', ';', ',']).unwrap_or(text.len());
    let name = text[..end].trim();
    let rest = &text[end..];
    let Some(rest) = rest.strip_prefix('=') else {
        return (name, String::new(), rest);
    };
    let rest = rest.trim_start();
    if let Some(quoted) = rest.strip_prefix('"') {
        let mut value = String::new();
        let mut chars = quoted.char_indices();
        while let Some((at, c)) = chars.next() {
            match c {
                '\\' => {
                    if let Some((_, escaped)) = chars.next() {
                        value.push(escaped);
                    }
                }
                '"' => return (name, value, &quoted[at + 1..]),
                other => value.push(other),
            }
        }
        return (name, value, "");
    }
    let end = rest.find([';', ',']).unwrap_or(rest.len());
    (name, rest[..end].trim().to_owned(), &rest[end..])
}

/// The next page's URL: `target` resolved against the URL of the page that named it.
fn resolve(base: Option<&Url>, target: &str) -> Next<Url> {
    let parsed = match base {
        Some(base) => base.join(target.trim()),
        None => Url::parse(target.trim()),
    };
    match parsed {
        Ok(url) if url.scheme() == "http" || url.scheme() == "https" => Next::Page(url),
        Ok(url) => Next::Fail(Error::InvalidRequest(format!(
            "the next page link {url} is not an http(s) URL"
        ))),
        Err(e) => Next::Fail(Error::InvalidRequest(format!(
            "the next page link {target:?} is not a URL: {e}"
        ))),
    }
}

/// The fetch of link-following styles: the caller's call, sent to the link if there
/// is one.
fn linked<'a, P, F>(mut fetch: F) -> impl FnMut(Option<&Url>) -> Call<'a, P> + Send + 'a
where
    F: FnMut() -> Call<'a, P> + Send + 'a,
    P: 'a,
{
    move |url: Option<&Url>| {
        let call = fetch();
        match url {
            Some(url) => call.at_url(url.clone()),
            None => call,
        }
    }
}

/// What a page says about the one after it.
enum Next<C> {
    /// Fetch the page with this cursor.
    Page(C),
    /// This was the last page.
    End,
    /// The page names a next page that cannot be fetched; the error ends the stream.
    Fail(Error),
}

/// A page as it arrived, for a style to read its cursor from.
struct Fetched<'p, C> {
    /// The response, headers included.
    raw: &'p RawResponse,
    /// The cursor it was fetched with (`None` for a first page sent as the caller
    /// built it).
    cursor: Option<&'p C>,
    /// The URL it was requested from, before redirects.
    url: Option<&'p Url>,
}

/// Where the walk stands between two pages.
struct Walk<F, S, C> {
    fetch: F,
    step: S,
    next: Option<C>,
    sent: HashSet<C>,
    pages: u64,
    finished: bool,
    previous_body: Option<Bytes>,
}

/// The walk every style shares: `fetch` makes the call for a cursor, `step` takes a
/// page apart into its items and what it says about the next page. See the module
/// documentation for when it stops.
fn walk<'a, P, T, C, F, S>(
    first: Option<C>,
    fetch: F,
    step: S,
) -> impl Stream<Item = Result<T, Error>> + Send + Unpin + 'a
where
    F: FnMut(Option<&C>) -> Call<'a, P> + Send + 'a,
    S: FnMut(P, &Fetched<'_, C>) -> (Vec<T>, Next<C>) + Send + 'a,
    C: Clone + Eq + Hash + Send + 'a,
    P: Send + 'a,
    T: Send + 'a,
{
    let state = Walk {
        fetch,
        step,
        next: first,
        sent: HashSet::new(),
        pages: 0,
        finished: false,
        previous_body: None,
    };
    let pages = stream::unfold(state, move |mut st| async move {
        if st.finished {
            return None;
        }
        let cursor = st.next.take();
        let call = (st.fetch)(cursor.as_ref());
        let url = call.url().ok();
        let batch: Vec<Result<T, Error>> = match call.send_with_response().await {
            Err(err) => {
                st.finished = true;
                vec![Err(err)]
            }
            Ok(Response { value, raw }) => {
                if st.previous_body.as_ref() == Some(&raw.body) {
                    return None;
                }
                st.pages += 1;
                let page = Fetched {
                    raw: &raw,
                    cursor: cursor.as_ref(),
                    url: url.as_ref(),
                };
                let (items, next) = (st.step)(value, &page);
                if let Some(cursor) = cursor {
                    st.sent.insert(cursor);
                }
                let more = !items.is_empty() && st.pages < MAX_PAGES;
                let mut batch: Vec<Result<T, Error>> = items.into_iter().map(Ok).collect();
                match next {
                    Next::Page(cursor) if more && !st.sent.contains(&cursor) => {
                        st.next = Some(cursor);
                    }
                    Next::Fail(err) if more => {
                        st.finished = true;
                        batch.push(Err(err));
                    }
                    _ => st.finished = true,
                }
                st.previous_body = Some(raw.body);
                batch
            }
        };
        Some((stream::iter(batch), st))
    });
    // Fused so that polling again after the end returns `None` instead of panicking.
    Box::pin(pages.flatten().fuse())
}
