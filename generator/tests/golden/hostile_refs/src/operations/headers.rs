// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// `GET /headers`
    pub fn forbidden_headers(
        &self,
        params: &crate::models::ForbiddenHeadersParams,
    ) -> crate::runtime::Call<'_, ()> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/headers",
        );
        request.header_param("X-Request-Id", &params.x_request_id);
        request.security(&[&[crate::client::AUTH_AUTHORIZATION_HEADER]]);
        self.runtime.call(request, crate::runtime::decode::empty)
    }
}
