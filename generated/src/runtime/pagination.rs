// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: cargo xtask codegen
//! Walking offset/limit pages as one stream of items.

use bytes::Bytes;
use futures_util::stream::{self, Stream, StreamExt};

use crate::runtime::call::Call;
use crate::runtime::client::Response;
use crate::runtime::error::Error;

/// Hard limit on the pages one stream fetches, a backstop against servers that keep
/// answering with new pages forever.
pub const MAX_PAGES: u64 = 100_000;

/// Where the walk stands between two pages.
struct PageState<F> {
    fetch: F,
    offset: u64,
    pages: u64,
    finished: bool,
    previous_body: Option<Bytes>,
}

/// Walks offset/limit pages and yields every item.
///
/// It calls `fetch(offset)` starting at `start`; `split` takes a page apart into its
/// items and the total the server reported (`count`), if any. The next offset is the
/// current one plus the number of items received, as in the official SDKs. The walk
/// stops on an empty page, when the next offset reaches the total, or after the first
/// error, which is yielded. So that a server whose `count` lies cannot keep it going
/// forever, it also stops when a page's body is byte-for-byte the previous page's (the
/// server ignores the offset; the repeat is not yielded) and after [`MAX_PAGES`] pages.
pub fn offset_stream<'a, P, T, F>(
    start: u64,
    fetch: F,
    split: fn(P) -> (Vec<T>, Option<u64>),
) -> impl Stream<Item = Result<T, Error>> + Send + Unpin + 'a
where
    F: FnMut(u64) -> Call<'a, P> + Send + 'a,
    P: Send + 'a,
    T: Send + 'a,
{
    let state = PageState {
        fetch,
        offset: start,
        pages: 0,
        finished: false,
        previous_body: None,
    };
    let pages = stream::unfold(state, move |mut st| async move {
        if st.finished {
            return None;
        }
        let call = (st.fetch)(st.offset);
        let batch: Vec<Result<T, Error>> = match call.send_with_response().await {
            Err(err) => {
                st.finished = true;
                vec![Err(err)]
            }
            Ok(Response { value, raw }) => {
                if st.previous_body.as_ref() == Some(&raw.body) {
                    return None;
                }
                let (items, total) = split(value);
                st.pages += 1;
                let next = st.offset.saturating_add(items.len() as u64);
                let reached_total = total.is_some_and(|total| next >= total);
                if items.is_empty() || reached_total || st.pages >= MAX_PAGES {
                    st.finished = true;
                }
                st.offset = next;
                st.previous_body = Some(raw.body);
                items.into_iter().map(Ok).collect()
            }
        };
        Some((stream::iter(batch), st))
    });
    // Fused so that polling again after the end returns `None` instead of panicking.
    Box::pin(pages.flatten().fuse())
}
