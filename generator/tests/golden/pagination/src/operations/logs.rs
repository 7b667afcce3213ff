// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// A cursor in the JSON body under names only the config knows.
    ///
    /// `POST /logs`
    pub fn list_logs(
        &self,
        body: &crate::models::ListLogsBody,
    ) -> crate::runtime::Call<'_, crate::models::ListLogsResponse> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::POST,
            "/logs",
        );
        request.json_body(body);
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// Every item of [`Client::list_logs`](crate::Client::list_logs) across all pages, as a stream. Each page names the cursor of the next; the stream ends on a page that names none or says there are no more. The stream also ends on an empty page, on a page it has already seen, or after yielding the first error.
    pub fn list_logs_stream<'a>(
        &'a self,
        body: &'a crate::models::ListLogsBody,
    ) -> impl ::futures_util::Stream<
        Item = ::core::result::Result<String, crate::runtime::Error>,
    > + Send + 'a {
        crate::runtime::pagination::cursor_stream(
            move |cursor: Option<&i64>| {
                let mut body = body.clone();
                if let Some(cursor) = cursor {
                    body.from = Some(*cursor);
                }
                self.list_logs(&body)
            },
            |response: crate::models::ListLogsResponse| {
                let has_more = response.meta.as_ref().map(|value| value.more);
                let next = response.meta.as_ref().and_then(|value| value.next_from);
                let items = response.lines;
                crate::runtime::pagination::CursorPage {
                    items,
                    next,
                    has_more,
                }
            },
        )
    }
}
