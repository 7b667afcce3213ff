// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::list_pages`](crate::Client::list_pages).
    pub fn list_pages(
        &self,
        params: &crate::models::ListPagesParams,
    ) -> crate::runtime::BlockingCall<'_, crate::models::ListPagesResponse> {
        crate::runtime::BlockingCall::new(self.inner.list_pages(params))
    }
    /// Every item of every page, as an iterator: blocking form of [`Client::list_pages_stream`](crate::Client::list_pages_stream).
    pub fn list_pages_stream<'a>(
        &'a self,
        params: &'a crate::models::ListPagesParams,
    ) -> crate::runtime::BlockingIter<'a, crate::models::Thing> {
        crate::runtime::BlockingIter::new(self.inner.list_pages_stream(params))
    }
}
