// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
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
    /// `GET /pages/next`
    #[allow(
        clippy::should_implement_trait,
        clippy::wrong_self_convention,
        reason = "the method is named after the API's operation"
    )]
    pub fn next(&self) -> crate::runtime::Call<'_, ()> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::GET,
            "/pages/next",
        );
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::empty)
    }
    /// `POST /archives`
    #[allow(
        clippy::should_implement_trait,
        clippy::wrong_self_convention,
        reason = "the method is named after the API's operation"
    )]
    pub fn into_archive(&self) -> crate::runtime::Call<'_, ()> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::POST,
            "/archives",
        );
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::empty)
    }
    /// `POST /templates`
    #[allow(
        clippy::should_implement_trait,
        clippy::wrong_self_convention,
        reason = "the method is named after the API's operation"
    )]
    pub fn from_template(
        &self,
        params: &crate::models::FromTemplateParams,
    ) -> crate::runtime::Call<'_, ()> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::POST,
            "/templates",
        );
        request.query_param("a", &params.a, crate::runtime::ParamStyle::Form, true);
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::empty)
    }
}
