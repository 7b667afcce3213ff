// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::search_things`](crate::Client::search_things).
    pub fn search_things(
        &self,
        body: &crate::models::SearchThingsBody,
    ) -> crate::runtime::BlockingCall<'_, crate::models::SearchThingsResponse> {
        crate::runtime::BlockingCall::new(self.inner.search_things(body))
    }
    /// Every item of every page, as an iterator: blocking form of [`Client::search_things_stream`](crate::Client::search_things_stream).
    pub fn search_things_stream<'a>(
        &'a self,
        body: &'a crate::models::SearchThingsBody,
    ) -> crate::runtime::BlockingIter<'a, crate::models::Thing> {
        crate::runtime::BlockingIter::new(self.inner.search_things_stream(body))
    }
}
