// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(deprecated)]
#![allow(clippy::should_implement_trait, clippy::wrong_self_convention)]
impl super::Client {
    ///Blocking form of [`Client::delete_types_by_type`](crate::Client::delete_types_by_type).
    pub fn delete_types_by_type(
        &self,
        r#type: &str,
    ) -> crate::runtime::BlockingCall<'_, ()> {
        crate::runtime::BlockingCall::new(self.inner.delete_types_by_type(r#type))
    }
    ///Blocking form of [`Client::get_results2`](crate::Client::get_results2).
    pub fn get_results2(&self) -> crate::runtime::BlockingCall<'_, ()> {
        crate::runtime::BlockingCall::new(self.inner.get_results2())
    }
}
