// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// Slack style, with the next cursor one object down.
    ///
    /// `GET /channels`
    pub fn list_channels(
        &self,
        params: &crate::models::ListChannelsParams,
    ) -> crate::runtime::Call<'_, crate::models::ListChannelsResponse> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/channels",
        );
        request
            .query_param(
                "cursor",
                &params.cursor,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// Every item of [`Client::list_channels`](crate::Client::list_channels) across all pages, as a stream. Each page names the cursor of the next; the stream ends on a page that names none or says there are no more. The stream also ends on an empty page, on a page it has already seen, or after yielding the first error.
    pub fn list_channels_stream<'a>(
        &'a self,
        params: &'a crate::models::ListChannelsParams,
    ) -> impl ::futures_util::Stream<
        Item = ::core::result::Result<crate::models::Thing, crate::runtime::Error>,
    > + Send + 'a {
        crate::runtime::pagination::cursor_stream(
            move |cursor: Option<&String>| {
                let mut params = params.clone();
                if let Some(cursor) = cursor {
                    params.cursor = Some(cursor.clone());
                }
                self.list_channels(&params)
            },
            |response: crate::models::ListChannelsResponse| {
                let has_more = None;
                let next = response
                    .response_metadata
                    .as_ref()
                    .and_then(|value| value.next_cursor.clone());
                let items = response.channels;
                crate::runtime::pagination::CursorPage {
                    items,
                    next,
                    has_more,
                }
            },
        )
    }
}
