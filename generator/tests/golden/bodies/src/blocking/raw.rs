// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::put_raw`](crate::Client::put_raw).
    pub fn put_raw(
        &self,
        body: ::bytes::Bytes,
    ) -> crate::runtime::BlockingCall<'_, ::bytes::Bytes> {
        crate::runtime::BlockingCall::new(self.inner.put_raw(body))
    }
}
