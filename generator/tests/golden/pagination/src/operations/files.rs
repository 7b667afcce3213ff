// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// Google style, detected from pageToken and nextPageToken.
    ///
    /// `GET /files`
    pub fn list_files(
        &self,
        params: &crate::models::ListFilesParams,
    ) -> crate::runtime::Call<'_, crate::models::ListFilesResponse> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/files",
        );
        request
            .query_param(
                "pageToken",
                &params.page_token,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// Every item of [`Client::list_files`](crate::Client::list_files) across all pages, as a stream. Each page names the cursor of the next; the stream ends on a page that names none or says there are no more. The stream also ends on an empty page, on a page it has already seen, or after yielding the first error.
    pub fn list_files_stream<'a>(
        &'a self,
        params: &'a crate::models::ListFilesParams,
    ) -> impl ::futures_util::Stream<
        Item = ::core::result::Result<crate::models::Thing, crate::runtime::Error>,
    > + Send + 'a {
        crate::runtime::pagination::cursor_stream(
            move |cursor: Option<&String>| {
                let mut params = params.clone();
                if let Some(cursor) = cursor {
                    params.page_token = Some(cursor.clone());
                }
                self.list_files(&params)
            },
            |response: crate::models::ListFilesResponse| {
                let has_more = None;
                let next = response.next_page_token.clone();
                let items = response.files.unwrap_or_default();
                crate::runtime::pagination::CursorPage {
                    items,
                    next,
                    has_more,
                }
            },
        )
    }
}
