// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::list_logs`](crate::Client::list_logs).
    pub fn list_logs(
        &self,
        body: &crate::models::ListLogsBody,
    ) -> crate::runtime::BlockingCall<'_, crate::models::ListLogsResponse> {
        crate::runtime::BlockingCall::new(self.inner.list_logs(body))
    }
    /// Every item of every page, as an iterator: blocking form of [`Client::list_logs_stream`](crate::Client::list_logs_stream).
    pub fn list_logs_stream<'a>(
        &'a self,
        body: &'a crate::models::ListLogsBody,
    ) -> crate::runtime::BlockingIter<'a, String> {
        crate::runtime::BlockingIter::new(self.inner.list_logs_stream(body))
    }
}
