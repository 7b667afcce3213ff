// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::put_wide`](crate::Client::put_wide).
    pub fn put_wide(
        &self,
        params: &crate::models::PutWideParams,
        body: &crate::models::Wide,
    ) -> crate::runtime::BlockingCall<'_, crate::models::WideExtra> {
        crate::runtime::BlockingCall::new(self.inner.put_wide(params, body))
    }
}
