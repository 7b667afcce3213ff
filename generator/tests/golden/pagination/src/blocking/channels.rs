// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::list_channels`](crate::Client::list_channels).
    pub fn list_channels(
        &self,
        params: &crate::models::ListChannelsParams,
    ) -> crate::runtime::BlockingCall<'_, crate::models::ListChannelsResponse> {
        crate::runtime::BlockingCall::new(self.inner.list_channels(params))
    }
    /// Every item of every page, as an iterator: blocking form of [`Client::list_channels_stream`](crate::Client::list_channels_stream).
    pub fn list_channels_stream<'a>(
        &'a self,
        params: &'a crate::models::ListChannelsParams,
    ) -> crate::runtime::BlockingIter<'a, crate::models::Thing> {
        crate::runtime::BlockingIter::new(self.inner.list_channels_stream(params))
    }
}
