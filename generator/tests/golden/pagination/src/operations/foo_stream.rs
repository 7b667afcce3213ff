// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// Keeps its name; listFoo's stream method gets another.
    ///
    /// `GET /foo-stream`
    pub fn list_foo_stream(&self) -> crate::runtime::Call<'_, crate::models::Thing> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/foo-stream",
        );
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
}
