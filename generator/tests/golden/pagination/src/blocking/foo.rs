// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::list_foo`](crate::Client::list_foo).
    pub fn list_foo(
        &self,
        params: &crate::models::ListFooParams,
    ) -> crate::runtime::BlockingCall<'_, crate::models::ListFooResponse> {
        crate::runtime::BlockingCall::new(self.inner.list_foo(params))
    }
    /// Every item of every page, as an iterator: blocking form of [`Client::list_foo_stream2`](crate::Client::list_foo_stream2).
    pub fn list_foo_stream2<'a>(
        &'a self,
        params: &'a crate::models::ListFooParams,
    ) -> crate::runtime::BlockingIter<'a, crate::models::Thing> {
        crate::runtime::BlockingIter::new(self.inner.list_foo_stream2(params))
    }
}
