// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::submit_form`](crate::Client::submit_form).
    pub fn submit_form(
        &self,
        body: Option<&crate::models::SubmitFormBody>,
    ) -> crate::runtime::BlockingCall<'_, String> {
        crate::runtime::BlockingCall::new(self.inner.submit_form(body))
    }
}
