// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// Needs both the key and the token, or the key alone in a cookie.
    ///
    /// `GET /e`
    pub fn key_and_bearer(&self) -> crate::runtime::Call<'_, ()> {
        let mut request = crate::runtime::RequestSpec::new(::reqwest::Method::GET, "/e");
        request
            .security(
                &[
                    &[crate::client::AUTH_API_KEY, crate::client::AUTH_BEARER],
                    &[crate::client::AUTH_COOKIE_KEY],
                ],
            );
        self.runtime.call(request, crate::runtime::decode::empty)
    }
}
