// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl crate::Client {
    /// `POST /form`
    pub fn submit_form(
        &self,
        body: Option<&crate::models::SubmitFormBody>,
    ) -> crate::runtime::Call<'_, String> {
        let mut request = crate::runtime::RequestSpec::new(
            ::reqwest::Method::POST,
            "/form",
        );
        request.accept("text/plain");
        if let Some(body) = body {
            request.form_body(body);
        }
        request.security(&[]);
        self.runtime.call(request, crate::runtime::decode::text)
    }
}
