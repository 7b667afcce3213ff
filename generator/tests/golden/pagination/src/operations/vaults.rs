// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// Azure style, declared by x-ms-pageable.
    ///
    /// `GET /vaults`
    pub fn list_vaults(
        &self,
    ) -> crate::runtime::Call<'_, crate::models::ListVaultsResponse> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/vaults",
        );
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// Every item of [`Client::list_vaults`](crate::Client::list_vaults) across all pages, as a stream. The next page is the URL the response names, followed only on the API's own origin; the stream ends on a page without one. The stream also ends on an empty page, on a page it has already seen, or after yielding the first error.
    pub fn list_vaults_stream<'a>(
        &'a self,
    ) -> impl ::futures_util::Stream<
        Item = ::core::result::Result<crate::models::Thing, crate::runtime::Error>,
    > + Send + 'a {
        crate::runtime::pagination::next_url_stream(
            move || self.list_vaults(),
            |response: crate::models::ListVaultsResponse| {
                let next = response.next_link.clone();
                (response.value.unwrap_or_default(), next)
            },
        )
    }
}
