// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::header_or_bearer`](crate::Client::header_or_bearer).
    pub fn header_or_bearer(&self) -> crate::runtime::BlockingCall<'_, ()> {
        crate::runtime::BlockingCall::new(self.inner.header_or_bearer())
    }
    /// Blocking form of [`Client::basic_only`](crate::Client::basic_only).
    pub fn basic_only(&self) -> crate::runtime::BlockingCall<'_, ()> {
        crate::runtime::BlockingCall::new(self.inner.basic_only())
    }
    /// Blocking form of [`Client::query_key`](crate::Client::query_key).
    pub fn query_key(&self) -> crate::runtime::BlockingCall<'_, ()> {
        crate::runtime::BlockingCall::new(self.inner.query_key())
    }
    /// Blocking form of [`Client::key_and_bearer`](crate::Client::key_and_bearer).
    pub fn key_and_bearer(&self) -> crate::runtime::BlockingCall<'_, ()> {
        crate::runtime::BlockingCall::new(self.inner.key_and_bearer())
    }
    /// Blocking form of [`Client::no_auth`](crate::Client::no_auth).
    pub fn no_auth(&self) -> crate::runtime::BlockingCall<'_, ()> {
        crate::runtime::BlockingCall::new(self.inner.no_auth())
    }
}
