// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::tail_logs`](crate::Client::tail_logs).
    pub fn tail_logs(
        &self,
        params: &crate::models::TailLogsParams,
    ) -> crate::runtime::BlockingCall<'_, crate::runtime::EventStream<String>> {
        crate::runtime::BlockingCall::new(self.inner.tail_logs(params))
    }
    /// Blocking form of [`Client::watch_changes`](crate::Client::watch_changes).
    pub fn watch_changes(
        &self,
    ) -> crate::runtime::BlockingCall<
        '_,
        crate::runtime::EventStream<crate::models::Change>,
    > {
        crate::runtime::BlockingCall::new(self.inner.watch_changes())
    }
}
