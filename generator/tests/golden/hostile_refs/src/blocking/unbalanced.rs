// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::unbalanced_open`](crate::Client::unbalanced_open).
    pub fn unbalanced_open(&self) -> crate::runtime::BlockingCall<'_, ()> {
        crate::runtime::BlockingCall::new(self.inner.unbalanced_open())
    }
    /// Blocking form of [`Client::unbalanced_close`](crate::Client::unbalanced_close).
    pub fn unbalanced_close(&self) -> crate::runtime::BlockingCall<'_, ()> {
        crate::runtime::BlockingCall::new(self.inner.unbalanced_close())
    }
}
