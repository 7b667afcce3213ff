// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(deprecated)]
#![allow(clippy::should_implement_trait, clippy::wrong_self_convention)]
impl crate::Client {
    /// `DELETE /types/{type}`
    pub fn delete_types_by_type(&self, r#type: &str) -> crate::runtime::Call<'_, ()> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::DELETE,
            "/types/{type}",
        );
        request.path_param("type", r#type, crate::runtime::ParamStyle::Simple, false);
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::empty)
    }
    /// `GET /types`
    pub fn get_results2(&self) -> crate::runtime::Call<'_, ()> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/types",
        );
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::empty)
    }
}
