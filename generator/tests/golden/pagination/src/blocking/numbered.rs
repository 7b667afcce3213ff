// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::list_numbered`](crate::Client::list_numbered).
    pub fn list_numbered(
        &self,
        params: &crate::models::ListNumberedParams,
    ) -> crate::runtime::BlockingCall<'_, crate::models::ListNumberedResponse> {
        crate::runtime::BlockingCall::new(self.inner.list_numbered(params))
    }
    /// Every item of every page, as an iterator: blocking form of [`Client::list_numbered_stream`](crate::Client::list_numbered_stream).
    pub fn list_numbered_stream<'a>(
        &'a self,
        params: &'a crate::models::ListNumberedParams,
    ) -> crate::runtime::BlockingIter<'a, crate::models::Thing> {
        crate::runtime::BlockingIter::new(self.inner.list_numbered_stream(params))
    }
}
