// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::cycles`](crate::Client::cycles).
    pub fn cycles(
        &self,
        id: &str,
        params: &crate::models::CyclesParams,
        body: Option<&::serde_json::Value>,
    ) -> crate::runtime::BlockingCall<'_, ::bytes::Bytes> {
        crate::runtime::BlockingCall::new(self.inner.cycles(id, params, body))
    }
}
