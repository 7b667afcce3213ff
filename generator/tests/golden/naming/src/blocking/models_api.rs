// @generated from `openapi.yaml` by the OpenAPI client generator. Do not edit by hand.
// Regenerate with: UPDATE_GOLDEN=1 cargo test -p generator --test golden
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(
    deprecated,
    reason = "the API's deprecated operations and models are still served and used"
)]
impl super::Client {
    /// Blocking form of [`Client::delete_types_by_type`](crate::Client::delete_types_by_type).
    pub fn delete_types_by_type(
        &self,
        r#type: &str,
    ) -> crate::runtime::BlockingCall<'_, ()> {
        crate::runtime::BlockingCall::new(self.inner.delete_types_by_type(r#type))
    }
    /// Blocking form of [`Client::get_results2`](crate::Client::get_results2).
    pub fn get_results2(&self) -> crate::runtime::BlockingCall<'_, ()> {
        crate::runtime::BlockingCall::new(self.inner.get_results2())
    }
    /// Blocking form of [`Client::next`](crate::Client::next).
    #[allow(
        clippy::should_implement_trait,
        clippy::wrong_self_convention,
        reason = "the method is named after the API's operation"
    )]
    pub fn next(&self) -> crate::runtime::BlockingCall<'_, ()> {
        crate::runtime::BlockingCall::new(self.inner.next())
    }
    /// Blocking form of [`Client::into_archive`](crate::Client::into_archive).
    #[allow(
        clippy::should_implement_trait,
        clippy::wrong_self_convention,
        reason = "the method is named after the API's operation"
    )]
    pub fn into_archive(&self) -> crate::runtime::BlockingCall<'_, ()> {
        crate::runtime::BlockingCall::new(self.inner.into_archive())
    }
    /// Blocking form of [`Client::from_template`](crate::Client::from_template).
    #[allow(
        clippy::should_implement_trait,
        clippy::wrong_self_convention,
        reason = "the method is named after the API's operation"
    )]
    pub fn from_template(
        &self,
        params: &crate::models::FromTemplateParams,
    ) -> crate::runtime::BlockingCall<'_, ()> {
        crate::runtime::BlockingCall::new(self.inner.from_template(params))
    }
}
