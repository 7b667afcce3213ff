// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// `GET /foo`
    pub fn list_foo(
        &self,
        params: &crate::models::ListFooParams,
    ) -> crate::runtime::Call<'_, crate::models::ListFooResponse> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/foo",
        );
        request
            .query_param(
                "offset",
                &params.offset,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// Every item of [`Client::list_foo`](crate::Client::list_foo) across all pages, as a stream. The next page starts at the previous offset plus the items received; the stream ends at the reported total. The stream also ends on an empty page, on a page it has already seen, or after yielding the first error.
    pub fn list_foo_stream2<'a>(
        &'a self,
        params: &'a crate::models::ListFooParams,
    ) -> impl ::futures_util::Stream<
        Item = ::core::result::Result<crate::models::Thing, crate::runtime::Error>,
    > + Send + 'a {
        let params = params.clone();
        let start = params
            .offset
            .and_then(|offset| u64::try_from(offset).ok())
            .unwrap_or(0);
        crate::runtime::pagination::offset_stream(
            start,
            move |offset| {
                let mut params = params.clone();
                params.offset = Some(i64::try_from(offset).unwrap_or(i64::MAX));
                self.list_foo(&params)
            },
            |response: crate::models::ListFooResponse| (
                response.results.unwrap_or_default(),
                response.total.and_then(|total| u64::try_from(total).ok()),
            ),
        )
    }
}
