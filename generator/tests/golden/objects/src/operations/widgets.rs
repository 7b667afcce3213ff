// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// `POST /widgets`
    pub fn create_widget(
        &self,
        body: &crate::models::Widget,
    ) -> crate::runtime::Call<'_, crate::models::Widget> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::POST,
            "/widgets",
        );
        request.json_body(body);
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::json)
    }
}
