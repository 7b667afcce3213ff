// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// `GET /pair/{a}{b}`
    pub fn adjacent_params(&self, a: &str, b: &str) -> crate::runtime::Call<'_, ()> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/pair/{a}{b}",
        );
        request.path_param("a", a, crate::runtime::ParamStyle::Simple, false);
        request.path_param("b", b, crate::runtime::ParamStyle::Simple, false);
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::empty)
    }
}
