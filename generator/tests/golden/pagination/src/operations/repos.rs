// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// GitHub style, detected from the declared Link header.
    ///
    /// `GET /repos`
    pub fn list_repos(
        &self,
        params: &crate::models::ListReposParams,
    ) -> crate::runtime::Call<'_, Vec<crate::models::Thing>> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/repos",
        );
        request
            .query_param(
                "per_page",
                &params.per_page,
                crate::runtime::ParamStyle::Form,
                true,
            );
        request
            .query_param("page", &params.page, crate::runtime::ParamStyle::Form, true);
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
    /// Every item of [`Client::list_repos`](crate::Client::list_repos) across all pages, as a stream. The next page is the `Link` response header's `rel="next"` URL, followed only on the API's own origin; the stream ends on a page without one. The stream also ends on an empty page, on a page it has already seen, or after yielding the first error.
    pub fn list_repos_stream<'a>(
        &'a self,
        params: &'a crate::models::ListReposParams,
    ) -> impl ::futures_util::Stream<
        Item = ::core::result::Result<crate::models::Thing, crate::runtime::Error>,
    > + Send + 'a {
        crate::runtime::pagination::link_stream(
            move || self.list_repos(params),
            |response: Vec<crate::models::Thing>| response,
        )
    }
}
