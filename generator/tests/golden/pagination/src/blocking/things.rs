// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::list_things`](crate::Client::list_things).
    pub fn list_things(
        &self,
        params: &crate::models::ListThingsParams,
    ) -> crate::runtime::BlockingCall<'_, crate::models::ListThingsResponse> {
        crate::runtime::BlockingCall::new(self.inner.list_things(params))
    }
    /// Every item of every page, as an iterator: blocking form of [`Client::list_things_stream`](crate::Client::list_things_stream).
    pub fn list_things_stream<'a>(
        &'a self,
        params: &'a crate::models::ListThingsParams,
    ) -> crate::runtime::BlockingIter<'a, crate::models::Thing> {
        crate::runtime::BlockingIter::new(self.inner.list_things_stream(params))
    }
}
