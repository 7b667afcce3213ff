// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::cycles`](crate::Client::cycles).
    pub fn cycles(
        &self,
        id: &str,
        params: &crate::models::CyclesParams,
        body: Option<&::serde_json::Value>,
    ) -> crate::runtime::BlockingCall<'_, ::bytes::Bytes> {
        crate::runtime::BlockingCall::new(self.inner.cycles(id, params, body))
    }
    /// Blocking form of [`Client::chains`](crate::Client::chains).
    pub fn chains(
        &self,
        id: i64,
        params: &crate::models::ChainsParams,
        body: &crate::models::ChainsBody,
    ) -> crate::runtime::BlockingCall<'_, crate::models::ChainsResponse> {
        crate::runtime::BlockingCall::new(self.inner.chains(id, params, body))
    }
    /// Blocking form of [`Client::unbalanced_open`](crate::Client::unbalanced_open).
    pub fn unbalanced_open(&self) -> crate::runtime::BlockingCall<'_, ()> {
        crate::runtime::BlockingCall::new(self.inner.unbalanced_open())
    }
    /// Blocking form of [`Client::unbalanced_close`](crate::Client::unbalanced_close).
    pub fn unbalanced_close(&self) -> crate::runtime::BlockingCall<'_, ()> {
        crate::runtime::BlockingCall::new(self.inner.unbalanced_close())
    }
    /// Blocking form of [`Client::doubled_braces`](crate::Client::doubled_braces).
    pub fn doubled_braces(&self, id: &str) -> crate::runtime::BlockingCall<'_, ()> {
        crate::runtime::BlockingCall::new(self.inner.doubled_braces(id))
    }
    /// Blocking form of [`Client::empty_braces`](crate::Client::empty_braces).
    pub fn empty_braces(&self) -> crate::runtime::BlockingCall<'_, ()> {
        crate::runtime::BlockingCall::new(self.inner.empty_braces())
    }
    /// Blocking form of [`Client::same_param_twice`](crate::Client::same_param_twice).
    pub fn same_param_twice(&self, x: i64) -> crate::runtime::BlockingCall<'_, ()> {
        crate::runtime::BlockingCall::new(self.inner.same_param_twice(x))
    }
    /// Blocking form of [`Client::adjacent_params`](crate::Client::adjacent_params).
    pub fn adjacent_params(
        &self,
        a: &str,
        b: &str,
    ) -> crate::runtime::BlockingCall<'_, ()> {
        crate::runtime::BlockingCall::new(self.inner.adjacent_params(a, b))
    }
    /// Blocking form of [`Client::unicode_template`](crate::Client::unicode_template).
    pub fn unicode_template(&self, ame: &str) -> crate::runtime::BlockingCall<'_, ()> {
        crate::runtime::BlockingCall::new(self.inner.unicode_template(ame))
    }
    /// Blocking form of [`Client::forbidden_headers`](crate::Client::forbidden_headers).
    pub fn forbidden_headers(
        &self,
        params: &crate::models::ForbiddenHeadersParams,
    ) -> crate::runtime::BlockingCall<'_, ()> {
        crate::runtime::BlockingCall::new(self.inner.forbidden_headers(params))
    }
}
