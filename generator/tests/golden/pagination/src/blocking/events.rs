// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::list_events`](crate::Client::list_events).
    pub fn list_events(
        &self,
    ) -> crate::runtime::BlockingCall<'_, crate::models::ListEventsResponse> {
        crate::runtime::BlockingCall::new(self.inner.list_events())
    }
    /// Every item of every page, as an iterator: blocking form of [`Client::list_events_stream`](crate::Client::list_events_stream).
    pub fn list_events_stream<'a>(
        &'a self,
    ) -> crate::runtime::BlockingIter<'a, crate::models::Thing> {
        crate::runtime::BlockingIter::new(self.inner.list_events_stream())
    }
}
