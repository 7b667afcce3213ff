// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// `POST /search`
    pub fn search_things(
        &self,
        body: &crate::models::SearchThingsBody,
    ) -> crate::runtime::Call<'_, crate::models::SearchThingsResponse> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::POST,
            "/search",
        );
        request.json_body(body);
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// Every item of [`Client::search_things`](crate::Client::search_things) across all pages, as a stream. The next page starts at the previous offset plus the items received; the stream ends at the reported total. The stream also ends on an empty page, on a page it has already seen, or after yielding the first error.
    pub fn search_things_stream<'a>(
        &'a self,
        body: &'a crate::models::SearchThingsBody,
    ) -> impl ::futures_util::Stream<
        Item = ::core::result::Result<crate::models::Thing, crate::runtime::Error>,
    > + Send + 'a {
        let body = body.clone();
        let start = body
            .offset
            .and_then(|offset| u64::try_from(offset).ok())
            .unwrap_or(0);
        crate::runtime::pagination::offset_stream(
            start,
            move |offset| {
                let mut body = body.clone();
                body.offset = Some(i32::try_from(offset).unwrap_or(i32::MAX));
                self.search_things(&body)
            },
            |response: crate::models::SearchThingsResponse| (
                response.results.unwrap_or_default(),
                response.count.and_then(|total| u64::try_from(total).ok()),
            ),
        )
    }
}
