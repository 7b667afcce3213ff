// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::list_broken`](crate::Client::list_broken).
    pub fn list_broken(
        &self,
    ) -> crate::runtime::BlockingCall<'_, crate::models::ListBrokenResponse> {
        crate::runtime::BlockingCall::new(self.inner.list_broken())
    }
}
