// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// Page numbers with the number of pages, detected.
    ///
    /// `GET /numbered`
    pub fn list_numbered(
        &self,
        params: &crate::models::ListNumberedParams,
    ) -> crate::runtime::Call<'_, crate::models::ListNumberedResponse> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/numbered",
        );
        request
            .query_param("page", &params.page, crate::runtime::ParamStyle::Form, true);
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// Every item of [`Client::list_numbered`](crate::Client::list_numbered) across all pages, as a stream. Pages are fetched by number, one after the other; the stream ends after the last page the response reports. The stream also ends on an empty page, on a page it has already seen, or after yielding the first error.
    pub fn list_numbered_stream<'a>(
        &'a self,
        params: &'a crate::models::ListNumberedParams,
    ) -> impl ::futures_util::Stream<
        Item = ::core::result::Result<crate::models::Thing, crate::runtime::Error>,
    > + Send + 'a {
        let start = params.page.and_then(|page| u64::try_from(page).ok()).unwrap_or(0);
        crate::runtime::pagination::page_stream(
            start,
            0,
            move |page| {
                let mut params = params.clone();
                params.page = Some(i32::try_from(page).unwrap_or(i32::MAX));
                self.list_numbered(&params)
            },
            |response: crate::models::ListNumberedResponse| (
                response.items.unwrap_or_default(),
                response.total_pages.and_then(|pages| u64::try_from(pages).ok()),
            ),
        )
    }
}
