// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::link_pets`](crate::Client::link_pets).
    pub fn link_pets(
        &self,
        params: &crate::models::LinkPetsParams,
    ) -> crate::runtime::BlockingCall<'_, ()> {
        crate::runtime::BlockingCall::new(self.inner.link_pets(params))
    }
    /// Blocking form of [`Client::purge_pets`](crate::Client::purge_pets).
    pub fn purge_pets(&self) -> crate::runtime::BlockingCall<'_, ()> {
        crate::runtime::BlockingCall::new(self.inner.purge_pets())
    }
}
