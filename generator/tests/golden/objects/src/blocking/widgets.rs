// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::create_widget`](crate::Client::create_widget).
    pub fn create_widget(
        &self,
        body: &crate::models::Widget,
    ) -> crate::runtime::BlockingCall<'_, crate::models::Widget> {
        crate::runtime::BlockingCall::new(self.inner.create_widget(body))
    }
}
