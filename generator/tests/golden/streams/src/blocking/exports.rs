// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::export_lines`](crate::Client::export_lines).
    pub fn export_lines(
        &self,
        id: &str,
    ) -> crate::runtime::BlockingCall<
        '_,
        crate::runtime::JsonStream<crate::models::Record>,
    > {
        crate::runtime::BlockingCall::new(self.inner.export_lines(id))
    }
    /// Blocking form of [`Client::export_seq`](crate::Client::export_seq).
    pub fn export_seq(
        &self,
        id: &str,
    ) -> crate::runtime::BlockingCall<
        '_,
        crate::runtime::JsonStream<::serde_json::Value>,
    > {
        crate::runtime::BlockingCall::new(self.inner.export_seq(id))
    }
}
