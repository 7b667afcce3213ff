// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::chains`](crate::Client::chains).
    pub fn chains(
        &self,
        id: i64,
        params: &crate::models::ChainsParams,
        body: &crate::models::ChainsBody,
    ) -> crate::runtime::BlockingCall<'_, crate::models::ChainsResponse> {
        crate::runtime::BlockingCall::new(self.inner.chains(id, params, body))
    }
}
