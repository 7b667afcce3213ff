// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// Page numbers without a total are ambiguous; configured in generator.toml.
    ///
    /// `GET /pages`
    pub fn list_pages(
        &self,
        params: &crate::models::ListPagesParams,
    ) -> crate::runtime::Call<'_, crate::models::ListPagesResponse> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/pages",
        );
        request.query_param("p", &params.p, crate::runtime::ParamStyle::Form, true);
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// Every item of [`Client::list_pages`](crate::Client::list_pages) across all pages, as a stream. Pages are fetched by number, one after the other; the stream ends after the last page the response reports. The stream also ends on an empty page, on a page it has already seen, or after yielding the first error.
    pub fn list_pages_stream<'a>(
        &'a self,
        params: &'a crate::models::ListPagesParams,
    ) -> impl ::futures_util::Stream<
        Item = ::core::result::Result<crate::models::Thing, crate::runtime::Error>,
    > + Send + 'a {
        let start = params.p.and_then(|page| u64::try_from(page).ok()).unwrap_or(1);
        crate::runtime::pagination::page_stream(
            start,
            1,
            move |page| {
                let mut params = params.clone();
                params.p = Some(i64::try_from(page).unwrap_or(i64::MAX));
                self.list_pages(&params)
            },
            |response: crate::models::ListPagesResponse| (
                response.entries.unwrap_or_default(),
                response
                    .meta
                    .as_ref()
                    .and_then(|value| value.pages)
                    .and_then(|pages| u64::try_from(pages).ok()),
            ),
        )
    }
}
