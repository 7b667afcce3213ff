// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::list_vaults`](crate::Client::list_vaults).
    pub fn list_vaults(
        &self,
    ) -> crate::runtime::BlockingCall<'_, crate::models::ListVaultsResponse> {
        crate::runtime::BlockingCall::new(self.inner.list_vaults())
    }
    /// Every item of every page, as an iterator: blocking form of [`Client::list_vaults_stream`](crate::Client::list_vaults_stream).
    pub fn list_vaults_stream<'a>(
        &'a self,
    ) -> crate::runtime::BlockingIter<'a, crate::models::Thing> {
        crate::runtime::BlockingIter::new(self.inner.list_vaults_stream())
    }
}
